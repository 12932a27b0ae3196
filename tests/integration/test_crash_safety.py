"""kill -9 in the middle of a real reply, then reopen: nothing the user wrote is lost."""

from __future__ import annotations

import itertools
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.store.conversations import ConversationStore
from app.store.db import connect, integrity_ok
from app.store.records import Status

pytestmark = pytest.mark.real_model

LONG_PROMPT = "Count from 1 to 300, separated by commas: 1, 2, 3"


def app_command(data_dir: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "app", "--self-test", "--data-dir", str(data_dir), *extra]


def child_env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def seed_settings(data_dir: Path, bundled_model_path: Path) -> None:
    config = data_dir / "config"
    config.mkdir(parents=True)
    (config / "settings.json").write_text(json.dumps({
        "seed": 1, "model_path": str(bundled_model_path), "threads": 2}))


def reply_row(db_path: Path) -> tuple[str, str] | None:
    if not db_path.exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT content, status FROM messages WHERE role = 'assistant' "
                                "ORDER BY id DESC LIMIT 1").fetchone()
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return None


def test_kill_mid_reply_loses_at_most_about_a_second(tmp_path: Path,
                                                     bundled_model_path: Path) -> None:
    data_dir = tmp_path / "hearth"
    seed_settings(data_dir, bundled_model_path)
    db_path = data_dir / "data" / "hearth.db"
    child = subprocess.Popen(app_command(data_dir, "--prompt", LONG_PROMPT,
                                         "--max-tokens", "3000", "--ignore-stop",
                                         "--timeout", "60"),
                             env=child_env(), stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    changes: list[float] = []
    last = ""
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and len(changes) < 5:
            row = reply_row(db_path)
            if row and row[1] == "streaming" and row[0] != last:
                changes.append(time.monotonic())
                last = row[0]
            assert child.poll() is None, "the app ended before it could be killed"
            time.sleep(0.05)
        assert len(changes) == 5, "the reply never streamed into the database"
        child.send_signal(signal.SIGKILL)
        killed_at = time.monotonic()
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()

    gaps = [b - a for a, b in itertools.pairwise(changes)]
    gaps.append(killed_at - changes[-1])
    assert max(gaps) < 1.25, f"the reply was saved {max(gaps):.2f} s apart"

    raw = reply_row(db_path)
    assert raw is not None and raw[1] == "streaming" and raw[0].startswith(last[:1])
    store = ConversationStore(connect(db_path))
    assert integrity_ok(store.db)
    assert store.mark_interrupted() == 1
    conversation = store.conversations()[0]
    user, assistant = store.messages(conversation.id)
    assert (user.role, user.content, user.status) == ("user", LONG_PROMPT, Status.COMPLETE)
    assert assistant.status == Status.INTERRUPTED
    assert len(assistant.content) >= len(last) > 0
    store.db.close()


def test_self_test_passes_and_reports(tmp_path: Path, bundled_model_path: Path) -> None:
    data_dir = tmp_path / "hearth"
    seed_settings(data_dir, bundled_model_path)
    shot = tmp_path / "shot.png"
    done = subprocess.run(app_command(data_dir, "--max-tokens", "16", "--screenshot", str(shot)),
                          env=child_env(), capture_output=True, text=True, timeout=120)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert done.returncode == 0, report
    assert report["ok"] is True and report["model"] == "Gemma 3 270m"
    assert 1 <= report["tokens"] <= 16
    assert report["ttft_ms"] > 0 and report["max_ui_stall_ms"] >= 0
    assert report["db_path"] == str(data_dir / "data" / "hearth.db")
    assert report["cpu_features"].startswith("CPU :") and "AVX" in report["cpu_features"]
    assert report["amx_guard"] is ("AMX_INT8 = 1" in report["cpu_features"])
    assert shot.stat().st_size > 10_000
    assert (data_dir / "logs" / "hearth.log").exists()
    assert {p.name for p in data_dir.iterdir()} == {"config", "data", "cache", "logs", "models"}


def test_self_test_fails_cleanly_on_a_bad_model(tmp_path: Path) -> None:
    bad = tmp_path / "bad.gguf"
    bad.write_text("not a model")
    done = subprocess.run(app_command(tmp_path / "hearth", "--model", str(bad)),
                          env=child_env(), capture_output=True, text=True, timeout=60)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert done.returncode == 1 and report["ok"] is False
    assert "not a GGUF" in report["error"]
    assert "Traceback" not in done.stderr
