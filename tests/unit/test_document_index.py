"""The documents index on a real SQLite file: collections, per-file chunks replaced in one
transaction, hybrid retrieval (BM25 and vectors fused by rank), and a corrupt file said in
words."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest

from app.documents.index import (
    DocumentIndex,
    FileStatus,
    IndexProblem,
    connect,
    fts_terms,
    write_chunks,
)
from app.documents.types import Chunk

EMBEDDER = "test-embedder:1"


def unit(*values: float) -> np.ndarray:
    vector = np.array(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def add_file(index: DocumentIndex, name: str, texts: list[str], vectors: list[np.ndarray],
             collection: str = "Tax 2026") -> int:
    chosen = index.collection(collection, create=True)
    file_id = index.upsert_file(chosen, f"/docs/{name}", 10, 1.0)
    chunks = [Chunk(i, text, f"page {i + 1}", page=i + 1) for i, text in enumerate(texts)]
    index.store_chunks(file_id, 10, 1.0, "sha", EMBEDDER, chunks, np.stack(vectors))
    return file_id


def test_hybrid_search_fuses_words_and_meaning(tmp_path: Path) -> None:
    index = DocumentIndex(tmp_path / "documents.db")
    add_file(index, "lighthouse.pdf", [
        "The lighthouse keeper trimmed the lamp every evening.",
        "Gulls nested on the rocks below the tower.",
        "Storms in November closed the harbour for a week.",
    ], [unit(1, 0, 0), unit(0, 1, 0), unit(0, 0, 1)])
    tax = index.collection("Tax 2026")
    words = index.search("who trimmed the lamp", None, EMBEDDER, [tax], 2, "fts")
    assert [p.text for p in words][:1] == ["The lighthouse keeper trimmed the lamp every "
                                            "evening."]
    meaning = index.search("birds", unit(0.1, 1, 0), EMBEDDER, [tax], 1, "vectors")
    assert meaning[0].location == "page 2" and meaning[0].file == "/docs/lighthouse.pdf"
    both = index.search("harbour storms", unit(0, 0.2, 1), EMBEDDER, [tax], 3)
    assert both[0].text.startswith("Storms in November")  # first in both rankings
    assert both[0].score > both[1].score


def test_a_files_chunks_are_replaced_whole_and_leave_with_it(tmp_path: Path) -> None:
    index = DocumentIndex(tmp_path / "documents.db")
    file_id = add_file(index, "a.txt", ["alpha one", "alpha two"], [unit(1, 0), unit(0, 1)])
    tax = index.collection("Tax 2026")
    add_file(index, "a.txt", ["beta only"], [unit(1, 1)])  # indexed again after a change
    assert [f.chunks for f in index.files(tax)] == [1]
    assert index.search("alpha", None, EMBEDDER, [tax], 5, "fts") == []
    assert len(index.search("beta", None, EMBEDDER, [tax], 5, "fts")) == 1
    index.drop_file(file_id)
    assert index.chunk_count() == 0
    assert index.search("beta", None, EMBEDDER, [tax], 5, "fts") == []


def test_vectors_of_another_embedder_are_never_mixed_in(tmp_path: Path) -> None:
    index = DocumentIndex(tmp_path / "documents.db")
    add_file(index, "a.txt", ["alpha"], [unit(1, 0)])
    tax = index.collection("Tax 2026")
    assert index.search("x", unit(1, 0), "another-model:2", [tax], 5, "vectors") == []


def test_collections_are_searched_apart(tmp_path: Path) -> None:
    index = DocumentIndex(tmp_path / "documents.db")
    add_file(index, "tax.txt", ["receipts for the tax office"], [unit(1, 0)], "Tax 2026")
    add_file(index, "thesis.txt", ["receipts in medieval trade"], [unit(0, 1)], "Thesis")
    thesis = index.collection("Thesis")
    found = index.search("receipts", unit(1, 0), EMBEDDER, [thesis], 5)
    assert [p.file for p in found] == ["/docs/thesis.txt"]


def test_removing_a_folder_forgets_the_files_under_it_only(tmp_path: Path) -> None:
    index = DocumentIndex(tmp_path / "documents.db")
    tax = index.collection("Tax 2026", create=True)
    folder = tmp_path / "receipts"
    index.add_source(tax, folder)
    for path in (folder / "a.txt", folder / "b" / "c.txt", tmp_path / "receipts-old.txt"):
        index.upsert_file(tax, str(path), 1, 1.0)
    assert index.remove_source(tax, folder) == 2
    assert [f.path for f in index.files(tax)] == [str(tmp_path / "receipts-old.txt")]
    assert index.collection("Tax 2026").sources == ()


def test_a_quarantined_file_keeps_its_reason(tmp_path: Path) -> None:
    index = DocumentIndex(tmp_path / "documents.db")
    tax = index.collection("Tax 2026", create=True)
    file_id = index.upsert_file(tax, "/docs/locked.pdf", 1, 1.0)
    index.quarantine(file_id, "It is password-protected.")
    [locked] = index.files(tax)
    assert locked.status is FileStatus.QUARANTINED and locked.problem == \
        "It is password-protected."


def test_the_vector_cache_sees_what_another_connection_wrote(tmp_path: Path) -> None:
    """The indexer's child writes through its own connection while the app searches."""
    path = tmp_path / "documents.db"
    index = DocumentIndex(path)
    add_file(index, "a.txt", ["alpha"], [unit(1, 0)])
    tax = index.collection("Tax 2026")
    assert len(index.search("x", unit(1, 0), EMBEDDER, [tax], 5, "vectors")) == 1
    other = connect(path)
    file_id = index.upsert_file(tax, "/docs/b.txt", 1, 1.0)
    write_chunks(other, file_id, 1, 1.0, "sha", EMBEDDER, [Chunk(0, "beta", "lines 1-1")],
                 np.stack([unit(0.9, 0.1)]))
    other.close()
    assert len(index.search("x", unit(1, 0), EMBEDDER, [tax], 5, "vectors")) == 2


def test_a_corrupt_index_is_said_in_words(tmp_path: Path) -> None:
    path = tmp_path / "documents.db"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(IndexProblem, match=r"cannot be read.*chats are not affected"):
        DocumentIndex(path)


def test_question_words_are_dropped_and_syntax_is_quoted() -> None:
    assert fts_terms("What did the keeper's lamp burn?") == '"keeper" OR "s" OR "lamp" OR "burn"'
    assert fts_terms('NEAR(a b) AND "x"') == '"near" OR "b" OR "x"'
    assert fts_terms("the") == '"the"'  # only stop words: search them rather than nothing


def test_the_schema_is_versioned(tmp_path: Path) -> None:
    DocumentIndex(tmp_path / "documents.db").close()
    db = sqlite3.connect(tmp_path / "documents.db")
    assert db.execute("PRAGMA user_version").fetchone() == (1,)
    assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_a_small_files_whole_text_is_kept_and_replaced_with_it(tmp_path: Path) -> None:
    index = DocumentIndex(tmp_path / "documents.db")
    tax = index.collection("Tax 2026", create=True)
    file_id = index.upsert_file(tax, "/docs/a.txt", 10, 1.0)
    chunk = [Chunk(0, "alpha", "line 1")]
    index.store_chunks(file_id, 10, 1.0, "sha", EMBEDDER, chunk, np.stack([unit(1, 0)]),
                       ("alpha, the whole of it", 5))
    assert index.whole_text(file_id) == "alpha, the whole of it"
    assert index.files(tax)[0].tokens == 5
    index.store_chunks(file_id, 10, 2.0, "sha2", EMBEDDER, chunk, np.stack([unit(1, 0)]))
    assert index.whole_text(file_id) is None and index.files(tax)[0].tokens is None


def test_a_passage_is_found_again_with_the_text_around_it(tmp_path: Path) -> None:
    index = DocumentIndex(tmp_path / "documents.db")
    add_file(index, "log.txt", ["dawn: fog", "noon: the lamp was trimmed", "dusk: lit"],
             [unit(1, 0), unit(0, 1), unit(1, 1)])
    assert index.around("/docs/log.txt", "noon: the lamp was trimmed") == ("dawn: fog",
                                                                           "dusk: lit")
    assert index.around("/docs/log.txt", "dawn: fog") == ("", "noon: the lamp was trimmed")
    assert index.around("/docs/gone.txt", "dawn: fog") is None
