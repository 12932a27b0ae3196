"""The catalog table as model/view: a thin item model over catalog entries, and a delegate
that paints each row's Download/Use button.

A button painted by a delegate belongs to its row's data, so a refill can never leave a
stray widget behind (cell widgets can: one once sat over the first row's name).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
)

from app.models.catalog import CatalogEntry, Fit, Kind, fit
from app.models.speed import CHAT_TOKENS_PER_S, SpeedEstimator, rounded
from app.models.verified import human_size
from app.ui.style import current_colours

Index = QModelIndex | QPersistentModelIndex

FIT_ROLES = {Fit.FITS: "success", Fit.TIGHT: "warning", Fit.TOO_LARGE: "danger"}  # Colours'
SLOW_ROLE = "warning"  # fits, but writes more slowly than people read


def fit_colour(role: str) -> str:
    """A fit label's colour in the scheme shown now (legible in dark mode too)."""
    return str(getattr(current_colours(), role))
HEADERS = [QT_TRANSLATE_NOOP("CatalogModel", "Model"), QT_TRANSLATE_NOOP("CatalogModel", "Size"),
           QT_TRANSLATE_NOOP("CatalogModel", "Quant"),
           QT_TRANSLATE_NOOP("CatalogModel", "Memory"),
           QT_TRANSLATE_NOOP("CatalogModel", "On this PC"),
           QT_TRANSLATE_NOOP("CatalogModel", "License"), ""]
ACTION_COLUMN = 6
ActionEnabledRole = Qt.ItemDataRole.UserRole + 1


class Action:
    USE = "Use"
    DOWNLOAD = "Download"
    DOWNLOADED = "Downloaded"  # an embedder: the documents use it, never the chat


@dataclass(frozen=True)
class GroupHeading:
    """A row that names the group below it ("For documents (embedding)")."""

    title: str


@dataclass(frozen=True)
class CatalogRow:
    entry: CatalogEntry
    fit: Fit
    installed: bool
    tokens_per_s: float = 0.0  # estimated on this computer

    @property
    def fast_enough(self) -> bool:
        return self.tokens_per_s >= CHAT_TOKENS_PER_S

    @property
    def embedder(self) -> bool:
        return self.entry.kind == Kind.EMBEDDING

    @property
    def shows_speed(self) -> bool:
        # a model that will not load has no speed worth showing, and an embedder writes
        # no tokens
        return self.entry.supported and self.fit != Fit.TOO_LARGE and not self.embedder

    @property
    def action(self) -> str:
        if self.installed:
            return Action.DOWNLOADED if self.embedder else Action.USE
        return Action.DOWNLOAD

    @property
    def action_enabled(self) -> bool:
        if self.action == Action.DOWNLOADED:
            return False  # nothing to chat with: the documents pick it up
        return self.installed or (self.entry.supported and not self.entry.bundled)


class CatalogModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[CatalogRow | GroupHeading] = []
        self._speed = SpeedEstimator()

    def fill(self, entries: Sequence[CatalogEntry], total_memory: int, installed: set[str],
             speed: SpeedEstimator | None = None,
             embedders: Sequence[CatalogEntry] = ()) -> None:
        """`speed` estimates each model's tokens/s here; without one, the cautious estimate
        from this computer's cores. The embedders follow the chat models under a heading of
        their own, so none is taken for a model to chat with."""
        self.beginResetModel()
        self._speed = speed or SpeedEstimator()
        self._rows = [CatalogRow(e, fit(e.memory_bytes, total_memory), e.filename in installed,
                                 self._speed.tokens_per_s(e.bytes_per_token))
                      for e in entries]
        if embedders:
            self._rows.append(GroupHeading(self.tr("For documents (embedding)")))
            self._rows += [CatalogRow(e, fit(e.memory_bytes, total_memory),
                                      e.filename in installed) for e in embedders]
        self.endResetModel()

    def row(self, row: int) -> CatalogRow:
        item = self._rows[row]
        if isinstance(item, GroupHeading):
            raise IndexError(f"row {row} is a heading, not a model")
        return item

    def is_heading(self, row: int) -> bool:
        return isinstance(self._rows[row], GroupHeading)

    def badges(self, entry: CatalogEntry) -> list[str]:
        """What a model can do beyond plain chat, in the words the table shows."""
        found = []
        if entry.reasoning:
            found.append(self.tr("Reasoning"))
        if entry.tools:
            found.append(self.tr("Tools"))
        if entry.images:
            found.append(self.tr("Images (later)"))
        return found

    def _badge_notes(self, entry: CatalogEntry) -> list[str]:
        notes = []
        if entry.reasoning:
            notes.append(self.tr("Reasoning: it thinks before it answers; Hearth shows the "
                                 "thinking apart from the answer."))
        if entry.tools:
            notes.append(self.tr("Tools: it can call functions that an app gives it "
                                 "(through the local API)."))
        if entry.images:
            notes.append(self.tr("Images (later): it can read pictures with its projector "
                                 "file; Hearth does not send it pictures yet."))
        return notes

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CatalogModel", str(HEADERS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        column = index.column()
        if isinstance(item, GroupHeading):
            return self._heading_data(item, column, role)
        row, entry = item, item.entry
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            # a screen reader hears the badges as words, with the name, in one line
            return ", ".join([entry.name, *self.badges(entry)])
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and column == 0:
            return " ".join([entry.description, *self._badge_notes(entry)])
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                return "\n\n".join([entry.description, *self._badge_notes(entry)])
            if column == 1 and not entry.pinned:
                return self.tr("Its exact size and sha256 are not published; the download "
                               "is checked against Hugging Face's own size and hash.")
            if column == 4 and not entry.supported:
                return entry.unsupported_reason or self.tr(
                    "This version of Hearth cannot run it.")
            if column == 4 and row.shows_speed:
                return self._speed_note(row)
            if column == 5:
                return entry.license.url
        if role == Qt.ItemDataRole.ForegroundRole and column == 4:
            if not entry.supported:
                return QColor(fit_colour("muted"))
            if row.fit == Fit.FITS and row.shows_speed and not row.fast_enough:
                return QColor(fit_colour(SLOW_ROLE))
            return QColor(fit_colour(FIT_ROLES[row.fit]))
        if role == ActionEnabledRole and column == ACTION_COLUMN:
            return row.action_enabled
        return None

    def _heading_data(self, heading: GroupHeading, column: int, role: int) -> Any:
        if column == 0 and role in (Qt.ItemDataRole.DisplayRole,
                                    Qt.ItemDataRole.AccessibleTextRole):
            return heading.title
        if column == 0 and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Models that turn documents into numbers, so that a chat can "
                           "find the passages it needs. They do not chat.")
        if role == Qt.ItemDataRole.FontRole and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == ActionEnabledRole and column == ACTION_COLUMN:
            return False
        return None

    def fit_label(self, row: CatalogRow) -> str:
        """ "Fits · about 25 tokens/s": will it load, and will it write fast enough here."""
        entry = row.entry
        if not entry.supported:
            return self.tr("Unsupported")
        label = {Fit.FITS: self.tr("Fits"), Fit.TIGHT: self.tr("Tight"),
                 Fit.TOO_LARGE: self.tr("Too large")}[row.fit]
        if not row.shows_speed:
            return label
        value = rounded(row.tokens_per_s)
        speed = (self.tr("about {0} tokens/s").format(value) if value
                 else self.tr("under 1 token/s"))
        return self.tr("{0} · {1}").format(label, speed)

    def _speed_note(self, row: CatalogRow) -> str:
        measured = self._speed.measured
        if measured is None:
            source = self.tr("An estimate from this computer's {0} cores, before any reply "
                             "was measured.").format(self._speed.cores)
        else:
            source = self.tr("An estimate from this computer's measured speed: {0} tokens/s "
                             "with a {1} model.").format(round(measured.tokens_per_s),
                                                          human_size(measured.bytes_per_token))
        pace = (self.tr("Fast enough to chat.") if row.fast_enough else
                self.tr("Under {0} tokens/s a reply comes more slowly than you read it.")
                .format(int(CHAT_TOKENS_PER_S)))
        return f"{source} {pace}"

    def _text(self, row: CatalogRow, column: int) -> str:
        entry = row.entry
        if column == 0:
            badges = "".join(f"  [{badge}]" for badge in self.badges(entry))
            if entry.embedding is not None:
                details = self.tr("{dimension} dimensions · up to {tokens} tokens").format(
                    dimension=f"{entry.embedding.dimension:,}",
                    tokens=f"{entry.embedding.max_tokens:,}")
                reads = (self.tr("many languages") if "multilingual" in entry.tags
                         else self.tr("English"))  # what a user choosing one asks first
                return (f"{entry.name}\n{entry.parameters} · {reads} · "
                        f"{entry.architecture} · {details}")
            return (f"{entry.name}{badges}\n{entry.parameters} · {entry.architecture}"
                    f" · {', '.join(entry.tags)}")
        if column == 4:
            return self.fit_label(row)
        if column == 5:
            return entry.license.name + (self.tr(" · gated") if entry.gated else "")
        if column == ACTION_COLUMN:
            return {Action.USE: self.tr("Use"), Action.DOWNLOAD: self.tr("Download"),
                    Action.DOWNLOADED: self.tr("Downloaded")}[row.action]
        about = "" if entry.size_exact else "≈ "
        return {1: about + human_size(entry.size_bytes), 2: entry.quant,
                3: about + human_size(entry.memory_bytes)}.get(column, "")


class ButtonDelegate(QStyledItemDelegate):
    """Paints the cell as a push button with the cell's text; a click on it emits
    `clicked(row)`. Disabled when the model says so."""

    clicked = Signal(int)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if not index.data():
            return  # a group's heading row has no button
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

