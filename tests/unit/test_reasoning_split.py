"""Telling reasoning from the answer in a reply stream (engine/reasoning.py), whatever
the pieces: every tag is also cut at every offset, and fed a character at a time."""

from __future__ import annotations

import pytest

from app.engine.base import Piece, Reasoning
from app.engine.reasoning import (
    ANALYSIS,
    ANSWER,
    START,
    THINK,
    ReasoningSplitter,
    opening,
    split_stream,
)


def summary(pieces: list[Piece]) -> tuple[str, str, int]:
    """(reasoning, answer, done markers), and that no answer comes before reasoning ends."""
    reasoning = "".join(p.text for p in pieces if isinstance(p, Reasoning))
    answer = "".join(p for p in pieces if isinstance(p, str))
    return reasoning, answer, sum(1 for p in pieces if isinstance(p, Reasoning) and p.done)


def every_cut(text: str) -> list[list[str]]:
    """The text in two pieces cut at each offset, in three around each pair of offsets
    near a tag, and a character at a time."""
    cuts = [[text[:i], text[i:]] for i in range(len(text) + 1)]
    cuts += [[text[:i], text[i:j], text[j:]] for i in range(0, len(text), 3)
             for j in range(i, min(len(text), i + 12))]
    cuts.append(list(text))
    return cuts


CASES = [
    # (start, raw reply, reasoning, answer, closed)
    (START, "<think>\nThe user greets me.\n</think>\n\nHello!", "The user greets me.\n",
     "Hello!", 1),
    (START, "  \n<think>a<b</think>c", "a<b", "c", 1),
    (START, "Hello, <think> is a tag.", "", "Hello, <think> is a tag.", 0),
    (START, "No thinking here.", "", "No thinking here.", 0),
    (START, "<thinking is not the tag", "", "<thinking is not the tag", 0),
    (THINK, "Let me see: 2+2.\n</think>\n\n4", "Let me see: 2+2.\n", "4", 1),
    (THINK, "cut off while thinking </thi", "cut off while thinking </thi", "", 0),
    (START, "<think>never closed", "never closed", "", 0),
    (START, "<think></think>Direct.", "", "Direct.", 1),
    (START, "<|channel|>analysis<|message|>User says hi.<|end|><|start|>assistant"
            "<|channel|>final<|message|>Hi there!<|return|>", "User says hi.", "Hi there!", 1),
    # llama.cpp leaves the control token <|end|> out of the text
    (START, "<|channel|>analysis<|message|>Think.<|start|>assistant<|channel|>final"
            "<|message|>Answer.", "Think.", "Answer.", 1),
    (ANALYSIS, "Thinking first.<|end|><|start|>assistant<|channel|>final<|message|>Done.",
     "Thinking first.", "Done.", 1),
    (START, "<|channel|>final<|message|>Only the answer.", "", "Only the answer.", 0),
    (START, "<|channel|>analysis<|message|>cut in analysis", "cut in analysis", "", 0),
    (ANSWER, "<think>continued answer", "", "<think>continued answer", 0),
]


@pytest.mark.parametrize(("start", "raw", "reasoning", "answer", "closed"), CASES)
def test_reasoning_and_answer_apart_however_the_text_is_cut(
        start: str, raw: str, reasoning: str, answer: str, closed: int) -> None:
    for pieces in every_cut(raw):
        out = list(split_stream(pieces, start))
        assert summary(out) == (reasoning, answer, closed), pieces
        kinds = [isinstance(p, str) for p in out if not isinstance(p, str) or p]
        assert kinds == sorted(kinds), f"reasoning after the answer began: {pieces}"


def test_text_streams_on_without_waiting_for_the_end() -> None:
    splitter = ReasoningSplitter()
    assert splitter.feed("<thi") == []  # could be the opening tag
    assert splitter.feed("nk>I wonder") == [Reasoning("I wonder")]
    assert splitter.thinking
    assert splitter.feed(" about it</") == [Reasoning(" about it")]  # "</" held back
    assert splitter.feed("think>The answer") == [Reasoning("", done=True), "The answer"]
    assert not splitter.thinking and splitter.closed
    assert splitter.feed(" is 4.") == [" is 4."]
    assert splitter.flush() == []


def test_a_block_left_open_stays_open_at_the_end() -> None:
    splitter = ReasoningSplitter(THINK)
    assert splitter.feed("one two </th") == [Reasoning("one two ")]
    assert splitter.flush() == [Reasoning("</th")]  # no done marker: cut while thinking
    assert not splitter.closed


@pytest.mark.parametrize(("prompt", "start"), [
    ("<|im_start|>assistant\n<think>\n", THINK),
    ("<\uff5cAssistant\uff5c><think>\n", THINK),  # DeepSeek-R1's own bars
    ("<|im_start|>assistant\n<think>\n\n</think>\n\n", START),
    ("<|start|>assistant<|channel|>analysis<|message|>", ANALYSIS),
    ("<|start|>assistant", START),
    ("User: hi\nAssistant:", START),
])
def test_where_a_reply_starts_follows_the_prompt(prompt: str, start: str) -> None:
    assert opening(prompt) == start
