"""The message box: Enter sends, Shift+Enter starts a new line, Esc stops."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit


class PromptEdit(QPlainTextEdit):
    """Enter sends, Shift+Enter starts a new line, Esc stops. Grows with its text."""

    submitted = Signal()
    stop_requested = Signal()
    MAX_LINES = 8

    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def _fit(self, *_: Any) -> None:
        line = self.fontMetrics().lineSpacing()
        lines = max(2, min(self.MAX_LINES, int(self.document().size().height())))
        self.setFixedHeight(lines * line + 18)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.submitted.emit()
            return
        if key == Qt.Key.Key_Escape:
            self.stop_requested.emit()
            return
        super().keyPressEvent(event)
