"""The Models window: the catalog with "will it fit", the download queue, installed models,
imports, and downloads of any GGUF by repository and file name."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.chat.connections import Connections
from app.models.catalog import Catalog, CatalogEntry, Fit, fit
from app.models.download import DownloadSpec, catalog_spec
from app.models.importer import ModelImports
from app.models.installed import (
    DescribeCache,
    ImportResult,
    InstalledModel,
    list_installed,
    remove_model,
)
from app.models.queue import DownloadManager, DownloadTask, TaskState
from app.models.speed import SpeedEstimator
from app.models.verified import gb, human_size
from app.ui.catalog_view import ACTION_COLUMN, Action, ButtonDelegate, CatalogModel
from app.ui.connections_tab import ConnectionsTab

log = logging.getLogger(__name__)

Ask = Callable[[QWidget, str, str], bool]
Tell = Callable[[QWidget, str, str], None]


def ask(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes
                                  | QMessageBox.StandardButton.Cancel,
                                  QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


def tell(parent: QWidget, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def duration(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    seconds = int(seconds)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"


class DownloadRow(QWidget):
    def __init__(self, task: DownloadTask, manager: DownloadManager, ask_user: Ask) -> None:
        super().__init__()
        self.task = task
        self._manager = manager
        self._ask = ask_user
        self.name = QLabel(task.name)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.detail = QLabel()
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        self.pause_button = QPushButton("Pause")
        self.pause_button.clicked.connect(self._pause_or_resume)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.clicked.connect(self._cancel)
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.pause_button)
        top.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 8)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.detail)
        self.refresh()

    def refresh(self) -> None:
        task = self.task
        self.bar.setValue(int(task.done * 1000 / task.total) if task.total else 0)
        state = task.state
        if state == TaskState.DOWNLOADING:
            text = (f"{human_size(task.done)} of {human_size(task.total)} · "
                    f"{task.bytes_per_s / 1e6:.1f} MB/s"
                    f" · {duration(task.eta_s)} left")
        elif state == TaskState.PAUSED:
            text = (f"Paused at {human_size(task.done)} of {human_size(task.total)}; "
                    "resume any time, even after restarting Hearth.")
        elif state == TaskState.FAILED:
            text = f"Failed: {task.error}"
        elif state == TaskState.DONE:
            text = "Downloaded and verified."
        elif state == TaskState.CANCELLED:
            text = "Cancelled; the partial file was removed."
        else:
            text = "Waiting for the download before it."
        self.detail.setText(text)
        self.pause_button.setText({TaskState.PAUSED: "Resume", TaskState.FAILED: "Retry"}
                                  .get(state, "Pause"))
        active = state in (TaskState.QUEUED, TaskState.DOWNLOADING, TaskState.PAUSED,
                           TaskState.FAILED)
        self.pause_button.setVisible(active)
        self.cancel_button.setVisible(active)

    def _pause_or_resume(self) -> None:
        if self.task.state in (TaskState.PAUSED, TaskState.FAILED):
            self._manager.resume(self.task)
        else:
            self._manager.pause(self.task)

    def _cancel(self) -> None:
        if self._ask(self, "Cancel download",
                     f"Cancel the download of {self.task.name} and delete what was "
                     "downloaded so far?"):
            self._manager.cancel(self.task)


class ModelManager(QDialog):
    use_model = Signal(str)  # path of the model to load and make the default
    installed_changed = Signal()

    def __init__(self, catalog: Catalog, models_dir: Path, downloads: DownloadManager,
                 usable_memory: Callable[[], int], current_model: Callable[[], Path | None],
                 log_file: str = "the log file", ask_user: Ask = ask, tell_user: Tell = tell,
                 parent: QWidget | None = None, connections: Connections | None = None,
                 speed: SpeedEstimator | None = None,
                 imports: ModelImports | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Models")
        self.resize(980, 620)
        self._catalog = catalog
        self._models_dir = models_dir
        self._downloads = downloads
        # read again on every refresh: what is free changes as models and other programs
        # come and go, and the Fits / Tight / Too large labels follow it
        self._usable_memory = usable_memory
        self._memory = usable_memory()
        self._current_model = current_model
        self._speed = speed or SpeedEstimator()
        self._log_file = log_file
        self._ask = ask_user
        self._tell = tell_user
        self._rows: dict[int, DownloadRow] = {}
        self._describe_cache: DescribeCache = {}
        # wiring owns the import job (quitting joins it); a window built alone makes one
        self._imports = imports or ModelImports(models_dir, log_file)
        self._imports.started.connect(self._on_import_started)
        self._imports.imported.connect(self._on_imported)
        self._imports.failed.connect(self._on_import_failed)
        self._imports.ended.connect(self._import_finished)
        self.setAcceptDrops(True)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Models"))
        self.tabs.addTab(self._catalog_tab(), "Catalog")
        self.tabs.addTab(self._downloads_tab(), "Downloads")
        self.tabs.addTab(self._installed_tab(), "Installed")
        self.connections_tab = ConnectionsTab(connections, tell_user) if connections else None
        if self.connections_tab is not None:
            self.tabs.addTab(self.connections_tab, "Connections")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        downloads.task_changed.connect(self._on_task_changed)
        downloads.installed.connect(lambda _task: self.refresh())
        for task in downloads.tasks:
            self._on_task_changed(task)
        self.refresh()

    # catalog

    def _catalog_tab(self) -> QWidget:
        page = QWidget()
        intro = self.memory_intro = QLabel(self._memory_text())
        intro.setWordWrap(True)
        self.catalog_model = CatalogModel()
        self.catalog_table = QTableView()
        self.catalog_table.setAccessibleName(self.tr("Catalog of models"))
        self.catalog_table.setModel(self.catalog_model)
        self.catalog_delegate = ButtonDelegate(self.catalog_table)
        self.catalog_delegate.clicked.connect(self._on_catalog_action)
        self.catalog_table.setItemDelegateForColumn(ACTION_COLUMN, self.catalog_delegate)
        self.catalog_table.verticalHeader().setVisible(False)
        self.catalog_table.verticalHeader().setDefaultSectionSize(46)
        self.catalog_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.catalog_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.catalog_table.setWordWrap(True)
        header = self.catalog_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 7):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.repo_field = QLineEdit()
        self.repo_field.setPlaceholderText("owner/repository")
        self.repo_field.setAccessibleName(self.tr("Hugging Face repository"))
        self.file_field = QLineEdit()
        self.file_field.setPlaceholderText("file.Q4_K_M.gguf")
        self.file_field.setAccessibleName(self.tr("File name in the repository"))
        self.hub_button = QPushButton("Download from Hugging Face")
        self.hub_button.clicked.connect(self._download_from_hub)
        self.import_button = QPushButton("Import a .gguf file…")
        self.import_button.clicked.connect(self._choose_import)
        hub = QHBoxLayout()
        hub.addWidget(QLabel("Any GGUF:"))
        hub.addWidget(self.repo_field, 2)
        hub.addWidget(self.file_field, 2)
        hub.addWidget(self.hub_button)
        hub.addWidget(self.import_button)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.catalog_table, 1)
        layout.addLayout(hub)
        return page

    def _memory_text(self) -> str:
        return (f"This computer has {gb(self._memory)} of memory free for a model (a GPU's "
                "included). Models that fit and should write at least 8 tokens a second "
                "here come first; the speeds are estimates from the replies measured on "
                "this computer. Downloads come from Hugging Face; nothing is sent anywhere "
                "until you press Download.")

    def _fill_catalog(self, installed: set[str]) -> None:
        self.catalog_model.fill(self._catalog.recommended(self._memory, self._speed),
                                self._memory, installed, self._speed)

    def _on_catalog_action(self, row: int) -> None:
        item = self.catalog_model.row(row)
        if not item.action_enabled:
            return
        if item.action == Action.USE:
            self.use_model.emit(str(self._models_dir / item.entry.filename))
        else:
            self.download_entry(item.entry)

    def download_entry(self, entry: CatalogEntry) -> DownloadTask | None:
        label = fit(entry.memory_bytes, self._memory)
        if label == Fit.TOO_LARGE and not self._ask(
                self, "Too large for this computer",
                f"{entry.name} needs about {gb(entry.memory_bytes)} of memory and this "
                f"computer has {gb(self._memory)}. It will probably not run. Download anyway?"):
            return None
        task = self._downloads.enqueue(catalog_spec(entry), entry.name)
        self.tabs.setCurrentIndex(1)
        return task

    def _download_from_hub(self) -> None:
        repo, filename = self.repo_field.text().strip(), self.file_field.text().strip()
        if "/" not in repo or not filename.endswith(".gguf"):
            self._tell(self, "Download from Hugging Face",
                       "Enter a repository like owner/name and a file name ending in .gguf.")
            return
        self._downloads.enqueue(DownloadSpec(repo, filename), f"{repo} · {filename}")
        self.tabs.setCurrentIndex(1)

    # downloads

    def _downloads_tab(self) -> QWidget:
        page = QWidget()
        self._download_list = QVBoxLayout()
        self._download_list.addStretch(1)
        self.no_downloads = QLabel("No downloads yet. Pick a model in the Catalog tab.")
        self.no_downloads.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(page)
        layout.addWidget(self.no_downloads)
        layout.addLayout(self._download_list, 1)
        return page

    def download_row(self, task_id: int) -> DownloadRow | None:
        return self._rows.get(task_id)

    def _on_task_changed(self, task: DownloadTask) -> None:
        row = self._rows.get(task.id)
        if row is None:
            row = DownloadRow(task, self._downloads, self._ask)
            self._rows[task.id] = row
            self._download_list.insertWidget(self._download_list.count() - 1, row)
            self.no_downloads.hide()
        row.refresh()

    # installed

    def _installed_tab(self) -> QWidget:
        page = QWidget()
        self.installed_table = QTableWidget(0, 6)
        self.installed_table.setAccessibleName(self.tr("Installed models"))
        self.installed_table.setHorizontalHeaderLabels(
            ["Model", "Size", "Quant", "Architecture", "Context", "File"])
        self.installed_table.verticalHeader().setVisible(False)
        self.installed_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.installed_table.setSelectionBehavior(
            QAbstractItemView.SelectionBehavior.SelectRows)
        self.installed_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.installed_table.horizontalHeader().setSectionResizeMode(
            5, QHeaderView.ResizeMode.Stretch)
        self.use_button = QPushButton("Use as default")
        self.use_button.clicked.connect(self._use_selected)
        self.delete_button = QPushButton("Delete…")
        self.delete_button.clicked.connect(self._delete_selected)
        self.folder_button = QPushButton("Open folder")
        self.folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._models_dir))))
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.folder_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.installed_table, 1)
        layout.addLayout(buttons)
        return page

    def installed(self) -> list[InstalledModel]:
        return self._installed

    def refresh(self) -> None:
        self._memory = self._usable_memory()
        self.memory_intro.setText(self._memory_text())
        self._installed = list_installed(self._models_dir, self._catalog, self._describe_cache)
        table = self.installed_table
        table.setRowCount(len(self._installed))
        current = self._current_model()
        for row, model in enumerate(self._installed):
            name = model.name + ("  (in use)" if current == model.path else "")
            values = [name, human_size(model.size_bytes), model.quant, model.architecture,
                      str(model.context_length or "?"), str(model.path)]
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        self._fill_catalog({m.path.name for m in self._installed})

    def _selected(self) -> InstalledModel | None:
        rows = self.installed_table.selectionModel().selectedRows()
        return self._installed[rows[0].row()] if rows else None

    def _use_selected(self) -> None:
        model = self._selected()
        if model is not None:
            self.use_model.emit(str(model.path))

    def _delete_selected(self) -> None:
        model = self._selected()
        if model is None:
            return
        if self._current_model() == model.path:
            self._tell(self, "Delete model", f"{model.name} is in use. Choose another model "
                       "first.")
            return
        if self._ask(self, "Delete model", f"Delete {model.name} ({gb(model.size_bytes)}) "
                     f"from this computer?\n{model.path}"):
            remove_model(model.path)
            self.refresh()
            self.installed_changed.emit()

    # imports

    def _choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import a model", str(Path.home()),
                                              "GGUF models (*.gguf)")
        if path:
            self.import_file(Path(path))

    def import_file(self, source: Path) -> None:
        if not self._imports.start(source):
            self._tell(self, "Import", "Another import is still running.")

    def importing(self) -> bool:
        return self._imports.busy

    def _on_import_started(self, name: str) -> None:
        self.import_button.setEnabled(False)
        self.import_button.setText(f"Importing {name}…")

    def _import_finished(self) -> None:
        self.import_button.setEnabled(True)
        self.import_button.setText("Import a .gguf file…")

    def _on_imported(self, result: object) -> None:
        self.refresh()
        self.installed_changed.emit()
        self.tabs.setCurrentIndex(2)
        if isinstance(result, ImportResult) and result.template_note:
            self._tell(self, "Imported", f"{result.path.name} was imported. "
                       f"{result.template_note}")

    def _on_import_failed(self, message: str) -> None:
        self._tell(self, "Import refused", message)

    def dragEnterEvent(self, event: object) -> None:
        accept_gguf_drop(event)

    def dropEvent(self, event: object) -> None:
        for path in dropped_ggufs(event):
            self.import_file(path)


def dropped_ggufs(event: object) -> list[Path]:
    mime = event.mimeData()  # type: ignore[attr-defined]
    return [Path(url.toLocalFile()) for url in mime.urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith(".gguf")]


def accept_gguf_drop(event: object) -> None:
    if dropped_ggufs(event):
        event.acceptProposedAction()  # type: ignore[attr-defined]
