"""The window's rough edges a new user hit (issue 14, section 4): where the keyboard starts,
Esc from anywhere, editing during a reply, a message too long to fit, a full disk on New chat."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.errors import StorageError
from app.paths import AppPaths
from app.store.records import Status
from app.wiring import App
from tests.fakes import Script
from tests.hub_server import running_hub
from tests.qt.conftest import BUNDLED_BASE, BUNDLED_FILE, MakeApp
from tests.qt.test_chat_window import send


@pytest.fixture
def make_bundled_app(make_app: MakeApp, paths: AppPaths,
                     monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], App]]:
    with running_hub() as (endpoint, _state):
        monkeypatch.setenv("HF_ENDPOINT", endpoint)
        yield lambda: make_app(model=paths.models / BUNDLED_FILE, bundled=BUNDLED_BASE)


def test_the_keyboard_starts_in_the_message_box_not_on_the_offer(
        qtbot: QtBot, make_bundled_app: Callable[[], App]) -> None:
    app = make_bundled_app()
    window = app.window
    window.activateWindow()
    assert window.offer_bar.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.chat.prompt, timeout=3000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert window.offer_bar.isVisible()  # Space typed a space; no download started
    assert not window.models.downloads.busy()


def test_focus_returns_to_the_message_box_after_a_delete(
        qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    window = app.window
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000):
        send(qtbot, app, "first")
    reply = window.chat.message_widgets()[-1]
    reply.actions_bar.delete_button.setFocus()
    reply.actions_bar.delete_button.click()
    qtbot.waitUntil(lambda: len(window.chat.message_widgets()) == 1, timeout=3000)
    assert QApplication.focusWidget() is window.chat.prompt


def replying(qtbot: QtBot, make_app: MakeApp, script: Script, text: str,
             *replies: str) -> App:
    """The window with a long reply streaming to `text` (then `replies`, if asked again)."""
    script.token_delay_s = 0.02
    script.replies.extend(["word " * 200, *replies])
    app = make_app()
    send(qtbot, app, text)
    qtbot.waitUntil(lambda: app.session.busy_conversation_id is not None, timeout=5000)
    return app


def test_esc_stops_the_reply_wherever_the_focus_is(qtbot: QtBot, make_app: MakeApp,
                                                   script: Script) -> None:
    app = replying(qtbot, make_app, script, "a long one")
    window = app.window
    window.sidebar.view.setFocus()
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000) as finished:
        qtbot.keyClick(window.sidebar.view, Qt.Key.Key_Escape)
    assert finished.args[0].status == Status.STOPPED


def test_editing_during_a_reply_stops_it_and_answers_the_edit(
        qtbot: QtBot, make_app: MakeApp, script: Script) -> None:
    app = replying(qtbot, make_app, script, "the question", "The edited answer.")
    window = app.window
    question = app.store.messages(window.chat.conversation_id)[0]
    window.chat.begin_edit(question.id, question.content)
    window.chat.prompt.selectAll()
    qtbot.keyClicks(window.chat.prompt, "the better question")
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000,
                          check_params_cb=lambda m, _s: m.content == "The edited answer."):
        qtbot.keyClick(window.chat.prompt, Qt.Key.Key_Return)
    path = app.store.messages(window.chat.conversation_id)
    assert [m.content for m in path] == ["the better question", "The edited answer."]
    assert path[0].version == (2, 2)


def test_a_message_that_cannot_fit_is_kept_in_the_box(qtbot: QtBot, make_app: MakeApp,
                                                      script: Script) -> None:
    app = make_app()
    window = app.window
    window.chat.prompt.setPlainText("word " * 5000)  # the fake counts a token per word
    with qtbot.waitSignal(window.meter.changed, timeout=5000) as changed:
        window.meter.count_now()
    reading = changed.args[0]
    assert reading.draft_too_long > 0
    qtbot.keyClick(window.chat.prompt, Qt.Key.Key_Return)
    assert window.chat.prompt.toPlainText().startswith("word word")
    assert app.store.messages(window.chat.conversation_id) == []
    assert "too long" in window.chat.draft_problem.text()
    assert "too long" in window.chat.meter.toolTip()


def test_a_full_disk_on_new_chat_is_said_in_words(qtbot: QtBot, make_app: MakeApp,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app()
    window = app.window
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000):
        send(qtbot, app, "not empty")

    def full(*_args: object, **_kwargs: object) -> None:
        raise StorageError("the disk is full")

    monkeypatch.setattr(app.store, "create_conversation", full)
    window.new_chat()
    assert "could not be started" in window.chat.banner.text()
    assert "disk is full" in window.chat.banner.text()


def test_each_chat_keeps_its_own_draft(qtbot: QtBot, make_app: MakeApp) -> None:
    """One message box serves every chat: text typed in one must not follow the user into
    another (where Enter could send it to another model, even another computer)."""
    app = make_app()
    window = app.window
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000):
        send(qtbot, app, "first chat")
    first = window.chat.conversation_id
    qtbot.keyClicks(window.chat.prompt, "half a thought")
    window.new_chat()
    second = window.chat.conversation_id
    assert second != first and window.chat.prompt.toPlainText() == ""
    qtbot.keyClicks(window.chat.prompt, "another draft")
    assert first is not None
    window.sidebar.select(first)
    qtbot.waitUntil(lambda: window.chat.conversation_id == first, timeout=3000)
    assert window.chat.prompt.toPlainText() == "half a thought"
    assert second is not None
    window.sidebar.select(second)
    qtbot.waitUntil(lambda: window.chat.conversation_id == second, timeout=3000)
    assert window.chat.prompt.toPlainText() == "another draft"


def test_esc_while_editing_during_a_reply_cancels_the_edit_only(
        qtbot: QtBot, make_app: MakeApp, script: Script) -> None:
    app = replying(qtbot, make_app, script, "the question")
    window = app.window
    question = app.store.messages(window.chat.conversation_id)[0]
    window.chat.begin_edit(question.id, question.content)
    qtbot.keyClick(window.chat.prompt, Qt.Key.Key_Escape)
    assert window.chat.editing_id is None
    assert app.session.busy_conversation_id is not None  # the reply goes on
    with qtbot.waitSignal(app.session.reply_finished, timeout=10_000) as finished:
        qtbot.keyClick(window.chat.prompt, Qt.Key.Key_Escape)
    assert finished.args[0].status == Status.STOPPED
