"""Importing a .gguf the user chose (the Models window, a drop, the command line): one job at
a time on a thread of its own, checked by the probe before it joins the models. Owned by
wiring, so that quitting cancels and joins it whether or not a window is open."""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.background import BackgroundJob, JobCancelled, JobFunction, Progress
from app.jobs import CancelToken
from app.models.installed import ImportCancelled, ImportResult, import_model


def _import_job(source: Path, models_dir: Path) -> JobFunction:
    def run(cancel: CancelToken, progress: Progress) -> ImportResult:
        try:
            return import_model(source, models_dir, progress=progress, cancel=cancel)
        except ImportCancelled:
            raise JobCancelled() from None

    return run


class ModelImports(QObject):
    started = Signal(str)  # the file's name
    imported = Signal(object)  # ImportResult
    failed = Signal(str)  # why, in words
    ended = Signal()  # done, refused or cancelled: another import may start

    def __init__(self, models_dir: Path, log_file: str) -> None:
        super().__init__()
        self._models_dir = models_dir
        self._log_file = log_file
        self._ids = itertools.count(1)
        self._job: BackgroundJob | None = None

    @property
    def busy(self) -> bool:
        return self._job is not None

    def start(self, source: Path) -> bool:
        """Start importing `source`; False while another import runs."""
        if self._job is not None:
            return False
        job = BackgroundJob(f"import-{next(self._ids)}", "import",
                            _import_job(source, self._models_dir), self._log_file)
        job.done.connect(lambda _id, result: self.imported.emit(result))
        job.failed.connect(lambda _id, message: self.failed.emit(message))
        job.ended.connect(self._on_ended)
        self._job = job
        self.started.emit(source.name)
        job.start()
        return True

    def cancel(self) -> None:
        """On quit: cancel an import; its partial copy is removed."""
        if self._job is not None:
            self._job.cancel()

    def join(self, timeout_ms: int) -> bool:
        """Cancel an import and wait at most timeout_ms for its thread."""
        job = self._job
        if job is None:
            return True
        job.cancel()
        return job.join(timeout_ms)

    def _on_ended(self, _job_id: str) -> None:
        self._job = None
        self.ended.emit()
