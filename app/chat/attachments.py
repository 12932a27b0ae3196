"""The files attached to the open chat: attaching and removing them, and what the chat
shows of each (its size in tokens, whether it is still being read, why it could not be).
The files are indexed like a collection's (Collections does the work); a question in the
chat then gets them whole or in passages (grounding.py)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from urllib.parse import unquote, urlparse

from PySide6.QtCore import QObject, Signal

from app.chat.collections import Collections, FileRow
from app.chat.grounding import attached_collection
from app.documents.index import FileStatus
from app.documents.indexer import IndexReport
from app.documents.parsing import DOCUMENT_SUFFIXES
from app.errors import UserError

MAX_PASTED_PATHS = 50  # more lines than this are text that happens to name files


def pasted_files(text: str, local_files: Sequence[str] = ()) -> list[Path]:
    """The files a paste into the message box attaches, or [] when it is text to type.

    Files copied in a file manager come as local file URLs: each that is a file is attached.
    Typed or copied text attaches only when every line of it is the path of a document that
    Hearth reads (quotes, file:// and ~ allowed), so a message that mentions a path stays a
    message."""
    if local_files:
        return [Path(p) for p in local_files if Path(p).is_file()]
    lines = [line.strip().strip("\"'") for line in text.splitlines() if line.strip()]
    if not lines or len(lines) > MAX_PASTED_PATHS:
        return []
    paths = []
    for line in lines:
        if line.startswith("file://"):
            line = unquote(urlparse(line).path)
        path = Path(line).expanduser()
        try:
            if not (path.is_absolute() and path.suffix.lower() in DOCUMENT_SUFFIXES
                    and path.is_file()):
                return []
        except (OSError, ValueError):  # a line too long for a path, or with a NUL in it
            return []
        paths.append(path)
    return paths


class Attachments(QObject):
    changed = Signal(int, object)  # conversation_id, list[FileRow]: what the chat shows
    failed = Signal(str)  # a problem in words, for the chat's banner

    def __init__(self, collections: Collections) -> None:
        super().__init__()
        self._collections = collections
        self.conversation_id: int | None = None
        self.shown: list[FileRow] = []  # the open chat's files, as last read
        collections.files_changed.connect(self._on_files_changed)
        collections.finished.connect(self._on_finished)
        collections.failed.connect(self._on_failed)

    def show(self, conversation_id: int) -> None:
        """The chat opened now: its attached files."""
        self.conversation_id = conversation_id
        self._refresh()

    def attach(self, conversation_id: int, paths: Sequence[Path]) -> bool:
        files = [p for p in paths if not p.is_dir()]
        if not files:
            return False
        try:
            self._collections.attach(conversation_id, files)
        except UserError as exc:
            self.failed.emit(self.tr("The file could not be attached: {problem}")
                             .format(problem=exc))
            return False
        if conversation_id == self.conversation_id:
            self._refresh()
        return True

    def detach(self, conversation_id: int, path: str) -> None:
        try:
            self._collections.detach(conversation_id, path)
        except UserError as exc:
            self.failed.emit(str(exc))
        if conversation_id == self.conversation_id:
            self._refresh()

    def files(self, conversation_id: int) -> list[FileRow]:
        return self._collections.attached(conversation_id)

    def sizes(self, conversation_id: int) -> list[int | None]:
        """The open chat's files that have been read, in tokens (None: too large to count),
        from what was last shown: the context meter asks on every count."""
        if conversation_id != self.conversation_id:
            return []
        return [row.tokens for row in self.shown if row.status is FileStatus.INDEXED]

    def _refresh(self) -> None:
        if self.conversation_id is not None:
            self.shown = self.files(self.conversation_id)
            self.changed.emit(self.conversation_id, self.shown)

    def _mine(self, collection: str) -> bool:
        return (self.conversation_id is not None
                and collection == attached_collection(self.conversation_id))

    def _on_files_changed(self, collection: str) -> None:
        if self._mine(collection):
            self._refresh()

    def _on_finished(self, collection: str, _report: IndexReport) -> None:
        if self._mine(collection):
            self._refresh()

    def _on_failed(self, collection: str, message: str) -> None:
        if self._mine(collection):
            self.failed.emit(message)
            self._refresh()
