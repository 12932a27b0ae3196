"""Remote servers the user added, and their models: a logic object over
settings/connections.py, the keyring and engine/remote.py. Listing a server's models
happens on a background job, never on the GUI thread."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlparse

from PySide6.QtCore import QObject, Signal

from app.background import BackgroundJob, JobFunction, Progress
from app.engine.remote import Connection, list_models, model_ref, readable_name
from app.errors import UserError
from app.jobs import CancelToken
from app.settings.connections import SavedConnection, load_connections, save_connections
from app.settings.secrets import TokenStore

KeyStore = Callable[[str], TokenStore]  # account -> its keyring entry


class Connections(QObject):
    changed = Signal()
    failed = Signal(str, str)  # connection name, what went wrong

    def __init__(self, config: Path, keys: KeyStore, log_file: str = "the log file") -> None:
        super().__init__()
        self._config = config
        self._keys = keys
        self._log_file = log_file
        self._saved = load_connections(config)
        self._ids = itertools.count(1)
        self._jobs: dict[str, BackgroundJob] = {}

    def saved(self) -> list[SavedConnection]:
        return list(self._saved)

    def engine_connections(self) -> dict[str, Connection]:
        """For the engine factory: each connection with its key (read when a model loads)."""
        return {c.name: Connection(c.name, c.base_url,
                                   self._keys(c.key_account).get() or "")
                for c in self._saved}

    def model_choices(self) -> list[tuple[str, str]]:
        """(label, reference) for the per-conversation model selector."""
        return [(f"{readable_name(model, Connection(c.name, c.base_url))} (remote)",
                 model_ref(Connection(c.name, c.base_url), model))
                for c in self._saved for model in c.models]

    def hosts(self) -> dict[str, str]:
        """Each connection's name and the host its conversations' text is sent to."""
        return {c.name: Connection(c.name, c.base_url).host for c in self._saved}

    def add(self, name: str, base_url: str, api_key: str = "") -> None:
        name, base_url = name.strip(), base_url.strip()
        parsed = urlparse(base_url)
        if not name or ":" in name:
            raise UserError(self.tr("Give the connection a name (without a colon)."))
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise UserError(self.tr("The address must look like http://host:port (or https://)."))
        if any(c.name == name for c in self._saved):
            raise UserError(self.tr("There is already a connection called “{name}”.")
                            .format(name=name))
        saved = SavedConnection(name, base_url)
        if api_key.strip():
            self._keys(saved.key_account).set(api_key)
        self._saved.append(saved)
        save_connections(self._config, self._saved)
        self.changed.emit()
        self.refresh(name)

    def remove(self, name: str) -> None:
        for saved in self._saved:
            if saved.name == name:
                self._keys(saved.key_account).clear()
        self._saved = [c for c in self._saved if c.name != name]
        save_connections(self._config, self._saved)
        self.changed.emit()

    def refresh(self, name: str) -> BackgroundJob | None:
        """Ask the server for its models (GET /v1/models), off the GUI thread."""
        connection = self.engine_connections().get(name)
        if connection is None:
            return None

        def run(_cancel: CancelToken, _progress: Progress) -> list[str]:
            return list_models(connection)

        job = BackgroundJob(f"models-{next(self._ids)}", "list-models",
                            _as_job(run), self._log_file)
        job.done.connect(lambda _id, models: self._on_listed(name, models))
        job.failed.connect(lambda _id, message: self.failed.emit(name, message))
        job.ended.connect(lambda job_id: self._jobs.pop(job_id, None))
        self._jobs[job.id] = job
        job.start()
        return job

    def join(self, timeout_ms: int) -> bool:
        return all(job.join(timeout_ms) for job in list(self._jobs.values()))

    def _on_listed(self, name: str, models: list[str]) -> None:
        self._saved = [SavedConnection(c.name, c.base_url, list(models))
                       if c.name == name else c for c in self._saved]
        save_connections(self._config, self._saved)
        self.changed.emit()


def _as_job(run: Callable[[CancelToken, Progress], list[str]]) -> JobFunction:
    def job(cancel: CancelToken, progress: Progress) -> list[str]:
        from app.engine.remote import RemoteError

        try:
            return run(cancel, progress)
        except RemoteError as exc:
            raise UserError(str(exc)) from exc

    return job
