"""Getting a model into memory: provision the bundled one if needed (off the GUI thread),
then ask the engine thread to load it."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from app.background import JobCancelled, JobFunction, JobSlot, Progress
from app.engine.base import LoadOptions
from app.engine.worker import EngineController
from app.jobs import CancelToken
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
        self._jobs = JobSlot("provision", log_file)
        self._jobs.progress.connect(self.progress)
        self._jobs.done.connect(lambda path: self._load(str(path)))
        self._jobs.failed.connect(self.failed)
        self._jobs.cancelled.connect(lambda: self.failed.emit(
            self.tr("Setting up the bundled model was cancelled.")))
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
        if not is_provisioned(self._bundled, self._models_dir):
            self.provisioning.emit(self._bundled.size)
        self._jobs.start(_provision_job(self._bundled, self._models_dir))

    def cancel(self) -> None:
        self._jobs.cancel(forget=True)

    def join(self, timeout_ms: int) -> bool:
        """On quit: cancel set-up, then wait at most timeout_ms for its thread."""
        return self._jobs.join(timeout_ms)

    @Slot(str)
    def _load(self, path: str) -> None:
        self.model_path = Path(path)
        self.loading.emit(path)
        self._engine.load_model(Path(path), self._options)
