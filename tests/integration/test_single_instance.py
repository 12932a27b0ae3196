"""One Hearth per data folder, with real processes: a second launch brings the first
window forward and exits, without touching the first one's live reply; the self-test is
refused the same way; a lock left by a killed Hearth does not block the next start."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.main import ALREADY_RUNNING
from app.paths import AppPaths

ROOT = Path(__file__).resolve().parents[2]


def hearth(*args: str) -> list[str]:
    return [sys.executable, "-m", "app", *args]


def environment() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}


def wait_for(condition: object, timeout_s: float, what: str) -> None:
    assert callable(condition)
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def log_text(paths: AppPaths) -> str:
    return paths.log_file.read_text(encoding="utf-8") if paths.log_file.exists() else ""


@pytest.fixture
def first(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], AppPaths]]:
    """A real GUI (offscreen) on its own data folder, its window up. A model file that
    does not exist keeps it from loading one: this test is about the folder."""
    paths = AppPaths.under(tmp_path / "hearth")
    process = subprocess.Popen(
        hearth("--data-dir", str(tmp_path / "hearth"), "--model", str(tmp_path / "no.gguf")),
        cwd=ROOT, env=environment(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(lambda: "The window is up" in log_text(paths) or process.poll() is not None,
                 90, "the first window")
        assert process.poll() is None, log_text(paths)
        yield process, paths
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(30)


def a_live_reply(paths: AppPaths) -> int:
    """A reply the first Hearth is streaming, as it is in its database."""
    conn = sqlite3.connect(paths.database)
    with conn:
        conn.execute("INSERT INTO conversations (title, created_at, updated_at) "
                     "VALUES ('live', 0, 0)")
        cursor = conn.execute(
            "INSERT INTO messages (conversation_id, role, content, status, created_at) "
            "VALUES (last_insert_rowid(), 'assistant', 'so far', 'streaming', 0)")
    conn.close()
    return int(cursor.lastrowid or 0)


def status_of(paths: AppPaths, message_id: int) -> str:
    conn = sqlite3.connect(paths.database)
    try:
        return str(conn.execute("SELECT status FROM messages WHERE id = ?",
                                [message_id]).fetchone()[0])
    finally:
        conn.close()


def test_a_second_launch_brings_the_first_forward_and_leaves_its_reply_alone(
        first: tuple[subprocess.Popen[bytes], AppPaths]) -> None:
    process, paths = first
    live = a_live_reply(paths)
    second = subprocess.run(hearth("--data-dir", str(paths.data.parent)), cwd=ROOT,
                            env=environment(), capture_output=True, text=True, timeout=90)
    assert second.returncode == ALREADY_RUNNING, second.stderr
    assert f"Hearth is already running with the data folder {paths.data} " \
           f"(process {process.pid}); its window was brought forward." in second.stderr
    assert "Another launch asked for the window" in log_text(paths)
    assert status_of(paths, live) == "streaming"  # not relabelled "interrupted"
    assert process.poll() is None
    assert not (paths.data / "show-window.request").exists()


def test_the_self_test_is_refused_while_hearth_runs(
        first: tuple[subprocess.Popen[bytes], AppPaths]) -> None:
    process, paths = first
    live = a_live_reply(paths)
    second = subprocess.run(hearth("--data-dir", str(paths.data.parent), "--self-test"),
                            cwd=ROOT, env=environment(), capture_output=True, text=True,
                            timeout=90)
    assert second.returncode == ALREADY_RUNNING
    answer = json.loads(second.stdout.strip().splitlines()[-1])
    assert answer["ok"] is False
    assert answer["error"].startswith(f"Hearth is already running with the data folder "
                                      f"{paths.data} (process {process.pid}).")
    assert status_of(paths, live) == "streaming"


def test_a_killed_hearth_leaves_no_lock_behind(
        first: tuple[subprocess.Popen[bytes], AppPaths]) -> None:
    process, paths = first
    os.kill(process.pid, signal.SIGKILL)
    process.wait(30)
    assert paths.lock_file.exists()
    again = subprocess.run(hearth("--data-dir", str(paths.data.parent), "--startup-check"),
                           cwd=ROOT, env=environment(), capture_output=True, text=True,
                           timeout=120)
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout.strip().splitlines()[-1]) == {"ok": True,
                                                                 "window_ready": True}
