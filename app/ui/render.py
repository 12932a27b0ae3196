"""Markdown to HTML that is safe to show, for model output (untrusted).

- Raw HTML in the source is escaped and shows as text.
- Images never load: they become a text label, linked only when the address is http(s).
- Links survive only for http and https; anything else (file:, javascript:, data:,
  relative paths) stays visible as plain text. Opening a link is the chat view's job, and it
  asks the user first.
- Code blocks are highlighted by Pygments with inline styles and get a Copy link.

Everything here is plain Python, so it is tested without Qt.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.token import Token
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_by_name
from pygments.util import ClassNotFound

from app.ui.style import code_style, current_colours

SAFE_SCHEMES = ("http://", "https://")
COPY_CODE_SCHEME = "hearth"
COPY_CODE_PREFIX = f"{COPY_CODE_SCHEME}:copy-code/"
SOURCE_PREFIX = f"{COPY_CODE_SCHEME}:source/"  # a citation, [n]: shows the reply's source n
CITATION = re.compile(r"\[(\d{1,3})\]")
LONGEST_HIGHLIGHTED_BLOCK = 20_000  # characters; beyond this a block is shown plain


def is_safe_link(url: str) -> bool:
    return url.strip().lower().startswith(SAFE_SCHEMES)


@dataclass
class Rendered:
    html: str
    code_blocks: list[str] = field(default_factory=list)


class MarkdownRenderer:
    """Renders one piece of Markdown. Code block numbers continue from `first_code_index`."""

    def __init__(self) -> None:
        md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
        md.enable(["table", "strikethrough"])
        md.validateLink = is_safe_link  # type: ignore[method-assign]  # documented override
        # markdown-it binds rule functions to its renderer, so wrap our methods
        md.add_render_rule("image", lambda _r, *args: self._image(*args))
        md.add_render_rule("fence", lambda _r, *args: self._fence(*args))
        md.add_render_rule("code_block", lambda _r, *args: self._fence(*args))
        md.add_render_rule("text", lambda _r, *args: self._text(*args))
        self._md = md
        self._formatters: dict[str, HtmlFormatter[str]] = {}  # per Pygments style

    def render(self, source: str, first_code_index: int = 0,
               citations: frozenset[int] = frozenset()) -> Rendered:
        """`citations`: the numbers of the reply's sources; "[n]" in its text (not in code)
        becomes a link to source n."""
        env: dict[str, Any] = {"code_blocks": [], "first_code_index": first_code_index,
                               "citations": citations}
        body = self._md.render(source, env)
        return Rendered(html=body, code_blocks=env["code_blocks"])

    def _text(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        text = escapeHtml(tokens[idx].content)  # as markdown-it's own text rule
        cited: frozenset[int] = env.get("citations") or frozenset()
        if not cited or "[" not in text:
            return text
        return CITATION.sub(lambda found: f'<a href="{SOURCE_PREFIX}{found[1]}">[{found[1]}]</a>'
                            if int(found[1]) in cited else found[0], text)

    def _image(
        self, tokens: Sequence[Token], idx: int, options: Any, env: Any
    ) -> str:
        token = tokens[idx]
        alt = html.escape(token.content or "image")
        src = str(token.attrs.get("src", ""))
        label = f"[image: {alt}]"
        if is_safe_link(src):
            return f'<a href="{html.escape(src, quote=True)}">{label}</a>'
        return label

    def _fence(
        self, tokens: Sequence[Token], idx: int, options: Any, env: Any
    ) -> str:
        token = tokens[idx]
        code = token.content
        language = token.info.strip().split(" ")[0] if token.info else ""
        index = env["first_code_index"] + len(env["code_blocks"])
        env["code_blocks"].append(code)
        body = self._highlight(code, language)
        caption = html.escape(language) if language else "code"
        colours = current_colours()  # the scheme shown now: dark mode's code is light on dark
        return (
            f'<table width="100%" cellspacing="0" cellpadding="6" '
            f'style="background-color:{colours.code}; margin-top:4px; margin-bottom:4px;">'
            f'<tr><td><span style="color:{colours.muted};">{caption}</span> &nbsp; '
            f'<a href="{COPY_CODE_PREFIX}{index}">Copy</a></td></tr>'
            f'<tr><td><pre style="white-space: pre-wrap; color:{colours.text};">{body}</pre>'
            "</td></tr></table>\n"
        )

    def _highlight(self, code: str, language: str) -> str:
        if not language or len(code) > LONGEST_HIGHLIGHTED_BLOCK:
            return html.escape(code)
        try:
            lexer = get_lexer_by_name(language, stripnl=False, ensurenl=False)
        except ClassNotFound:
            return html.escape(code)
        style = code_style()
        formatter = self._formatters.get(style)
        if formatter is None:
            formatter = self._formatters[style] = HtmlFormatter(noclasses=True, nowrap=True,
                                                                style=style)
        return str(highlight(code, lexer, formatter))


class StreamingMarkdown:
    """Renders a growing reply in O(new text) per update, not O(whole reply).

    The source is split at block boundaries (a blank line outside a code fence). Blocks
    before the last boundary are final: each is rendered once and appended. Only the open
    tail is rendered again on each update. When the reply ends, the caller renders the whole
    text once, so constructs that span blocks (loose lists) come out exactly.
    """

    def __init__(self, renderer: MarkdownRenderer,
                 citations: frozenset[int] = frozenset()) -> None:
        self._renderer = renderer
        self.citations = citations
        self._stable_end = 0  # source before this offset is rendered for good
        self._scan_pos = 0  # next unscanned line start
        self._fence: str | None = None
        self._boundary = 0
        self.code_blocks: list[str] = []

    @property
    def stable_length(self) -> int:
        return self._stable_end

    def update(self, source: str) -> tuple[str, Rendered]:
        """Return (HTML to append for newly finished blocks, rendering of the open tail)."""
        self._scan(source)
        stable_html = ""
        if self._boundary > self._stable_end:
            chunk = self._renderer.render(
                source[self._stable_end : self._boundary], len(self.code_blocks),
                self.citations)
            self.code_blocks.extend(chunk.code_blocks)
            stable_html = chunk.html
            self._stable_end = self._boundary
        tail = self._renderer.render(source[self._stable_end :], len(self.code_blocks),
                                     self.citations)
        return stable_html, tail

    def _scan(self, source: str) -> None:
        while True:
            end = source.find("\n", self._scan_pos)
            if end < 0:
                return
            line = source[self._scan_pos : end]
            self._scan_pos = end + 1
            stripped = line.strip()
            if self._fence is None:
                if stripped.startswith(("```", "~~~")):
                    self._fence = stripped[:3]
                elif not stripped:
                    self._boundary = self._scan_pos
            elif stripped.startswith(self._fence) and not stripped.strip(self._fence[0]):
                self._fence = None
                self._boundary = self._scan_pos


ZERO_WIDTH_SPACE = "\u200b"
LONGEST_UNBROKEN = 24  # characters without a space before a label may break a word


def breakable(text: str, every: int = LONGEST_UNBROKEN) -> str:
    """The text with a zero-width space every `every` characters of a long unbroken run
    (a URL, a path, a hash): a word-wrapping Qt label breaks lines only at spaces, and one
    such run would otherwise widen the label, and the window, to the run's length."""
    out: list[str] = []
    for word in text.split(" "):
        if len(word) > every:
            word = ZERO_WIDTH_SPACE.join(word[i:i + every] for i in range(0, len(word), every))
        out.append(word)
    return " ".join(out)


@dataclass
class Piece:
    start: int
    end: int
    prefix: str = ""  # the code fence this piece opens inside of, reopened


class BlockCutter:
    """Cuts Markdown source into pieces of about `size` characters, each rendered on its
    own: at the last block boundary (a blank line outside a code fence) in the second half
    of the piece, else at the last line end, else anywhere. A piece that starts inside a
    code fence reopens it, so the code stays code. Scanning looks at no more than one
    piece's characters, so a 10 MB line costs no more per piece than a short one."""

    def __init__(self, source: str) -> None:
        self._source = source
        self._pos = 0
        self._fence_line: str | None = None  # the open fence's first line, or None

    @property
    def done(self) -> bool:
        return self._pos >= len(self._source)

    @property
    def position(self) -> int:
        return self._pos

    def next(self, size: int) -> Piece:
        source = self._source
        start = self._pos
        prefix = self._fence_line + "\n" if self._fence_line else ""
        limit = min(len(source), start + size)
        if limit == len(source):
            self._pos = limit
            return Piece(start, limit, prefix)
        half = start + size // 2
        fence = self._fence_line
        block_end = -1
        line_end, line_fence = -1, fence
        scan = start
        while True:
            end = source.find("\n", scan, limit)
            if end < 0:
                break
            stripped = source[scan:end].strip()
            scan = end + 1
            if fence is None:
                if stripped.startswith(("```", "~~~")):
                    fence = stripped
                elif not stripped and scan >= half:
                    block_end = scan
            elif stripped.startswith(fence[:3]) and not stripped.strip(fence[0]):
                fence = None
                if scan >= half:
                    block_end = scan
            if scan >= half:
                line_end, line_fence = scan, fence
        if block_end > 0:
            self._pos, self._fence_line = block_end, None
        elif line_end > 0:
            self._pos, self._fence_line = line_end, line_fence
        else:
            self._pos = limit  # inside one long line: the fence, if any, stays open
            self._fence_line = fence
        return Piece(start, self._pos, prefix)
