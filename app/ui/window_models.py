"""The main window's models: loading the one a conversation uses, the Models window, and
.gguf files dropped on the window."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from app.ui.model_manager import ModelManager, accept_gguf_drop, dropped_ggufs

if TYPE_CHECKING:
    from app.chat.model_choice import ModelChoice
    from app.chat.preferences import Preferences
    from app.engine.worker import EngineController
    from app.paths import AppPaths
    from app.ui.chat_view import ChatView
    from app.ui.services import ModelServices

log = logging.getLogger(__name__)


class ModelActions:
    """Mixed into MainWindow, whose parts it uses."""

    preferences: Preferences
    paths: AppPaths
    engine: EngineController
    chat: ChatView
    models: ModelServices
    model_choice: ModelChoice
    model_manager: ModelManager | None

    def start_model(self) -> None:
        self.models.downloads.restore_pending()
        self.model_choice.conversation_id = self.chat.conversation_id
        self.model_choice.start()

    def use_model_as_default(self, path: str) -> None:
        self.model_choice.use_as_default(Path(path))  # the open chat's model, loaded now
        self.preferences.change(model_path=path)  # and the default for new chats

    def refresh_model_choices(self) -> None:
        self.model_choice.refresh()

    def open_models(self) -> ModelManager:
        if self.model_manager is None:
            manager = ModelManager(
                self.models.catalog, self.paths.models, self.models.downloads,
                self.models.usable_memory,
                lambda: self.engine.model_info.path if self.engine.model_info else None,
                str(self.paths.log_file), self.models.ask_user, self.models.tell_user,
                cast(QWidget, self), self.models.connections, self.models.speed,
                self.models.imports)
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

