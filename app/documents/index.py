"""The documents index: collections of files and folders, each file's chunks with their
vectors, in a SQLite file of its own beside the conversations, so that a broken index never
endangers a chat. WAL, one transaction per file: a kill -9 loses at most the file in hand.

Retrieval is hybrid: FTS5's BM25 (words stemmed, the document's title counted with each
chunk) and the embedder's vectors each find candidates, and each candidate is scored by
both: its BM25 against the best one's, and its cosine. Measured on SQuAD's articles
(bench/documents.py), this beat reciprocal rank fusion: answer recall@1 0.85 against 0.80,
because a weak embedder's ranks count as much as BM25's in RRF, its scores do not."""

from __future__ import annotations

import os
import re
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

import numpy as np

from app.documents.types import Chunk
from app.errors import UserError

INDEX_FILE = "documents.db"
SCHEMA_VERSION = 1
CANDIDATES = 50  # from each of the two rankings, before they are scored together
WORDS_WEIGHT = 0.4  # BM25's share of a candidate's score; the cosine has the rest
PRUNE_FROM = 5_000  # chunks: below this, every word of a question is searched
COMMON_SHARE = 0.1  # of the chunks: a word in more of them is left out of a big search
BUSY_TIMEOUT_MS = 10_000  # the indexer's child process writes while the app reads

SCHEMA = """
CREATE TABLE collections (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_at REAL NOT NULL
);
CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    UNIQUE (collection_id, path)
);
CREATE TABLE files (
    id INTEGER PRIMARY KEY,
    collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    size INTEGER NOT NULL DEFAULT 0,
    mtime REAL NOT NULL DEFAULT 0,
    sha256 TEXT,
    status TEXT NOT NULL,
    problem TEXT,
    embedder TEXT,
    indexed_at REAL,
    tokens INTEGER,
    UNIQUE (collection_id, path)
);
CREATE TABLE texts (
    file_id INTEGER PRIMARY KEY REFERENCES files(id) ON DELETE CASCADE,
    text TEXT NOT NULL
);
CREATE TABLE chunks (
    id INTEGER PRIMARY KEY,
    file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    text TEXT NOT NULL,
    location TEXT NOT NULL,
    page INTEGER,
    line INTEGER,
    context TEXT NOT NULL DEFAULT '',
    embedder TEXT NOT NULL,
    dim INTEGER NOT NULL,
    vector BLOB NOT NULL,
    UNIQUE (file_id, ordinal)
);
CREATE INDEX idx_chunks_embedder ON chunks (embedder);
CREATE VIRTUAL TABLE chunks_fts USING fts5(
    context, text, content='chunks', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2');
CREATE TRIGGER chunks_ai AFTER INSERT ON chunks BEGIN
    INSERT INTO chunks_fts (rowid, context, text) VALUES (new.id, new.context, new.text);
END;
CREATE TRIGGER chunks_ad AFTER DELETE ON chunks BEGIN
    INSERT INTO chunks_fts (chunks_fts, rowid, context, text)
    VALUES ('delete', old.id, old.context, old.text);
END;
"""


class FileStatus(StrEnum):
    PENDING = "pending"  # found, not indexed yet (or changed since)
    INDEXED = "indexed"
    QUARANTINED = "quarantined"  # could not be read: `problem` says why


@dataclass(frozen=True)
class Collection:
    id: int
    name: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class IndexedFile:
    id: int
    collection_id: int
    path: str
    size: int
    mtime: float
    sha256: str | None
    status: FileStatus
    problem: str | None
    embedder: str | None
    chunks: int
    tokens: int | None = None  # the whole text's, as the embedder counts them


@dataclass(frozen=True)
class Passage:
    chunk_id: int
    file: str
    location: str
    page: int | None
    line: int | None
    text: str
    score: float  # the fused score: higher is better


class IndexProblem(UserError):
    """The index file cannot be used (corrupt, or not an index): chat still works."""


def connect(path: Path) -> sqlite3.Connection:
    """Open (or create) the index, WAL, with the schema; a corrupt file is said in words."""
    try:
        db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                             check_same_thread=False)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA synchronous=NORMAL")
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version == 0:
            with _transaction(db):
                _create(db)
        elif version > SCHEMA_VERSION:
            raise IndexProblem(f"The documents index {path} was written by a newer Hearth.")
    except sqlite3.DatabaseError as exc:
        raise IndexProblem(f"The documents index {path} cannot be read ({exc}). "
                           "Rebuild it from the Documents window; your chats are "
                           "not affected.") from exc
    return db


def _create(db: sqlite3.Connection) -> None:
    for statement in _statements(SCHEMA):
        db.execute(statement)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _statements(script: str) -> Iterator[str]:
    """The script's statements; a trigger's body keeps its own semicolons."""
    pending = ""
    for line in script.strip().splitlines():
        pending += line + "\n"
        if line.rstrip().endswith(";") and (
                "TRIGGER" not in pending or line.strip() == "END;"):
            yield pending.strip()
            pending = ""


@contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[None]:
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


_WORD = re.compile(r"\w+", re.UNICODE)
# Question words carry no topic: as OR-ed search terms they would match every chunk.
_STOP_WORDS = (
    "a an and are as at be by did do does for from had has have how i in is it its of on or "
    "that the their there these this to was were what when where which who whom whose why "
    "will with would you your can could should into than then them they he she his her not")
STOP_WORDS = frozenset(_STOP_WORDS.split(" "))


def fts_terms(query: str) -> str:
    """A question as FTS5 terms OR-ed together (BM25 then ranks chunks that hold more of
    them, and rarer ones, first); quoted, so no word is read as FTS5 syntax."""
    words = [w for w in _WORD.findall(query.lower()) if w not in STOP_WORDS]
    if not words:
        words = _WORD.findall(query.lower())
    unique = list(dict.fromkeys(words))
    return " OR ".join(f'"{w}"' for w in unique)


class DocumentIndex:
    """One connection; the GUI thread's reads and the CLI's. The indexer's child process
    opens its own."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = connect(path)
        self._lock = threading.Lock()
        self._vectors: _VectorCache | None = None
        self._count: tuple[tuple[int, int], int] | None = None  # (data version, chunks)

    def close(self) -> None:
        self._db.close()

    # collections and their sources

    def collection(self, name: str, create: bool = False) -> Collection:
        row = self._db.execute("SELECT id FROM collections WHERE name = ?", [name]).fetchone()
        if row is None:
            if not create:
                raise UserError(f"There is no collection called {name!r}.")
            with _transaction(self._db):
                cursor = self._db.execute(
                    "INSERT INTO collections (name, created_at) VALUES (?, ?)",
                    [name, time.time()])
            row = (cursor.lastrowid,)
        return self._collection(int(row[0]))

    def _collection(self, collection_id: int) -> Collection:
        name = self._db.execute("SELECT name FROM collections WHERE id = ?",
                                [collection_id]).fetchone()[0]
        sources = tuple(r[0] for r in self._db.execute(
            "SELECT path FROM sources WHERE collection_id = ? ORDER BY path", [collection_id]))
        return Collection(collection_id, str(name), sources)

    def collections(self) -> list[Collection]:
        return [self._collection(int(r[0])) for r in
                self._db.execute("SELECT id FROM collections ORDER BY name")]

    def add_source(self, collection: Collection, path: Path) -> None:
        with _transaction(self._db):
            self._db.execute("INSERT OR IGNORE INTO sources (collection_id, path) VALUES (?, ?)",
                             [collection.id, str(path)])

    def remove_source(self, collection: Collection, path: Path) -> int:
        """Forget a file or folder and every file indexed from it; returns how many files."""
        prefix = str(path).rstrip("/\\")
        with _transaction(self._db):
            self._db.execute("DELETE FROM sources WHERE collection_id = ? AND path = ?",
                             [collection.id, str(path)])
            count = self._db.execute(
                "DELETE FROM files WHERE collection_id = ? AND (path = ? OR path LIKE ? "
                "ESCAPE '\\')", [collection.id, prefix, _like_prefix(prefix)]).rowcount
        self._changed()
        return int(count)

    def delete_collection(self, collection: Collection) -> None:
        with _transaction(self._db):
            self._db.execute("DELETE FROM collections WHERE id = ?", [collection.id])
        self._changed()

    # files

    def files(self, collection: Collection) -> list[IndexedFile]:
        rows = self._db.execute(
            "SELECT f.id, f.collection_id, f.path, f.size, f.mtime, f.sha256, f.status, "
            "f.problem, f.embedder, (SELECT COUNT(*) FROM chunks c WHERE c.file_id = f.id), "
            "f.tokens FROM files f WHERE f.collection_id = ? ORDER BY f.path", [collection.id])
        return [IndexedFile(r[0], r[1], r[2], r[3], r[4], r[5], FileStatus(r[6]), r[7], r[8],
                            r[9], r[10]) for r in rows]

    def chunk_texts(self, file_id: int) -> list[str]:
        """A file's passages in their order (consecutive ones overlap a little)."""
        return [str(r[0]) for r in self._db.execute(
            "SELECT text FROM chunks WHERE file_id = ? ORDER BY ordinal", [file_id])]

    def around(self, path: str, passage: str) -> tuple[str, str] | None:
        """The passages just before and just after this one, in the file it came from (any
        collection): a source shown in its context. None when the index no longer has it."""
        row = self._db.execute(
            "SELECT c.file_id, c.ordinal FROM chunks c JOIN files f ON f.id = c.file_id "
            "WHERE f.path = ? AND c.text = ? LIMIT 1", [path, passage]).fetchone()
        if row is None:
            return None
        neighbours = dict(self._db.execute(
            "SELECT ordinal, text FROM chunks WHERE file_id = ? AND ordinal IN (?, ?)",
            [row[0], row[1] - 1, row[1] + 1]).fetchall())
        return str(neighbours.get(row[1] - 1, "")), str(neighbours.get(row[1] + 1, ""))

    def whole_text(self, file_id: int) -> str | None:
        """A small file's whole text, kept for giving it to the model whole."""
        row = self._db.execute("SELECT text FROM texts WHERE file_id = ?", [file_id]).fetchone()
        return str(row[0]) if row else None

    def file(self, collection: Collection, path: str) -> IndexedFile | None:
        return next((f for f in self.files(collection) if f.path == path), None)

    def upsert_file(self, collection: Collection, path: str, size: int, mtime: float) -> int:
        """Found on disk: known, or new and pending. Returns its id."""
        with _transaction(self._db):
            self._db.execute(
                "INSERT INTO files (collection_id, path, size, mtime, status) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (collection_id, path) DO NOTHING",
                [collection.id, path, size, mtime, FileStatus.PENDING.value])
            row = self._db.execute("SELECT id FROM files WHERE collection_id = ? AND path = ?",
                                   [collection.id, path]).fetchone()
        return int(row[0])

    def touch(self, file_id: int, size: int, mtime: float) -> None:
        """Its bytes are the same as indexed (same hash): only the file's times moved."""
        with _transaction(self._db):
            self._db.execute("UPDATE files SET size = ?, mtime = ? WHERE id = ?",
                             [size, mtime, file_id])

    def quarantine(self, file_id: int, problem: str) -> None:
        with _transaction(self._db):
            self._db.execute("DELETE FROM chunks WHERE file_id = ?", [file_id])
            self._db.execute(
                "UPDATE files SET status = ?, problem = ?, indexed_at = ? WHERE id = ?",
                [FileStatus.QUARANTINED.value, problem, time.time(), file_id])
        self._changed()

    def drop_file(self, file_id: int) -> None:
        """Gone from disk: its chunks go with it."""
        with _transaction(self._db):
            self._db.execute("DELETE FROM files WHERE id = ?", [file_id])
        self._changed()

    def store_chunks(self, file_id: int, size: int, mtime: float, sha256: str, embedder: str,
                     chunks: Sequence[Chunk], vectors: np.ndarray,
                     whole: tuple[str, int] | None = None, context: str = "") -> None:
        """A file's chunks and vectors replace its old ones, in one transaction."""
        write_chunks(self._db, file_id, size, mtime, sha256, embedder, chunks, vectors, whole,
                     context)
        self._changed()

    # retrieval

    def search(self, query: str, query_vector: np.ndarray | None, embedder: str,
               collections: Sequence[Collection], top_k: int = 5,
               mode: str = "hybrid") -> list[Passage]:
        """The best passages for a question. `mode` is "hybrid", "fts" or "vectors" (the
        last two for measuring what the fusion gains)."""
        ids = [c.id for c in collections]
        if not ids or top_k <= 0:
            return []
        if mode == "fts" or query_vector is None:
            words = self._fts_scores(query, ids, top_k)
            return self._passages(list(words), words)
        cache = self._vector_cache(embedder, ids)
        if cache.ids.size == 0:
            words = self._fts_scores(query, ids, top_k)
            return self._passages(list(words), words)
        cosines = cache.matrix @ query_vector.astype(np.float32)
        if mode == "vectors":
            return self._passages(*_best(cache.ids, cosines, top_k))
        words = self._fts_scores(query, ids, CANDIDATES)
        near_ids, _near = _best(cache.ids, cosines, CANDIDATES)
        best_words = max(words.values(), default=0.0) or 1.0
        row_of = cache.row_of()
        scores = {chunk: WORDS_WEIGHT * words.get(chunk, 0.0) / best_words
                  + (1 - WORDS_WEIGHT) * (float(cosines[row_of[chunk]]) if chunk in row_of
                                          else 0.0)
                  for chunk in {*words, *near_ids}}
        chosen = sorted(scores, key=lambda c: scores[c], reverse=True)[:top_k]
        return self._passages(chosen, scores)

    def _fts_scores(self, query: str, collection_ids: list[int],
                    limit: int) -> dict[int, float]:
        """The best chunks by BM25, best first, with their scores (higher is better).

        FTS5 alone first, the collections checked after: joining the chunks and files in
        the same query made FTS5 score every match before the join (at 100,000 chunks, a
        question's p95 went from 144 to 59 ms without it)."""
        terms = self._informative_terms(query)
        if not terms:
            return {}
        wanted = set(collection_ids)
        every = wanted >= set(self._collection_ids())
        fetch = limit if every else limit * 4
        rows = self._db.execute(
            "SELECT rowid, -bm25(chunks_fts) FROM chunks_fts WHERE chunks_fts MATCH ? "
            "ORDER BY bm25(chunks_fts) LIMIT ?", [terms, fetch]).fetchall()
        scores = {int(r[0]): float(r[1]) for r in rows}
        if every or not scores:
            return scores
        kept = self._in_collections(list(scores), collection_ids)
        if len(kept) >= limit or len(rows) < fetch:
            return {chunk: score for chunk, score in scores.items() if chunk in kept}
        # other collections hold most of the best matches: ask with the join after all
        marks = ",".join("?" * len(collection_ids))
        rows = self._db.execute(
            "SELECT chunks_fts.rowid, -bm25(chunks_fts) FROM chunks_fts "
            "JOIN chunks c ON c.id = chunks_fts.rowid JOIN files f ON f.id = c.file_id "
            f"WHERE chunks_fts MATCH ? AND f.collection_id IN ({marks}) "
            "ORDER BY bm25(chunks_fts) LIMIT ?", [terms, *collection_ids, limit]).fetchall()
        return {int(r[0]): float(r[1]) for r in rows}

    def _informative_terms(self, query: str) -> str:
        """The question's words as FTS5 terms; in a big index, less the words in more than
        a tenth of its chunks. BM25 gives them almost no weight, yet scoring every chunk
        they match was most of a search's time: at 100,000 chunks, p95 59 -> 29 ms."""
        terms = fts_terms(query)
        version = self._data_version()
        if self._count is None or self._count[0] != version:
            self._count = (version, self.chunk_count())
        total = self._count[1]
        if total < PRUNE_FROM or not terms:
            return terms
        words = terms.split(" OR ")
        counts = {w: int(self._db.execute(
            "SELECT COUNT(*) FROM chunks_fts WHERE chunks_fts MATCH ?", [w]).fetchone()[0])
            for w in words}
        kept = [w for w in words if counts[w] <= total * COMMON_SHARE]
        return " OR ".join(kept or [min(words, key=lambda w: counts[w])])

    def _collection_ids(self) -> list[int]:
        return [int(r[0]) for r in self._db.execute("SELECT id FROM collections")]

    def _in_collections(self, chunk_ids: list[int], collection_ids: list[int]) -> set[int]:
        chunks = ",".join("?" * len(chunk_ids))
        collections = ",".join("?" * len(collection_ids))
        return {int(r[0]) for r in self._db.execute(
            f"SELECT c.id FROM chunks c JOIN files f ON f.id = c.file_id WHERE c.id IN "
            f"({chunks}) AND f.collection_id IN ({collections})",
            [*chunk_ids, *collection_ids])}

    def _vector_cache(self, embedder: str, collection_ids: list[int]) -> _VectorCache:
        """Every vector of these collections, in memory: a scan of 100,000 of them is one
        matrix product. Read again only when the index has changed."""
        version = self._data_version()
        key = (embedder, tuple(sorted(collection_ids)), version)
        if self._vectors is None or self._vectors.key != key:
            marks = ",".join("?" * len(collection_ids))
            rows = self._db.execute(
                "SELECT c.id, c.dim, c.vector FROM chunks c JOIN files f ON f.id = c.file_id "
                f"WHERE c.embedder = ? AND f.collection_id IN ({marks})",
                [embedder, *collection_ids]).fetchall()
            ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
            dim = int(rows[0][1]) if rows else 0
            matrix = (np.frombuffer(b"".join(r[2] for r in rows), dtype=np.float32)
                      .reshape(len(rows), dim) if rows else np.zeros((0, 0), np.float32))
            self._vectors = _VectorCache(key, ids, matrix)
        return self._vectors

    def _data_version(self) -> tuple[int, int]:
        """Changes whenever any connection (the indexer's too) commits to the file."""
        data = int(self._db.execute("PRAGMA data_version").fetchone()[0])
        return data, self._local_changes

    _local_changes = 0

    def _changed(self) -> None:
        # PRAGMA data_version does not move for this connection's own commits
        self._local_changes += 1

    def _passages(self, chunk_ids: list[int],
                  scores: dict[int, float] | list[float]) -> list[Passage]:
        if not chunk_ids:
            return []
        marks = ",".join("?" * len(chunk_ids))
        rows = {r[0]: r for r in self._db.execute(
            "SELECT c.id, f.path, c.location, c.page, c.line, c.text FROM chunks c "
            f"JOIN files f ON f.id = c.file_id WHERE c.id IN ({marks})", chunk_ids)}
        score_of = scores if isinstance(scores, dict) else dict(zip(chunk_ids, scores,
                                                                    strict=True))
        return [Passage(cid, rows[cid][1], rows[cid][2], rows[cid][3], rows[cid][4],
                        rows[cid][5], round(score_of[cid], 6))
                for cid in chunk_ids if cid in rows]

    def chunk_count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM chunks").fetchone()[0])

    def integrity_ok(self) -> bool:
        return bool(self._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok")


def _best(ids: np.ndarray, scores: np.ndarray, count: int) -> tuple[list[int], list[float]]:
    """The `count` best ids by score, best first."""
    count = min(count, int(scores.size))
    if count <= 0:
        return [], []
    top = np.argpartition(-scores, count - 1)[:count]
    top = top[np.argsort(-scores[top])]
    return [int(ids[i]) for i in top], [float(scores[i]) for i in top]


@dataclass(frozen=True)
class _VectorCache:
    key: tuple[str, tuple[int, ...], tuple[int, int]]
    ids: np.ndarray
    matrix: np.ndarray
    _rows: dict[int, int] = field(default_factory=dict)

    def row_of(self) -> dict[int, int]:
        """Chunk id -> its row in the matrix, made on first use and kept with it."""
        if not self._rows and self.ids.size:
            self._rows.update((int(chunk), row) for row, chunk in enumerate(self.ids.tolist()))
        return self._rows


def write_chunks(db: sqlite3.Connection, file_id: int, size: int, mtime: float, sha256: str,
                 embedder: str, chunks: Sequence[Chunk], vectors: np.ndarray,
                 whole: tuple[str, int] | None = None, context: str = "") -> None:
    """Used by the index and by the indexer's child process, which has its own connection.
    `whole`: the file's text and its token count, kept when it is small enough to be given
    to a model whole. `context`: the document's title, searched with each of its chunks."""
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    dim = int(vectors.shape[1]) if vectors.ndim == 2 and len(chunks) else 0
    with _transaction(db):
        db.execute("DELETE FROM chunks WHERE file_id = ?", [file_id])
        db.executemany(
            "INSERT INTO chunks (file_id, ordinal, text, location, page, line, context, "
            "embedder, dim, vector) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(file_id, c.ordinal, c.text, c.location, c.page, c.line, context, embedder, dim,
              vectors[i].tobytes()) for i, c in enumerate(chunks)])
        db.execute("DELETE FROM texts WHERE file_id = ?", [file_id])
        if whole is not None:
            db.execute("INSERT INTO texts (file_id, text) VALUES (?, ?)", [file_id, whole[0]])
        db.execute(
            "UPDATE files SET size = ?, mtime = ?, sha256 = ?, status = ?, problem = NULL, "
            "embedder = ?, indexed_at = ?, tokens = ? WHERE id = ?",
            [size, mtime, sha256, FileStatus.INDEXED.value, embedder, time.time(),
             whole[1] if whole else None, file_id])


def _like_prefix(folder: str) -> str:
    """LIKE's pattern for the paths below a folder."""
    escaped = folder.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + os.sep.replace("\\", "\\\\") + "%"
