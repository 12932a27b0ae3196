"""A conversation's documents without widgets: attached files go whole when they fit and as
passages when not, one numbering for both; the reply keeps its sources; Stop while the
documents are searched stops the reply."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from app.chat.grounding import (
    Grounded,
    Grounding,
    GroundingRequest,
    attached_collection,
    ground,
)
from app.chat.session import ChatSession
from app.documents.index import INDEX_FILE, DocumentIndex
from app.documents.types import Chunk
from app.engine.base import ChatMessage, GenerationParams, LoadOptions
from app.engine.worker import EngineController
from app.paths import AppPaths
from app.store.conversations import ConversationStore
from app.store.records import Source, Status
from tests.fakes import FakeEngineFactory, Script

RULES = "Receipts for the home office must be kept for six years."
LOGBOOK = "The keeper wrote the weather in a leather logbook every evening."


def attach(index: DocumentIndex, conversation_id: int, name: str, texts: list[str],
           tokens: int | None, collection: str | None = None) -> None:
    chosen = index.collection(collection or attached_collection(conversation_id), create=True)
    file_id = index.upsert_file(chosen, f"/docs/{name}", 1, 1.0)
    chunks = [Chunk(i, t, f"line {i + 1}", line=i + 1) for i, t in enumerate(texts)]
    vectors = np.ones((len(texts), 2), dtype=np.float32) / np.sqrt(2)
    whole = ("\n\n".join(texts), tokens) if tokens is not None else None
    index.store_chunks(file_id, 1, 1.0, "sha", "", chunks, vectors, whole)


def test_a_file_that_fits_goes_whole_and_a_big_one_as_passages(
        tmp_path: Path, store: ConversationStore) -> None:
    chat = store.create_conversation("Be brief.")
    index = DocumentIndex(tmp_path / INDEX_FILE)
    attach(index, chat.id, "rules.txt", [RULES], tokens=15)
    attach(index, chat.id, "logbook.txt", [LOGBOOK, "Gulls nested below the tower."],
           tokens=5000)  # far more than the room left
    grounded = ground(index, None, "", GroundingRequest(1, chat, "Who wrote in the logbook?",
                                                        room_tokens=1000))
    assert [(s.number, Path(s.file).name, s.location) for s in grounded.whole] == [
        (1, "rules.txt", "the whole file")]
    assert [(s.number, Path(s.file).name) for s in grounded.passages][:1] == [
        (2, "logbook.txt")]
    assert "logbook" in grounded.passages[0].text
    assert all(Path(s.file).name != "rules.txt" for s in grounded.passages)  # not twice


def test_chosen_collections_are_searched_and_others_are_not(
        tmp_path: Path, store: ConversationStore) -> None:
    chat = store.create_conversation("")
    store.set_settings(chat.id, {"collections": ["Tax 2026"]})
    chat = store.conversation(chat.id)
    index = DocumentIndex(tmp_path / INDEX_FILE)
    attach(index, 999, "rules.txt", [RULES], None, collection="Tax 2026")
    attach(index, 999, "other.txt", ["Receipts of another kind."], None, collection="Thesis")
    grounded = ground(index, None, "", GroundingRequest(1, chat, "how long are receipts kept",
                                                        room_tokens=1000))
    assert [Path(s.file).name for s in grounded.passages] == ["rules.txt"]
    assert grounded.whole == []


def test_whole_files_join_the_system_prompt_and_passages_the_question() -> None:
    grounded = Grounded(whole=[Source(1, "/docs/rules.txt", "the whole file", RULES)],
                        passages=[Source(2, "/docs/logbook.txt", "line 1", LOGBOOK)])
    history = [ChatMessage("system", "Be brief."), ChatMessage("user", "Hi"),
               ChatMessage("assistant", "Hello"), ChatMessage("user", "Who wrote it?")]
    applied = grounded.apply(history)
    assert applied[0].content.startswith("Be brief.\n\nThe user attached these files.")
    assert "[1] rules.txt:\n" + RULES in applied[0].content
    assert applied[1:3] == history[1:3]  # the earlier turns are untouched: cached as before
    assert "[2] logbook.txt (line 1):\n" + LOGBOOK in applied[3].content
    assert applied[3].content.endswith("My question: Who wrote it?")
    assert Grounded().apply(history) == history


@pytest.fixture
def engine(qtbot: QtBot) -> Iterator[tuple[EngineController, Script]]:
    script = Script()
    controller = EngineController(FakeEngineFactory(script), "log")
    with qtbot.waitSignal(controller.loaded, timeout=5000):
        controller.load_model(Path("fake.gguf"), LoadOptions())
    yield controller, script
    controller.shutdown()


@pytest.fixture
def grounded(paths: AppPaths, store: ConversationStore,
             engine: tuple[EngineController, Script]) -> Iterator[tuple[ChatSession, int]]:
    """A session that searches documents (no embedder: words only), and a chat with a file
    attached that is too big to go whole."""
    controller, _script = engine
    grounding = Grounding(paths.data, lambda: None)
    session = ChatSession(store, controller, GenerationParams, lambda: "m",
                          grounding=grounding)
    chat = store.create_conversation("")
    index = DocumentIndex(paths.data / INDEX_FILE)
    attach(index, chat.id, "logbook.txt", [LOGBOOK], tokens=50_000)
    index.close()
    grounding.note_attached(chat.id)
    yield session, chat.id
    grounding.shutdown()


def test_a_question_goes_with_its_passages_and_the_reply_keeps_them(
        qtbot: QtBot, store: ConversationStore, engine: tuple[EngineController, Script],
        grounded: tuple[ChatSession, int]) -> None:
    _controller, script = engine
    session, chat_id = grounded
    kept: list[tuple[int, list[Source]]] = []
    session.sources_changed.connect(lambda message_id, sources: kept.append((message_id,
                                                                             sources)))
    with qtbot.waitSignal(session.reply_finished, timeout=5000) as finished:
        session.send(chat_id, "Where did the keeper write the weather?")
    reply = finished.args[0]
    assert "[1] logbook.txt (line 1):" in script.prompts[-1][-1].content
    assert kept == [(reply.id, [Source(1, "/docs/logbook.txt", "line 1", LOGBOOK,
                                       line=1)])]
    assert store.sources([reply.id]) == {reply.id: kept[0][1]}


def test_stop_while_the_documents_are_searched_stops_the_reply(
        qtbot: QtBot, engine: tuple[EngineController, Script],
        grounded: tuple[ChatSession, int]) -> None:
    _controller, script = engine
    session, chat_id = grounded
    with qtbot.waitSignal(session.reply_finished, timeout=5000) as finished:
        session.send(chat_id, "Where?")
        session.stop()  # before the search has answered
    assert finished.args[0].status is Status.STOPPED and session.busy_conversation_id is None
    qtbot.wait(200)  # the search's late answer starts nothing
    assert script.prompts == []


def test_a_chat_without_documents_never_waits_for_them(
        qtbot: QtBot, paths: AppPaths, store: ConversationStore,
        engine: tuple[EngineController, Script]) -> None:
    controller, script = engine
    grounding = Grounding(paths.data, lambda: None)
    session = ChatSession(store, controller, GenerationParams, lambda: "m",
                          grounding=grounding)
    chat = store.create_conversation("")
    assert not grounding.wanted(chat)
    with qtbot.waitSignal(session.reply_finished, timeout=5000):
        session.send(chat.id, "Hello")
    assert script.prompts[-1][-1].content == "Hello"


def test_a_chat_that_reads_no_documents_asks_as_it_was_written(
        qtbot: QtBot, store: ConversationStore, engine: tuple[EngineController, Script],
        grounded: tuple[ChatSession, int]) -> None:
    """Another chat's attached file stays out of this one."""
    _controller, script = engine
    session, _chat_with_file = grounded
    other = store.create_conversation("")
    with qtbot.waitSignal(session.reply_finished, timeout=5000):
        session.send(other.id, "Where did the keeper write the weather?")
    assert [m.content for m in script.prompts[-1]] == ["Where did the keeper write the weather?"]


def test_which_chats_have_files_is_read_at_start_off_the_gui_thread(
        qtbot: QtBot, paths: AppPaths, store: ConversationStore) -> None:
    chat, other = store.create_conversation(""), store.create_conversation("")
    index = DocumentIndex(paths.data / INDEX_FILE)
    attach(index, chat.id, "logbook.txt", [LOGBOOK], tokens=10)
    index.close()
    grounding = Grounding(paths.data, lambda: None)
    assert not grounding.wanted(chat)
    grounding.load_attached()
    qtbot.waitUntil(lambda: grounding.wanted(chat), timeout=5000)
    assert not grounding.wanted(other)
