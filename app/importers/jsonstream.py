"""The items of a top-level JSON array, read one at a time from a stream.

A ChatGPT export is one JSON array of every conversation, 200 MB and more. json.load would
hold all of it, and its objects, at once (several times the file's size). Here the text is
read in chunks and each item is decoded with JSONDecoder.raw_decode as soon as it is whole,
so memory holds about one conversation whatever the file's size. An item that grows past
MAX_ITEM_CHARS is stepped over without being kept, and told as skipped."""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

CHUNK = 1 << 20
# One conversation's JSON larger than this is stepped over (told, not kept): holding it and
# its decoded objects would break the import's memory bound. ChatGPT's are rarely over 1 MB.
MAX_ITEM_CHARS = 32 * 1024 * 1024

_IN_STRING = re.compile(r'["\\]')
_STRUCTURE = re.compile(r'["{}\[\]]')
_DECODER = json.JSONDecoder()


@dataclass(frozen=True)
class TooLarge:
    """An item stepped over, not kept: too large, or (`deep`) nested deeper than Python's
    recursion reaches."""

    index: int
    chars: int
    deep: bool = False

    @property
    def reason(self) -> str:
        if self.deep:
            return "it is nested deeper than any export writes"
        return (f"it is {self.chars / 1e6:.0f} MB of text, more than Hearth reads as one "
                "conversation")


class BrokenJson(Exception):
    """The text stops being JSON at item `index` (0-based); the items before it were read."""

    def __init__(self, index: int, reason: str, cut_off: bool) -> None:
        super().__init__(reason)
        self.index = index
        self.reason = reason
        self.cut_off = cut_off  # the file ends in the middle (a truncated download)


class _Text:
    """UTF-8 text from a binary stream, a chunk at a time (a byte-order mark dropped)."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self._decoder = codecs.getincrementaldecoder("utf-8")("replace")
        self.eof = False
        self._started = False

    def read(self, size: int = CHUNK) -> str:
        if self.eof:
            return ""
        data = self._stream.read(size)
        if not data:
            self.eof = True
            return self._decoder.decode(b"", final=True)
        text = self._decoder.decode(data)
        if not self._started and text:
            self._started = True
            text = text.removeprefix("\ufeff")
        return text


def items(stream: IO[bytes], max_item_chars: int = MAX_ITEM_CHARS) -> Iterator[Any]:
    """Each item of the top-level array (or the one top-level object) in stream, as decoded
    JSON, or TooLarge for one stepped over. Raises BrokenJson where the text stops being
    JSON; what was yielded before stays good."""
    text = _Text(stream)
    buf, pos = text.read(), 0
    while True:
        pos = _skip_space(buf, pos)
        if pos < len(buf) or text.eof:
            break
        buf, pos = text.read(), 0
    if pos >= len(buf):
        raise BrokenJson(0, "the file is empty", cut_off=True)
    if buf[pos] == "{":
        yield from _one_object(text, buf, pos, max_item_chars)
        return
    if buf[pos] != "[":
        raise BrokenJson(0, "it is not JSON (it does not start with [ or {)", cut_off=False)
    pos += 1
    index = 0
    expect_item = True
    while True:
        pos = _skip_space(buf, pos)
        if pos >= len(buf):
            if text.eof:
                raise BrokenJson(index, "the file ends before the list is closed", cut_off=True)
            buf, pos = buf[pos:] + text.read(), 0
            continue
        char = buf[pos]
        if char == "]" and (not expect_item or index == 0):
            return
        if char == "," and not expect_item:
            pos += 1
            expect_item = True
            continue
        if not expect_item:
            raise BrokenJson(index, f"a comma is missing before item {index + 1}",
                             cut_off=False)
        try:
            value, end = _DECODER.raw_decode(buf, pos)
        except RecursionError:
            chars, buf, pos = _step_over(text, buf, pos)
            if pos < 0:
                raise BrokenJson(index, "the file ends inside this item",
                                 cut_off=True) from None
            yield TooLarge(index, chars, deep=True)
            index += 1
            expect_item = False
            continue
        except json.JSONDecodeError as exc:
            if text.eof:
                raise BrokenJson(index, _reason(exc, buf, pos),
                                 cut_off=_ends_inside(buf, pos)) from None
            if len(buf) - pos > max_item_chars:
                chars, buf, pos = _step_over(text, buf, pos)
                if pos < 0:
                    raise BrokenJson(index, "the file ends inside this item",
                                     cut_off=True) from None
                yield TooLarge(index, chars)
                index += 1
                expect_item = False
                continue
            # read as much again as is held: an item of n characters is tried log(n) times
            buf, pos = buf[pos:] + text.read(max(CHUNK, len(buf) - pos)), 0
            continue
        # the same limit whether or not the item came in one read
        yield value if end - pos <= max_item_chars else TooLarge(index, end - pos)
        index += 1
        expect_item = False
        pos = end
        if pos > CHUNK:
            buf, pos = buf[pos:], 0


def _one_object(text: _Text, buf: str, pos: int, max_chars: int) -> Iterator[Any]:
    while not text.eof and len(buf) - pos <= max_chars:
        buf += text.read(max(CHUNK, len(buf)))
    if not text.eof:
        yield TooLarge(0, len(buf) - pos)
        return
    try:
        value, end = _DECODER.raw_decode(buf, pos)
    except json.JSONDecodeError as exc:
        raise BrokenJson(0, _reason(exc, buf, pos), cut_off=_ends_inside(buf, pos)) from None
    if buf[end:].strip():
        raise BrokenJson(1, "there is more text after the JSON object", cut_off=False)
    yield value if end - pos <= max_chars else TooLarge(0, end - pos)


_SPACE = re.compile(r"[ \t\r\n]*")


def _skip_space(buf: str, pos: int) -> int:
    # one match, not a character at a time: 300 MB of spaces in a small ZIP took 32 s
    found = _SPACE.match(buf, pos)
    return found.end() if found is not None else pos


def _ends_inside(buf: str, pos: int) -> bool:
    """Whether the item at pos is merely unfinished (the file was cut) rather than wrong: the
    structure scan is still inside it when the text ends."""
    depth, in_string, index = 0, False, pos
    while index < len(buf):
        if in_string:
            found = _IN_STRING.search(buf, index)
            if found is None:
                return True
            if found.group() == "\\":
                index = found.end() + 1
                continue
            in_string, index = False, found.end()
            continue
        found = _STRUCTURE.search(buf, index)
        if found is None:
            return depth > 0
        index = found.end()
        char = found.group()
        if char == '"':
            in_string = True
        elif char in "{[":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return False
    return True


def _step_over(text: _Text, buf: str, pos: int) -> tuple[int, str, int]:
    """Move past the value starting at pos without keeping it. Returns the characters it
    had, the buffer and the position after it (-1 when the text ended inside it)."""
    depth, in_string, chars = 0, False, 0
    while True:
        while pos < len(buf):
            if in_string:
                found = _IN_STRING.search(buf, pos)
                if found is None:
                    pos = len(buf)
                    break
                if found.group() == "\\":
                    pos = found.end() + 1  # the escaped character, maybe in the next chunk
                    continue
                in_string, pos = False, found.end()
                continue
            found = _STRUCTURE.search(buf, pos)
            if found is None:
                pos = len(buf)
                break
            pos = found.end()
            char = found.group()
            if char == '"':
                in_string = True
            elif char in "{[":
                depth += 1
            else:
                depth -= 1
                if depth == 0:
                    return chars + pos, buf[pos:], 0
        if text.eof:
            return chars + len(buf), "", -1
        carry = pos - len(buf)
        chars += len(buf)
        buf, pos = text.read(), carry


def _reason(exc: json.JSONDecodeError, buf: str, pos: int) -> str:
    line = buf.count("\n", 0, exc.pos) + 1 if exc.pos - pos < 10_000_000 else None
    where = f" (line {line} of this item's text)" if line else ""
    return f"{exc.msg}{where}"


def count_keys(stream: IO[bytes], key: bytes) -> int:
    """How many times a JSON key ("mapping") occurs, by a byte scan with no decoding: inside
    a JSON string a quote is always escaped, so `"key"` with bare quotes is a key (or a
    whole string value), never a part of some text."""
    needle = b'"' + key + b'"'
    count, tail = 0, b""
    while True:
        data = stream.read(CHUNK * 4)
        if not data:
            return count
        block = tail + data
        count += block.count(needle)
        # keep the end that could hold the start of a needle split across two reads
        tail = block[-(len(needle) - 1):]
