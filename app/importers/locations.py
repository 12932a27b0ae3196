"""Where other apps keep their history by default, on each OS, so that the import dialog can
offer it ("Found 214 conversations from Jan"). Only listed when the user opens that dialog;
only folder listings are read here, never a conversation."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from app.importers import gpt4all, jan, lmstudio


@dataclass(frozen=True)
class FoundHistory:
    format: str  # as --from names it
    path: Path
    count: int  # conversations, by the files there


def candidates(home: Path, env: Mapping[str, str], platform: str) -> list[tuple[str, Path]]:
    """The folders each app uses by default (Open WebUI keeps its chats in a server's
    database, so it has none: its export file is chosen instead)."""
    found: list[tuple[str, Path]] = []
    if platform == "win32":
        roaming = Path(env.get("APPDATA") or home / "AppData" / "Roaming")
        local = Path(env.get("LOCALAPPDATA") or home / "AppData" / "Local")
        found += [("jan", roaming / "Jan" / "data"), ("jan", home / "jan")]
        found += [("gpt4all", local / "nomic.ai" / "GPT4All")]
    elif platform == "darwin":
        support = home / "Library" / "Application Support"
        found += [("jan", support / "Jan" / "data"), ("jan", home / "jan")]
        found += [("gpt4all", support / "nomic.ai" / "GPT4All")]
    else:
        config = Path(env.get("XDG_CONFIG_HOME") or home / ".config")
        data = Path(env.get("XDG_DATA_HOME") or home / ".local" / "share")
        found += [("jan", config / "Jan" / "data"), ("jan", data / "Jan" / "data"),
                  ("jan", home / "jan")]
        found += [("gpt4all", data / "nomic.ai" / "GPT4All")]
    found += [("lmstudio", home / ".lmstudio" / "conversations"),
              ("lmstudio", home / ".cache" / "lm-studio" / "conversations")]
    return found


def find_other_apps(home: Path | None = None, env: Mapping[str, str] | None = None,
                    platform: str | None = None) -> list[FoundHistory]:
    """The default folders that exist and hold conversations, with how many."""
    home = home if home is not None else Path.home()
    env = env if env is not None else os.environ
    platform = platform or sys.platform
    found: list[FoundHistory] = []
    seen: set[Path] = set()
    for fmt, path in candidates(home, env, platform):
        if path in seen or not path.is_dir():
            continue
        seen.add(path)
        try:
            count = _count(fmt, path)
        except OSError:
            continue
        if count:
            found.append(FoundHistory(fmt, path, count))
    return found


def _count(fmt: str, path: Path) -> int:
    if fmt == "jan":
        return len(jan.thread_folders(path)) if (path / "threads").is_dir() else 0
    if fmt == "lmstudio":
        return len(lmstudio.conversation_files(path))
    # GPT4All keeps its chats among its models: only its own chat files are counted
    return len([p for p in path.glob("gpt4all-*.chat") if gpt4all.is_chat_file(p)])
