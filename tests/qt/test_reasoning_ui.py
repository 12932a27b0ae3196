"""A reasoning model's reply in the real window (a scripted engine whose raw text goes
through the same splitter as a real model's): the thinking streams folded above the
answer, is saved as it comes, opens with a click, Enter or Space, is left out of the next
prompt, and comes back from the local API as reasoning_content."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.engine.base import (
    CancelToken,
    ChatMessage,
    GenerationParams,
    GenerationStats,
    LoadOptions,
    ModelInfo,
    Piece,
)
from app.engine.reasoning import split_stream
from app.paths import AppPaths
from app.store.records import Status
from app.wiring import App, Overrides, build
from tests.fakes import FakeEngine, FakeEngineFactory, Script
from tests.qt.conftest import Recorder, dispose

THOUGHT = "The user greets me. A short, friendly greeting back will do."
REPLY = f"<think>\n{THOUGHT}\n</think>\n\nHello there!"


class ThinkingEngine:
    """The scripted engine, its replies split as a local model's are (engine/reasoning.py)."""

    def __init__(self, inner: FakeEngine) -> None:
        self._inner = inner

    @property
    def info(self) -> ModelInfo:
        return self._inner.info

    @property
    def last_stats(self) -> GenerationStats:
        return self._inner.last_stats

    def stream_chat(self, messages: list[ChatMessage], params: GenerationParams,
                    cancel: CancelToken) -> Iterator[Piece]:
        return split_stream(self._inner.stream_chat(messages, params, cancel))

    def count_tokens(self, messages: list[ChatMessage]) -> int:
        return self._inner.count_tokens(messages)

    def drop_cached(self, key: str) -> None:
        self._inner.drop_cached(key)

    def close(self) -> None:
        self._inner.close()


class ThinkingFactory(FakeEngineFactory):
    def __call__(self, path: Path, options: LoadOptions, cancel: CancelToken,  # type: ignore[override]
                 progress: Callable[[float], None] | None = None) -> ThinkingEngine:
        return ThinkingEngine(super().__call__(path, options, cancel, progress))


@pytest.fixture
def thinking_app(qtbot: QtBot, paths: AppPaths, script: Script,
                 recorder: Recorder) -> Iterator[App]:
    app = build(paths, Overrides(model=Path("fake-model.gguf")),
                engine_factory=ThinkingFactory(script), bundled=lambda: None,
                confirm_delete=recorder.confirm_delete, confirm_link=recorder.confirm_link,
                open_url=recorder.open_url)
    # As the window connects it (app/ui/main_window.py), where it does not yet
    app.session.reasoning_updated.connect(app.window.chat.update_reasoning)
    app.window.resize(900, 640)
    app.window.show()
    with qtbot.waitSignal(app.window.model_ready, timeout=5000):
        app.window.start_model()
    try:
        yield app
    finally:
        app.window.close()
        app.engine.shutdown()
        app.store.db.close()
        dispose(app.window)


def send(qtbot: QtBot, app: App, text: str) -> None:
    qtbot.keyClicks(app.window.chat.prompt, text)
    with qtbot.waitSignal(app.session.reply_finished, timeout=20_000):
        qtbot.keyClick(app.window.chat.prompt, Qt.Key.Key_Return)


def test_the_thinking_streams_folded_and_opens_by_keyboard(qtbot: QtBot, thinking_app: App,
                                                           script: Script) -> None:
    app = thinking_app
    script.replies.append(REPLY)
    script.token_delay_s = 0.05
    seen: list[str] = []
    app.session.reasoning_updated.connect(
        lambda _c, message_id, _t: seen.append(
            app.window.chat.message_widget(message_id).thinking.toggle.text()))
    send(qtbot, app, "Hi")
    assert any(label.endswith("Thinking…") for label in seen)  # while it streamed

    reply = app.store.messages(app.window.chat.conversation_id)[-1]
    assert (reply.content, reply.reasoning) == ("Hello there!", THOUGHT)
    assert reply.reasoning_ms is not None and reply.reasoning_ms > 0
    assert not reply.reasoning_cut

    widget = app.window.chat.message_widget(reply.id)
    block = widget.thinking
    assert block.isVisible() and not block.view.isVisible()
    assert block.toggle.text().startswith("▸ Thought for ")
    assert "show the model's thinking" in block.toggle.accessibleName()
    assert "Hello there!" in widget.plain_text() and THOUGHT not in widget.plain_text()
    block.toggle.setFocus()
    qtbot.keyClick(block.toggle, Qt.Key.Key_Space)
    assert block.expanded and block.view.isVisible()
    assert block.view.toPlainText() == THOUGHT
    qtbot.keyClick(block.toggle, Qt.Key.Key_Return)
    assert not block.expanded and not block.view.isVisible()
    qtbot.mouseClick(block.toggle, Qt.MouseButton.LeftButton)
    assert block.expanded

    # the next question: the model reads its earlier answer, never its thinking
    script.replies.append("<think>Again.</think>Hello again!")
    send(qtbot, app, "Hi again")
    earlier = [m.content for m in script.prompts[-1] if m.role == "assistant"]
    assert earlier == ["Hello there!"]


def test_thinking_is_saved_while_it_streams(qtbot: QtBot, thinking_app: App,
                                            script: Script) -> None:
    app = thinking_app
    words = " ".join(f"step{n}" for n in range(30))
    script.replies.append(f"<think>{words}</think>Done.")
    script.token_delay_s = 0.05
    qtbot.keyClicks(app.window.chat.prompt, "Think hard")
    qtbot.keyClick(app.window.chat.prompt, Qt.Key.Key_Return)

    def saved_while_streaming() -> bool:
        row = app.store.db.execute(
            "SELECT reasoning, status FROM messages WHERE role = 'assistant'").fetchone()
        return bool(row and row[0].startswith("step0") and row[1] == "streaming")

    qtbot.waitUntil(saved_while_streaming, timeout=10_000)
    qtbot.waitUntil(lambda: app.session.active_reply is None, timeout=20_000)
    reply = app.store.messages(app.window.chat.conversation_id)[-1]
    assert reply.reasoning == words and reply.content == "Done."


def test_a_reply_cut_while_thinking_keeps_it_marked_as_cut(qtbot: QtBot, thinking_app: App,
                                                           script: Script) -> None:
    app = thinking_app
    script.replies.append("<think>\nFirst I will list every prime below one hundred: 2, 3, 5")
    send(qtbot, app, "Primes?")
    reply = app.store.messages(app.window.chat.conversation_id)[-1]
    assert reply.status == Status.COMPLETE and reply.content == ""
    assert reply.reasoning.startswith("First I will list") and reply.reasoning_cut
    widget = app.window.chat.message_widget(reply.id)
    assert "Thinking cut off" in widget.thinking.toggle.text()
    assert "still thinking" in widget.detail.text()
