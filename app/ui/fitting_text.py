"""Widgets for text that may not fit: a label that wraps even unbroken runs, a label and a
combo box that elide. Long model names, titles and URLs must never widen the window."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
)

from app.ui.render import breakable


class WrappingLabel(QLabel):
    """A word-wrapping plain-text label that also breaks long unbroken runs (a URL, a
    path): Qt wraps a label at spaces only, and one 5,000-character word would widen the
    label, and everything around it, to its length. `text()` answers what was set, and
    screen readers read that too."""

    def __init__(self, text: str = "") -> None:
        super().__init__()
        self._text = ""
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        # Preferred width, but never wider than the layout gives it: the breaks above
        # make any width down to a few characters workable.
        self.setMinimumWidth(40)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._text = text
        super().setText(breakable(text))
        self.setAccessibleName(text)

    def text(self) -> str:
        return self._text


class ElidingLabel(QLabel):
    """A one-line label that shows as much of its text as fits, then "…", with the whole
    text as its tooltip: a long chat title must not widen the chat pane and squeeze the
    sidebar. `text()` answers the whole text."""

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setAccessibleName(text)
        self._update_tooltip()

    def minimumSizeHint(self) -> QSize:
        return QSize(40, super().minimumSizeHint().height())

    def _elided(self) -> str:
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                             self.contentsRect().width())

    def _update_tooltip(self) -> None:
        self.setToolTip(self.text() if self._elided() != self.text() else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.style().drawItemText(painter, self.contentsRect(),
                                  int(self.alignment() | Qt.AlignmentFlag.AlignVCenter),
                                  self.palette(), self.isEnabled(), self._elided(),
                                  self.foregroundRole())


class ElidingComboBox(QComboBox):
    """A combo box that shows its current text elided in the middle when it does not fit
    (Qt's own cuts it off): "Qwen2.5-0.5B…example.org:8080" still names the host."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideMiddle, max(0, field.width() - 4))
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
