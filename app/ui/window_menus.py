"""The main window's menus and their shortcuts, and the text size they zoom."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow

from app import APP_NAME
from app.ui.shortcuts_dialog import ShortcutsDialog
from app.ui.style import SCALE_STEP, set_text_scale, text_scale


class WindowMenus(QObject):
    """Builds the window's menu bar. The actions that open the window's own dialogs and
    parts are exposed for MainWindow to connect; text size, the shortcuts list and the log
    folder are this part's own."""

    text_scaled = Signal(float)  # the scale the user chose, to be kept across restarts

    def __init__(self, window: QMainWindow, logs: Path, saved_scale: float,
                 show_status: Callable[[str, int], None]) -> None:
        super().__init__(window)
        self._window = window
        self._show_status = show_status
        # parented to the window: the shortcuts list reads them from its children
        file_menu = window.menuBar().addMenu(translate("MainWindow", "&File"))
        self.new_chat_action = QAction(translate("MainWindow", "&New chat"), window)
        self.new_chat_action.setShortcut(QKeySequence.StandardKey.New)
        file_menu.addAction(self.new_chat_action)
        self.preset_chat_action = QAction(translate("MainWindow", "New chat from &preset…"),
                                          window)
        self.preset_chat_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        file_menu.addAction(self.preset_chat_action)
        file_menu.addSeparator()
        self.export_action = QAction(translate("MainWindow", "&Export conversation…"), window)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        file_menu.addAction(self.export_action)
        self.import_action = QAction(translate("MainWindow", "&Import conversations…"),
                                     window)
        file_menu.addAction(self.import_action)
        self.models_action = QAction(translate("MainWindow", "&Models…"), window)
        self.models_action.setShortcut(QKeySequence("Ctrl+M"))
        file_menu.addAction(self.models_action)
        self.documents_action = QAction(translate("MainWindow", "&Documents…"), window)
        self.documents_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        file_menu.addAction(self.documents_action)
        self.trash_action = QAction(translate("MainWindow", "&Trash…"), window)
        file_menu.addAction(self.trash_action)
        self.quit_action = QAction(translate("MainWindow", "&Quit"), window)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        file_menu.addAction(self.quit_action)

        edit_menu = window.menuBar().addMenu(translate("MainWindow", "&Edit"))
        # Ctrl+Z reaches this only when the text box does not take it for its own undo
        self.undo_action = QAction(translate("MainWindow", "&Undo"), window)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        edit_menu.addAction(self.undo_action)
        edit_menu.addSeparator()
        self.settings_action = QAction(translate("MainWindow", "&Settings…"), window)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        edit_menu.addAction(self.settings_action)

        view_menu = window.menuBar().addMenu(translate("MainWindow", "&View"))
        self.bigger_text_action = QAction(translate("MainWindow", "&Bigger text"), window)
        # Ctrl+= as well: on most keyboards "+" needs Shift, and people press Ctrl+=
        self.bigger_text_action.setShortcuts(_distinct(
            QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")))
        self.bigger_text_action.triggered.connect(lambda: self.zoom_text(1))
        view_menu.addAction(self.bigger_text_action)
        self.smaller_text_action = QAction(translate("MainWindow", "&Smaller text"), window)
        self.smaller_text_action.setShortcuts(_distinct(
            QKeySequence(QKeySequence.StandardKey.ZoomOut), QKeySequence("Ctrl+-")))
        self.smaller_text_action.triggered.connect(lambda: self.zoom_text(-1))
        view_menu.addAction(self.smaller_text_action)
        self.actual_size_action = QAction(translate("MainWindow", "&Actual text size"), window)
        self.actual_size_action.setShortcut(QKeySequence("Ctrl+0"))
        self.actual_size_action.triggered.connect(lambda: self.zoom_text(0))
        view_menu.addAction(self.actual_size_action)

        help_menu = window.menuBar().addMenu(translate("MainWindow", "&Help"))
        self.shortcuts_action = QAction(translate("MainWindow", "&Keyboard shortcuts…"), window)
        self.shortcuts_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.shortcuts_action.triggered.connect(self.open_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        logs_action = QAction(translate("MainWindow", "Open &log folder"), window)
        logs_action.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(logs))))
        help_menu.addAction(logs_action)
        self.about_action = QAction(
            translate("MainWindow", "&About %1").replace("%1", APP_NAME), window)
        help_menu.addAction(self.about_action)

        # the text size chosen last time; at 1.0 the style is left as main.py applied it
        qt_app = QApplication.instance()
        if isinstance(qt_app, QApplication) and abs(saved_scale - text_scale(qt_app)) > 1e-6:
            set_text_scale(qt_app, saved_scale)

    def zoom_text(self, steps: int) -> float:
        """Text one step bigger (1), smaller (-1) or back to the system's size (0), in
        every window; text_scaled tells it to the window's kept state."""
        qt_app = QApplication.instance()
        if not isinstance(qt_app, QApplication):
            return 1.0
        target = text_scale(qt_app) + steps * SCALE_STEP if steps else 1.0
        scale = set_text_scale(qt_app, target)
        self.text_scaled.emit(scale)
        self._show_status(
            translate("MainWindow", "Text size %1%").replace("%1", str(round(scale * 100))),
            3000)
        return scale

    def open_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self._window)
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


# lupdate reads translate("Context", "text") calls: the window's strings keep its context
translate = QCoreApplication.translate
