"""The conversations a user has, and their trash: a logic object over the store.

Moving to the trash never asks (Undo and the trash bring a conversation back); only
deleting for good does, and that is the view's to ask."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Signal

from app.store.conversations import TRASH_DAYS, Conversation, ConversationStore


class Library(QObject):
    changed = Signal()  # the list of conversations or the trash changed
    restored = Signal(int)  # conversation_id, back from the trash
    renamed = Signal(object)  # Conversation, with its new title

    def __init__(self, store: ConversationStore) -> None:
        super().__init__()
        self._store = store

    def trash(self) -> list[Conversation]:
        return self._store.trash()

    def rename(self, conversation_id: int, title: str) -> bool:
        """A new title, with its white space folded; an empty one is refused."""
        title = " ".join(title.split())
        if not title:
            return False
        self._store.rename(conversation_id, title)
        self.renamed.emit(self._store.conversation(conversation_id))
        return True

    def move_to_trash(self, conversation_id: int) -> None:
        self._store.delete(conversation_id)
        self.changed.emit()

    def next_to_open(self) -> int | None:
        """What opens after the open conversation went to the trash: the first one the list
        shows (pinned first, then the newest), or None when none is left (a new chat)."""
        remaining = self._store.conversations(limit=1)
        return remaining[0].id if remaining else None

    def pin(self, conversation_id: int, pinned: bool) -> None:
        self._store.pin(conversation_id, pinned)
        self.changed.emit()

    def restore(self, conversation_id: int) -> None:
        self._store.restore(conversation_id)
        self.changed.emit()
        self.restored.emit(conversation_id)

    def delete_forever(self, conversation_id: int) -> None:
        self._store.delete_forever(conversation_id)
        self.changed.emit()

    def empty_trash(self) -> int:
        count = self._store.empty_trash()
        self.changed.emit()
        return count

    def purge_old(self) -> int:
        """At start-up: what has been in the trash for 30 days goes for good."""
        return self._store.purge_old_trash()

    @staticmethod
    def days_left(conversation: Conversation, now: float | None = None) -> int:
        if conversation.deleted_at is None:
            return TRASH_DAYS
        elapsed = ((now or time.time()) - conversation.deleted_at) / 86400
        return max(0, TRASH_DAYS - int(elapsed))
