"""Conversations and their messages: the only code that writes chat history."""

from __future__ import annotations

import functools
import json
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ParamSpec, TypeVar, cast

from sqlite_utils import Database
from sqlite_utils.db import NotFoundError

from app.errors import StorageError

DEFAULT_TITLE = "New chat"
TITLE_LENGTH = 48
TRASH_DAYS = 30
ROLES = frozenset({"system", "user", "assistant"})
P = ParamSpec("P")
R = TypeVar("R")

# How a search hit's snippet marks the matched words: "…the old [lighthouse] [keeper] said…"
SNIPPET_OPEN, SNIPPET_CLOSE, SNIPPET_ELLIPSIS = "[", "]", "…"
# A snippet is cut from at most this many characters around a message's first match
SNIPPET_WINDOW = 512
# How many of SQLite's steps run between two checks of a search's `cancelled`
PROGRESS_STEPS = 2_000


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
    pinned: bool = False
    deleted_at: float | None = None  # in the trash since then
    settings: dict[str, Any] = field(default_factory=dict)


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
    # The versions of this message (itself included), oldest first: the other replies
    # to the same message, or the other edits of the same question. Filled in on a path.
    sibling_ids: tuple[int, ...] = ()

    @property
    def version(self) -> tuple[int, int]:
        """(which, of how many): (2, 3) is shown as "2/3" between arrows."""
        if not self.sibling_ids:
            return (1, 1)
        return (self.sibling_ids.index(self.id) + 1, len(self.sibling_ids))


@dataclass(frozen=True)
class MessageStats:
    prompt_tokens: int
    completion_tokens: int
    ttft_ms: float | None
    tokens_per_s: float | None
    duration_ms: float


class SearchCancelled(Exception):
    """A search stopped because its answer was no longer wanted."""


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


def fts_query(db: Database, text: str) -> str:
    """Every word quoted (sqlite-utils' quote_fts), so FTS5 syntax in user input is
    searched for, never parsed; control characters are dropped first."""
    printable = " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
    return db.quote_fts(printable) if printable else ""


def storage_errors(method: Callable[P, R]) -> Callable[P, R]:
    """sqlite3's errors leave the store as StorageError, with the cause in words."""

    @functools.wraps(method)
    def guarded(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except sqlite3.Error as exc:
            raise StorageError(f"The conversation database could not be written or read "
                               f"({exc}).") from exc

    return guarded


@dataclass(frozen=True)
class DeletedBranch:
    """What Undo needs to put a deleted message (and what followed it) back."""

    message_id: int
    conversation_id: int
    was_active: bool


class ConversationStore:
    """Conversations as trees of messages. The visible path of a conversation starts at its
    active root and follows each message's active child; it is what the window shows and
    what the model reads. A deleted branch or conversation is only marked (Undo, Trash)
    until it is purged."""

    def __init__(self, db: Database, clock: Callable[[], float] = time.time) -> None:
        self._db = db
        self._clock = clock

    @property
    def db(self) -> Database:
        return self._db

    # conversations

    @storage_errors
    def create_conversation(self, system_prompt: str, model_id: str | None = None,
                            settings: dict[str, Any] | None = None) -> Conversation:
        now = self._clock()
        with self._db.atomic():
            new_id = self._insert("conversations", {
                "title": DEFAULT_TITLE, "title_is_custom": 0, "system_prompt": system_prompt,
                "model_id": model_id, "created_at": now, "updated_at": now,
                "settings": json.dumps(settings or {}),
            })
        return self.conversation(new_id)

    @storage_errors
    def conversation(self, conversation_id: int) -> Conversation:
        try:
            return _conversation(self._row("conversations", conversation_id))
        except NotFoundError:
            raise KeyError(conversation_id) from None

    @storage_errors
    def conversations(self, limit: int | None = None, offset: int = 0) -> list[Conversation]:
        """Not in the trash: pinned first, then the most recently used."""
        rows = self._db.query(
            "SELECT * FROM conversations WHERE deleted_at IS NULL "
            "ORDER BY pinned DESC, updated_at DESC, id DESC LIMIT ? OFFSET ?",
            [-1 if limit is None else limit, offset])
        return [_conversation(r) for r in rows]

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
                found[row["id"]] = _conversation(row)
        return [found[i] for i in ids if i in found]

    def search_conversations(self, text: str, limit: int = 200,
                             cancelled: Callable[[], bool] | None = None) -> list[SearchHit]:
        """Conversations whose title or messages have every word, newest message first,
        one hit per conversation, with the matching words marked in a snippet
        (SNIPPET_OPEN and SNIPPET_CLOSE around each, SNIPPET_ELLIPSIS where text is left out).

        `cancelled` is asked while the search runs (from SQLite's progress handler, and
        between snippets); once it says True, SearchCancelled is raised."""
        with self._cancellable(cancelled):
            return self._search_conversations(text, limit, cancelled or _never)

    @storage_errors
    def _search_conversations(self, text: str, limit: int,
                              cancelled: Callable[[], bool]) -> list[SearchHit]:
        query = fts_query(self._db, text)
        if not query:
            return []
        found: dict[int, tuple[int, str]] = {}  # conversation: (message, title)
        # rowid order lets FTS5 stop early: the newest matches are the ones wanted. No
        # snippet() here: it would run for every row, over the whole of each message.
        for row in self._db.query(
                "SELECT m.id AS message_id, m.conversation_id, c.title "
                "FROM messages_fts JOIN messages m ON m.rowid = messages_fts.rowid "
                "JOIN conversations c ON c.id = m.conversation_id "
                "WHERE messages_fts MATCH ? AND c.deleted_at IS NULL "
                "AND m.deleted_at IS NULL ORDER BY messages_fts.rowid DESC LIMIT ?",
                [query, limit * 5]):
            found.setdefault(row["conversation_id"], (row["message_id"], row["title"]))
        snippets = self._snippets([m for m, _ in found.values()], query, 10, cancelled)
        hits = {cid: SearchHit(cid, mid, title, snippets.get(mid, ""))
                for cid, (mid, title) in found.items()}
        words = [w.lower() for w in text.split()]
        for row in self._db.query(
                "SELECT id, title FROM conversations WHERE deleted_at IS NULL "
                "AND title LIKE ? ORDER BY updated_at DESC LIMIT ?",
                [f"%{words[0] if words else text}%", limit]):
            if row["id"] not in hits and all(w in row["title"].lower() for w in words):
                hits[row["id"]] = SearchHit(row["id"], 0, row["title"], "")
        return list(hits.values())[:limit]

    @storage_errors
    def count_conversations(self) -> int:
        row = next(self._db.query(
            "SELECT COUNT(*) AS n FROM conversations WHERE deleted_at IS NULL"))
        return int(row["n"])

    @storage_errors
    def rename(self, conversation_id: int, title: str) -> None:
        title = " ".join(title.split())
        if title:
            self._update("conversations", conversation_id, title=title, title_is_custom=1)

    @storage_errors
    def set_system_prompt(self, conversation_id: int, prompt: str) -> None:
        self._update("conversations", conversation_id, system_prompt=prompt)

    @storage_errors
    def set_model(self, conversation_id: int, model_id: str | None) -> None:
        self._update("conversations", conversation_id, model_id=model_id)

    @storage_errors
    def set_settings(self, conversation_id: int, settings: dict[str, Any]) -> None:
        self._update("conversations", conversation_id, settings=json.dumps(settings))

    @storage_errors
    def pin(self, conversation_id: int, pinned: bool = True) -> None:
        self._update("conversations", conversation_id, pinned=int(pinned))

    # the trash

    @storage_errors
    def delete(self, conversation_id: int) -> None:
        """Move to the trash: gone from the list and from search, restorable for 30 days."""
        self._update("conversations", conversation_id, deleted_at=self._clock())

    @storage_errors
    def restore(self, conversation_id: int) -> None:
        self._update("conversations", conversation_id, deleted_at=None)

    @storage_errors
    def trash(self) -> list[Conversation]:
        rows = self._db.query("SELECT * FROM conversations WHERE deleted_at IS NOT NULL "
                              "ORDER BY deleted_at DESC, id DESC")
        return [_conversation(r) for r in rows]

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

    # messages

    @storage_errors
    def add_message(self, conversation_id: int, role: str, content: str,
                    status: Status = Status.COMPLETE, model_id: str | None = None,
                    parent_id: int | type[_Leaf] | None = None) -> Message:
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
            new_id = self._insert("messages", {
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
            row = self._row("messages", message_id)
        except NotFoundError:
            raise KeyError(message_id) from None
        siblings = tuple(r["id"] for r in self._db.query(
            "SELECT id FROM messages WHERE conversation_id = ? AND parent_id IS ? "
            "AND deleted_at IS NULL ORDER BY id", [row["conversation_id"], row["parent_id"]]))
        return _message(row, siblings)

    @storage_errors
    def messages(self, conversation_id: int) -> list[Message]:
        """The visible path, first message to last, each with its versions."""
        rows = list(self._db.query(
            "SELECT * FROM messages WHERE conversation_id = ? AND deleted_at IS NULL "
            "ORDER BY id", [conversation_id]))
        children: dict[int | None, list[dict[str, Any]]] = {}
        for row in rows:
            children.setdefault(row["parent_id"], []).append(row)
        conversation = next(self._db.query(
            "SELECT active_root_id FROM conversations WHERE id = ?", [conversation_id]), None)
        preferred = conversation["active_root_id"] if conversation else None
        path: list[Message] = []
        parent: int | None = None
        while True:
            options = children.get(parent)
            if not options:
                return path
            chosen = next((r for r in options if r["id"] == preferred), options[-1])
            path.append(_message(chosen, tuple(r["id"] for r in options)))
            parent, preferred = chosen["id"], chosen["active_child_id"]

    def leaf(self, conversation_id: int) -> Message | None:
        path = self.messages(conversation_id)
        return path[-1] if path else None

    @storage_errors
    def switch_to(self, message_id: int) -> None:
        """Show this version: the visible path goes through it (and through the versions
        last chosen below it)."""
        row = self._row("messages", message_id)
        with self._db.atomic():
            self._make_active(row["conversation_id"], row["parent_id"], message_id)

    @storage_errors
    def delete_message(self, message_id: int) -> DeletedBranch:
        """Delete a message and everything after it, with Undo possible (undelete_message)
        until the trash is emptied. The path then shows the newest other version, if any."""
        row = self._row("messages", message_id)
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
                row = self._row("messages", deleted.message_id)
                self._make_active(deleted.conversation_id, row["parent_id"],
                                  deleted.message_id)

    @storage_errors
    def save_partial(self, message_id: int, content: str) -> None:
        """A streaming reply so far. Committed without waiting for the disk (WAL with
        synchronous=NORMAL survives an app crash, not a power cut), since it is rewritten
        twice a second on the GUI thread; the finished reply is written durably."""
        self._db.execute("PRAGMA synchronous = NORMAL")
        try:
            with self._db.atomic():
                self._db.execute("UPDATE messages SET content = ? WHERE id = ?",
                                 [content, message_id])
        finally:
            self._db.execute("PRAGMA synchronous = FULL")

    @storage_errors
    def reopen_message(self, message_id: int) -> Message:
        """A reply that Continue extends streams again."""
        self._update("messages", message_id, status=str(Status.STREAMING), error=None)
        return self.message(message_id)

    @storage_errors
    def finish_message(self, message_id: int, content: str, status: Status,
                       stats: MessageStats | None = None, error: str | None = None) -> Message:
        values: dict[str, Any] = {"content": content, "status": str(status), "error": error}
        if stats is not None:
            values.update(
                prompt_tokens=stats.prompt_tokens, completion_tokens=stats.completion_tokens,
                ttft_ms=stats.ttft_ms, tokens_per_s=stats.tokens_per_s,
                duration_ms=stats.duration_ms)
        self._update("messages", message_id, **values)
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

    @storage_errors
    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Messages with every word, best match first (FTS5's rank), each with a snippet."""
        query = fts_query(self._db, text)
        if not query:
            return []
        rows = list(self._db.query(
            "SELECT m.id AS message_id, m.conversation_id, c.title "
            "FROM messages_fts JOIN messages m ON m.rowid = messages_fts.rowid "
            "JOIN conversations c ON c.id = m.conversation_id "
            "WHERE messages_fts MATCH ? AND c.deleted_at IS NULL AND m.deleted_at IS NULL "
            "ORDER BY rank LIMIT ?", [query, limit]))
        snippets = self._snippets([r["message_id"] for r in rows], query, 12, _never)
        return [SearchHit(r["conversation_id"], r["message_id"], r["title"],
                          snippets.get(r["message_id"], "")) for r in rows]

    def _snippets(self, message_ids: list[int], query: str, tokens: int,
                  cancelled: Callable[[], bool]) -> dict[int, str]:
        """Each message's snippet, as FTS5's snippet() would mark it, but computed over at
        most SNIPPET_WINDOW characters around the message's first match: snippet() over a
        whole message takes time that grows with the square of its matches (45 s for one
        1 MB message), and a search must answer while the user types."""
        windows: list[tuple[int, str, bool, bool]] = []  # id, text, cut before, cut after
        words = _query_tokens(query)
        for start in range(0, len(message_ids), 500):  # SQLite's limit on bound parameters
            chunk = message_ids[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            # the whole content: substr() would read all of a long message from disk too
            for row in self._db.query(
                    f"SELECT id, content FROM messages WHERE id IN ({marks})", chunk):
                if cancelled():
                    raise SearchCancelled
                content = row["content"] or ""
                if len(content) <= SNIPPET_WINDOW:
                    windows.append((row["id"], content, False, False))
                else:
                    windows.append((row["id"], *_window(content, words)))
        return _snippets_of(windows, query, tokens)

    @contextmanager
    def _cancellable(self, cancelled: Callable[[], bool] | None) -> Iterator[None]:
        """SQLite asks `cancelled` every few thousand steps of a statement, so a long query
        stops when its answer is no longer wanted (sqlite3's interrupt() could hit the next
        query instead, if it came in between)."""
        if cancelled is None:
            yield
            return
        conn = self._db.conn
        conn.set_progress_handler(lambda: 1 if cancelled() else 0, PROGRESS_STEPS)
        try:
            yield
        except StorageError as exc:
            if cancelled():
                raise SearchCancelled from exc
            raise
        finally:
            conn.set_progress_handler(None, 0)

    # helpers

    # Plain statements by primary key: sqlite-utils' Table.get, insert and update first read
    # the table's schema (several PRAGMA queries each), and sending a message makes a dozen
    # of these calls on the GUI thread. Table names here are constants, never input.

    def _row(self, table: str, pk: int) -> dict[str, Any]:
        row = next(self._db.query(f"SELECT * FROM {table} WHERE id = ?", [pk]), None)
        if row is None:
            raise NotFoundError(f"no {table} row {pk}")
        return row

    def _insert(self, table: str, values: dict[str, Any]) -> int:
        columns = ", ".join(values)
        marks = ", ".join("?" * len(values))
        cursor = self._db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})",
                                  list(values.values()))
        return int(cast(int, cursor.lastrowid))

    def _update(self, table: str, pk: int, **values: Any) -> None:
        assignments = ", ".join(f"{column} = ?" for column in values)
        with self._db.atomic():
            cursor = self._db.execute(f"UPDATE {table} SET {assignments} WHERE id = ?",
                                      [*values.values(), pk])
            if cursor.rowcount == 0:
                raise NotFoundError(f"no {table} row {pk}")

    def _leaf_id(self, conversation_id: int) -> int | None:
        leaf = self.leaf(conversation_id)
        return leaf.id if leaf else None

    def _active_child(self, conversation_id: int, parent: int | None) -> int | None:
        if parent is None:
            row = self._row("conversations", conversation_id)
            return cast(int | None, row["active_root_id"])
        return cast(int | None, self._row("messages", parent)["active_child_id"])

    def _make_active(self, conversation_id: int, parent: int | None,
                     child: int | None) -> None:
        if parent is None:
            self._db.execute("UPDATE conversations SET active_root_id = ? WHERE id = ?",
                             [child, conversation_id])
        else:
            self._db.execute("UPDATE messages SET active_child_id = ? WHERE id = ?",
                             [child, parent])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self._db.atomic():
            yield


def _never() -> bool:
    return False


_PHRASE = re.compile(r'"(?:[^"]|"")*"')  # one quoted word or phrase of fts_query's output
_TOKEN = re.compile(r"[^\W_]+")  # as unicode61 splits text: letters and digits
_SPACE = re.compile(r"\s")


def _query_tokens(query: str) -> list[str]:
    return _TOKEN.findall(" ".join(p[1:-1] for p in _PHRASE.findall(query)))


def _first_match(content: str, tokens: list[str]) -> int | None:
    """Where the first of these tokens starts in content as a whole word: in the case
    written, in lower case or capitalised, and in upper case only when none of those is
    there (FTS5 folds every case and diacritics; a miss only moves the snippet to the
    message's start). Literal searches, one pass each over the text: 5-10 ms for 10 MB,
    where one case-insensitive pattern takes 400."""
    best = len(content)
    for token in tokens:
        for variants in (dict.fromkeys((token, token.lower(), token.capitalize())),
                         (token.upper(),)):
            for variant in variants:
                best = min(best, _first_word(content, variant, best))
            if best < len(content):
                break
    return best if best < len(content) else None


def _first_word(content: str, word: str, end: int) -> int:
    """Where word first starts as a whole word before end; end when it does not."""
    pattern = re.compile(re.escape(word) + r"(?![^\W_])")
    for tried, found in enumerate(
            pattern.finditer(content, 0, min(len(content), end + len(word)))):
        at = found.start()
        before = content[at - 1] if at else " "
        if at < end and not (before.isalnum() and before != "_"):
            return at
        if tried >= 64:  # the ends of many longer words: give this one up
            break
    return end


def _window(content: str, tokens: list[str]) -> tuple[str, bool, bool]:
    """At most SNIPPET_WINDOW characters around the first match, cut between words;
    and whether text was left out before it and after it."""
    at = _first_match(content, tokens) or 0
    start = max(0, min(at - SNIPPET_WINDOW // 2, len(content) - SNIPPET_WINDOW))
    end = min(len(content), start + SNIPPET_WINDOW)
    if start > 0:
        space = _SPACE.search(content, start, at)
        if space:
            start = space.end()
    if end < len(content):
        spaces = list(_SPACE.finditer(content, max(at, end - SNIPPET_WINDOW // 4), end))
        if spaces:
            end = spaces[-1].start()
    return content[start:end], start > 0, end < len(content)


def _snippets_of(windows: list[tuple[int, str, bool, bool]], query: str,
                 tokens: int) -> dict[int, str]:
    """FTS5's snippet() of each window, in a table of its own in memory: the same
    tokenizer and markers as messages_fts, over a few hundred characters. Any word of the
    query is marked (a window may hold only some of them); a window with none (a
    match that only FTS5's folding finds) shows its opening words."""
    if not windows:
        return {}
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE w USING fts5(content, tokenize='unicode61')")
        conn.executemany("INSERT INTO w (rowid, content) VALUES (?, ?)",
                         [(i, text) for i, (_, text, _, _) in enumerate(windows)])
        marked: dict[int, str] = dict(conn.execute(
            f"SELECT rowid, snippet(w, 0, ?, ?, ?, {int(tokens)}) FROM w WHERE w MATCH ?",
            [SNIPPET_OPEN, SNIPPET_CLOSE, SNIPPET_ELLIPSIS,
             " OR ".join(_PHRASE.findall(query))]))
    finally:
        conn.close()
    snippets: dict[int, str] = {}
    for i, (message_id, text, cut_before, cut_after) in enumerate(windows):
        snippet = marked.get(i)
        if snippet is None:
            words = text.split()
            snippet = " ".join(words[:tokens])
            cut_after = cut_after or len(words) > tokens
        if cut_before and not snippet.startswith(SNIPPET_ELLIPSIS):
            snippet = SNIPPET_ELLIPSIS + snippet
        if cut_after and not snippet.endswith(SNIPPET_ELLIPSIS):
            snippet += SNIPPET_ELLIPSIS
        snippets[message_id] = snippet
    return snippets


class _Leaf:
    """The marker for "a first message of its own" in add_message."""


ROOT = _Leaf


def _conversation(row: dict[str, Any]) -> Conversation:
    return Conversation(
        id=row["id"], title=row["title"], title_is_custom=bool(row["title_is_custom"]),
        system_prompt=row["system_prompt"], model_id=row["model_id"],
        created_at=row["created_at"], updated_at=row["updated_at"],
        pinned=bool(row.get("pinned", 0)), deleted_at=row.get("deleted_at"),
        settings=_settings(row.get("settings")),
    )


def _settings(raw: Any) -> dict[str, Any]:
    try:
        value = json.loads(raw or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _message(row: dict[str, Any], sibling_ids: tuple[int, ...] = ()) -> Message:
    return Message(
        id=row["id"], conversation_id=row["conversation_id"], role=row["role"],
        content=row["content"], status=Status(row["status"]), created_at=row["created_at"],
        parent_id=row["parent_id"], model_id=row["model_id"],
        prompt_tokens=row["prompt_tokens"], completion_tokens=row["completion_tokens"],
        ttft_ms=row["ttft_ms"], tokens_per_s=row["tokens_per_s"],
        duration_ms=row["duration_ms"], error=row["error"], sibling_ids=sibling_ids,
    )
