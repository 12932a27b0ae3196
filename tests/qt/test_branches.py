"""Conversations as trees, driven through the real widgets: regenerate, edit and resend,
switching versions, continue, and deletes that Undo and the Trash bring back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from app.engine.base import ChatMessage
from app.store.records import Status
from app.ui.message_widget import MessageWidget
from app.wiring import App
from tests.fakes import Script
from tests.qt.conftest import MakeApp, Recorder
from tests.qt.test_chat_window import send


def widgets(app: App) -> list[MessageWidget]:
    return app.window.chat.message_widgets()


def texts(app: App) -> list[str]:
    return [w.text for w in widgets(app)]


def click(qtbot: QtBot, button: QPushButton) -> None:
    """As a user would: only a button that is on screen and enabled can be clicked.
    (A widget added to a shown layout appears at the next turn of the event loop.)"""
    qtbot.waitUntil(button.isVisible, timeout=2000)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def ask_and_wait(qtbot: QtBot, app: App, text: str) -> None:
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000):
        send(qtbot, app, text)


def test_regenerate_makes_a_second_version_and_the_arrows_switch(
        qtbot: QtBot, make_app: MakeApp, script: Script) -> None:
    script.replies.extend(["First answer.", "Second answer."])
    app = make_app()
    ask_and_wait(qtbot, app, "Question?")
    reply = widgets(app)[1]
    assert not reply.actions_bar.version_label.isVisible()
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000):
        click(qtbot, reply.actions_bar.regenerate_button)
    assert texts(app) == ["Question?", "Second answer."]
    assert script.prompts[1] == script.prompts[0]  # the model saw the same chat again
    bar = widgets(app)[1].actions_bar
    assert bar.version_label.text() == "2/2"
    assert bar.version_label.accessibleName() == "Version 2 of 2"
    assert not bar.next_button.isEnabled()  # the last version: nothing after it
    click(qtbot, bar.previous_button)
    assert texts(app) == ["Question?", "First answer."]
    assert widgets(app)[1].actions_bar.version_label.text() == "1/2"
    assert not widgets(app)[1].actions_bar.previous_button.isEnabled()
    click(qtbot, widgets(app)[1].actions_bar.next_button)
    assert texts(app) == ["Question?", "Second answer."]
    # the choice is kept: reopening the conversation shows the same version
    conversation_id = app.window.chat.conversation_id
    assert [m.content for m in app.store.messages(conversation_id)] == texts(app)


def test_edit_and_resend_starts_a_branch_and_the_old_one_stays(
        qtbot: QtBot, make_app: MakeApp, script: Script) -> None:
    script.replies.extend(["About cats.", "More on cats.", "About dogs."])
    app = make_app()
    ask_and_wait(qtbot, app, "Tell me about cats")
    ask_and_wait(qtbot, app, "And more?")
    click(qtbot, widgets(app)[0].actions_bar.edit_button)
    chat = app.window.chat
    assert chat.prompt.toPlainText() == "Tell me about cats" and chat.edit_notice.isVisible()
    chat.prompt.selectAll()
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000):
        qtbot.keyClicks(chat.prompt, "Tell me about dogs")
        qtbot.keyClick(chat.prompt, Qt.Key.Key_Return)
    assert texts(app) == ["Tell me about dogs", "About dogs."]
    assert not chat.edit_notice.isVisible() and chat.prompt.toPlainText() == ""
    assert script.prompts[-1][-1] == ChatMessage("user", "Tell me about dogs")
    assert len(script.prompts[-1]) == 2  # system prompt and the edited question only
    click(qtbot, widgets(app)[0].actions_bar.previous_button)
    assert texts(app) == ["Tell me about cats", "About cats.", "And more?", "More on cats."]


def test_escape_cancels_an_edit(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    ask_and_wait(qtbot, app, "Original")
    click(qtbot, widgets(app)[0].actions_bar.edit_button)
    qtbot.keyClick(app.window.chat.prompt, Qt.Key.Key_Escape)
    assert app.window.chat.editing_id is None and app.window.chat.prompt.toPlainText() == ""
    assert texts(app)[0] == "Original"


def test_continue_extends_a_stopped_reply_in_place(qtbot: QtBot, make_app: MakeApp,
                                                   script: Script) -> None:
    script.token_delay_s = 0.02
    script.replies.extend(["one two three four five six seven eight nine ten " * 5,
                           " and the rest."])
    app = make_app()
    send(qtbot, app, "Count")
    qtbot.waitUntil(lambda: len((app.session.active_reply or object()).__dict__.get(
        "text", "")) > 10, timeout=5000)
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000):
        app.window.chat.send_button.click()  # Stop
    stopped = widgets(app)[1]
    partial = stopped.text
    assert stopped.message.status == Status.STOPPED
    script.token_delay_s = 0.0
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000) as finished:
        click(qtbot, stopped.actions_bar.continue_button)
    message = finished.args[0]
    assert message.id == stopped.message_id and message.status == Status.COMPLETE
    assert message.content == partial + " and the rest."
    assert script.prompts[-1][-1] == ChatMessage("assistant", partial)  # the model saw it
    assert texts(app) == ["Count", partial + " and the rest."]


def test_deleting_a_message_takes_what_follows_and_undo_brings_it_back(
        qtbot: QtBot, make_app: MakeApp, script: Script) -> None:
    script.replies.extend(["A1", "A2"])
    app = make_app()
    ask_and_wait(qtbot, app, "Q1")
    ask_and_wait(qtbot, app, "Q2")
    click(qtbot, widgets(app)[1].actions_bar.delete_button)
    assert texts(app) == ["Q1"]
    assert "Ctrl+Z" in app.window.statusBar().currentMessage()
    app.window.menus.undo_action.trigger()
    assert texts(app) == ["Q1", "A1", "Q2", "A2"]
    assert not app.window.menus.undo_action.isEnabled()


def test_the_trash_restores_and_deletes_for_good_only_after_asking(
        qtbot: QtBot, make_app: MakeApp, recorder: Recorder) -> None:
    app = make_app()
    ask_and_wait(qtbot, app, "Keep this chat")
    conversation_id = app.window.chat.conversation_id
    app.window.sidebar.delete_current()
    trash = app.window.history.open_trash()
    assert trash.list.count() == 1 and "30 days left" in trash.list.item(0).text()
    trash.restore_button.click()
    assert trash.list.count() == 0 and trash.empty_label.isVisible()
    assert app.window.sidebar.current_id() == conversation_id
    app.window.sidebar.delete_current()
    trash.refresh()
    recorder.delete_answer = False
    trash.delete_button.click()
    assert recorder.deletes == ["Keep this chat"] and trash.list.count() == 1
    recorder.delete_answer = True
    trash.empty_button.click()
    assert trash.list.count() == 0 and app.store.trash() == []
    assert app.store.messages(conversation_id) == []


def test_nothing_in_the_tree_changes_while_a_reply_streams(
        qtbot: QtBot, make_app: MakeApp, script: Script) -> None:
    script.replies.extend(["done", "word " * 200])
    app = make_app()
    ask_and_wait(qtbot, app, "first")
    script.token_delay_s = 0.02
    send(qtbot, app, "second")
    qtbot.waitUntil(lambda: app.session.busy_conversation_id is not None, timeout=5000)
    bar = widgets(app)[1].actions_bar
    assert not bar.regenerate_button.isEnabled() and not bar.delete_button.isEnabled()
    # Edit stays: sending the edit stops the reply (tests/qt/test_window_promises.py)
    assert widgets(app)[0].actions_bar.edit_button.isEnabled()
    assert not widgets(app)[0].actions_bar.delete_button.isEnabled()
    assert app.session.regenerate(widgets(app)[1].message_id) is None
    assert app.session.delete_message(widgets(app)[0].message_id) is None
    app.session.stop()


def test_each_conversation_has_its_prompt_cache_and_edits_drop_it(
        qtbot: QtBot, make_app: MakeApp, script: Script) -> None:
    app = make_app()
    ask_and_wait(qtbot, app, "Q1")
    conversation_id = app.window.chat.conversation_id
    key = f"conversation-{conversation_id}"
    assert script.params[-1].cache_key == key
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000):
        app.session.regenerate(widgets(app)[1].message_id)
    assert script.dropped_cache_keys == []  # a new reply keeps the question's prefix
    click(qtbot, widgets(app)[0].actions_bar.edit_button)
    app.window.chat.prompt.selectAll()
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000):
        qtbot.keyClicks(app.window.chat.prompt, "Q1 edited")
        qtbot.keyClick(app.window.chat.prompt, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: script.dropped_cache_keys == [key], timeout=2000)
    app.window.sidebar.delete_current()
    qtbot.waitUntil(lambda: script.dropped_cache_keys == [key, key], timeout=2000)
