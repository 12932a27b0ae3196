"""MessageCommands without widgets: each button's command, Undo for a delete, and an edit
that cannot be saved keeps its text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.chat.message_commands import DELETE, EDIT, NEXT, PREVIOUS, MessageCommands
from app.chat.session import ChatSession
from app.chat.undo import UndoStack
from app.engine.base import GenerationParams
from app.engine.worker import EngineController
from app.errors import StorageError
from app.store.conversations import ConversationStore
from tests.fakes import FakeEngineFactory, Script


@pytest.fixture
def session(qtbot: QtBot, store: ConversationStore) -> Iterator[ChatSession]:
    engine = EngineController(FakeEngineFactory(Script()), "log")
    yield ChatSession(store, engine, GenerationParams, lambda: "m")
    engine.shutdown()


def test_edit_opens_the_editor_with_the_text_and_a_saved_edit_closes_it(
        qtbot: QtBot, session: ChatSession, store: ConversationStore) -> None:
    commands = MessageCommands(session, UndoStack())
    chat = store.create_conversation("")
    question = store.add_message(chat.id, "user", "The lighthouse keeper")
    with qtbot.waitSignal(commands.edit_started) as started:
        commands.perform(EDIT, question.id)
    assert started.args == [question.id, "The lighthouse keeper"]
    with qtbot.waitSignal(commands.edit_finished):
        assert commands.submit_edit(question.id, "The lighthouse keeper's cat")
    assert [m.content for m in store.messages(chat.id)] == ["The lighthouse keeper's cat"]


def test_delete_offers_undo_that_brings_the_branch_back(
        session: ChatSession, store: ConversationStore) -> None:
    undo = UndoStack()
    commands = MessageCommands(session, undo)
    notices: list[str] = []
    commands.notice.connect(notices.append)
    chat = store.create_conversation("")
    question = store.add_message(chat.id, "user", "question")
    store.add_message(chat.id, "assistant", "answer")
    commands.perform(DELETE, question.id)
    assert store.messages(chat.id) == []
    assert undo.next_label == "Restore the deleted message" and "Ctrl+Z" in notices[-1]
    undo.undo()
    assert [m.content for m in store.messages(chat.id)] == ["question", "answer"]


def test_versions_switch_both_ways(session: ChatSession, store: ConversationStore) -> None:
    commands = MessageCommands(session, UndoStack())
    chat = store.create_conversation("")
    question = store.add_message(chat.id, "user", "question")
    first = store.add_message(chat.id, "assistant", "first", parent_id=question.id)
    second = store.add_message(chat.id, "assistant", "second", parent_id=question.id)
    assert store.messages(chat.id)[-1].id == second.id
    commands.perform(PREVIOUS, second.id)
    assert store.messages(chat.id)[-1].id == first.id
    commands.perform(NEXT, first.id)
    assert store.messages(chat.id)[-1].id == second.id


def test_a_failed_save_is_said_and_the_edit_stays_open(
        qtbot: QtBot, session: ChatSession, store: ConversationStore,
        monkeypatch: pytest.MonkeyPatch) -> None:
    commands = MessageCommands(session, UndoStack())
    chat = store.create_conversation("")
    question = store.add_message(chat.id, "user", "question")

    def full_disk(*_: object) -> None:
        raise StorageError("The disk is full.")

    monkeypatch.setattr(session, "edit", full_disk)
    failures: list[str] = []
    commands.failed.connect(failures.append)
    with qtbot.assertNotEmitted(commands.edit_finished):
        assert not commands.submit_edit(question.id, "new text")
    assert failures == ["The disk is full. Your text is still in the box."]


def test_an_unknown_command_is_a_programming_error(session: ChatSession) -> None:
    with pytest.raises(ValueError, match="unknown message command"):
        MessageCommands(session, UndoStack()).perform("explode", 1)
