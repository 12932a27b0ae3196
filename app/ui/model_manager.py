"""The Models window: the catalog with "will it fit", the download queue, installed models,
imports, downloads of any GGUF by repository and file name, and the models other apps keep
on this computer, used where they are."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
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
from app.i18n import ui_locale
from app.models.catalog import Catalog, CatalogEntry, Fit, fit
from app.models.download import DownloadSpec, catalog_spec
from app.models.elsewhere import ModelElsewhere, ModelsElsewhere
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
        return translate("DownloadRow", "{s} s").format(s=seconds)
    if seconds < 3600:
        return translate("DownloadRow", "{m} min {s} s").format(
            m=seconds // 60, s=f"{seconds % 60:02d}")
    return translate("DownloadRow", "{h} h {m} min").format(
        h=seconds // 3600, m=f"{seconds % 3600 // 60:02d}")


translate = QCoreApplication.translate


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
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.clicked.connect(self._pause_or_resume)
        self.cancel_button = QPushButton(self.tr("Cancel"))
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
            text = self.tr("{done} of {total} · {speed} MB/s · {eta} left").format(
                done=human_size(task.done), total=human_size(task.total),
                speed=ui_locale().toString(task.bytes_per_s / 1e6, "f", 1),
                eta=duration(task.eta_s))
        elif state == TaskState.PAUSED:
            text = self.tr("Paused at {done} of {total}; resume any time, even after "
                           "restarting Hearth.").format(done=human_size(task.done),
                                                       total=human_size(task.total))
        elif state == TaskState.FAILED:
            text = self.tr("Failed: {error}").format(error=task.error)
        elif state == TaskState.DONE:
            text = self.tr("Downloaded and verified.")
        elif state == TaskState.CANCELLED:
            text = self.tr("Cancelled; the partial file was removed.")
        else:
            text = self.tr("Waiting for the download before it.")
        self.detail.setText(text)
        self.pause_button.setText({TaskState.PAUSED: self.tr("Resume"),
                                   TaskState.FAILED: self.tr("Retry")}
                                  .get(state, self.tr("Pause")))
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
        if self._ask(self, self.tr("Cancel download"),
                     self.tr("Cancel the download of {name} and delete what was "
                             "downloaded so far?").format(name=self.task.name)):
            self._manager.cancel(self.task)


class ModelManager(QDialog):
    use_model = Signal(str)  # path of the model to load and make the default
    installed_changed = Signal()

    def __init__(self, catalog: Catalog, models_dir: Path, downloads: DownloadManager,
                 usable_memory: Callable[[], int], current_model: Callable[[], Path | None],
                 log_file: str = "the log file", ask_user: Ask = ask, tell_user: Tell = tell,
                 parent: QWidget | None = None, connections: Connections | None = None,
                 speed: SpeedEstimator | None = None,
                 imports: ModelImports | None = None,
                 elsewhere: ModelsElsewhere | None = None,
                 look_elsewhere: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Models"))
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
        # other apps' models: what was found is remembered; the look itself runs on the
        # import job's thread (`look_elsewhere`: when the window opens), never on this one
        self._elsewhere = elsewhere or ModelsElsewhere(models_dir, catalog)
        self._elsewhere_rows: list[ModelElsewhere] = []
        self._checking: Path | None = None  # the one being probed before its first use
        self._imports.checked.connect(self._on_checked)
        self._imports.check_failed.connect(self._on_check_failed)
        self._imports.scanned.connect(self._on_scanned)
        self._imports.scan_failed.connect(self._on_scan_failed)
        self.setAcceptDrops(True)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Models"))
        self.tabs.addTab(self._catalog_tab(), self.tr("Catalog"))
        self.tabs.addTab(self._downloads_tab(), self.tr("Downloads"))
        self.tabs.addTab(self._installed_tab(), self.tr("Installed"))
        self.tabs.addTab(self._elsewhere_tab(), self.tr("On this computer"))
        self.connections_tab = ConnectionsTab(connections, tell_user) if connections else None
        if self.connections_tab is not None:
            self.tabs.addTab(self.connections_tab, self.tr("Connections"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        downloads.task_changed.connect(self._on_task_changed)
        downloads.installed.connect(lambda _task: self.refresh())
        for task in downloads.tasks:
            self._on_task_changed(task)
        self.refresh()
        if look_elsewhere:
            self.look_elsewhere()

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
        self.repo_field.setPlaceholderText(self.tr("owner/repository"))
        self.repo_field.setAccessibleName(self.tr("Hugging Face repository"))
        self.file_field = QLineEdit()
        self.file_field.setPlaceholderText("file.Q4_K_M.gguf")
        self.file_field.setAccessibleName(self.tr("File name in the repository"))
        self.hub_button = QPushButton(self.tr("Download from Hugging Face"))
        self.hub_button.clicked.connect(self._download_from_hub)
        self.import_button = QPushButton(self.tr("Import a .gguf file…"))
        self.import_button.clicked.connect(self._choose_import)
        hub = QHBoxLayout()
        hub.addWidget(QLabel(self.tr("Any GGUF:")))
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
        return self.tr("This computer has {memory} of memory free for a model (a GPU's "
                       "included). Models that fit and should write at least 8 tokens a "
                       "second here come first; the speeds are estimates from the replies "
                       "measured on this computer. Downloads come from Hugging Face; nothing "
                       "is sent anywhere until you press Download.").format(
            memory=gb(self._memory))

    def _fill_catalog(self, installed: set[str]) -> None:
        embedders = {e.filename for e in self._catalog.embedders
                     if (self._models_dir / e.filename).is_file()}
        self.catalog_model.fill(self._catalog.recommended(self._memory, self._speed),
                                self._memory, installed | embedders, self._speed,
                                embedders=self._catalog.embedders)

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
                self, self.tr("Too large for this computer"),
                self.tr("{name} needs about {needed} of memory and this computer has "
                        "{free}. It will probably not run. Download anyway?").format(
                    name=entry.name, needed=gb(entry.memory_bytes), free=gb(self._memory))):
            return None
        task = self._downloads.enqueue(catalog_spec(entry), entry.name)
        self.tabs.setCurrentIndex(1)
        return task

    def _download_from_hub(self) -> None:
        repo, filename = self.repo_field.text().strip(), self.file_field.text().strip()
        if "/" not in repo or not filename.endswith(".gguf"):
            self._tell(self, self.tr("Download from Hugging Face"),
                       self.tr("Enter a repository like owner/name and a file name ending "
                               "in .gguf."))
            return
        self._downloads.enqueue(DownloadSpec(repo, filename), f"{repo} · {filename}")
        self.tabs.setCurrentIndex(1)

    # downloads

    def _downloads_tab(self) -> QWidget:
        page = QWidget()
        self._download_list = QVBoxLayout()
        self._download_list.addStretch(1)
        self.no_downloads = QLabel(self.tr("No downloads yet. Pick a model in the Catalog tab."))
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
            [self.tr("Model"), self.tr("Size"), self.tr("Quant"), self.tr("Architecture"),
             self.tr("Context"), self.tr("File")])
        self.installed_table.verticalHeader().setVisible(False)
        self.installed_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.installed_table.setSelectionBehavior(
            QAbstractItemView.SelectionBehavior.SelectRows)
        self.installed_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.installed_table.horizontalHeader().setSectionResizeMode(
            5, QHeaderView.ResizeMode.Stretch)
        self.use_button = QPushButton(self.tr("Use as default"))
        self.use_button.clicked.connect(self._use_selected)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self._delete_selected)
        self.folder_button = QPushButton(self.tr("Open folder"))
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
            name = (self.tr("{name}  (in use)").format(name=model.name) if current == model.path
                    else model.name)
            values = [name, human_size(model.size_bytes), model.quant, model.architecture,
                      str(model.context_length or "?"), str(model.path)]
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        self._fill_catalog({m.path.name for m in self._installed})
        self._fill_elsewhere()

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
            self._tell(self, self.tr("Delete model"), self.tr(
                "{name} is in use. Choose another model first.").format(name=model.name))
            return
        if self._ask(self, self.tr("Delete model"), self.tr(
                "Delete {name} ({size}) from this computer?\n{path}").format(
                    name=model.name, size=gb(model.size_bytes), path=model.path)):
            remove_model(model.path)
            self.refresh()
            self.installed_changed.emit()

    # other apps' models, on this computer

    def _elsewhere_tab(self) -> QWidget:
        page = QWidget()
        intro = QLabel(self.tr(
            "Models that other apps (LM Studio, Ollama, GPT4All, Jan) downloaded to this "
            "computer. Hearth uses them where they are, without copying them, and never "
            "changes or deletes their files: Remove only makes Hearth forget one."))
        intro.setWordWrap(True)
        self.elsewhere_status = QLabel()
        self.elsewhere_status.setWordWrap(True)
        self.elsewhere_status.setAccessibleName(self.tr("What was found"))
        table = self.elsewhere_table = QTableWidget(0, 5)
        table.setAccessibleName(self.tr("Models from other apps on this computer"))
        table.setHorizontalHeaderLabels([self.tr("Model"), self.tr("Size"), self.tr("Fit"),
                                         self.tr("From"), self.tr("Where")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a path's end tells most
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        table.itemSelectionChanged.connect(self._elsewhere_buttons)
        table.doubleClicked.connect(lambda _index: self._use_elsewhere())
        self.use_elsewhere_button = QPushButton(self.tr("Use"))
        self.use_elsewhere_button.setAccessibleName(
            self.tr("Use the chosen model where it is"))
        self.use_elsewhere_button.clicked.connect(self._use_elsewhere)
        self.forget_button = QPushButton(self.tr("Remove"))
        self.forget_button.setAccessibleName(
            self.tr("Remove the chosen model from this list; its file stays"))
        self.forget_button.clicked.connect(self._forget_elsewhere)
        self.scan_button = QPushButton(self.tr("Look again"))
        self.scan_button.setAccessibleName(self.tr("Look again in other apps' folders"))
        self.scan_button.clicked.connect(self.look_elsewhere)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_elsewhere_button)
        buttons.addWidget(self.forget_button)
        buttons.addStretch(1)
        buttons.addWidget(self.scan_button)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.elsewhere_status)
        layout.addWidget(table, 1)
        layout.addLayout(buttons)
        return page

    def elsewhere_models(self) -> list[ModelElsewhere]:
        return self._elsewhere_rows

    def look_elsewhere(self) -> None:
        """Look through the other apps' folders again, off this thread."""
        if self._imports.scan(self._elsewhere):
            self.scan_button.setEnabled(False)
            self.elsewhere_status.setText(self.tr("Looking in other apps' folders…"))

    def _on_scanned(self, _models: object) -> None:
        self.scan_button.setEnabled(True)
        self._fill_elsewhere()
        self.installed_changed.emit()  # the selector offers what is still there

    def _on_scan_failed(self, message: str) -> None:
        self.scan_button.setEnabled(True)
        self.elsewhere_status.setText(message)

    def _fit_text(self, model: ModelElsewhere) -> str:
        if model.missing:
            return self.tr("Missing: {app} deleted or moved it").format(app=model.app)
        if model.error is not None:
            return self.tr("Cannot be used: {reason}").format(reason=model.error)
        if self._checking == model.path:
            return self.tr("Checking…")
        return {Fit.FITS: self.tr("Fits"), Fit.TIGHT: self.tr("Tight"),
                Fit.TOO_LARGE: self.tr("Too large")}[model.fit(self._memory)]

    def _fill_elsewhere(self) -> None:
        selected = self._selected_elsewhere()
        self._elsewhere_rows = rows = self._elsewhere.models()
        table = self.elsewhere_table
        table.setRowCount(len(rows))
        current = self._current_model()
        for row, model in enumerate(rows):
            name = (self.tr("{name}  (in use)").format(name=model.name)
                    if current == model.path else model.name)
            values = [name, human_size(model.size_bytes), self._fit_text(model), model.app,
                      str(model.path)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                table.setItem(row, column, item)
            if selected is not None and model.path == selected.path:
                table.selectRow(row)
        if self.scan_button.isEnabled():
            missing = sum(m.missing for m in rows)
            if not rows:
                text = self.tr("No models were found in the folders of LM Studio, Ollama, "
                               "GPT4All or Jan.") if self._elsewhere.scanned else \
                    self.tr("Press Look again to look in other apps' folders.")
            elif missing:
                text = self.tr("Models from other apps: %n; {missing} of them no longer "
                               "there.", "", len(rows)).format(missing=missing)
            else:
                text = self.tr("Models from other apps: %n, used where they are.", "",
                               len(rows))
            self.elsewhere_status.setText(text)
        self._elsewhere_buttons()

    def _selected_elsewhere(self) -> ModelElsewhere | None:
        rows = self.elsewhere_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._elsewhere_rows):
            return None
        return self._elsewhere_rows[rows[0].row()]

    def _elsewhere_buttons(self) -> None:
        model = self._selected_elsewhere()
        self.use_elsewhere_button.setEnabled(model is not None and model.usable
                                             and self._checking is None)
        self.forget_button.setEnabled(model is not None)

    def _use_elsewhere(self) -> None:
        model = self._selected_elsewhere()
        if model is None or not model.usable or self._checking is not None:
            return
        if model.checked:  # llama.cpp has read this very file before
            self.use_model.emit(str(model.path))
            return
        # probed first, as an import is, in a child process: nothing is copied
        if not self._imports.use_in_place(model.path, model.name):
            self._tell(self, self.tr("Use"), self.tr(
                "An import is still running; try again when it is done."))
            return
        self._checking = model.path
        self._fill_elsewhere()

    def _on_checked(self, result: object) -> None:
        self._checking = None
        if not isinstance(result, ImportResult):
            return
        self._elsewhere.mark_checked(result.path)
        self._fill_elsewhere()
        self.installed_changed.emit()
        self.use_model.emit(str(result.path))
        if result.template_note:
            model = self._elsewhere.find(result.path)
            self._tell(self, self.tr("Use"), self.tr("{name}: {note}").format(
                name=model.name if model else result.path.name, note=result.template_note))

    def _on_check_failed(self, message: str) -> None:
        self._checking = None
        self._fill_elsewhere()
        self._tell(self, self.tr("This model cannot be used"), message)

    def _forget_elsewhere(self) -> None:
        model = self._selected_elsewhere()
        if model is None:
            return
        if self._ask(self, self.tr("Remove from the list"), self.tr(
                "Stop offering {name}? Its file stays where {app} keeps it:\n{path}").format(
                    name=model.name, app=model.app, path=model.path)):
            self._elsewhere.forget(model.path)
            self._fill_elsewhere()
            self.installed_changed.emit()

    # imports

    def _choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a model"), str(Path.home()),
                                              self.tr("GGUF models (*.gguf)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, source: Path) -> None:
        if not self._imports.start(source):
            self._tell(self, self.tr("Import"), self.tr("Another import is still running."))

    def importing(self) -> bool:
        return self._imports.busy

    def _on_import_started(self, name: str) -> None:
        self.import_button.setEnabled(False)
        self.import_button.setText(self.tr("Importing {name}…").format(name=name))

    def _import_finished(self) -> None:
        self.import_button.setEnabled(True)
        self.import_button.setText(self.tr("Import a .gguf file…"))

    def _on_imported(self, result: object) -> None:
        self.refresh()
        self.installed_changed.emit()
        self.tabs.setCurrentIndex(2)
        if isinstance(result, ImportResult) and result.template_note:
            self._tell(self, self.tr("Imported"), self.tr("{name} was imported. {note}").format(
                name=result.path.name, note=result.template_note))

    def _on_import_failed(self, message: str) -> None:
        self._tell(self, self.tr("Import refused"), message)

    def dragEnterEvent(self, event: object) -> None:
        accept_gguf_drop(event)

    def dropEvent(self, event: object) -> None:
        for path in dropped_ggufs(event):
            self.import_file(path)


def dropped_files(event: object) -> list[Path]:
    mime = event.mimeData()  # type: ignore[attr-defined]
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def dropped_ggufs(event: object) -> list[Path]:
    return [path for path in dropped_files(event) if path.suffix.lower() == ".gguf"]


def accept_gguf_drop(event: object) -> None:
    if dropped_ggufs(event):
        event.acceptProposedAction()  # type: ignore[attr-defined]
