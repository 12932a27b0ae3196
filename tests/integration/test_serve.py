"""`python -m app serve` as other apps meet it: a real process with the bundled model, driven
by the official openai client, stopped by SIGTERM; a second one on the same port refused;
the window's data folder (its lock held, its database) left alone."""

from __future__ import annotations

import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import openai
import pytest

from app.paths import AppPaths, DataFolderLock

pytestmark = pytest.mark.real_model

ROOT = Path(__file__).resolve().parents[2]
START_S = 90.0


def hearth(*args: str) -> list[str]:
    return [sys.executable, "-m", "app", *args]


def environment() -> dict[str, str]:
    # the fail backend keeps the token out of the developer's own keyring: it goes to the
    # data folder's file, where `token` finds it
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Serving:
    process: subprocess.Popen[str]
    port: int
    data: Path
    lines: queue.Queue[str] = field(default_factory=queue.Queue)
    seen: list[str] = field(default_factory=list)
    reader: threading.Thread | None = None

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(10)
        if self.reader is not None:
            self.reader.join(10)  # it reads to the end of the closed pipe
        if self.process.stdout is not None:
            self.process.stdout.close()

    def wait_for(self, text: str, timeout_s: float = START_S) -> str:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.2)
            except queue.Empty:
                if self.process.poll() is not None:
                    break
                continue
            self.seen.append(line)
            if text in line:
                return line
        raise AssertionError(f"no {text!r} from serve; it wrote:\n" + "".join(self.seen))


def start(data: Path, model: Path, port: int) -> Serving:
    process = subprocess.Popen(
        hearth("--data-dir", str(data), "serve", "--model", str(model), "--port", str(port)),
        cwd=ROOT, env=environment(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True)
    serving = Serving(process, port, data)

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            serving.lines.put(line)

    serving.reader = threading.Thread(target=read, daemon=True)
    serving.reader.start()
    return serving


@pytest.fixture
def serving(tmp_path: Path, bundled_model_path: Path) -> Iterator[Serving]:
    server = start(tmp_path / "hearth", bundled_model_path, free_port())
    try:
        yield server
    finally:
        server.close()


def token(data: Path) -> str:
    done = subprocess.run(hearth("--data-dir", str(data), "token"), cwd=ROOT,
                          env=environment(), capture_output=True, text=True, timeout=60,
                          check=True)
    return done.stdout.strip()


def test_serve_answers_the_openai_client_and_stops_cleanly_on_sigterm(
        serving: Serving) -> None:
    window_paths = AppPaths.under(serving.data)
    window_paths.ensure()
    window_lock = DataFolderLock(window_paths.lock_file)  # as a window on this folder holds
    assert window_lock.acquire()
    try:
        address = serving.wait_for("local API: http://127.0.0.1")
        assert "python -m app token" in serving.wait_for("bearer token")
        serving.wait_for("Serving ")  # the model has loaded
        client = openai.OpenAI(base_url=f"http://127.0.0.1:{serving.port}/v1",
                               api_key=token(serving.data), max_retries=0, timeout=60)
        assert f":{serving.port}/v1" in address
        models = [m.id for m in client.models.list()]
        assert len(models) == 1
        reply = client.chat.completions.create(
            model="hearth", messages=[{"role": "user", "content": "The capital of France"}],
            max_tokens=8, temperature=0)
        assert reply.choices[0].message.content
        assert reply.usage is not None and 0 < reply.usage.completion_tokens <= 8
        streamed = client.chat.completions.create(
            model=models[0], messages=[{"role": "user", "content": "Count: one, two"}],
            max_tokens=6, temperature=0, stream=True)  # greedy: never a first-token stop
        pieces = [c.choices[0].delta.content or "" for c in streamed if c.choices]
        assert "".join(pieces)
        wrong = openai.OpenAI(base_url=f"http://127.0.0.1:{serving.port}/v1",
                              api_key="not-the-token", max_retries=0)
        with pytest.raises(openai.AuthenticationError):
            wrong.models.list()
        print(f"\nserve answered the openai client: {reply.choices[0].message.content!r}"
              f" ({reply.usage.completion_tokens} tokens), streamed {''.join(pieces)!r}")

        serving.process.send_signal(signal.SIGTERM)
        assert serving.process.wait(30) == 0
        serving.wait_for("Stopped", timeout_s=5)
        # the window's database was never opened, and its lock was never needed
        assert not window_paths.database.exists()
    finally:
        window_lock.release()


def test_a_second_serve_on_the_same_port_is_refused(serving: Serving,
                                                    bundled_model_path: Path) -> None:
    serving.wait_for("local API: http://127.0.0.1")
    started = time.monotonic()
    second = subprocess.run(
        hearth("--data-dir", str(serving.data), "serve", "--model", str(bundled_model_path),
               "--port", str(serving.port)),
        cwd=ROOT, env=environment(), capture_output=True, text=True, timeout=60)
    assert second.returncode == 2
    assert f"port {serving.port} on 127.0.0.1 is already in use" in second.stderr
    assert "--port" in second.stderr
    assert time.monotonic() - started < 30  # refused before any model is loaded
    assert serving.process.poll() is None  # the first one serves on
