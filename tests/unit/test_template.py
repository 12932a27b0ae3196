"""Chat templates from model files: bounded in time and size, stoppable, and kept (with the
system prompt folded in) for the templates that refuse a system message."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from app.engine.template import (
    ChatTemplate,
    TemplateCancelled,
    TemplateError,
    TemplateRefused,
    TemplateTimeout,
    check_template,
)
from app.jobs import CancelToken

CORPUS = Path(__file__).parent.parent / "data" / "chat_templates"
CHAT = [("system", "You are a terse geography tutor."),
        ("user", "What is the capital of France?"),
        ("assistant", "Paris is the capital of France."),
        ("user", "And which river runs through it?")]

# Loops that never end in practice: one calls range() on every outer step, one calls
# nothing inside its loops, and one writes nothing, so only the interrupt can end it.
NESTED_CALLS = ("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}"
                "{% endfor %}")
NO_CALLS = ("{% set r = range(100000) %}{% for i in r %}{% for j in r %}{% for k in r %}"
            "{% endfor %}{% endfor %}{% endfor %}")
GEMMA2 = CORPUS / "google-gemma-2-2b-it.jinja"


def format_corpus(path: Path) -> str | None:
    """None if every turn of the chat is in the prompt; otherwise what went wrong."""
    try:
        text = ChatTemplate(path.read_text(encoding="utf-8"), "<s>", "</s>").format(CHAT).text
    except TemplateError as exc:
        return str(exc)
    missing = [content for _, content in CHAT if content not in text]
    return f"missing {missing}" if missing else None


def test_the_real_template_corpus_keeps_every_turn() -> None:
    """llama.cpp's models/templates (llama-cpp-python 0.3.36's copy): the goal is 69 of 70."""
    templates = sorted(CORPUS.glob("*.jinja"))
    assert len(templates) == 70
    failures = {path.name: problem for path in templates if (problem := format_corpus(path))}
    assert len(templates) - len(failures) >= 69, failures
    assert failures == {}


def test_gemma2_refuses_a_system_message_and_keeps_its_own_format_with_it_folded() -> None:
    template = ChatTemplate(GEMMA2.read_text(encoding="utf-8"), "<bos>", "<eos>")
    with pytest.raises(TemplateRefused):
        template.render([{"role": role, "content": text} for role, text in CHAT])
    rendered = template.format(CHAT)
    assert rendered.system_folded
    assert rendered.text.startswith("<bos><start_of_turn>user\nYou are a terse geography "
                                    "tutor.\n\nWhat is the capital of France?<end_of_turn>")
    assert rendered.text.endswith("<start_of_turn>model\n")
    assert "<start_of_turn>model\nParis is the capital of France.<end_of_turn>" in rendered.text


def test_a_template_that_drops_the_system_prompt_gets_it_folded_in() -> None:
    silent = ("{% for m in messages %}{% if m.role != 'system' %}[{{ m.role }}] {{ m.content }}"
              "\n{% endif %}{% endfor %}[assistant] ")
    rendered = ChatTemplate(silent).format(CHAT)
    assert rendered.system_folded
    assert "[user] You are a terse geography tutor.\n\nWhat is the capital" in rendered.text


def test_a_template_that_accepts_the_system_role_is_left_alone() -> None:
    plain = "{% for m in messages %}<{{ m.role }}>{{ m.content }}{% endfor %}<assistant>"
    rendered = ChatTemplate(plain).format(CHAT)
    assert not rendered.system_folded
    assert rendered.text.startswith("<system>You are a terse geography tutor.<user>")


def test_a_template_that_expects_tools_works_without_any() -> None:
    needs_list = ("{{ tools | length }} tools\n{% for m in messages %}{{ m.role }}: "
                  "{{ m.content }}\n{% endfor %}")
    assert ChatTemplate(needs_list).format(CHAT).text.startswith("0 tools\nsystem:")


@pytest.mark.parametrize("loop", [NESTED_CALLS, NO_CALLS], ids=["calls", "no-calls"])
def test_a_template_that_never_ends_is_cut_off_after_about_a_second(loop: str) -> None:
    started = time.monotonic()
    with pytest.raises(TemplateTimeout, match="plain transcript"):
        ChatTemplate(loop).format(CHAT)
    assert time.monotonic() - started < 1.5
    # the helper thread is interrupted, not left spinning on a core
    deadline = time.monotonic() + 2
    while time.monotonic() < deadline and any(
            t.name == "chat-template" and t.is_alive() for t in threading.enumerate()):
        time.sleep(0.02)
    assert not any(t.name == "chat-template" and t.is_alive() for t in threading.enumerate())


def test_stop_interrupts_a_template_at_once() -> None:
    cancel = CancelToken()
    threading.Timer(0.2, cancel.cancel).start()
    started = time.monotonic()
    with pytest.raises(TemplateCancelled):
        ChatTemplate(NO_CALLS, seconds=30).format(CHAT, cancel)
    assert time.monotonic() - started < 0.5


@pytest.mark.parametrize("huge", [
    "{% for i in range(100000) %}{{ 'x' * 1000 }}{% endfor %}",  # output, a piece at a time
    "{{ 'x' * 100000000 }}",  # one giant string
    "{{ 9 ** 999999999 }}",  # one giant number
    "{% set s = messages * 10000000 %}{{ s | length }}",  # one giant list
])
def test_a_template_cannot_build_something_huge(huge: str) -> None:
    started = time.monotonic()
    with pytest.raises(TemplateTimeout):
        ChatTemplate(huge).format(CHAT)
    assert time.monotonic() - started < 1.5


@pytest.mark.parametrize("hostile", [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ messages.append(1) }}",
])
def test_the_sandbox_still_refuses_code(hostile: str) -> None:
    with pytest.raises(TemplateError):
        ChatTemplate(hostile).format(CHAT)


def test_the_import_check_names_the_problem_or_passes() -> None:
    assert check_template(GEMMA2.read_text(encoding="utf-8")) is None
    assert "did not finish" in (check_template(NESTED_CALLS) or "")
    assert "does not parse" in (check_template("{% for %}") or "")


def test_a_template_that_insists_on_alternating_roles_gets_runs_merged() -> None:
    strict = ("{% for m in messages %}{% if (m.role == 'user') != (loop.index0 % 2 == 0) %}"
              "{{ raise_exception('Conversation roles must alternate user/assistant') }}"
              "{% endif %}[{{ m.role }}] {{ m.content }}\n{% endfor %}[assistant] ")
    chat = [("system", "Be brief."), ("user", "First try"), ("user", "Second try")]
    rendered = ChatTemplate(strict).format(chat)
    assert rendered.system_folded
    assert rendered.text == "[user] Be brief.\n\nFirst try\n\nSecond try\n[assistant] "


def test_a_template_that_refuses_every_shape_says_why() -> None:
    with pytest.raises(TemplateRefused, match="never"):
        ChatTemplate("{{ raise_exception('never') }}").format(CHAT)
