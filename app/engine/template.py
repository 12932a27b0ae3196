"""A model's own chat template (Jinja, from its GGUF), rendered with bounds on time and size.

The template comes from the model file, so it is untrusted: Jinja's immutable sandbox stops
it from running code, and this module stops it from running forever. A render runs on a
short-lived helper thread while the caller waits, checking its cancel token; past the time
bound, or on Stop, the caller gives up at once and the helper is interrupted at its next
Python instruction. Inside the render, every call, every chunk of output and every `*` or
`**` is checked against the same bounds, so even a template that builds one huge value
stops early.

Templates differ in what they accept. Some (Gemma's) raise on a `system` message; some
drop it silently. Either way the system prompt is folded into the first user turn, and the
model keeps its own format. Some need `tools` to be a list, others test it against none.
"""

from __future__ import annotations

import ctypes
import json
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import jinja2
import jinja2.ext
from jinja2.sandbox import ImmutableSandboxedEnvironment

from app.jobs import CancelToken

RENDER_SECONDS = 1.0
MAX_OUTPUT_CHARS = 4_000_000  # far above any context window's worth of text
MAX_SOURCE_CHARS = 1_000_000
_MAX_POWER_BITS = 4096


class TemplateError(Exception):
    """The template could not format this chat; the message says why, for the user."""


class TemplateRefused(TemplateError):
    """The template called raise_exception: it does not accept this chat's shape."""


class TemplateTimeout(TemplateError):
    """The template ran past its time or size bound."""


class TemplateCancelled(TemplateError):
    """Stop was pressed while the template was rendering."""


@dataclass(frozen=True)
class RenderedChat:
    text: str
    system_folded: bool  # the system prompt went into the first user turn


class _Interrupt(BaseException):
    """Raised inside the helper thread to end a render that overran; never escapes it."""


@dataclass
class _Budget:
    deadline: float
    cancel: CancelToken | None
    max_chars: int
    overran: bool = False

    def check(self) -> None:
        if self.cancel is not None and self.cancel.cancelled:
            raise TemplateCancelled("Stopped while the chat template was rendering.")
        if time.monotonic() > self.deadline:
            self.overran = True
            raise TemplateTimeout(
                "The model's chat template did not finish within "
                f"{RENDER_SECONDS:g} s, so Hearth uses a plain transcript for it.")


class _GenerationTag(jinja2.ext.Extension):
    """Hugging Face's `{% generation %}` marker: render its body as it is."""

    tags = {"generation"}  # noqa: RUF012 (Jinja reads it as a class attribute)

    def parse(self, parser: Any) -> Any:
        parser.stream.skip(1)
        return parser.parse_statements(("name:endgeneration",), drop_needle=True)


class _BoundedSandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, plus a check of the render's budget on every call and on the
    operators that can build a huge value in one step."""

    intercepted_binops = frozenset({"*", "**"})

    def __init__(self) -> None:
        super().__init__(loader=jinja2.BaseLoader(), trim_blocks=True, lstrip_blocks=True,
                         extensions=[_GenerationTag, jinja2.ext.loopcontrols])
        self.filters["tojson"] = _tojson
        self._local = threading.local()

    @property
    def budget(self) -> _Budget | None:
        return getattr(self._local, "budget", None)

    @budget.setter
    def budget(self, value: _Budget | None) -> None:
        self._local.budget = value

    def _check(self) -> None:
        budget = self.budget
        if budget is not None:
            budget.check()

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        __self._check()
        return super().call(__context, __obj, *args, **kwargs)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        self._check()
        budget = self.budget
        limit = budget.max_chars if budget is not None else MAX_OUTPUT_CHARS
        if operator == "**" and isinstance(left, int) and isinstance(right, int) and (
                right > 0 and abs(left).bit_length() * right > _MAX_POWER_BITS):
            raise TemplateTimeout("The model's chat template computes a number too large "
                                  "to format a chat.")
        if operator == "*":
            for sequence, count in ((left, right), (right, left)):
                if isinstance(sequence, str | list | tuple) and isinstance(count, int) and (
                        len(sequence) * count > limit):
                    raise TemplateTimeout("The model's chat template builds a value too "
                                          "large to format a chat.")
        return super().call_binop(context, operator, left, right)


def _tojson(value: Any, ensure_ascii: bool = False, indent: int | None = None,
            separators: tuple[str, str] | None = None, sort_keys: bool = False) -> str:
    # As Transformers renders chat templates: non-ASCII text stays as it is.
    return json.dumps(value, ensure_ascii=ensure_ascii, indent=indent, separators=separators,
                      sort_keys=sort_keys)


def _strftime_now(pattern: str) -> str:
    return datetime.now().strftime(pattern)


def _today() -> dict[str, str]:
    """The date variables some templates print (Llama 3.1's date_string, Firefunction's
    datetime), as the model's own tooling would pass them."""
    now = datetime.now()
    return {"date_string": now.strftime("%d %b %Y"), "datetime": now.strftime("%Y-%m-%d")}


def _raise_exception(message: str) -> None:
    raise TemplateRefused(str(message))


def _interrupt(thread: threading.Thread) -> None:
    """Raise _Interrupt in `thread` at its next Python instruction."""
    if thread.ident is not None:
        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread.ident),
                                                   ctypes.py_object(_Interrupt))


class ChatTemplate:
    """A compiled chat template. `render` may be called from any thread, one at a time or
    several at once."""

    def __init__(self, source: str, bos_token: str = "", eos_token: str = "",
                 seconds: float = RENDER_SECONDS, max_chars: int = MAX_OUTPUT_CHARS) -> None:
        if len(source) > MAX_SOURCE_CHARS:
            raise TemplateError("The model's chat template is implausibly large.")
        self._environment = _BoundedSandbox()
        try:
            self._template = self._environment.from_string(source)
        except jinja2.TemplateError as exc:
            raise TemplateError(f"The model's chat template does not parse ({exc}).") from exc
        except RecursionError as exc:
            raise TemplateError("The model's chat template is nested too deeply.") from exc
        self.bos_token = bos_token
        self.eos_token = eos_token
        self._seconds = seconds
        self._max_chars = max_chars

    def format(self, messages: list[tuple[str, str]],
               cancel: CancelToken | None = None) -> RenderedChat:
        """Format (role, content) turns, with the prompt for the assistant's reply.

        A template that refuses the system role, or leaves the system prompt out, gets it
        folded into the first user turn instead; one that insists on alternating roles
        gets consecutive turns of one role merged (a reply that failed leaves two user
        turns in a row)."""
        chat = [{"role": role, "content": content} for role, content in messages]
        system = chat[0]["content"].strip() if chat and chat[0]["role"] == "system" else ""
        candidates = [(chat, False)]
        if system:
            candidates.append((fold_system(chat), True))
        merged = merge_runs(candidates[-1][0])
        if merged != candidates[-1][0]:
            candidates.append((merged, bool(system)))
        refusal: TemplateRefused | None = None
        without_system: str | None = None
        for attempt, folded in candidates:
            try:
                text = self._render_any_tools(attempt, cancel)
            except TemplateRefused as exc:
                refusal = refusal or exc
                continue
            if system and not folded and system not in text:
                without_system = text  # dropped silently: better folded, if it takes it
                continue
            return RenderedChat(text, folded)
        if without_system is not None:
            return RenderedChat(without_system, False)
        assert refusal is not None
        raise refusal

    def _render_any_tools(self, chat: list[dict[str, str]], cancel: CancelToken | None) -> str:
        try:
            return self.render(chat, cancel, tools=None)
        except (TemplateTimeout, TemplateCancelled):
            raise
        except TemplateError as first:
            # Some templates take `tools|length` without testing for none, or expect the
            # older `functions` text (Firefunction): give them an empty list of each.
            try:
                return self.render(chat, cancel, tools=[], functions="[]")
            except TemplateError:
                raise first from None

    def render(self, chat: list[dict[str, str]], cancel: CancelToken | None = None,
               **extra: Any) -> str:
        """One bounded render. Raises TemplateError (or a subclass) on any failure."""
        budget = _Budget(time.monotonic() + self._seconds, cancel, self._max_chars)
        context = {
            "messages": chat, "bos_token": self.bos_token, "eos_token": self.eos_token,
            "add_generation_prompt": True, "raise_exception": _raise_exception,
            "strftime_now": _strftime_now, **_today(),
            # As llama.cpp's server asks by default: a reasoning model thinks (Qwen3 and the
            # DeepSeek-R1 distills' templates read it; the others ignore it).
            "enable_thinking": True, **extra,
        }
        outcome: list[Any] = []
        done = threading.Event()

        def run() -> None:
            try:  # an interrupt that lands just after done.set() ends here too
                try:
                    self._environment.budget = budget
                    outcome.append(self._collect(self._template.generate(**context), budget))
                except _Interrupt:
                    outcome.append(TemplateTimeout("The chat template was interrupted."))
                except TemplateError as exc:
                    outcome.append(exc)
                except RecursionError:
                    outcome.append(TemplateError("The model's chat template recurses too "
                                                 "deeply."))
                except Exception as exc:  # the template's own bug: a type error, an undefined
                    outcome.append(TemplateError(f"The model's chat template failed: {exc}"))
                finally:
                    self._environment.budget = None
                    done.set()
            except _Interrupt:
                pass

        helper = threading.Thread(target=run, name="chat-template", daemon=True)
        helper.start()
        _wait(done, budget)
        if not done.is_set():
            _interrupt(helper)
            if cancel is not None and cancel.cancelled:
                raise TemplateCancelled("Stopped while the chat template was rendering.")
            raise TemplateTimeout(
                "The model's chat template did not finish within "
                f"{self._seconds:g} s, so Hearth uses a plain transcript for it.")
        result = outcome[0]
        if isinstance(result, Exception):
            raise result
        return str(result)

    @staticmethod
    def _collect(pieces: Iterable[str], budget: _Budget) -> str:
        parts: list[str] = []
        size = 0
        for piece in pieces:
            size += len(piece)
            if size > budget.max_chars:
                raise TemplateTimeout("The model's chat template produced far more text than "
                                      "a chat, so Hearth uses a plain transcript for it.")
            budget.check()
            parts.append(piece)
        return "".join(parts)


def _wait(done: threading.Event, budget: _Budget) -> None:
    """Wait for the helper, answering Stop within about 20 ms."""
    while not done.wait(0.02):
        if budget.cancel is not None and budget.cancel.cancelled:
            return
        if time.monotonic() > budget.deadline + 0.05:  # the helper's own checks go first
            return


def fold_system(chat: list[dict[str, str]]) -> list[dict[str, str]]:
    """The system prompt as the opening of the first user turn (or as one, if none)."""
    system, rest = chat[0]["content"].strip(), [dict(m) for m in chat[1:]]
    for message in rest:
        if message["role"] == "user":
            message["content"] = f"{system}\n\n{message['content']}"
            return rest
    return [{"role": "user", "content": system}, *rest]


def merge_runs(chat: list[dict[str, str]]) -> list[dict[str, str]]:
    """Consecutive turns of one role as one turn, their texts separated by a blank line."""
    merged: list[dict[str, str]] = []
    for message in chat:
        if merged and merged[-1]["role"] == message["role"]:
            merged[-1] = {**merged[-1],
                          "content": f"{merged[-1]['content']}\n\n{message['content']}"}
        else:
            merged.append(dict(message))
    return merged


TemplateCheck = Callable[[str], str | None]


def check_template(source: str, bos_token: str = "", eos_token: str = "") -> str | None:
    """Try a template once on a short chat, as an import does. None means it works;
    otherwise the reason, in words, that the plain transcript will be used instead."""
    try:
        ChatTemplate(source, bos_token, eos_token).format(SAMPLE_CHAT)
    except TemplateError as exc:
        return str(exc)
    return None


SAMPLE_CHAT = [
    ("system", "You are a helpful assistant."),
    ("user", "What is the capital of France?"),
    ("assistant", "The capital of France is Paris."),
    ("user", "And of Italy?"),
]
