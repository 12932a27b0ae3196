"""Today's models in the catalog: what each can do, the embedders kept apart from the chat
models, and every architecture known to the llama.cpp that Hearth ships."""

from __future__ import annotations

import copy
import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

from app.errors import UserError
from app.models.catalog import Kind, load_catalog, parameter_count, parse_catalog
from app.resources import resource

GB = 10**9


def raw_catalog() -> dict[str, Any]:
    return dict(json.loads(resource("catalog.json").read_text(encoding="utf-8")))


def test_the_seed_families_stay_and_today_spans_0_6b_to_70b() -> None:
    catalog = load_catalog()
    architectures = {e.architecture for e in catalog.entries}
    assert {"llama", "falcon", "bloom", "gptneox"} <= architectures
    assert any(e.id.startswith("mistral-7b") for e in catalog.entries)
    assert any(e.id.startswith("mixtral") for e in catalog.entries)
    counts = [parameter_count(catalog.get(i).parameters) for i in ("qwen3-0.6b",
                                                                    "llama-3.3-70b-instruct")]
    assert counts == [0.6e9, 70.6e9]


@pytest.mark.parametrize(("entry_id", "reasoning", "tools", "images"), [
    ("qwen3-8b", True, True, False),
    ("qwen3-4b-instruct-2507", False, True, False),  # the 2507 Instruct never thinks
    ("deepseek-r1-distill-qwen-7b", True, False, False),
    ("gpt-oss-20b", True, True, False),
    ("gemma-3-12b-it", False, False, True),
    ("llama-3.1-8b-instruct", False, True, False),
    ("mistral-7b-instruct-v0.2", False, False, False),
    ("gemma-3-270m", False, False, False),
])
def test_what_each_model_can_do(entry_id: str, reasoning: bool, tools: bool,
                                images: bool) -> None:
    entry = load_catalog().get(entry_id)
    assert (entry.reasoning, entry.tools, entry.images) == (reasoning, tools, images)


def test_gpt_oss_keeps_its_upper_case_file_name() -> None:
    """The lower-case name does not resolve on the Hub, and an older file had it."""
    assert load_catalog().get("gpt-oss-20b").filename == "gpt-oss-20b-MXFP4.gguf"


def test_embedders_are_kept_apart_from_the_chat_models() -> None:
    catalog = load_catalog()
    assert {e.id for e in catalog.embedders} == {
        "nomic-embed-text-v1.5", "bge-small-en-v1.5", "bge-m3", "qwen3-embedding-0.6b"}
    chat_ids = {e.id for e in catalog.entries}
    assert not chat_ids & {e.id for e in catalog.embedders}
    assert all(e.kind == Kind.CHAT and e.embedding is None for e in catalog.entries)
    listed = catalog.recommended(64 * GB)
    assert not any(e.kind == Kind.EMBEDDING for e in listed)
    best = catalog.best_instruct(64 * GB)
    assert best is not None and best.kind == Kind.CHAT
    nomic = catalog.get("nomic-embed-text-v1.5")  # downloadable by id, as a chat model is
    assert catalog.by_filename(nomic.filename) is None
    assert catalog.embedder_by_filename(nomic.filename) == nomic


@pytest.mark.parametrize(("entry_id", "dimension", "max_tokens", "pooling", "query",
                          "document"), [
    ("nomic-embed-text-v1.5", 768, 2048, "mean", "search_query: ", "search_document: "),
    ("bge-small-en-v1.5", 384, 512, "cls",
     "Represent this sentence for searching relevant passages: ", ""),
    ("bge-m3", 1024, 8192, "cls", "", ""),
    ("qwen3-embedding-0.6b", 1024, 32768, "last", None, ""),
])
def test_how_each_embedder_is_driven(entry_id: str, dimension: int, max_tokens: int,
                                     pooling: str, query: str | None, document: str) -> None:
    info = load_catalog().get(entry_id).embedding
    assert info is not None
    assert (info.dimension, info.max_tokens, info.pooling, info.document_prefix) == (
        dimension, max_tokens, pooling, document)
    if query is None:  # Qwen3-Embedding: a one-line task, then the query
        assert info.query_prefix.startswith("Instruct: ")
        assert info.query_prefix.endswith("\nQuery:")
    else:
        assert info.query_prefix == query


def _bad(change: Any) -> str:
    raw = copy.deepcopy(raw_catalog())
    change(raw["entries"])
    with pytest.raises(UserError) as error:
        parse_catalog(raw)
    return str(error.value)


def _embedder(entries: list[dict[str, Any]]) -> dict[str, Any]:
    return next(e for e in entries if e.get("kind") == "embedding")


def test_a_bad_embedder_is_refused_naming_the_field() -> None:
    assert "'kind'" in _bad(lambda entries: entries[0].update(kind="vision"))
    assert "embedding.pooling" in _bad(
        lambda entries: _embedder(entries)["embedding"].update(pooling="max"))
    assert "embedding.dimension" in _bad(
        lambda entries: _embedder(entries)["embedding"].update(dimension=0))
    assert "'embedding'" in _bad(lambda entries: _embedder(entries).pop("embedding"))
    assert "'embedding'" in _bad(  # a chat model has no embedding settings
        lambda entries: entries[0].update(embedding={"dimension": 1}))
    assert "'tools'" in _bad(lambda entries: _embedder(entries).update(tools=True))
    assert "'reasoning'" in _bad(lambda entries: entries[0].update(reasoning="yes"))


def _vendored_architectures() -> set[str]:
    """The architecture names llama.cpp's loader accepts (LLM_ARCH_NAMES), read from the
    libllama this Hearth runs: each is a NUL-terminated string in its read-only data. The
    linker stores a name that ends another one only once ("qwen2" inside "rwkv6qwen2"),
    so a name is looked for by its end alone."""
    spec = importlib.util.find_spec("llama_cpp")
    assert spec is not None and spec.submodule_search_locations
    lib = Path(next(iter(spec.submodule_search_locations))) / "lib"
    library = next(p for p in sorted(lib.iterdir()) if p.name.startswith(("libllama.",
                                                                          "llama.")))
    data = library.read_bytes()
    wanted = {e.architecture for e in load_catalog().entries + load_catalog().embedders}
    return {name for name in wanted if name.encode() + b"\0" in data}


def test_the_vendored_llama_cpp_knows_every_architecture_in_the_catalog() -> None:
    catalog = load_catalog()
    known = _vendored_architectures()
    assert "gpt-oss" in known and "granitehybrid" in known and "qwen3moe" in known
    missing = {e.id: e.architecture for e in catalog.entries + catalog.embedders
               if e.architecture not in known}
    assert not missing
