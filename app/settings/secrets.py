"""The Hugging Face token, kept in the OS keyring and never in a file, a log or the database.

Where no keyring backend works (a bare Linux session, say), the token lives in memory for
this session only, and `persistent` is False so the UI can say so.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
import threading

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError

log = logging.getLogger(__name__)

SERVICE = "Hearth"
ACCOUNT = "huggingface-token"
API_ACCOUNT = "local-api-token"


class TokenStore:
    """Read by the download thread while Settings (on the GUI thread) writes it, so every
    access to the backend, the memory copy and `persistent` holds one lock."""

    def __init__(self, backend: KeyringBackend | None = None, account: str = ACCOUNT) -> None:
        self._backend = backend if backend is not None else keyring.get_keyring()
        self._account = account
        self._lock = threading.RLock()
        self._memory: str | None = None
        self._persistent = self._usable()

    @property
    def persistent(self) -> bool:
        with self._lock:
            return self._persistent

    @staticmethod
    def known_backends() -> list[str]:
        """Backends keyring can find through package metadata; empty in a frozen app whose
        build forgot keyring's metadata, which leaves only the failing backend."""
        from importlib.metadata import entry_points

        return sorted(point.name for point in entry_points(group="keyring.backends"))

    @property
    def backend_name(self) -> str:
        kind = type(self._backend)
        return f"{kind.__module__}.{kind.__qualname__}"

    def _usable(self) -> bool:
        try:
            return float(self._backend.priority) > 0  # the "fail" backend has priority 0
        except Exception:  # a backend that cannot even report its priority
            return False

    @property
    def notice(self) -> str:
        if self.persistent:
            return "Your token is stored in the system keyring."
        return ("No system keyring is available, so your token is kept in memory only "
                "and forgotten when Hearth closes.")

    def get(self) -> str | None:
        with self._lock:
            if self._persistent:
                try:
                    return self._backend.get_password(SERVICE, self._account)
                except KeyringError as exc:
                    self._fall_back(exc)
            return self._memory

    def set(self, token: str) -> None:
        token = token.strip()
        if not token:
            self.clear()
            return
        with self._lock:
            if self._persistent:
                try:
                    self._backend.set_password(SERVICE, self._account, token)
                    return
                except KeyringError as exc:
                    self._fall_back(exc)
            self._memory = token

    def clear(self) -> None:
        with self._lock:
            self._memory = None
            if self._persistent:
                with contextlib.suppress(KeyringError):  # nothing stored is fine
                    self._backend.delete_password(SERVICE, self._account)

    def get_or_create(self) -> str:
        """The local API's token: made once (random, URL-safe), then kept."""
        with self._lock:
            token = self.get()
            if not token:
                token = secrets.token_urlsafe(24)
                self.set(token)
            return token

    def _fall_back(self, exc: Exception) -> None:
        log.warning("The keyring failed (%s); keeping the token in memory", type(exc).__name__)
        self._persistent = False
