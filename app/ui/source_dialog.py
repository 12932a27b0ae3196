"""A reply's source, shown in full: the file, where in it, and the passage the model was
given. The passage is the file's text, untrusted: it is shown as plain text. Opening the
file itself is asked first."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.chat.open_at_page import open_at_page
from app.store.records import Source
from app.ui.style import current_colours


class SourceDialog(QDialog):
    def __init__(self, source: Source, open_url: Callable[[QUrl], object],
                 parent: QWidget | None = None,
                 around: tuple[str, str] | None = None,
                 open_page: Callable[[Path, int], bool] = open_at_page) -> None:
        """`around`: the text just before and after the passage in its file, if known.
        `open_page`: opens a PDF at a page where the system's viewer allows (False: not)."""
        super().__init__(parent)
        self._source = source
        self._open_url = open_url
        self._open_page = open_page
        name = Path(source.file).name
        # a reply's source is numbered as it cites it; a passage the search found is not
        self.setWindowTitle(self.tr("Source {number}: {file}").format(number=source.number,
                                                                      file=name)
                            if source.number else name)
        where = QLabel(self.tr("{file}, {where}").format(file=source.file,
                                                          where=source.location))
        where.setWordWrap(True)
        where.setTextFormat(Qt.TextFormat.PlainText)
        self.passage = QTextBrowser()
        self.passage.setOpenLinks(False)
        self.passage.setHtml(in_context(source.text, around))
        self.passage.setReadOnly(True)
        self.passage.setAccessibleName(self.tr("The passage the reply was given"))
        self.passage.setMinimumSize(520, 260)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = QPushButton(self.tr("Open the file…"))
        self.open_button.setAccessibleName(self.tr("Open {file}").format(file=name))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self.open_file)
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addWidget(self.passage, 1)
        layout.addWidget(buttons)
        self.passage.setFocus()

    def open_file(self) -> bool:
        """Opens the file in the app the system chooses for it, once the user agrees."""
        path = Path(self._source.file)
        if not path.is_file():
            QMessageBox.information(self, self.windowTitle(),
                                    self.tr("{file} is not there any more.").format(file=path))
            return False
        answer = QMessageBox.question(
            self, self.windowTitle(),
            self.tr("Open {file} in the app your system uses for it?").format(file=path.name))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        page = self._source.page
        if page is not None and path.suffix.lower() == ".pdf" and self._open_page(path, page):
            return True
        self._open_url(QUrl.fromLocalFile(str(path)))
        return True


def in_context(passage: str, around: tuple[str, str] | None) -> str:
    """The passage in bold between the dimmed text around it; all of it escaped, as the
    file's text is untrusted."""
    before, after = around or ("", "")
    muted = current_colours().muted

    def block(text: str, style: str) -> str:
        return (f'<p style="{style} white-space: pre-wrap;">{html.escape(text)}</p>'
                if text else "")

    # bold sets the passage apart from its context; with none (a whole file), plain text
    emphasis = "font-weight:bold;" if before or after else ""
    return (block(before, f"color:{muted};") + block(passage, emphasis)
            + block(after, f"color:{muted};"))
