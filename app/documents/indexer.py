"""Indexing a collection: which files changed, and each one read, cut and embedded in a child
process (`--index-worker`), so a parser or llama.cpp crash on a hostile file takes down the
child, never the app. The child writes each file's chunks in one transaction; a file that
crashes it or runs past its time is quarantined with the reason, and a new child goes on
with the rest. A kill -9 of either loses at most the file in hand: the next run finds it
unchanged-but-not-indexed and reads it again."""

from __future__ import annotations

import contextlib
import functools
import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from app.documents.index import Collection, DocumentIndex, FileStatus
from app.documents.parsing import DOCUMENT_SUFFIXES
from app.models.verified import sha256_of

WORKER_FLAG = "--index-worker"
PARENT_PID_ENV = "HEARTH_INDEX_PARENT_PID"


@dataclass(frozen=True)
class IndexOptions:
    embedder: Path  # the embedding model's GGUF
    threads: int = 1  # the chat model keeps the other cores
    file_timeout_s: float = 120.0  # per file, parse to commit; more for big files
    seconds_per_mb: float = 10.0
    memory_limit_bytes: int = 4 << 30  # the child's address space (where the OS allows)
    nice: int = 10  # below the chat, so a reply keeps its pace while a folder is indexed


@dataclass
class IndexReport:
    collection: str
    indexed: int = 0
    unchanged: int = 0
    dropped: int = 0
    quarantined: dict[str, str] = field(default_factory=dict)  # path -> why
    missing_sources: list[str] = field(default_factory=list)
    cancelled: bool = False
    seconds: float = 0.0
    chunks: int = 0


@dataclass(frozen=True)
class IndexProgress:
    done: int
    total: int
    path: str


def embedder_id(path: Path) -> str:
    """What each vector records about the model that made it: changing the model (another
    file, or the same name with other bytes) re-indexes rather than mixing vectors. As
    Embedder.model_id: the name and the start of the file's sha256 (hashed once a run)."""
    stat = path.stat()
    return _embedder_id(str(path), stat.st_size, stat.st_mtime_ns)


@functools.lru_cache(maxsize=8)
def _embedder_id(path: str, _size: int, _mtime_ns: int) -> str:
    return f"{Path(path).name}:{sha256_of(Path(path))[:16]}"


def found_files(source: Path) -> Iterator[Path]:
    """The documents in a folder and below it, or the file itself. Links to folders are
    not followed (a link loop would never end); a link to a file is indexed under the
    link's own path, and a broken one is skipped."""
    if not source.is_dir():
        yield source
        return
    for folder, folders, files in os.walk(source, followlinks=False):
        folders.sort()
        for name in sorted(files):
            path = Path(folder) / name
            if path.suffix.lower() in DOCUMENT_SUFFIXES and not name.startswith("."):
                yield path


class Indexer:
    """Brings one collection's index up to date with its sources. Runs on a worker thread
    (or the command line); the GUI thread only hears its progress."""

    def __init__(self, index_path: Path, options: IndexOptions,
                 cancel: threading.Event | None = None) -> None:
        self._index_path = index_path
        self._options = options
        self._cancel = cancel or threading.Event()
        self._running = threading.Event()  # cleared: paused between two files
        self._running.set()
        self._child: _Child | None = None
        self._embedder = ""  # its id, hashed in run(): made on the GUI thread, this must not

    def run(self, collection_name: str,
            progress: Callable[[IndexProgress], None] = lambda _p: None) -> IndexReport:
        started = time.monotonic()
        self._embedder = embedder_id(self._options.embedder)  # 46 MB hashed, once a process
        index = DocumentIndex(self._index_path)
        report = IndexReport(collection_name)
        try:
            collection = index.collection(collection_name)
            planned = self._plan(index, collection, report)
            for done, (path, stat) in enumerate(planned):
                while not self._running.wait(0.1) and not self._cancel.is_set():
                    pass  # paused: the child keeps its model loaded, and waits
                if self._cancel.is_set():
                    report.cancelled = True
                    break
                progress(IndexProgress(done, len(planned), str(path)))
                self._one(index, collection, path, stat, report)
            else:
                progress(IndexProgress(len(planned), len(planned), ""))
            report.chunks = index.chunk_count()
        finally:
            self._stop_child()
            index.close()
        report.seconds = round(time.monotonic() - started, 2)
        return report

    def pause(self) -> None:
        """Stop after the file in hand; what is done stays done."""
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    def cancel(self) -> None:
        """Stop now: the file in hand is left for the next run."""
        self._cancel.set()
        child = self._child
        if child is not None:
            child.kill()

    def _plan(self, index: DocumentIndex, collection: Collection,
              report: IndexReport) -> list[tuple[Path, os.stat_result]]:
        """What is on disk now; what has gone from a source that is still there is dropped.
        A source that is not there at all (a removed drive) keeps its files."""
        planned: dict[str, tuple[Path, os.stat_result]] = {}
        present_sources: list[str] = []
        for source in collection.sources:
            root = Path(source)
            if not root.exists():
                report.missing_sources.append(source)
                continue
            present_sources.append(source)
            for path in found_files(root):
                try:
                    stat = path.stat()
                except OSError:
                    continue  # a broken link, or gone since the folder was listed
                planned.setdefault(str(path), (path, stat))
        for known in index.files(collection):
            under_present = any(known.path == s or known.path.startswith(
                s.rstrip("/\\") + os.sep) for s in present_sources)
            if known.path not in planned and under_present:
                index.drop_file(known.id)
                report.dropped += 1
        return list(planned.values())

    def _one(self, index: DocumentIndex, collection: Collection, path: Path,
             stat: os.stat_result, report: IndexReport) -> None:
        key = str(path)
        known = index.file(collection, key)
        same_file = (known is not None and known.size == stat.st_size
                     and known.mtime == stat.st_mtime)
        if known is not None and same_file and (
                known.status is FileStatus.QUARANTINED  # read again once it changes
                or (known.status is FileStatus.INDEXED and known.embedder == self._embedder)):
            report.unchanged += 1
            return
        file_id = known.id if known is not None else index.upsert_file(
            collection, key, stat.st_size, stat.st_mtime)
        timeout = self._options.file_timeout_s + \
            self._options.seconds_per_mb * stat.st_size / 1e6
        answer = self._ask_child({"file_id": file_id, "path": key,
                                  "sha256": known.sha256 if known else None,
                                  "embedder": known.embedder if known else None}, timeout)
        status = answer.get("status")
        if status == "indexed":
            report.indexed += 1
        elif status == "unchanged":
            report.unchanged += 1
        elif status == "cancelled":
            report.cancelled = True
        else:
            message = str(answer.get("message") or "It could not be read.")
            index.quarantine(file_id, message)
            report.quarantined[key] = message

    # the child

    def _ask_child(self, request: dict[str, Any], timeout_s: float) -> dict[str, Any]:
        child = self._child
        if child is None or not child.alive():
            child = self._child = _Child(self._index_path, self._options)
        try:
            return child.ask(request, timeout_s)
        except _ChildLost as lost:
            self._stop_child()
            if self._cancel.is_set():  # killed by cancel(): the file stays for the next run
                return {"status": "cancelled"}
            return {"status": "problem", "message": str(lost)}

    def _stop_child(self) -> None:
        child, self._child = self._child, None
        if child is not None:
            child.close()


class _ChildLost(Exception):
    """The child died or ran past its time on a file: the message says which."""


class _Child:
    def __init__(self, index_path: Path, options: IndexOptions) -> None:
        command = ([sys.executable, WORKER_FLAG] if getattr(sys, "frozen", False)
                   else [sys.executable, "-m", "app", WORKER_FLAG])
        setup = json.dumps({"index": str(index_path), "embedder": str(options.embedder),
                            "embedder_id": embedder_id(options.embedder),
                            "threads": options.threads, "memory": options.memory_limit_bytes,
                            "nice": options.nice})
        self._process = subprocess.Popen(
            [*command, setup], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, text=True, encoding="utf-8",
            env={**os.environ, PARENT_PID_ENV: str(os.getpid())})
        self._answers: queue.Queue[str | None] = queue.Queue()
        stdout = self._process.stdout
        assert stdout is not None
        threading.Thread(target=self._read, args=(stdout,), name="index-child-reader",
                         daemon=True).start()

    def _read(self, stream: TextIO) -> None:
        for line in stream:
            self._answers.put(line)
        self._answers.put(None)  # the child is gone

    def alive(self) -> bool:
        return self._process.poll() is None

    def ask(self, request: dict[str, Any], timeout_s: float) -> dict[str, Any]:
        stdin = self._process.stdin
        assert stdin is not None
        try:
            stdin.write(json.dumps(request) + "\n")
            stdin.flush()
        except OSError as exc:
            raise _ChildLost("The reader stopped before it could read it.") from exc
        try:
            line = self._answers.get(timeout=timeout_s)
        except queue.Empty:
            self.kill()
            seconds = max(1, round(timeout_s))
            raise _ChildLost(f"Reading it took longer than {seconds} s, so it was "
                             "stopped.") from None
        if line is None:
            code = self._process.wait()
            raise _ChildLost("The reader crashed on it" + (
                f" (signal {-code})." if code < 0 else f" (exit code {code})."))
        answer: dict[str, Any] = json.loads(line)
        return answer

    def kill(self) -> None:
        if self._process.poll() is None:
            self._process.kill()

    def close(self) -> None:
        if self._process.stdin:
            with contextlib.suppress(OSError):
                self._process.stdin.close()  # end of input: the child exits
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        if self._process.stdout:
            self._process.stdout.close()
