from __future__ import annotations

import pytest

from app.engine.base import ChatMessage, GenerationStats
from app.engine.prompt import (
    TRANSCRIPT_STOPS,
    ContextOverflowError,
    fit_to_context,
    reply_reserve,
    transcript_prompt,
)
from app.engine.stops import StopFilter


def test_transcript_has_system_turns_and_an_open_assistant_turn() -> None:
    prompt = transcript_prompt([
        ChatMessage("system", "Be kind."),
        ChatMessage("user", "Hi"),
        ChatMessage("assistant", "Hello!"),
        ChatMessage("user", "Bye "),
    ])
    assert prompt.text == "Be kind.\n\nUser: Hi\nAssistant: Hello!\nUser: Bye\nAssistant:"
    assert "\nUser:" in prompt.stops and prompt.add_bos
    assert prompt.stops == TRANSCRIPT_STOPS


def words(messages: list[ChatMessage]) -> int:
    return sum(len(m.content.split()) + 1 for m in messages)


def conversation(turns: int) -> list[ChatMessage]:
    messages = [ChatMessage("system", "sys prompt here")]
    for i in range(turns):
        messages.append(ChatMessage("user", f"question {i} " + "w " * 8))
        messages.append(ChatMessage("assistant", f"answer {i} " + "w " * 8))
    messages.append(ChatMessage("user", "last question"))
    return messages


def test_everything_is_kept_when_it_fits() -> None:
    messages = conversation(3)
    kept, dropped = fit_to_context(messages, words, 10_000)
    assert kept == messages and dropped == 0


def test_oldest_turns_go_first_and_the_system_prompt_stays() -> None:
    messages = conversation(10)
    budget = 60
    kept, dropped = fit_to_context(messages, words, budget)
    assert kept[0] == messages[0]
    assert kept[1].role == "user"  # cuts fall before a user message
    assert kept[-1] == messages[-1]
    assert words(kept) <= budget
    assert dropped > 0 and kept[1:] == messages[1 + dropped:]
    # maximal: keeping one more pair would not fit
    assert words([messages[0], *messages[1 + dropped - 2:]]) > budget


def test_binary_search_keeps_tokenizing_cheap() -> None:
    calls = 0

    def counting(messages: list[ChatMessage]) -> int:
        nonlocal calls
        calls += 1
        return words(messages)

    fit_to_context(conversation(500), counting, 100)
    assert calls <= 14


def test_a_message_larger_than_the_window_is_a_clear_error() -> None:
    messages = [ChatMessage("user", "w " * 500)]
    with pytest.raises(ContextOverflowError, match="too long"):
        fit_to_context(messages, words, 100)


def test_reply_reserve_never_takes_more_than_half() -> None:
    assert reply_reserve(4096, 512) == 512
    assert reply_reserve(256, 512) == 128


def test_tokens_per_second_excludes_prompt_time() -> None:
    stats = GenerationStats(completion_tokens=11, ttft_ms=500, duration_ms=1500)
    assert stats.tokens_per_s == pytest.approx(10.0)
    assert GenerationStats(completion_tokens=1, ttft_ms=5, duration_ms=6).tokens_per_s is None


def feed_all(stops: list[str], pieces: list[str]) -> tuple[str, bool]:
    f = StopFilter(stops)
    out = "".join(f.feed(p) for p in pieces) + f.flush()
    return out, f.stopped


def test_stop_string_split_across_tokens_is_never_shown() -> None:
    out, stopped = feed_all(["\nUser:"], ["Paris", ".", "\n", "Us", "er", ":", " more"])
    assert (out, stopped) == ("Paris.", True)


def test_a_partial_match_that_does_not_complete_is_released() -> None:
    f = StopFilter(["\nUser:"])
    assert f.feed("a\nUs") == "a"
    assert f.feed("ual") == "\nUsual"
    assert f.flush() == ""
    out, stopped = feed_all(["\nUser:"], ["end\nU"])
    assert (out, stopped) == ("end\nU", False)


def test_earliest_stop_wins_and_later_text_is_dropped() -> None:
    f = StopFilter(["<eos>", "\nUser:"])
    assert f.feed("x<eos>y\nUser:") == "x"
    assert f.feed("more") == ""


def test_stats_cannot_change_after_they_are_emitted() -> None:
    import dataclasses

    stats = GenerationStats(completion_tokens=3)
    with pytest.raises(dataclasses.FrozenInstanceError):
        stats.stop_reason = "cancelled"  # type: ignore[misc]


def test_falcon_gets_its_own_transcript() -> None:
    from app.engine.prompt import FALCON_TRANSCRIPT, transcript_for, transcript_prompt

    assert transcript_for("falcon") is FALCON_TRANSCRIPT
    prompt = transcript_prompt([ChatMessage("system", "Be brief."),
                                ChatMessage("user", "Hi")], transcript_for("falcon"))
    assert prompt.text == "System: Be brief.\n\nUser: Hi\nAssistant:"
    assert "<|endoftext|>" in prompt.stops and "\nUser:" in prompt.stops
    assert "<end_of_turn>" not in prompt.stops  # Gemma's markers are not Falcon's
    generic = transcript_prompt([ChatMessage("user", "Hi")], transcript_for("gemma3"))
    assert generic.text == "User: Hi\nAssistant:" and "<end_of_turn>" in generic.stops


def test_text_that_cannot_fit_is_never_tokenized() -> None:
    """A 7 MB message held the engine for most of a minute in the tokenizer before the
    answer "too long"; its length alone says it cannot fit."""
    seen: list[int] = []

    def counting(messages: list[ChatMessage]) -> int:
        seen.append(sum(len(m.content) for m in messages))
        return words(messages)

    huge = "x" * 7_000_000
    messages = [ChatMessage("system", "sys"), ChatMessage("user", huge),
                ChatMessage("assistant", "ok"), ChatMessage("user", "a short one")]
    kept, dropped = fit_to_context(messages, counting, 4096)
    assert kept[-1].content == "a short one" and dropped == 2
    assert seen and max(seen) < 1_000  # the huge turn was left out unread

    seen.clear()
    with pytest.raises(ContextOverflowError):
        fit_to_context([ChatMessage("user", huge)], counting, 4096)
    with pytest.raises(ContextOverflowError):
        fit_to_context([ChatMessage("system", huge), ChatMessage("user", "hi")], counting, 4096)
    assert seen == []
