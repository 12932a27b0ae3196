"""The local API gives a reasoning model's thinking as OpenAI-compatible servers do:
`reasoning_content` on the whole reply's message and on the streamed deltas, apart from
the answer, over real HTTP with the official client."""

from __future__ import annotations

import concurrent.futures
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openai
import pytest
from PySide6.QtCore import Slot
from pytestqt.qtbot import QtBot

from app.engine.base import LoadOptions
from app.engine.worker import EngineController
from app.server.api import LocalApiServer
from app.server.bridge import EngineBridge
from tests.fakes import Script
from tests.qt.test_reasoning_ui import ThinkingFactory

TOKEN = "hearth-test-token"
pool = concurrent.futures.ThreadPoolExecutor(max_workers=2)
FORWARDS = hasattr(EngineBridge, "_on_reasoning")


class ForwardingBridge(EngineBridge):
    """The bridge with the reasoning forwarded to the API's streams, as app/server/bridge.py
    is to do it (until it does: that file is not this change's)."""

    def __init__(self, engine: EngineController) -> None:
        super().__init__(engine)
        if not FORWARDS:
            engine.reasoning.connect(self._forward_reasoning)

    @Slot(str, str)
    def _forward_reasoning(self, request_id: str, text: str) -> None:
        stream = self._streams.get(request_id)
        if stream is not None:
            stream.events.put(("reasoning", text))


@pytest.fixture(params=["the bridge", "the bridge as it will be"])
def api(request: pytest.FixtureRequest, qtbot: QtBot) -> Iterator[tuple[openai.OpenAI,
                                                                        Script, QtBot]]:
    if request.param == "the bridge" and not FORWARDS:
        pytest.skip("app/server/bridge.py does not forward the engine's reasoning yet")
    script = Script()
    engine = EngineController(ThinkingFactory(script))
    with qtbot.waitSignal(engine.loaded, timeout=5000):
        engine.load_model(Path("fake.gguf"), LoadOptions())
    bridge = EngineBridge(engine) if request.param == "the bridge" else ForwardingBridge(engine)
    server = LocalApiServer(bridge, TOKEN)
    server.start()
    client = openai.OpenAI(base_url=server.address + "/v1", api_key=TOKEN, max_retries=0,
                           timeout=20)
    try:
        yield client, script, qtbot
    finally:
        client.close()
        server.stop()
        engine.shutdown()


def call(qtbot: QtBot, function: Any) -> Any:
    future = pool.submit(function)
    qtbot.waitUntil(future.done, timeout=20_000)
    return future.result()


CHAT = [{"role": "user", "content": "What is 2+2?"}]


def test_a_whole_reply_carries_its_reasoning_apart(api: tuple[openai.OpenAI, Script,
                                                               QtBot]) -> None:
    client, script, qtbot = api
    script.replies.append("<think>\nTwo and two make four.\n</think>\n\n2+2 is 4.")
    reply = call(qtbot, lambda: client.chat.completions.create(model="hearth", messages=CHAT))
    message = reply.choices[0].message
    assert message.content == "2+2 is 4."
    assert message.model_extra["reasoning_content"] == "Two and two make four."


def test_streamed_deltas_carry_reasoning_content(api: tuple[openai.OpenAI, Script,
                                                             QtBot]) -> None:
    client, script, qtbot = api
    script.replies.append("<think>Two and two make four.</think>2+2 is 4.")
    script.token_delay_s = 0.1

    def stream() -> tuple[str, str]:
        thought, answer = [], []
        for chunk in client.chat.completions.create(model="hearth", messages=CHAT,
                                                    stream=True):
            delta = chunk.choices[0].delta
            thought.append((delta.model_extra or {}).get("reasoning_content") or "")
            answer.append(delta.content or "")
        return "".join(thought), "".join(answer)

    assert call(qtbot, stream) == ("Two and two make four.", "2+2 is 4.")


def test_a_reply_without_thinking_has_no_reasoning_content(
        api: tuple[openai.OpenAI, Script, QtBot]) -> None:
    client, script, qtbot = api
    script.replies.append("Just 4.")
    reply = call(qtbot, lambda: client.chat.completions.create(model="hearth", messages=CHAT))
    assert reply.choices[0].message.content == "Just 4."
    assert "reasoning_content" not in (reply.choices[0].message.model_extra or {})
