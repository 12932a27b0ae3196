"""The context meter in the header: counted off the GUI thread after a pause in typing,
and a warning before the oldest turns fall out of the model's view."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.chat.context_meter import Level, level_for
from tests.qt.conftest import MakeApp
from tests.qt.test_chat_window import send


def test_levels() -> None:
    assert level_for(100, 1000) == Level.OK
    assert level_for(900, 1000) == Level.NEAR
    assert level_for(1001, 1000) == Level.OVER


def test_the_meter_counts_the_chat_and_what_is_typed(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    window = app.window
    meter = window.chat.meter
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000):
        send(qtbot, app, "one two three")
    system_words = len(window.settings.default_system_prompt.split())
    reply_words = len(app.store.messages(window.chat.conversation_id)[-1].content.split())
    base = system_words + 3 + reply_words  # the fake engine counts a token a word
    qtbot.waitUntil(lambda: meter.text().startswith(f"{base:,} / "), timeout=3000)
    qtbot.keyClicks(window.chat.prompt, "four five")
    assert meter.text().startswith(f"{base:,} / ")  # not per keystroke: after a pause
    qtbot.waitUntil(lambda: meter.text().startswith(f"{base + 2:,} / "), timeout=3000)
    assert "4,096 tokens" in meter.text() and "What the model reads" in meter.toolTip()


def test_the_meter_warns_before_the_oldest_turns_fall_out(qtbot: QtBot, make_app: MakeApp,
                                                          paths: object) -> None:
    app = make_app()
    window = app.window
    conversation_id = window.chat.conversation_id
    app.store.set_settings(conversation_id, {"context_length": 600, "max_tokens": 100})
    window.chat.prompt.setPlainText("word " * 440)  # near the 500 tokens of room
    qtbot.waitUntil(lambda: "⚠" in window.chat.meter.text(), timeout=3000)
    assert window.chat.meter.property("level") == "near"
    assert "soon the oldest messages" in window.chat.meter.toolTip()
    window.chat.prompt.setPlainText("word " * 520)
    qtbot.waitUntil(lambda: window.chat.meter.property("level") == "over", timeout=3000)
    assert "left out" in window.chat.meter.toolTip()
