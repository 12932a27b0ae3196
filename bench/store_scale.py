"""A long-time user's history: 10,000 conversations and a million messages.

The database is written in release 0.1.0's schema (bench/scale_db.py, cached), so the run
first times the migration this release adds. Then each action users felt freeze, in the
store and in the real window offscreen (a scripted engine; no model is needed), with the
GUI stall probe running. The baseline, same run, is the probe over the idle window.
Goals: start-up to a usable window <= 1.5 s; the sidebar's first screen <= 50 ms; a
1,000-message conversation painted <= 100 ms; search <= 50 ms and never blocking typing;
deleting a 100-message conversation <= 50 ms; a partial save <= 5 ms p99; no GUI stall
over 50 ms during any of them.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import time
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

from common import emit, qt_app, wait_until
from scale_db import LONG_ID
from scale_db import build as build_database

from app.diagnostics import StallProbe
from app.paths import AppPaths
from app.store.conversations import ConversationStore
from app.store.db import connect
from app.store.records import Status
from app.wiring import Overrides, build
from tests.fakes import FakeEngineFactory, Script


def timed(action: Any, rounds: int = 5) -> float:
    """Median milliseconds of `rounds` calls."""
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 1)


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))], 2)


def store_figures(store: ConversationStore) -> dict[str, float]:
    figures = {
        "list_first_screen_ms": timed(lambda: store.conversations(limit=200)),
        "list_all_ms": timed(lambda: store.conversations(), rounds=3),
        "search_ms": timed(lambda: store.search_conversations("lighthouse keeper")),
        "open_1000_messages_ms": timed(lambda: store.messages(LONG_ID)),
    }
    victims = [c.id for c in store.conversations(limit=5, offset=100)]
    started = time.perf_counter()
    store.delete(victims[0])
    figures["delete_100_messages_to_trash_ms"] = round((time.perf_counter() - started) * 1000,
                                                       2)
    started = time.perf_counter()
    store.empty_trash()
    figures["delete_100_messages_for_good_ms"] = round(
        (time.perf_counter() - started) * 1000, 2)
    reply = store.add_message(victims[1], "assistant", "", Status.STREAMING)
    saves = []
    for i in range(200):
        started = time.perf_counter()
        store.save_partial(reply.id, "word " * i)
        saves.append((time.perf_counter() - started) * 1000)
    figures["partial_save_p99_ms"] = p99(saves)
    return figures


def window_figures(paths: AppPaths) -> dict[str, Any]:
    probe = StallProbe()
    probe.start()
    started = time.perf_counter()
    app = build(paths, Overrides(model=Path("fake.gguf")),
                engine_factory=FakeEngineFactory(Script()), bundled=lambda: None)
    window = app.window
    window.show()
    window.grab()  # the first full paint
    startup_ms = (time.perf_counter() - started) * 1000
    startup_stall = probe.stop()
    idle = StallProbe()
    idle.start()
    deadline = time.monotonic() + 1
    wait_until(lambda: time.monotonic() > deadline)
    baseline = idle.stop()

    stalls: dict[str, float] = {}

    def measure(name: str, action: Any, done: Any = lambda: True) -> float:
        probe = StallProbe()
        probe.start()
        began = time.perf_counter()
        action()
        wait_until(done, 30)
        took = (time.perf_counter() - began) * 1000
        stalls[name] = round(probe.stop(), 1)
        return round(took, 1)

    def open_long() -> None:
        window.sidebar.select(LONG_ID)
        window.grab()

    open_ms = measure("open_1000_messages", open_long)
    shown = len(window.chat.message_widgets())
    sidebar = window.sidebar
    typed: list[float] = []

    def type_query() -> None:
        for ch in "lighthouse keeper":
            began = time.perf_counter()
            sidebar.search.setText(sidebar.search.text() + ch)
            typed.append((time.perf_counter() - began) * 1000)

    results: list[Any] = []
    sidebar.search_engine.results.connect(results.append)
    search_ms = measure("search", type_query, lambda: bool(results) and results[-1] is not None)
    hits = len(results[-1] or [])
    sidebar.search.clear()
    victim = app.store.conversations(limit=1, offset=50)[0].id
    window.sidebar.select(victim)
    wait_until(lambda: window.chat.conversation_id == victim)
    delete_ms = measure("delete_100_messages", sidebar.delete_current)
    window.close()
    app.store.db.close()
    return {
        "startup_to_window_ms": round(startup_ms, 1), "startup_max_stall_ms":
        round(startup_stall, 1), "open_1000_messages_to_paint_ms": open_ms,
        "messages_rendered_on_open": shown, "search_results_after_typing_ms": search_ms,
        "search_hits": hits, "keystroke_max_ms": round(max(typed), 2),
        "delete_100_messages_ms": delete_ms, "max_stall_ms": stalls,
        "idle_baseline_stall_ms": round(baseline, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--conversations", type=int, default=10_000)
    parser.add_argument("--per", type=int, default=100)
    args = parser.parse_args()
    qt_app()
    source = build_database(args.conversations, args.per)
    with TemporaryDirectory() as tmp:
        paths = AppPaths.under(Path(tmp))
        paths.ensure()
        shutil.copy(source, paths.database)
        started = time.perf_counter()
        db = connect(paths.database)  # backs up, then migrates 0.1.0 -> trees
        migration_s = time.perf_counter() - started
        store = ConversationStore(db)
        messages = db.execute("SELECT COUNT(*) FROM messages").fetchone()[0]
        figures = store_figures(store)
        db.close()
        window = window_figures(paths)
    emit({"bench": "store_scale", "conversations": args.conversations, "messages": messages,
          "migration_s": round(migration_s, 2), "store": figures, "window": window,
          "goals": {"startup_to_window_ms": 1500, "list_first_screen_ms": 50,
                    "open_1000_messages_to_paint_ms": 100, "search_ms": 50,
                    "delete_100_messages_ms": 50, "partial_save_p99_ms": 5,
                    "max_stall_ms": 50}})


if __name__ == "__main__":
    main()
