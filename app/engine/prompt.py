"""Turning a conversation into a prompt, and keeping it inside the context window.

A model whose GGUF carries a chat template is prompted through it (in engine/llama.py, with
llama-cpp-python's sandboxed Jinja formatter). A model without one, such as a base model,
gets the plain transcript below, with stop strings so that it answers one turn only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.engine.base import ChatMessage, EngineError

TRANSCRIPT_ROLES = {"user": "User", "assistant": "Assistant"}
# "You:" too: a base model, asked as "User", often writes the user's next line as "You:"
TRANSCRIPT_STOPS = ["\nUser:", "\nYou:", "\nAssistant:", "\nSystem:", "<end_of_turn>", "<eos>"]


@dataclass(frozen=True)
class TranscriptFormat:
    """A plain `User:` / `Assistant:` transcript for a model without a chat template."""

    stops: tuple[str, ...]
    system_label: str = ""  # "" puts the system prompt on top, unlabelled


GENERIC_TRANSCRIPT = TranscriptFormat(tuple(TRANSCRIPT_STOPS))
# Falcon's instruct GGUFs carry no template. It was tuned on plain dialogue, ends a turn with
# <|endoftext|>, and tends to run on into "User:" or a ">>QUESTION<<" style turn.
FALCON_TRANSCRIPT = TranscriptFormat(
    ("\nUser:", "\nYou:", "\nAssistant:", "<|endoftext|>", ">>QUESTION<<", ">>ANSWER<<"),
    system_label="System")
TRANSCRIPTS = {"falcon": FALCON_TRANSCRIPT}


def transcript_for(architecture: str) -> TranscriptFormat:
    return TRANSCRIPTS.get(architecture, GENERIC_TRANSCRIPT)


@dataclass(frozen=True)
class Prompt:
    text: str
    stops: list[str]
    add_bos: bool = True


def transcript_prompt(messages: list[ChatMessage],
                      form: TranscriptFormat = GENERIC_TRANSCRIPT) -> Prompt:
    lines: list[str] = []
    for message in messages:
        if message.role == "system":
            if message.content.strip():
                label = f"{form.system_label}: " if form.system_label else ""
                lines.append(label + message.content.strip() + "\n")
            continue
        speaker = TRANSCRIPT_ROLES.get(message.role, message.role.title())
        lines.append(f"{speaker}: {message.content.strip()}")
    lines.append("Assistant:")
    return Prompt(text="\n".join(lines), stops=list(form.stops))


class ContextOverflowError(EngineError):
    """Even the newest message alone does not fit the context window."""

    def __init__(self, needed: int, budget: int) -> None:
        super().__init__(
            f"This message is too long for the model's context window: it needs about "
            f"{needed} tokens and at most {budget} fit. Shorten it, or raise the context "
            "length in Settings."
        )
        self.needed = needed
        self.budget = budget


# No real text averages more characters a token than this (English is about 4, code 3, long
# runs of spaces at most 16 or so). A prompt longer than budget times this cannot fit, so it
# is refused before the tokenizer sees it: tokenizing a 7 MB message held the engine for
# most of a minute, and every other chat waited behind it.
MAX_CHARS_PER_TOKEN = 32


def reply_reserve(context_length: int, max_tokens: int) -> int:
    """Tokens kept free for the reply: max_tokens, but never more than half the window."""
    return max(1, min(max_tokens, context_length // 2))


def cut_by_length(messages: list[ChatMessage],
                  budget: int) -> tuple[list[ChatMessage], int]:
    """Leave out the oldest turns while the text is longer than `budget` tokens could hold
    (MAX_CHARS_PER_TOKEN each), cutting as fit_to_context does; no tokenizer is asked.
    Returns the messages and how many turns were left out; ContextOverflowError when the
    system prompt and the newest turn alone are that long."""
    system = [m for m in messages if m.role == "system"][:1]
    turns = [m for m in messages if m.role != "system"]
    limit = budget * MAX_CHARS_PER_TOKEN
    sizes = [len(m.content) for m in turns]
    total = sum(len(m.content) for m in system) + sum(sizes)
    if total <= limit:
        return messages, 0
    dropped = 0
    for cut in [i for i, m in enumerate(turns) if m.role == "user"] or [0]:
        total -= sum(sizes[dropped:cut])
        dropped = cut
        if total <= limit:
            return system + turns[cut:], cut
    raise ContextOverflowError(total // 4, budget)  # about four characters a token


def fit_to_context(
    messages: list[ChatMessage], count_tokens: Callable[[list[ChatMessage]], int], budget: int
) -> tuple[list[ChatMessage], int]:
    """Drop the oldest turns until the prompt fits; the system prompt always stays.

    Returns the messages to send and how many were left out. Cuts fall only before a user
    message, so a template that insists on alternating roles still sees a valid chat.
    Binary search keeps this to a few tokenizations for any length of conversation.
    """
    messages, unread = cut_by_length(messages, budget)  # what can never fit is not counted
    system = [m for m in messages if m.role == "system"][:1]
    turns = [m for m in messages if m.role != "system"]
    cuts = [i for i, m in enumerate(turns) if m.role == "user"] or [0]

    def fits(cut: int) -> tuple[bool, int]:
        used = count_tokens(system + turns[cut:])
        return used <= budget, used

    ok, used = fits(cuts[0])
    if ok:
        return system + turns[cuts[0]:], unread + cuts[0]
    ok, used = fits(cuts[-1])
    if not ok:
        raise ContextOverflowError(used, budget)
    low, high = 0, len(cuts) - 1  # cuts[low] does not fit, cuts[high] fits
    while high - low > 1:
        middle = (low + high) // 2
        if fits(cuts[middle])[0]:
            high = middle
        else:
            low = middle
    return system + turns[cuts[high]:], unread + cuts[high]
