"""The Models window over a local Hub server: real HTTP, real files, real widgets."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.models.catalog import Catalog, Fit, load_catalog, parse_catalog
from app.models.download import Downloader, partial_path
from app.models.queue import DownloadManager, TaskState
from app.ui.catalog_view import ACTION_COLUMN, ActionEnabledRole
from app.ui.model_manager import ModelManager
from tests.ggufbytes import llama_header
from tests.hub_server import HubFile, HubState, running_hub

REPO = "hearth-test/small"
NAME = "small.Q4_K_M.gguf"
DATA = llama_header(tensors=2) + os.urandom(4 * 1024 * 1024)
GB = 10**9


def catalog_with(size: int = len(DATA), kv_per_token: int = 1, gated: bool = False) -> Catalog:
    memory = size + kv_per_token * 1000
    entry = {
        "id": "small", "name": "Small Test Model", "repo_id": REPO, "filename": NAME,
        "size_bytes": size, "sha256": None, "revision": "main", "architecture": "llama",
        "parameters": "1M", "quant": "Q4_K_M", "context_length": 2048,
        "license": {"name": "MIT", "url": "https://example.org/license"}, "gated": gated,
        "description": "A test model.", "tags": ["chat"], "kv_bytes_per_token": kv_per_token,
        "default_context": 1000, "memory_bytes": memory, "supported": True,
        "bundled": False,
    }
    return parse_catalog({"version": 1, "memory_overhead_bytes": 0, "entries": [entry]})


def cell(manager: ModelManager, row: int, column: int,
         role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    return manager.catalog_model.index(row, column).data(role)


def click_action(qtbot: QtBot, manager: ModelManager, row: int) -> None:
    """Click the painted button in a catalog row, where a user would."""
    table = manager.catalog_table
    rect = table.visualRect(manager.catalog_model.index(row, ACTION_COLUMN))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


class Dialogs:
    def __init__(self) -> None:
        self.answer = True
        self.asked: list[str] = []
        self.told: list[tuple[str, str]] = []

    def ask(self, _parent: Any, title: str, text: str) -> bool:
        self.asked.append(text)
        return self.answer

    def tell(self, _parent: Any, title: str, text: str) -> None:
        self.told.append((title, text))


@pytest.fixture
def hub() -> Iterator[tuple[str, HubState]]:
    state = HubState()
    state.files[f"{REPO}/{NAME}"] = HubFile(DATA)
    with running_hub(state) as served:
        yield served


@pytest.fixture
def dialogs() -> Dialogs:
    return Dialogs()


@pytest.fixture
def make_manager(qtbot: QtBot, tmp_path: Path, hub: tuple[str, HubState],
                 dialogs: Dialogs) -> Iterator[Any]:
    endpoint, _ = hub
    made: list[DownloadManager] = []

    def make(catalog: Catalog | None = None, memory: int | Callable[[], int] = 16 * GB,
             token: str | None = None) -> ModelManager:
        downloads = DownloadManager(Downloader(tmp_path / "models", token=lambda: token,
                                               endpoint=endpoint, retry_delays=(0,)),
                                    tmp_path / "models")
        made.append(downloads)
        manager = ModelManager(catalog or catalog_with(), tmp_path / "models", downloads,
                               memory if callable(memory) else lambda: memory,
                               lambda: None, ask_user=dialogs.ask,
                               tell_user=dialogs.tell)
        qtbot.addWidget(manager)
        manager.show()
        return manager

    yield make
    for downloads in made:
        downloads.shutdown()


def test_the_real_catalog_is_listed_fits_first(qtbot: QtBot, make_manager: Any) -> None:
    catalog = load_catalog()
    manager = make_manager(catalog=catalog, memory=8 * GB)
    # the chat models, then a heading and the embedders for documents, which never mix in
    assert manager.catalog_model.rowCount() == len(catalog.entries) + 1 + len(catalog.embedders)
    rows = len(catalog.entries)
    assert rows >= 16 and cell(manager, rows, 0) == "For documents (embedding)"
    assert [cell(manager, rows + 1 + i, 0).split("\n")[0]
            for i in range(len(catalog.embedders))] == [e.name for e in catalog.embedders]
    labels = [cell(manager, row, 4).split(" · ")[0] for row in range(rows)]
    order = {"Fits": 0, "Tight": 1, "Too large": 2, "Unsupported": 3}
    assert [order[label] for label in labels] == sorted(order[label] for label in labels)
    assert "Too large" in labels and "Fits" in labels
    names = [cell(manager, row, 0) for row in range(rows)]
    assert any("Mixtral" in n for n in names) and any("Falcon" in n for n in names)


def test_the_fit_labels_follow_the_memory_free_now(qtbot: QtBot, make_manager: Any) -> None:
    """Read again whenever the window refreshes, not once at start-up: a model loaded or a
    program closed since then changes what fits."""
    free = [32 * GB]
    manager = make_manager(catalog=load_catalog(), memory=lambda: free[0])

    def fitting() -> int:
        rows = len(load_catalog().entries)  # the chat models, before the embedders
        return sum(cell(manager, row, 4).startswith("Fits") for row in range(rows))

    before = fitting()
    free[0] = 2 * GB
    manager.refresh()
    assert 0 < fitting() < before
    assert "2.0 GB" in manager.memory_intro.text()


def test_download_progress_pause_resume_and_install(qtbot: QtBot, make_manager: Any,
                                                    hub: tuple[str, HubState],
                                                    tmp_path: Path) -> None:
    _, state = hub
    state.files[f"{REPO}/{NAME}"].bytes_per_s = 4 * 1024 * 1024
    manager = make_manager()
    assert cell(manager, 0, ACTION_COLUMN) == "Download"
    click_action(qtbot, manager, 0)
    assert manager.tabs.currentIndex() == 1 and len(manager._downloads.tasks) == 1
    task = manager._downloads.tasks[0]
    qtbot.waitUntil(lambda: task.done > 256 * 1024, timeout=10_000)
    row = manager.download_row(task.id)
    assert row is not None and "MB/s" in row.detail.text() and "left" in row.detail.text()
    row.pause_button.click()
    qtbot.waitUntil(lambda: task.state == TaskState.PAUSED, timeout=5000)
    assert row.pause_button.text() == "Resume"
    kept = partial_path(tmp_path / "models", NAME).stat().st_size
    assert 0 < kept < len(DATA)
    state.files[f"{REPO}/{NAME}"].bytes_per_s = None
    row.pause_button.click()
    qtbot.waitUntil(lambda: task.state == TaskState.DONE, timeout=10_000)
    assert (tmp_path / "models" / NAME).read_bytes() == DATA
    assert state.requests[-1][2] == f"bytes={kept}-"
    assert manager.installed_table.rowCount() == 1
    assert cell(manager, 0, ACTION_COLUMN) == "Use"
    with qtbot.waitSignal(manager.use_model) as used:
        click_action(qtbot, manager, 0)
    assert used.args == [str(tmp_path / "models" / NAME)]


def test_cancel_asks_first_then_removes_everything(qtbot: QtBot, make_manager: Any,
                                                  hub: tuple[str, HubState], dialogs: Dialogs,
                                                  tmp_path: Path) -> None:
    _, state = hub
    state.files[f"{REPO}/{NAME}"].bytes_per_s = 1024 * 1024
    manager = make_manager()
    task = manager.download_entry(manager._catalog.entries[0])
    qtbot.waitUntil(lambda: task.done > 100_000, timeout=10_000)
    row = manager.download_row(task.id)
    dialogs.answer = False
    row.cancel_button.click()
    assert len(dialogs.asked) == 1 and task.state == TaskState.DOWNLOADING
    dialogs.answer = True
    row.cancel_button.click()
    qtbot.waitUntil(lambda: task.state == TaskState.CANCELLED, timeout=5000)
    assert list((tmp_path / "models").iterdir()) == []


def test_gated_download_names_the_model_page(qtbot: QtBot, make_manager: Any,
                                             hub: tuple[str, HubState]) -> None:
    endpoint, state = hub
    state.files[f"{REPO}/{NAME}"].gated_token = "hf_right"
    manager = make_manager(catalog=catalog_with(gated=True))
    task = manager.download_entry(manager._catalog.entries[0])
    qtbot.waitUntil(lambda: task.state == TaskState.FAILED, timeout=5000)
    text = manager.download_row(task.id).detail.text()
    assert f"{endpoint}/{REPO}" in text and "accept" in text


def test_too_large_asks_before_downloading(qtbot: QtBot, make_manager: Any,
                                           dialogs: Dialogs) -> None:
    manager = make_manager(catalog=catalog_with(kv_per_token=30 * GB // 1000), memory=8 * GB)
    assert cell(manager, 0, 4) == Fit.TOO_LARGE.value
    dialogs.answer = False
    assert manager.download_entry(manager._catalog.entries[0]) is None
    assert "needs about 30.0 GB" in dialogs.asked[0]


def test_any_hub_file_by_repo_and_name(qtbot: QtBot, make_manager: Any, tmp_path: Path,
                                       dialogs: Dialogs) -> None:
    manager = make_manager()
    manager.repo_field.setText("not a repo")
    manager.hub_button.click()
    assert dialogs.told and "owner/name" in dialogs.told[0][1]
    manager.repo_field.setText(REPO)
    manager.file_field.setText(NAME)
    manager.hub_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "models" / NAME).exists(), timeout=10_000)


def test_a_refused_import_says_why(qtbot: QtBot, make_manager: Any, tmp_path: Path,
                                   dialogs: Dialogs) -> None:
    manager = make_manager()
    bad = tmp_path / "fake.gguf"
    bad.write_text("hello")
    manager.import_file(bad)
    qtbot.waitUntil(lambda: bool(dialogs.told), timeout=10_000)
    title, text = dialogs.told[0]
    assert title == "Import refused" and "not a GGUF" in text
    qtbot.waitUntil(lambda: manager.import_button.isEnabled(), timeout=5000)


def test_an_import_is_probed_copied_and_listed(qtbot: QtBot, make_manager: Any,
                                               tmp_path: Path, dialogs: Dialogs) -> None:
    from tests.tiny_models import write_tiny_model

    source = write_tiny_model(tmp_path / "tiny-qwen.gguf", "qwen2")
    manager = make_manager()
    with qtbot.waitSignal(manager.installed_changed, timeout=30_000):
        manager.import_file(source)
    assert dialogs.told == []
    assert (tmp_path / "models" / "tiny-qwen.gguf").read_bytes() == source.read_bytes()
    assert manager.installed_table.item(0, 3).text() == "qwen2"


def test_deleting_an_installed_model_asks_first(qtbot: QtBot, make_manager: Any,
                                                tmp_path: Path, dialogs: Dialogs) -> None:
    models = tmp_path / "models"
    models.mkdir()
    (models / "a.gguf").write_bytes(llama_header(tensors=1))
    manager = make_manager()
    manager.installed_table.selectRow(0)
    dialogs.answer = False
    manager.delete_button.click()
    assert (models / "a.gguf").exists()
    dialogs.answer = True
    manager.delete_button.click()
    assert not (models / "a.gguf").exists() and manager.installed_table.rowCount() == 0


def test_a_download_cut_off_by_a_restart_comes_back_paused(
        qtbot: QtBot, make_manager: Any, hub: tuple[str, HubState], tmp_path: Path) -> None:
    _, state = hub
    state.files[f"{REPO}/{NAME}"].bytes_per_s = 2 * 1024 * 1024
    first = make_manager()
    task = first.download_entry(first._catalog.entries[0])
    qtbot.waitUntil(lambda: task.done > 200_000, timeout=10_000)
    first._downloads.shutdown()  # quitting keeps the partial file
    qtbot.waitUntil(lambda: task.state == TaskState.PAUSED, timeout=5000)
    kept = partial_path(tmp_path / "models", NAME).stat().st_size

    state.files[f"{REPO}/{NAME}"].bytes_per_s = None
    second = make_manager()
    second._downloads.restore_pending()
    restored = second._downloads.tasks
    assert [(t.spec.filename, t.state) for t in restored] == [(NAME, TaskState.PAUSED)]
    assert restored[0].done == kept
    row = second.download_row(restored[0].id)
    assert row is not None and "Paused" in row.detail.text()
    row.pause_button.click()  # Resume
    qtbot.waitUntil(lambda: restored[0].state == TaskState.DONE, timeout=10_000)
    assert state.requests[-1][2] == f"bytes={kept}-"


def test_unsupported_families_are_marked_and_cannot_be_downloaded(qtbot: QtBot,
                                                                 make_manager: Any) -> None:
    raw = catalog_with().entries[0]
    from dataclasses import replace

    catalog = Catalog((replace(raw, supported=False, unsupported_reason="No RWKV yet."),), 0)
    manager = make_manager(catalog=catalog)
    assert cell(manager, 0, 4) == "Unsupported"
    assert cell(manager, 0, 4, Qt.ItemDataRole.ToolTipRole) == "No RWKV yet."
    assert cell(manager, 0, ACTION_COLUMN, ActionEnabledRole) is False
    click_action(qtbot, manager, 0)
    assert manager._downloads.tasks == []


def test_dropped_files_are_filtered_to_local_ggufs(tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QUrl

    from app.ui.model_manager import dropped_ggufs

    class Drop:
        def __init__(self, urls: list[QUrl]) -> None:
            self._mime = QMimeData()
            self._mime.setUrls(urls)

        def mimeData(self) -> QMimeData:
            return self._mime

    drop = Drop([QUrl.fromLocalFile(str(tmp_path / "a.gguf")),
                 QUrl.fromLocalFile(str(tmp_path / "notes.txt")),
                 QUrl("https://example.org/remote.gguf")])
    assert dropped_ggufs(drop) == [tmp_path / "a.gguf"]
