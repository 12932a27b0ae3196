"""The Models window's catalog says how fast each model would write here ("Fits · about 25
tokens/s"), and lists what fits and is fast enough to chat first (issue 14: on two cores it
listed Falcon 7B first)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.models.catalog import Fit, load_catalog
from app.models.speed import SpeedEstimator
from app.ui.catalog_view import FIT_ROLES, SLOW_ROLE, CatalogModel, fit_colour

GB = 10**9
BUNDLED_BYTES = 253_113_024
FIT_COLUMN = 4


def two_cores() -> SpeedEstimator:
    speed = SpeedEstimator(cores=2)
    speed.record(BUNDLED_BYTES, 60.0, tokens=100)
    return speed


def filled(speed: SpeedEstimator | None, memory: int = 24 * GB) -> CatalogModel:
    catalog = load_catalog()
    model = CatalogModel()
    model.fill(catalog.recommended(memory, speed), memory, set(), speed)
    return model


def labels(model: CatalogModel, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole
           ) -> dict[str, object]:
    return {model.row(r).entry.id: model.index(r, FIT_COLUMN).data(role)
            for r in range(model.rowCount())}


def test_each_model_that_can_run_shows_its_speed_here(qtbot: QtBot) -> None:
    speed = two_cores()
    shown = labels(filled(speed))
    assert shown["gemma-3-270m"] == "Fits · about 60 tokens/s"  # what was measured
    assert shown["llama-3.2-3b-instruct"] == "Fits · about 8 tokens/s"
    assert shown["llama-3.1-8b-instruct"] == "Fits · about 3 tokens/s"
    assert shown["mixtral-8x7b-instruct"] == "Too large"  # no speed for what cannot load
    tight = labels(filled(speed, memory=int(5.5 * GB)))
    assert tight["phi-3-mini-4k-instruct"] == "Tight · about 7 tokens/s"


def test_fast_enough_comes_first_and_the_top_row_is_a_chat_speed_model(qtbot: QtBot) -> None:
    model = filled(two_cores())
    rows = [model.row(r) for r in range(model.rowCount())]
    assert rows[0].fast_enough and rows[0].fit == Fit.FITS
    fits = [r for r in rows if r.fit == Fit.FITS and r.entry.supported]
    fast = [r.fast_enough for r in fits]
    assert fast == sorted(fast, reverse=True) and True in fast and False in fast
    ids = [r.entry.id for r in rows]
    assert ids.index("falcon-7b-instruct") > ids.index("llama-3.2-1b-instruct")


def test_a_model_that_fits_but_writes_slowly_is_not_green(qtbot: QtBot) -> None:
    colours = labels(filled(two_cores()), Qt.ItemDataRole.ForegroundRole)
    assert colours["llama-3.2-1b-instruct"].name() == fit_colour(FIT_ROLES[Fit.FITS])  # type: ignore[attr-defined]
    assert colours["llama-3.1-8b-instruct"].name() == fit_colour(SLOW_ROLE)  # type: ignore[attr-defined]


def test_the_tooltip_says_where_the_estimate_comes_from(qtbot: QtBot) -> None:
    measured = labels(filled(two_cores()), Qt.ItemDataRole.ToolTipRole)
    assert "measured speed: 60 tokens/s with a 253 MB model" in str(
        measured["llama-3.1-8b-instruct"])
    assert "more slowly than you read it" in str(measured["llama-3.1-8b-instruct"])
    assert "Fast enough to chat" in str(measured["llama-3.2-1b-instruct"])
    cautious = labels(filled(SpeedEstimator(cores=2)), Qt.ItemDataRole.ToolTipRole)
    assert "this computer's 2 cores, before any reply was measured" in str(
        cautious["llama-3.2-1b-instruct"])


def test_without_an_estimator_the_cores_give_the_speed(qtbot: QtBot) -> None:
    """What the Models window shows until wiring passes the measured estimator."""
    shown = labels(filled(None))
    assert all(" · about " in str(label) or " · under " in str(label)
               for label in shown.values() if str(label).startswith(("Fits", "Tight")))
