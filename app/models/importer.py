"""Importing a .gguf the user chose (the Models window, a drop, the command line): one job at
a time on a thread of its own, checked by the probe before it joins the models. The same
object checks a model another app keeps before it is used in place, and looks through the
other apps' folders. Owned by wiring, so that quitting cancels and joins every one of them
whether or not a window is open."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.background import BackgroundJob, JobCancelled, JobFunction, Progress
from app.jobs import CancelToken
from app.models.elsewhere import ModelsElsewhere, ScanCancelled
from app.models.installed import ImportCancelled, ImportResult, check_in_place, import_model


def _import_job(source: Path, models_dir: Path) -> JobFunction:
    def run(cancel: CancelToken, progress: Progress) -> ImportResult:
        try:
            return import_model(source, models_dir, progress=progress, cancel=cancel)
        except ImportCancelled:
            raise JobCancelled() from None

    return run


def _check_job(path: Path, name: str) -> JobFunction:
    def run(cancel: CancelToken, _progress: Progress) -> ImportResult:
        try:
            return check_in_place(path, name, cancel=cancel)
        except ImportCancelled:
            raise JobCancelled() from None

    return run


def _scan_job(elsewhere: ModelsElsewhere) -> JobFunction:
    def run(cancel: CancelToken, _progress: Progress) -> object:
        try:
            return elsewhere.scan(lambda: cancel.cancelled)
        except ScanCancelled:
            raise JobCancelled() from None

    return run


class ModelImports(QObject):
    started = Signal(str)  # the file's name
    imported = Signal(object)  # ImportResult
    failed = Signal(str)  # why, in words
    ended = Signal()  # done, refused or cancelled: another import may start
    checked = Signal(object)  # ImportResult: a model kept by another app may be used
    check_failed = Signal(str)  # why it may not, in words
    scanned = Signal(object)  # list[ModelElsewhere]: what other apps' folders hold now
    scan_failed = Signal(str)

    def __init__(self, models_dir: Path, log_file: str) -> None:
        super().__init__()
        self._models_dir = models_dir
        self._log_file = log_file
        self._ids = itertools.count(1)
        self._job: BackgroundJob | None = None
        self._scan: BackgroundJob | None = None

    @property
    def busy(self) -> bool:
        return self._job is not None

    @property
    def scanning(self) -> bool:
        return self._scan is not None

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

    def use_in_place(self, path: Path, name: str) -> bool:
        """Probe a model another app keeps, as an import is probed, without copying it;
        False while an import or another check runs (they share the one probe)."""
        if self._job is not None:
            return False
        job = BackgroundJob(f"check-{next(self._ids)}", "check", _check_job(path, name),
                            self._log_file)
        job.done.connect(lambda _id, result: self.checked.emit(result))
        job.failed.connect(lambda _id, message: self.check_failed.emit(message))
        job.ended.connect(self._on_ended)
        self._job = job
        job.start()
        return True

    def scan(self, elsewhere: ModelsElsewhere) -> bool:
        """Look through the other apps' folders on a thread; False while a scan runs."""
        if self._scan is not None:
            return False
        job = BackgroundJob(f"scan-{next(self._ids)}", "scan", _scan_job(elsewhere),
                            self._log_file)
        job.done.connect(lambda _id, models: self.scanned.emit(models))
        job.failed.connect(lambda _id, message: self.scan_failed.emit(message))
        job.ended.connect(self._on_scan_ended)
        self._scan = job
        job.start()
        return True

    def cancel(self) -> None:
        """On quit: cancel an import (its partial copy is removed), a check and a scan."""
        for job in (self._job, self._scan):
            if job is not None:
                job.cancel()

    def join(self, timeout_ms: int) -> bool:
        """Cancel the jobs and wait at most timeout_ms for their threads."""
        self.cancel()
        deadline = time.monotonic() + timeout_ms / 1000
        joined = True
        for job in (self._job, self._scan):
            if job is not None:
                left = int((deadline - time.monotonic()) * 1000)
                joined = job.join(max(0, left)) and joined
        return joined

    def _on_ended(self, _job_id: str) -> None:
        self._job = None
        self.ended.emit()

    def _on_scan_ended(self, _job_id: str) -> None:
        self._scan = None
