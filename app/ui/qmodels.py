"""Qt item models: thin adapters from the store to views."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from app.store.conversations import Conversation, ConversationStore

Index = QModelIndex | QPersistentModelIndex

ConversationIdRole = Qt.ItemDataRole.UserRole + 1
UpdatedAtRole = Qt.ItemDataRole.UserRole + 2
BusyRole = Qt.ItemDataRole.UserRole + 3


def relative_time(then: float, now: float) -> str:
    seconds = max(0, int(now - then))
    if seconds < 60:
        return "just now"
    minutes = seconds // 60
    if minutes < 60:
        return f"{minutes} min ago"
    hours = minutes // 60
    if hours < 24:
        return f"{hours} h ago"
    days = hours // 24
    if days == 1:
        return "yesterday"
    if days < 7:
        return f"{days} days ago"
    return time.strftime("%d %b %Y", time.localtime(then))


class ConversationListModel(QAbstractListModel):
    """Conversations newest first; renaming through the view writes to the store."""

    def __init__(self, store: ConversationStore) -> None:
        super().__init__()
        self._store = store
        self._rows: list[Conversation] = []
        self._busy_id: int | None = None
        self._filter: set[int] | None = None
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        rows = self._store.conversations()
        if self._filter is not None:
            rows = [c for c in rows if c.id in self._filter]
        self._rows = rows
        self.endResetModel()

    def set_filter(self, conversation_ids: set[int] | None) -> None:
        self._filter = conversation_ids
        self.reload()

    def set_busy(self, conversation_id: int | None) -> None:
        self._busy_id = conversation_id
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1), [BusyRole])

    def row_of(self, conversation_id: int) -> int:
        for row, conversation in enumerate(self._rows):
            if conversation.id == conversation_id:
                return row
        return -1

    def conversation_at(self, row: int) -> Conversation:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        conversation = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return conversation.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return conversation.title
        if role == ConversationIdRole:
            return conversation.id
        if role == UpdatedAtRole:
            return conversation.updated_at
        if role == BusyRole:
            return conversation.id == self._busy_id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        title = " ".join(str(value).split())
        if not title:
            return False
        conversation = self._rows[index.row()]
        self._store.rename(conversation.id, title)
        self._rows[index.row()] = self._store.conversation(conversation.id)
        self.dataChanged.emit(index, index)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base
