"""The main window's models: loading the one a conversation uses, the Models window, and
.gguf files dropped on the window."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from app.engine.base import LoadOptions
from app.settings import save_json_dataclass
from app.settings.model import prompt_cache_budget
from app.ui.model_manager import ModelManager, accept_gguf_drop, dropped_ggufs

if TYPE_CHECKING:
    from app.chat.model_choice import ModelChoice
    from app.engine.worker import EngineController
    from app.paths import AppPaths
    from app.settings import Settings
    from app.ui.chat_view import ChatView
    from app.ui.services import ModelServices

log = logging.getLogger(__name__)


class ModelActions:
    """Mixed into MainWindow, whose parts it uses."""

    settings: Settings
    paths: AppPaths
    engine: EngineController
    chat: ChatView
    models: ModelServices
    model_choice: ModelChoice
    model_manager: ModelManager | None

    def load_options(self) -> LoadOptions:
        settings = self.settings
        return LoadOptions(context_length=settings.context_length,
                           gpu_layers=settings.gpu_layers, threads=settings.threads,
                           prompt_cache_bytes=prompt_cache_budget(settings.prompt_cache_mb,
                                                                  self.models.usable_memory()),
                           prompt_cache_dir=self.paths.cache / "prompt-cache")

    def start_model(self) -> None:
        self.models.downloads.restore_pending()
        self.model_choice.conversation_id = self.chat.conversation_id
        self.model_choice.start()

    def use_model_as_default(self, path: str) -> None:
        self.settings = replace(self.settings, model_path=path)
        try:
            save_json_dataclass(self.settings, self.paths.settings_file)
        except OSError as exc:
            log.warning("Could not save the settings: %s", exc)
        self.model_choice.use_as_default(Path(path))

    def refresh_model_choices(self) -> None:
        self.model_choice.refresh()

    def open_models(self) -> ModelManager:
        if self.model_manager is None:
            manager = ModelManager(
                self.models.catalog, self.paths.models, self.models.downloads,
                self.models.usable_memory,
                lambda: self.engine.model_info.path if self.engine.model_info else None,
                str(self.paths.log_file), self.models.ask_user, self.models.tell_user,
                cast(QWidget, self), self.models.connections, self.models.speed)
            manager.use_model.connect(self.use_model_as_default)
            manager.installed_changed.connect(self.refresh_model_choices)
            self.model_manager = manager
        self.model_manager.refresh()
        self.model_manager.show()
        self.model_manager.raise_()
        return self.model_manager

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        accept_gguf_drop(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_ggufs(event)
        if files:
            manager = self.open_models()
            for path in files:
                manager.import_file(path)

