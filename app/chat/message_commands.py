"""What a message's buttons (and their keys) do: switch its version, edit, regenerate,
continue or delete it, with Undo for a delete. The view only names the command."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.chat.session import ChatSession
from app.chat.undo import UndoStack
from app.errors import StorageError

PREVIOUS, NEXT = "previous", "next"
EDIT, REGENERATE, CONTINUE, DELETE = "edit", "regenerate", "continue", "delete"


class MessageCommands(QObject):
    edit_started = Signal(int, str)  # message_id, its text: the view opens the editor
    edit_finished = Signal()  # the edit was saved: the view closes the editor
    notice = Signal(str)  # a line for the status bar
    failed = Signal(str)  # a problem in words, for the chat's banner

    def __init__(self, session: ChatSession, undo: UndoStack) -> None:
        super().__init__()
        self._session = session
        self._undo = undo

    def perform(self, name: str, message_id: int) -> None:
        try:
            if name in (PREVIOUS, NEXT):
                self._session.switch_version(message_id, -1 if name == PREVIOUS else 1)
            elif name == EDIT:
                self.edit_started.emit(message_id, self._session.store.message(message_id).content)
            elif name == REGENERATE:
                self._session.regenerate(message_id)
            elif name == CONTINUE:
                self._session.continue_reply(message_id)
            elif name == DELETE:
                self._delete(message_id)
            else:
                raise ValueError(f"unknown message command {name!r}")
        except StorageError as exc:
            self.failed.emit(str(exc))

    def _delete(self, message_id: int) -> None:
        """The message and what followed it; Ctrl+Z puts the branch back."""
        deleted = self._session.delete_message(message_id)
        if deleted is None:
            return
        self._undo.push(self.tr("Restore the deleted message"),
                        lambda: self._session.undo_delete(deleted))
        self.notice.emit(self.tr("Deleted the message and what followed it. "
                                 "Ctrl+Z brings it back."))

    def submit_edit(self, message_id: int, text: str) -> bool:
        """Save an edited message as a new version, and answer it. When it cannot be
        saved, the text stays in the editor."""
        try:
            self._session.edit(message_id, text)
        except StorageError as exc:
            self.failed.emit(self.tr("{problem} Your text is still in the box.")
                             .format(problem=exc))
            return False
        self.edit_finished.emit()
        return True
