"""Conversations and their messages: the only code that writes chat history."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, cast

from sqlite_utils import Database

DEFAULT_TITLE = "New chat"
TITLE_LENGTH = 48


class Status(StrEnum):
    COMPLETE = "complete"
    STREAMING = "streaming"
    STOPPED = "stopped"
    INTERRUPTED = "interrupted"
    ERROR = "error"


@dataclass(frozen=True)
class Conversation:
    id: int
    title: str
    title_is_custom: bool
    system_prompt: str
    model_id: str | None
    created_at: float
    updated_at: float


@dataclass(frozen=True)
class Message:
    id: int
    conversation_id: int
    role: str
    content: str
    status: Status
    created_at: float
    parent_id: int | None = None
    model_id: str | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    ttft_ms: float | None = None
    tokens_per_s: float | None = None
    duration_ms: float | None = None
    error: str | None = None


@dataclass(frozen=True)
class MessageStats:
    prompt_tokens: int
    completion_tokens: int
    ttft_ms: float | None
    tokens_per_s: float | None
    duration_ms: float


@dataclass(frozen=True)
class SearchHit:
    conversation_id: int
    message_id: int
    conversation_title: str
    snippet: str


def title_from(text: str) -> str:
    """A sidebar title from the first user message: one line, shortened on a word."""
    line = " ".join(text.split())
    if not line:
        return DEFAULT_TITLE
    if len(line) <= TITLE_LENGTH:
        return line
    cut = line[: TITLE_LENGTH - 1]
    if " " in cut[TITLE_LENGTH // 2 :]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,.;:") + "…"


def fts_query(text: str) -> str:
    """Quote every word, so FTS5 syntax in user input is searched for, never parsed."""
    printable = "".join(ch if ch.isprintable() else " " for ch in text)
    terms = [term.replace('"', '""') for term in printable.split()]
    return " ".join(f'"{term}"' for term in terms if term)


class ConversationStore:
    def __init__(self, db: Database, clock: Callable[[], float] = time.time) -> None:
        self._db = db
        self._clock = clock

    @property
    def db(self) -> Database:
        return self._db

    # conversations

    def create_conversation(self, system_prompt: str, model_id: str | None = None) -> Conversation:
        now = self._clock()
        with self._db.atomic():
            table = self._db.table("conversations")
            table.insert(
                {
                    "title": DEFAULT_TITLE,
                    "title_is_custom": 0,
                    "system_prompt": system_prompt,
                    "model_id": model_id,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            new_id = int(cast(int, table.last_pk))
        return self.conversation(new_id)

    def conversation(self, conversation_id: int) -> Conversation:
        row = self._one("SELECT * FROM conversations WHERE id = ?", conversation_id)
        if row is None:
            raise KeyError(conversation_id)
        return _conversation(row)

    def conversations(self) -> list[Conversation]:
        rows = self._rows("SELECT * FROM conversations ORDER BY updated_at DESC, id DESC")
        return [_conversation(r) for r in rows]

    def rename(self, conversation_id: int, title: str) -> None:
        title = " ".join(title.split())
        if not title:
            return
        self._write(
            "UPDATE conversations SET title = ?, title_is_custom = 1 WHERE id = ?",
            title, conversation_id,
        )

    def set_system_prompt(self, conversation_id: int, prompt: str) -> None:
        self._write(
            "UPDATE conversations SET system_prompt = ? WHERE id = ?", prompt, conversation_id
        )

    def set_model(self, conversation_id: int, model_id: str | None) -> None:
        self._write("UPDATE conversations SET model_id = ? WHERE id = ?", model_id, conversation_id)

    def delete(self, conversation_id: int) -> None:
        # messages go with it: ON DELETE CASCADE
        self._write("DELETE FROM conversations WHERE id = ?", conversation_id)

    # messages

    def add_message(
        self,
        conversation_id: int,
        role: str,
        content: str,
        status: Status = Status.COMPLETE,
        model_id: str | None = None,
    ) -> Message:
        now = self._clock()
        with self._db.atomic():
            parent = self._one(
                "SELECT id FROM messages WHERE conversation_id = ? ORDER BY id DESC LIMIT 1",
                conversation_id,
            )
            table = self._db.table("messages")
            table.insert(
                {
                    "conversation_id": conversation_id,
                    "parent_id": parent["id"] if parent else None,
                    "role": role,
                    "content": content,
                    "status": str(status),
                    "model_id": model_id,
                    "created_at": now,
                }
            )
            new_id = int(cast(int, table.last_pk))
            self._db.execute(
                "UPDATE conversations SET updated_at = ? WHERE id = ?", [now, conversation_id]
            )
            if role == "user":
                self._db.execute(
                    "UPDATE conversations SET title = ? "
                    "WHERE id = ? AND title_is_custom = 0 AND title = ?",
                    [title_from(content), conversation_id, DEFAULT_TITLE],
                )
        return self.message(new_id)

    def message(self, message_id: int) -> Message:
        row = self._one("SELECT * FROM messages WHERE id = ?", message_id)
        if row is None:
            raise KeyError(message_id)
        return _message(row)

    def messages(self, conversation_id: int) -> list[Message]:
        rows = self._rows(
            "SELECT * FROM messages WHERE conversation_id = ? ORDER BY id", conversation_id
        )
        return [_message(r) for r in rows]

    def save_partial(self, message_id: int, content: str) -> None:
        self._write("UPDATE messages SET content = ? WHERE id = ?", content, message_id)

    def finish_message(
        self,
        message_id: int,
        content: str,
        status: Status,
        stats: MessageStats | None = None,
        error: str | None = None,
    ) -> Message:
        values: dict[str, Any] = {"content": content, "status": str(status), "error": error}
        if stats is not None:
            values.update(
                prompt_tokens=stats.prompt_tokens,
                completion_tokens=stats.completion_tokens,
                ttft_ms=stats.ttft_ms,
                tokens_per_s=stats.tokens_per_s,
                duration_ms=stats.duration_ms,
            )
        assignments = ", ".join(f"{k} = ?" for k in values)
        self._write(
            f"UPDATE messages SET {assignments} WHERE id = ?", *values.values(), message_id
        )
        return self.message(message_id)

    def mark_interrupted(self) -> int:
        """At start-up: a reply still 'streaming' was cut off by a crash or a kill."""
        with self._db.atomic():
            cursor = self._db.execute(
                "UPDATE messages SET status = ? WHERE status = ?",
                [str(Status.INTERRUPTED), str(Status.STREAMING)],
            )
        return int(cursor.rowcount)

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        query = fts_query(text)
        if not query:
            return []
        rows = self._rows(
            "SELECT m.id AS message_id, m.conversation_id, c.title, "
            "snippet(messages_fts, 0, '[', ']', '…', 12) AS snippet "
            "FROM messages_fts JOIN messages m ON m.rowid = messages_fts.rowid "
            "JOIN conversations c ON c.id = m.conversation_id "
            "WHERE messages_fts MATCH ? ORDER BY rank LIMIT ?",
            query, limit,
        )
        return [
            SearchHit(r["conversation_id"], r["message_id"], r["title"], r["snippet"])
            for r in rows
        ]

    # helpers

    def _write(self, sql: str, *params: Any) -> None:
        with self._db.atomic():
            self._db.execute(sql, list(params))

    def _rows(self, sql: str, *params: Any) -> list[dict[str, Any]]:
        cursor = self._db.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _one(self, sql: str, *params: Any) -> dict[str, Any] | None:
        rows = self._rows(sql, *params)
        return rows[0] if rows else None


def _conversation(row: dict[str, Any]) -> Conversation:
    return Conversation(
        id=row["id"],
        title=row["title"],
        title_is_custom=bool(row["title_is_custom"]),
        system_prompt=row["system_prompt"],
        model_id=row["model_id"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def _message(row: dict[str, Any]) -> Message:
    return Message(
        id=row["id"],
        conversation_id=row["conversation_id"],
        role=row["role"],
        content=row["content"],
        status=Status(row["status"]),
        created_at=row["created_at"],
        parent_id=row["parent_id"],
        model_id=row["model_id"],
        prompt_tokens=row["prompt_tokens"],
        completion_tokens=row["completion_tokens"],
        ttft_ms=row["ttft_ms"],
        tokens_per_s=row["tokens_per_s"],
        duration_ms=row["duration_ms"],
        error=row["error"],
    )
