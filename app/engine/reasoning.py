"""Telling a reasoning model's thinking from its answer, as the reply streams.

Models that think before they answer write it in one of two ways: between `<think>` and
`</think>` at the start of the reply (DeepSeek-R1 distills, Qwen3, QwQ, Phi-4-reasoning),
where the chat template may already have opened the block in the prompt; or in gpt-oss's
harmony channels, `<|channel|>analysis<|message|>…<|end|>` before
`<|start|>assistant<|channel|>final<|message|>…`. Text arrives in pieces cut anywhere, so a
tag may be split across them: what could be the start of a tag is held back until the next
piece says whether it is one.

A block is recognised only where the reply starts (after blank space): an answer that
mentions `<think>` further on is an answer. Pure: no Qt, no llama_cpp.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from app.engine.base import Piece, Reasoning

THINK_OPEN, THINK_CLOSE = "<think>", "</think>"
CHANNEL, MESSAGE = "<|channel|>", "<|message|>"
# What ends a harmony message: llama.cpp shows <|start|> and <|channel|> (it renders them
# as text) and may leave out <|end|>, a control token, so any of them will do.
HARMONY_ENDS = ("<|end|>", "<|start|>", CHANNEL, "<|return|>", "<|call|>")
ANSWER_CHANNEL = "final"
# Between two harmony messages comes their header ("assistant"); anything longer is not one.
MAX_BETWEEN = 64

# How a reply starts, from what the prompt ends with
START, THINK, ANSWER, ANALYSIS = "start", "think", "answer", "analysis"


def opening(prompt: str) -> str:
    """Where a reply to this prompt starts: THINK when the template opened a think block
    (DeepSeek-R1 distills, QwQ), ANALYSIS when it opened gpt-oss's analysis channel, else
    START (the model may open one itself)."""
    tail = prompt.rstrip()
    if tail.endswith(THINK_OPEN):
        return THINK
    if tail.endswith(CHANNEL + "analysis" + MESSAGE):
        return ANALYSIS
    return START


def _held(buffer: str, tags: Iterable[str]) -> int:
    """How many characters at the end of buffer could be the start of one of the tags."""
    longest = 0
    for tag in tags:
        for size in range(min(len(tag) - 1, len(buffer)), longest, -1):
            if buffer.endswith(tag[:size]):
                longest = size
                break
    return longest


def _first(buffer: str, tags: Iterable[str]) -> tuple[int, str]:
    """The earliest of the tags in buffer: (where, which), or (-1, "")."""
    best, found = -1, ""
    for tag in tags:
        at = buffer.find(tag)
        if at >= 0 and (best < 0 or at < best):
            best, found = at, tag
    return best, found


class ReasoningSplitter:
    """Feed it the reply's text as it comes; it gives back the answer's text (str) and
    the reasoning's (Reasoning), in order, with Reasoning(done=True) where a block closes."""

    def __init__(self, start: str = START) -> None:
        self._buffer = ""
        self._state = {THINK: "think", ANALYSIS: "body", ANSWER: "answer"}.get(start, "start")
        self._channel_reasons = start == ANALYSIS  # the harmony message being read
        self._fresh = True  # at a block's start: its leading blank space is dropped
        self._reasoned = False  # some reasoning came (and no done marker yet)
        self.closed = False  # a block was opened and then closed

    @property
    def thinking(self) -> bool:
        """Whether what comes now is reasoning (a block is open)."""
        return self._state == "think" or (
            self._state in ("body", "header", "between") and self._channel_reasons)

    def feed(self, text: str) -> list[Piece]:
        self._buffer += text
        out: list[Piece] = []
        while self._step(out):
            pass
        return _merged(out)

    def flush(self) -> list[Piece]:
        """The end of the reply: what was held back, as what it turned out to be. A block
        still open stays open (no done marker): the reply was cut while thinking."""
        rest, self._buffer = self._buffer, ""
        out: list[Piece] = []
        if self._state == "think" or (self._state == "body" and self._channel_reasons):
            if rest.strip() or not self._fresh:
                self._reason(out, rest.lstrip() if self._fresh else rest)
        elif self._state in ("start", "answer", "body") and rest:
            out.append(rest)
        return _merged(out)

    # the states

    def _step(self, out: list[Piece]) -> bool:
        """Read what the buffer allows; True when the state changed and there is more."""
        buffer = self._buffer
        if not buffer:
            return False
        state = self._state
        if state == "start":
            stripped = buffer.lstrip()
            if not stripped:
                return False  # blank so far: the block may still open
            for opener, after in ((THINK_OPEN, "think"), (CHANNEL, "header")):
                if stripped.startswith(opener):
                    self._buffer, self._state = stripped[len(opener):], after
                    return True
                if opener.startswith(stripped):
                    return False  # the opener may be arriving in pieces
            self._state = "answer"
            return True
        if state == "answer":
            out.append(buffer)
            self._buffer = ""
            return False
        if state == "think":
            return self._read_think(out)
        if state == "after":  # the blank space between a closed block and the answer
            stripped = buffer.lstrip()
            self._buffer = stripped
            if stripped:
                self._state = "answer"
                return True
            return False
        if state == "header":
            at = buffer.find(MESSAGE)
            if at < 0:
                return False
            words = buffer[:at].split()
            self._buffer = buffer[at + len(MESSAGE):]
            reasons = (words[0] if words else "") != ANSWER_CHANNEL
            if not reasons and self._reasoned:
                self._done(out)
            self._channel_reasons = reasons
            self._state, self._fresh = "body", True
            return True
        if state == "body":
            return self._read_body(out)
        # between harmony messages: skip the header up to the next channel
        at = buffer.find(CHANNEL)
        if at >= 0:
            self._buffer, self._state = buffer[at + len(CHANNEL):], "header"
            return True
        if len(buffer) > MAX_BETWEEN:  # not a header after all: text the model wrote
            self._state = "answer" if not self._channel_reasons else "body"
            return True
        return False

    def _read_think(self, out: list[Piece]) -> bool:
        buffer = self._buffer
        if self._fresh:
            buffer = buffer.lstrip()
            self._buffer = buffer
            if not buffer:
                return False
        at = buffer.find(THINK_CLOSE)
        if at >= 0:
            self._reason(out, buffer[:at])
            self._buffer = buffer[at + len(THINK_CLOSE):]
            self._done(out)
            self._state = "after"
            return True
        keep = _held(buffer, (THINK_CLOSE,))
        self._reason(out, buffer[:len(buffer) - keep])
        self._buffer = buffer[len(buffer) - keep:]
        return False

    def _read_body(self, out: list[Piece]) -> bool:
        buffer = self._buffer
        at, tag = _first(buffer, HARMONY_ENDS)
        text = buffer[:at] if at >= 0 else buffer[:len(buffer) - _held(buffer, HARMONY_ENDS)]
        if self._channel_reasons:
            self._reason(out, text)
        elif text:
            out.append(text)
        if at < 0:
            self._buffer = buffer[len(text):]
            return False
        self._buffer = buffer[at + len(tag):]
        self._state = "header" if tag == CHANNEL else "between"
        return True

    def _reason(self, out: list[Piece], text: str) -> None:
        if text:
            out.append(Reasoning(text))
            self._reasoned = True
            self._fresh = False

    def _done(self, out: list[Piece]) -> None:
        out.append(Reasoning("", done=True))
        self._reasoned = False
        self.closed = True


def _merged(pieces: list[Piece]) -> list[Piece]:
    """Neighbouring pieces of one kind as one."""
    merged: list[Piece] = []
    for piece in pieces:
        last = merged[-1] if merged else None
        if isinstance(piece, str) and isinstance(last, str):
            merged[-1] = last + piece
        elif (isinstance(piece, Reasoning) and isinstance(last, Reasoning)
              and not piece.done and not last.done):
            merged[-1] = Reasoning(last.text + piece.text)
        else:
            merged.append(piece)
    return merged


def split_stream(pieces: Iterable[str], start: str = START) -> Iterator[Piece]:
    """A reply's raw text as answer and reasoning pieces (see ReasoningSplitter)."""
    splitter = ReasoningSplitter(start)
    for text in pieces:
        yield from splitter.feed(text)
    yield from splitter.flush()
