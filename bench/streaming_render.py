"""Render cost per token while a long Markdown reply streams into the real chat view.

The scripted fake engine streams a 4,000-token reply (prose, lists and code blocks) at
about 1,000 tokens/s. The cost is the time the chat view spends rendering, per token, over
the first and the last 500 tokens. The baseline, measured in the same run, is the naive
approach: render the whole reply to HTML and set it on every update. Goals: the UI keeps up
(all tokens shown within a frame or two of the engine finishing), and last/first <= 2.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from tempfile import TemporaryDirectory

from common import emit, qt_app, wait_until

from app.chat.session import ChatSession
from app.engine.base import GenerationParams, LoadOptions
from app.engine.worker import EngineController
from app.store.conversations import ConversationStore
from app.store.db import connect
from app.store.records import Message
from app.ui.chat_view import ChatView
from app.ui.message_widget import SafeTextBrowser
from app.ui.render import MarkdownRenderer

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.fakes import FakeEngineFactory, Script, split_tokens

TOKENS = 4000
WINDOW = 500


def markdown_reply(tokens: int) -> str:
    sections = []
    i = 0
    while True:
        sections.append(
            f"## Part {i}\n\nHere is a paragraph with **bold**, *italic* and `code` words, "
            f"and a [link](https://example.org/{i}). It explains step {i} in some detail.\n\n"
            f"- first point of {i}\n- second point\n- third point\n\n"
            f"```python\ndef step_{i}(x: int) -> int:\n    total = 0\n"
            f"    for n in range(x):\n        total += n * {i}\n    return total\n```\n\n"
        )
        i += 1
        text = "".join(sections)
        if len(split_tokens(text)) >= tokens:
            return "".join(split_tokens(text)[:tokens])


def naive_cost(text: str, updates: list[int]) -> float:
    """Seconds per token for full re-rendering at the same update points."""
    renderer = MarkdownRenderer()
    browser = SafeTextBrowser()
    browser.resize(700, 400)
    pieces = split_tokens(text)
    started = time.perf_counter()
    for count in updates:
        browser.setHtml(renderer.render("".join(pieces[:count])).html)
    return (time.perf_counter() - started) / max(1, updates[-1] - updates[0])


def engine_alone_rate(reply: str) -> float:
    """The fake engine's own pace with nobody listening: what 'keeping up' means."""
    from app.engine.base import CancelToken
    from tests.fakes import FakeEngine

    script = Script(token_delay_s=0.001)
    script.replies.append(reply)
    engine = FakeEngine(Path("fake.gguf"), LoadOptions(), script)
    started = time.perf_counter()
    count = sum(1 for _ in engine.stream_chat([], GenerationParams(max_tokens=TOKENS + 10),
                                              CancelToken()))
    return count / (time.perf_counter() - started)


def main() -> None:
    qt_app()
    reply = markdown_reply(TOKENS)
    alone = engine_alone_rate(reply)
    script = Script(token_delay_s=0.001)
    script.replies.append(reply)
    with TemporaryDirectory() as tmp:
        store = ConversationStore(connect(Path(tmp) / "bench.db"))
        engine = EngineController(FakeEngineFactory(script))
        engine.load_model(Path("fake.gguf"), LoadOptions())
        wait_until(lambda: engine.state == "ready")
        params = GenerationParams(max_tokens=TOKENS + 10)
        session = ChatSession(store, engine, lambda: params, lambda: "fake")
        view = ChatView(MarkdownRenderer())
        view.resize(900, 700)
        view.show()
        conversation = store.create_conversation("")
        view.show_conversation(conversation.id, "bench", [])
        session.message_added.connect(view.add_message)
        session.reply_updated.connect(view.update_reply)

        samples: list[tuple[int, float]] = []  # (tokens so far, render seconds so far)
        render_points: list[int] = []
        received = [0]

        def on_update(_c: int, message_id: int, text: str) -> None:
            # the engine sends pieces in batches: count the tokens in the text so far
            received[0] = len(split_tokens(text))
            widget = view.message_widget(message_id)
            if widget is not None:
                samples.append((received[0], widget.render_seconds))

        session.reply_updated.connect(on_update)
        finished: list[tuple[Message, object, float]] = []
        session.reply_finished.connect(
            lambda m, s: finished.append((m, s, time.perf_counter())))
        started = time.perf_counter()
        session.send(conversation.id, "Write a long guide.")
        wait_until(lambda: bool(finished), 120)
        elapsed = finished[0][2] - started
        message = finished[0][0]
        widget = view.message_widget(message.id)
        assert widget is not None
        widget.flush_stream()
        lag_started = time.perf_counter()
        view.finish_reply(message)
        final_render_ms = (time.perf_counter() - lag_started) * 1000

        def cost_at(tokens: int) -> float:
            return next(seconds for count, seconds in samples if count >= tokens)

        first = cost_at(WINDOW) / WINDOW
        last = (samples[-1][1] - cost_at(received[0] - WINDOW)) / WINDOW
        previous = 0.0
        for count, seconds in samples:
            if seconds != previous:
                render_points.append(count)
                previous = seconds
        tail_points = [p for p in render_points if p >= received[0] - WINDOW] or [received[0]]
        naive_last = naive_cost(reply, tail_points)
        engine.shutdown()
        store.db.close()
    emit({
        "bench": "streaming_render",
        "tokens": received[0],
        "stream_tokens_per_s": round(received[0] / elapsed, 1),
        "engine_alone_tokens_per_s": round(alone, 1),
        "keeps_up_ratio": round(received[0] / elapsed / alone, 3),
        "repaints": len(render_points),
        "first_500_us_per_token": round(first * 1e6, 1),
        "last_500_us_per_token": round(last * 1e6, 1),
        "last_over_first": round(last / first, 2),
        "naive_full_rerender_last_500_us_per_token": round(naive_last * 1e6, 1),
        "final_render_ms": round(final_render_ms, 1),
        "goal": "last_over_first <= 2 and stream keeps up with ~1000 tokens/s",
    })


if __name__ == "__main__":
    main()
