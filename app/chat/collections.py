"""Document collections as the Documents window sees them: the collections and their sources,
each collection's files with their state, and (re)indexing as one background job at a time.

The GUI thread keeps one connection to the index for the small reads and the edits (a few
collections, their sources). A collection's file list can be 10,000 rows (50 ms to read):
a lister thread with a connection of its own reads it, and only the answer to the latest
request is shown. Indexing runs the Indexer on a plain thread (it blocks on its child
process); its progress and its end are emitted from that thread on a relay that lives in the
GUI thread, so Qt queues them to this object's slots, which drop the answers of a job that
is no longer the current one.

A corrupt index is said in words (`problem`), and rebuild() starts a fresh one; the
conversations live in another file and never depend on this one."""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import queue
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

from app.chat.document_problems import translated
from app.chat.grounding import attached_collection, attached_conversation
from app.documents.index import Collection, DocumentIndex, FileStatus, IndexedFile, IndexProblem
from app.documents.indexer import Indexer, IndexOptions, IndexProgress, IndexReport
from app.errors import BUG_MESSAGE, UserError
from app.jobs import CANCEL, QUIT, CancelToken

log = logging.getLogger(__name__)

JOIN_BEFORE_EDIT_MS = 3_000  # a cancel kills the child at once; its thread ends within this
REFRESH_MS = 1_000  # while indexing, the file list is read again at most once a second
SETTLE_MS = 2_000  # after a change in a watched folder, before it is read again
MAX_WATCHED = 2_000  # folders; a tree bigger than this is updated by Update or at start
_SIDE_FILES = ("-wal", "-shm", "-journal")


def indexing_threads(cores: int | None = None) -> int:
    """The embedder's threads: one on a small machine, so the chat model keeps the other
    cores and a reply keeps its pace while a folder is indexed; a quarter of a big one."""
    count = cores if cores is not None else (os.cpu_count() or 1)
    return 1 if count <= 4 else count // 4


@dataclass(frozen=True)
class FileRow:
    """One file of a collection, as the window lists it."""

    path: str
    name: str
    status: FileStatus
    chunks: int
    problem: str | None  # why a quarantined file could not be read, in words
    tokens: int | None = None  # a small file's whole text, counted; None for a large one


@dataclass(frozen=True)
class IndexJob:
    """One (re)indexing of one collection; the token cancels it from any thread."""

    id: int
    collection: str
    cancel: CancelToken


def file_rows(files: Sequence[IndexedFile]) -> list[FileRow]:
    """The problems first (a user looks for them), then waiting files, then by path."""
    order = {FileStatus.QUARANTINED: 0, FileStatus.PENDING: 1, FileStatus.INDEXED: 2}
    rows = [FileRow(f.path, Path(f.path).name, f.status, f.chunks,
                    translated(f.problem) if f.problem else f.problem, f.tokens)
            for f in files]
    rows.sort(key=lambda r: order[r.status])  # stable: each group keeps the index's path order
    return rows


def _problem_text(exc: BaseException, path: Path) -> str:
    if isinstance(exc, IndexProblem):
        return str(exc)
    # DocumentIndex wraps what goes wrong on opening; a page found damaged later surfaces
    # as sqlite3's own error, and means the same to the user
    return (f"The documents index {path} cannot be read ({exc}). Rebuild it; your chats are "
            "not affected.")


class _Relay(QObject):
    """Made in the GUI thread and emitted from worker threads: Qt queues each emission to
    the GUI thread's slots."""

    progress = Signal(int, int, int, str)  # job id, done, total, path
    finished = Signal(int, object)  # job id, IndexReport
    failed = Signal(int, str, bool)  # job id, message, the index itself is broken
    listed = Signal(int, str, object)  # list request id, collection, list[FileRow]
    list_failed = Signal(int, str)  # list request id, why the index cannot be read
    watchable = Signal(object)  # list[str]: the folders and files to watch, found off-thread


class _Lister:
    """Reads a collection's files on a thread of its own (a plain daemon thread, started
    when first asked, so a Collections that nobody listed holds no thread). Its connection
    is opened per request, so that a rebuilt index is never read through a stale one; a
    request that is no longer the latest is skipped."""

    def __init__(self, index_path: Path, relay: _Relay) -> None:
        self._index_path = index_path
        self._relay = relay
        self.latest = 0  # written by the GUI thread; an int's read and write are atomic
        self._requests: queue.Queue[tuple[int, str] | None] = queue.Queue()
        self._thread: threading.Thread | None = None

    def ask(self, name: str) -> None:
        self.latest += 1
        if self._thread is None:
            self._thread = threading.Thread(target=self._serve, name="documents-list",
                                            daemon=True)
            self._thread.start()
        self._requests.put((self.latest, name))

    def _serve(self) -> None:
        while (request := self._requests.get()) is not None:
            request_id, name = request
            if request_id == self.latest:
                self._list(request_id, name)

    def _list(self, request_id: int, name: str) -> None:
        if not self._index_path.exists():
            self._relay.listed.emit(request_id, name, [])  # being rebuilt: never made here
            return
        try:
            index = DocumentIndex(self._index_path)
            try:
                found = [c for c in index.collections() if c.name == name]
                rows = file_rows(index.files(found[0])) if found else []
            finally:
                index.close()
        except (IndexProblem, sqlite3.DatabaseError) as exc:
            self._relay.list_failed.emit(request_id, _problem_text(exc, self._index_path))
            return
        self._relay.listed.emit(request_id, name, rows)

    def close(self, timeout_ms: int) -> bool:
        self.latest += 1  # what is still queued is skipped
        thread = self._thread
        if thread is None:
            return True
        self._requests.put(None)
        thread.join(max(0, timeout_ms) / 1000)
        if thread.is_alive():
            log.warning("The documents list thread did not stop within %d ms", timeout_ms)
            return False
        self._thread = None
        return True


class Collections(QObject):
    """The Documents window's logic: what it lists, what its buttons do, and the indexing
    job. Edits raise UserError with words to show; indexing answers by signal."""

    changed = Signal()  # the collections, or a collection's sources
    files_listed = Signal(str, object)  # collection, list[FileRow]: the answer to list_files
    files_changed = Signal(str)  # this collection's files may have changed: list them again
    progress = Signal(str, int, int, str)  # collection, files done, total, file being read
    finished = Signal(str, object)  # collection, IndexReport (cancelled or complete)
    failed = Signal(str, str)  # collection, why the indexing stopped, in words
    job_changed = Signal()  # a job started, paused, resumed, was queued or ended
    problem_changed = Signal(str)  # why the index cannot be used; "" once it can
    rebuilt = Signal()  # a fresh file replaced the old: other readers open it again

    def __init__(self, index_path: Path, embedder: Path | None, log_file: str = "the log file",
                 threads: int | None = None, refresh_ms: int = REFRESH_MS,
                 settle_ms: int = SETTLE_MS) -> None:
        super().__init__()
        self.index_path = index_path
        self._embedder = embedder
        self._log_file = log_file
        self._threads = threads if threads is not None else indexing_threads()
        self._ids = itertools.count(1)
        self._index: DocumentIndex | None = None
        self.problem = ""
        self._job: IndexJob | None = None
        self._indexer: Indexer | None = None
        self._thread: threading.Thread | None = None
        self._queue: list[str] = []
        self._relay = _Relay()
        self._relay.progress.connect(self._on_progress)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._relay.listed.connect(self._on_listed)
        self._relay.list_failed.connect(self._on_list_failed)
        self._lister = _Lister(index_path, self._relay)
        self.last_progress: IndexProgress | None = None
        # while indexing, the file list is read again when this fires, not on every file
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(refresh_ms)
        self._refresh.timeout.connect(self._refresh_running)
        # Folders are watched: a change waits this long for more (a copy of many files is
        # one update, not one each), then the collection is brought up to date: only what
        # changed is read again (content hash per file), what went is dropped.
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._on_folder_changed)
        self._watcher.fileChanged.connect(self._on_folder_changed)
        self._changed_folders: set[str] = set()
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(settle_ms)
        self._settle.timeout.connect(self._update_changed)
        self._relay.watchable.connect(self._watch_paths)
        self._open()

    # the index

    def _open(self) -> None:
        try:
            self._index = DocumentIndex(self.index_path)
        except IndexProblem as exc:
            self._broken(exc)
            return
        if self.problem:
            self.problem = ""
            self.problem_changed.emit("")

    def _broken(self, exc: BaseException) -> None:
        log.warning("The documents index cannot be used: %s", exc)
        if self._index is not None:
            with contextlib.suppress(sqlite3.Error):
                self._index.close()
        self._index = None
        self.problem = _problem_text(exc, self.index_path)
        self.problem_changed.emit(self.problem)

    @contextlib.contextmanager
    def _using(self) -> Iterator[DocumentIndex]:
        """The GUI thread's connection; a damaged file found on the way is `problem`."""
        if self._index is None:
            raise UserError(self.problem or self.tr("The documents index is not open."))
        try:
            yield self._index
        except (IndexProblem, sqlite3.DatabaseError) as exc:
            self._broken(exc)
            raise UserError(self.problem) from exc

    def rebuild(self) -> None:
        """A fresh, empty index in place of the old one (the view asks first). The names
        and sources of the collections are carried over when the old file still tells them,
        so Index now is all that is left to do; chats are in another file, untouched."""
        self.cancel_all()
        if not self._join_job(JOIN_BEFORE_EDIT_MS):
            raise UserError(self.tr("The indexing is still stopping; try again in a moment."))
        self._job = self._indexer = self._thread = None  # its last answer is dropped
        self.job_changed.emit()
        kept = self._salvage()
        if self._index is not None:
            self._index.close()
            self._index = None
        self._lister.latest += 1  # a listing of the old file is dropped
        try:
            for suffix in ("", *_SIDE_FILES):
                with contextlib.suppress(FileNotFoundError):
                    Path(f"{self.index_path}{suffix}").unlink()
        except OSError as exc:  # Windows: another connection still holds it open
            self._open()
            raise UserError(self.tr("The documents index could not be replaced ({problem}). "
                                    "Restart Hearth and rebuild it again.")
                            .format(problem=exc.strerror or exc)) from exc
        self._open()
        if self._index is not None:
            for name, sources in kept:
                with contextlib.suppress(sqlite3.Error, UserError):
                    collection = self._index.collection(name, create=True)
                    for source in sources:
                        self._index.add_source(collection, Path(source))
        self.changed.emit()
        self.rebuilt.emit()

    def _salvage(self) -> list[tuple[str, tuple[str, ...]]]:
        index = self._index
        try:
            if index is None:
                index = DocumentIndex(self.index_path)
            return [(c.name, c.sources) for c in index.collections()]
        except (IndexProblem, sqlite3.Error):
            return []
        finally:
            if index is not None and index is not self._index:
                index.close()

    # collections and their sources

    def collections(self) -> list[Collection]:
        """The user's collections; a chat's own attached files are a collection too, kept
        out of sight here (the chat shows them)."""
        if self._index is None:
            return []
        try:
            with self._using() as index:
                return [c for c in index.collections()
                        if attached_conversation(c.name) is None]
        except UserError:
            return []

    def collection(self, name: str) -> Collection | None:
        return next((c for c in self.collections() if c.name == name), None)

    def create(self, name: str) -> Collection:
        name = " ".join(name.split())
        if not name:
            raise UserError(self.tr("A collection needs a name."))
        if self.collection(name) is not None or attached_conversation(name) is not None:
            raise UserError(self.tr("There is already a collection called {name}.")
                            .format(name=name))
        with self._using() as index:
            made = index.collection(name, create=True)
        self.changed.emit()
        return made

    def delete(self, name: str) -> None:
        """Forget a collection and what was indexed from it (its files stay on disk)."""
        self._queue = [n for n in self._queue if n != name]
        self._stop_indexing(name)
        with self._using() as index:
            found = [c for c in index.collections() if c.name == name]
            if found:
                index.delete_collection(found[0])
        self.changed.emit()
        self.job_changed.emit()

    def add_sources(self, name: str, paths: Sequence[Path], create: bool = False) -> None:
        missing = [p for p in paths if not p.exists()]
        if missing:
            raise UserError(self.tr("{path} is not there.").format(path=missing[0]))
        with self._using() as index:
            collection = index.collection(name, create=create)
            for path in paths:
                index.add_source(collection, path.resolve())
        self.changed.emit()
        self._find_watchable([s for c in self.collections() for s in c.sources])

    def remove_source(self, name: str, source: str) -> int:
        """Forget a file or folder and what was indexed from it; returns how many files.
        An indexing of this collection stops first and then goes on without it."""
        was_running = self._stop_indexing(name)
        try:
            with self._using() as index:
                count = index.remove_source(index.collection(name), Path(source))
        finally:
            if was_running:
                self.index(name)
        self.changed.emit()
        self.files_changed.emit(name)
        return count

    # watching: what changes on disk reaches the index by itself

    def watch(self) -> None:
        """Watch every collection's folders (and the files named on their own), and bring
        each collection up to date now: what changed while Hearth was closed is read. The
        folders are walked on a thread: a big tree would stall the window."""
        sources = [source for c in self.collections() for source in c.sources]
        for collection in self.collections():
            if collection.sources:
                self.index(collection.name)
        self._find_watchable(sources)

    def _find_watchable(self, sources: list[str]) -> None:
        def walk() -> None:
            paths: list[str] = []
            for source in sources:
                paths += _watchable(Path(source), MAX_WATCHED - len(paths))
            self._relay.watchable.emit(paths)

        threading.Thread(target=walk, name="documents-watch", daemon=True).start()

    @Slot(object)
    def _watch_paths(self, paths: list[str]) -> None:
        current = set(self._watcher.directories()) | set(self._watcher.files())
        stale = sorted(current - set(paths))
        if stale:
            self._watcher.removePaths(stale)
        fresh = [p for p in dict.fromkeys(paths) if p not in current]
        if fresh:
            self._watcher.addPaths(fresh)

    @property
    def watched(self) -> list[str]:
        return sorted(set(self._watcher.directories()) | set(self._watcher.files()))

    def _on_folder_changed(self, path: str) -> None:
        self._changed_folders.add(path)
        self._settle.start()

    def _update_changed(self) -> None:
        changed, self._changed_folders = self._changed_folders, set()
        sources: list[str] = []
        for collection in self.collections():
            sources += collection.sources
            if any(_under(path, source) for path in changed for source in collection.sources):
                self.index(collection.name)
        self._find_watchable(sources)  # a folder made inside a watched one is watched too

    def around(self, path: str, passage: str) -> tuple[str, str] | None:
        """What comes before and after a reply's source in its file, to show it in context
        (a file's few neighbouring rows: read at once)."""
        try:
            with self._using() as index:
                return index.around(path, passage)
        except UserError:
            return None

    # a chat's own attached files: a hidden collection, "chat-12"

    def attach(self, conversation_id: int, paths: Sequence[Path]) -> None:
        """Files attached to one chat: read and indexed like a collection's, for its
        questions only."""
        name = attached_collection(conversation_id)
        self.add_sources(name, paths, create=True)
        self.files_changed.emit(name)
        self.index(name)

    def detach(self, conversation_id: int, path: str) -> None:
        self.remove_source(attached_collection(conversation_id), path)

    def attached(self, conversation_id: int) -> list[FileRow]:
        """A chat's attached files, read at once (a chat has a few, not thousands)."""
        name = attached_collection(conversation_id)
        try:
            with self._using() as index:
                found = [c for c in index.collections() if c.name == name]
                if not found:
                    return []
                rows = file_rows(index.files(found[0]))
                known = {row.path for row in rows}
                waiting = [FileRow(source, Path(source).name, FileStatus.PENDING, 0, None)
                           for source in found[0].sources
                           if source not in known and not Path(source).is_dir()]
                return rows + waiting
        except UserError:
            return []

    def list_files(self, name: str) -> None:
        """Ask for a collection's files; files_listed answers (only the latest request)."""
        self._lister.ask(name)

    @Slot(int, str, object)
    def _on_listed(self, request_id: int, name: str, rows: list[FileRow]) -> None:
        if request_id == self._lister.latest:
            self.files_listed.emit(name, rows)

    @Slot(int, str)
    def _on_list_failed(self, request_id: int, message: str) -> None:
        if request_id == self._lister.latest and not self.problem:
            self._broken(IndexProblem(message))

    # indexing

    @property
    def running(self) -> str | None:
        """The collection being indexed now."""
        return self._job.collection if self._job is not None else None

    @property
    def queued(self) -> tuple[str, ...]:
        return tuple(self._queue)

    @property
    def paused(self) -> bool:
        return self._indexer is not None and self._indexer.paused

    @property
    def embedder(self) -> Path | None:
        return self._embedder

    def use_embedder(self, embedder: Path | None) -> None:
        """Another embedding model (Settings): every collection is indexed again, each file
        whose vectors came from another model re-embedded, the rest kept. Until then the
        search reads words only where a file's vectors are from the old model: the two
        models' vectors are never compared."""
        if embedder == self._embedder:
            return
        self._embedder = embedder
        running = self.running
        if running is not None:  # it embeds with the old model
            try:
                self._stop_indexing(running)
            except UserError:
                log.info("%s was still stopping; it is indexed again after", running)
        for collection in self.collections():
            if collection.name == self.running:
                self._queue.append(collection.name)
            else:
                self.index(collection.name)

    def index(self, name: str) -> bool:
        """Bring a collection's index up to date: now, or after the job before it. False
        when it is already being indexed or waiting."""
        if name == self.running or name in self._queue:
            return False
        if self._embedder is None:
            self.failed.emit(name, self.tr(
                "The embedding model is missing from this installation, so documents cannot "
                "be indexed. Reinstalling Hearth brings it back."))
            return False
        if self._index is None:
            self.failed.emit(name, self.problem)
            return False
        self._queue.append(name)
        if self._job is None:
            self._start_next()
        else:
            self.job_changed.emit()
        return True

    def _start_next(self) -> None:
        if self._job is not None or not self._queue or self._embedder is None:
            return
        name = self._queue.pop(0)
        job = IndexJob(next(self._ids), name, CancelToken())
        indexer = Indexer(self.index_path, IndexOptions(self._embedder, threads=self._threads),
                          job.cancel.event)
        self._job, self._indexer, self.last_progress = job, indexer, None
        self._thread = threading.Thread(
            target=_run, args=(job, indexer, self._relay, self.index_path, self._log_file),
            name=f"indexing-{job.id}", daemon=True)
        self._thread.start()
        self.job_changed.emit()

    @Slot(int, int, int, str)
    def _on_progress(self, job_id: int, done: int, total: int, path: str) -> None:
        if self._job is None or job_id != self._job.id:
            return  # a job cancelled since: its last words are dropped
        self.last_progress = IndexProgress(done, total, path)
        self.progress.emit(self._job.collection, done, total, path)
        if not self._refresh.isActive():
            self._refresh.start()

    def _refresh_running(self) -> None:
        if self._job is not None:
            self.files_changed.emit(self._job.collection)

    @Slot(int, object)
    def _on_finished(self, job_id: int, report: IndexReport) -> None:
        name = self._end(job_id)
        if name is not None:
            self.finished.emit(name, report)
            self._start_next()

    @Slot(int, str, bool)
    def _on_failed(self, job_id: int, message: str, broken: bool) -> None:
        name = self._end(job_id)
        if name is None:
            return
        if broken:
            self._queue.clear()
            self._broken(IndexProblem(message))
        self.failed.emit(name, message)
        self._start_next()

    def _end(self, job_id: int) -> str | None:
        """The current job's end: its thread is joined (it has sent its last signal) and the
        next may start. None for a job that is not the current one."""
        job = self._job
        if job is None or job.id != job_id:
            return None
        if self._thread is not None:
            self._thread.join(JOIN_BEFORE_EDIT_MS / 1000)
        self._job = self._indexer = self._thread = None
        self._refresh.stop()
        self.files_changed.emit(job.collection)
        self.job_changed.emit()
        return job.collection

    def pause(self) -> None:
        """Stop after the file in hand; resume() goes on with the next."""
        if self._indexer is not None:
            self._indexer.pause()
            self.job_changed.emit()

    def resume(self) -> None:
        if self._indexer is not None:
            self._indexer.resume()
            self.job_changed.emit()

    def cancel(self, name: str | None = None) -> None:
        """Stop indexing `name` (or whatever runs) now, and take it out of the queue; the
        file in hand is read again next time. `finished` tells, with a cancelled report."""
        if name is not None:
            self._queue = [n for n in self._queue if n != name]
        job = self._job
        if job is not None and (name is None or job.collection == name):
            job.cancel.cancel(CANCEL)
            if self._indexer is not None:
                self._indexer.cancel()
        self.job_changed.emit()

    def _stop_indexing(self, name: str) -> bool:
        """Before an edit of a collection that is being indexed: cancel it and wait for its
        thread, so that the indexer never writes files under a source that has gone."""
        job, thread = self._job, self._thread
        if job is None or job.collection != name:
            return False
        job.cancel.cancel(CANCEL)
        if self._indexer is not None:
            self._indexer.cancel()
        if thread is not None:
            thread.join(JOIN_BEFORE_EDIT_MS / 1000)
            if thread.is_alive():
                raise UserError(self.tr("The indexing of {name} is still stopping; try again "
                                        "in a moment.").format(name=name))
        # its queued answer will find no current job, and is dropped
        self._job = self._indexer = self._thread = None
        self._refresh.stop()
        self.job_changed.emit()
        self._start_next()
        return True

    # quitting

    def cancel_all(self) -> None:
        """Quitting: nothing more starts, and the job in hand stops now (what it finished
        stays indexed; the file in hand is read again on the next run)."""
        self._queue.clear()
        self._refresh.stop()
        if self._job is not None:
            self._job.cancel.cancel(QUIT)
            if self._indexer is not None:
                self._indexer.cancel()

    def join(self, timeout_ms: int) -> bool:
        """Quitting: wait at most timeout_ms for the job's thread and the lister's; False
        if either is still running."""
        self.cancel_all()
        if not self._join_job(timeout_ms):
            return False
        return self._close_lister(timeout_ms)

    def _join_job(self, timeout_ms: int) -> bool:
        thread = self._thread
        if thread is not None:
            thread.join(max(0, timeout_ms) / 1000)
            if thread.is_alive():
                log.warning("Indexing did not stop within %d ms", timeout_ms)
                return False
        return True

    def _close_lister(self, timeout_ms: int) -> bool:
        if not self._lister.close(timeout_ms):
            return False
        if self._index is not None:
            self._index.close()
            self._index = None
        return True


def _run(job: IndexJob, indexer: Indexer, relay: _Relay, index_path: Path,
         log_file: str) -> None:
    """The job's thread: it tells the GUI thread only through the relay's signals."""

    def progress(step: IndexProgress) -> None:
        relay.progress.emit(job.id, step.done, step.total, step.path)

    try:
        report = indexer.run(job.collection, progress)
    except (IndexProblem, sqlite3.DatabaseError) as exc:
        relay.failed.emit(job.id, _problem_text(exc, index_path), True)
    except UserError as exc:
        relay.failed.emit(job.id, str(exc), False)
    except Exception:
        log.exception("Indexing %s failed", job.collection)
        relay.failed.emit(job.id, BUG_MESSAGE.format(log=log_file), False)
    else:
        relay.finished.emit(job.id, report)


def _watchable(source: Path, room: int) -> list[str]:
    """A source folder and the folders below it (links not followed), or a file itself."""
    if room <= 0 or not source.exists():
        return []
    if not source.is_dir():
        return [str(source)]
    found: list[str] = []
    for folder, folders, _files in os.walk(source, followlinks=False):
        folders[:] = [f for f in folders if not f.startswith(".")]
        found.append(folder)
        if len(found) >= room:
            break
    return found


def _under(path: str, source: str) -> bool:
    return path == source or path.startswith(source.rstrip("/\\") + os.sep)
