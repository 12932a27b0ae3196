"""Getting a model into memory: provision the bundled one if needed (off the GUI thread),
then ask the engine thread to load it."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.engine.base import LoadOptions
from app.engine.worker import EngineController
from app.errors import BUG_MESSAGE, UserError
from app.models.provision import BundledModel, ProvisionCancelled, is_provisioned, provision

log = logging.getLogger(__name__)


class ProvisionWorker(QObject):
    progress = Signal(int, int)
    done = Signal(str)
    failed = Signal(str)

    def __init__(self, model: BundledModel, models_dir: Path, log_file: str) -> None:
        super().__init__()
        self._model = model
        self._models_dir = models_dir
        self._log_file = log_file
        self.cancel = threading.Event()

    @Slot()
    def run(self) -> None:
        try:
            path = provision(self._model, self._models_dir,
                             progress=self.progress.emit, should_cancel=self.cancel.is_set)
        except ProvisionCancelled:
            self.failed.emit("Setting up the bundled model was cancelled.")
        except UserError as exc:
            self.failed.emit(str(exc))
        except Exception:
            log.exception("Provisioning failed")
            self.failed.emit(BUG_MESSAGE.format(log=self._log_file))
        else:
            self.done.emit(str(path))


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
        self._thread: QThread | None = None
        self._worker: ProvisionWorker | None = None
        self._options = LoadOptions()
        self.model_path: Path | None = None

    def start(self, model_path: str, options: LoadOptions) -> None:
        self._options = options
        if model_path:
            self._load(model_path)
            return
        if self._bundled is None:
            self.failed.emit("No model is set up. Choose a model file in Settings.")
            return
        worker = ProvisionWorker(self._bundled, self._models_dir, self._log_file)
        thread = QThread()
        thread.setObjectName("provision")
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self.progress)
        worker.done.connect(self._load)
        worker.failed.connect(self.failed)
        worker.done.connect(thread.quit)
        worker.failed.connect(thread.quit)
        self._thread, self._worker = thread, worker
        if not is_provisioned(self._bundled, self._models_dir):
            self.provisioning.emit(self._bundled.size)
        thread.start()

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel.set()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait(10_000)

    @Slot(str)
    def _load(self, path: str) -> None:
        self.model_path = Path(path)
        self.loading.emit(path)
        self._engine.load_model(Path(path), self._options)
