"""The catalog table shows what today's models can do, and the embedders in a group of
their own that offers no Use button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView
from pytestqt.qtbot import QtBot

from app.models.catalog import load_catalog
from app.models.speed import SpeedEstimator
from app.ui.catalog_view import ACTION_COLUMN, ButtonDelegate, CatalogModel

GB = 10**9


def filled(installed: set[str] | None = None) -> CatalogModel:
    catalog = load_catalog()
    speed = SpeedEstimator(cores=8)
    speed.record(253_113_024, 120.0, tokens=100)
    model = CatalogModel()
    model.fill(catalog.recommended(32 * GB, speed), 32 * GB, installed or set(), speed,
               embedders=catalog.embedders)
    return model


def rows_by_id(model: CatalogModel) -> dict[str, int]:
    return {model.row(r).entry.id: r for r in range(model.rowCount())
            if not model.is_heading(r)}


def test_badges_say_what_a_model_can_do_in_words(qtbot: QtBot) -> None:
    model = filled()
    rows = rows_by_id(model)
    text = model.index(rows["gpt-oss-20b"], 0).data()
    assert "[Reasoning]" in text and "[Tools]" in text and "Images" not in text
    assert "[Images (later)]" in model.index(rows["gemma-3-12b-it"], 0).data()
    plain = model.index(rows["mistral-7b-instruct-v0.2"], 0).data()
    assert "[" not in plain
    spoken = model.index(rows["qwen3-8b"], 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "Qwen3 8B, Reasoning, Tools"
    described = model.index(rows["qwen3-8b"], 0).data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert "thinks before it answers" in described


def test_embedders_come_last_under_their_own_heading(qtbot: QtBot) -> None:
    model = filled()
    headings = [r for r in range(model.rowCount()) if model.is_heading(r)]
    assert len(headings) == 1
    heading = headings[0]
    assert model.index(heading, 0).data() == "For documents (embedding)"
    assert not model.index(heading, ACTION_COLUMN).data()
    below = [model.row(r).entry for r in range(heading + 1, model.rowCount())]
    above = [model.row(r).entry for r in range(heading)]
    assert {e.id for e in below} == {e.id for e in load_catalog().embedders}
    assert all(e.embedding is None for e in above)
    nomic = rows_by_id(model)["nomic-embed-text-v1.5"]
    assert "768 dimensions" in model.index(nomic, 0).data()
    assert "tokens/s" not in model.index(nomic, 4).data()  # an embedder writes no tokens


def test_a_downloaded_embedder_cannot_be_used_as_a_chat_model(qtbot: QtBot) -> None:
    nomic = load_catalog().get("nomic-embed-text-v1.5")
    model = filled({nomic.filename})
    row = model.row(rows_by_id(model)["nomic-embed-text-v1.5"])
    assert not row.action_enabled
    index = model.index(rows_by_id(model)["nomic-embed-text-v1.5"], ACTION_COLUMN)
    assert index.data() == "Downloaded"


def catalog_table(model: CatalogModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setItemDelegateForColumn(ACTION_COLUMN, ButtonDelegate(table))
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(46)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, 7):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


def test_screenshot(qtbot: QtBot, tmp_path: Path) -> None:
    """docs/catalog-current.png is made by this (HEARTH_SCREENSHOT names where)."""
    import os

    model = filled()
    table = catalog_table(model)
    qtbot.addWidget(table)
    table.resize(1100, 46 * (model.rowCount() + 1) + 4)
    table.show()
    qtbot.waitExposed(table)
    target = Path(os.environ.get("HEARTH_SCREENSHOT", tmp_path / "catalog.png"))
    assert table.grab().save(str(target))
