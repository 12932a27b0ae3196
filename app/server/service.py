"""Turning the local API on and off from Settings, and saying so in the status bar."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.server.api import LocalApiServer
from app.server.bridge import EngineBridge
from app.settings import Settings
from app.settings.secrets import TokenStore

log = logging.getLogger(__name__)


class ApiService(QObject):
    status_changed = Signal(str)  # "" when off; else where it serves, and what it is doing
    problem = Signal(str)  # it could not serve as Settings asked, in words
    turned_on = Signal(str, str)  # address, token: other apps can use it from now on

    def __init__(self, bridge: EngineBridge, token: Callable[[], str] | TokenStore) -> None:
        """`token` makes (or finds) the token when the API is first turned on; given as
        its store, Settings can also say where it is kept."""
        super().__init__()
        self._bridge = bridge
        self.token_store = token if isinstance(token, TokenStore) else None
        self._make_token = token.get_or_create if isinstance(token, TokenStore) else token
        self._token = ""
        self._server: LocalApiServer | None = None
        self._serving = 0
        # why the last apply() could not listen (errno EADDRINUSE: another server has the
        # port), so `serve` can say so in its own words
        self.listen_error: OSError | None = None
        bridge.serving_changed.connect(self._on_serving)

    @property
    def token(self) -> str:
        """The bearer token, once the API has been on ("" before)."""
        return self._token

    @property
    def address(self) -> str | None:
        return self._server.address if self._server is not None else None

    def follow(self, settings: Settings) -> None:
        """Settings changed: serve as they say now, and say what other apps need to know
        when it has just started serving."""
        was_serving = self._server is not None
        problem = self.apply(settings.serve_api, settings.api_port, settings.api_on_network)
        if problem:
            self.problem.emit(problem)
        elif self._server is not None and not was_serving and self.address is not None:
            self.turned_on.emit(self.address, self._token)

    def apply(self, enabled: bool, port: int, on_network: bool = False,
              host: str | None = None) -> str | None:
        """Serve (or stop) as the settings say; returns a problem in words, or None.
        127.0.0.1 unless the network was chosen, explicitly (or `serve --host` named an
        address)."""
        host = host or ("0.0.0.0" if on_network else "127.0.0.1")
        wanted = (host, port) if enabled else None
        current = self._server.server_address[:2] if self._server is not None else None
        if wanted == current:
            return None
        self.stop()
        if not enabled:
            return None
        if not self._token:
            self._token = self._make_token()
        self.listen_error = None
        try:
            server = LocalApiServer(self._bridge, self._token, host, port)
        except OSError as exc:
            self.listen_error = exc
            problem = self.tr("The local API could not listen on port {port} ({error}). "
                              "Choose another port in Settings.").format(
                port=port, error=exc.strerror or exc)
            log.warning("%s", problem)
            self.status_changed.emit("")
            return problem
        server.start()
        self._server = server
        self._announce()
        return None

    def stop(self, timeout_ms: int = 2_000) -> bool:
        server, self._server = self._server, None
        stopped = server.stop(timeout_ms / 1000) if server is not None else True
        self.status_changed.emit("")
        return stopped

    def _on_serving(self, count: int) -> None:
        self._serving = count
        self._announce()

    def _announce(self) -> None:
        if self._server is None:
            return
        host, port = self._server.server_address[:2]
        where = (self.tr("the network, port {port}").format(port=port) if host == "0.0.0.0"
                 else f"{host!s}:{port}")
        text = (self.tr("API on {where} · answering %n", "", self._serving) if self._serving
                else self.tr("API on {where}"))
        self.status_changed.emit(text.format(where=where))
