"""The Documents window over a real index file: it lists a collection's files with the reason
a file could not be read in plain sight, every control has a spoken name, a collection is
made from the keyboard alone, a damaged index offers its rebuild, and (with the bundled
embedder) a folder added by keyboard is indexed with its progress shown."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.chat.collections import Collections
from app.docs_cli import bundled_embedder
from app.documents.index import INDEX_FILE, DocumentIndex, FileStatus
from app.documents.types import Chunk
from app.ui.documents_window import REASON_COLUMN, STATE_COLUMN, DocumentsWindow
from tests.qt.test_accessibility import focus_by_keyboard, unnamed

PASSWORD = "It is password-protected."
SCAN = "No text in it: its pages are images (a scan?)."

MakeWindow = Callable[..., DocumentsWindow]


class Asked:
    """Stands in for the message boxes: records what was asked and told."""

    def __init__(self) -> None:
        self.answer = True
        self.asked: list[str] = []
        self.told: list[str] = []
        self.folder: Path | None = None

    def ask(self, _parent: QWidget, title: str, _text: str) -> bool:
        self.asked.append(title)
        return self.answer

    def tell(self, _parent: QWidget, _title: str, text: str) -> None:
        self.told.append(text)


def fill(index_path: Path, folder: Path) -> None:
    """A collection as the indexer leaves it: indexed, waiting and two unreadable files."""
    folder.mkdir(exist_ok=True)
    index = DocumentIndex(index_path)
    tax = index.collection("Tax 2026", create=True)
    index.add_source(tax, folder)
    index.collection("Thesis sources", create=True)
    notes = index.upsert_file(tax, str(folder / "notes.md"), 10, 1.0)
    chunks = [Chunk(n, f"Receipts are kept for six years, part {n}.", f"§ Part {n}")
              for n in range(3)]
    index.store_chunks(notes, 10, 1.0, "0" * 64, "embedder", chunks,
                       np.ones((3, 4), dtype=np.float32))
    index.upsert_file(tax, str(folder / "summary.txt"), 10, 1.0)
    index.quarantine(index.upsert_file(tax, str(folder / "bank statement.pdf"), 10, 1.0),
                     PASSWORD)
    index.quarantine(index.upsert_file(tax, str(folder / "scanned receipt.pdf"), 10, 1.0),
                     SCAN)
    index.close()


@pytest.fixture
def asked() -> Asked:
    return Asked()


@pytest.fixture
def make_window(qtbot: QtBot, tmp_path: Path,
                asked: Asked) -> Iterator[MakeWindow]:
    made: list[Collections] = []

    def make(embedder: Path | None = None) -> DocumentsWindow:
        collections = Collections(tmp_path / INDEX_FILE, embedder, threads=1, refresh_ms=50)
        made.append(collections)
        window = DocumentsWindow(collections, None, asked.ask, asked.tell,
                                 files_chooser=lambda _parent: [],
                                 folder_chooser=lambda _parent: asked.folder)
        qtbot.addWidget(window)
        return window

    yield make
    for collections in made:
        assert collections.join(10_000)


def shown(qtbot: QtBot, window: DocumentsWindow, rows: int) -> None:
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.file_model.rowCount() == rows, timeout=5000)


def cell(window: DocumentsWindow, row: int, column: int) -> str:
    return str(window.file_model.index(row, column).data())


def test_a_file_that_could_not_be_read_says_why_in_plain_sight(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    fill(tmp_path / INDEX_FILE, tmp_path / "tax")
    window = make_window()
    shown(qtbot, window, 4)
    assert window.selected() == "Tax 2026"  # the first collection is open at once
    assert window.sources_list.item(0).text() == str(tmp_path / "tax")
    # problems first, each with its reason in its own column, not in a tooltip
    assert [cell(window, r, 0) for r in range(4)] == [
        "bank statement.pdf", "scanned receipt.pdf", "summary.txt", "notes.md"]
    assert [cell(window, r, STATE_COLUMN) for r in range(4)] == [
        "Not indexed", "Not indexed", "Waiting", "Indexed · 3 passages"]
    assert [cell(window, r, REASON_COLUMN) for r in range(4)] == [PASSWORD, SCAN, "", ""]
    assert not window.file_table.isColumnHidden(REASON_COLUMN)
    assert window.file_table.columnWidth(REASON_COLUMN) > 200
    assert "not indexed 2" in window.summary_label.text()
    assert window.index_button.text() == "&Update"

    # the chosen file whole, wrapped under the table: what a screen reader reads as well
    window.file_table.setFocus()
    window.file_table.selectRow(0)
    assert window.detail_label.text() == (f"{tmp_path / 'tax' / 'bank statement.pdf'}\n"
                                          f"Not indexed: {PASSWORD}")
    qtbot.keyClick(window.file_table, Qt.Key.Key_Down)
    assert window.detail_label.text() == (f"{tmp_path / 'tax' / 'scanned receipt.pdf'}\n"
                                          f"Not indexed: {SCAN}")
    assert window.detail_label.isVisible() and window.detail_label.wordWrap()


def test_every_control_has_a_spoken_name(qtbot: QtBot, make_window: MakeWindow,
                                         tmp_path: Path) -> None:
    fill(tmp_path / INDEX_FILE, tmp_path / "tax")
    window = make_window()
    shown(qtbot, window, 4)
    assert unnamed(window) == []
    (tmp_path / INDEX_FILE).write_bytes(b"damaged " * 1000)
    broken = make_window()
    broken.show()
    assert broken.rebuild_button.isVisible() and unnamed(broken) == []


def test_a_collection_is_made_with_the_keyboard_alone(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.collection_list,
                    timeout=3000)
    assert window.right.currentWidget() is window.empty_label  # says what a collection is
    new = focus_by_keyboard(qtbot, window.collection_list, "New collection",
                            backwards=False)
    qtbot.keyClick(new, Qt.Key.Key_Space)
    dialog = window.name_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=3000)
    field = QApplication.focusWidget()
    assert dialog.isAncestorOf(field)
    qtbot.keyClicks(field, "Thesis sources")
    with qtbot.waitSignal(window.collections.changed):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert [c.name for c in window.collections.collections()] == ["Thesis sources"]
    assert window.selected() == "Thesis sources"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.add_folder_button,
                    timeout=3000)  # what comes next


def test_a_damaged_index_is_said_and_rebuilt_from_the_window(
        qtbot: QtBot, make_window: MakeWindow, asked: Asked,
        tmp_path: Path) -> None:
    (tmp_path / INDEX_FILE).write_bytes(b"damaged " * 1000)
    window = make_window()
    window.show()
    assert window.problem_frame.isVisible() and "cannot be read" in \
        window.problem_label.text()
    assert not window.splitter.isEnabled()
    qtbot.mouseClick(window.rebuild_button, Qt.MouseButton.LeftButton)
    assert asked.asked == ["Rebuild the documents index"]
    assert not window.problem_frame.isVisible() and window.splitter.isEnabled()
    assert window.collections.problem == ""


def test_ten_thousand_files_are_listed_problems_first(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    index = DocumentIndex(tmp_path / INDEX_FILE)
    big = index.collection("Archive", create=True)
    index.add_source(big, tmp_path)
    with index._db:  # one transaction: 10,000 of the indexer's per-file commits take long
        index._db.executemany(
            "INSERT INTO files (collection_id, path, size, mtime, status, problem) "
            "VALUES (?, ?, 1, 1.0, ?, ?)",
            [(big.id, f"{tmp_path}/box {n // 100}/letter {n:05d}.txt",
              FileStatus.QUARANTINED.value if n == 9_999 else FileStatus.PENDING.value,
              PASSWORD if n == 9_999 else None) for n in range(10_000)])
    index.close()
    window = make_window()
    shown(qtbot, window, 10_000)
    assert cell(window, 0, 0) == "letter 09999.txt" and cell(window, 0, REASON_COLUMN) == \
        PASSWORD


@pytest.mark.real_model
def test_a_folder_added_by_keyboard_is_indexed_with_its_progress_shown(
        qtbot: QtBot, make_window: MakeWindow, asked: Asked,
        tmp_path: Path) -> None:
    folder = tmp_path / "thesis"
    folder.mkdir()
    for number in range(3):
        (folder / f"chapter {number}.md").write_text(
            f"# Chapter {number}\n\nThe lighthouse keeper wrote the weather down.",
            encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    asked.folder = folder
    window = make_window(bundled_embedder())
    window.collections.create("Thesis sources")
    window.show()
    qtbot.waitExposed(window)
    said: list[str] = []
    window.collections.progress.connect(lambda *_: said.append(window.status_label.text()))
    with qtbot.waitSignal(window.collections.finished, timeout=120_000):
        window.add_folder_button.setFocus()
        qtbot.keyClick(window.add_folder_button, Qt.Key.Key_Space)
    assert said[:2] == ["Indexing 1 of 4: chapter 0.md", "Indexing 2 of 4: chapter 1.md"]
    assert window.status_label.text().startswith("Up to date at ")
    assert "1 could not be read (see below)." in window.status_label.text()
    assert not window.progress_bar.isVisible() and not window.pause_button.isEnabled()
    qtbot.waitUntil(lambda: window.file_model.rowCount() == 4, timeout=5000)
    assert cell(window, 0, REASON_COLUMN) == "It is empty."
