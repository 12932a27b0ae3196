"""`python -m app import PATH [--from FORMAT] [--json]`: conversation history from another app.

    import export.zip                   ChatGPT's export (or its conversations.json)
    import chats.json --from openwebui  the format named instead of detected
    import ~/.config/Jan/data           a folder: Jan's data, LM Studio's or GPT4All's chats

Prints what was imported: conversations, messages, versions, and what was skipped and why.
Exits 0 when any conversation was read, 1 with the reason when none could be."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from app.command_line import chosen_paths, data_dir_option
from app.errors import StorageError, UserError
from app.importers.model import FORMATS
from app.importers.run import ImportSummary, import_path
from app.store.db import connect


def import_command(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="hearth import", parents=[data_dir_option()],
        description="Import conversations from ChatGPT, Open WebUI, Jan, LM Studio or GPT4All")
    parser.add_argument("path", type=Path, help="an export file or another app's folder")
    parser.add_argument("--from", dest="source", choices=sorted(FORMATS),
                        help="the app it comes from (detected from its content if not given)")
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    args = parser.parse_args(list(argv))
    try:
        paths = chosen_paths(args)
        db = connect(paths.database)
        try:
            progress = _Progress(sys.stderr) if sys.stderr.isatty() and not args.json else None
            summary = import_path(args.path.expanduser(), db, args.source,
                                  progress=progress.show if progress else None)
            if progress:
                progress.end()
        finally:
            db.close()
    except (UserError, StorageError) as exc:
        if args.json:
            print(json.dumps({"error": str(exc)}))
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\ninterrupted; every conversation imported so far is kept, and running the "
              "same command again imports the rest", file=sys.stderr)
        return 130
    if args.json:
        print(json.dumps(summary.as_json(), ensure_ascii=False))
    else:
        print(report(summary))
    return 0


def report(summary: ImportSummary) -> str:
    lines = [f"Imported from {summary.app_name} ({summary.path}):",
             f"  conversations: {summary.conversations} new, {summary.updated} updated, "
             f"{summary.unchanged} already imported",
             f"  messages: {summary.messages} (of which {summary.versions} other versions)",
             f"  skipped: {len(summary.skipped)}"]
    lines += [f"    {s.where}: {s.reason}" for s in summary.skipped]
    if summary.problems:
        lines.append(f"  imported with problems: {len(summary.problems)}")
        lines += [f"    {problem}" for problem in summary.problems[:50]]
        if len(summary.problems) > 50:
            lines.append(f"    … and {len(summary.problems) - 50} more (--json lists all)")
    return "\n".join(lines)


class _Progress:
    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def show(self, done: int, total: int) -> None:
        self._stream.write(f"\rimporting {done} of {total}   ")
        self._stream.flush()

    def end(self) -> None:
        self._stream.write("\n")
