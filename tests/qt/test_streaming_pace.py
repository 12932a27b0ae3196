"""How reply text reaches the window: the first piece at once, then once a frame, in order,
and all of it before the reply's end; and the engine starts after the window's repaint."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.engine.base import ChatMessage, GenerationParams, LoadOptions
from app.engine.worker import FRAME_MS, EngineController
from app.store.records import Message, Status
from app.ui.message_widget import MessageWidget
from app.ui.render import MarkdownRenderer
from tests.fakes import FakeEngineFactory, Script, split_tokens
from tests.qt.conftest import MakeApp

QUESTION = [ChatMessage("user", "count")]


@pytest.fixture
def engine(qtbot: QtBot) -> Iterator[tuple[EngineController, Script]]:
    script = Script()
    controller = EngineController(FakeEngineFactory(script))
    with qtbot.waitSignal(controller.loaded, timeout=5000):
        controller.load_model(Path("fake.gguf"), LoadOptions())
    yield controller, script
    controller.shutdown()


def test_text_comes_once_a_frame_in_order_and_before_the_end(
        qtbot: QtBot, engine: tuple[EngineController, Script]) -> None:
    controller, script = engine
    reply = " ".join(f"w{n}" for n in range(60))
    script.replies.append(reply)
    script.token_delay_s = 0.008  # about half a second of pieces
    arrivals: list[tuple[float, str]] = []
    ended: list[float] = []
    controller.token.connect(lambda _id, text: arrivals.append((time.monotonic(), text)))
    controller.finished.connect(lambda *_: ended.append(time.monotonic()))
    started = time.monotonic()
    controller.generate(QUESTION, GenerationParams())
    qtbot.waitUntil(lambda: bool(ended), timeout=10_000)

    assert "".join(text for _, text in arrivals) == reply
    assert arrivals[-1][0] <= ended[0]
    first_words = arrivals[0][1].split()
    assert first_words[0] == "w0" and len(first_words) <= 3  # the first piece, at once
    assert arrivals[0][0] - started < 0.5
    pieces = len(split_tokens(reply))
    # one hand-over a frame, not one a piece (plus the first and the last)
    assert len(arrivals) <= (ended[0] - started) * 1000 / FRAME_MS + 3 < pieces


def test_the_engine_starts_after_the_events_queued_before_it(
        qtbot: QtBot, engine: tuple[EngineController, Script]) -> None:
    """generate() hands the request on only when the GUI thread has handled what was
    already waiting, such as the repaint of the question just sent."""
    controller, script = engine
    controller.generate(QUESTION, GenerationParams(max_tokens=4))
    assert script.prompts == []  # not yet on the engine thread
    qtbot.waitUntil(lambda: script.prompts != [], timeout=5000)


def streaming_widget(qtbot: QtBot) -> MessageWidget:
    message = Message(id=1, conversation_id=1, role="assistant", content="",
                      status=Status.STREAMING, created_at=time.time())
    widget = MessageWidget(message, MarkdownRenderer())
    qtbot.addWidget(widget)
    return widget


def test_the_first_text_shows_at_once_and_later_text_at_the_next_frame(qtbot: QtBot) -> None:
    widget = streaming_widget(qtbot)
    widget.stream_text("Hello")
    assert "Hello" in widget.plain_text()  # time to first token: no frame to wait for
    widget.stream_text("Hello there")
    widget.stream_text("Hello there, friend")
    assert "friend" not in widget.plain_text()  # coalesced into the next frame
    qtbot.waitUntil(lambda: "friend" in widget.plain_text(), timeout=2000)
    assert widget.plain_text().count("Hello") == 1


def test_the_window_builds_its_first_message_widgets_early_and_shows_none(
        qtbot: QtBot, make_app: MakeApp) -> None:
    """PySide's first-use costs are paid once the model is ready, not by the first question:
    the throwaway widgets never appear in the chat, and the first question still does."""
    app = make_app()
    qtbot.waitUntil(lambda: app.window.warmed_up, timeout=2000)
    qtbot.wait(20)  # the throwaway widgets' deleteLater
    assert app.window.chat.message_widgets() == []
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000):
        qtbot.keyClicks(app.window.chat.prompt, "hello")
        qtbot.keyClick(app.window.chat.prompt, Qt.Key.Key_Return)
    assert [w.role for w in app.window.chat.message_widgets()] == ["user", "assistant"]


class EventLog(QObject):
    def __init__(self, kind: QEvent.Type) -> None:
        super().__init__()
        self.kind = kind
        self.seen: list[QObject] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == self.kind:
            self.seen.append(watched)
        return False


def test_text_within_a_line_repaints_only_the_open_tail(qtbot: QtBot) -> None:
    """An update that adds words to the last line neither resizes the view (setHtml
    empties the document first; fitting to that would shrink it and grow it back,
    relaying out the conversation) nor repaints the message's frame under it."""
    widget = streaming_widget(qtbot)
    widget.resize(700, 200)
    widget.show()
    qtbot.waitExposed(widget)
    opening = "Hello " + "word " * 40  # wraps: the open tail is two lines or more
    widget.stream_text(opening)
    widget.flush_stream()
    qtbot.wait(50)
    tail = widget.views[-1]
    assert tail.height() > 40
    resizes, paints = EventLog(QEvent.Type.Resize), EventLog(QEvent.Type.Paint)
    tail.installEventFilter(resizes)
    widget.installEventFilter(paints)
    for text in ("there", "there, my", "there, my friend"):
        widget.stream_text(opening + text)
        widget.flush_stream()
        QApplication.processEvents()
    assert "friend" in widget.plain_text()
    assert resizes.seen == []
    assert paints.seen == []  # the message frame: only the tail's own viewport repaints
