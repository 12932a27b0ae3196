"""The remote engine against a real OpenAI-compatible server: llama-cpp-python's own
`llama_cpp.server`, serving the bundled model on 127.0.0.1 in a child process."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.engine.base import CancelToken, ChatMessage, GenerationParams, LoadOptions
from app.engine.remote import Connection, RemoteEngine, RemoteError, list_models

pytestmark = pytest.mark.real_model
ALIAS = "gemma-on-the-server"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def server(bundled_model_path: Path) -> Iterator[Connection]:
    port = free_port()
    child = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(bundled_model_path),
         "--model_alias", ALIAS, "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "512",
         # the bundled base model has no chat template: a plain instruction format
         "--n_threads", "2", "--chat_format", "alpaca"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    connection = Connection("local-llama-server", f"http://127.0.0.1:{port}")
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if list_models(connection, timeout_s=2):
                    break
            except RemoteError:
                if child.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("llama_cpp.server did not start")
                time.sleep(0.3)
        yield connection
    finally:
        child.terminate()
        try:
            child.wait(10)
        except subprocess.TimeoutExpired:
            child.kill()


def test_the_servers_model_streams_a_reply(server: Connection) -> None:
    assert list_models(server) == [ALIAS]
    engine = RemoteEngine(server, ALIAS, LoadOptions())
    reply = "".join(engine.stream_chat(
        [ChatMessage("user", "What is the capital of France?")],
        GenerationParams(max_tokens=16, temperature=0.0, seed=1), CancelToken()))
    assert reply.strip()
    stats = engine.last_stats
    assert 0 < stats.completion_tokens <= 16 and stats.ttft_ms is not None


def test_stop_ends_a_real_servers_stream_fast(server: Connection) -> None:
    engine = RemoteEngine(server, ALIAS, LoadOptions())
    cancel = CancelToken()
    started = time.monotonic()
    stopped_at = 0.0
    got = []
    for piece in engine.stream_chat([ChatMessage("user", "Count from one to a hundred.")],
                                    GenerationParams(max_tokens=300, ignore_stop=True),
                                    cancel):
        got.append(piece)
        if len(got) == 3:
            cancel.cancel()
            stopped_at = time.monotonic()
    assert len(got) >= 3 and time.monotonic() - stopped_at < 0.5
    assert engine.last_stats.stop_reason == "cancelled" and time.monotonic() - started < 30


def test_an_unknown_model_is_refused(server: Connection) -> None:
    from app.engine.base import EngineLoadError

    with pytest.raises(EngineLoadError, match="has no model 'gpt-4o'"):
        RemoteEngine(server, "gpt-4o", LoadOptions())
