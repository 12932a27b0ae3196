"""The context meter counts what the engine will really send: checked against llama.cpp's
own prompt token count for the same conversation."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.chat.context_meter import ContextMeter, Level, Reading
from app.chat.session import ChatSession
from app.engine.base import GenerationParams, LoadOptions
from app.engine.llama import LlamaEngine
from app.engine.worker import EngineController
from app.store.conversations import ConversationStore

pytestmark = pytest.mark.real_model


def test_the_meter_matches_the_engines_own_count(qtbot: QtBot, bundled_model_path: Path,
                                                 store: ConversationStore) -> None:
    engine = EngineController(LlamaEngine)
    try:
        with qtbot.waitSignal(engine.loaded, timeout=60_000):
            engine.load_model(bundled_model_path, LoadOptions(context_length=1024, threads=2))
        params = GenerationParams(max_tokens=12, seed=1, temperature=0.0)
        session = ChatSession(store, engine, lambda: params, lambda: "Gemma")
        meter = ContextMeter(store, engine, params)
        chat = store.create_conversation("You are a helpful assistant.")
        store.add_message(chat.id, "user", "What is the capital of France?")
        store.add_message(chat.id, "assistant", "Paris is the capital of France.")
        draft = "And the lighthouse keeper of Brest, what was his name?"
        with qtbot.waitSignal(meter.changed, timeout=10_000) as counted:
            meter.update(chat.id, draft)
        reading: Reading = counted.args[0]
        assert reading.window == 1024 and reading.level == Level.OK
        with qtbot.waitSignal(session.reply_finished, timeout=60_000) as finished:
            session.send(chat.id, draft)
        stats = finished.args[1]
        assert stats.prompt_tokens == reading.used  # what was counted is what was sent
    finally:
        engine.shutdown()
