"""What the documents floor passes between its rooms: a parsed document's sections, the
chunks cut from them, and a problem with a file said in words."""

from __future__ import annotations

from dataclasses import dataclass


class DocumentProblem(Exception):
    """A file that cannot be read, in words for the user ("It is password-protected.",
    "No text: it is an image (a scan?)."). The file is quarantined with this reason; the
    rest of its collection goes on."""


@dataclass(frozen=True)
class Section:
    """A piece of a document as its format gives it: a PDF page, a heading's body, a run of
    lines of a code file. `location` is what a citation shows ("page 3", "§ Results",
    "lines 40-80")."""

    text: str
    location: str
    page: int | None = None  # 1-based, PDFs only
    line: int | None = None  # 1-based first line, for text and code


@dataclass(frozen=True)
class ParsedDocument:
    kind: str  # "pdf", "docx", "html", "markdown", "text", "code"
    title: str
    sections: tuple[Section, ...]


@dataclass(frozen=True)
class Chunk:
    """A passage small enough for the embedder, cut on structure first."""

    ordinal: int  # its place in the document
    text: str
    location: str
    page: int | None = None
    line: int | None = None
