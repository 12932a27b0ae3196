"""Watched folders: what is added, changed or deleted in a collection's folder reaches the
index by itself, reading only what changed; the real child process and embedder."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.chat.collections import Collections
from app.docs_cli import bundled_embedder
from app.documents.index import INDEX_FILE, DocumentIndex, FileStatus
from app.documents.indexer import IndexReport

pytestmark = pytest.mark.real_model
TAX = "Receipts for the home office must be kept for six years."


def files_in(index_path: Path) -> dict[str, FileStatus]:
    index = DocumentIndex(index_path)
    try:
        return {Path(f.path).name: f.status for f in index.files(index.collection("Tax"))}
    finally:
        index.close()


def test_a_watched_folder_keeps_its_index_up_to_date(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "receipts"
    (folder / "2026").mkdir(parents=True)
    (folder / "rules.txt").write_text(TAX, encoding="utf-8")
    collections = Collections(tmp_path / INDEX_FILE, bundled_embedder(), threads=1,
                              refresh_ms=50, settle_ms=100)
    collections.create("Tax")
    collections.add_sources("Tax", [folder])
    reports: list[IndexReport] = []
    collections.finished.connect(lambda _name, report: reports.append(report))
    collections.watch()  # at start: brought up to date, then watched
    qtbot.waitUntil(lambda: len(reports) == 1, timeout=60_000)
    qtbot.waitUntil(lambda: str(folder / "2026") in collections.watched, timeout=5000)
    assert files_in(tmp_path / INDEX_FILE) == {"rules.txt": FileStatus.INDEXED}

    (folder / "2026" / "march.md").write_text("# March\n\nA receipt for a desk.", "utf-8")
    qtbot.waitUntil(lambda: len(reports) == 2, timeout=60_000)
    assert (reports[1].indexed, reports[1].unchanged) == (1, 1)  # only the new file read
    assert files_in(tmp_path / INDEX_FILE) == {"march.md": FileStatus.INDEXED,
                                               "rules.txt": FileStatus.INDEXED}
    (folder / "rules.txt").unlink()
    qtbot.waitUntil(lambda: len(reports) == 3, timeout=60_000)
    assert reports[2].dropped == 1
    assert files_in(tmp_path / INDEX_FILE) == {"march.md": FileStatus.INDEXED}
    assert collections.join(10_000)
