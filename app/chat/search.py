"""Searching every conversation while the user types, off the GUI thread.

Typing restarts a short timer; when it fires, the text goes to a worker thread that has a
read-only connection of its own (WAL lets it read while the GUI thread writes). Only the
answer to the latest text is shown: new text stops a search still running for older text
(the worker asks between SQLite's steps whether its query is still the latest one), and an
older answer that arrives late anyway is dropped."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from app.documents.index import DocumentIndex, Passage
from app.errors import StorageError, UserError
from app.store.conversations import ConversationStore
from app.store.db import connect_reader
from app.store.search import SearchCancelled, SearchHit

log = logging.getLogger(__name__)

DEBOUNCE_MS = 200
DOCUMENT_HITS = 5  # passages from the documents, under the conversations found


class _Latest:
    """The id of the query whose answer is wanted now: written by the GUI thread, read by
    the worker (an int attribute's read and write are atomic). A plain object, so the
    worker never touches a QObject of the GUI thread."""

    def __init__(self) -> None:
        self.id = 0

    def get(self) -> int:
        return self.id


class _SearchWorker(QObject):
    found = Signal(int, object)  # query id, list[SearchHit]
    found_documents = Signal(int, object)  # query id, list[Passage]
    failed = Signal(int, str)

    def __init__(self, database: Path, latest: Callable[[], int],
                 documents: Path | None = None) -> None:
        super().__init__()
        self._database = database
        self._latest = latest  # the id of the query wanted now, read from the GUI thread
        self._store: ConversationStore | None = None
        self._documents_path = documents
        self._documents: DocumentIndex | None = None

    @Slot(int, str, bool)
    def search(self, query_id: int, text: str, reasoning: bool = False) -> None:
        if query_id != self._latest():
            return  # queued behind a search that took a while, and older text since
        try:
            if self._store is None:  # opened here, on the thread that uses it
                self._store = ConversationStore(connect_reader(self._database))
            more = {"reasoning": True} if reasoning else {}  # the thinking, when asked
            hits = self._store.search_conversations(
                text, cancelled=lambda: query_id != self._latest(), **more)
            self.found.emit(query_id, hits)
            if query_id == self._latest():
                self.found_documents.emit(query_id, self._search_documents(text))
        except SearchCancelled:
            log.debug("Search %d stopped: newer text came", query_id)
        except StorageError as exc:
            log.warning("Search failed: %s", exc)
            self.failed.emit(query_id, str(exc))

    def _search_documents(self, text: str) -> list[Passage]:
        """The user's documents too, by their words (instant: no embedding while typing)."""
        path = self._documents_path
        if path is None or not path.exists():
            return []
        try:
            if self._documents is None:
                self._documents = DocumentIndex(path)
            index = self._documents
            return index.search(text, None, "", index.collections(), DOCUMENT_HITS, "fts")
        except (UserError, sqlite3.Error) as exc:
            log.warning("Searching the documents failed: %s", exc)
            return []

    @Slot()
    def close(self) -> None:
        if self._store is not None:
            self._store.db.close()
            self._store = None
        if self._documents is not None:
            self._documents.close()
            self._documents = None


class ConversationSearch(QObject):
    results = Signal(object)  # list[SearchHit] for the text now in the box; None: no search
    documents = Signal(object)  # list[Passage] from the user's documents for the same text
    failed = Signal(str)
    _requested = Signal(int, str, bool)
    _close_requested = Signal()

    def __init__(self, database: Path, debounce_ms: int = DEBOUNCE_MS,
                 documents: Path | None = None,
                 reasoning: Callable[[], bool] = lambda: False) -> None:
        """`reasoning`: whether the user asked (Settings) for what reasoning models
        thought to be searched too; asked on each search."""
        super().__init__()
        self._reasoning = reasoning
        self._latest = _Latest()
        self._text = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._fire)
        self._thread = QThread()
        self._thread.setObjectName("search")
        self._worker = _SearchWorker(database, self._latest.get, documents)
        self._worker.moveToThread(self._thread)
        self._requested.connect(self._worker.search)
        self._close_requested.connect(self._worker.close)
        self._worker.found.connect(self._on_found)
        self._worker.found_documents.connect(self._on_found_documents)
        self._worker.failed.connect(self._on_failed)
        self._thread.start()

    def set_text(self, text: str) -> None:
        self._text = text.strip()
        self._latest.id += 1  # any answer still on its way is for older text now
        if not self._text:
            self._timer.stop()
            self.results.emit(None)
            self.documents.emit([])
            return
        self._timer.start()

    def again(self) -> None:
        """The same text searched again (what is searched changed: Settings' thinking)."""
        self.set_text(self._text)

    def _fire(self) -> None:
        self._requested.emit(self._latest.id, self._text, self._reasoning())

    @Slot(int, object)
    def _on_found(self, query_id: int, hits: list[SearchHit]) -> None:
        if query_id == self._latest.id:
            self.results.emit(hits)

    @Slot(int, object)
    def _on_found_documents(self, query_id: int, passages: list[Passage]) -> None:
        if query_id == self._latest.id:
            self.documents.emit(passages)

    @Slot(int, str)
    def _on_failed(self, query_id: int, message: str) -> None:
        if query_id == self._latest.id:
            self.failed.emit(message)

    def shutdown(self, timeout_ms: int = 2_500) -> bool:
        self._timer.stop()
        self._latest.id += 1  # a search still running stops at its next check
        self._close_requested.emit()
        self._thread.quit()
        if not self._thread.wait(max(0, timeout_ms)):
            log.warning("The search thread did not stop within %d ms", timeout_ms)
            return False
        return True
