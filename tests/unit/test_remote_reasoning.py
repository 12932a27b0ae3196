"""The remote engine reads a reasoning model's thinking from servers that send it apart
(reasoning_content, or reasoning), and splits <think> out of servers that leave it in the
content: over real HTTP on 127.0.0.1 (tests/sse_server.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.engine.base import CancelToken, ChatMessage, GenerationParams, LoadOptions, Reasoning
from app.engine.remote import Connection, RemoteEngine
from tests.sse_server import SseState, running_sse

CHAT = [ChatMessage("user", "What is 2+2?")]


@pytest.fixture
def server() -> Iterator[tuple[str, SseState]]:
    with running_sse() as served:
        yield served


def reply(url: str) -> list[object]:
    engine = RemoteEngine(Connection("box", url), "big-model", LoadOptions())
    return list(engine.stream_chat(CHAT, GenerationParams(max_tokens=50), CancelToken()))


@pytest.mark.parametrize("name", ["reasoning_content", "reasoning"])
def test_reasoning_sent_apart_comes_as_reasoning(server: tuple[str, SseState],
                                                 name: str) -> None:
    url, state = server
    state.thoughts, state.reasoning_field = ["The user", " asks a sum."], name
    state.words = ["2+2", " is 4."]
    pieces = reply(url)
    assert pieces == [Reasoning("The user"), Reasoning(" asks a sum."),
                      Reasoning("", done=True), "2+2", " is 4."]


def test_think_left_in_the_content_is_split_out(server: tuple[str, SseState]) -> None:
    url, state = server
    state.words = ["<thi", "nk>Add", " them.</th", "ink>\n\n4."]
    pieces = reply(url)
    assert "".join(p for p in pieces if isinstance(p, str)) == "4."
    assert "".join(p.text for p in pieces if isinstance(p, Reasoning)) == "Add them."
    assert Reasoning("", done=True) in pieces


def test_a_plain_server_is_unchanged(server: tuple[str, SseState]) -> None:
    url, _state = server
    assert reply(url) == ["Hello", " from", " the", " server."]
