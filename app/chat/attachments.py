"""The files attached to the open chat: attaching and removing them, and what the chat
shows of each (its size in tokens, whether it is still being read, why it could not be).
The files are indexed like a collection's (Collections does the work); a question in the
chat then gets them whole or in passages (grounding.py)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.chat.collections import Collections, FileRow
from app.chat.grounding import attached_collection
from app.documents.indexer import IndexReport
from app.errors import UserError


class Attachments(QObject):
    changed = Signal(int, object)  # conversation_id, list[FileRow]: what the chat shows
    failed = Signal(str)  # a problem in words, for the chat's banner

    def __init__(self, collections: Collections) -> None:
        super().__init__()
        self._collections = collections
        self.conversation_id: int | None = None
        collections.files_changed.connect(self._on_files_changed)
        collections.finished.connect(self._on_finished)
        collections.failed.connect(self._on_failed)

    def show(self, conversation_id: int) -> None:
        """The chat opened now: its attached files."""
        self.conversation_id = conversation_id
        self._refresh()

    def attach(self, conversation_id: int, paths: Sequence[Path]) -> bool:
        files = [p for p in paths if not p.is_dir()]
        if not files:
            return False
        try:
            self._collections.attach(conversation_id, files)
        except UserError as exc:
            self.failed.emit(self.tr("The file could not be attached: {problem}")
                             .format(problem=exc))
            return False
        if conversation_id == self.conversation_id:
            self._refresh()
        return True

    def detach(self, conversation_id: int, path: str) -> None:
        try:
            self._collections.detach(conversation_id, path)
        except UserError as exc:
            self.failed.emit(str(exc))
        if conversation_id == self.conversation_id:
            self._refresh()

    def files(self, conversation_id: int) -> list[FileRow]:
        return self._collections.attached(conversation_id)

    def _refresh(self) -> None:
        if self.conversation_id is not None:
            self.changed.emit(self.conversation_id, self.files(self.conversation_id))

    def _mine(self, collection: str) -> bool:
        return (self.conversation_id is not None
                and collection == attached_collection(self.conversation_id))

    def _on_files_changed(self, collection: str) -> None:
        if self._mine(collection):
            self._refresh()

    def _on_finished(self, collection: str, _report: IndexReport) -> None:
        if self._mine(collection):
            self._refresh()

    def _on_failed(self, collection: str, message: str) -> None:
        if self._mine(collection):
            self.failed.emit(message)
            self._refresh()
