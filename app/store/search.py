"""Finding words in the history: FTS5 over messages_fts, and snippets that mark the words
found, made from a few hundred characters around a message's first match."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlite_utils import Database

from app.errors import StorageError
from app.store.sql import storage_errors

# How a search hit's snippet marks the matched words: "…the old [lighthouse] [keeper] said…"
SNIPPET_OPEN, SNIPPET_CLOSE, SNIPPET_ELLIPSIS = "[", "]", "…"
# A snippet is cut from at most this many characters around a message's first match
SNIPPET_WINDOW = 512
# How many of SQLite's steps run between two checks of a search's `cancelled`
PROGRESS_STEPS = 2_000


class SearchCancelled(Exception):
    """A search stopped because its answer was no longer wanted."""


@dataclass(frozen=True)
class SearchHit:
    conversation_id: int
    message_id: int
    conversation_title: str
    snippet: str


def fts_query(db: Database, text: str) -> str:
    """Every word quoted (sqlite-utils' quote_fts), so FTS5 syntax in user input is
    searched for, never parsed; control characters are dropped first."""
    printable = " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
    return db.quote_fts(printable) if printable else ""


class Search:
    """The searches over conversations not in the trash and their visible messages."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def conversations(self, text: str, limit: int = 200,
                      cancelled: Callable[[], bool] | None = None,
                      reasoning: bool = False) -> list[SearchHit]:
        """Conversations whose title or messages have every word, newest message first,
        one hit per conversation, with the matching words marked in a snippet
        (SNIPPET_OPEN and SNIPPET_CLOSE around each, SNIPPET_ELLIPSIS where text is left out).

        `cancelled` is asked while the search runs (from SQLite's progress handler, and
        between snippets); once it says True, SearchCancelled is raised.

        `reasoning`: also in what reasoning models thought (its own index), which the
        user turns on in Settings; a hit there has its snippet from the thinking."""
        with self._cancellable(cancelled):
            return self._conversations(text, limit, cancelled or _never, reasoning)

    @storage_errors
    def _conversations(self, text: str, limit: int, cancelled: Callable[[], bool],
                       reasoning: bool = False) -> list[SearchHit]:
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
        thought: list[int] = []  # messages found by their thinking only
        if reasoning:
            for row in self._db.query(
                    "SELECT m.id AS message_id, m.conversation_id, c.title "
                    "FROM messages_reasoning_fts f JOIN messages m ON m.rowid = f.rowid "
                    "JOIN conversations c ON c.id = m.conversation_id "
                    "WHERE messages_reasoning_fts MATCH ? AND c.deleted_at IS NULL "
                    "AND m.deleted_at IS NULL ORDER BY f.rowid DESC LIMIT ?",
                    [query, limit * 5]):
                if row["conversation_id"] not in found:
                    found[row["conversation_id"]] = (row["message_id"], row["title"])
                    thought.append(row["message_id"])
        snippets = self._snippets([m for m, _ in found.values() if m not in thought],
                                  query, 10, cancelled)
        snippets.update(self._snippets(thought, query, 10, cancelled, "reasoning"))
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
    def messages(self, text: str, limit: int = 50) -> list[SearchHit]:
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
                  cancelled: Callable[[], bool], column: str = "content") -> dict[int, str]:
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
            for row in self._db.query(  # column: "content" or "reasoning", never input
                    f"SELECT id, {column} AS text FROM messages WHERE id IN ({marks})", chunk):
                if cancelled():
                    raise SearchCancelled
                content = row["text"] or ""
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
