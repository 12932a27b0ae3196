"""Importing a path: detect its format, read it one conversation at a time, write each in
its own transaction, and count what happened. The command line and the window's background
job both import through here."""

from __future__ import annotations

import logging
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from app.importers.chatgpt import ChatGptReader
from app.importers.detect import detect
from app.importers.gpt4all import Gpt4AllReader
from app.importers.jan import JanReader
from app.importers.lmstudio import LmStudioReader
from app.importers.model import FORMATS, ImportedConversation, ImportProblem, Reader, Skipped
from app.importers.openwebui import OpenWebUiReader
from app.store.imports import HistoryWriter

log = logging.getLogger(__name__)

READERS: dict[str, Callable[[], Reader]] = {
    "chatgpt": ChatGptReader,
    "openwebui": OpenWebUiReader,
    "jan": JanReader,
    "lmstudio": LmStudioReader,
    "gpt4all": Gpt4AllReader,
}

Progress = Callable[[int, int], None]
# what reading a damaged or unsupported ZIP member raises part way through
DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError)


@dataclass
class ImportSummary:
    format: str
    path: str
    conversations: int = 0  # new in Hearth
    updated: int = 0  # imported before; new messages added
    unchanged: int = 0  # imported before; nothing new
    messages: int = 0  # messages written
    versions: int = 0  # of those, the other versions of a message (branches)
    skipped: list[Skipped] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # read anyway
    stopped: bool = False  # cancelled; what was written before stays
    new_ids: list[int] = field(default_factory=list)

    @property
    def read_any(self) -> bool:
        return bool(self.conversations or self.updated or self.unchanged)

    @property
    def app_name(self) -> str:
        return FORMATS.get(self.format, self.format)

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("new_ids")
        data["skipped"] = [{"where": s.where, "reason": s.reason} for s in self.skipped]
        return data


def import_path(path: Path, db: Database, chosen: str | None = None,
                progress: Progress | None = None,
                stop: Callable[[], bool] | None = None) -> ImportSummary:
    """Import everything path holds. Raises ImportProblem when nothing at all could be
    read (with every reason), StorageError when the database cannot be written."""
    fmt, target = detect(path, chosen)
    reader = READERS[fmt]()
    summary = ImportSummary(fmt, str(path))
    try:
        total = reader.estimate(target)
    except (OSError, ValueError, *DAMAGED) as exc:
        log.info("Could not count the conversations in %s: %s", target, exc)
        total = 0
    writer = HistoryWriter(db)
    done = 0
    if progress is not None:
        progress(0, total)
    with writer.relaxed_durability():
        try:
            for item in reader.read(target):
                if stop is not None and stop():
                    summary.stopped = True
                    break
                done += 1
                if isinstance(item, Skipped):
                    summary.skipped.append(item)
                else:
                    _write(writer, item, summary)
                if progress is not None:
                    progress(done, max(total, done))
        except DAMAGED as exc:  # a damaged ZIP, found as it is read: the rest is lost
            summary.skipped.append(Skipped(
                f"{path.name}, after conversation {done}",
                f"the file is damaged from there on ({type(exc).__name__}: {exc}); the "
                "conversations before it were read"))
    if not summary.read_any and not summary.stopped:
        reasons = "; ".join(f"{s.where}: {s.reason}" for s in summary.skipped[:5])
        more = len(summary.skipped) - 5
        raise ImportProblem(
            f"Nothing could be imported from {path.name}"
            + (f": {reasons}" if reasons else ": it holds no conversations")
            + (f" (and {more} more)" if more > 0 else "") + ".")
    return summary


def _write(writer: HistoryWriter, conversation: ImportedConversation,
           summary: ImportSummary) -> None:
    summary.problems.extend(conversation.problems)
    if not conversation.messages:
        summary.skipped.append(Skipped(conversation.title or conversation.source,
                                       "it has no messages"))
        return
    result = writer.write(conversation)
    if result.in_trash:
        summary.skipped.append(Skipped(
            conversation.title or conversation.source,
            "it was imported before and is in Hearth's trash; restore it to add to it"))
        return
    summary.messages += result.messages
    summary.versions += result.versions
    if result.created:
        summary.conversations += 1
        summary.new_ids.append(result.conversation_id)
    elif result.messages:
        summary.updated += 1
    else:
        summary.unchanged += 1
