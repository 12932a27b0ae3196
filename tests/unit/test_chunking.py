"""Chunks stay within the embedder's limit as its counter counts, follow the structure, carry
true locations, overlap a little within a section, and are cut fast."""

from __future__ import annotations

import itertools
import math
import random
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from app.documents.chunking import chunk
from app.documents.parsing import parse
from app.documents.types import Chunk, ParsedDocument, Section

TOKENIZER = Path(__file__).resolve().parents[2] / "build/embedder/all-MiniLM-L6-v2/tokenizer.json"


def words(text: str) -> int:
    """Tokenizer-like: about 1.3 tokens a word."""
    return math.ceil(len(text.split()) * 1.3)


def _prose(paragraphs: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    vocabulary = ["the", "otter", "river", "stone", "shell", "clam", "urchin", "kelp", "forest",
                  "coast", "swims", "dives", "sleeps", "holds", "hands", "with", "others", "in",
                  "a", "raft", "at", "night", "while", "tide", "turns"]  # fmt: skip
    out = []
    for _ in range(paragraphs):
        sentences = [
            " ".join(rng.choice(vocabulary) for _ in range(rng.randint(5, 25))).capitalize() + "."
            for _ in range(rng.randint(1, 8))
        ]
        out.append(" ".join(sentences))
    return "\n\n".join(out)


def _text_document(text: str) -> ParsedDocument:
    return ParsedDocument("text", "t", (Section(text, "lines 1\u2013999", line=1),))


def _assert_well_formed(chunks: list[Chunk], count: Callable[[str], int], limit: int) -> None:
    assert [c.ordinal for c in chunks] == list(range(len(chunks)))
    assert all(c.text.strip() for c in chunks)
    assert max(count(c.text) for c in chunks) <= limit


def test_every_chunk_fits_the_embedder_and_aims_at_a_few_hundred_tokens() -> None:
    chunks = chunk(_text_document(_prose(300)), words, max_tokens=256)
    _assert_well_formed(chunks, words, 256)
    sizes = sorted(words(c.text) for c in chunks)
    assert sizes[len(sizes) // 2] >= 150  # packed, not one tiny paragraph each


def test_a_larger_embedder_gets_the_target() -> None:
    chunks = chunk(_text_document(_prose(300)), words, target_tokens=300, max_tokens=2048)
    sizes = sorted(words(c.text) for c in chunks)
    assert 200 <= sizes[len(sizes) // 2] <= 300
    assert max(sizes) <= 300 + 300 * 0.15 + 2


def test_no_text_is_lost() -> None:
    text = _prose(120)
    chunks = chunk(_text_document(text), words, overlap=0)
    assert " ".join(" ".join(c.text.split()) for c in chunks) == " ".join(text.split())


def test_chunks_of_one_section_overlap_by_a_sentence_or_so() -> None:
    text = " ".join(f"Sentence number {n} is about otters and rivers." for n in range(300))
    chunks = chunk(_text_document(text), words)
    assert len(chunks) > 3
    for before, after in itertools.pairwise(chunks):
        first_sentence = after.text.split(". ")[0] + "."
        start = before.text.find(first_sentence)
        assert start > 0  # the next chunk begins inside this one
        shared = before.text[start:]
        assert after.text.startswith(shared)
        assert 1 <= words(shared) <= 0.15 * 217 + 1


def test_chunks_do_not_overlap_across_sections() -> None:
    sections = (  # page 1 fills most of a chunk: 160 counted tokens
        Section(" ".join(f"Page 1 sentence {n}." for n in range(40)), "page 1", page=1),
        Section(" ".join(f"Page 2 sentence {n}." for n in range(120)), "page 2", page=2),
    )
    chunks = chunk(ParsedDocument("pdf", "t", sections), words)
    assert chunks[0].location == "page 1" and chunks[0].text == sections[0].text
    assert chunks[1].text.startswith("Page 2 sentence 0.")
    assert chunks[2].text.startswith("Page 2 sentence ") and chunks[2].page == 2


def test_small_pages_are_merged_and_the_location_says_so() -> None:
    sections = tuple(
        Section(f"Short page {p} about otters.", f"page {p}", page=p) for p in range(1, 5)
    )
    chunks = chunk(ParsedDocument("pdf", "t", sections), words)
    assert [(c.location, c.page) for c in chunks] == [("pages 1\u20134", 1)]
    assert chunks[0].text.startswith("Short page 1") and "Short page 4" in chunks[0].text


def test_pages_are_packed_whole_and_one_that_does_not_fit_starts_the_next() -> None:
    full = " ".join(f"Word{n}" for n in range(150))  # 195 counted tokens: most of a chunk
    sections = (
        Section(full, "page 1", page=1),
        Section("Page two.", "page 2", page=2),
        Section(full, "page 3", page=3),
    )
    chunks = chunk(ParsedDocument("pdf", "t", sections), words)
    assert [c.location for c in chunks] == ["pages 1\u20132", "page 3"]
    assert chunks[1].text == full


def test_headings_stay_the_location_of_their_chunks() -> None:
    sections = (
        Section("# Otters\n\n" + _prose(30, seed=2), "§ Otters", line=1),
        Section("# Tools\n\nStones.", "§ Tools", line=200),
    )
    chunks = chunk(ParsedDocument("markdown", "t", sections), words)
    assert {c.location for c in chunks} == {"§ Otters", "§ Tools"} or {
        c.location for c in chunks
    } == {"§ Otters"}
    assert chunks[0].line == 1
    assert all(c.line is not None and c.line >= 1 for c in chunks)


def test_line_numbers_point_at_where_each_chunk_starts(tmp_path: Path) -> None:
    lines = [f"line {n}: " + " ".join(["otter"] * (n % 9 + 1)) for n in range(1, 2001)]
    path = tmp_path / "log.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    chunks = chunk(parse(path), words)
    for piece in chunks:
        assert piece.line is not None
        assert piece.text.split("\n")[0] == lines[piece.line - 1]
        first, _, last = piece.location.removeprefix("lines ").partition("\u2013")
        assert int(first) == piece.line
        assert lines[int(last or first) - 1] == piece.text.split("\n")[-1]


def test_code_chunks_are_the_files_lines_exactly(tmp_path: Path) -> None:
    source = Path(__file__).read_text(encoding="utf-8")
    path = tmp_path / "copy.py"
    path.write_text(source, encoding="utf-8")
    lines = source.split("\n")
    for piece in chunk(parse(path), words, max_tokens=128):
        assert piece.line is not None
        body = piece.text.split("\n")
        assert lines[piece.line - 1 : piece.line - 1 + len(body)] == body


def test_a_long_line_without_spaces_is_cut_by_characters() -> None:
    line = "x" * 100_000
    chunks = chunk(_text_document(line), len, max_tokens=256, overlap=0)
    _assert_well_formed(chunks, len, 256)
    assert "".join(c.text for c in chunks) == line


def test_a_long_line_counted_as_one_token_is_still_cut_to_readable_passages() -> None:
    line = "x" * 100_000
    chunks = chunk(_text_document(line), lambda text: 3, overlap=0)
    assert "".join(c.text for c in chunks) == line
    assert max(len(c.text) for c in chunks) <= 256 * 16


def test_text_without_spaces_or_stops_is_cut_by_characters_too() -> None:
    text = "川のラッコは手をつないで眠ります" * 2000  # no sentence end, no space

    def per_character(piece: str) -> int:
        return len(piece) + 2

    chunks = chunk(_text_document(text), per_character, overlap=0)
    _assert_well_formed(chunks, per_character, 256)
    assert "".join(c.text for c in chunks) == text


def test_an_empty_document_has_no_chunks() -> None:
    assert chunk(ParsedDocument("text", "t", ()), words) == []


def test_a_counter_that_counts_joins_differently_is_still_obeyed() -> None:
    # a counter whose whole is larger than its parts: every join costs 40 tokens
    def join_penalty(text: str) -> int:
        return words(text) + 40 * text.count("\n\n")

    sections = tuple(
        Section(f"Paragraph {n} about otters.", f"page {n}", page=n) for n in range(60)
    )
    chunks = chunk(ParsedDocument("pdf", "t", sections), join_penalty, max_tokens=100)
    _assert_well_formed(chunks, join_penalty, 100)


def test_a_megabyte_of_text_is_parsed_and_chunked_in_well_under_a_second(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    text = _prose(6000)
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size > 1_000_000
    calls = 0

    def counted(piece: str) -> int:
        nonlocal calls
        calls += 1
        return words(piece)

    started = time.perf_counter()
    chunks = chunk(parse(path), counted)
    elapsed = time.perf_counter() - started
    _assert_well_formed(chunks, words, 256)
    assert elapsed < 1.0, elapsed  # about 0.1 s alone; the bound leaves room for a busy machine
    # each paragraph counted once and each chunk once, not every candidate piece
    assert calls <= text.count("\n\n") + 1 + len(chunks)


@pytest.mark.skipif(not TOKENIZER.exists(), reason="the bundled embedder is not built here")
def test_the_real_tokenizer_keeps_every_chunk_within_256() -> None:
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(TOKENIZER))
    tokenizer.no_truncation()
    tokenizer.no_padding()

    def count(text: str) -> int:
        return len(tokenizer.encode(text).ids)  # with [CLS] and [SEP], as the embedder reads

    text = _prose(400) + "\n\n" + "日本語の文章です。" * 300 + "\n\n" + "a-b_c/d" * 3000
    chunks = chunk(_text_document(text), count, max_tokens=256)
    _assert_well_formed(chunks, count, 256)
    assert sorted(count(c.text) for c in chunks)[len(chunks) // 2] >= 120
