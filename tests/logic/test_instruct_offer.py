"""The offer of an instruct model, decided without widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.chat.instruct_offer import InstructOffer
from app.engine.base import ModelInfo
from app.models.catalog import load_catalog
from app.models.provision import BundledModel, is_base_model
from app.models.speed import SpeedEstimator
from tests.ggufbytes import llama_header

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


def bundled_offer(tmp_path: Path, model: BundledModel, bundled_file: Path) -> InstructOffer:
    """The offer as wiring builds it: about the bundled file only."""
    speed = SpeedEstimator(cores=8)
    speed.record(253_113_024, 120.0, 100)

    def bundled_base(path: Path) -> bool:
        return path == bundled_file and is_base_model(model, path)

    return InstructOffer(load_catalog(), tmp_path / "models", lambda: 16 * GB, speed,
                         bundled_base=bundled_base)


def loaded_file(path: Path) -> ModelInfo:
    return ModelInfo(path=path, name="x", architecture="gemma3", context_length=4096,
                     train_context_length=4096, has_chat_template=False, gpu_offload=False)


@pytest.mark.parametrize("instruct", [False, True])
def test_the_bundled_manifest_decides(qtbot: QtBot, tmp_path: Path, instruct: bool) -> None:
    """A release's manifest says the bundled model is instruct: no offer; base: one."""
    file = tmp_path / "bundled_model" / "gemma-3-270m-it-Q4_K_M.gguf"
    file.parent.mkdir()
    file.write_bytes(b"not read: the manifest decides")
    model = BundledModel(file.name, "0" * 64, (), "Gemma 3 270M Instruct (bundled)",
                         prebuilt=file, instruct=instruct)
    offer = bundled_offer(tmp_path, model, file)
    if instruct:
        with qtbot.assertNotEmitted(offer.offered):
            offer.consider(loaded_file(file))
    else:
        with qtbot.waitSignal(offer.offered):
            offer.consider(loaded_file(file))


@pytest.mark.real_model
def test_without_a_manifest_the_base_models_header_decides(
        qtbot: QtBot, tmp_path: Path, bundled_model_path: Path) -> None:
    """The real bundled base GGUF has no chat template: it is offered a better model."""
    model = BundledModel(bundled_model_path.name, "0" * 64, (), "Gemma 3 270M (bundled)")
    assert model.instruct is None
    offer = bundled_offer(tmp_path, model, bundled_model_path)
    with qtbot.waitSignal(offer.offered) as offered:
        offer.consider(loaded_file(bundled_model_path))
    assert offered.args[0] == "Gemma 3 270M (bundled)"  # the catalog's name for the file


def test_without_a_manifest_an_instruct_header_gets_no_offer(
        qtbot: QtBot, tmp_path: Path) -> None:
    file = tmp_path / "gemma-3-270m-q4_k_m.gguf"  # the base model's name, an instruct file
    file.write_bytes(llama_header())  # it carries a chat template
    model = BundledModel(file.name, "0" * 64, (), "Gemma 3 270M (bundled)")
    offer = bundled_offer(tmp_path, model, file)
    with qtbot.assertNotEmitted(offer.offered):
        offer.consider(loaded_file(file))


def test_a_base_model_that_is_not_the_bundled_one_gets_no_offer(
        qtbot: QtBot, tmp_path: Path) -> None:
    bundled = tmp_path / "bundled.gguf"
    other = tmp_path / "models" / "gemma-3-270m-q4_k_m.gguf"
    model = BundledModel(bundled.name, "0" * 64, (), "Gemma 3 270M (bundled)", instruct=False)
    offer = bundled_offer(tmp_path, model, bundled)
    with qtbot.assertNotEmitted(offer.offered):
        offer.consider(loaded_file(other))
