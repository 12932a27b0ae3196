"""Conversations: the only code that writes chat history. Their messages are a tree
(message_tree.py) and their words are found by search.py; ConversationStore is the one
door to all three."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlite_utils import Database
from sqlite_utils.db import NotFoundError

from app.store import sql
from app.store.message_tree import MessageTree, Parent
from app.store.records import (
    DEFAULT_TITLE,
    TRASH_DAYS,
    Conversation,
    DeletedBranch,
    Message,
    MessageStats,
    Source,
    Status,
    conversation_from_row,
)
from app.store.search import Search, SearchHit
from app.store.sql import storage_errors


class ConversationStore:
    """Conversations as trees of messages. The visible path of a conversation starts at its
    active root and follows each message's active child; it is what the window shows and
    what the model reads. A deleted branch or conversation is only marked (Undo, Trash)
    until it is purged."""

    def __init__(self, db: Database, clock: Callable[[], float] = time.time) -> None:
        self._db = db
        self._clock = clock
        self._tree = MessageTree(db, clock)
        self._search = Search(db)

    @property
    def db(self) -> Database:
        return self._db

    # conversations

    @storage_errors
    def create_conversation(self, system_prompt: str, model_id: str | None = None,
                            settings: dict[str, Any] | None = None) -> Conversation:
        now = self._clock()
        with self._db.atomic():
            new_id = sql.insert(self._db, "conversations", {
                "title": DEFAULT_TITLE, "title_is_custom": 0, "system_prompt": system_prompt,
                "model_id": model_id, "created_at": now, "updated_at": now,
                "settings": json.dumps(settings or {}),
            })
        return self.conversation(new_id)

    @storage_errors
    def conversation(self, conversation_id: int) -> Conversation:
        try:
            return conversation_from_row(sql.row(self._db, "conversations", conversation_id))
        except NotFoundError:
            raise KeyError(conversation_id) from None

    @storage_errors
    def conversations(self, limit: int | None = None, offset: int = 0) -> list[Conversation]:
        """Not in the trash: pinned first, then the most recently used."""
        rows = self._db.query(
            "SELECT * FROM conversations WHERE deleted_at IS NULL "
            "ORDER BY pinned DESC, updated_at DESC, id DESC LIMIT ? OFFSET ?",
            [-1 if limit is None else limit, offset])
        return [conversation_from_row(r) for r in rows]

    @storage_errors
    def conversations_by_ids(self, ids: list[int]) -> list[Conversation]:
        """These conversations (not in the trash), in the order given."""
        if not ids:
            return []
        found: dict[int, Conversation] = {}
        for start in range(0, len(ids), 500):  # SQLite's limit on bound parameters
            chunk = ids[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            for row in self._db.query(f"SELECT * FROM conversations WHERE id IN ({marks}) "
                                      "AND deleted_at IS NULL", chunk):
                found[row["id"]] = conversation_from_row(row)
        return [found[i] for i in ids if i in found]

    @storage_errors
    def count_conversations(self) -> int:
        row = next(self._db.query(
            "SELECT COUNT(*) AS n FROM conversations WHERE deleted_at IS NULL"))
        return int(row["n"])

    @storage_errors
    def rename(self, conversation_id: int, title: str) -> None:
        title = " ".join(title.split())
        if title:
            sql.update(self._db, "conversations", conversation_id, title=title,
                       title_is_custom=1)

    @storage_errors
    def set_system_prompt(self, conversation_id: int, prompt: str) -> None:
        sql.update(self._db, "conversations", conversation_id, system_prompt=prompt)

    @storage_errors
    def set_model(self, conversation_id: int, model_id: str | None) -> None:
        sql.update(self._db, "conversations", conversation_id, model_id=model_id)

    @storage_errors
    def set_settings(self, conversation_id: int, settings: dict[str, Any]) -> None:
        sql.update(self._db, "conversations", conversation_id, settings=json.dumps(settings))

    @storage_errors
    def pin(self, conversation_id: int, pinned: bool = True) -> None:
        sql.update(self._db, "conversations", conversation_id, pinned=int(pinned))

    # the trash

    @storage_errors
    def delete(self, conversation_id: int) -> None:
        """Move to the trash: gone from the list and from search, restorable for 30 days."""
        sql.update(self._db, "conversations", conversation_id, deleted_at=self._clock())

    @storage_errors
    def restore(self, conversation_id: int) -> None:
        sql.update(self._db, "conversations", conversation_id, deleted_at=None)

    @storage_errors
    def trash(self) -> list[Conversation]:
        rows = self._db.query("SELECT * FROM conversations WHERE deleted_at IS NOT NULL "
                              "ORDER BY deleted_at DESC, id DESC")
        return [conversation_from_row(r) for r in rows]

    @storage_errors
    def delete_forever(self, conversation_id: int) -> None:
        # its messages, their subtrees and attachments go with it: ON DELETE CASCADE
        with self._db.atomic():
            self._db.execute("DELETE FROM conversations WHERE id = ?", [conversation_id])

    @storage_errors
    def empty_trash(self, older_than_s: float = 0.0) -> int:
        """Delete for good what has been in the trash longer than older_than_s (everything
        by default); also the deleted branches of other conversations. Returns the number
        of conversations deleted."""
        cutoff = self._clock() - older_than_s
        with self._db.atomic():
            cursor = self._db.execute(
                "DELETE FROM conversations WHERE deleted_at IS NOT NULL AND deleted_at <= ?",
                [cutoff])
            self._db.execute(  # the partial index of deleted branches makes this no scan
                "DELETE FROM messages WHERE deleted_at IS NOT NULL AND deleted_at <= ?",
                [cutoff])
        return int(cursor.rowcount)

    def purge_old_trash(self) -> int:
        return self.empty_trash(older_than_s=TRASH_DAYS * 86400)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self._db.atomic():
            yield

    # messages: MessageTree's, each guarded there (storage_errors)

    def add_message(self, conversation_id: int, role: str, content: str,
                    status: Status = Status.COMPLETE, model_id: str | None = None,
                    parent_id: Parent = None) -> Message:
        return self._tree.add_message(conversation_id, role, content, status, model_id,
                                      parent_id)

    def message(self, message_id: int) -> Message:
        return self._tree.message(message_id)

    def messages(self, conversation_id: int) -> list[Message]:
        return self._tree.messages(conversation_id)

    def leaf(self, conversation_id: int) -> Message | None:
        return self._tree.leaf(conversation_id)

    def switch_to(self, message_id: int) -> None:
        self._tree.switch_to(message_id)

    def delete_message(self, message_id: int) -> DeletedBranch:
        return self._tree.delete_message(message_id)

    def undelete_message(self, deleted: DeletedBranch) -> None:
        self._tree.undelete_message(deleted)

    def save_partial(self, message_id: int, content: str, reasoning: str | None = None,
                     reasoning_ms: float | None = None) -> None:
        self._tree.save_partial(message_id, content, reasoning, reasoning_ms)

    def reopen_message(self, message_id: int) -> Message:
        return self._tree.reopen_message(message_id)

    def finish_message(self, message_id: int, content: str, status: Status,
                       stats: MessageStats | None = None, error: str | None = None,
                       reasoning: str | None = None,
                       reasoning_ms: float | None = None) -> Message:
        return self._tree.finish_message(message_id, content, status, stats, error,
                                         reasoning, reasoning_ms)

    def mark_interrupted(self) -> int:
        return self._tree.mark_interrupted()

    # search: Search's

    @storage_errors
    def set_sources(self, message_id: int, sources: list[Source]) -> None:
        """The passages a reply was given; replaces any it had (a continued reply)."""
        with self._db.atomic():
            self._db.execute("DELETE FROM message_sources WHERE message_id = ?", [message_id])
            self._db.conn.executemany(
                "INSERT INTO message_sources (message_id, number, file, location, page, line, "
                "text) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(message_id, s.number, s.file, s.location, s.page, s.line, s.text)
                 for s in sources])

    @storage_errors
    def sources(self, message_ids: list[int]) -> dict[int, list[Source]]:
        """Each of these messages' sources, by number; a message without any is left out."""
        found: dict[int, list[Source]] = {}
        for start in range(0, len(message_ids), 500):  # SQLite's limit on parameters
            part = message_ids[start:start + 500]
            marks = ",".join("?" * len(part))
            for row in self._db.execute(
                    "SELECT message_id, number, file, location, text, page, line FROM "
                    f"message_sources WHERE message_id IN ({marks}) ORDER BY message_id, number",
                    part).fetchall():
                found.setdefault(row[0], []).append(Source(*row[1:]))
        return found

    def search_conversations(self, text: str, limit: int = 200,
                             cancelled: Callable[[], bool] | None = None,
                             reasoning: bool = False) -> list[SearchHit]:
        """Conversations whose title or messages have every word (Search.conversations);
        `reasoning`: in what reasoning models thought, too."""
        return self._search.conversations(text, limit, cancelled, reasoning)

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Messages with every word, best match first (Search.messages)."""
        return self._search.messages(text, limit)
