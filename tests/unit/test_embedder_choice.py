"""A downloaded embedding model is kept apart from the chat models, found for Settings with
its catalog name, driven with its catalog facts, and used for documents while it is there."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.docs_cli import bundled_embedder
from app.engine.embedding import facts_for
from app.models.catalog import load_catalog
from app.models.installed import list_installed
from app.resources import bundled_embedder_path, documents_embedder_path
from tests.tiny_models import write_tiny_model

BGE = "bge-small-en-v1.5-q8_0.gguf"


def test_embedders_are_listed_apart_from_the_chat_models(tmp_path: Path) -> None:
    write_tiny_model(tmp_path / "tiny-llama.gguf", "llama")
    shutil.copyfile(bundled_embedder(), tmp_path / "my-own-bert.gguf")  # found by its header
    shutil.copyfile(bundled_embedder(), tmp_path / BGE)  # and by the catalog
    catalog = load_catalog()
    assert [m.path.name for m in list_installed(tmp_path, catalog)] == ["tiny-llama.gguf"]
    embedders = list_installed(tmp_path, catalog, embedders=True)
    assert [(m.path.name, m.name) for m in embedders] == [
        (BGE, catalog.get("bge-small-en-v1.5").name), ("my-own-bert.gguf", "all-MiniLM-L6-v2")]


def test_an_embedder_is_driven_with_the_facts_its_model_card_gives() -> None:
    assert facts_for(Path("all-minilm-l6-v2-q8_0.gguf")).max_tokens == 256
    bge = facts_for(Path(BGE))
    assert bge.max_tokens == 512 and bge.query_prefix.startswith("Represent this sentence")
    nomic = facts_for(Path("nomic-embed-text-v1.5.Q8_0.gguf"))
    assert (nomic.query_prefix, nomic.document_prefix) == ("search_query: ", "search_document: ")
    assert facts_for(Path("unknown.gguf")).max_tokens is None


def test_the_chosen_embedder_is_used_while_it_is_there(tmp_path: Path) -> None:
    (tmp_path / BGE).write_bytes(b"GGUF")
    assert documents_embedder_path(tmp_path, BGE) == tmp_path / BGE
    assert documents_embedder_path(tmp_path, "") == bundled_embedder_path()
    assert documents_embedder_path(tmp_path, "gone.gguf") == bundled_embedder_path()
    assert documents_embedder_path(tmp_path, "../" + BGE) == bundled_embedder_path()
