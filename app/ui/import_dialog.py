"""File ▸ Import conversations…: choose an export or another app's folder (or take one the
dialog found), watch it import, and read what came in and what was skipped."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.chat.history_import import HistoryImport
from app.importers.locations import FoundHistory
from app.importers.model import FORMATS
from app.importers.run import ImportSummary

ChoosePath = Callable[[QWidget], Path | None]
SHOWN_PROBLEMS = 50  # as the command line prints


def choose_export_file(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("ImportDialog", "Choose an export"),
        str(Path.home()), QCoreApplication.translate(
            "ImportDialog", "Exports (*.zip *.json *.jsonl *.chat);;All files (*)"))
    return Path(name) if name else None


def choose_export_folder(parent: QWidget) -> Path | None:
    folder = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("ImportDialog", "Choose a folder"),
        str(Path.home()))
    return Path(folder) if folder else None


class ImportDialog(QDialog):
    """Non-modal: an import goes on when the dialog is closed, and its summary shows here
    when it is opened again."""

    def __init__(self, history: HistoryImport, parent: QWidget | None = None,
                 file_chooser: ChoosePath = choose_export_file,
                 folder_chooser: ChoosePath = choose_export_folder) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import conversations"))
        self.setAccessibleName(self.tr("Import conversations"))
        self.resize(640, 460)
        self.history = history
        self._choose_file = file_chooser
        self._choose_folder = folder_chooser

        intro = QLabel(self.tr("Bring in your conversations from ChatGPT, Open WebUI, Jan, "
                               "LM Studio or GPT4All. The other app's files are only read, "
                               "never changed; importing the same export again adds only "
                               "what is new."))
        intro.setWordWrap(True)
        self.found_area = QWidget()
        self.found_area.setAccessibleName(self.tr("Conversations found on this computer"))
        self.found_layout = QGridLayout(self.found_area)
        self.found_layout.setContentsMargins(0, 0, 0, 0)
        self.found_layout.setColumnStretch(0, 1)
        self.found_buttons: list[QPushButton] = []

        self.format_box = QComboBox()
        self.format_box.setAccessibleName(self.tr("The app the export comes from"))
        self.format_box.addItem(self.tr("Detect the app"), None)
        for key, name in FORMATS.items():
            self.format_box.addItem(name, key)
        self.file_button = QPushButton(self.tr("Choose a &file…"))
        self.file_button.setAccessibleName(self.tr("Choose an export file"))
        self.file_button.clicked.connect(self.choose_file)
        self.folder_button = QPushButton(self.tr("Choose a f&older…"))
        self.folder_button.setAccessibleName(self.tr("Choose another app's folder"))
        self.folder_button.clicked.connect(self.choose_folder)
        choose_row = QHBoxLayout()
        choose_row.addWidget(self.file_button)
        choose_row.addWidget(self.folder_button)
        choose_row.addWidget(self.format_box, 1)

        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Import progress"))
        self.progress_bar.setTextVisible(False)
        self.progress_label = QLabel("")
        self.progress_label.setAccessibleName(self.tr("Import progress"))
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setAccessibleName(self.tr("What was imported"))
        self.summary.setPlaceholderText(self.tr("What was imported, and what was skipped and "
                                                "why, shows here."))
        self.cancel_button = QPushButton(self.tr("&Stop import"))
        self.cancel_button.setAccessibleName(self.tr("Stop the import"))
        self.cancel_button.clicked.connect(history.cancel)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.found_area)
        layout.addLayout(choose_row)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.summary, 1)
        layout.addLayout(buttons)

        history.started.connect(self._on_started)
        history.progress.connect(self._on_progress)
        history.finished.connect(self._on_finished)
        history.failed.connect(self._on_failed)
        self._set_busy(history.busy)
        self.show_found(history.other_apps())

    # what the user does

    def show_found(self, found: list[FoundHistory]) -> None:
        """One line per app whose default folder holds conversations, with its button."""
        self.found_buttons = []
        while self.found_layout.count():
            item = self.found_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for row, place in enumerate(found):
            app = FORMATS.get(place.format, place.format)
            label = QLabel(self.tr("Found %n conversation(s) from {app} in {folder}", "",
                                   place.count).format(app=app, folder=place.path))
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            button = QPushButton(self.tr("Import"))
            button.setAccessibleName(self.tr("Import the conversations from {app}")
                                     .format(app=app))
            button.clicked.connect(
                lambda _checked=False, p=place: self.start(p.path, p.format))
            self.found_layout.addWidget(label, row, 0)
            self.found_layout.addWidget(button, row, 1)
            self.found_buttons.append(button)
        self.found_area.setVisible(bool(found))
        self._set_busy(self.history.busy)

    def choose_file(self) -> None:
        path = self._choose_file(self)
        if path is not None:
            self.start(path, self.format_box.currentData())

    def choose_folder(self) -> None:
        path = self._choose_folder(self)
        if path is not None:
            self.start(path, self.format_box.currentData())

    def start(self, path: Path, fmt: str | None) -> None:
        self.history.start(path, fmt)

    # what the import says

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.file_button, self.folder_button, self.format_box,
                       *self.found_buttons):
            widget.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.progress_bar.setVisible(busy)

    def _on_started(self, path: str) -> None:
        self._set_busy(True)
        self.progress_bar.setRange(0, 0)
        self.progress_label.setText(self.tr("Reading {path}…").format(path=path))
        self.summary.clear()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.progress_label.setText(self.tr("{done} of {total}").format(done=done,
                                                                         total=total))

    def _on_finished(self, summary: ImportSummary) -> None:
        self._set_busy(False)
        self.progress_label.setText(
            self.tr("Stopped: what was imported before stopping is kept.")
            if summary.stopped else self.tr("Done."))
        self.summary.setPlainText(self.summary_text(summary))

    def _on_failed(self, message: str) -> None:
        self._set_busy(False)
        self.progress_label.setText(self.tr("Nothing was imported."))
        self.summary.setPlainText(message)

    def summary_text(self, summary: ImportSummary) -> str:
        if not (summary.conversations or summary.updated or summary.skipped):
            return self.tr("Every conversation in it was imported before: nothing new.")
        lines = [
            self.tr("From {app}:").format(app=summary.app_name),
            self.tr("%n new conversation(s)", "", summary.conversations),
            self.tr("%n conversation(s) with new messages", "", summary.updated),
            self.tr("%n already imported", "", summary.unchanged),
            self.tr("%n message(s), of which {versions} other versions", "",
                    summary.messages).format(versions=summary.versions),
        ]
        if summary.skipped:
            lines.append("")
            lines.append(self.tr("Skipped %n:", "", len(summary.skipped)))
            lines += [f"  {s.where}: {s.reason}" for s in summary.skipped[:SHOWN_PROBLEMS]]
            if len(summary.skipped) > SHOWN_PROBLEMS:
                lines.append(self.tr("  … and %n more (the command line's --json lists "
                                     "them all)", "", len(summary.skipped) - SHOWN_PROBLEMS))
        if summary.problems:
            lines.append("")
            lines.append(self.tr("Imported with %n problem(s):", "", len(summary.problems)))
            lines += [f"  {problem}" for problem in summary.problems[:SHOWN_PROBLEMS]]
            if len(summary.problems) > SHOWN_PROBLEMS:  # a long list froze the window
                lines.append(self.tr("  … and %n more (the command line's --json lists "
                                     "them all)", "", len(summary.problems) - SHOWN_PROBLEMS))
        return "\n".join(lines)
