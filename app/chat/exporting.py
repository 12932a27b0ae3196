"""Exporting the open conversation: which file name to suggest, which part of its tree a
chosen file type holds, writing the file, and what to say after. The window only asks
where (a save dialog) and shows the outcome."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject

from app.errors import StorageError
from app.store.conversations import ConversationStore
from app.store.export import (
    ExportFormat,
    branch_note,
    every_version,
    file_name,
    to_json,
    to_markdown,
)


class ExportProblem(Exception):
    """What went wrong, in words for the user."""


@dataclass(frozen=True)
class ExportOffer:
    conversation_id: int
    suggested_name: str  # a file name made from the title
    title: str  # of the save dialog: says when the file holds only the versions shown
    note: str  # how many messages have other versions, or ""
    types: dict[str, ExportFormat]  # file-type filter -> what the file holds


class ConversationExport(QObject):
    def __init__(self, store: ConversationStore) -> None:
        super().__init__()
        self._store = store

    def offer(self, conversation_id: int) -> ExportOffer:
        try:
            conversation = self._store.conversation(conversation_id)
            messages = self._store.messages(conversation_id)
        except KeyError:
            raise ExportProblem(self.tr("This conversation is gone.")) from None
        except StorageError as exc:
            raise ExportProblem(str(exc)) from exc
        note = branch_note(messages)
        title = (self.tr("Export conversation: {note}").format(note=note) if note
                 else self.tr("Export conversation"))
        types = {
            self.tr("Markdown, the versions shown (*.md)"): ExportFormat.MARKDOWN,
            self.tr("JSON, the versions shown (*.json)"): ExportFormat.JSON,
            self.tr("JSON with every version (*.json)"): ExportFormat.JSON_EVERY_VERSION,
        }
        return ExportOffer(conversation_id, file_name(conversation.title), title, note, types)

    @staticmethod
    def target(offer: ExportOffer, path: str, chosen_type: str) -> tuple[Path, ExportFormat]:
        """The file and what it holds: by the chosen file type, or by the suffix typed when
        the dialog reports no type; a name typed without a suffix gets the type's."""
        export_format = offer.types.get(chosen_type) or (
            ExportFormat.JSON if path.lower().endswith(".json") else ExportFormat.MARKDOWN)
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(export_format.suffix)
        return target, export_format

    def write(self, offer: ExportOffer, target: Path, export_format: ExportFormat) -> str:
        """Writes the file; returns what to tell the user."""
        conversation_id = offer.conversation_id
        try:
            conversation = self._store.conversation(conversation_id)
            messages = self._store.messages(conversation_id)
            if export_format is ExportFormat.JSON_EVERY_VERSION:
                tree = every_version(self._store, conversation_id)
                sources = self._store.sources([m.id for m in tree])
                text = to_json(conversation, messages, tree, sources)
            else:
                sources = self._store.sources([m.id for m in messages])
                text = (to_markdown(conversation, messages, sources)
                        if export_format is ExportFormat.MARKDOWN
                        else to_json(conversation, messages, sources=sources))
        except KeyError:
            raise ExportProblem(self.tr("This conversation is gone.")) from None
        except StorageError as exc:
            raise ExportProblem(str(exc)) from exc
        try:
            target.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise ExportProblem(self.tr("Could not write {path}: {error}")
                                .format(path=target, error=exc)) from exc
        if export_format is ExportFormat.JSON_EVERY_VERSION:
            done = self.tr("Exported every version to {path}")
        elif offer.note:
            done = self.tr("Exported the versions shown to {path}")
        else:
            done = self.tr("Exported to {path}")
        return done.format(path=target)
