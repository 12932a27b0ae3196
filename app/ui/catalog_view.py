"""The catalog table as model/view: a thin item model over catalog entries, and a delegate
that paints each row's Download/Use button.

A button painted by a delegate belongs to its row's data, so a refill can never leave a
stray widget behind (cell widgets can: one once sat over the first row's name).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
)

from app.models.catalog import CatalogEntry, Fit, fit
from app.models.verified import human_size

Index = QModelIndex | QPersistentModelIndex

FIT_COLOURS = {Fit.FITS: "#1a7f37", Fit.TIGHT: "#9a6700", Fit.TOO_LARGE: "#cf222e"}
HEADERS = ["Model", "Size", "Quant", "Memory", "On this PC", "License", ""]
ACTION_COLUMN = 6
ActionEnabledRole = Qt.ItemDataRole.UserRole + 1


class Action:
    USE = "Use"
    DOWNLOAD = "Download"


@dataclass(frozen=True)
class CatalogRow:
    entry: CatalogEntry
    fit: Fit
    installed: bool

    @property
    def action(self) -> str:
        return Action.USE if self.installed else Action.DOWNLOAD

    @property
    def action_enabled(self) -> bool:
        return self.installed or (self.entry.supported and not self.entry.bundled)


class CatalogModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[CatalogRow] = []

    def fill(self, entries: list[CatalogEntry], total_memory: int, installed: set[str]) -> None:
        self.beginResetModel()
        self._rows = [CatalogRow(e, fit(e.memory_bytes, total_memory), e.filename in installed)
                      for e in entries]
        self.endResetModel()

    def row(self, row: int) -> CatalogRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        entry, column = row.entry, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                return entry.description
            if column == 1 and not entry.pinned:
                return ("Its exact size and sha256 are not published; the download is checked "
                        "against Hugging Face's own size and hash.")
            if column == 4 and not entry.supported:
                return entry.unsupported_reason or "This version of Hearth cannot run it."
            if column == 5:
                return entry.license.url
        if role == Qt.ItemDataRole.ForegroundRole and column == 4:
            return QColor(FIT_COLOURS[row.fit] if entry.supported else "#6e7781")
        if role == ActionEnabledRole and column == ACTION_COLUMN:
            return row.action_enabled
        return None

    @staticmethod
    def _text(row: CatalogRow, column: int) -> str:
        entry = row.entry
        if column == 0:
            return (f"{entry.name}\n{entry.parameters} · {entry.architecture}"
                    f" · {', '.join(entry.tags)}")
        if column == 4:
            return row.fit.value if entry.supported else "Unsupported"
        if column == 5:
            return entry.license.name + (" · gated" if entry.gated else "")
        if column == ACTION_COLUMN:
            return row.action
        about = "" if entry.size_exact else "≈ "
        return {1: about + human_size(entry.size_bytes), 2: entry.quant,
                3: about + human_size(entry.memory_bytes)}.get(column, "")


class ButtonDelegate(QStyledItemDelegate):
    """Paints the cell as a push button with the cell's text; a click on it emits
    `clicked(row)`. Disabled when the model says so."""

    clicked = Signal(int)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        button = QStyleOptionButton()
        button.rect = self.button_rect(option.rect)
        button.text = str(index.data() or "")
        enabled = bool(index.data(ActionEnabledRole))
        button.state = QStyle.StateFlag.State_Raised | (
            QStyle.StateFlag.State_Enabled if enabled else QStyle.StateFlag.State_None)
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter, option.widget)

    @staticmethod
    def button_rect(cell: QRect) -> QRect:
        return cell.adjusted(6, 7, -6, -7)

    def editorEvent(self, event: QEvent, model: Any, option: QStyleOptionViewItem,
                    index: Index) -> bool:
        if (event.type() == QEvent.Type.MouseButtonRelease
                and isinstance(event, QMouseEvent)
                and event.button() == Qt.MouseButton.LeftButton
                and index.data(ActionEnabledRole)
                and self.button_rect(option.rect).contains(event.position().toPoint())):
            self.clicked.emit(index.row())
            return True
        return super().editorEvent(event, model, option, index)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> Any:
        hint = super().sizeHint(option, index)
        hint.setWidth(max(hint.width(), 110))
        return hint

