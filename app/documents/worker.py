"""`--index-worker SETUP`: the child process that reads, cuts and embeds files for the
indexer, one at a time, and writes each file's chunks to the index in one transaction.

Requests arrive as JSON lines on stdin and each gets one JSON line back; end of input (the
parent closed it, or died) ends the child. Untrusted files are parsed here and the embedder's
native code runs here: a crash on one file ends this process, never the app."""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

from app.documents.index import connect, write_chunks
from app.documents.indexer import PARENT_PID_ENV
from app.documents.types import DocumentProblem
from app.models.verified import sha256_of

# about 32,000 tokens: larger files never fit a local model's context whole
WHOLE_TEXT_CHARS = 128_000


def run_worker(setup_json: str) -> int:
    setup = json.loads(setup_json)
    _end_with_parent()
    _limit_memory(int(setup.get("memory", 0)))
    _lower_priority(int(setup.get("nice", 0)))
    from app.documents.chunking import chunk
    from app.documents.parsing import parse
    from app.engine.embedding import Embedder

    embedder = Embedder(Path(setup["embedder"]), threads=int(setup.get("threads", 1)))
    embedder_id = str(setup["embedder_id"])
    db = connect(Path(setup["index"]))
    for line in sys.stdin:
        request = json.loads(line)
        path = Path(request["path"])
        try:
            answer = _index_one(db, embedder, embedder_id, parse, chunk, request, path)
        except DocumentProblem as problem:
            answer = {"status": "problem", "message": str(problem)}
        except OSError as exc:
            answer = {"status": "problem", "message": _os_problem(exc)}
        print(json.dumps(answer), flush=True)
    return 0


def _index_one(db: Any, embedder: Any, embedder_id: str, parse: Any, chunk: Any,
               request: dict[str, Any], path: Path) -> dict[str, Any]:
    before = path.stat()
    digest = sha256_of(path)
    if digest == request.get("sha256") and request.get("embedder") == embedder_id:
        db.execute("UPDATE files SET size = ?, mtime = ? WHERE id = ?",
                   [before.st_size, before.st_mtime, request["file_id"]])
        return {"status": "unchanged"}
    document = parse(path)
    # Read with each chunk, so counted against the embedder's limit: its prefix, and the
    # document's title (a passage from the middle of "Super Bowl 50" rarely names it, and
    # the question does: measured on SQuAD, recall@1 0.842 -> 0.850).
    context = document_title(document, path)
    prefix = f"{embedder.document_prefix}{context}\n"
    chunks = chunk(document, lambda text: embedder.count_tokens(prefix + text),
                   max_tokens=embedder.max_tokens)
    if not chunks:
        raise DocumentProblem("No text in it to index.")
    vectors = embedder.embed([prefix + c.text for c in chunks])
    after = path.stat()
    if (after.st_size, after.st_mtime) != (before.st_size, before.st_mtime):
        raise DocumentProblem("It changed while it was being read; it will be read again "
                              "the next time the collection is updated.")
    write_chunks(db, int(request["file_id"]), before.st_size, before.st_mtime, digest,
                 embedder_id, chunks, vectors, _whole(document, embedder), context)
    return {"status": "indexed", "chunks": len(chunks)}


def document_title(document: Any, path: Path) -> str:
    """The title the document gives itself, or its file name with its separators as
    spaces ("Super_Bowl-50.txt" -> "Super Bowl 50")."""
    title = str(document.title or "").strip()
    if not title or title == path.stem:
        title = " ".join(re.split(r"[-_.\s]+", path.stem)).strip()
    return title[:200]


def _whole(document: Any, embedder: Any) -> tuple[str, int] | None:
    """The text of a file small enough that a chat may be given all of it, and its size in
    tokens; None for a larger one (a chat then gets its passages)."""
    text = "\n\n".join(section.text for section in document.sections)
    if len(text) > WHOLE_TEXT_CHARS:
        return None
    return text, embedder.count_tokens(text)


def _os_problem(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "It is not there any more (deleted or moved while indexing)."
    if isinstance(exc, PermissionError):
        return "Hearth may not read it (permission denied)."
    return f"It could not be read: {exc.strerror or exc}."


def _end_with_parent() -> None:
    """Ends with the indexer: on Linux at once by the kernel, elsewhere at end of input."""
    if os.environ.get(PARENT_PID_ENV, "").isdigit() and sys.platform.startswith("linux"):
        from app.engine.probe import kill_on_parent_death

        kill_on_parent_death()


def _limit_memory(limit: int) -> None:
    """A zip bomb or a parser gone wild hits this limit and fails in this process."""
    if limit <= 0:
        return
    try:
        import resource
    except ImportError:  # Windows: the per-file time limit still ends a runaway parse
        return
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))


def _lower_priority(nice: int) -> None:
    if nice > 0 and hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(nice)
