"""The sidebar's search finds the user's documents too: a Documents section under the
conversations found, off the GUI thread, and a passage opens in its context."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.documents.index import INDEX_FILE, DocumentIndex
from app.documents.types import Chunk
from app.paths import AppPaths
from app.ui.source_dialog import SourceDialog
from tests.qt.conftest import MakeApp


def test_typing_finds_passages_in_documents_and_one_opens(
        qtbot: QtBot, make_app: MakeApp, paths: AppPaths) -> None:
    index = DocumentIndex(paths.data / INDEX_FILE)
    tax = index.collection("Tax 2026", create=True)
    file_id = index.upsert_file(tax, "/docs/rules.txt", 1, 1.0)
    texts = ["Keep every receipt for the home office six years.", "Nothing else here."]
    index.store_chunks(file_id, 1, 1.0, "sha", "", [Chunk(i, t, f"line {i + 1}")
                                                    for i, t in enumerate(texts)],
                       np.ones((2, 2), np.float32))
    index.close()
    app = make_app()
    sidebar = app.window.sidebar
    assert not sidebar.documents_view.isVisibleTo(sidebar)
    qtbot.keyClicks(sidebar.search, "receipts")
    qtbot.waitUntil(lambda: sidebar.documents_view.count() == 1, timeout=5000)
    assert sidebar.documents_view.isVisibleTo(sidebar)
    assert sidebar.documents_view.accessibleName() == "Passages found in your documents"
    item = sidebar.documents_view.item(0)
    assert item.text().startswith("rules.txt · line 1\nKeep every receipt")
    sidebar.documents_view.setCurrentRow(0)
    qtbot.keyClick(sidebar.documents_view, Qt.Key.Key_Return)
    dialog = next(w for w in app.window.findChildren(SourceDialog) if w.isVisible())
    assert dialog.windowTitle() == "rules.txt"
    assert dialog.passage.toPlainText().split("\n") == [texts[0], texts[1]]
    sidebar.search.clear()
    qtbot.waitUntil(lambda: not sidebar.documents_view.isVisibleTo(sidebar), timeout=5000)
