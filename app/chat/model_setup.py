"""Getting a model into memory: provision the bundled one if needed (off the GUI thread),
then ask the engine thread to load it."""

from __future__ import annotations

import itertools
import logging
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from app.background import BackgroundJob, JobCancelled, JobFunction, Progress
from app.engine.base import LoadOptions
from app.engine.worker import EngineController
from app.jobs import CANCEL, CancelToken
from app.models.provision import BundledModel, ProvisionCancelled, is_provisioned, provision

log = logging.getLogger(__name__)


def _provision_job(model: BundledModel, models_dir: Path) -> JobFunction:
    def run(cancel: CancelToken, progress: Progress) -> str:
        try:
            return str(provision(model, models_dir, progress=progress,
                                 should_cancel=lambda: cancel.cancelled))
        except ProvisionCancelled:
            raise JobCancelled() from None

    return run


class ModelSetup(QObject):
    provisioning = Signal(int)  # total bytes; emitted only when the file must be assembled
    progress = Signal(int, int)
    failed = Signal(str)
    loading = Signal(str)  # path

    def __init__(self, engine: EngineController, models_dir: Path,
                 bundled: BundledModel | None, log_file: str) -> None:
        super().__init__()
        self._engine = engine
        self._models_dir = models_dir
        self._bundled = bundled
        self._log_file = log_file
        self._ids = itertools.count(1)
        self._job: BackgroundJob | None = None
        self._running: dict[str, BackgroundJob] = {}  # kept alive until their threads end
        self._options = LoadOptions()
        self.model_path: Path | None = None

    def start(self, model_path: str, options: LoadOptions) -> None:
        self._options = options
        self.cancel()  # a newer choice supersedes a set-up still running
        if model_path:
            self._load(model_path)
            return
        if self._bundled is None:
            self.failed.emit(self.tr("No model is set up. Choose a model file in Settings."))
            return
        job = BackgroundJob(f"provision-{next(self._ids)}", "provision",
                            _provision_job(self._bundled, self._models_dir), self._log_file)
        job.progress.connect(self._on_progress)
        job.done.connect(self._on_done)
        job.failed.connect(self._on_failed)
        job.cancelled.connect(self._on_cancelled)
        job.ended.connect(self._running.pop)
        self._job = job
        self._running[job.id] = job
        if not is_provisioned(self._bundled, self._models_dir):
            self.provisioning.emit(self._bundled.size)
        job.start()

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel(CANCEL)
            self._job = None

    def join(self, timeout_ms: int) -> bool:
        """On quit: cancel set-up, then wait at most timeout_ms for its thread."""
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
    def _on_done(self, job_id: str, path: object) -> None:
        if self._current(job_id):
            self._job = None
            self._load(str(path))

    @Slot(str, str)
    def _on_failed(self, job_id: str, message: str) -> None:
        if self._current(job_id):
            self._job = None
            self.failed.emit(message)

    @Slot(str)
    def _on_cancelled(self, job_id: str) -> None:
        if self._current(job_id):
            self._job = None
            self.failed.emit(self.tr("Setting up the bundled model was cancelled."))

    @Slot(str)
    def _load(self, path: str) -> None:
        self.model_path = Path(path)
        self.loading.emit(path)
        self._engine.load_model(Path(path), self._options)
