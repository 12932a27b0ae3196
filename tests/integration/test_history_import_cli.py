"""`python -m app import` as a user runs it, in a subprocess: counts for each format, a
second import adding nothing, bad input named, and a kill -9 in the middle of a large
export leaving every finished conversation whole and nothing half-written."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.history_export import messages_in, write_export

ROOT = Path(__file__).parents[2]
DATA = ROOT / "tests" / "data" / "import"


def run_import(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data_dir), "import",
                           *args], capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env=env)


@pytest.mark.parametrize(("relative", "counts"), [
    ("chatgpt/conversations.json", (3, 10, 2, 0)),
    ("openwebui/export.json", (2, 5, 1, 1)),
    ("jan", (2, 4, 0, 0)),
    ("lmstudio/conversations", (1, 4, 1, 1)),
    ("gpt4all", (4, 13, 0, 1)),
])
def test_each_format_imports_once(tmp_path: Path, relative: str,
                                  counts: tuple[int, int, int, int]) -> None:
    first = run_import(tmp_path, str(DATA / relative), "--json")
    assert first.returncode == 0, first.stderr
    summary = json.loads(first.stdout)
    assert (summary["conversations"], summary["messages"], summary["versions"],
            len(summary["skipped"])) == counts
    again = json.loads(run_import(tmp_path, str(DATA / relative), "--json").stdout)
    assert (again["conversations"], again["messages"], again["unchanged"]) == (0, 0, counts[0])


def test_the_text_report_names_what_was_skipped(tmp_path: Path) -> None:
    result = run_import(tmp_path, str(DATA / "chatgpt" / "truncated.json"), "--from", "chatgpt")
    assert result.returncode == 0
    assert "conversations: 1 new, 0 updated, 0 already imported" in result.stdout
    assert ("truncated.json, conversation 2: the file ends in the middle of it (it was cut "
            "off)") in result.stdout


def test_nothing_importable_exits_non_zero_with_the_reason(tmp_path: Path) -> None:
    result = run_import(tmp_path, str(DATA / "gpt4all" / "gpt4all-v13.chat"))
    assert result.returncode == 1
    assert "gpt4all-v13.chat: it is a GPT4All chat file of version 13" in result.stderr
    missing = run_import(tmp_path, str(tmp_path / "nothing.zip"))
    assert missing.returncode == 1 and "does not exist" in missing.stderr


def test_kill_9_mid_import_leaves_whole_conversations_and_a_rerun_finishes(
        tmp_path: Path) -> None:
    total = 400
    export = tmp_path / "conversations.json"
    write_export(export, total, turns=4, chars=300)
    data_dir = tmp_path / "hearth"
    database = data_dir / "data" / "hearth.db"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), "import", str(export)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and _count(database, "conversations") < 20:
            time.sleep(0.01)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    written = _count(database, "conversations")
    assert 20 <= written < total, "the kill came too late to test anything"
    conn = sqlite3.connect(database)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT COUNT(*) FROM conversations WHERE id NOT IN "
                            "(SELECT conversation_id FROM messages)").fetchone() == (0,)
        for source, messages in conn.execute(
                "SELECT c.source, COUNT(m.id) FROM conversations c "
                "JOIN messages m ON m.conversation_id = c.id GROUP BY c.id"):
            index = int(source.rsplit("-", 1)[1])
            assert messages == messages_in(index, 4), f"{source} is half-written"
    finally:
        conn.close()
    rerun = run_import(data_dir, str(export), "--json")
    summary = json.loads(rerun.stdout)
    assert summary["conversations"] + summary["unchanged"] == total
    assert _count(database, "conversations") == total
    assert _count(database, "messages") == sum(messages_in(i, 4) for i in range(total))


def _count(database: Path, table: str) -> int:
    if not database.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0  # not made yet
