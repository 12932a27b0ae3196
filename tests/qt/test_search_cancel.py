"""New text in the search box stops a search still running for older text, so the
answer to the new text does not wait behind it (the worker is one thread)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.chat.search import ConversationSearch
from app.paths import AppPaths
from app.store.conversations import ConversationStore
from app.store.search import SearchCancelled, SearchHit


def test_new_text_stops_the_running_search(qtbot: QtBot, paths: AppPaths,
                                           store: ConversationStore,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    chat = store.create_conversation("")
    store.add_message(chat.id, "user", "the lighthouse keeper")
    real = ConversationStore.search_conversations
    outcome: list[str] = []

    def search(self: ConversationStore, text: str, limit: int = 200,
               cancelled: Callable[[], bool] | None = None) -> list[SearchHit]:
        if text == "slow":  # stands for a search that takes long (one huge message)
            outcome.append("started")
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline:
                if cancelled is not None and cancelled():
                    outcome.append("stopped")
                    raise SearchCancelled
                time.sleep(0.01)
            outcome.append("ran to the end")
        return real(self, text, limit, cancelled)

    monkeypatch.setattr(ConversationStore, "search_conversations", search)
    searcher = ConversationSearch(Path(paths.database), debounce_ms=10)
    try:
        searcher.set_text("slow")
        qtbot.waitUntil(lambda: outcome == ["started"], timeout=5_000)
        started = time.monotonic()
        with qtbot.waitSignal(searcher.results, timeout=5_000) as answer:
            searcher.set_text("keeper")
        assert time.monotonic() - started < 5
        assert [h.conversation_id for h in answer.args[0]] == [chat.id]
        assert outcome == ["started", "stopped"]
    finally:
        assert searcher.shutdown()
