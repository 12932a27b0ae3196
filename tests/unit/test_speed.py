"""Each model's tokens/s on this computer, estimated from the bytes it reads per token and
calibrated by a real reply of the local model; kept in the config folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.models.catalog import load_catalog
from app.models.speed import (
    CHAT_TOKENS_PER_S,
    MIN_TOKENS,
    OVERHEAD_S,
    OVERHEAD_SHARE,
    SpeedEstimator,
    about,
    rounded,
)

BUNDLED_BYTES = 253_113_024
GB = 10**9


def test_a_measured_model_is_estimated_at_its_measured_speed(tmp_path: Path) -> None:
    speed = SpeedEstimator(tmp_path / "speed.json", cores=2)
    assert speed.record(BUNDLED_BYTES, 60.0, tokens=100)
    assert speed.tokens_per_s(BUNDLED_BYTES) == pytest.approx(60.0)


def test_bigger_models_are_slower_but_not_in_plain_proportion() -> None:
    """The bundled model's fixed cost per token is a fair share of its time, so an 8B
    model is slower by less than the ratio of the sizes (which would under-sell it)."""
    speed = SpeedEstimator(cores=2)
    speed.record(BUNDLED_BYTES, 60.0, tokens=100)
    big = load_catalog().get("llama-3.1-8b-instruct")
    ratio = 60.0 * BUNDLED_BYTES / big.size_bytes
    assert ratio < speed.tokens_per_s(big.bytes_per_token) < 1.5 * ratio
    assert not speed.fast_enough(big.bytes_per_token)


def test_the_fixed_cost_is_never_most_of_a_measured_token() -> None:
    """On a computer far faster than this one the bundled model can take less than twice
    the fixed cost measured here; the rest is still the bytes, and the rate stays sane."""
    speed = SpeedEstimator(cores=16)
    speed.record(BUNDLED_BYTES, 1 / OVERHEAD_S, tokens=100)  # all of it "overhead"
    assert speed.overhead_s() == pytest.approx(OVERHEAD_S * OVERHEAD_SHARE)
    assert speed.bytes_per_s() == pytest.approx(
        BUNDLED_BYTES / (OVERHEAD_S * (1 - OVERHEAD_SHARE)))


def test_before_any_reply_the_cores_give_a_cautious_figure() -> None:
    two, many = SpeedEstimator(cores=2), SpeedEstimator(cores=64)
    assert two.measured is None
    eight_b = load_catalog().get("llama-3.1-8b-instruct").bytes_per_token
    assert two.tokens_per_s(eight_b) < 3  # a 2-core machine measured about 3
    assert two.fast_enough(BUNDLED_BYTES)
    assert two.tokens_per_s(eight_b) < many.tokens_per_s(eight_b) < 10  # capped bandwidth


def test_the_measurement_is_kept_across_restarts(tmp_path: Path) -> None:
    path = tmp_path / "config" / "speed.json"
    first = SpeedEstimator(path, cores=2)
    first.record(BUNDLED_BYTES, 42.0, tokens=MIN_TOKENS)
    assert json.loads(path.read_text()) == {"bytes_per_token": BUNDLED_BYTES,
                                            "tokens_per_s": 42.0}
    again = SpeedEstimator(path, cores=2)
    assert again.measured is not None and again.measured.tokens_per_s == 42.0
    assert again.tokens_per_s(BUNDLED_BYTES) == pytest.approx(42.0)


@pytest.mark.parametrize("tokens_per_s", [None, 0.0, -3.0, float("nan"), float("inf")])
def test_nonsense_is_not_taken(tmp_path: Path, tokens_per_s: float | None) -> None:
    speed = SpeedEstimator(tmp_path / "speed.json", cores=2)
    assert not speed.record(BUNDLED_BYTES, tokens_per_s, tokens=100)
    assert speed.measured is None and not (tmp_path / "speed.json").exists()


def test_a_short_reply_is_too_noisy_to_take(tmp_path: Path) -> None:
    speed = SpeedEstimator(tmp_path / "speed.json", cores=2)
    assert not speed.record(BUNDLED_BYTES, 500.0, tokens=MIN_TOKENS - 1)
    assert not speed.record(0, 50.0, tokens=100)  # a file that could not be read
    assert speed.measured is None


@pytest.mark.parametrize("text", ["not json", '{"bytes_per_token": -5, "tokens_per_s": 40}',
                                  '{"bytes_per_token": 100, "tokens_per_s": 0}', "[1, 2]"])
def test_a_broken_file_falls_back_to_the_cores(tmp_path: Path, text: str) -> None:
    path = tmp_path / "speed.json"
    path.write_text(text)
    speed = SpeedEstimator(path, cores=2)
    assert speed.measured is None
    assert speed.tokens_per_s(BUNDLED_BYTES) == SpeedEstimator(cores=2).tokens_per_s(
        BUNDLED_BYTES)


def test_one_slow_reply_moves_the_figure_only_part_way() -> None:
    speed = SpeedEstimator(cores=2)
    speed.record(BUNDLED_BYTES, 60.0, tokens=100)
    speed.record(BUNDLED_BYTES, 15.0, tokens=100)  # another program was busy
    assert speed.measured is not None
    assert speed.measured.tokens_per_s == pytest.approx(30.0)  # halfway, in the log
    speed.record(2 * BUNDLED_BYTES, 20.0, tokens=100)  # another model: taken as it is
    assert speed.measured.tokens_per_s == 20.0


def test_the_file_is_rewritten_only_when_the_figure_moves(tmp_path: Path) -> None:
    path = tmp_path / "speed.json"
    speed = SpeedEstimator(path, cores=2)
    speed.record(BUNDLED_BYTES, 60.0, tokens=100)
    marked = {"bytes_per_token": BUNDLED_BYTES, "tokens_per_s": 60.0, "mark": 1}
    path.write_text(json.dumps(marked))
    speed.record(BUNDLED_BYTES, 61.0, tokens=100)  # under 5%: no write, no fsync
    assert json.loads(path.read_text()) == marked
    speed.record(BUNDLED_BYTES, 30.0, tokens=100)
    assert json.loads(path.read_text()) == {"bytes_per_token": BUNDLED_BYTES,
                                            "tokens_per_s": pytest.approx(42.6, abs=0.1)}


def test_a_mixture_of_experts_reads_only_its_active_share() -> None:
    catalog = load_catalog()
    mixtral = catalog.get("mixtral-8x7b-instruct")
    assert mixtral.bytes_per_token == round(mixtral.size_bytes * 12.9 / 46.7)
    dense = catalog.get("llama-3.1-8b-instruct")
    assert dense.bytes_per_token == dense.size_bytes
    speed = SpeedEstimator(cores=8)
    assert speed.tokens_per_s(mixtral.bytes_per_token) > 3 * speed.tokens_per_s(
        mixtral.size_bytes)


@pytest.mark.parametrize(("measured", "said"), [
    (24.73, 25), (3.4, 3), (0.3, 0), (9.6, 10), (123.0, 120), (8.0, 8)])
def test_speeds_are_said_as_people_say_them(measured: float, said: int) -> None:
    assert rounded(measured) == said


def test_the_command_line_words() -> None:
    assert about(24.73) == "about 25 tokens/s"
    assert about(0.2) == "under 1 token/s"


def test_the_chat_threshold_is_reading_pace() -> None:
    assert CHAT_TOKENS_PER_S == 8.0
