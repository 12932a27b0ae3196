"""The message box: Enter sends, Shift+Enter starts a new line, Esc stops, and a pasted file
(or a pasted path to one) is attached instead of typed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit

from app.chat.attachments import pasted_files


class PromptEdit(QPlainTextEdit):
    """Enter sends, Shift+Enter starts a new line, Esc stops. Grows with its text."""

    submitted = Signal()
    stop_requested = Signal()
    MAX_LINES = 8

    def __init__(self) -> None:
        super().__init__()
        # Set by the window where files can be attached: True when it attached them.
        self.attach_pasted: Callable[[list[Path]], bool] | None = None
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

    def insertFromMimeData(self, source: QMimeData) -> None:
        if self.attach_pasted is not None:
            local = [url.toLocalFile() for url in source.urls() if url.isLocalFile()]
            files = pasted_files(source.text() if source.hasText() else "", local)
            if files and self.attach_pasted(files):
                return
        super().insertFromMimeData(source)
