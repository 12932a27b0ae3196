"""The files attached to the open chat, as chips above the message box: each with its size
in tokens (or that it is still being read, or why it could not be), and a button that takes
it off the chat."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from app.chat.collections import FileRow
from app.documents.index import FileStatus


class AttachmentsBar(QWidget):
    remove_requested = Signal(str)  # the file's path

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("attachmentsBar")
        self.setAccessibleName(self.tr("Files attached to this chat"))
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 4)
        self._row.setSpacing(6)
        self._row.addStretch(1)
        self.chips: list[QFrame] = []
        self.hide()

    def show_files(self, rows: list[FileRow]) -> None:
        for chip in self.chips:
            self._row.removeWidget(chip)
            chip.deleteLater()
        self.chips = [self._chip(row) for row in rows]
        for position, chip in enumerate(self.chips):
            self._row.insertWidget(position, chip)
        self.setVisible(bool(rows))

    def describe(self, row: FileRow) -> str:
        if row.status is FileStatus.QUARANTINED:
            return self.tr("{file}: {problem}").format(file=row.name,
                                                       problem=row.problem or "")
        if row.status is FileStatus.PENDING:
            return self.tr("{file} · reading…").format(file=row.name)
        if row.tokens is not None:
            return self.tr("{file} · %n tokens", "", row.tokens).format(file=row.name)
        return self.tr("{file} · %n passages", "", row.chunks).format(file=row.name)

    def _chip(self, row: FileRow) -> QFrame:
        chip = QFrame()
        chip.setObjectName("attachmentChipProblem" if row.status is FileStatus.QUARANTINED
                           else "attachmentChip")
        chip.setFrameShape(QFrame.Shape.StyledPanel)
        label = QLabel(self.describe(row))
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setToolTip(row.path)
        remove = QToolButton()
        remove.setText("\u00d7")  # a multiplication sign: the usual "take off" mark
        remove.setAutoRaise(True)
        remove.setAccessibleName(self.tr("Remove {file} from this chat").format(file=row.name))
        remove.setToolTip(remove.accessibleName())
        remove.clicked.connect(lambda _checked=False, path=row.path:
                               self.remove_requested.emit(path))
        layout = QHBoxLayout(chip)
        layout.setContentsMargins(6, 1, 1, 1)
        layout.setSpacing(2)
        layout.addWidget(label)
        layout.addWidget(remove)
        return chip
