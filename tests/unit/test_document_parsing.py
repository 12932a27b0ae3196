"""Real files, made here, read by the real parsers: each readable kind gives its sections and
locations, and each hostile file gets its own message."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import docx
import pytest
from fpdf import FPDF
from PIL import Image

import app.documents.parsing as parsing
from app.documents.parsing import ParseLimits, parse
from app.documents.types import DocumentProblem


def _problem(path: Path, limits: ParseLimits | None = None) -> str:
    with pytest.raises(DocumentProblem) as raised:
        parse(path, limits or ParseLimits())
    return str(raised.value)


def _text_pdf(path: Path, pages: int = 3) -> Path:
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for number in range(1, pages + 1):
        pdf.add_page()
        pdf.multi_cell(0, 10, f"Page {number} is about the river otter number {number}. " * 4)
    path.write_bytes(bytes(pdf.output()))
    return path


# --- readable files ------------------------------------------------------------------------


def test_a_pdf_gives_one_section_per_page(tmp_path: Path) -> None:
    document = parse(_text_pdf(tmp_path / "otters.pdf"))
    assert document.kind == "pdf"
    assert document.title == "otters"
    assert [(s.location, s.page) for s in document.sections] == [
        ("page 1", 1),
        ("page 2", 2),
        ("page 3", 3),
    ]
    assert "river otter number 2" in document.sections[1].text


def test_a_pdf_named_txt_is_read_as_a_pdf(tmp_path: Path) -> None:
    path = _text_pdf(tmp_path / "otters.pdf").rename(tmp_path / "notes.txt")
    assert parse(path).kind == "pdf"


def test_a_word_file_is_split_at_its_headings(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_paragraph("A note before any heading.")
    word.add_heading("Otters", level=1)
    word.add_paragraph("Otters hold hands while they sleep.")
    word.add_heading("Tools", level=2)
    word.add_paragraph("They crack shells with stones.")
    table = word.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "stone"
    table.cell(0, 1).text = "shell"
    path = tmp_path / "report.docx"
    word.save(str(path))

    document = parse(path)
    assert document.kind == "docx"
    assert document.title == "Otters"
    assert [s.location for s in document.sections] == ["paragraph 1", "Otters", "Tools"]
    assert document.sections[1].text == "Otters\n\nOtters hold hands while they sleep."
    assert "stone | shell" in document.sections[2].text


def test_a_web_page_keeps_its_article_and_drops_navigation(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Otters of the North</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/shop'>Shop the sale</a></nav>"
        "<article><h1>Otters of the North</h1><p>Sea otters hold hands while they sleep so "
        "that they do not drift apart; they eat sea urchins, clams and crabs.</p>"
        "<h2>Tools</h2><p>Otters use stones to crack open shells, one of the few mammals "
        "other than primates to use tools. They keep a favourite stone under the arm.</p>"
        "</article><footer>Copyright 2024 Example Corp. Privacy policy. Cookie settings."
        "</footer></body></html>",
        encoding="utf-8",
    )
    document = parse(path)
    text = "\n".join(s.text for s in document.sections)
    assert document.kind == "html"
    assert document.title == "Otters of the North"
    assert "hold hands while they sleep" in text and "favourite stone" in text
    assert "Shop the sale" not in text and "Cookie settings" not in text
    assert [s.location for s in document.sections] == ["§ Otters of the North", "§ Tools"]


def test_a_web_page_that_is_all_boilerplate_still_gives_its_text(tmp_path: Path) -> None:
    path = tmp_path / "tiny.htm"
    path.write_text("<html><body><p>hi there</p></body></html>", encoding="utf-8")
    assert [s.text for s in parse(path).sections] == ["hi there"]


def test_markdown_is_split_at_headings_outside_code_with_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text(
        "Preface.\n\n# Otters\n\nThey sleep.\n\n```\n# not a heading\n```\n\nTools\n-----\n"
        "Stones.\n",
        encoding="utf-8",
    )
    document = parse(path)
    assert document.title == "Otters"
    assert [(s.location, s.line) for s in document.sections] == [
        ("line 1", 1),
        ("§ Otters", 3),
        ("§ Tools", 11),
    ]
    assert "# not a heading" in document.sections[1].text


def test_code_keeps_its_lines_exactly(tmp_path: Path) -> None:
    lines = [f"    value_{n} = {n}  # keep  spacing" if n % 7 else "" for n in range(1, 151)]
    path = tmp_path / "module.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    document = parse(path, ParseLimits(code_lines_per_section=60))
    assert document.kind == "code"
    for section in document.sections:
        assert section.line is not None
        first = section.line - 1
        body = section.text.split("\n")
        assert lines[first : first + len(body)] == body
        assert section.location == f"lines {section.line}\u2013{section.line + len(body) - 1}"
    assert sum(len(s.text.split("\n")) for s in document.sections) == 150


def test_text_paragraphs_keep_their_first_line(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("First line\nsecond line\n\n\nThird paragraph\n", encoding="utf-8")
    document = parse(path)
    assert [(s.location, s.line, s.text) for s in document.sections] == [
        ("lines 1\u20132", 1, "First line\nsecond line"),
        ("line 5", 5, "Third paragraph"),
    ]


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("utf-16", "Grüße aus Köln, über die Straße."),  # with a BOM
        ("utf-16-le", "Grüße aus Köln, über die Straße."),  # without one
        ("utf-8-sig", "Grüße aus Köln, über die Straße."),
        ("latin-1", "Le café où nous déjeunions était fermé. " * 20),
        ("shift_jis", "川のラッコは手をつないで眠ります。" * 20),
    ],
)
def test_text_in_other_encodings_is_decoded(tmp_path: Path, encoding: str, text: str) -> None:
    path = tmp_path / "letter.txt"
    path.write_bytes(text.encode(encoding))
    assert parse(path).sections[0].text.strip() == text.strip()


def test_a_non_ascii_path_is_read(tmp_path: Path) -> None:
    folder = tmp_path / "Dokumente Ä 日本"
    folder.mkdir()
    path = _text_pdf(folder / "Überblick über Otter — ラッコ.pdf", pages=1)
    assert parse(path).sections[0].page == 1
    text = folder / "Notizen ß.txt"
    text.write_text("Hallo", encoding="utf-8")
    assert parse(text).sections[0].text == "Hallo"


def test_an_unknown_extension_with_text_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "README.weird"
    path.write_text("Plain words.", encoding="utf-8")
    assert parse(path).kind == "text"


# --- hostile files -------------------------------------------------------------------------


def test_an_encrypted_pdf_says_so(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    pdf.add_page()
    pdf.cell(text="secret")
    pdf.set_encryption(owner_password="owner", user_password="user")
    path = tmp_path / "locked.pdf"
    path.write_bytes(bytes(pdf.output()))
    assert _problem(path) == "It is password-protected."


def test_a_scanned_pdf_without_text_says_so(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.image(Image.new("RGB", (120, 60), "white"), x=10, y=10, w=100)
    path = tmp_path / "scan.pdf"
    path.write_bytes(bytes(pdf.output()))
    assert _problem(path) == "No text in it: its pages are images (a scan?)."


def test_a_damaged_pdf_says_so(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n" + os.urandom(2000))
    assert _problem(path) == "The PDF could not be read: it is damaged."


def test_a_zip_bomb_posing_as_word_is_refused_before_it_is_unpacked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as member:
            block = b"\0" * (1 << 20)
            for _ in range(64):
                member.write(block)
    assert path.stat().st_size < 200_000

    import docx as python_docx

    def must_not_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("python-docx opened a zip bomb")

    monkeypatch.setattr(python_docx, "Document", must_not_open)
    message = _problem(path)
    assert message.startswith("It would unpack to 67 MB from ")
    assert message.endswith("(a zip bomb?).")
    # the total alone, with members that compress only modestly
    assert _problem(path, ParseLimits(max_unpacked_bytes=10_000_000)).endswith("(a zip bomb?).")


def test_a_zip_without_a_document_named_docx_is_not_a_word_document(tmp_path: Path) -> None:
    path = tmp_path / "photos.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.txt", "not a picture")
    assert _problem(path) == "Not a Word document: a zip archive without a document in it."


def test_a_corrupt_word_file_names_its_kind(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<not really xml")
    assert _problem(path).startswith("The Word document could not be read: ")


def test_a_huge_text_file_is_refused_by_its_size_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as sparse:  # 2 GB on paper, nothing on disk
        sparse.truncate(2_000_000_000)
    assert _problem(path) == "Too large to index: 2.0 GB (the limit is 64 MB)."


def test_a_file_that_grows_past_the_limit_is_not_read_past_it(tmp_path: Path) -> None:
    path = tmp_path / "growing.txt"
    path.write_text("a" * 5_000, encoding="utf-8")
    # the size looked at first was fine; what is read is still bounded
    with path.open("rb") as handle, pytest.raises(DocumentProblem) as raised:
        parsing._read_bounded(handle, 4_000)
    assert str(raised.value) == "Too large to index: over 4 kB."


def test_binary_content_named_txt_is_not_text(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 40)
    assert _problem(path) == "Not text: it looks like a binary file."


def test_binary_content_with_an_unknown_extension_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "blob.bin"
    path.write_bytes(b"\x7fELF\x02\x01\x01\0" + bytes(range(256)) * 10)
    assert _problem(path) == "Not a document Hearth reads: a binary file (.bin)."


def test_an_empty_file_says_so(tmp_path: Path) -> None:
    path = tmp_path / "empty.md"
    path.touch()
    assert _problem(path) == "It is empty."
    blank = tmp_path / "blank.txt"
    blank.write_text("\n  \n\t\n", encoding="utf-8")
    assert _problem(blank) == "It has no text, only blank space."


def test_a_directory_says_so(tmp_path: Path) -> None:
    assert _problem(tmp_path) == "It is a folder, not a file."


def test_a_missing_file_says_so(tmp_path: Path) -> None:
    assert _problem(tmp_path / "gone.txt") == "It is not there any more (moved or deleted?)."


def test_a_broken_symlink_says_so(tmp_path: Path) -> None:
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    assert _problem(link) == "It is a link to something that is not there."


def test_symlink_loops_say_so(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    assert _problem(loop) == "It is a link that loops back on itself."
    # a folder that links to its own parent: walking it never ends, reading it is refused
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "parent").symlink_to(folder)
    assert _problem(folder / "parent" / "parent" / "parent") == "It is a folder, not a file."


def test_an_unreadable_file_says_so(tmp_path: Path) -> None:
    path = tmp_path / "private.txt"
    path.write_text("secret", encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("permissions do not bind here (running as root)")
        assert _problem(path) == "Hearth may not read it (permission denied)."
    finally:
        path.chmod(0o600)


def test_a_file_deleted_while_being_read_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "fleeting.txt"
    path.write_text("Here for a moment.", encoding="utf-8")
    real_parse_text = parsing._parse_text

    def deleted_midway(*args: object) -> object:
        document = real_parse_text(*args)  # type: ignore[arg-type]
        path.unlink()
        return document

    monkeypatch.setitem(parsing._READERS, parsing.TEXT_KIND, deleted_midway)
    assert _problem(path) == "It was deleted while being read."


def test_a_file_changed_while_being_read_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "busy.txt"
    path.write_text("First draft.", encoding="utf-8")
    real_parse_text = parsing._parse_text

    def appended_midway(*args: object) -> object:
        document = real_parse_text(*args)  # type: ignore[arg-type]
        with path.open("a", encoding="utf-8") as more:
            more.write(" Second draft.")
        return document

    monkeypatch.setitem(parsing._READERS, parsing.TEXT_KIND, appended_midway)
    assert _problem(path) == "It changed while being read: try again once it is saved."


def test_a_parser_failure_names_the_kind_of_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "page.html"
    path.write_text("<html><body><p>Words.</p></body></html>", encoding="utf-8")

    def explodes(*args: object) -> None:
        raise ValueError("lxml choked on something")

    monkeypatch.setitem(parsing._READERS, parsing.HTML_KIND, explodes)
    assert _problem(path) == "The web page could not be read: lxml choked on something."

    def runs_out_of_memory(*args: object) -> None:
        raise MemoryError

    monkeypatch.setitem(parsing._READERS, parsing.HTML_KIND, runs_out_of_memory)
    assert _problem(path) == "Reading it needs more memory than Hearth allows for one file."
