"""A conversation's messages as a tree: each new version of a reply or an edit of a question
is a sibling, and the visible path starts at the conversation's active root and follows each
message's active child; it is what the window shows and what the model reads."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TypeAlias, cast

from sqlite_utils import Database
from sqlite_utils.db import NotFoundError

from app.store import sql
from app.store.records import (
    DEFAULT_TITLE,
    ROLES,
    DeletedBranch,
    Message,
    MessageStats,
    Status,
    message_from_row,
    title_from,
)
from app.store.sql import storage_errors


class _Leaf:
    """The marker for "a first message of its own" in add_message."""


ROOT = _Leaf
# Where add_message puts a message: None after the end of the visible path, a message's id
# beside that message's other children, ROOT as a first message of its own
Parent: TypeAlias = int | type[_Leaf] | None


class MessageTree:
    """The messages of every conversation. A deleted branch is only marked (Undo) until
    the trash is emptied."""

    def __init__(self, db: Database, clock: Callable[[], float] = time.time) -> None:
        self._db = db
        self._clock = clock

    @storage_errors
    def add_message(self, conversation_id: int, role: str, content: str,
                    status: Status = Status.COMPLETE, model_id: str | None = None,
                    parent_id: Parent = None) -> Message:
        """Add a message and make it part of the visible path.

        By default it follows the end of the visible path; `parent_id` places it under
        another message instead (a new version beside that message's other children), and
        `ROOT` makes it a first message of its own (an edit of the first question)."""
        if role not in ROLES:
            raise ValueError(f"unknown message role {role!r}")
        if status not in set(Status):
            raise ValueError(f"unknown message status {status!r}")
        now = self._clock()
        with self._db.atomic():
            if parent_id is None:
                parent: int | None = self._leaf_id(conversation_id)
            elif parent_id is ROOT:
                parent = None
            else:
                parent = cast(int, parent_id)
            new_id = sql.insert(self._db, "messages", {
                "conversation_id": conversation_id, "parent_id": parent, "role": role,
                "content": content, "status": str(status), "model_id": model_id,
                "created_at": now,
            })
            self._make_active(conversation_id, parent, new_id)
            self._db.execute("UPDATE conversations SET updated_at = ? WHERE id = ?",
                             [now, conversation_id])
            if role == "user":
                self._db.execute(
                    "UPDATE conversations SET title = ? "
                    "WHERE id = ? AND title_is_custom = 0 AND title = ?",
                    [title_from(content), conversation_id, DEFAULT_TITLE])
        return self.message(new_id)

    @storage_errors
    def message(self, message_id: int) -> Message:
        """One message, with its versions."""
        try:
            row = sql.row(self._db, "messages", message_id)
        except NotFoundError:
            raise KeyError(message_id) from None
        siblings = tuple(r["id"] for r in self._db.query(
            "SELECT id FROM messages WHERE conversation_id = ? AND parent_id IS ? "
            "AND deleted_at IS NULL ORDER BY id", [row["conversation_id"], row["parent_id"]]))
        return message_from_row(row, siblings)

    @storage_errors
    def messages(self, conversation_id: int) -> list[Message]:
        """The visible path, first message to last, each with its versions."""
        # Plain tuples, and a Message made only for the rows on the path: opening a chat
        # of a thousand messages reads them all, and dicts for every row cost it 4 times
        # the read itself.
        cursor = self._db.conn.execute(
            f"SELECT {_PATH_COLUMNS} FROM messages WHERE conversation_id = ? "
            "AND deleted_at IS NULL ORDER BY id", [conversation_id])
        children: dict[int | None, list[tuple[Any, ...]]] = {}
        for row in cursor:
            children.setdefault(row[_PARENT], []).append(row)
        conversation = self._db.conn.execute(
            "SELECT active_root_id FROM conversations WHERE id = ?",
            [conversation_id]).fetchone()
        preferred = conversation[0] if conversation else None
        path: list[Message] = []
        parent: int | None = None
        while True:
            options = children.get(parent)
            if not options:
                return path
            chosen = options[-1]
            if len(options) > 1:
                chosen = next((r for r in options if r[_ID] == preferred), chosen)
            path.append(_path_message(chosen, tuple(r[_ID] for r in options)
                                      if len(options) > 1 else (chosen[_ID],)))
            parent, preferred = chosen[_ID], chosen[_ACTIVE_CHILD]

    def leaf(self, conversation_id: int) -> Message | None:
        path = self.messages(conversation_id)
        return path[-1] if path else None

    @storage_errors
    def switch_to(self, message_id: int) -> None:
        """Show this version: the visible path goes through it (and through the versions
        last chosen below it)."""
        row = sql.row(self._db, "messages", message_id)
        with self._db.atomic():
            self._make_active(row["conversation_id"], row["parent_id"], message_id)

    @storage_errors
    def delete_message(self, message_id: int) -> DeletedBranch:
        """Delete a message and everything after it, with Undo possible (undelete_message)
        until the trash is emptied. The path then shows the newest other version, if any."""
        row = sql.row(self._db, "messages", message_id)
        conversation_id, parent = row["conversation_id"], row["parent_id"]
        was_active = self._active_child(conversation_id, parent) == message_id
        with self._db.atomic():
            self._db.execute("UPDATE messages SET deleted_at = ? WHERE id = ?",
                             [self._clock(), message_id])
            if was_active:
                newest = next(self._db.query(
                    "SELECT MAX(id) AS id FROM messages WHERE conversation_id = ? AND "
                    "parent_id IS ? AND deleted_at IS NULL", [conversation_id, parent]))
                self._make_active(conversation_id, parent, newest["id"])
        return DeletedBranch(message_id, conversation_id, was_active)

    @storage_errors
    def undelete_message(self, deleted: DeletedBranch) -> None:
        with self._db.atomic():
            self._db.execute("UPDATE messages SET deleted_at = NULL WHERE id = ?",
                             [deleted.message_id])
            if deleted.was_active:
                row = sql.row(self._db, "messages", deleted.message_id)
                self._make_active(deleted.conversation_id, row["parent_id"],
                                  deleted.message_id)

    @storage_errors
    def save_partial(self, message_id: int, content: str, reasoning: str | None = None,
                     reasoning_ms: float | None = None) -> None:
        """A streaming reply so far (and its thinking, when given: only when it changed,
        since its search index is rewritten with it). Committed without waiting for the
        disk (WAL with synchronous=NORMAL survives an app crash, not a power cut), since it
        is rewritten twice a second on the GUI thread; the finished reply is written
        durably."""
        self._db.execute("PRAGMA synchronous = NORMAL")
        try:
            with self._db.atomic():
                if reasoning is None:
                    self._db.execute("UPDATE messages SET content = ? WHERE id = ?",
                                     [content, message_id])
                else:
                    self._db.execute(
                        "UPDATE messages SET content = ?, reasoning = ?, reasoning_ms = ? "
                        "WHERE id = ?", [content, reasoning, reasoning_ms, message_id])
        finally:
            self._db.execute("PRAGMA synchronous = FULL")

    @storage_errors
    def reopen_message(self, message_id: int) -> Message:
        """A reply that Continue extends streams again."""
        sql.update(self._db, "messages", message_id, status=str(Status.STREAMING), error=None)
        return self.message(message_id)

    @storage_errors
    def finish_message(self, message_id: int, content: str, status: Status,
                       stats: MessageStats | None = None, error: str | None = None,
                       reasoning: str | None = None,
                       reasoning_ms: float | None = None) -> Message:
        """`reasoning`: what the model thought, if it did (None leaves it as it is)."""
        values: dict[str, Any] = {"content": content, "status": str(status), "error": error}
        if reasoning is not None:
            values.update(reasoning=reasoning, reasoning_ms=reasoning_ms)
        if stats is not None:
            values.update(
                prompt_tokens=stats.prompt_tokens, completion_tokens=stats.completion_tokens,
                ttft_ms=stats.ttft_ms, tokens_per_s=stats.tokens_per_s,
                duration_ms=stats.duration_ms)
        sql.update(self._db, "messages", message_id, **values)
        return self.message(message_id)

    @storage_errors
    def mark_interrupted(self) -> int:
        """At start-up: a reply still 'streaming' was cut off by a crash or a kill."""
        with self._db.atomic():
            # the literal lets SQLite use the partial index of streaming rows
            cursor = self._db.execute(
                "UPDATE messages SET status = ? WHERE status = 'streaming'",
                [str(Status.INTERRUPTED)])
        return int(cursor.rowcount)

    # helpers

    def _leaf_id(self, conversation_id: int) -> int | None:
        leaf = self.leaf(conversation_id)
        return leaf.id if leaf else None

    def _active_child(self, conversation_id: int, parent: int | None) -> int | None:
        if parent is None:
            row = sql.row(self._db, "conversations", conversation_id)
            return cast(int | None, row["active_root_id"])
        return cast(int | None, sql.row(self._db, "messages", parent)["active_child_id"])

    def _make_active(self, conversation_id: int, parent: int | None,
                     child: int | None) -> None:
        if parent is None:
            self._db.execute("UPDATE conversations SET active_root_id = ? WHERE id = ?",
                             [child, conversation_id])
        else:
            self._db.execute("UPDATE messages SET active_child_id = ? WHERE id = ?",
                             [child, parent])


_COLUMNS = ("id", "conversation_id", "parent_id", "active_child_id", "role", "content",
            "status", "model_id", "created_at", "prompt_tokens", "completion_tokens",
            "ttft_ms", "tokens_per_s", "duration_ms", "error", "reasoning", "reasoning_ms")
_PATH_COLUMNS = ", ".join(_COLUMNS)
_ID, _PARENT, _ACTIVE_CHILD = 0, 2, 3
_STATUS = {status.value: status for status in Status}


def _path_message(row: tuple[Any, ...], sibling_ids: tuple[int, ...]) -> Message:
    """A Message from a row of _COLUMNS. A frozen dataclass sets each field through
    object.__setattr__, which made building a thousand of them cost more than reading
    them; a row the store wrote is trusted, so its fields go in at once."""
    message = object.__new__(Message)
    message.__dict__.update(
        id=row[0], conversation_id=row[1], parent_id=row[2], role=row[4], content=row[5],
        status=_STATUS.get(row[6]) or Status(row[6]), model_id=row[7], created_at=row[8],
        prompt_tokens=row[9], completion_tokens=row[10], ttft_ms=row[11],
        tokens_per_s=row[12], duration_ms=row[13], error=row[14], sibling_ids=sibling_ids,
        reasoning=row[15], reasoning_ms=row[16])
    return message
