"""The main window's models: loading the one a conversation uses, the Models window, and
.gguf files dropped on the window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.chat.model_choice import ModelChoice
from app.chat.preferences import Preferences
from app.engine.worker import EngineController
from app.paths import AppPaths
from app.ui.model_manager import ModelManager
from app.ui.services import ModelServices


class ModelActions:
    """Starts the model, makes one the default, and opens the one Models window."""

    def __init__(self, models: ModelServices, paths: AppPaths, engine: EngineController,
                 model_choice: ModelChoice, preferences: Preferences,
                 open_conversation: Callable[[], int | None], parent: QWidget) -> None:
        self._models = models
        self._paths = paths
        self._engine = engine
        self._model_choice = model_choice
        self._preferences = preferences
        self._open_conversation = open_conversation
        self._parent = parent  # of the Models window
        self.model_manager: ModelManager | None = None  # made when first opened

    def start_model(self) -> None:
        self._models.downloads.restore_pending()
        self._model_choice.conversation_id = self._open_conversation()
        self._model_choice.start()

    def use_model_as_default(self, path: str) -> None:
        self._model_choice.use_as_default(Path(path))  # the open chat's model, loaded now
        self._preferences.change(model_path=path)  # and the default for new chats

    def open_models(self) -> ModelManager:
        if self.model_manager is None:
            models, paths, engine = self._models, self._paths, self._engine
            manager = ModelManager(
                models.catalog, paths.models, models.downloads, models.usable_memory,
                lambda: engine.model_info.path if engine.model_info else None,
                str(paths.log_file), models.ask_user, models.tell_user,
                self._parent, models.connections, models.speed, models.imports,
                # one record of other apps' models for the window and the selector; the
                # window looks again when it first opens in a run, on the import job thread,
                # which quitting joins (a window-owned job would have no one to join it)
                elsewhere=self._model_choice.elsewhere,
                look_elsewhere=models.imports is not None)
            manager.use_model.connect(self.use_model_as_default)
            manager.installed_changed.connect(self._model_choice.refresh)
            self.model_manager = manager
        self.model_manager.refresh()
        self.model_manager.show()
        self.model_manager.raise_()
        return self.model_manager

    def import_files(self, files: list[Path]) -> None:
        """.gguf files dropped on the window, imported in the Models window."""
        if files:
            manager = self.open_models()
            for path in files:
                manager.import_file(path)
