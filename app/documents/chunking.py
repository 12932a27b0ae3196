"""Cutting a parsed document into passages that the embedder reads whole.

Structure first: a chunk ends at a section's end (a page, a heading's body, a run of lines)
where it can, else at a paragraph, a line, a sentence, a word, and for pathological text (a
100 KB line without spaces) at a character count. Small sections are packed together up to
the target, and the location says so ("pages 3-4", "lines 10-42", with an en dash).
Consecutive chunks of one section share a sentence or so, so a passage cut in two is still
found whole in one of them.

The cost is the tokenizer, so each paragraph is counted once and chunks are packed by the sum;
a paragraph too long for one chunk is cut into pieces sized by its own characters-per-token
(an estimate) and each piece counted once. A chunk of several pieces is counted once more
whole, and none is longer than `max_tokens`: an embedder cuts a longer text silently
(llama.cpp at n_batch).
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.documents.types import Chunk, ParsedDocument, Section

EN_DASH = "\u2013"

# Why a chunk may start at an atom: how strong a boundary lies before it.
_SECTION, _PARAGRAPH, _LINE, _INSIDE = 3, 2, 1, 0

# Below the embedder's limit, to leave room for the overlap and for a tokenizer that counts
# a joined text a little differently from its parts.
_TARGET_SHARE_OF_MAX = 0.85
# A chunk is also kept to a length a person can read as a citation: a tokenizer may count a
# 100 KB run of one character as a single unknown token.
_CHARS_PER_MAX_TOKEN = 16
# A paragraph this many times longer than a chunk is cut without counting it whole first:
# a sample of it says how dense it is, and its pieces are counted anyway.
_SAMPLE_CHARS = 4096

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\f\v]*\n(?:[ \t\f\v]*\n)*")
_SENTENCE_END = re.compile(
    r"(?<=[.!?\u2026\u3002\uff01\uff1f])[\"'\u201d\u2019\u00bb)\]]*\s+|(?<=[\u3002\uff01\uff1f])"
)
_SPACE = re.compile(r"\s+")
_LINES_LOCATION = re.compile(r"^lines? \d+")


@dataclass(frozen=True)
class _Atom:
    """A run of one section's text, [start, end), that is never cut again."""

    section: int
    start: int
    end: int
    tokens: int
    strength: int


def chunk(
    document: ParsedDocument,
    count_tokens: Callable[[str], int],
    target_tokens: int = 300,
    max_tokens: int = 256,
    overlap: float = 0.15,
) -> list[Chunk]:
    """The document's chunks in order, ordinals 0..n-1, each at most `max_tokens` as
    `count_tokens` (the embedder's own count, special tokens included) counts it.

    Chunks aim at `target_tokens` where the embedder allows, else a little under its limit;
    `overlap` is the share of that aim that consecutive chunks of a section may repeat."""
    if max_tokens < 1:
        raise ValueError("max_tokens must be at least 1")
    budget = max(1, min(target_tokens, int(max_tokens * _TARGET_SHARE_OF_MAX)))
    cutter = _Cutter(document.sections, count_tokens, budget, max_tokens, overlap)
    return cutter.run()


class _Cutter:
    def __init__(
        self,
        sections: Sequence[Section],
        count_tokens: Callable[[str], int],
        budget: int,
        max_tokens: int,
        overlap: float,
    ) -> None:
        self._sections = sections
        self._count = count_tokens
        self._budget = budget
        self._max = max_tokens
        self._overlap_tokens = int(budget * max(0.0, min(overlap, 0.5)))
        self._max_chars = max(64, max_tokens * _CHARS_PER_MAX_TOKEN)
        self._atoms: list[_Atom] = []
        self._newlines: dict[int, list[int]] = {}

    def run(self) -> list[Chunk]:
        for index, section in enumerate(self._sections):
            self._atomize(index, section.text)
        return self._pack()

    def _tokens(self, text: str) -> int:
        # ceil: an estimating counter may answer 3.9, and a chunk must not pass for shorter
        return max(0, math.ceil(self._count(text)))

    # --- atoms: paragraphs, or pieces of a paragraph too long for one chunk ----------------

    def _atomize(self, section: int, text: str) -> None:
        strength = _SECTION
        for start, end in _pieces(text, 0, len(text), _PARAGRAPH_BREAK, keep_indent=True):
            if end - start > 4 * self._max_chars:
                sample = min(end - start, _SAMPLE_CHARS)
                estimate = self._tokens(text[start : start + sample]) * (end - start) // sample
                self._split(section, text, start, end, max(1, estimate), strength, level=0)
                strength = _PARAGRAPH
                continue
            tokens = self._tokens(text[start:end])
            if self._fits_one(tokens, start, end):
                self._atoms.append(_Atom(section, start, end, tokens, strength))
            else:
                self._split(section, text, start, end, tokens, strength, level=0)
            strength = _PARAGRAPH

    def _fits_one(self, tokens: int, start: int, end: int) -> bool:
        return tokens <= self._budget and end - start <= self._max_chars

    def _split(
        self, section: int, text: str, start: int, end: int, tokens: int, strength: int, level: int
    ) -> None:
        """Cut text[start:end] (`tokens` long, over the budget) at the first level of lines,
        sentences, words, characters that cuts it at all."""
        ratio = tokens / max(end - start, 1)  # tokens per character, this text's own
        group_chars = max(1, min(self._max_chars // 3, int(self._budget / 3 / max(ratio, 1e-9))))
        pieces: list[tuple[int, int]] = []
        level = min(level, 3)  # characters: cut again, smaller, by this piece's own ratio
        while level < 4:
            if level == 0:
                pieces = [(a, b) for a, b in _line_spans(text, start, end) if text[a:b].strip()]
            elif level == 1:
                pieces = _pieces(text, start, end, _SENTENCE_END)
            elif level == 2:
                pieces = _pieces(text, start, end, _SPACE)
            else:
                pieces = [(a, min(a + group_chars, end)) for a in range(start, end, group_chars)]
            if len(pieces) > 1:
                break
            level += 1
        if len(pieces) <= 1:
            # A single character over the budget: nothing smaller to cut it into.
            self._atoms.append(_Atom(section, start, end, tokens, strength))
            return
        piece_strength = _LINE if level == 0 else _INSIDE
        # Group neighbouring pieces by the estimate, so a paragraph of a thousand short lines
        # costs tens of counts, not a thousand; each group is then counted once.
        group: list[tuple[int, int]] = []
        for piece in [*pieces, None]:
            if piece is not None and (not group or piece[1] - group[0][0] <= group_chars):
                group.append(piece)
                continue
            first_strength = strength if group[0][0] == pieces[0][0] else piece_strength
            self._add_group(section, text, group, first_strength, piece_strength, level)
            group = [piece] if piece is not None else []

    def _add_group(
        self,
        section: int,
        text: str,
        group: list[tuple[int, int]],
        first_strength: int,
        piece_strength: int,
        level: int,
    ) -> None:
        start, end = group[0][0], group[-1][1]
        tokens = self._tokens(text[start:end])
        if self._fits_one(tokens, start, end):
            self._atoms.append(_Atom(section, start, end, tokens, first_strength))
            return
        for number, (a, b) in enumerate(group):
            piece_tokens = tokens if len(group) == 1 else self._tokens(text[a:b])
            strength = first_strength if number == 0 else piece_strength
            if self._fits_one(piece_tokens, a, b):
                self._atoms.append(_Atom(section, a, b, piece_tokens, strength))
            else:
                self._split(section, text, a, b, piece_tokens, strength, level + 1)

    # --- packing atoms into chunks ---------------------------------------------------------

    def _pack(self) -> list[Chunk]:
        atoms = self._atoms
        chunks: list[Chunk] = []
        first = 0
        lead: int | None = None  # where the overlap with the previous chunk starts
        lead_tokens = 0
        while first < len(atoms):
            total = lead_tokens
            chars = 0 if lead is None else atoms[first].start - lead
            stop = first
            while stop < len(atoms) and (
                stop == first
                or (
                    total + atoms[stop].tokens <= self._budget
                    and chars + atoms[stop].end - atoms[stop].start <= self._max_chars
                )
            ):
                total += atoms[stop].tokens
                chars += atoms[stop].end - atoms[stop].start
                stop += 1
            if stop < len(atoms):
                stop = self._best_cut(first, stop, lead_tokens)
            text = self._text(first, stop, lead)
            while not self._fits(first, stop, lead_tokens if lead is not None else None, text):
                # The parts fitted but the whole does not (a tokenizer that joins them
                # differently): drop the overlap, then give atoms back to the next chunk.
                if lead is not None:
                    lead, lead_tokens = None, 0
                elif stop - first > 1:
                    stop = first + (stop - first) // 2
                else:
                    break  # one atom, counted alone: within the budget, or not cuttable
                text = self._text(first, stop, lead)
            chunks.append(self._chunk(len(chunks), first, stop, lead, text))
            if stop < len(atoms) and atoms[stop].strength < _SECTION:
                lead, lead_tokens = self._lead(atoms[stop - 1])
            else:
                lead, lead_tokens = None, 0
            first = stop
        return chunks

    def _fits(self, first: int, stop: int, lead_tokens: int | None, text: str) -> bool:
        """Whether the chunk's text is within max_tokens. One atom was counted alone; a chunk
        of several is counted whole, since only the embedder's own count of the whole is
        sure (a tokenizer may count a join, or merge across it)."""
        if stop - first == 1 and lead_tokens is None:
            return self._atoms[first].tokens <= self._max
        return self._tokens(text) <= self._max

    def _best_cut(self, first: int, stop: int, lead_tokens: int) -> int:
        """Where to end a chunk that holds atoms[first:stop] and is full: at the strongest
        boundary that still leaves it at least half full, the latest of those."""
        atoms = self._atoms
        best, best_strength = stop, atoms[stop].strength
        filled = lead_tokens + sum(atom.tokens for atom in atoms[first:stop])
        for cut in range(stop - 1, first, -1):
            filled -= atoms[cut].tokens
            if filled < self._budget // 2:
                break
            if atoms[cut].strength > best_strength:
                best, best_strength = cut, atoms[cut].strength
        return best

    def _lead(self, atom: _Atom) -> tuple[int | None, int]:
        """The tail of `atom` that the next chunk repeats: its last lines, or for a single
        line (a paragraph of prose) its last sentences, within the overlap; or nothing."""
        if self._overlap_tokens <= 0:
            return None, 0
        text = self._sections[atom.section].text
        starts = [a for a, b in _line_spans(text, atom.start, atom.end) if text[a:b].strip()]
        if len(starts) <= 1:
            starts = [a for a, _ in _pieces(text, atom.start, atom.end, _SENTENCE_END)]
        chosen: tuple[int | None, int] = (None, 0)
        for start in reversed(starts):
            line_start = max(atom.start, text.rfind("\n", atom.start, start) + 1)
            if not text[line_start:start].strip():
                start = line_start  # keep the indent: code keeps its lines exactly
            tokens = self._tokens(text[start : atom.end])
            if tokens > self._overlap_tokens:
                break
            chosen = (start, tokens)
        return chosen

    # --- the chunk's text and where it points ----------------------------------------------

    def _runs(self, first: int, stop: int, lead: int | None) -> list[tuple[int, int, int]]:
        """(section, start, end) for each section the chunk touches, in order."""
        runs: list[tuple[int, int, int]] = []
        for atom in self._atoms[first:stop]:
            if runs and runs[-1][0] == atom.section:
                runs[-1] = (atom.section, runs[-1][1], atom.end)
            else:
                runs.append((atom.section, atom.start, atom.end))
        if lead is not None:
            section, _, end = runs[0]
            runs[0] = (section, lead, end)
        return runs

    def _text(self, first: int, stop: int, lead: int | None) -> str:
        parts: list[str] = []
        previous: tuple[int, int] | None = None
        for section, start, end in self._runs(first, stop, lead):
            if previous is not None:
                # Sections of one file's lines are joined by the line breaks between them, so
                # a chunk of code is its lines exactly and its line numbers stay true.
                last = self._line_of(previous[0], previous[1] - 1)
                next_line = self._line_of(section, start)
                gap = next_line - last if last is not None and next_line is not None else 0
                parts.append("\n" * gap if gap > 0 else "\n\n")
            parts.append(self._sections[section].text[start:end])
            previous = (section, end)
        return "".join(parts)

    def _line_of(self, section: int, offset: int) -> int | None:
        line = self._sections[section].line
        if line is None:
            return None
        newlines = self._newlines.get(section)
        if newlines is None:
            text = self._sections[section].text
            newlines = [match.start() for match in re.finditer("\n", text)]
            self._newlines[section] = newlines
        return line + bisect.bisect_left(newlines, offset)

    def _chunk(self, ordinal: int, first: int, stop: int, lead: int | None, text: str) -> Chunk:
        runs = self._runs(first, stop, lead)
        head, tail = runs[0], runs[-1]
        section = self._sections[head[0]]
        location = section.location
        line = self._line_of(head[0], head[1])
        pages = [self._sections[s].page for s, _, _ in runs]
        if section.page is not None and pages[-1] is not None and pages[-1] != section.page:
            location = f"pages {section.page}{EN_DASH}{pages[-1]}"
        elif line is not None and _LINES_LOCATION.match(location):
            last = self._line_of(tail[0], tail[2] - 1)
            if last is None or last == line:
                location = f"line {line}"
            else:
                location = f"lines {line}{EN_DASH}{last}"
        return Chunk(ordinal, text, location, page=section.page, line=line)


def _pieces(
    text: str, start: int, end: int, separator: re.Pattern[str], *, keep_indent: bool = False
) -> list[tuple[int, int]]:
    """text[start:end] cut at `separator`, each piece without the white space around it
    (but with its first line's indent, with `keep_indent`: code keeps its lines exactly)."""
    pieces: list[tuple[int, int]] = []
    position = start
    for match in separator.finditer(text, start, end):
        _add_stripped(text, position, match.start(), pieces, keep_indent)
        position = match.end()
    _add_stripped(text, position, end, pieces, keep_indent)
    return pieces


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    position = start
    while position < end:
        newline = text.find("\n", position, end)
        stop = end if newline < 0 else newline
        spans.append((position, stop))
        position = stop + 1
    return spans


def _add_stripped(
    text: str, start: int, end: int, into: list[tuple[int, int]], keep_indent: bool = False
) -> None:
    line_start = start
    while start < end and text[start].isspace():
        if text[start] == "\n":
            line_start = start + 1
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        into.append((line_start if keep_indent else start, end))
