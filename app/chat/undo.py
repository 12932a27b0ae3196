"""Undo for the things one key can destroy: a conversation moved to the trash, a message
deleted with what followed it. Each entry knows how to put its thing back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

LIMIT = 50


@dataclass(frozen=True)
class UndoEntry:
    label: str  # "Restore “Trip ideas”"
    undo: Callable[[], None]


class UndoStack(QObject):
    changed = Signal(str)  # the label of what Undo would do now, or ""

    def __init__(self) -> None:
        super().__init__()
        self._entries: list[UndoEntry] = []

    @property
    def next_label(self) -> str:
        return self._entries[-1].label if self._entries else ""

    def push(self, label: str, undo: Callable[[], None]) -> None:
        self._entries.append(UndoEntry(label, undo))
        del self._entries[:-LIMIT]
        self.changed.emit(self.next_label)

    def undo(self) -> str:
        """Undo the latest entry; returns its label ("" when there was nothing to undo)."""
        if not self._entries:
            return ""
        entry = self._entries.pop()
        entry.undo()
        self.changed.emit(self.next_label)
        return entry.label
