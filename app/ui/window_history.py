"""The main window's part in a conversation's history: Undo's menu item, the trash, and
the export's save dialog. The Navigator, MessageCommands and ConversationExport decide;
this shows what they say."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from app.chat.exporting import ExportProblem
from app.ui.trash_dialog import TrashDialog

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QStatusBar

    from app.chat.exporting import ConversationExport, ExportOffer
    from app.chat.library import Library
    from app.chat.undo import UndoStack
    from app.store.export import ExportFormat
    from app.ui.chat_view import ChatView
    from app.ui.conversation_list import ConversationList
    from app.ui.services import ModelServices


class HistoryActions:
    """Mixed into MainWindow, whose parts it uses."""

    undo: UndoStack
    library: Library
    chat: ChatView
    sidebar: ConversationList
    undo_action: QAction
    models: ModelServices
    exporter: ConversationExport

    if TYPE_CHECKING:  # MainWindow's own
        def statusBar(self) -> QStatusBar: ...
        def open_conversation(self, conversation_id: int) -> None: ...

    def _on_path_changed(self, conversation_id: int) -> None:
        if conversation_id == self.chat.conversation_id:
            self.open_conversation(conversation_id)

    def undo_last(self) -> None:
        label = self.undo.undo()
        if label:
            self.statusBar().showMessage(
                translate("MainWindow", "Undone: {action}").format(action=label), 5000)

    def _on_undo_changed(self, label: str) -> None:
        self.undo_action.setEnabled(bool(label))
        self.undo_action.setText(translate("MainWindow", "&Undo: {action}").format(action=label)
                                 if label else translate("MainWindow", "&Undo"))

    def _on_restored(self, conversation_id: int) -> None:
        self.sidebar.refresh()
        self.sidebar.select(conversation_id)

    def open_trash(self) -> TrashDialog:
        dialog = TrashDialog(self.library, self.sidebar.confirm_delete, cast(QWidget, self))
        dialog.show()
        return dialog

    def choose_export_path(self, offer: ExportOffer) -> tuple[Path, ExportFormat] | None:
        """The save dialog: where, and which part of the tree (the file type)."""
        path, chosen = QFileDialog.getSaveFileName(
            cast(QWidget, self), offer.title,
            str(Path.home() / offer.suggested_name), ";;".join(offer.types))
        if not path:
            return None
        return self.exporter.target(offer, path, chosen)

    def export_conversation(self) -> Path | None:
        conversation_id = self.chat.conversation_id
        if conversation_id is None:
            return None
        try:
            offer = self.exporter.offer(conversation_id)
            chosen = self.choose_export_path(offer)
            if chosen is None:
                return None
            target, export_format = chosen
            done = self.exporter.write(offer, target, export_format)
        except ExportProblem as problem:
            self.models.tell_user(cast(QWidget, self), translate("MainWindow", "Export"),
                                  str(problem))
            return None
        self.statusBar().showMessage(done, 8000)
        return target


# lupdate reads translate("Context", "text") calls; mixins are no QObjects of their own
translate = QCoreApplication.translate
