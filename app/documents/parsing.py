"""Reading one file into sections of text, or saying in words why it cannot be read.

This runs on untrusted files, in the indexer's child process (which bounds its time and
memory). Here the limits are the ones a hostile file could otherwise talk a parser past: the
bytes read (never more than the limit, however large the file says it is), a Word file's
unpacked size (checked before python-docx opens it), the pages and the text kept. Anything a
parser raises becomes a DocumentProblem naming the kind of file, so one bad file is quarantined
with a reason and its collection goes on.
"""

from __future__ import annotations

import errno
import io
import os
import re
import stat
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from app.documents.types import DocumentProblem, ParsedDocument, Section
from app.models.verified import human_size

# Sizes in decimal units, as the rest of Hearth shows them (models/verified.py human_size).
_MB = 1_000_000
EN_DASH = "\u2013"  # a citation shows a range of lines or pages with an en dash


@dataclass(frozen=True)
class ParseLimits:
    # Text, Markdown, web pages and code are read whole, so this bounds memory; it also bounds
    # the text kept from a PDF or Word file.
    max_bytes: int = 64 * _MB
    # PDFs and Word files are mostly pictures by weight; pdfium reads a PDF as it goes.
    max_document_bytes: int = 512 * _MB
    # A Word file is a zip: what its members unpack to, in all and against their packed size.
    max_unpacked_bytes: int = 512 * _MB
    max_unpack_ratio: int = 100
    max_zip_members: int = 10_000
    max_pages: int = 10_000
    code_lines_per_section: int = 60


PDF_KIND, DOCX_KIND, HTML_KIND, MARKDOWN_KIND, TEXT_KIND, CODE_KIND = (
    "pdf",
    "docx",
    "html",
    "markdown",
    "text",
    "code",
)
_KIND_NAMES = {
    PDF_KIND: "PDF",
    DOCX_KIND: "Word document",
    HTML_KIND: "web page",
    MARKDOWN_KIND: "Markdown file",
    TEXT_KIND: "text file",
    CODE_KIND: "code file",
}
HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml", ".shtml"})
MARKDOWN_EXTENSIONS = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mdx"})
TEXT_EXTENSIONS = frozenset({".txt", ".text", ".log", ".csv", ".tsv", ".rst", ".tex", ".org", ""})
CODE_EXTENSIONS = frozenset(
    {
        ".py", ".pyi", ".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".c", ".h", ".cc", ".cpp",
        ".cxx", ".hpp", ".hh", ".java", ".kt", ".kts", ".scala", ".go", ".rs", ".rb", ".php",
        ".pl", ".pm", ".lua", ".swift", ".m", ".mm", ".cs", ".fs", ".vb", ".r", ".jl", ".dart",
        ".hs", ".ml", ".ex", ".exs", ".erl", ".clj", ".el", ".lisp", ".scm", ".zig", ".nim",
        ".sh", ".bash", ".zsh", ".fish", ".ps1", ".bat", ".cmd", ".sql", ".json", ".jsonl",
        ".yaml", ".yml", ".toml", ".ini", ".cfg", ".conf", ".xml", ".css", ".scss", ".less",
        ".vue", ".svelte", ".proto", ".graphql", ".cmake", ".mk", ".gradle", ".dockerfile",
        ".tf", ".nix",
    }
)  # fmt: skip
_CODE_NAMES = frozenset({"makefile", "dockerfile", "cmakelists.txt", "gemfile", "rakefile"})
# what a folder is searched for (a file named on its own is tried whatever its name)
DOCUMENT_SUFFIXES = (frozenset({".pdf", ".docx"}) | HTML_EXTENSIONS | MARKDOWN_EXTENSIONS
                     | CODE_EXTENSIONS | TEXT_EXTENSIONS) - {""}

_READ_BLOCK = 1 << 20
_SNIFF = 8192


def parse(path: Path, limits: ParseLimits = ParseLimits()) -> ParsedDocument:
    """The file's sections, or a DocumentProblem saying in plain words why not."""
    with _open_regular_file(path) as handle:
        before = os.fstat(handle.fileno())
        head = _read_up_to(handle, _SNIFF)
        kind = _kind_of(path, head)
        limit = limits.max_document_bytes if kind in (PDF_KIND, DOCX_KIND) else limits.max_bytes
        if before.st_size > limit:
            raise DocumentProblem(
                f"Too large to index: {human_size(before.st_size)} "
                f"(the limit is {human_size(limit)})."
            )
        handle.seek(0)
        document = _parse_kind(kind, path, handle, limits, limit)
        _check_unchanged(path, handle, before)
    return document


# --- opening -------------------------------------------------------------------------------


def _open_regular_file(path: Path) -> BinaryIO:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            raise DocumentProblem("It is a link to something that is not there.") from None
        raise DocumentProblem("It is not there any more (moved or deleted?).") from None
    except OSError as exc:
        raise _os_problem(exc) from None
    if stat.S_ISDIR(info.st_mode):
        raise DocumentProblem("It is a folder, not a file.")
    if not stat.S_ISREG(info.st_mode):
        raise DocumentProblem("It is not a regular file (a device, pipe or socket).")
    # O_NONBLOCK: if a pipe is swapped in after the check above, opening it must not hang.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise _os_problem(exc) from None
    handle = os.fdopen(fd, "rb", buffering=0)
    opened = os.fstat(fd)
    if not stat.S_ISREG(opened.st_mode) or (opened.st_dev, opened.st_ino) != (
        info.st_dev,
        info.st_ino,
    ):
        handle.close()
        raise DocumentProblem("It changed while being read: try again once it is saved.")
    if opened.st_size == 0:
        handle.close()
        raise DocumentProblem("It is empty.")
    return handle


def _os_problem(exc: OSError) -> DocumentProblem:
    if isinstance(exc, PermissionError):
        return DocumentProblem("Hearth may not read it (permission denied).")
    if exc.errno == errno.ELOOP:
        return DocumentProblem("It is a link that loops back on itself.")
    if isinstance(exc, FileNotFoundError):
        return DocumentProblem("It is not there any more (moved or deleted?).")
    if exc.errno in (errno.ENODEV, errno.ENXIO, errno.EIO):
        return DocumentProblem("Its drive cannot be read (removed or failing?).")
    return DocumentProblem(f"It could not be opened: {exc.strerror or exc}.")


def _read_up_to(handle: BinaryIO, limit: int) -> bytes:
    """At most `limit` bytes, in blocks, however large the file claims or turns out to be."""
    parts: list[bytes] = []
    left = limit
    while left > 0:
        try:
            block = handle.read(min(left, _READ_BLOCK))
        except OSError as exc:
            raise _os_problem(exc) from None
        if not block:
            break
        parts.append(block)
        left -= len(block)
    return b"".join(parts)


def _read_bounded(handle: BinaryIO, limit: int) -> bytes:
    data = _read_up_to(handle, limit + 1)
    if len(data) > limit:
        # The file grew past the limit after we looked at its size.
        raise DocumentProblem(f"Too large to index: over {human_size(limit)}.")
    return data


def _check_unchanged(path: Path, handle: BinaryIO, before: os.stat_result) -> None:
    after = os.fstat(handle.fileno())
    if (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns):
        raise DocumentProblem("It changed while being read: try again once it is saved.")
    try:
        now = os.stat(path)
    except FileNotFoundError:
        raise DocumentProblem("It was deleted while being read.") from None
    except OSError as exc:
        raise _os_problem(exc) from None
    if (now.st_dev, now.st_ino) != (before.st_dev, before.st_ino):
        raise DocumentProblem("It changed while being read: try again once it is saved.")


# --- which kind ----------------------------------------------------------------------------


def _kind_of(path: Path, head: bytes) -> str:
    """By content where a wrong name would mislead a parser, by extension otherwise."""
    suffix = path.suffix.lower()
    if b"%PDF-" in head[:1024]:
        return PDF_KIND
    if head.startswith(b"PK\x03\x04"):
        if suffix in (".docx", ".docm", ".dotx") or suffix in TEXT_EXTENSIONS:
            return DOCX_KIND  # whether it really is one is checked against its members
        raise DocumentProblem(f"Not a document Hearth reads: a zip archive ({suffix}).")
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise DocumentProblem(
            "An old Office file (.doc, .xls or .ppt), which Hearth does not read: "
            "save it as .docx or PDF."
        )
    if suffix == ".pdf":
        raise DocumentProblem("Not a PDF, though its name says so: it does not start as one.")
    if suffix in (".docx", ".docm", ".dotx"):
        raise DocumentProblem("Not a Word document, though its name says so: it is not a zip.")
    if suffix in HTML_EXTENSIONS:
        return HTML_KIND
    if suffix in MARKDOWN_EXTENSIONS:
        return MARKDOWN_KIND
    if suffix in CODE_EXTENSIONS or path.name.lower() in _CODE_NAMES:
        return CODE_KIND
    if suffix in TEXT_EXTENSIONS:
        return TEXT_KIND
    if _looks_binary(head):
        raise DocumentProblem(f"Not a document Hearth reads: a binary file ({suffix}).")
    return TEXT_KIND


def _parse_kind(
    kind: str, path: Path, handle: BinaryIO, limits: ParseLimits, limit: int
) -> ParsedDocument:
    try:
        return _READERS[kind](path, handle, limits, limit)
    except DocumentProblem:
        raise
    except MemoryError:
        # Raised inside a parser by one file's demands, not by the process in general: the
        # file is what to quarantine. KeyboardInterrupt and SystemExit still go through.
        raise DocumentProblem(
            "Reading it needs more memory than Hearth allows for one file."
        ) from None
    except RecursionError:
        raise DocumentProblem(
            f"The {_KIND_NAMES[kind]} could not be read: it is nested too deeply."
        ) from None
    except Exception as exc:  # hostile files make parsers raise anything
        raise DocumentProblem(f"The {_KIND_NAMES[kind]} could not be read: {_reason(exc)}") from exc


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split())[:200] or type(exc).__name__
    return text if text.endswith((".", "!", "?")) else text + "."


# --- text decoding -------------------------------------------------------------------------

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    # the codecs without an endianness read the BOM and drop it
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_NOT_TEXT = "Not text: it looks like a binary file."


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text of mostly Latin script has a zero in every other byte."""
    sample = head[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _looks_binary(head: bytes) -> bool:
    if any(head.startswith(bom) for bom, _ in _BOMS) or _utf16_without_bom(head):
        return False
    if b"\x00" in head:
        return True
    sample = head.decode("latin-1")
    return len(_CONTROL.findall(sample)) > 0.05 * max(len(sample), 1)


def decode_text(data: bytes) -> str:
    """Bytes to text: a BOM, else UTF-8, else UTF-16 by its zeros, else charset detection.
    Binary content is refused rather than decoded into noise."""
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if encoding is None:
        encoding = _utf16_without_bom(data)
    if encoding is not None:
        text = data.decode(encoding, errors="replace")
    else:
        if b"\x00" in data[:_SNIFF]:
            raise DocumentProblem(_NOT_TEXT)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _detected(data)
    sample = text[:_SNIFF]
    if len(_CONTROL.findall(sample)) > 0.05 * max(len(sample), 1) or "\x00" in sample:
        raise DocumentProblem(_NOT_TEXT)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _detected(data: bytes) -> str:
    import charset_normalizer

    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        raise DocumentProblem(_NOT_TEXT)
    least = min(match.chaos for match in matches)
    plausible = {match.encoding for match in matches if match.chaos <= least + 0.01}
    # Short Western text fits several single-byte code pages equally well, and the detector
    # may rank Polish or Baltic first; Windows-1252 is by far the likelier writer.
    if plausible & {"cp1252", "latin_1", "iso8859_1", "iso8859_15"}:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")
    best = min(matches, key=lambda match: match.chaos)
    return data.decode(best.encoding, errors="replace")


# --- plain text and code -------------------------------------------------------------------


def _lines_location(first: int, last: int) -> str:
    return f"line {first}" if first == last else f"lines {first}{EN_DASH}{last}"


def _read_text(handle: BinaryIO, limit: int) -> str:
    text = decode_text(_read_bounded(handle, limit))
    if not text.strip():
        raise DocumentProblem("It has no text, only blank space.")
    return text


def _parse_text(path: Path, handle: BinaryIO, limits: ParseLimits, limit: int) -> ParsedDocument:
    text = _read_text(handle, limit)
    return ParsedDocument(TEXT_KIND, path.name, tuple(_paragraph_sections(text)))


def _paragraph_sections(text: str, first_line: int = 1) -> Iterator[Section]:
    """One section per paragraph (lines between blank lines), with its first line number."""
    lines = text.split("\n")
    start: int | None = None
    for number, line in enumerate([*lines, ""], start=first_line):
        if line.strip():
            if start is None:
                start = number
        elif start is not None:
            body = "\n".join(lines[start - first_line : number - first_line])
            yield Section(body, _lines_location(start, number - 1), line=start)
            start = None


def _parse_code(path: Path, handle: BinaryIO, limits: ParseLimits, limit: int) -> ParsedDocument:
    text = _read_text(handle, limit)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    size = max(limits.code_lines_per_section, 4)
    sections: list[Section] = []
    start = 0
    while start < len(lines):
        end = min(start + size, len(lines))
        if end < len(lines):
            # End after a blank line in the window's last third where there is one, so a
            # function is less often cut in two.
            for cut in range(end, start + (2 * size) // 3, -1):
                if not lines[cut - 1].strip():
                    end = cut
                    break
        body = "\n".join(lines[start:end])
        if body.strip():
            sections.append(Section(body, _lines_location(start + 1, end), line=start + 1))
        start = end
    return ParsedDocument(CODE_KIND, path.name, tuple(sections))


# --- Markdown ------------------------------------------------------------------------------

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def markdown_sections(text: str, *, with_lines: bool = True) -> tuple[str | None, list[Section]]:
    """Sections split at headings (ATX and setext, not inside fenced code), each starting with
    its heading line; the first top-level heading, if any, as the title."""
    lines = text.split("\n")
    starts: list[tuple[int, str]] = []  # (0-based line where a section starts, its heading)
    title: str | None = None
    fence: str | None = None
    for index, line in enumerate(lines):
        opened = _FENCE.match(line)
        if fence is not None:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = None
            continue
        if opened:
            fence = opened.group(1)
            continue
        heading: str | None = None
        level = 0
        start = index
        atx = _ATX.match(line)
        if atx:
            heading, level = (atx.group(2) or "").strip(), len(atx.group(1))
        elif (
            _SETEXT.match(line)
            and index > 0
            and lines[index - 1].strip()
            and not (starts and starts[-1][0] == index - 1)
        ):
            heading, level, start = lines[index - 1].strip(), 1 if "=" in line else 2, index - 1
        if heading:
            starts.append((start, heading))
            if title is None and level == 1:
                title = heading
    sections: list[Section] = []
    bounds = [(0, None), *starts] if not starts or starts[0][0] > 0 else starts
    for position, (start, heading) in enumerate(bounds):
        end = bounds[position + 1][0] if position + 1 < len(bounds) else len(lines)
        filled = [index for index in range(start, end) if lines[index].strip()]
        if not filled:
            continue
        first, last = filled[0], filled[-1]
        body = "\n".join(lines[first : last + 1])
        if heading is not None:
            location = f"§ {heading}"
        elif with_lines:
            location = _lines_location(first + 1, last + 1)
        else:
            location = "beginning"
        sections.append(Section(body, location, line=first + 1 if with_lines else None))
    return title, sections


def _parse_markdown(
    path: Path, handle: BinaryIO, limits: ParseLimits, limit: int
) -> ParsedDocument:
    title, sections = markdown_sections(_read_text(handle, limit))
    return ParsedDocument(MARKDOWN_KIND, title or path.stem, tuple(sections))


# --- HTML ----------------------------------------------------------------------------------


def _parse_html(path: Path, handle: BinaryIO, limits: ParseLimits, limit: int) -> ParsedDocument:
    import trafilatura

    data = _read_bounded(handle, limit)
    if _looks_binary(data[:_SNIFF]):
        raise DocumentProblem(_NOT_TEXT)
    # Markdown output keeps the headings, which become the sections' locations.
    text = trafilatura.extract(
        data, output_format="markdown", include_comments=False, include_tables=True
    )
    if not text or not text.strip():
        # Too short, too large, or all "boilerplate" to trafilatura: keep the page's plain text
        # rather than nothing.
        text = trafilatura.html2txt(data)
    if not text or not text.strip():
        raise DocumentProblem("The web page has no text in it.")
    heading, sections = markdown_sections(text.replace("\r\n", "\n"), with_lines=False)
    metadata = trafilatura.extract_metadata(data)
    title = (metadata.title if metadata is not None else None) or heading or path.stem
    return ParsedDocument(HTML_KIND, title, tuple(sections))


# --- PDF -----------------------------------------------------------------------------------

_PDF_JUNK = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _parse_pdf(path: Path, handle: BinaryIO, limits: ParseLimits, limit: int) -> ParsedDocument:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        # From our open handle rather than the path: the file checked is the file read, and
        # pdfium reads only what it needs.
        pdf = pdfium.PdfDocument(handle)
    except pdfium.PdfiumError as exc:
        if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise DocumentProblem("It is password-protected.") from None
        if exc.err_code == pdfium_c.FPDF_ERR_SECURITY:
            raise DocumentProblem("It is protected in a way that Hearth cannot open.") from None
        if exc.err_code == pdfium_c.FPDF_ERR_FORMAT:
            raise DocumentProblem("The PDF could not be read: it is damaged.") from None
        raise
    try:
        count = len(pdf)
        if count > limits.max_pages:
            raise DocumentProblem(
                f"It has {count:,} pages; Hearth indexes at most {limits.max_pages:,}."
            )
        sections: list[Section] = []
        kept = 0
        textless_with_images = 0
        for number in range(1, count + 1):
            page = pdf[number - 1]
            try:
                textpage = page.get_textpage()
                try:
                    raw = textpage.get_text_range()
                finally:
                    textpage.close()
                text = _PDF_JUNK.sub("", raw.replace("\r\n", "\n").replace("\r", "\n")).strip()
                if not text:
                    if next(iter(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE])), None):
                        textless_with_images += 1
                    continue
            finally:
                page.close()
            kept += len(text)
            if kept > limits.max_bytes:
                raise DocumentProblem(
                    f"It holds more text than Hearth indexes from one file "
                    f"({human_size(limits.max_bytes)})."
                )
            sections.append(Section(text, f"page {number}", page=number))
        title = str(pdf.get_metadata_dict().get("Title") or "").strip()
    finally:
        pdf.close()
    if not sections:
        if textless_with_images:
            raise DocumentProblem("No text in it: its pages are images (a scan?).")
        raise DocumentProblem("No text in it: its pages are blank.")
    return ParsedDocument(PDF_KIND, title or path.stem, tuple(sections))


# --- Word ----------------------------------------------------------------------------------


def _check_zip(data: bytes, limits: ParseLimits) -> None:
    """Refuse a zip bomb from its directory alone, before anything is unpacked. Python's
    zipfile stops a member at its declared size, so the declared sizes bound the real ones."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise DocumentProblem(f"The Word document could not be read: {_reason(exc)}") from None
    with archive:
        members = archive.infolist()
        if len(members) > limits.max_zip_members:
            raise DocumentProblem(
                f"The Word document could not be read: it holds {len(members):,} parts "
                f"(a zip bomb?)."
            )
        total = sum(member.file_size for member in members)
        worst = max(members, key=lambda m: m.file_size / max(m.compress_size, 1), default=None)
        too_packed = (
            worst is not None
            and worst.file_size > 10 * _MB
            and worst.file_size > limits.max_unpack_ratio * max(worst.compress_size, 1)
        )
        if total > limits.max_unpacked_bytes or too_packed:
            raise DocumentProblem(
                f"It would unpack to {human_size(total)} from {human_size(len(data))} "
                f"(a zip bomb?)."
            )
        names = {member.filename for member in members}
    if "word/document.xml" not in names:
        raise DocumentProblem("Not a Word document: a zip archive without a document in it.")


def _parse_docx(path: Path, handle: BinaryIO, limits: ParseLimits, limit: int) -> ParsedDocument:
    data = _read_bounded(handle, limit)
    _check_zip(data, limits)

    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(io.BytesIO(data))
    sections: list[Section] = []
    heading: str | None = None
    body: list[str] = []
    first_paragraph = 1
    title: str | None = None
    kept = 0

    def close() -> None:
        text = "\n\n".join(body).strip()
        if text:
            location = heading if heading is not None else f"paragraph {first_paragraph}"
            sections.append(Section(text, location))
        body.clear()

    number = 0
    for block in document.iter_inner_content():
        number += 1
        if isinstance(block, Paragraph):
            text = block.text.strip()
            style = (block.style.name if block.style is not None else "") or ""
            is_heading = style.startswith("Heading") or style == "Title"
            if is_heading and text:
                close()
                heading, first_paragraph = text, number
                if title is None:
                    title = text
        elif isinstance(block, Table):
            rows = (" | ".join(cell.text.strip() for cell in row.cells) for row in block.rows)
            text = "\n".join(row for row in rows if row.strip(" |"))
        else:  # pragma: no cover - python-docx yields only these two
            continue
        if not text:
            continue
        if not body and heading is None:
            first_paragraph = number
        kept += len(text)
        if kept > limits.max_bytes:
            raise DocumentProblem(
                f"It holds more text than Hearth indexes from one file "
                f"({human_size(limits.max_bytes)})."
            )
        body.append(text)
    close()
    if not sections:
        raise DocumentProblem("The Word document has no text in it.")
    core_title = (document.core_properties.title or "").strip()
    return ParsedDocument(DOCX_KIND, core_title or title or path.stem, tuple(sections))


_READERS: dict[str, Callable[[Path, BinaryIO, ParseLimits, int], ParsedDocument]] = {
    PDF_KIND: _parse_pdf,
    DOCX_KIND: _parse_docx,
    HTML_KIND: _parse_html,
    MARKDOWN_KIND: _parse_markdown,
    TEXT_KIND: _parse_text,
    CODE_KIND: _parse_code,
}
