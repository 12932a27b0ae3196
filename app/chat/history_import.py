"""Importing another app's history in the background: one job at a time, on a worker thread
with its own database connection, its progress as "12 of 214" and its summary by signal.

Each conversation is its own transaction, so cancelling (or quitting, or a crash) keeps
every conversation finished so far, and importing the same export again adds the rest."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.background import JobFunction, JobSlot, Progress
from app.errors import StorageError, UserError
from app.importers.chatgpt import JSON_NAME
from app.importers.detect import detect
from app.importers.locations import FoundHistory, find_other_apps
from app.importers.model import FORMATS, ImportProblem
from app.importers.run import ImportSummary, import_path
from app.jobs import CancelToken
from app.store.db import connect


def _import_job(database: Path, path: Path, fmt: str | None) -> JobFunction:
    def run(cancel: CancelToken, progress: Progress) -> ImportSummary:
        db = connect(database)  # this thread's own connection
        try:
            return import_path(path, db, fmt, progress=progress,
                               stop=lambda: cancel.cancelled)
        except StorageError as exc:  # the disk, not a bug: said in words
            raise UserError(str(exc)) from exc
        finally:
            db.close()

    return run


class HistoryImport(QObject):
    """Starts, cancels and reports history imports; what the import dialog drives."""

    started = Signal(str)  # path being imported
    progress = Signal(int, int)  # conversations done, about how many in all
    finished = Signal(object)  # ImportSummary (its `stopped` says it was cancelled)
    failed = Signal(str)  # nothing could be imported: why, in words

    def __init__(self, database: Path, log_file: str,
                 find: Callable[[], list[FoundHistory]] = find_other_apps) -> None:
        super().__init__()
        self._database = database
        self._find = find
        self._jobs = JobSlot("history-import", log_file)
        self._jobs.progress.connect(self.progress)
        self._jobs.done.connect(self.finished)
        self._jobs.failed.connect(self.failed)
        self._jobs.cancelled.connect(
            lambda: self.failed.emit(self.tr("The import was cancelled.")))

    def other_apps(self) -> list[FoundHistory]:
        """Other apps' history in their default folders (the folders are listed, not
        read): only called when the user opens the import dialog."""
        return self._find()

    def exported_by(self, path: Path) -> str | None:
        """The app whose history export `path` is ("ChatGPT"), by its content, or None: a
        file dropped on the window is then offered for import, not attached. Reads at most
        the start of one file, so it may run on the GUI thread."""
        if path.suffix.lower() == ".gguf" or not path.is_file():
            return None  # a folder is searched through (slow): the dialog imports those
        try:
            fmt, _target = detect(path)
            if fmt == "chatgpt" and zipfile.is_zipfile(path):
                with zipfile.ZipFile(path) as archive:  # not any ZIP: a .docx is one too
                    if not any(Path(n).name == JSON_NAME for n in archive.namelist()):
                        return None
        except (ImportProblem, OSError, ValueError, zipfile.BadZipFile):
            return None
        return FORMATS.get(fmt)

    @property
    def busy(self) -> bool:
        return self._jobs.busy

    def start(self, path: Path, fmt: str | None = None) -> str | None:
        """Import path in the background; None while another import runs."""
        if self._jobs.busy:
            return None
        job_id = self._jobs.start(_import_job(self._database, path, fmt))
        self.started.emit(str(path))
        return job_id

    def cancel(self) -> None:
        """Stop after the conversation being written; what is written stays."""
        self._jobs.cancel()

    def join(self, timeout_ms: int) -> bool:
        """On quit: cancel, then wait at most timeout_ms for the thread."""
        return self._jobs.join(timeout_ms)
