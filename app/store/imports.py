"""Conversations brought in from other apps, written as Hearth's own trees.

The form an importer hands over (ImportedConversation, a tree of ImportedMessage) is defined
here, on the store's floor, so that app/importers (above) can build it and the store never
imports from a floor above it. Each conversation is written in one transaction: a kill -9
leaves it whole or not there at all. Its `source` ("chatgpt:<id>") and each message's
`source_id` make a second import of the same export add only what is new."""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from app.errors import StorageError
from app.store import sql
from app.store.records import DEFAULT_TITLE, title_from


@dataclass
class ImportedMessage:
    """One message as the other app had it. `parent_source_id` is None for a first message;
    siblings (the same parent) are versions: a regenerated reply, an edited question."""

    source_id: str
    parent_source_id: str | None
    role: str  # "user" or "assistant"
    content: str
    created_at: float | None = None
    model: str | None = None
    reasoning: str = ""  # what a reasoning model thought before it answered


@dataclass
class ImportedConversation:
    """A conversation ready to be written. `messages` lists parents before their children;
    `active_leaf` is the last message of the path that was showing in the other app."""

    source: str  # unique across apps: "<format>:<id in that app>"
    title: str
    created_at: float | None
    updated_at: float | None
    messages: list[ImportedMessage] = field(default_factory=list)
    active_leaf: str | None = None
    system_prompt: str = ""
    note: str = ""  # what has no place in a chat: models used, hidden system or tool messages
    problems: list[str] = field(default_factory=list)  # read anyway; told to the user


@dataclass(frozen=True)
class WriteResult:
    conversation_id: int
    created: bool  # a new conversation, not one imported before
    messages: int  # messages written now
    versions: int  # of those, how many are another version beside an earlier sibling
    in_trash: bool = False  # imported before and deleted since: left as the user left it


class HistoryWriter:
    """Writes imported conversations into the database, one transaction each."""

    def __init__(self, db: Database, clock: Callable[[], float] = time.time) -> None:
        self._db = db
        self._clock = clock

    def write(self, conversation: ImportedConversation) -> WriteResult:
        """Write a conversation, or the messages of it that an earlier import lacks.
        Raises StorageError (never sqlite3.Error)."""
        try:
            with self._db.atomic():
                return self._write(conversation)
        except sqlite3.Error as exc:
            raise StorageError(f"The conversation database could not be written ({exc}).") \
                from exc

    def relaxed_durability(self) -> _Relaxed:
        """While importing: each commit reaches the WAL without waiting for the disk, so a
        killed process keeps every committed conversation (WAL with synchronous=NORMAL
        survives the app's crash, not a power cut), at a fraction of the time 5,000 disk
        flushes take. save_partial does the same for a streaming reply."""
        return _Relaxed(self._db)

    # the work, inside one transaction

    def _write(self, conversation: ImportedConversation) -> WriteResult:
        existing = self._db.execute(
            "SELECT id, deleted_at FROM conversations WHERE source = ?",
            [conversation.source]).fetchone()
        if existing is not None and existing[1] is not None:
            return WriteResult(existing[0], False, 0, 0, in_trash=True)
        now = self._clock()
        created = existing is None
        if created:
            conversation_id = self._insert_conversation(conversation, now)
            known: dict[str, int] = {}
        else:
            conversation_id = int(existing[0])
            known = {row[0]: row[1] for row in self._db.execute(
                "SELECT source_id, id FROM messages WHERE conversation_id = ? AND "
                "source_id IS NOT NULL", [conversation_id]).fetchall()}
        had_children = self._parents_with_children(conversation_id) if not created else set()
        written = versions = 0
        first_time = conversation.created_at or now
        for message in conversation.messages:
            if message.source_id in known:
                continue
            parent = (known.get(message.parent_source_id)
                      if message.parent_source_id is not None else None)
            if message.parent_source_id is not None and parent is None:
                continue  # its parent was not written (a deleted branch): nothing to hang it on
            if parent in had_children:
                versions += 1
            else:
                had_children.add(parent)
            known[message.source_id] = sql.insert(self._db, "messages", {
                "conversation_id": conversation_id, "parent_id": parent,
                "role": message.role, "content": message.content, "status": "complete",
                "model_id": message.model, "created_at": message.created_at or first_time,
                "source_id": message.source_id, "reasoning": message.reasoning,
            })
            written += 1
        if created or written:
            self._show_path(conversation_id, conversation, known)
        if written and not created:
            last = max((m.created_at or 0.0) for m in conversation.messages)
            self._db.execute(
                "UPDATE conversations SET updated_at = MAX(updated_at, ?) WHERE id = ?",
                [last or now, conversation_id])
        return WriteResult(conversation_id, created, written, versions)

    def _insert_conversation(self, conversation: ImportedConversation, now: float) -> int:
        title = " ".join(conversation.title.split())
        if not title:
            first_question = next((m.content for m in conversation.messages
                                   if m.role == "user"), "")
            title = title_from(first_question)
        created_at = conversation.created_at or now
        times = [m.created_at for m in conversation.messages if m.created_at]
        updated_at = max([conversation.updated_at or created_at, *times])
        return sql.insert(self._db, "conversations", {
            "title": title, "title_is_custom": int(title != DEFAULT_TITLE),
            "system_prompt": conversation.system_prompt, "model_id": None,
            "created_at": created_at, "updated_at": updated_at, "settings": "{}",
            "source": conversation.source, "note": conversation.note,
        })

    def _parents_with_children(self, conversation_id: int) -> set[int | None]:
        return {row[0] for row in self._db.execute(
            "SELECT DISTINCT parent_id FROM messages WHERE conversation_id = ? AND "
            "deleted_at IS NULL", [conversation_id]).fetchall()}

    def _show_path(self, conversation_id: int, conversation: ImportedConversation,
                   known: dict[str, int]) -> None:
        """The path that was showing in the other app is the one shown here: each message on
        it is its parent's active child. Elsewhere the newest child stays the default."""
        by_id = {m.source_id: m for m in conversation.messages}
        leaf = conversation.active_leaf
        if leaf not in by_id or leaf not in known:
            return
        path: list[int] = []
        seen: set[str] = set()
        current: str | None = leaf
        while current is not None and current in by_id and current not in seen:
            seen.add(current)
            if current in known:
                path.append(known[current])
            current = by_id[current].parent_source_id
        path.reverse()
        if not path:
            return
        self._db.execute("UPDATE conversations SET active_root_id = ? WHERE id = ?",
                         [path[0], conversation_id])
        self._db.conn.executemany("UPDATE messages SET active_child_id = ? WHERE id = ?",
                                  [(child, parent) for parent, child in itertools.pairwise(path)])


class _Relaxed:
    def __init__(self, db: Database) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("PRAGMA synchronous = NORMAL")

    def __exit__(self, *_exc: Any) -> None:
        # (a connection that is closing anyway: the next one sets FULL again)
        with contextlib.suppress(sqlite3.Error):
            self._db.execute("PRAGMA synchronous = FULL")

