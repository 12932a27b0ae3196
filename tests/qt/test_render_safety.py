"""Untrusted model output in the real chat widgets: nothing loads, links ask first."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.store.records import Message, Status
from app.ui.chat_view import ChatView
from app.ui.message_widget import MessageWidget
from app.ui.render import COPY_CODE_PREFIX, MarkdownRenderer
from tests.qt.conftest import Recorder

PAYLOADS = [
    "<img src=x onerror=alert(1)>",
    "<script>alert('x')</script>",
    "[a](file:///etc/passwd)",
    "![](http://host/x.png)",
    "![local](file:///etc/passwd)",
    "[click](javascript:alert(1))",
    '<link rel="stylesheet" href="http://host/s.css">',
    "<img src='data:image/png;base64,AAAA'>",
]


def reply(content: str, message_id: int = 1) -> Message:
    return Message(id=message_id, conversation_id=1, role="assistant", content=content,
                   status=Status.COMPLETE, created_at=time.time())


@pytest.fixture
def view(qtbot: QtBot, recorder: Recorder) -> ChatView:
    chat = ChatView(MarkdownRenderer(), recorder.confirm_link, recorder.open_url)
    qtbot.addWidget(chat)
    chat.resize(700, 500)
    chat.show()
    chat.show_conversation(1, "t", [])
    return chat


def test_hostile_payloads_load_nothing(qtbot: QtBot, view: ChatView) -> None:
    for i, payload in enumerate(PAYLOADS, start=1):
        view.add_message(reply(payload, i))
    qtbot.wait(50)
    for widget in view.message_widgets():
        assert widget.body.resource_requests == []
        assert "<img" not in widget.body.toHtml()
        assert widget.body.document().allFormats() is not None
    texts = [w.body.toPlainText() for w in view.message_widgets()]
    assert "<script>alert('x')</script>" in texts[1]  # shown as text, not run


def test_links_open_only_after_confirmation(view: ChatView, recorder: Recorder) -> None:
    view.add_message(reply("see [site](https://example.org/page?q=1)"))
    widget = view.message_widgets()[0]
    recorder.link_answer = False
    widget.body.anchorClicked.emit(QUrl("https://example.org/page?q=1"))
    assert recorder.links == ["https://example.org/page?q=1"] and recorder.opened == []
    recorder.link_answer = True
    widget.body.anchorClicked.emit(QUrl("https://example.org/page?q=1"))
    assert recorder.opened == ["https://example.org/page?q=1"]


@pytest.mark.parametrize("url", ["file:///etc/passwd", "javascript:alert(1)", "ftp://x/y",
                                 "data:text/html,hi"])
def test_other_schemes_never_open_or_ask(qtbot: QtBot, view: ChatView, recorder: Recorder,
                                         url: str) -> None:
    view.add_message(reply("x"))
    with qtbot.waitSignal(view.link_blocked) as blocked:
        view.message_widgets()[0].body.anchorClicked.emit(QUrl(url))
    assert blocked.args == [QUrl(url).toString()]
    assert recorder.links == [] and recorder.opened == []


def test_code_copy_and_message_copy(view: ChatView, recorder: Recorder) -> None:
    view.add_message(reply("Try:\n\n```python\nprint('hi')\n```\n\nand\n\n```\nls -la\n```"))
    widget = view.message_widgets()[0]
    widget.body.anchorClicked.emit(QUrl(f"{COPY_CODE_PREFIX}1"))
    assert QGuiApplication.clipboard().text() == "ls -la\n"
    widget.body.anchorClicked.emit(QUrl(f"{COPY_CODE_PREFIX}0"))
    assert QGuiApplication.clipboard().text() == "print('hi')\n"
    widget.copy_button.click()
    assert QGuiApplication.clipboard().text().startswith("Try:")
    assert recorder.links == []  # copy links never reach the link handler


def test_streaming_render_matches_the_final_text(qtbot: QtBot) -> None:
    streaming = Message(id=9, conversation_id=1, role="assistant", content="",
                        status=Status.STREAMING, created_at=time.time())
    widget = MessageWidget(streaming, MarkdownRenderer())
    qtbot.addWidget(widget)
    text = "Intro para.\n\n```python\nx = 1\n```\n\n- item one\n- item two\n\nThe end."
    for end in range(1, len(text) + 1, 7):
        widget.stream_text(text[:end])
        widget.flush_stream()
    widget.stream_text(text)
    widget.flush_stream()
    assert len(widget.views) > 1  # finished blocks and the open tail are separate views
    shown = widget.plain_text()
    for fragment in ("Intro para.", "x = 1", "item one", "item two", "The end."):
        assert shown.count(fragment) == 1
    assert widget.code_blocks == ["x = 1\n"]


def test_finishing_collapses_to_one_view(qtbot: QtBot) -> None:
    streaming = Message(id=9, conversation_id=1, role="assistant", content="",
                        status=Status.STREAMING, created_at=time.time())
    widget = MessageWidget(streaming, MarkdownRenderer())
    qtbot.addWidget(widget)
    text = "para one\n\npara two\n\n- a\n\n- b\n"
    widget.stream_text(text)
    widget.flush_stream()
    widget.finish(Message(id=9, conversation_id=1, role="assistant", content=text,
                          status=Status.COMPLETE, created_at=time.time()))
    assert len(widget.views) == 1
    assert widget.plain_text().count("para two") == 1
