"""The conversations a user has, and their trash: a logic object over the store.

Moving to the trash never asks (Undo and the trash bring a conversation back); only
deleting for good does, and that is the view's to ask."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.store.conversations import ConversationStore
from app.store.records import TRASH_DAYS, Conversation


class Library(QObject):
    changed = Signal()  # the list of conversations or the trash changed
    restored = Signal(int)  # conversation_id, back from the trash
    renamed = Signal(object)  # Conversation, with its new title

    def __init__(self, store: ConversationStore) -> None:
        super().__init__()
        self._store = store

    def conversation(self, conversation_id: int) -> Conversation | None:
        """None once it is gone for good."""
        try:
            return self._store.conversation(conversation_id)
        except KeyError:
            return None

    def exists(self, conversation_id: int) -> bool:
        """In the list: not gone, not in the trash."""
        conversation = self.conversation(conversation_id)
        return conversation is not None and conversation.deleted_at is None

    def is_empty(self, conversation_id: int) -> bool:
        """In the list, and nothing written in it yet."""
        return self.exists(conversation_id) and not self._store.messages(conversation_id)

    def page(self, limit: int, offset: int = 0) -> list[Conversation]:
        """As the list shows them: pinned first, then the most recently used."""
        return self._store.conversations(limit=limit, offset=offset)

    def by_ids(self, conversation_ids: list[int]) -> list[Conversation]:
        """These (a search's hits), in this order, leaving out any in the trash."""
        return self._store.conversations_by_ids(conversation_ids)

    def create(self, system_prompt: str, settings: dict[str, Any] | None = None) -> int:
        return self._store.create_conversation(system_prompt, settings=settings).id

    def chat_settings(self, conversation_id: int,
                      defaults: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
        """Its system prompt, and its own settings over the defaults for new chats."""
        conversation = self.conversation(conversation_id)
        if conversation is None:
            return None
        return conversation.system_prompt, {**defaults, **conversation.settings}

    def set_chat_settings(self, conversation_id: int, system_prompt: str,
                          chosen: dict[str, Any]) -> None:
        """What was chosen goes over the conversation's own settings; what was not chosen
        (a preset's id, a model) is kept."""
        conversation = self._store.conversation(conversation_id)
        self._store.set_system_prompt(conversation_id, system_prompt)
        self._store.set_settings(conversation_id, {**conversation.settings, **chosen})

    def chosen_collections(self, conversation_id: int) -> list[str]:
        """The document collections this conversation reads (its attached files aside)."""
        conversation = self.conversation(conversation_id)
        chosen = conversation.settings.get("collections") if conversation else None
        return [str(name) for name in chosen] if isinstance(chosen, list) else []

    def choose_collections(self, conversation_id: int, names: list[str]) -> None:
        conversation = self._store.conversation(conversation_id)
        settings = {**conversation.settings, "collections": list(dict.fromkeys(names))}
        if not names:
            settings.pop("collections")
        self._store.set_settings(conversation_id, settings)

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
