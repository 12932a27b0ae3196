"""`python -m app docs …`: document collections for scripts and tests, on the app's own code.

    docs add PATH... --collection NAME      index (progress on stderr); exit 0 when done
    docs search QUERY --collection NAME [--top-k K] [--json] [--mode hybrid|fts|vectors]
    docs search - ...                       one query per stdin line, one JSON array per line
    docs list [--collection NAME]           the files, their state and why one is quarantined
    docs remove PATH --collection NAME      forget a file or folder and what was indexed from it
    docs collections                        the collections and their sources
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TextIO

from app.command_line import chosen_paths, data_dir_option
from app.documents.index import INDEX_FILE, Collection, DocumentIndex, FileStatus
from app.documents.indexer import Indexer, IndexOptions, IndexProgress, embedder_id
from app.errors import UserError
from app.paths import AppPaths


def docs_command(argv: Sequence[str]) -> int:
    common = data_dir_option()
    parser = argparse.ArgumentParser(prog="hearth docs", parents=[common],
                                     description="Document collections to chat with")
    sub = parser.add_subparsers(dest="command", required=True)
    add = sub.add_parser("add", parents=[common])
    add.add_argument("paths", nargs="+", type=Path)
    add.add_argument("--collection", required=True)
    add.add_argument("--threads", type=int, default=1)
    search = sub.add_parser("search", parents=[common])
    search.add_argument("query", help="the question, or - for one question per stdin line")
    search.add_argument("--collection", required=True, action="append")
    search.add_argument("--top-k", type=int, default=5)
    search.add_argument("--json", action="store_true")
    search.add_argument("--mode", choices=("hybrid", "fts", "vectors"), default="hybrid")
    listed = sub.add_parser("list", parents=[common])
    listed.add_argument("--collection")
    removed = sub.add_parser("remove", parents=[common])
    removed.add_argument("path", type=Path)
    removed.add_argument("--collection", required=True)
    sub.add_parser("collections", parents=[common])
    args = parser.parse_args(list(argv))
    paths = chosen_paths(args)
    try:
        return _run(args, paths)
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\ninterrupted; run the same command again to go on where it stopped",
              file=sys.stderr)
        return 130


def bundled_embedder(paths: AppPaths | None = None) -> Path:
    """The embedding model the documents use: with `paths`, the one chosen in Settings
    (as the window uses), else the bundled one."""
    from app.resources import bundled_embedder_path, documents_embedder_path

    if paths is not None:
        from app.settings import Settings
        from app.settings.model import load_json_dataclass

        chosen = load_json_dataclass(Settings, paths.settings_file).documents_embedder
        path = documents_embedder_path(paths.models, chosen)
    else:
        path = bundled_embedder_path()
    if path is None:
        raise UserError("The bundled embedding model is missing from this installation.")
    return path


def _run(args: argparse.Namespace, paths: AppPaths) -> int:
    index_path = paths.data / INDEX_FILE
    if args.command == "add":
        return _add(args, index_path, bundled_embedder(paths))
    index = DocumentIndex(index_path)
    try:
        if args.command == "search":
            return _search(args, index, bundled_embedder(paths))
        if args.command == "list":
            chosen = [index.collection(args.collection)] if args.collection \
                else index.collections()
            for collection in chosen:
                for file in index.files(collection):
                    why = f"  ({file.problem})" if file.status is FileStatus.QUARANTINED else ""
                    print(f"{collection.name}\t{file.status.value}\t{file.chunks}\t"
                          f"{file.path}{why}")
            return 0
        if args.command == "remove":
            collection = index.collection(args.collection)
            count = index.remove_source(collection, args.path.resolve())
            print(f"removed {args.path} ({count} files) from {collection.name}")
            return 0
        if args.command == "collections":
            for collection in index.collections():
                print(f"{collection.name}\t" + "\t".join(collection.sources))
            return 0
    finally:
        index.close()
    raise UserError(f"unknown command {args.command}")


def _add(args: argparse.Namespace, index_path: Path, embedder: Path) -> int:
    index = DocumentIndex(index_path)
    try:
        collection = index.collection(args.collection, create=True)
        for path in args.paths:
            if not path.exists():
                raise UserError(f"{path} is not there.")
            index.add_source(collection, path.resolve())
    finally:
        index.close()
    indexer = Indexer(index_path, IndexOptions(embedder, threads=args.threads))
    report = indexer.run(args.collection, _progress(sys.stderr))
    for path, why in report.quarantined.items():
        print(f"quarantined: {path}: {why}", file=sys.stderr)
    for source in report.missing_sources:
        print(f"not there (a removed drive?): {source}", file=sys.stderr)
    print(json.dumps(asdict(report)), file=sys.stderr)
    return 0


def _progress(stream: TextIO) -> Callable[[IndexProgress], None]:
    def show(progress: IndexProgress) -> None:
        if progress.path:
            stream.write(f"[{progress.done + 1}/{progress.total}] {progress.path}\n")
            stream.flush()

    return show


def _search(args: argparse.Namespace, index: DocumentIndex, embedder_path: Path) -> int:
    collections: list[Collection] = [index.collection(name) for name in args.collection]
    from app.engine.embedding import Embedder

    embedder = Embedder(embedder_path, threads=1) if args.mode != "fts" else None
    model = embedder_id(embedder_path)
    queries = (line.rstrip("\n") for line in sys.stdin) if args.query == "-" else [args.query]
    try:
        for query in queries:
            vector = (embedder.embed([embedder.query_prefix + query])[0]
                      if embedder is not None and query.strip() else None)
            passages = index.search(query, vector, model, collections, args.top_k, args.mode)
            if args.json or args.query == "-":
                print(json.dumps([{"file": p.file, "location": p.location, "page": p.page,
                                   "line": p.line, "text": p.text, "score": p.score}
                                  for p in passages], ensure_ascii=False), flush=True)
            else:
                for rank, p in enumerate(passages, start=1):
                    print(f"[{rank}] {p.file} ({p.location}) {p.score:.4f}\n    "
                          + p.text[:300].replace("\n", " "))
    finally:
        if embedder is not None:
            embedder.close()
    return 0
