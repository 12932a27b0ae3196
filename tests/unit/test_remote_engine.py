"""The remote engine against a real HTTP server on 127.0.0.1: streaming, Stop, and every
fault in words, with what streamed before a fault kept."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from app.engine.base import CancelToken, ChatMessage, EngineLoadError, GenerationParams, LoadOptions
from app.engine.remote import (
    Connection,
    RemoteEngine,
    RemoteError,
    list_models,
    model_ref,
    parse_ref,
)
from tests.sse_server import SseState, running_sse

CHAT = [ChatMessage("user", "Hello?")]


@pytest.fixture
def server() -> Iterator[tuple[str, SseState]]:
    with running_sse() as served:
        yield served


def engine_for(url: str, model: str = "big-model", key: str = "") -> RemoteEngine:
    return RemoteEngine(Connection("box", url, key), model, LoadOptions())


def test_models_are_listed_and_named_by_connection(server: tuple[str, SseState]) -> None:
    url, state = server
    state.models = ["big-model", "small-model"]
    connection = Connection("box", url + "/v1")
    assert list_models(connection) == ["big-model", "small-model"]
    assert parse_ref(model_ref(connection, "big-model")) == ("box", "big-model")
    assert parse_ref("gemma.gguf") is None


def test_a_reply_streams_with_its_statistics(server: tuple[str, SseState]) -> None:
    url, state = server
    engine = engine_for(url)
    assert engine.info.name == f"big-model @ {url.removeprefix('http://')}"
    pieces = list(engine.stream_chat(CHAT, GenerationParams(max_tokens=50, seed=3),
                                     CancelToken()))
    assert "".join(pieces) == "Hello from the server."
    stats = engine.last_stats
    assert (stats.prompt_tokens, stats.completion_tokens, stats.stop_reason) == (11, 4, "stop")
    assert stats.ttft_ms is not None and stats.ttft_ms >= 0
    sent = state.requests[-1]
    assert sent["stream"] is True and sent["max_tokens"] == 50 and sent["seed"] == 3
    assert sent["messages"] == [{"role": "user", "content": "Hello?"}]


def test_stop_closes_a_silent_stream_within_half_a_second(
        server: tuple[str, SseState]) -> None:
    url, state = server
    state.mode = "silent"
    engine = engine_for(url)
    cancel = CancelToken()
    threading.Timer(0.2, cancel.cancel).start()
    started = time.monotonic()
    assert list(engine.stream_chat(CHAT, GenerationParams(), cancel)) == []
    assert time.monotonic() - started < 0.2 + 0.5
    assert engine.last_stats.stop_reason == "cancelled"


@pytest.mark.parametrize(("status", "retry", "words"), [
    (401, None, "refused the API key"), (403, None, "refused the API key"),
    (429, "7", "busy (429); try again in 7 s"), (500, None, "failed (500)"),
    (503, None, "failed (503)"),
])
def test_status_faults_are_named(server: tuple[str, SseState], status: int,
                                 retry: str | None, words: str) -> None:
    url, state = server
    engine = engine_for(url)
    state.mode, state.status, state.retry_after = "status", status, retry
    with pytest.raises(RemoteError, match=words.replace("(", r"\(").replace(")", r"\)")):
        list(engine.stream_chat(CHAT, GenerationParams(), CancelToken()))


def test_a_stream_cut_in_the_middle_keeps_what_came(server: tuple[str, SseState]) -> None:
    url, state = server
    state.mode, state.cut_after = "cut", 2
    engine = engine_for(url)
    got: list[str] = []
    with pytest.raises(RemoteError, match="cut in the middle"):
        for piece in engine.stream_chat(CHAT, GenerationParams(), CancelToken()):
            got.append(piece)
    assert "".join(got) == "Hello from"


def test_malformed_json_is_named(server: tuple[str, SseState]) -> None:
    url, state = server
    state.mode = "bad_json"
    with pytest.raises(RemoteError, match="not JSON"):
        list(engine_for(url).stream_chat(CHAT, GenerationParams(), CancelToken()))


def test_an_unknown_model_and_a_bad_key_are_refused_at_load(
        server: tuple[str, SseState]) -> None:
    url, state = server
    with pytest.raises(EngineLoadError, match="has no model 'other'"):
        engine_for(url, model="other")
    state.api_key = "right"
    with pytest.raises(EngineLoadError, match="refused the API key"):
        engine_for(url, key="wrong")
    assert engine_for(url, key="right").info.architecture == "remote"


def test_connection_refused_and_dns_failures_are_named() -> None:
    import httpx2

    from app.engine.remote import describe_error

    with pytest.raises(EngineLoadError, match="refused the connection"):
        engine_for("http://127.0.0.1:9")  # nothing listens on the discard port
    # a DNS failure, as httpx2 reports it (no lookup leaves this machine in the tests)
    box = Connection("box", "http://gpu-box:8000")
    failure = httpx2.ConnectError("[Errno -2] Name or service not known")
    assert describe_error(failure, box) == ("gpu-box:8000 could not be found (DNS). Check "
                                            "the address in Connections.")
    assert "did not answer in time" in describe_error(httpx2.ReadTimeout("slow"), box)
