"""The Navigator without widgets: what opens at start, what New chat does, and what opens
after the open conversation goes to the trash (with Undo)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.chat.library import Library
from app.chat.navigator import Navigator
from app.chat.presets import BUILTIN
from app.chat.session import ChatSession
from app.chat.undo import UndoStack
from app.engine.base import GenerationParams
from app.engine.worker import EngineController
from app.store.conversations import ConversationStore
from tests.fakes import FakeEngineFactory, Script


class Parts:
    def __init__(self, store: ConversationStore) -> None:
        self.engine = EngineController(FakeEngineFactory(Script()), "log")
        self.session = ChatSession(store, self.engine, GenerationParams, lambda: "m")
        self.library = Library(store)
        self.undo = UndoStack()
        self.navigator = Navigator(self.library, self.session, self.undo,
                                   lambda: "Be brief.")
        self.opened: list[tuple[int, bool]] = []
        self.notices: list[str] = []
        self.navigator.open_requested.connect(self._open)
        self.navigator.notice.connect(self.notices.append)

    def _open(self, conversation_id: int, created: bool) -> None:
        self.opened.append((conversation_id, created))
        self.navigator.opened(conversation_id)  # as the window reports it


@pytest.fixture
def parts(qtbot: QtBot, store: ConversationStore) -> Iterator[Parts]:
    made = Parts(store)
    yield made
    made.engine.shutdown()


def test_start_opens_the_last_chat_else_the_first_listed_else_a_new_one(
        parts: Parts, store: ConversationStore) -> None:
    parts.navigator.start(None)
    (made, created), = parts.opened
    assert created and store.conversation(made).system_prompt == "Be brief."
    older, newer = made, store.create_conversation("").id
    parts.navigator.start(older)
    assert parts.opened[-1] == (older, False)
    parts.library.move_to_trash(older)
    parts.navigator.start(older)  # the last one is in the trash now: the first listed
    assert parts.opened[-1] == (newer, False)
    parts.navigator.start(424242)  # gone for good
    assert parts.opened[-1] == (newer, False)


def test_new_chat_reuses_the_open_chat_while_it_is_empty(
        parts: Parts, store: ConversationStore) -> None:
    first = parts.navigator.new_chat()
    assert first is not None
    assert parts.navigator.new_chat() == first  # nothing written yet: no second empty chat
    assert parts.opened == [(first, True), (first, False)]
    store.add_message(first, "user", "hello")
    second = parts.navigator.new_chat()
    assert second not in (None, first) and parts.opened[-1] == (second, True)
    assert store.count_conversations() == 2


def test_a_preset_starts_a_chat_with_its_prompt_and_its_own_settings(
        parts: Parts, store: ConversationStore) -> None:
    preset = BUILTIN[0]
    made = parts.navigator.start_from(preset)
    assert made is not None and parts.opened[-1] == (made, True)
    conversation = store.conversation(made)
    assert conversation.system_prompt == preset.prompt_for(None)
    assert conversation.settings == preset.conversation_settings()


def test_trashing_the_open_chat_opens_the_first_left_on_the_next_turn_with_undo(
        qtbot: QtBot, parts: Parts, store: ConversationStore) -> None:
    kept = store.create_conversation("").id
    store.add_message(kept, "user", "keep me")
    doomed = store.create_conversation("").id
    store.add_message(doomed, "user", "the lighthouse")
    parts.navigator.opened(doomed)
    parts.navigator.trash(doomed)
    assert not parts.library.exists(doomed)
    assert parts.opened == []  # not in the same turn: the list is redrawn first
    qtbot.waitUntil(lambda: parts.opened == [(kept, False)])
    assert parts.undo.next_label == "Restore “the lighthouse”"
    assert "Ctrl+Z" in parts.notices[-1]
    parts.undo.undo()
    assert parts.library.exists(doomed)


def test_trashing_the_last_chat_starts_a_new_one_never_the_trashed_one(
        qtbot: QtBot, parts: Parts, store: ConversationStore) -> None:
    only = store.create_conversation("").id  # empty: New chat would have reused it
    parts.navigator.opened(only)
    parts.navigator.trash(only)
    qtbot.waitUntil(lambda: bool(parts.opened))
    (made, created), = parts.opened
    assert created and made != only and parts.library.exists(made)


def test_trashing_another_chat_leaves_the_open_one_open(
        qtbot: QtBot, parts: Parts, store: ConversationStore) -> None:
    open_one, other = store.create_conversation("").id, store.create_conversation("").id
    parts.navigator.opened(open_one)
    parts.navigator.trash(other)
    qtbot.wait(20)
    assert parts.opened == [] and parts.navigator.open_id == open_one
