"""Jan's data folder: threads/<id>/thread.json (title, times, the assistant and its model)
and messages.jsonl (one message a line; content is a list of {type: "text", text: {value}}).
A Jan thread is a plain list of messages, without branches."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.importers.model import (
    ImportedConversation,
    ImportedMessage,
    ImportProblem,
    Item,
    Skipped,
    clip,
    guarded,
    obj,
    seconds,
    text_of,
)

NAME = "jan"


def thread_folders(path: Path) -> list[Path]:
    """The thread folders under a Jan data folder, its threads folder, or one thread."""
    if (path / "thread.json").is_file() or (path / "messages.jsonl").is_file():
        return [path]
    threads = path / "threads" if (path / "threads").is_dir() else path
    found = [p for p in threads.iterdir()
             if p.is_dir() and ((p / "thread.json").is_file() or (p / "messages.jsonl").is_file())]
    return sorted(found)


class JanReader:
    def estimate(self, path: Path) -> int:
        return len(thread_folders(path))

    def read(self, path: Path) -> Iterator[Item]:
        folders = thread_folders(path)
        if not folders:
            raise ImportProblem(f"{path} has no Jan threads (folders with thread.json and "
                                "messages.jsonl).")
        for folder in folders:
            try:
                yield guarded(f"Jan thread {folder.name}", thread_from, folder)
            except (OSError, ValueError) as exc:
                yield Skipped(f"Jan thread {folder.name}", f"it could not be read ({exc})")


def thread_from(folder: Path) -> ImportedConversation | Skipped:
    where = f"Jan thread {folder.name}"
    problems: list[str] = []
    thread: dict[str, Any] = {}
    meta = folder / "thread.json"
    if meta.is_file():
        try:
            loaded = json.loads(meta.read_text(encoding="utf-8"))
        except (ValueError, RecursionError) as exc:
            problems.append(f"{where}: thread.json is not valid JSON ({exc}); its title and "
                            "times are missing")
        else:
            thread = loaded if isinstance(loaded, dict) else {}
    title = str(thread.get("title") or "")
    if title:
        where = f"{where} (\u201c{title}\u201d)"
    key = str(thread.get("id") or folder.name)
    assistants = [a for a in thread.get("assistants") or [] if isinstance(a, dict)]
    models = []
    system = []
    for assistant in assistants:
        model = assistant.get("model")
        model_id = model.get("id") if isinstance(model, dict) else model
        if isinstance(model_id, str) and model_id and model_id != "*":
            models.append(model_id)
        if isinstance(assistant.get("instructions"), str) and assistant["instructions"].strip():
            system.append(assistant["instructions"].strip())
    conversation = ImportedConversation(
        source=f"{NAME}:{key}", title=title, created_at=seconds(thread.get("created")),
        updated_at=seconds(thread.get("updated")), system_prompt="\n\n".join(system),
        note="Models: " + ", ".join(models) if models else "", problems=problems)
    lines = folder / "messages.jsonl"
    if not lines.is_file():
        return Skipped(where, "it has no messages.jsonl")
    parent: str | None = None
    with lines.open(encoding="utf-8", errors="replace") as stream:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                message = json.loads(line)
            except (ValueError, RecursionError):
                problems.append(f"{where}, messages.jsonl line {number}: not valid JSON; left out")
                continue
            if not isinstance(message, dict):
                continue
            role = message.get("role")
            text = clip(_content(message.get("content"), f"{where}, line {number}", problems),
                        f"{where}, line {number}", problems)
            if role == "system":
                if text.strip():
                    conversation.system_prompt = "\n\n".join(
                        filter(None, (conversation.system_prompt, text.strip())))
                continue
            if role not in ("user", "assistant"):
                problems.append(f"{where}, messages.jsonl line {number}: a role Hearth does "
                                f"not know ({role!r}); left out")
                continue
            source_id = str(message.get("id") or f"line-{number}")
            metadata = obj(message.get("metadata"))
            model = metadata.get("model") or message.get("model")
            if isinstance(model, dict):
                model = model.get("id")
            conversation.messages.append(ImportedMessage(
                source_id=source_id, parent_source_id=parent, role=role, content=text,
                created_at=seconds(message.get("created_at") or message.get("created")),
                model=model if isinstance(model, str) and model else None))
            parent = source_id
    conversation.active_leaf = parent
    if not conversation.messages:
        return Skipped(where, "it has no messages")
    return conversation


def _content(content: Any, where: str, problems: list[str]) -> str:
    if isinstance(content, str):
        return content
    if not isinstance(content, list):
        return ""
    pieces = []
    for part in content:
        if not isinstance(part, dict):
            continue
        kind = part.get("type")
        if kind == "text":
            pieces.append(text_of(part.get("text")))
        elif kind in ("image_url", "image"):
            url = text_of(part.get("image_url")) or text_of(part.get("url"))
            name = url.rsplit("/", 1)[-1] if url and not url.startswith("data:") else ""
            pieces.append(f"[Image{': ' + name if name else ''} (not imported)]")
        else:
            text = text_of(part.get("text"))
            problems.append(f"{where}: content of a type Hearth does not know ({kind!r})"
                            + ("; its text was kept" if text else "; it was left out"))
            pieces.append(text)
    return "\n\n".join(p for p in pieces if p)
