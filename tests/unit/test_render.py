from __future__ import annotations

import re

import pytest

from app.ui.render import COPY_CODE_PREFIX, MarkdownRenderer, StreamingMarkdown, is_safe_link

renderer = MarkdownRenderer()


def hrefs(html: str) -> list[str]:
    return re.findall(r'href="([^"]*)"', html)


@pytest.mark.parametrize("payload", [
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    '<iframe src="http://evil"></iframe>',
    "<style>body{background:url(http://x)}</style>",
    '<a href="javascript:alert(1)">x</a>',
])
def test_raw_html_shows_as_text(payload: str) -> None:
    html = renderer.render(payload).html
    assert "<img" not in html and "<script" not in html and "<iframe" not in html
    assert "<style" not in html and "<a href=\"javascript" not in html
    assert "&lt;" in html  # visible to the user as text


@pytest.mark.parametrize("payload", [
    "[a](file:///etc/passwd)",
    "[a](javascript:alert(1))",
    "[a](JaVaScRiPt:alert(1))",
    "[a](data:text/html;base64,PHNjcmlwdD4=)",
    "[a](vbscript:msgbox)",
    "[a](../../secret)",
    "<file:///etc/passwd>",
    "[a][ref]\n\n[ref]: file:///etc/hosts",
])
def test_only_http_links_survive(payload: str) -> None:
    html = renderer.render(payload).html
    assert hrefs(html) == []


def test_images_never_load_and_become_labels() -> None:
    html = renderer.render("![chart](http://host/x.png) ![local](file:///x.png)").html
    assert "<img" not in html
    assert "[image: chart]" in html
    assert "![local](file:///x.png)" in html  # a refused address stays visible as text
    assert hrefs(html) == ["http://host/x.png"]  # a link the user may choose to open


def test_http_links_render_as_links() -> None:
    html = renderer.render("see [docs](https://example.org/a?b=1&c=2)").html
    assert hrefs(html) == ["https://example.org/a?b=1&amp;c=2"]


def test_safe_link_check() -> None:
    assert is_safe_link("https://x") and is_safe_link(" HTTP://x")
    assert not is_safe_link("file:///x") and not is_safe_link("hearth:copy-code/0")


def test_code_blocks_are_highlighted_and_copyable() -> None:
    source = "Intro\n\n```python\ndef f():\n    return '<b>'\n```\n\n```\nplain\n```\n"
    rendered = renderer.render(source)
    assert rendered.code_blocks == ["def f():\n    return '<b>'\n", "plain\n"]
    assert hrefs(rendered.html) == [f"{COPY_CODE_PREFIX}0", f"{COPY_CODE_PREFIX}1"]
    assert "style=\"color" in rendered.html  # Pygments inline colours
    assert "<b>" not in rendered.html and "&lt;b&gt;" in rendered.html


def test_unknown_language_is_shown_plain() -> None:
    rendered = renderer.render("```nosuchlang\nx < y\n```")
    assert "x &lt; y" in rendered.html


def test_streaming_renders_each_block_once_and_ends_consistently() -> None:
    text = ("# Title\n\nFirst paragraph.\n\n```python\nprint('a')\n\nprint('b')\n```\n\n"
            "Last *words* here.")
    stream = StreamingMarkdown(renderer)
    stable_parts: list[str] = []
    tail_html = ""
    for end in range(1, len(text) + 1):
        stable, tail = stream.update(text[:end])
        stable_parts.append(stable)
        tail_html = tail.html
    combined = "".join(stable_parts) + tail_html
    assert stream.code_blocks == ["print('a')\n\nprint('b')\n"]  # blank line inside the fence
    assert combined.count("<h1>") == 1 and combined.count("Copy</a>") == 1
    assert "<em>words</em>" in tail_html
    assert sum(1 for s in stable_parts if s) == 3  # title, paragraph, code block
