"""The main window's part in a conversation's history: Undo's menu item, the trash, and
the export's save dialog. The UndoStack, Library and ConversationExport decide; this
shows what they say."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from app.chat.exporting import ConversationExport, ExportOffer, ExportProblem
from app.chat.library import Library
from app.chat.undo import UndoStack
from app.store.export import ExportFormat
from app.ui.chat_view import ChatView
from app.ui.conversation_list import ConversationList
from app.ui.model_manager import Tell
from app.ui.trash_dialog import TrashDialog


class HistoryActions:
    """Undo, the trash and export, for the window's menus and the sidebar."""

    def __init__(self, undo: UndoStack, library: Library, exporter: ConversationExport,
                 undo_action: QAction, sidebar: ConversationList, chat: ChatView,
                 parent: QWidget, tell_user: Tell,
                 show_status: Callable[[str, int], None]) -> None:
        self._undo = undo
        self._library = library
        self._exporter = exporter
        self._undo_action = undo_action
        self._sidebar = sidebar
        self._chat = chat
        self._parent = parent  # of the dialogs
        self._tell_user = tell_user
        self._show_status = show_status

    def undo_last(self) -> None:
        label = self._undo.undo()
        if label:
            self._show_status(
                translate("MainWindow", "Undone: {action}").format(action=label), 5000)

    def show_undo(self, label: str) -> None:
        """What Undo would undo now, in its menu item; disabled with nothing to undo."""
        self._undo_action.setEnabled(bool(label))
        self._undo_action.setText(
            translate("MainWindow", "&Undo: {action}").format(action=label)
            if label else translate("MainWindow", "&Undo"))

    def show_restored(self, conversation_id: int) -> None:
        self._sidebar.refresh()
        self._sidebar.select(conversation_id)

    def open_trash(self) -> TrashDialog:
        dialog = TrashDialog(self._library, self._sidebar.confirm_delete, self._parent)
        dialog.show()
        return dialog

    def choose_export_path(self, offer: ExportOffer) -> tuple[Path, ExportFormat] | None:
        """The save dialog: where, and which part of the tree (the file type)."""
        path, chosen = QFileDialog.getSaveFileName(
            self._parent, offer.title,
            str(Path.home() / offer.suggested_name), ";;".join(offer.types))
        if not path:
            return None
        return self._exporter.target(offer, path, chosen)

    def export_conversation(self) -> Path | None:
        conversation_id = self._chat.conversation_id
        if conversation_id is None:
            return None
        try:
            offer = self._exporter.offer(conversation_id)
            chosen = self.choose_export_path(offer)
            if chosen is None:
                return None
            target, export_format = chosen
            done = self._exporter.write(offer, target, export_format)
        except ExportProblem as problem:
            self._tell_user(self._parent, translate("MainWindow", "Export"), str(problem))
            return None
        self._show_status(done, 8000)
        return target


# lupdate reads translate("Context", "text") calls: the window's strings keep its context
translate = QCoreApplication.translate
