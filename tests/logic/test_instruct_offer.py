"""The offer of an instruct model, decided without widgets."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.chat.instruct_offer import InstructOffer
from app.engine.base import ModelInfo
from app.models.catalog import load_catalog
from app.models.speed import SpeedEstimator

GB = 1 << 30


def loaded(filename: str) -> ModelInfo:
    return ModelInfo(path=Path("/models") / filename, name="x", architecture="gemma3",
                     context_length=4096, train_context_length=4096,
                     has_chat_template=False, gpu_offload=False)


def test_a_base_model_gets_one_offer_of_a_model_fast_enough_here(
        qtbot: QtBot, tmp_path: Path) -> None:
    catalog = load_catalog()
    bundled = next(e for e in catalog.entries if not e.instruct)
    speed = SpeedEstimator()
    speed.record(bundled.bytes_per_token, 60.0, 100)  # measured here: 2 slow cores' worth
    offer = InstructOffer(catalog, tmp_path, lambda: 16 * GB, speed)
    with qtbot.waitSignal(offer.offered) as offered:
        offer.consider(loaded(bundled.filename))
    base, best, tokens_per_s = offered.args
    assert base == bundled.name and best.instruct and tokens_per_s >= 8
    offer.end()
    with qtbot.assertNotEmitted(offer.offered):
        offer.consider(loaded(bundled.filename))  # taken or dismissed: never again


def test_no_offer_for_an_instruct_model_or_one_already_here(
        qtbot: QtBot, tmp_path: Path) -> None:
    catalog = load_catalog()
    instruct = next(e for e in catalog.entries if e.instruct)
    bundled = next(e for e in catalog.entries if not e.instruct)
    offer = InstructOffer(catalog, tmp_path, lambda: 16 * GB, SpeedEstimator())
    with qtbot.assertNotEmitted(offer.offered):
        offer.consider(loaded(instruct.filename))
    best = catalog.best_instruct(16 * GB, SpeedEstimator())
    assert best is not None
    (tmp_path / best.filename).write_bytes(b"GGUF")
    with qtbot.assertNotEmitted(offer.offered):
        offer.consider(loaded(bundled.filename))
