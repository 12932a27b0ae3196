"""Summarizing a file bigger than the context, in parts: the plan's steps on their own, and
through the session with a scripted engine (each part, then the combination; Stop keeps the
parts done so far)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from app.chat.grounding import Grounding, attached_collection
from app.chat.session import ChatSession
from app.chat.summarize import CHARS_PER_TOKEN, SummaryPlan, split_parts
from app.documents.index import INDEX_FILE, DocumentIndex
from app.documents.types import Chunk
from app.engine.base import GenerationParams, LoadOptions
from app.engine.worker import EngineController
from app.paths import AppPaths
from app.store.conversations import ConversationStore
from app.store.records import Status
from tests.fakes import FakeEngineFactory, Script


def test_parts_keep_the_order_and_their_size() -> None:
    texts = [f"passage {i} " + "word " * 60 for i in range(10)]
    parts = split_parts(texts, part_tokens=100)  # about 400 characters a part
    assert all(len(p) <= 100 * CHARS_PER_TOKEN for p in parts)
    assert "".join(parts).replace("\n\n", "") == "".join(texts)
    assert split_parts(["x" * 1000], part_tokens=50) == ["x" * 200] * 5  # cut when alone


def test_the_plan_maps_each_part_then_reduces_in_rounds() -> None:
    plan = SummaryPlan("report.pdf", [f"part text {i}" for i in range(5)], part_tokens=60)
    for number in range(5):
        chat = plan.next_chat()
        assert chat[1].content == f"part text {number}"
        assert f"part {number + 1} of 5" in plan.visible()
        plan.current = f" summary {number} " + "detail " * 12
        plan.record(plan.current)
    rounds = 0
    while not plan.done:
        chat = plan.next_chat()
        assert chat[0].role == "system" and "consecutive parts" in chat[0].content
        assert "Combining" in plan.visible()
        plan.record(f"combined {rounds}")
        rounds += 1
    assert rounds > 2  # 5 summaries of ~90 characters do not fit 240 at once: two rounds
    shown = plan.visible()
    assert shown.startswith("**Summary of report.pdf**")
    assert shown.index(f"combined {rounds - 1}") < shown.index("**Part 1.** summary 0")


@pytest.fixture
def parts(qtbot: QtBot, paths: AppPaths,
          store: ConversationStore) -> Iterator[tuple[ChatSession, Script, int]]:
    script = Script()
    engine = EngineController(FakeEngineFactory(script), "log")
    with qtbot.waitSignal(engine.loaded, timeout=5000):
        engine.load_model(Path("fake.gguf"), LoadOptions(context_length=512))
    grounding = Grounding(paths.data, lambda: None)
    session = ChatSession(store, engine, GenerationParams, lambda: "m", grounding=grounding)
    chat = store.create_conversation("")
    store.set_settings(chat.id, {"preset": "summarize"})
    index = DocumentIndex(paths.data / INDEX_FILE)
    attached = index.collection(attached_collection(chat.id), create=True)
    file_id = index.upsert_file(attached, "/docs/big.txt", 1, 1.0)
    texts = [f"Chapter {i}. " + "The keeper kept the light. " * 30 for i in range(12)]
    index.store_chunks(file_id, 1, 1.0, "sha", "", [
        Chunk(i, t, f"lines {i}") for i, t in enumerate(texts)],
        np.ones((12, 2), np.float32))  # no whole text: far too big
    index.close()
    grounding.note_attached(chat.id)
    yield session, script, chat.id
    grounding.shutdown()
    engine.shutdown()


def test_a_big_file_in_a_summarize_chat_is_summarized_in_parts(
        qtbot: QtBot, parts: tuple[ChatSession, Script, int], store: ConversationStore) -> None:
    session, script, chat_id = parts
    script.default_reply = "A part about the keeper."
    with qtbot.waitSignal(session.reply_finished, timeout=20_000) as finished:
        session.send(chat_id, "Summarize it")
    reply = finished.args[0]
    maps = [p for p in script.prompts if "three to five sentences" in p[0].content]
    reduces = [p for p in script.prompts if "consecutive parts" in p[0].content]
    assert len(maps) > 1 and len(reduces) >= 1
    assert maps[0][1].content.startswith("Chapter 0.")  # in order, from the start
    assert all(params.cache_key is None for params in script.params)
    assert reply.status is Status.COMPLETE
    assert reply.content.startswith("**Summary of big.txt**")
    assert reply.content.count("**Part ") == len(maps)
    assert store.message(reply.id).content == reply.content


def test_stop_keeps_the_parts_already_summarized(
        qtbot: QtBot, parts: tuple[ChatSession, Script, int]) -> None:
    session, script, chat_id = parts
    script.default_reply = "A part about the keeper."
    script.token_delay_s = 0.02  # slow enough to stop in the middle
    updates: list[str] = []
    session.reply_updated.connect(lambda _c, _m, text: updates.append(text))
    session.send(chat_id, "Summarize it")
    qtbot.waitUntil(lambda: any("part 3 of" in u for u in updates), timeout=20_000)
    with qtbot.waitSignal(session.reply_finished, timeout=5000) as finished:
        session.stop()
    reply = finished.args[0]
    assert reply.status is Status.STOPPED
    assert "**Part 1.** A part about the keeper." in reply.content
    assert "**Part 2.** A part about the keeper." in reply.content
