"""A real reasoning stream: llama.cpp with the bundled model, prompted through chat
templates that open a think block, as DeepSeek-R1's distills and QwQ do.

What is real and what is staged: the bundled model (Gemma 3 270M) is no reasoning model.
Under DeepSeek-R1-Distill's own template (tests/data), whose prompt ends with "<think>\\n",
everything it writes is reasoning, and it never closes the block: the reply is cut at its
length while thinking, a real case. Under a few-shot template whose examples think in
<think>…</think> before answering, the model itself writes "</think>" (greedy decoding,
seeded) and goes on to an answer. Nothing is injected into the stream: the engine's own
tokens go through its own splitter, worker, session and store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.chat.session import ChatSession
from app.engine.base import (
    CancelToken,
    ChatMessage,
    GenerationParams,
    LoadOptions,
    LoadProgress,
    Reasoning,
)
from app.engine.llama import LlamaEngine
from app.engine.worker import EngineController
from app.store.conversations import ConversationStore

TEMPLATES = Path(__file__).parent.parent / "data" / "chat_templates"
DEEPSEEK_R1 = (TEMPLATES / "deepseek-ai-DeepSeek-R1-Distill-Qwen-32B.jinja").read_text()
FEW_SHOT = (
    "{{ bos_token }}"
    "Q: What is 1+1?\nA: <think>\nOne plus one.\n</think>\n2\n\n"
    "Q: What is 2+3?\nA: <think>\nTwo plus three.\n</think>\n5\n\n"
    "Q: What is 4+4?\nA: <think>\nFour plus four.\n</think>\n8\n\n"
    "{% for m in messages %}{% if m.role == 'user' %}Q: {{ m.content }}\n{% endif %}"
    "{% endfor %}A: <think>\n")
QUESTION = [ChatMessage("user", "What is 3+3?")]
GREEDY = GenerationParams(max_tokens=10, temperature=0.0, seed=1)
# room for "Three plus three.", the closing tag and a few tokens of answer
ANSWERING = GenerationParams(max_tokens=14, temperature=0.0, seed=1)


def with_template(engine: LlamaEngine, source: str) -> LlamaEngine:
    template, note = engine._chat_template(source)
    assert template is not None, note
    engine._template = template
    return engine


@pytest.fixture(scope="module")
def engine(bundled_model_path: Path) -> Iterator[LlamaEngine]:
    llama = LlamaEngine(bundled_model_path, LoadOptions(context_length=1024, threads=2))
    yield llama
    llama.close()


def test_a_template_that_opens_thinking_makes_the_reply_reasoning(engine: LlamaEngine) -> None:
    with_template(engine, DEEPSEEK_R1)
    assert engine.format_prompt(QUESTION).text.endswith("<think>\n")
    pieces = list(engine.stream_chat(QUESTION, GREEDY, CancelToken()))
    assert pieces and all(isinstance(p, Reasoning) and not p.done for p in pieces)
    assert "".join(p.text for p in pieces if isinstance(p, Reasoning)).strip()
    assert engine.last_stats.stop_reason == "length"  # cut while thinking


def test_the_model_closes_its_thinking_and_answers(engine: LlamaEngine) -> None:
    with_template(engine, FEW_SHOT)
    pieces = list(engine.stream_chat(QUESTION, ANSWERING, CancelToken()))
    done = pieces.index(Reasoning("", done=True))
    thought = "".join(p.text for p in pieces[:done] if isinstance(p, Reasoning))
    answer = "".join(p for p in pieces[done:] if isinstance(p, str))
    assert thought.strip() == "Three plus three."
    assert answer.strip() and "</think>" not in answer
    assert all(isinstance(p, Reasoning) for p in pieces[:done])


def test_the_session_saves_a_real_reasoning_reply(qtbot: QtBot, bundled_model_path: Path,
                                                  store: ConversationStore) -> None:
    def factory(path: Path, options: LoadOptions, cancel: CancelToken,
                progress: LoadProgress | None = None) -> LlamaEngine:
        return with_template(LlamaEngine(path, options, cancel, progress), FEW_SHOT)

    controller = EngineController(factory)
    try:
        with qtbot.waitSignal(controller.loaded, timeout=60_000):
            controller.load_model(bundled_model_path,
                                  LoadOptions(context_length=1024, threads=2))
        session = ChatSession(store, controller, lambda: ANSWERING, lambda: "gemma")
        thinking: list[object] = []
        session.reasoning_updated.connect(lambda _c, _m, t: thinking.append(t))
        conversation = store.create_conversation("")
        with qtbot.waitSignal(session.reply_finished, timeout=60_000):
            session.send(conversation.id, "What is 3+3?")
        reply = store.messages(conversation.id)[-1]
        assert reply.reasoning == "Three plus three."
        assert reply.content.strip() and "<think>" not in reply.content.split("\n")[0]
        assert reply.reasoning_ms is not None and reply.reasoning_ms > 0
        assert not reply.reasoning_cut and thinking
    finally:
        controller.shutdown()
