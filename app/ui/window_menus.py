"""The main window's menus and their shortcuts."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence

from app import APP_NAME

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QMenuBar

    from app.paths import AppPaths
    from app.ui.model_manager import ModelManager
    from app.ui.preset_dialogs import PresetPicker
    from app.ui.trash_dialog import TrashDialog


class Menus:
    """Mixed into MainWindow, whose actions these are."""

    paths: AppPaths
    new_chat_action: QAction
    preset_chat_action: QAction
    undo_action: QAction

    if TYPE_CHECKING:  # MainWindow's own
        def menuBar(self) -> QMenuBar: ...
        def new_chat(self) -> None: ...
        def choose_preset(self) -> PresetPicker: ...
        def close(self) -> bool: ...
        def export_conversation(self) -> Path | None: ...
        def open_models(self) -> ModelManager: ...
        def open_trash(self) -> TrashDialog: ...
        def undo_last(self) -> None: ...
        def open_settings(self) -> None: ...
        def _about(self) -> None: ...

    def _build_menus(self) -> None:
        owner = cast(QObject, self)
        file_menu = self.menuBar().addMenu("&File")
        self.new_chat_action = QAction("&New chat", owner)
        self.new_chat_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_chat_action.triggered.connect(self.new_chat)
        file_menu.addAction(self.new_chat_action)
        self.preset_chat_action = QAction("New chat from &preset…", owner)
        self.preset_chat_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.preset_chat_action.triggered.connect(self.choose_preset)
        file_menu.addAction(self.preset_chat_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", owner)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        export_action = QAction("&Export conversation…", owner)
        export_action.setShortcut(QKeySequence("Ctrl+E"))
        export_action.triggered.connect(self.export_conversation)
        file_menu.insertAction(quit_action, export_action)

        models_action = QAction("&Models…", owner)
        models_action.setShortcut(QKeySequence("Ctrl+M"))
        models_action.triggered.connect(self.open_models)
        file_menu.insertAction(quit_action, models_action)

        trash_action = QAction("&Trash…", owner)
        trash_action.triggered.connect(self.open_trash)
        file_menu.insertAction(quit_action, trash_action)

        edit_menu = self.menuBar().addMenu("&Edit")
        # Ctrl+Z reaches this only when the text box does not take it for its own undo
        self.undo_action = QAction("&Undo", owner)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo_last)
        edit_menu.addAction(self.undo_action)
        edit_menu.addSeparator()
        settings_action = QAction("&Settings…", owner)
        settings_action.setShortcut(QKeySequence("Ctrl+,"))
        settings_action.triggered.connect(self.open_settings)
        edit_menu.addAction(settings_action)

        help_menu = self.menuBar().addMenu("&Help")
        logs_action = QAction("Open &log folder", owner)
        logs_action.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.logs))))
        help_menu.addAction(logs_action)
        about_action = QAction(f"&About {APP_NAME}", owner)
        about_action.triggered.connect(self._about)
        help_menu.addAction(about_action)

