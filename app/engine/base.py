"""What the rest of the app knows about an engine. No Qt and no llama_cpp here."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from app.jobs import CancelToken as CancelToken  # engines and their callers take it here


@dataclass(frozen=True)
class ChatMessage:
    role: str  # "system", "user" or "assistant"
    content: str


@dataclass(frozen=True)
class Reasoning:
    """Text a reasoning model thinks before its answer (engine/reasoning.py tells it from
    the answer). `done`: the thinking ended here, and what follows is the answer."""

    text: str
    done: bool = False


# What an engine's reply stream yields: the answer's text as plain str, the thinking as
# Reasoning. Callers that only want the answer keep the str pieces.
Piece = str | Reasoning


@dataclass(frozen=True)
class GenerationParams:
    max_tokens: int = 512
    temperature: float = 0.7
    top_p: float = 0.95
    top_k: int = 40
    repeat_penalty: float = 1.1
    seed: int | None = None
    # This conversation's own context length, within the loaded model's: older turns are
    # left out past it. None: the model's whole window.
    context_limit: int | None = None
    # Whose prompt this is (a conversation): the engine keeps a prompt cache per key, so
    # going back to a conversation reads only what is new in it.
    cache_key: str | None = None
    # Generate exactly max_tokens, past end-of-turn tokens and stop strings: for benchmarks
    # and stress tests, which need replies of a known length.
    ignore_stop: bool = False


@dataclass(frozen=True)
class LoadOptions:
    context_length: int = 4096
    gpu_layers: int = 0  # -2: Auto (engine/offload.py), -1: all, 0: none
    threads: int = 0  # 0: let the engine choose
    prompt_cache_bytes: int = 0  # 0: no prompt cache per conversation
    prompt_cache_dir: Path | None = None  # where the last few survive a restart


@dataclass(frozen=True)
class ModelInfo:
    path: Path
    name: str
    architecture: str
    context_length: int  # the context in use
    train_context_length: int
    has_chat_template: bool
    gpu_offload: bool
    # Why the model's own chat template is not used (it overran its bound at the check on
    # load, or does not parse); "" when it is used or the model has none.
    template_note: str = ""
    amx_guard: bool = False  # loaded without the extra buffer types (engine/cpu.py)
    offload_label: str = "CPU"  # "20/32 layers on NVIDIA H200", or "CPU"
    offload_note: str = ""  # why it runs on the CPU though a GPU was asked for
    context_known: bool = True  # False: a server that does not say its context size


@dataclass(frozen=True)
class GenerationStats:
    """What one reply cost. Immutable: it crosses from the engine thread to the GUI thread."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    ttft_ms: float | None = None
    duration_ms: float = 0.0
    dropped_messages: int = 0
    stop_reason: str = "stop"  # stop, length, cancelled, context
    reused_tokens: int = 0  # prompt tokens already read (the prompt cache), not read again
    # Why this reply was prompted with the plain transcript instead of the model's own
    # chat template (a template that overran its bound, or refused this chat); else "".
    prompt_note: str = ""

    @property
    def tokens_per_s(self) -> float | None:
        if self.completion_tokens < 2 or self.ttft_ms is None:
            return None
        decode_s = (self.duration_ms - self.ttft_ms) / 1000
        if decode_s <= 0:
            return None
        # tokens after the first, over the time spent producing them
        return (self.completion_tokens - 1) / decode_s


class EngineError(Exception):
    """A reply failed for a reason the user can act on (a prompt too long, a server that
    refused); the message says it in words and the window shows it as it is."""


class EngineLoadError(Exception):
    """A model could not be loaded; the message names the cause for the user."""


class Engine(Protocol):
    """A loaded model that streams replies. Runs on the engine thread only."""

    @property
    def info(self) -> ModelInfo: ...

    @property
    def last_stats(self) -> GenerationStats: ...

    def stream_chat(
        self, messages: list[ChatMessage], params: GenerationParams, cancel: CancelToken
    ) -> Iterator[Piece]: ...

    def count_tokens(self, messages: list[ChatMessage]) -> int:
        """The prompt's length in tokens, exactly as a reply to these messages sends it."""
        ...

    def drop_cached(self, key: str) -> None:
        """Forget the prompt cache kept for this key (its conversation changed)."""
        ...

    def close(self) -> None: ...


LoadProgress = Callable[[float], None]  # 0.0 to 1.0, called on the engine thread


class EngineFactory(Protocol):
    def __call__(self, path: Path, options: LoadOptions, cancel: CancelToken,
                 progress: LoadProgress | None = None) -> Engine: ...
