"""The bundled model says it is a base model, and a new user is offered, once, the best
instruct model that fits and writes fast enough here to chat: one click to download, never
automatic, gone once dismissed."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.models.catalog import load_catalog
from app.models.speed import SpeedEstimator
from app.paths import AppPaths
from app.ui.model_offer import ModelOfferBar
from app.wiring import App
from tests.hub_server import running_hub
from tests.qt.conftest import BUNDLED_BASE, BUNDLED_FILE, MakeApp


@pytest.fixture
def make_bundled_app(make_app: MakeApp, paths: AppPaths,
                     monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], App]]:
    """The window over the bundled model's file name (the engine is the scripted fake)."""
    with running_hub() as (endpoint, _state):
        monkeypatch.setenv("HF_ENDPOINT", endpoint)  # a click must never reach the Hub
        yield lambda: make_app(model=paths.models / BUNDLED_FILE, bundled=BUNDLED_BASE)


def test_the_base_model_says_so_and_the_offer_downloads_on_one_click(
        qtbot: QtBot, make_bundled_app: Callable[[], App]) -> None:
    app = make_bundled_app()
    window = app.window
    best = window.models.catalog.best_instruct(window.models.usable_memory(),
                                               window.models.speed)
    assert best is not None
    assert "base model" in window.model_label.text()
    assert window.offer_bar.isVisible() and window.offer_bar.entry == best
    assert "base model" in window.offer_bar.text.text()
    assert window.models.downloads.tasks == []  # nothing starts by itself
    window.offer_bar.download_button.click()
    assert not window.offer_bar.isVisible()
    [task] = window.models.downloads.tasks
    assert (task.spec.repo_id, task.spec.filename, task.spec.sha256) == (
        best.repo_id, best.filename, best.sha256)
    assert window.window_state.ui_state.instruct_offer_done


def test_a_dismissed_offer_never_comes_back(qtbot: QtBot,
                                            make_bundled_app: Callable[[], App]) -> None:
    first = make_bundled_app()
    assert first.window.offer_bar.isVisible()
    first.window.offer_bar.dismiss_button.click()
    assert not first.window.offer_bar.isVisible()
    first.window.close()
    second = make_bundled_app()
    assert "base model" in second.window.model_label.text()  # still says what it is
    assert not second.window.offer_bar.isVisible()
    assert second.window.models.downloads.tasks == []


def test_an_instruct_model_gets_no_offer(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    assert not app.window.offer_bar.isVisible()
    assert "base model" not in app.window.model_label.text()


def test_memory_for_a_model_counts_the_one_loaded_now(
        qtbot: QtBot, make_app: MakeApp, paths: AppPaths,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Free memory is read when asked, and the loaded model's share is added back: it is
    unloaded before another model loads."""
    import app.wiring as wiring

    free = [6 * 10**9]
    monkeypatch.setattr(wiring, "available_memory_bytes", lambda: free[0])
    monkeypatch.setattr(wiring, "gpu_devices", lambda: [])
    model = paths.models / "held.gguf"
    model.parent.mkdir(parents=True, exist_ok=True)
    model.write_bytes(b"\0" * 123_456)
    app = make_app(model=model)
    assert app.window.models.usable_memory() == 6 * 10**9 + 123_456
    free[0] = 1 * 10**9  # another program took memory since start-up
    assert app.window.models.usable_memory() == 1 * 10**9 + 123_456


def test_the_offer_says_how_fast_the_model_would_write_here(qtbot: QtBot) -> None:
    bar = ModelOfferBar()
    qtbot.addWidget(bar)
    entry = load_catalog().get("llama-3.2-1b-instruct")
    bar.offer("Gemma 3 270M (bundled)", entry, tokens_per_s=24.6)
    assert bar.isVisible()
    text = bar.text.text()
    assert "Gemma 3 270M (bundled) is a base model" in text
    assert "Llama 3.2 1B Instruct follows instructions, fits this computer and should write " \
           "about 25 tokens a second here." in text
    assert bar.download_button.text() == "Download Llama 3.2 1B Instruct (808 MB)"
    assert bar.download_button.accessibleName() == bar.download_button.text()
    assert bar.text.accessibleName() == text
    assert bar.accessibleName() and bar.dismiss_button.accessibleName()


def test_a_slow_offer_says_so(qtbot: QtBot) -> None:
    """On a computer where nothing reaches chat speed the offer is the fastest model that
    fits, and it does not pretend it is quick."""
    bar = ModelOfferBar()
    qtbot.addWidget(bar)
    bar.offer("Gemma 3 270M (bundled)", load_catalog().get("gemma-3-270m-it"), 3.2)
    assert "though it would write only about 3 tokens a second here" in bar.text.text()


def test_the_window_offers_a_model_fast_enough_here(
        qtbot: QtBot, make_bundled_app: Callable[[], App], paths: AppPaths) -> None:
    """A 2-core computer that measured the bundled model at 60 tokens/s is offered a model
    it can chat with, not Llama 3.1 8B (about 3 tokens/s there), and is told the speed."""
    measured = SpeedEstimator(paths.config / "speed.json", cores=2)
    measured.record(253_113_024, 60.0, tokens=100)
    app = make_bundled_app()
    offered = app.window.offer_bar.entry
    assert offered is not None and offered.id != "llama-3.1-8b-instruct"
    assert app.window.models.speed.fast_enough(offered.bytes_per_token)
    assert "tokens a second here" in app.window.offer_bar.text.text()
