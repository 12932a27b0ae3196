"""Settings as dataclasses whose field metadata drives validation and the dialog.

A broken or hand-edited file never stops the app: unknown keys are dropped and bad values
fall back to their defaults, with a warning in the log. So does a file that is no file: a
link to a device or a pipe, something too large, JSON nested too deep to parse.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, TypeVar

log = logging.getLogger(__name__)

# A settings file is a few kilobytes; a larger one is not ours (or not a file at all)
MAX_FILE_BYTES = 1024 * 1024

DEFAULT_SYSTEM_PROMPT = "You are Hearth, a helpful, honest and concise assistant."


def setting(default: Any, label: str, minimum: float | None = None,
            maximum: float | None = None, help: str = "") -> Any:
    return field(default=default, metadata={
        "label": label, "min": minimum, "max": maximum, "help": help,
    })


@dataclass
class Settings:
    default_system_prompt: str = setting(
        DEFAULT_SYSTEM_PROMPT, "Default system prompt",
        help="Used by new conversations; each conversation can change its own.")
    temperature: float = setting(0.7, "Temperature", 0.0, 2.0)
    top_p: float = setting(0.95, "Top-p", 0.0, 1.0)
    max_tokens: int = setting(512, "Maximum reply length (tokens)", 1, 32768)
    seed: int = setting(-1, "Random seed (-1 = different every time)", -1, 2**31 - 1)
    context_length: int = setting(4096, "Context length (tokens)", 256, 131072,
                                  help="Capped at the model's own maximum.")
    gpu_layers: int = setting(-2, "Layers on the GPU (-2 = Auto, -1 = all, 0 = none)", -2, 1000,
                              help="Auto puts as many layers on the GPU as fit its free "
                                   "memory with the context; without a GPU, none.")
    threads: int = setting(0, "CPU threads (0 = automatic)", 0, 256)
    model_path: str = setting("", "Model file", help="Empty means the bundled model.")
    serve_api: bool = setting(
        False, "Serve the loaded model to other apps on this computer",
        help="An OpenAI-compatible API on 127.0.0.1 (/v1/models, /v1/chat/completions), "
             "behind the token shown below. Off by default.")
    api_port: int = setting(8745, "Port for the local API", 1024, 65535)
    api_on_network: bool = setting(
        False, "Also let other computers on the network use it (not only this one)",
        help="Listens on every network interface instead of 127.0.0.1. Anyone who can reach "
             "this computer and has the token can then use the model.")
    prompt_cache_mb: int = setting(
        0, "Memory for going back to recent conversations (MB, 0 = automatic)", 0, 65536,
        help="Each recent conversation's state is kept, so returning to it does not "
             "re-read its history. Automatic: an eighth of this computer's memory, at "
             "most 2 GB.")
    language: str = setting(
        "", "Language (applied at the next start)",
        help="System follows this computer's language. Hearth speaks English, German, "
             "French, Spanish, Simplified Chinese and Japanese.")
    documents_embedder: str = setting(
        "", "Embedding model for documents",
        help="How your documents are searched by meaning. The bundled one reads English "
             "best; a stronger or multilingual one can be downloaded in Models (For "
             "documents). Your documents are then indexed again.")
    search_reasoning: bool = setting(
        False, "Search what reasoning models thought, too",
        help="Search finds words in the replies' answers; with this on, also in the "
             "thinking that reasoning models write before they answer.")


def prompt_cache_budget(setting_mb: int, total_memory: int) -> int:
    """Bytes for the prompt cache: the setting, or an eighth of memory up to 2 GiB."""
    if setting_mb > 0:
        return setting_mb * 1024 * 1024
    return min(total_memory // 8, 2 * 1024**3)


@dataclass
class UiState:
    window_geometry: str = ""
    splitter_sizes: list[int] = field(default_factory=list)
    last_conversation_id: int | None = None
    instruct_offer_done: bool = False  # the offer of an instruct model was dismissed or taken
    # the user's text zoom (View menu), times the system's font size
    text_scale: float = field(default=1.0, metadata={"min": 0.7, "max": 2.0})


T = TypeVar("T")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _coerce(value: Any, annotation: str, meta: Any) -> Any:
    """Return the value if it matches the field's declared type and range; else raise."""
    if annotation == "float" and _is_int(value):
        value = float(value)
    checks: dict[str, Callable[[Any], bool]] = {
        "str": lambda v: isinstance(v, str),
        "bool": lambda v: isinstance(v, bool),
        "int": _is_int,
        "float": lambda v: isinstance(v, float),
        "int | None": lambda v: v is None or _is_int(v),
        "list[int]": lambda v: isinstance(v, list) and all(_is_int(i) for i in v),
    }
    valid = checks.get(annotation)
    if valid is None or not valid(value):
        raise ValueError(f"expected {annotation}")
    low, high = meta.get("min"), meta.get("max")
    if (low is not None and value < low) or (high is not None and value > high):
        raise ValueError(f"out of range [{low}, {high}]")
    return value


def read_small_file(path: Path, limit: int = MAX_FILE_BYTES,
                    follow_links: bool = True) -> bytes:
    """A regular file's bytes, at most `limit` of them. Anything else raises OSError or
    ValueError without waiting: a pipe (opened without blocking, then refused), a device
    such as /dev/zero behind a link (it never ends), a file larger than the limit, and a
    link at all unless `follow_links`. FileNotFoundError when there is none."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags | getattr(os, "O_BINARY", 0))
    try:
        info = os.fstat(fd)  # of what was opened, so a swap after a check changes nothing
        if not stat.S_ISREG(info.st_mode):
            raise ValueError("not a regular file")
        if info.st_size > limit:
            raise ValueError(f"{info.st_size} bytes, more than the {limit} a settings "
                             "file may have")
        chunks: list[bytes] = []
        left = limit + 1  # one more, to see a file that grew since fstat
        while left > 0:
            chunk = os.read(fd, min(left, 65536))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        if left <= 0:
            raise ValueError(f"more than the {limit} bytes a settings file may have")
        return b"".join(chunks)
    finally:
        os.close(fd)


def load_json_dataclass(cls: type[T], path: Path) -> T:
    instance = cls()
    try:
        raw = json.loads(read_small_file(path).decode("utf-8"))
    except FileNotFoundError:
        return instance
    except (OSError, ValueError, RecursionError) as exc:
        # RecursionError: JSON nested thousands deep (json's parser recurses)
        log.warning("Ignoring unreadable %s: %s", path.name, exc)
        return instance
    if not isinstance(raw, dict):
        log.warning("Ignoring %s: not a JSON object", path.name)
        return instance
    for f in fields(cls):  # type: ignore[arg-type]
        if f.name not in raw:
            continue
        try:
            setattr(instance, f.name, _coerce(raw[f.name], str(f.type), f.metadata))
        except ValueError as exc:
            log.warning("Setting %s in %s ignored: %s", f.name, path.name, exc)
    return instance


def save_json_dataclass(instance: Any, path: Path) -> None:
    """Write atomically, so a crash mid-save leaves the previous file intact."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(asdict(instance), out, indent=2)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
