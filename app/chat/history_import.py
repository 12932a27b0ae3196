"""Importing another app's history in the background: one job at a time, on a worker thread
with its own database connection, its progress as "12 of 214" and its summary by signal.

Each conversation is its own transaction, so cancelling (or quitting, or a crash) keeps
every conversation finished so far, and importing the same export again adds the rest."""

from __future__ import annotations

import itertools
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from app.background import BackgroundJob, JobFunction, Progress
from app.errors import StorageError, UserError
from app.importers.chatgpt import JSON_NAME
from app.importers.detect import detect
from app.importers.locations import FoundHistory, find_other_apps
from app.importers.model import FORMATS, ImportProblem
from app.importers.run import ImportSummary, import_path
from app.jobs import CANCEL, CancelToken
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
        self._log_file = log_file
        self._find = find
        self._ids = itertools.count(1)
        self._job: BackgroundJob | None = None
        self._running: dict[str, BackgroundJob] = {}  # kept alive until their threads end

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
        return self._job is not None

    def start(self, path: Path, fmt: str | None = None) -> str | None:
        """Import path in the background; None while another import runs."""
        if self._job is not None:
            return None
        job = BackgroundJob(f"history-import-{next(self._ids)}", "history-import",
                            _import_job(self._database, path, fmt), self._log_file)
        job.progress.connect(self._on_progress)
        job.done.connect(self._on_done)
        job.failed.connect(self._on_failed)
        job.cancelled.connect(self._on_cancelled)
        job.ended.connect(self._running.pop)
        self._job = job
        self._running[job.id] = job
        job.start()
        self.started.emit(str(path))
        return job.id

    def cancel(self) -> None:
        """Stop after the conversation being written; what is written stays."""
        if self._job is not None:
            self._job.cancel(CANCEL)

    def join(self, timeout_ms: int) -> bool:
        """On quit: cancel, then wait at most timeout_ms for the thread."""
        self.cancel()
        deadline = time.monotonic() + timeout_ms / 1000
        return all(job.join(int((deadline - time.monotonic()) * 1000))
                   for job in list(self._running.values()))

    def _current(self, job_id: str) -> bool:
        return self._job is not None and self._job.id == job_id

    @Slot(str, int, int)
    def _on_progress(self, job_id: str, done: int, total: int) -> None:
        if self._current(job_id):
            self.progress.emit(done, total)

    @Slot(str, object)
    def _on_done(self, job_id: str, summary: object) -> None:
        if self._current(job_id):
            self._job = None
            self.finished.emit(summary)

    @Slot(str, str)
    def _on_failed(self, job_id: str, message: str) -> None:
        if self._current(job_id):
            self._job = None
            self.failed.emit(message)

    @Slot(str)
    def _on_cancelled(self, job_id: str) -> None:
        if self._current(job_id):
            self._job = None
            self.failed.emit(self.tr("The import was cancelled."))
