"""The Documents window: collections of folders and files to chat with, each collection's
sources and files (what was indexed, what waits, and why a file could not be read), and the
indexing job's progress with Pause, Resume and Cancel. A view only: Collections decides and
does; this window asks the user before anything is forgotten."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimer,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListView,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.chat.collections import Collections, FileRow
from app.documents.index import FileStatus
from app.documents.indexer import IndexReport
from app.documents.parsing import DOCUMENT_SUFFIXES
from app.errors import UserError
from app.i18n import ui_locale
from app.ui.model_manager import Ask, Tell, ask, tell

Index = QModelIndex | QPersistentModelIndex
ChooseFiles = Callable[[QWidget], list[Path]]
ChooseFolder = Callable[[QWidget], Path | None]

translate = QCoreApplication.translate

FILE_COLUMN, STATE_COLUMN, REASON_COLUMN = range(3)
PathRole = Qt.ItemDataRole.UserRole + 1


def choose_files(parent: QWidget, title: str | None = None) -> list[Path]:
    """Files of the kinds Hearth reads, from the system's open dialog."""
    patterns = " ".join(f"*{suffix}" for suffix in sorted(DOCUMENT_SUFFIXES))
    names, _ = QFileDialog.getOpenFileNames(
        parent, title or translate("DocumentsWindow", "Add files"), str(Path.home()),
        translate("DocumentsWindow", "Documents ({patterns});;All files (*)")
        .format(patterns=patterns))
    return [Path(name) for name in names]


def choose_folder(parent: QWidget) -> Path | None:
    folder = QFileDialog.getExistingDirectory(
        parent, translate("DocumentsWindow", "Add a folder"), str(Path.home()))
    return Path(folder) if folder else None


def state_text(row: FileRow, reading: bool = False) -> str:
    if reading:
        return translate("DocumentsWindow", "Reading now…")
    if row.status is FileStatus.INDEXED and row.chunks == 1:
        return translate("DocumentsWindow", "Indexed · one passage")
    if row.status is FileStatus.INDEXED:
        return translate("DocumentsWindow", "Indexed · %n passages", "", row.chunks)
    if row.status is FileStatus.QUARANTINED:
        return translate("DocumentsWindow", "Not indexed")
    return translate("DocumentsWindow", "Waiting")


class CollectionListModel(QAbstractListModel):
    """The collections' names, as Collections lists them."""

    def __init__(self) -> None:
        super().__init__()
        self._names: list[str] = []

    def set_names(self, names: list[str]) -> None:
        if names != self._names:
            self.beginResetModel()
            self._names = list(names)
            self.endResetModel()

    def name_at(self, row: int) -> str:
        return self._names[row]

    def row_of(self, name: str) -> int:
        return self._names.index(name) if name in self._names else -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._names)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._names):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._names[index.row()]
        return None


class FileTableModel(QAbstractTableModel):
    """A collection's files: name, state, and why one could not be read. Fed whole by
    Collections' files_listed (read off the GUI thread); 10,000 rows cost one reset."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[FileRow] = []
        self._row_of: dict[str, int] = {}
        self._reading = ""  # the file the indexer reads now

    def set_rows(self, rows: list[FileRow]) -> None:
        if [r.path for r in rows] == [r.path for r in self._rows]:
            self._rows = rows  # the same files in the same order: the view keeps its place
            if rows:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(rows) - 1, REASON_COLUMN))
            return
        self.beginResetModel()
        self._rows = rows
        self._row_of = {row.path: number for number, row in enumerate(rows)}
        self.endResetModel()

    def set_reading(self, path: str) -> None:
        changed = [self._row_of.get(p, -1) for p in (self._reading, path)]
        self._reading = path
        for row in changed:
            if row >= 0:
                self.dataChanged.emit(self.index(row, STATE_COLUMN),
                                      self.index(row, STATE_COLUMN))

    @property
    def rows(self) -> list[FileRow]:
        return self._rows

    def row_of(self, path: str) -> int:
        return self._row_of.get(path, -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (translate("DocumentsWindow", "File"), translate("DocumentsWindow", "State"),
                translate("DocumentsWindow", "Why it was not indexed"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == FILE_COLUMN:
                return row.name
            if column == STATE_COLUMN:
                return state_text(row, row.path == self._reading)
            return row.problem or "" if row.status is FileStatus.QUARANTINED else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.path if column == FILE_COLUMN else row.problem
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return row.path  # a screen reader says where the file is; the cells say the rest
        if role == PathRole:
            return row.path
        return None


class DocumentsWindow(QDialog):
    """Non-modal, one per main window; Collections outlives it (quitting joins its job)."""

    def __init__(self, collections: Collections, parent: QWidget | None = None,
                 ask_user: Ask = ask, tell_user: Tell = tell,
                 files_chooser: ChooseFiles = choose_files,
                 folder_chooser: ChooseFolder = choose_folder) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Documents"))
        self.resize(980, 620)
        self.collections = collections
        self._ask = ask_user
        self._tell = tell_user
        self._choose_files = files_chooser
        self._choose_folder = folder_chooser
        self._results: dict[str, str] = {}  # the last indexing's outcome, per collection
        self.name_dialog: QInputDialog | None = None

        self.problem_frame = QFrame()
        self.problem_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.problem_label = _text_label()
        self.problem_label.setAccessibleName(self.tr("Problem with the documents index"))
        self.rebuild_button = QPushButton(self.tr("Rebuild the index…"))
        self.rebuild_button.clicked.connect(self._rebuild)
        problem_row = QHBoxLayout(self.problem_frame)
        problem_row.addWidget(self.problem_label, 1)
        problem_row.addWidget(self.rebuild_button)

        self.collection_model = CollectionListModel()
        self.collection_list = QListView()
        self.collection_list.setModel(self.collection_model)
        self.collection_list.setAccessibleName(self.tr("Collections"))
        self.collection_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.collection_list.selectionModel().selectionChanged.connect(self._on_chosen)
        collections_label = QLabel(self.tr("&Collections"))
        collections_label.setBuddy(self.collection_list)
        self.new_button = QPushButton(self.tr("&New collection…"))
        self.new_button.clicked.connect(self.ask_new_name)
        self.delete_button = QPushButton(self.tr("&Delete collection…"))
        self.delete_button.clicked.connect(self._delete)
        self.delete_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete),
                                         self.collection_list)
        self.delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_shortcut.activated.connect(self._delete)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(collections_label)
        left_column.addWidget(self.collection_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        left_column.addLayout(buttons)

        self.empty_label = _text_label(self.tr(
            "A collection is a set of folders and files that your chats can search and "
            "cite, all on this computer. Choose New collection… to make the first one."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget()
        self.right.addWidget(self.empty_label)
        self.right.addWidget(self._collection_page())

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([240, 740])
        self.splitter.setChildrenCollapsible(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close the Documents window"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem_frame)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(close)

        collections.changed.connect(self.refresh)
        collections.files_listed.connect(self._on_files_listed)
        collections.files_changed.connect(self._on_files_changed)
        collections.progress.connect(self._on_progress)
        collections.finished.connect(self._on_finished)
        collections.failed.connect(self._on_failed)
        collections.job_changed.connect(self._show_job)
        collections.problem_changed.connect(self._show_problem)
        self._show_problem(collections.problem)
        self.refresh()

    def _collection_page(self) -> QWidget:
        page = QWidget()
        self.sources_label = QLabel()
        self.sources_list = QListWidget()
        self.sources_list.setAccessibleName(self.tr("Folders and files in the collection"))
        self.sources_list.setMaximumHeight(120)
        self.sources_list.currentRowChanged.connect(lambda _row: self._show_buttons())
        self.sources_label.setBuddy(self.sources_list)
        self.add_files_button = QPushButton(self.tr("Add &files…"))
        self.add_files_button.clicked.connect(self._add_files)
        self.add_folder_button = QPushButton(self.tr("Add f&older…"))
        self.add_folder_button.clicked.connect(self._add_folder)
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen folder or file"))
        self.remove_button.clicked.connect(self._remove_source)
        source_buttons = QHBoxLayout()
        source_buttons.addWidget(self.add_files_button)
        source_buttons.addWidget(self.add_folder_button)
        source_buttons.addWidget(self.remove_button)
        source_buttons.addStretch(1)

        self.index_button = QPushButton(self.tr("&Index now"))
        self.index_button.clicked.connect(self._index)
        self.status_label = _text_label()
        self.status_label.setAccessibleName(self.tr("Indexing"))
        self.pause_button = QPushButton(self.tr("&Pause"))
        self.pause_button.clicked.connect(self._pause_or_resume)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel indexing"))
        self.cancel_button.clicked.connect(lambda: self.collections.cancel(self.selected()))
        job_row = QHBoxLayout()
        job_row.addWidget(self.index_button)
        job_row.addWidget(self.status_label, 1)
        job_row.addWidget(self.pause_button)
        job_row.addWidget(self.cancel_button)
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Indexing progress"))
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(8)

        self.summary_label = _text_label()
        self.file_model = FileTableModel()
        self.file_table = QTableView()
        self.file_table.setModel(self.file_model)
        self.file_table.setAccessibleName(self.tr("Files in the collection"))
        self.file_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.file_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.file_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.file_table.setWordWrap(False)
        self.file_table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.file_table.verticalHeader().setVisible(False)
        header = self.file_table.horizontalHeader()
        # fixed widths: measuring 10,000 rows' contents on every change would stall
        metrics = self.file_table.fontMetrics()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(FILE_COLUMN, metrics.averageCharWidth() * 30)
        widest = max(metrics.horizontalAdvance(text) for text in (
            translate("DocumentsWindow", "Indexed · %n passages", "", 8888),
            translate("DocumentsWindow", "Reading now…"),
            translate("DocumentsWindow", "Not indexed")))
        header.resizeSection(STATE_COLUMN, widest + 2 * metrics.averageCharWidth())
        header.setStretchLastSection(True)
        self.file_table.selectionModel().selectionChanged.connect(self._show_file)
        self.summary_label.setBuddy(self.file_table)
        self.detail_label = _text_label()
        self.detail_label.setAccessibleName(self.tr("The chosen file"))
        self.detail_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sources_label)
        layout.addWidget(self.sources_list)
        layout.addLayout(source_buttons)
        layout.addSpacing(6)
        layout.addLayout(job_row)
        layout.addWidget(self.progress_bar)
        layout.addSpacing(6)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.file_table, 1)
        layout.addWidget(self.detail_label)
        return page

    # what is shown

    def selected(self) -> str | None:
        rows = self.collection_list.selectionModel().selectedRows()
        return self.collection_model.name_at(rows[0].row()) if rows else None

    def select(self, name: str) -> None:
        row = self.collection_model.row_of(name)
        if row >= 0:
            self.collection_list.setCurrentIndex(self.collection_model.index(row))

    def refresh(self) -> None:
        """The collections again, the chosen one kept chosen (or the first chosen)."""
        chosen = self.selected()
        self.collection_model.set_names([c.name for c in self.collections.collections()])
        if self.collection_model.rowCount() == 0:
            self.right.setCurrentIndex(0)
        elif chosen is not None and self.collection_model.row_of(chosen) >= 0:
            self.select(chosen)
            self._show_collection()
        else:
            self.select(self.collection_model.name_at(0))
        self._show_buttons()

    def _on_chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.file_model.set_rows([])
        self._show_collection()
        name = self.selected()
        if name is not None:
            self.collections.list_files(name)

    def _show_collection(self) -> None:
        name = self.selected()
        collection = self.collections.collection(name) if name is not None else None
        if collection is None:
            self.right.setCurrentIndex(0)
            self._show_buttons()
            return
        self.right.setCurrentIndex(1)
        self.sources_label.setText(self.tr("Folders and files in {name}")
                                   .format(name=collection.name.replace("&", "&&")))
        current = self.sources_list.currentItem()
        kept = current.text() if current is not None else None
        self.sources_list.clear()
        self.sources_list.addItems(list(collection.sources))
        if not self.file_model.rowCount():
            self.summary_label.setText(self._summary([]))
        matches = self.sources_list.findItems(kept or "", Qt.MatchFlag.MatchExactly)
        if kept and matches:
            self.sources_list.setCurrentItem(matches[0])
        elif collection.sources:
            self.sources_list.setCurrentRow(0)
        self._show_job()

    def _show_buttons(self) -> None:
        name = self.selected()
        chosen = name is not None
        self.delete_button.setEnabled(chosen)
        has_sources = self.sources_list.count() > 0
        self.remove_button.setEnabled(chosen and self.sources_list.currentRow() >= 0)
        busy = name is not None and (name == self.collections.running
                                     or name in self.collections.queued)
        self.index_button.setEnabled(chosen and has_sources and not busy
                                     and not self.collections.problem)
        self.index_button.setText(self.tr("&Update") if self.file_model.rowCount()
                                  else self.tr("&Index now"))

    def _on_files_listed(self, name: str, rows: list[FileRow]) -> None:
        if name != self.selected():
            return
        chosen = self._chosen_path()
        scrolled = self.file_table.verticalScrollBar().value()
        self.file_model.set_rows(rows)
        if chosen is not None and self.file_model.row_of(chosen) >= 0:
            self.file_table.selectRow(self.file_model.row_of(chosen))
        self.file_table.verticalScrollBar().setValue(scrolled)
        self.summary_label.setText(self._summary(rows))
        self._show_file()
        self._show_buttons()

    def _on_files_changed(self, name: str) -> None:
        if name == self.selected() and self.isVisible():
            self.collections.list_files(name)

    def _summary(self, rows: list[FileRow]) -> str:
        if not rows and not self.sources_list.count():
            return self.tr("Nothing in it yet: Add folder… or Add files…, and they are "
                           "indexed at once.")
        if not rows:
            return self.tr("Files: none indexed yet.")
        counts = {status: 0 for status in FileStatus}
        passages = 0
        for row in rows:
            counts[row.status] += 1
            passages += row.chunks
        locale = ui_locale()
        text = self.tr("Files: {total} · indexed {indexed} · passages {passages}").format(
            total=locale.toString(len(rows)), indexed=locale.toString(counts[FileStatus.INDEXED]),
            passages=locale.toString(passages))
        if counts[FileStatus.PENDING]:
            text += self.tr(" · waiting {count}").format(
                count=locale.toString(counts[FileStatus.PENDING]))
        if counts[FileStatus.QUARANTINED]:
            text += self.tr(" · not indexed {count} (listed first, with the reason)").format(
                count=locale.toString(counts[FileStatus.QUARANTINED]))
        return text

    def _chosen_path(self) -> str | None:
        rows = self.file_table.selectionModel().selectedRows()
        return self.file_model.rows[rows[0].row()].path if rows else None

    def _show_file(self, *_: object) -> None:
        """The chosen file whole: where it is, and why it could not be read, wrapped."""
        path = self._chosen_path()
        row = self.file_model.rows[self.file_model.row_of(path)] if path is not None else None
        if row is None:
            self.detail_label.setText(self.tr("Choose a file to see where it is and its state."))
        elif row.status is FileStatus.QUARANTINED:
            self.detail_label.setText(self.tr("{path}\nNot indexed: {reason}").format(
                path=row.path, reason=row.problem or ""))
        else:
            self.detail_label.setText(f"{row.path}\n{state_text(row)}")

    def _show_job(self) -> None:
        """The chosen collection's indexing: running, paused, waiting, or how it ended."""
        name = self.selected()
        running = self.collections.running
        step = self.collections.last_progress
        active = name is not None and name == running
        if active and step is not None and step.total:
            self.progress_bar.setRange(0, step.total)
            self.progress_bar.setValue(step.done)
        elif active:
            self.progress_bar.setRange(0, 0)  # looking for files: busy, no count yet
        self.progress_bar.setVisible(active)
        if active and self.collections.paused and step is not None:
            text = self.tr("Paused after {done} of {total}. Resume goes on with the next "
                           "file.").format(done=step.done, total=step.total)
        elif active and step is not None and step.path:
            text = self.tr("Indexing {number} of {total}: {name}").format(
                number=step.done + 1, total=step.total, name=Path(step.path).name)
        elif active:
            text = self.tr("Looking for files…")
        elif name is not None and name in self.collections.queued:
            text = self.tr("Waiting until {other} is indexed.").format(other=running or "")
        else:
            text = self._results.get(name or "", "")
        self.status_label.setText(text)
        self.pause_button.setEnabled(active)
        self.pause_button.setText(self.tr("Resu&me") if active and self.collections.paused
                                  else self.tr("&Pause"))
        self.cancel_button.setEnabled(active or (name is not None
                                                 and name in self.collections.queued))
        self.file_model.set_reading(step.path if active and step is not None else "")
        self._show_buttons()

    def _show_problem(self, problem: str) -> None:
        self.problem_label.setText(problem)
        self.problem_frame.setVisible(bool(problem))
        self.splitter.setEnabled(not problem)
        self.refresh()

    # reactions to the job

    def _on_progress(self, name: str, _done: int, _total: int, _path: str) -> None:
        if name == self.selected():
            self._show_job()

    def _on_finished(self, name: str, report: IndexReport) -> None:
        self._results[name] = self._outcome(report)
        self._show_job()

    def _on_failed(self, name: str, message: str) -> None:
        self._results[name] = self.tr("Indexing stopped: {problem}").format(problem=message)
        self._show_job()

    def _outcome(self, report: IndexReport) -> str:
        locale = ui_locale()
        if report.cancelled:
            text = self.tr("Cancelled. What was indexed is kept; Update goes on from there.")
        else:
            text = self.tr("Up to date at {time}: {new} read, {same} unchanged.").format(
                time=locale.toString(QTime.currentTime(), locale.FormatType.ShortFormat),
                new=locale.toString(report.indexed), same=locale.toString(report.unchanged))
        if report.quarantined:
            text += " " + self.tr("%n could not be read (see below).", "",
                                  len(report.quarantined))
        if report.dropped:
            text += " " + self.tr("%n gone from disk, forgotten.", "", report.dropped)
        if report.missing_sources:
            text += " " + self.tr("Not there (a removed drive?): {paths}; what was indexed "
                                  "from it is kept.").format(
                paths=", ".join(report.missing_sources))
        return text

    # what the buttons do

    def ask_new_name(self) -> QInputDialog:
        """Asks for the new collection's name without blocking: Enter makes it."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("New collection"))
        dialog.setLabelText(self.tr("Name of the new collection (for example Tax 2026):"))
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(self._create)
        self.name_dialog = dialog
        dialog.open()
        return dialog

    def _create(self, name: str) -> None:
        try:
            made = self.collections.create(name)
        except UserError as exc:
            self._tell(self, self.tr("New collection"), str(exc))
            return
        self.select(made.name)
        # what comes next, by keyboard too; once the name dialog has given focus back
        QTimer.singleShot(0, self._focus_add_folder)

    def _focus_add_folder(self) -> None:
        self.activateWindow()
        self.add_folder_button.setFocus()

    def _delete(self) -> None:
        name = self.selected()
        if name is None or not self._ask(
                self, self.tr("Delete collection"),
                self.tr("Delete the collection {name}? What was indexed from it is forgotten; "
                        "the files themselves stay where they are.").format(name=name)):
            return
        self._act(lambda: self.collections.delete(name))
        self.collection_list.setFocus()

    def _add_files(self) -> None:
        self._add(self._choose_files(self))

    def _add_folder(self) -> None:
        folder = self._choose_folder(self)
        self._add([folder] if folder is not None else [])

    def _add(self, paths: list[Path]) -> None:
        name = self.selected()
        if name is None or not paths:
            return
        if self._act(lambda: self.collections.add_sources(name, paths)):
            self.collections.index(name)  # what the user wants next, at once

    def _remove_source(self) -> None:
        name, item = self.selected(), self.sources_list.currentItem()
        if name is None or item is None:
            return
        if self._ask(self, self.tr("Remove from the collection"),
                     self.tr("Remove {path} from {name}? What was indexed from it is "
                             "forgotten; the files stay on disk.").format(path=item.text(),
                                                                          name=name)):
            self._act(lambda: self.collections.remove_source(name, item.text()))

    def _index(self) -> None:
        name = self.selected()
        if name is not None:
            self.collections.index(name)

    def _pause_or_resume(self) -> None:
        if self.collections.paused:
            self.collections.resume()
        else:
            self.collections.pause()

    def _rebuild(self) -> None:
        if self._ask(self, self.tr("Rebuild the documents index"),
                     self.tr("Replace the damaged index with a new, empty one? The collections "
                             "it can still name are kept; Index now reads their files again. "
                             "Your chats and your files are not touched.")):
            self._act(self.collections.rebuild)

    def _act(self, action: Callable[[], object]) -> bool:
        """An edit; what the user can act on is told in words."""
        try:
            action()
        except UserError as exc:
            self._tell(self, self.tr("Documents"), str(exc))
            return False
        return True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.refresh()
        name = self.selected()
        if name is not None:  # indexing may have gone on while the window was closed
            self.collections.list_files(name)
        self.collection_list.setFocus()



def _text_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label
