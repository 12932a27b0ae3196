"""The main window's part in a conversation's history: what each message button and each
delete does on screen, Undo, the trash, and export. ChatSession and the Library decide;
this shows and offers Undo."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from app.errors import StorageError
from app.store.export import (
    ExportFormat,
    branch_note,
    every_version,
    file_name,
    to_json,
    to_markdown,
)
from app.ui.message_actions import CONTINUE, DELETE, EDIT, NEXT, PREVIOUS, REGENERATE
from app.ui.trash_dialog import TrashDialog

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QStatusBar

    from app.chat.library import Library
    from app.chat.session import ChatSession
    from app.chat.undo import UndoStack
    from app.store.conversations import ConversationStore
    from app.ui.chat_view import ChatView
    from app.ui.conversation_list import ConversationList
    from app.ui.services import ModelServices


class HistoryActions:
    """Mixed into MainWindow, whose parts it uses."""

    session: ChatSession
    store: ConversationStore
    undo: UndoStack
    library: Library
    chat: ChatView
    sidebar: ConversationList
    undo_action: QAction
    models: ModelServices

    if TYPE_CHECKING:  # MainWindow's own
        def statusBar(self) -> QStatusBar: ...
        def open_conversation(self, conversation_id: int) -> None: ...
        def new_chat(self) -> None: ...

    def _on_deleted(self, conversation_id: int) -> None:
        self.session.forget(conversation_id)
        title = self.store.conversation(conversation_id).title
        self.undo.push(translate("MainWindow", "Restore “{title}”").format(title=title),
                       lambda: self.library.restore(conversation_id))
        self.statusBar().showMessage(
            translate("MainWindow", "Moved “{title}” to the Trash. Ctrl+Z brings it back.")
            .format(title=title), 8000)
        if self.chat.conversation_id == conversation_id:
            following = self.library.next_to_open()
            if following is not None:
                self.sidebar.select(following)
                self.open_conversation(following)
            else:
                self.new_chat()

    def _on_message_action(self, name: str, message_id: int) -> None:
        try:
            if name in (PREVIOUS, NEXT):
                self.session.switch_version(message_id, -1 if name == PREVIOUS else 1)
            elif name == EDIT:
                self.chat.begin_edit(message_id, self.store.message(message_id).content)
            elif name == REGENERATE:
                self.session.regenerate(message_id)
            elif name == CONTINUE:
                self.session.continue_reply(message_id)
            elif name == DELETE:
                deleted = self.session.delete_message(message_id)
                if deleted is not None:
                    self.undo.push(translate("MainWindow", "Restore the deleted message"),
                                   lambda: self.session.undo_delete(deleted))
                    self.statusBar().showMessage(
                        translate("MainWindow", "Deleted the message and what followed it. "
                                  "Ctrl+Z brings it back."),
                        8000)
        except StorageError as exc:
            self.chat.show_banner(str(exc))

    def _on_edit_submitted(self, message_id: int, text: str) -> None:
        try:
            self.session.edit(message_id, text)
        except StorageError as exc:
            self.chat.show_banner(
                translate("MainWindow", "{problem} Your text is still in the box.")
                .format(problem=exc))
            return
        self.chat.end_edit()

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

    def choose_export_path(self, suggested: str,
                           note: str = "") -> tuple[str, ExportFormat] | None:
        """The save dialog: where, and which part of the tree (the file type)."""
        title = translate("MainWindow", "Export conversation")
        if note:
            title = translate("MainWindow", "Export conversation: {note}").format(note=note)
        filters = {
            translate("MainWindow", "Markdown, the versions shown (*.md)"): ExportFormat.MARKDOWN,
            translate("MainWindow", "JSON, the versions shown (*.json)"): ExportFormat.JSON,
            translate("MainWindow", "JSON with every version (*.json)"):
                ExportFormat.JSON_EVERY_VERSION,
        }
        path, chosen = QFileDialog.getSaveFileName(
            cast(QWidget, self), title, str(Path.home() / suggested), ";;".join(filters))
        if not path:
            return None
        export_format = filters.get(chosen)
        if export_format is None:  # a dialog that reports no filter: go by the suffix
            export_format = (ExportFormat.JSON if path.lower().endswith(".json")
                             else ExportFormat.MARKDOWN)
        return path, export_format

    def export_conversation(self) -> Path | None:
        conversation_id = self.chat.conversation_id
        if conversation_id is None:
            return None
        try:
            conversation = self.store.conversation(conversation_id)
            messages = self.store.messages(conversation_id)
        except (KeyError, StorageError) as exc:
            self.models.tell_user(cast(QWidget, self), translate("MainWindow", "Export"), str(exc))
            return None
        note = branch_note(messages)
        chosen = self.choose_export_path(file_name(conversation.title), note)
        if not chosen:
            return None
        path, export_format = chosen
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(export_format.suffix)
        try:
            if export_format is ExportFormat.MARKDOWN:
                text = to_markdown(conversation, messages)
            elif export_format is ExportFormat.JSON:
                text = to_json(conversation, messages)
            else:
                text = to_json(conversation, messages,
                               every_version(self.store, conversation_id))
        except StorageError as exc:
            self.models.tell_user(cast(QWidget, self), translate("MainWindow", "Export"), str(exc))
            return None
        try:
            target.write_text(text, encoding="utf-8")
        except OSError as exc:
            self.models.tell_user(cast(QWidget, self), translate("MainWindow", "Export"),
                                  translate("MainWindow", "Could not write {path}: {error}").format(
                                      path=target, error=exc))
            return None
        if export_format is ExportFormat.JSON_EVERY_VERSION:
            done = translate("MainWindow", "Exported every version to {path}")
        elif note:
            done = translate("MainWindow", "Exported the versions shown to {path}")
        else:
            done = translate("MainWindow", "Exported to {path}")
        self.statusBar().showMessage(done.format(path=target), 8000)
        return target


# lupdate reads translate("Context", "text") calls; mixins are no QObjects of their own
translate = QCoreApplication.translate
