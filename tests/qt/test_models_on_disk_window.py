"""The Models window's "On this computer" tab over a home that holds an Ollama store and an
LM Studio folder with real GGUF files: the look runs on the import job's thread, Use probes
the file with the real llama.cpp child and uses it where it is, Remove forgets it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.models.catalog import load_catalog
from app.models.download import Downloader
from app.models.elsewhere import ModelsElsewhere
from app.models.importer import ModelImports
from app.models.queue import DownloadManager
from app.ui.model_manager import ModelManager
from tests.tiny_models import write_tiny_model
from tests.unit.test_models_on_disk import ollama_pull, snapshot

GB = 10**9


class Dialogs:
    def __init__(self) -> None:
        self.answer = True
        self.asked: list[str] = []
        self.told: list[tuple[str, str]] = []

    def ask(self, _parent: Any, _title: str, text: str) -> bool:
        self.asked.append(text)
        return self.answer

    def tell(self, _parent: Any, title: str, text: str) -> None:
        self.told.append((title, text))


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    llama = write_tiny_model(tmp_path / "llama.gguf", "llama")
    qwen = write_tiny_model(tmp_path / "qwen2.gguf", "qwen2", seed=1)
    ollama_pull(home / ".ollama" / "models", "tiny", "latest", llama)
    repo = home / ".lmstudio" / "models" / "lmstudio-community" / "Tiny-Qwen2-GGUF"
    repo.mkdir(parents=True)
    (repo / "Tiny-Qwen2-Q8_0.gguf").write_bytes(qwen.read_bytes())
    (repo / "notes.gguf").write_text("not a model")
    return home


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, home: Path) -> Iterator[tuple[ModelManager, Dialogs]]:
    models = tmp_path / "hearth" / "models"
    downloads = DownloadManager(Downloader(models), models)
    imports = ModelImports(models, "log")
    dialogs = Dialogs()
    elsewhere = ModelsElsewhere(models, home=home, env={}, platform="linux")
    with qtbot.waitSignal(imports.scanned, timeout=20_000):
        manager = ModelManager(load_catalog(), models, downloads, lambda: 16 * GB,
                               lambda: None, ask_user=dialogs.ask, tell_user=dialogs.tell,
                               imports=imports, elsewhere=elsewhere, look_elsewhere=True)
        qtbot.addWidget(manager)
        manager.show()
    manager.tabs.setCurrentIndex(3)
    yield manager, dialogs
    assert imports.join(20_000)
    downloads.shutdown()


def rows(manager: ModelManager) -> list[list[str]]:
    table = manager.elsewhere_table
    return [[table.item(row, column).text() for column in range(table.columnCount())]
            for row in range(table.rowCount())]


def select(qtbot: QtBot, manager: ModelManager, name: str) -> None:
    row = next(i for i, values in enumerate(rows(manager)) if values[0].startswith(name))
    table = manager.elsewhere_table
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_tab_lists_other_apps_models_with_size_fit_and_place(
        window: tuple[ModelManager, Dialogs], home: Path) -> None:
    manager, _ = window
    assert manager.tabs.tabText(3) == "On this computer"
    listed = {values[0]: values for values in rows(manager)}
    assert set(listed) == {"tiny:latest", "Tiny-Qwen2-Q8_0", "notes"}
    ollama = listed["tiny:latest"]
    assert ollama[2:4] == ["Fits", "Ollama"] and ollama[1].endswith("kB")
    assert ollama[4].startswith(str(home / ".ollama" / "models" / "blobs" / "sha256-"))
    assert listed["Tiny-Qwen2-Q8_0"][2:4] == ["Fits", "LM Studio"]
    assert listed["notes"][2].startswith("Cannot be used: This is not a GGUF model file")
    assert "Models from other apps: 3" in manager.elsewhere_status.text()
    for widget in (manager.elsewhere_table, manager.use_elsewhere_button,
                   manager.forget_button, manager.scan_button, manager.elsewhere_status):
        assert widget.accessibleName()


def test_use_probes_the_file_and_uses_it_where_it_is(
        qtbot: QtBot, window: tuple[ModelManager, Dialogs], home: Path,
        tmp_path: Path) -> None:
    manager, dialogs = window
    before = snapshot(home)
    select(qtbot, manager, "notes")
    assert not manager.use_elsewhere_button.isEnabled()  # not a model: nothing to use
    select(qtbot, manager, "tiny:latest")
    assert manager.use_elsewhere_button.isEnabled()
    with qtbot.waitSignal(manager.use_model, timeout=60_000) as used:
        qtbot.mouseClick(manager.use_elsewhere_button, Qt.MouseButton.LeftButton)
        assert rows(manager)[[r[0] for r in rows(manager)].index("tiny:latest")][2] \
            == "Checking…"
    blob = Path(used.args[0])
    assert blob.parent == home / ".ollama" / "models" / "blobs"
    assert dialogs.told == []
    assert manager._elsewhere.find(blob).checked  # type: ignore[union-attr]
    assert not any((tmp_path / "hearth" / "models").glob("*.gguf"))  # nothing copied
    with qtbot.waitSignal(manager.use_model, timeout=1000):  # checked: no second probe
        qtbot.mouseClick(manager.use_elsewhere_button, Qt.MouseButton.LeftButton)
    assert snapshot(home) == before


def test_remove_forgets_and_a_deleted_model_is_shown_missing(
        qtbot: QtBot, window: tuple[ModelManager, Dialogs], home: Path) -> None:
    manager, dialogs = window
    qwen = next(m for m in manager.elsewhere_models() if m.source == "lmstudio")
    select(qtbot, manager, "Tiny-Qwen2-Q8_0")
    with qtbot.waitSignal(manager.installed_changed):
        qtbot.mouseClick(manager.forget_button, Qt.MouseButton.LeftButton)
    assert "Its file stays where LM Studio keeps it" in dialogs.asked[-1]
    assert "Tiny-Qwen2-Q8_0" not in [r[0] for r in rows(manager)]
    assert qwen.path.is_file()

    ollama = next(m for m in manager.elsewhere_models() if m.source == "ollama")
    ollama.path.unlink()  # `ollama rm tiny`
    manager.refresh()
    listed = {values[0]: values for values in rows(manager)}
    assert listed["tiny:latest"][2] == "Missing: Ollama deleted or moved it"
    select(qtbot, manager, "tiny:latest")
    assert not manager.use_elsewhere_button.isEnabled()
    assert manager.forget_button.isEnabled()
    assert "no longer there" in manager.elsewhere_status.text()
    with qtbot.waitSignal(manager._imports.scanned, timeout=20_000):
        qtbot.mouseClick(manager.scan_button, Qt.MouseButton.LeftButton)
    assert [r[0] for r in rows(manager)] == ["notes", "tiny:latest"]  # forgotten stays so
