"""Test doubles: a scripted engine (replies, delays, injected errors)."""

from __future__ import annotations

import re
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from app.engine.base import (
    CancelToken,
    ChatMessage,
    EngineLoadError,
    GenerationParams,
    GenerationStats,
    LoadOptions,
    ModelInfo,
)


@dataclass
class Script:
    """What the fake engine will do; tests fill it in before or during a run."""

    replies: deque[str] = field(default_factory=deque)
    token_delay_s: float = 0.0
    fail_with: Exception | None = None
    load_error: str | None = None
    dropped_messages: int = 0
    default_reply: str = "Hello from the fake engine."
    prompts: list[list[ChatMessage]] = field(default_factory=list)
    load_delay_s: float = 0.0  # each load takes this long, unless cancelled
    prompt_note: str = ""  # as if the model's template had to be given up for this reply
    template_note: str = ""  # as if the model's template failed its check on load
    loads: list[Path] = field(default_factory=list)
    params: list[GenerationParams] = field(default_factory=list)
    dropped_cache_keys: list[str] = field(default_factory=list)
    offload_label: str = "CPU"
    offload_note: str = ""


def split_tokens(text: str) -> list[str]:
    return re.findall(r"\s*\S+|\s+", text)


class FakeEngine:
    def __init__(self, path: Path, options: LoadOptions, script: Script) -> None:
        if script.load_error:
            raise EngineLoadError(script.load_error)
        self._script = script
        self._info = ModelInfo(path=path, name="Fake model", architecture="fake",
                               context_length=options.context_length,
                               train_context_length=options.context_length,
                               has_chat_template=False, gpu_offload=False,
                               template_note=script.template_note,
                               offload_label=script.offload_label,
                               offload_note=script.offload_note)
        self._stats = GenerationStats()
        self.closed = False

    @property
    def info(self) -> ModelInfo:
        return self._info

    @property
    def last_stats(self) -> GenerationStats:
        return self._stats

    def stream_chat(self, messages: list[ChatMessage], params: GenerationParams,
                    cancel: CancelToken) -> Iterator[str]:
        script = self._script
        script.prompts.append(list(messages))
        script.params.append(params)
        started = time.perf_counter()
        prompt_tokens = sum(len(m.content.split()) for m in messages)
        completion_tokens = 0
        ttft_ms: float | None = None
        stop_reason = "stop"
        self._stats = GenerationStats(stop_reason="cancelled")
        reply = script.replies.popleft() if script.replies else script.default_reply
        if script.fail_with is not None:
            raise script.fail_with
        try:
            for piece in split_tokens(reply)[: params.max_tokens]:
                if cancel.cancelled:
                    stop_reason = "cancelled"
                    break
                if script.token_delay_s:
                    cancel.wait(script.token_delay_s)
                if ttft_ms is None:
                    ttft_ms = (time.perf_counter() - started) * 1000
                completion_tokens += 1
                yield piece
        finally:
            self._stats = GenerationStats(
                prompt_tokens=prompt_tokens, completion_tokens=completion_tokens,
                ttft_ms=ttft_ms, duration_ms=(time.perf_counter() - started) * 1000 + 1,
                dropped_messages=script.dropped_messages, stop_reason=stop_reason,
                prompt_note=script.prompt_note)

    def count_tokens(self, messages: list[ChatMessage]) -> int:
        """As the fake counts its prompts: one token a word."""
        return sum(len(m.content.split()) for m in messages)

    def drop_cached(self, key: str) -> None:
        self._script.dropped_cache_keys.append(key)

    def close(self) -> None:
        self.closed = True


class FakeEngineFactory:
    def __init__(self, script: Script) -> None:
        self.script = script

    def __call__(self, path: Path, options: LoadOptions, cancel: CancelToken,
                 progress: Callable[[float], None] | None = None) -> FakeEngine:
        if progress is not None:
            progress(0.0)
        if self.script.load_delay_s and cancel.wait(self.script.load_delay_s):
            raise EngineLoadError("Loading was cancelled.")
        if progress is not None:
            for step in (0.5, 1.0):
                progress(step)
        self.script.loads.append(path)
        return FakeEngine(path, options, self.script)


class MemoryKeyring(KeyringBackend):
    """An in-memory keyring backend for tests."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.secrets:
            raise PasswordDeleteError(username)
        del self.secrets[(service, username)]
