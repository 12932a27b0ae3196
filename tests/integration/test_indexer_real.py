"""The indexer with its real child process, the real parsers and the bundled embedder: what
changed is read again and nothing else, a file that takes the child down is quarantined
while the rest goes on, and a kill -9 of the whole command loses nothing on the next run."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app.docs_cli import bundled_embedder
from app.documents.index import INDEX_FILE, DocumentIndex, FileStatus
from app.documents.indexer import Indexer, IndexOptions, embedder_id
from app.paths import AppPaths

pytestmark = pytest.mark.real_model
ROOT = Path(__file__).resolve().parents[2]

LIGHTHOUSE = ("The lighthouse keeper trimmed the wick of the great lamp every evening at "
              "dusk, and wrote the weather in a leather logbook.")
TAX = ("Receipts for the home office must be kept for six years; the tax office may ask "
       "for them at any time.")


def collection_at(tmp_path: Path, *sources: Path) -> Path:
    index_path = tmp_path / INDEX_FILE
    index = DocumentIndex(index_path)
    chosen = index.collection("notes", create=True)
    for source in sources:
        index.add_source(chosen, source)
    index.close()
    return index_path


def statuses(index_path: Path) -> dict[str, FileStatus]:
    index = DocumentIndex(index_path)
    try:
        return {Path(f.path).name: f.status for f in index.files(index.collection("notes"))}
    finally:
        index.close()


def test_a_folder_is_indexed_searched_and_kept_up_to_date(tmp_path: Path) -> None:
    folder = tmp_path / "notes Ünïcode 東京"
    folder.mkdir()
    (folder / "lighthouse.txt").write_text(LIGHTHOUSE, encoding="utf-8")
    (folder / "tax.md").write_text("# Tax\n\n" + TAX, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    index_path = collection_at(tmp_path, folder)
    options = IndexOptions(bundled_embedder(), threads=2)
    first = Indexer(index_path, options).run("notes")
    assert first.indexed == 2 and set(first.quarantined) == {str(folder / "empty.txt")}
    from app.engine.embedding import Embedder

    embedder = Embedder(options.embedder, threads=1)
    index = DocumentIndex(index_path)
    try:
        found = index.search("who looked after the lamp?",
                             embedder.embed(["who looked after the lamp?"])[0],
                             embedder_id(options.embedder), [index.collection("notes")], 1)
    finally:
        embedder.close()
        index.close()
    assert found[0].file == str(folder / "lighthouse.txt") and "wick" in found[0].text

    again = Indexer(index_path, options).run("notes")
    assert (again.indexed, again.unchanged) == (0, 3)  # nothing read twice
    (folder / "tax.md").write_text("# Tax\n\nNothing to keep.", encoding="utf-8")
    (folder / "lighthouse.txt").unlink()
    changed = Indexer(index_path, options).run("notes")
    assert (changed.indexed, changed.dropped) == (1, 1)
    assert statuses(index_path) == {"empty.txt": FileStatus.QUARANTINED,
                                    "tax.md": FileStatus.INDEXED}


def test_a_source_that_is_not_there_keeps_its_files(tmp_path: Path) -> None:
    drive = tmp_path / "usb"
    drive.mkdir()
    (drive / "tax.txt").write_text(TAX, encoding="utf-8")
    index_path = collection_at(tmp_path, drive)
    options = IndexOptions(bundled_embedder())
    assert Indexer(index_path, options).run("notes").indexed == 1
    (drive / "tax.txt").rename(tmp_path / "tax.txt")
    drive.rmdir()  # the drive was removed
    report = Indexer(index_path, options).run("notes")
    assert report.missing_sources == [str(drive)] and report.dropped == 0
    assert statuses(index_path) == {"tax.txt": FileStatus.INDEXED}


def test_a_file_that_kills_the_reader_is_quarantined_and_the_rest_goes_on(
        tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    # a big file keeps the child busy long enough to be killed in the middle of it
    (folder / "a-big.txt").write_text((LIGHTHOUSE + "\n\n") * 4000, encoding="utf-8")
    (folder / "b-tax.txt").write_text(TAX, encoding="utf-8")
    index_path = collection_at(tmp_path, folder)
    indexer = Indexer(index_path, IndexOptions(bundled_embedder(), threads=1))
    killer = threading.Thread(target=_kill_child_when_busy, args=(indexer,), daemon=True)
    killer.start()
    report = indexer.run("notes")
    killer.join(5)
    assert report.quarantined == {
        str(folder / "a-big.txt"): "The reader crashed on it (signal 9)."}
    assert report.indexed == 1  # a new child went on with the next file
    assert statuses(index_path)["b-tax.txt"] is FileStatus.INDEXED


def _kill_child_when_busy(indexer: Indexer) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        child = indexer._child
        if child is not None and child.alive():
            time.sleep(1.0)  # loading the embedder, then into the big file
            os.kill(child._process.pid, signal.SIGKILL)
            return
        time.sleep(0.05)


def test_a_file_past_its_time_is_stopped_and_said(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "slow.txt").write_text((TAX + "\n\n") * 4000, encoding="utf-8")
    index_path = collection_at(tmp_path, folder)
    options = IndexOptions(bundled_embedder(), file_timeout_s=0.5, seconds_per_mb=0.0)
    report = Indexer(index_path, options).run("notes")
    assert report.quarantined == {
        str(folder / "slow.txt"): "Reading it took longer than 1 s, so it was stopped."}


def test_kill_9_during_indexing_loses_nothing_on_the_next_run(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    for i in range(40):
        (folder / f"note-{i:02}.txt").write_text(f"Note {i}. {LIGHTHOUSE} {TAX}",
                                                 encoding="utf-8")
    data = tmp_path / "data"
    command = [sys.executable, "-m", "app", "--data-dir", str(data), "docs", "add",
               str(folder), "--collection", "notes"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen(command, cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True,
                             start_new_session=True)
    assert first.stderr is not None
    for line in first.stderr:  # killed in the middle, once a few files are in
        if line.startswith("[8/"):
            break
    os.killpg(first.pid, signal.SIGKILL)
    first.wait()
    first.stderr.close()
    db_path = AppPaths.under(data).data / INDEX_FILE
    with sqlite3.connect(db_path) as db:
        partly = db.execute("SELECT COUNT(*) FROM files WHERE status = 'indexed'").fetchone()[0]
    assert 0 < partly < 40
    second = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=300)
    assert second.returncode == 0, second.stderr
    report = json.loads(second.stderr.strip().splitlines()[-1])
    assert report["indexed"] == 40 - partly and report["unchanged"] == partly
    db = sqlite3.connect(db_path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("SELECT COUNT(*) FROM files WHERE status = 'indexed'").fetchone() \
            == (40,)
        assert db.execute("SELECT COUNT(*) FROM chunks").fetchone() == (40,)
        db.execute("INSERT INTO chunks_fts(chunks_fts) VALUES('integrity-check')")
    finally:
        db.close()


def test_the_command_line_searches_one_question_per_line(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "lighthouse.txt").write_text(LIGHTHOUSE, encoding="utf-8")
    (folder / "tax.txt").write_text(TAX, encoding="utf-8")
    base = [sys.executable, "-m", "app", "--data-dir", str(tmp_path / "data"), "docs"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    added = subprocess.run([*base, "add", str(folder), "--collection", "notes"], cwd=ROOT,
                           env=env, capture_output=True, text=True, timeout=300)
    assert added.returncode == 0, added.stderr
    searched = subprocess.run(
        [*base, "search", "-", "--collection", "notes", "--top-k", "1", "--json"], cwd=ROOT,
        env=env, input="how long are receipts kept?\nwho wrote in the logbook?\n",
        capture_output=True, text=True, timeout=300)
    assert searched.returncode == 0, searched.stderr
    answers = [json.loads(line) for line in searched.stdout.splitlines()]
    assert [Path(a[0]["file"]).name for a in answers] == ["tax.txt", "lighthouse.txt"]
    assert {"file", "location", "text", "score"} <= set(answers[0][0])
    missing = subprocess.run([*base, "search", "x", "--collection", "nope"], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=300)
    assert missing.returncode == 1 and "no collection called 'nope'" in missing.stderr
