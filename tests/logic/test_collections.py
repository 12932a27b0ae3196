"""The Documents window's logic without a widget: collections and their sources in a real
index file, indexing through the real child process and the bundled embedder (progress,
pause, resume, cancel, a quarantined file), and a damaged index said in words and rebuilt."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.chat.collections import Collections, FileRow, indexing_threads
from app.docs_cli import bundled_embedder
from app.documents.index import INDEX_FILE, DocumentIndex, FileStatus
from app.documents.indexer import IndexReport, embedder_id
from app.errors import UserError

LIGHTHOUSE = ("The lighthouse keeper trimmed the wick of the great lamp every evening at "
              "dusk, and wrote the weather in a leather logbook.")
TAX = ("Receipts for the home office must be kept for six years; the tax office may ask "
       "for them at any time.")
INDEXING_S = 120_000  # ms: the child loads the embedder first, on a busy two-core machine

MakeCollections = Callable[..., Collections]


@pytest.fixture
def make(tmp_path: Path) -> Iterator[MakeCollections]:
    """Collections over tmp_path's index; each one made is joined after the test."""
    made: list[Collections] = []

    def build(embedder: Path | None = None) -> Collections:
        collections = Collections(tmp_path / INDEX_FILE, embedder, threads=1, refresh_ms=50)
        made.append(collections)
        return collections

    yield build
    for collections in made:
        assert collections.join(10_000)


@pytest.fixture(scope="module")
def embedder() -> Path:
    return bundled_embedder()


def listed(qtbot: QtBot, collections: Collections, name: str) -> list[FileRow]:
    with qtbot.waitSignal(collections.files_listed, timeout=5000) as answer:
        collections.list_files(name)
    assert answer.args[0] == name
    rows: list[FileRow] = answer.args[1]
    return rows


def folder_of(tmp_path: Path, count: int, empty: bool = False) -> Path:
    folder = tmp_path / "notes Ünïcode"
    folder.mkdir()
    for number in range(count):
        (folder / f"note-{number:02d}.txt").write_text(
            f"Note {number}. " + (LIGHTHOUSE if number % 2 else TAX), encoding="utf-8")
    if empty:
        (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


def test_the_embedder_leaves_the_chat_most_cores() -> None:
    assert [indexing_threads(n) for n in (1, 2, 4, 8, 16)] == [1, 1, 1, 2, 4]


def test_collections_are_made_filled_and_forgotten(qtbot: QtBot, make: MakeCollections,
                                                   tmp_path: Path) -> None:
    collections = make()
    with qtbot.waitSignal(collections.changed):
        collections.create("  Tax   2026 ")
    with pytest.raises(UserError, match="already a collection"):
        collections.create("Tax 2026")
    with pytest.raises(UserError, match="needs a name"):
        collections.create("   ")
    with pytest.raises(UserError, match="not there"):
        collections.add_sources("Tax 2026", [tmp_path / "nowhere"])
    folder = folder_of(tmp_path, 2)
    receipt = tmp_path / "receipt.md"
    receipt.write_text(TAX, encoding="utf-8")
    collections.add_sources("Tax 2026", [folder, receipt])
    made = collections.collection("Tax 2026")
    assert made is not None and made.sources == tuple(sorted((str(folder), str(receipt))))
    assert listed(qtbot, collections, "Tax 2026") == []  # nothing indexed yet

    # a chat's own attached files are a collection too, but not the user's to edit here
    index = DocumentIndex(tmp_path / INDEX_FILE)
    index.collection("chat-7", create=True)
    index.close()
    assert [c.name for c in collections.collections()] == ["Tax 2026"]

    assert collections.remove_source("Tax 2026", str(receipt)) == 0
    assert collections.collection("Tax 2026").sources == (str(folder),)  # type: ignore[union-attr]
    with qtbot.waitSignal(collections.changed):
        collections.delete("Tax 2026")
    assert collections.collections() == []
    assert folder.is_dir() and receipt.is_file()  # the files themselves are never touched


@pytest.mark.real_model
def test_a_folder_is_indexed_with_progress_and_its_unreadable_file_is_reported(
        qtbot: QtBot, make: MakeCollections, embedder: Path, tmp_path: Path) -> None:
    collections = make(embedder)
    collections.create("Notes")
    folder = folder_of(tmp_path, 3, empty=True)
    collections.add_sources("Notes", [folder])
    steps: list[tuple[str, int, int, str]] = []
    collections.progress.connect(lambda *args: steps.append(args))
    with qtbot.waitSignal(collections.finished, timeout=INDEXING_S) as finished:
        assert collections.index("Notes")
        assert collections.running == "Notes"
        assert not collections.index("Notes")  # already running: not queued twice
    name, report = finished.args
    assert name == "Notes" and isinstance(report, IndexReport)
    assert report.indexed == 3 and not report.cancelled
    empty = str(folder / "empty.txt")
    assert report.quarantined == {empty: "It is empty."}
    # one step per file, as it begins, each naming it; then the end
    assert [s[1:3] for s in steps] == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]
    assert steps[0][3] == empty and steps[-1][3] == "" and {s[0] for s in steps} == {"Notes"}
    assert collections.running is None

    rows = listed(qtbot, collections, "Notes")
    assert rows[0] == FileRow(empty, "empty.txt", FileStatus.QUARANTINED, 0,
                              "It is empty.")  # problems first
    assert [r.status for r in rows[1:]] == [FileStatus.INDEXED] * 3
    assert all(r.chunks == 1 for r in rows[1:])


@pytest.mark.real_model
def test_indexing_pauses_resumes_and_cancels(qtbot: QtBot, make: MakeCollections,
                                             embedder: Path, tmp_path: Path) -> None:
    collections = make(embedder)
    collections.create("Notes")
    collections.add_sources("Notes", [folder_of(tmp_path, 8)])
    steps: list[int] = []
    collections.progress.connect(lambda _name, done, _total, _path: steps.append(done))

    def pause_at_first_step(_name: str, done: int, _total: int, _path: str) -> None:
        if done == 0:
            collections.pause()

    collections.progress.connect(pause_at_first_step)
    collections.index("Notes")
    qtbot.waitUntil(lambda: collections.paused, timeout=INDEXING_S)
    time.sleep(0.5)  # the file in hand (and the step already on its way) may still come
    qtbot.wait(200)
    seen = len(steps)
    qtbot.wait(2000)
    assert len(steps) == seen < 9 and collections.running == "Notes"  # paused: no step
    collections.progress.disconnect(pause_at_first_step)
    with qtbot.waitSignal(collections.finished, timeout=INDEXING_S) as finished:
        collections.resume()
    assert not collections.paused
    assert finished.args[1].indexed == 8 and steps[-1] == 8

    # an update with nothing changed reads nothing; a cancel stops the next one at once
    for path in (tmp_path / "notes Ünïcode").iterdir():
        path.write_text(path.read_text(encoding="utf-8") + " Changed.", encoding="utf-8")
    collections.progress.connect(
        lambda _name, done, _total, _path: collections.cancel() if done == 1 else None)
    with qtbot.waitSignal(collections.finished, timeout=INDEXING_S) as cancelled:
        collections.index("Notes")
    report = cancelled.args[1]
    assert report.cancelled and report.indexed < 8 and not report.quarantined
    assert collections.running is None
    # the file in hand when it was cancelled is waiting for the next run, not quarantined
    statuses = {r.status for r in listed(qtbot, collections, "Notes")}
    assert FileStatus.QUARANTINED not in statuses


@pytest.mark.real_model
def test_a_second_collection_waits_for_the_first(qtbot: QtBot, make: MakeCollections,
                                                 embedder: Path, tmp_path: Path) -> None:
    collections = make(embedder)
    folder = folder_of(tmp_path, 2)
    for name in ("First", "Second"):
        collections.create(name)
        collections.add_sources(name, [folder])
    ended: list[str] = []
    collections.finished.connect(lambda name, _report: ended.append(name))
    assert collections.index("First") and collections.index("Second")
    assert collections.queued == ("Second",)
    qtbot.waitUntil(lambda: ended == ["First", "Second"], timeout=INDEXING_S)
    assert not collections.queued and collections.running is None


def test_a_corrupt_index_is_said_and_rebuilt_without_touching_the_chats(
        qtbot: QtBot, make: MakeCollections, tmp_path: Path) -> None:
    index_path = tmp_path / INDEX_FILE
    index_path.write_bytes(b"This is not a SQLite database, but a damaged file. " * 100)
    chats = tmp_path / "hearth.db"
    chats.write_bytes(b"the conversations")
    collections = make(tmp_path / "embedder.gguf")
    assert "cannot be read" in collections.problem and "chats are not affected" in \
        collections.problem
    assert collections.collections() == []
    with pytest.raises(UserError, match="cannot be read"):
        collections.create("Notes")
    with qtbot.waitSignal(collections.failed) as failed:
        assert not collections.index("Notes")
    assert "cannot be read" in failed.args[1]

    problems: list[str] = []
    collections.problem_changed.connect(problems.append)
    with qtbot.waitSignal(collections.rebuilt):
        collections.rebuild()
    assert problems == [""] and collections.problem == ""
    collections.create("Notes")
    assert [c.name for c in collections.collections()] == ["Notes"]
    index = DocumentIndex(index_path)
    assert index.integrity_ok()
    index.close()
    assert chats.read_bytes() == b"the conversations"


def test_a_rebuild_keeps_the_collections_that_can_still_be_read(
        qtbot: QtBot, make: MakeCollections, tmp_path: Path) -> None:
    collections = make()
    collections.create("Thesis sources")
    collections.add_sources("Thesis sources", [tmp_path])
    collections.rebuild()
    assert [(c.name, c.sources) for c in collections.collections()] == [
        ("Thesis sources", (str(tmp_path),))]


@pytest.mark.real_model
def test_another_embedding_model_re_embeds_every_collection_never_mixing(
        qtbot: QtBot, make: MakeCollections, embedder: Path, tmp_path: Path) -> None:
    collections = make(embedder)
    collections.create("Notes")
    collections.add_sources("Notes", [folder_of(tmp_path, 2)])
    with qtbot.waitSignal(collections.finished, timeout=INDEXING_S):
        collections.index("Notes")
    # another model: the bundled one's bytes under a catalog embedder's name, so its id
    # differs and the catalog gives its facts (BGE's query words, 512 tokens)
    other = tmp_path / "models" / "bge-small-en-v1.5-q8_0.gguf"
    other.parent.mkdir()
    other.write_bytes(embedder.read_bytes())
    with qtbot.waitSignal(collections.finished, timeout=INDEXING_S) as done:
        collections.use_embedder(other)
    assert done.args[0] == "Notes" and collections.embedder == other
    index = DocumentIndex(tmp_path / INDEX_FILE)
    models = {row[0] for row in index._db.execute("SELECT embedder FROM chunks")}
    index.close()
    assert models == {embedder_id(other)}
    with qtbot.assertNotEmitted(collections.finished, wait=200):
        collections.use_embedder(other)  # the same model: nothing to do
