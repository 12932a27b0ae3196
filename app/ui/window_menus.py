"""The main window's menus and their shortcuts, and the text size they zoom."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication

from app import APP_NAME
from app.ui.shortcuts_dialog import ShortcutsDialog
from app.ui.style import SCALE_STEP, set_text_scale, text_scale

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QMainWindow, QMenuBar, QStatusBar

    from app.paths import AppPaths
    from app.settings import UiState
    from app.ui.model_manager import ModelManager
    from app.ui.preset_dialogs import PresetPicker
    from app.ui.trash_dialog import TrashDialog


class Menus:
    """Mixed into MainWindow, whose actions these are."""

    paths: AppPaths
    ui_state: UiState
    new_chat_action: QAction
    preset_chat_action: QAction
    undo_action: QAction
    bigger_text_action: QAction
    smaller_text_action: QAction
    actual_size_action: QAction
    shortcuts_action: QAction

    if TYPE_CHECKING:  # MainWindow's own
        def menuBar(self) -> QMenuBar: ...
        def statusBar(self) -> QStatusBar: ...
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
        file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        self.new_chat_action = QAction(translate("MainWindow", "&New chat"), owner)
        self.new_chat_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_chat_action.triggered.connect(self.new_chat)
        file_menu.addAction(self.new_chat_action)
        self.preset_chat_action = QAction(translate("MainWindow", "New chat from &preset…"), owner)
        self.preset_chat_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.preset_chat_action.triggered.connect(self.choose_preset)
        file_menu.addAction(self.preset_chat_action)
        file_menu.addSeparator()
        quit_action = QAction(translate("MainWindow", "&Quit"), owner)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        export_action = QAction(translate("MainWindow", "&Export conversation…"), owner)
        export_action.setShortcut(QKeySequence("Ctrl+E"))
        export_action.triggered.connect(self.export_conversation)
        file_menu.insertAction(quit_action, export_action)

        models_action = QAction(translate("MainWindow", "&Models…"), owner)
        models_action.setShortcut(QKeySequence("Ctrl+M"))
        models_action.triggered.connect(self.open_models)
        file_menu.insertAction(quit_action, models_action)

        trash_action = QAction(translate("MainWindow", "&Trash…"), owner)
        trash_action.triggered.connect(self.open_trash)
        file_menu.insertAction(quit_action, trash_action)

        edit_menu = self.menuBar().addMenu(translate("MainWindow", "&Edit"))
        # Ctrl+Z reaches this only when the text box does not take it for its own undo
        self.undo_action = QAction(translate("MainWindow", "&Undo"), owner)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo_last)
        edit_menu.addAction(self.undo_action)
        edit_menu.addSeparator()
        settings_action = QAction(translate("MainWindow", "&Settings…"), owner)
        settings_action.setShortcut(QKeySequence("Ctrl+,"))
        settings_action.triggered.connect(self.open_settings)
        edit_menu.addAction(settings_action)

        view_menu = self.menuBar().addMenu(translate("MainWindow", "&View"))
        self.bigger_text_action = QAction(translate("MainWindow", "&Bigger text"), owner)
        # Ctrl+= as well: on most keyboards "+" needs Shift, and people press Ctrl+=
        self.bigger_text_action.setShortcuts(_distinct(
            QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")))
        self.bigger_text_action.triggered.connect(lambda: self.zoom_text(1))
        view_menu.addAction(self.bigger_text_action)
        self.smaller_text_action = QAction(translate("MainWindow", "&Smaller text"), owner)
        self.smaller_text_action.setShortcuts(_distinct(
            QKeySequence(QKeySequence.StandardKey.ZoomOut), QKeySequence("Ctrl+-")))
        self.smaller_text_action.triggered.connect(lambda: self.zoom_text(-1))
        view_menu.addAction(self.smaller_text_action)
        self.actual_size_action = QAction(translate("MainWindow", "&Actual text size"), owner)
        self.actual_size_action.setShortcut(QKeySequence("Ctrl+0"))
        self.actual_size_action.triggered.connect(lambda: self.zoom_text(0))
        view_menu.addAction(self.actual_size_action)

        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        self.shortcuts_action = QAction(translate("MainWindow", "&Keyboard shortcuts…"), owner)
        self.shortcuts_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.shortcuts_action.triggered.connect(self.open_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        logs_action = QAction(translate("MainWindow", "Open &log folder"), owner)
        logs_action.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.logs))))
        help_menu.addAction(logs_action)
        about_action = QAction(translate("MainWindow", "&About %1").replace("%1", APP_NAME), owner)
        about_action.triggered.connect(self._about)
        help_menu.addAction(about_action)

        # the text size chosen last time; at 1.0 the style is left as main.py applied it
        saved = self.ui_state.text_scale
        qt_app = QApplication.instance()
        if isinstance(qt_app, QApplication) and abs(saved - text_scale(qt_app)) > 1e-6:
            set_text_scale(qt_app, saved)

    def zoom_text(self, steps: int) -> float:
        """Text one step bigger (1), smaller (-1) or back to the system's size (0), in
        every window; kept in the window's state, which save_state writes."""
        qt_app = QApplication.instance()
        if not isinstance(qt_app, QApplication):
            return 1.0
        target = text_scale(qt_app) + steps * SCALE_STEP if steps else 1.0
        scale = set_text_scale(qt_app, target)
        self.ui_state = replace(self.ui_state, text_scale=scale)
        self.statusBar().showMessage(
            cast(QObject, self).tr("Text size %1%").replace("%1", str(round(scale * 100))),
            3000)
        return scale

    def open_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(cast("QMainWindow", self))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


def _distinct(*sequences: QKeySequence) -> list[QKeySequence]:
    """The sequences without repeats (ZoomIn is already Ctrl+= on some platforms)."""
    unique: list[QKeySequence] = []
    for sequence in sequences:
        if not sequence.isEmpty() and sequence not in unique:
            unique.append(sequence)
    return unique


# lupdate reads translate("Context", "text") calls; mixins are no QObjects of their own
translate = QCoreApplication.translate
