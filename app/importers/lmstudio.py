"""LM Studio's conversations: ~/.lmstudio/conversations/*.conversation.json.

Each message is a slot with `versions` and `currentlySelected`: the versions are siblings
(a regenerated reply, an edited question) and the conversation goes on after the selected
one. A user's version is a singleStep with text parts; an assistant's is a multiStep whose
steps are content blocks (one styled "thinking" holds a reasoning model's thoughts)."""

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
    content_id,
    guarded,
    obj,
    seconds,
    text_of,
)

NAME = "lmstudio"
SUFFIX = ".conversation.json"


def conversation_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted(p for p in path.rglob(f"*{SUFFIX}") if p.is_file())


class LmStudioReader:
    def estimate(self, path: Path) -> int:
        return len(conversation_files(path))

    def read(self, path: Path) -> Iterator[Item]:
        files = conversation_files(path)
        if not files:
            raise ImportProblem(f"{path} has no LM Studio conversations (*{SUFFIX} files).")
        for file in files:
            try:
                data = json.loads(file.read_text(encoding="utf-8", errors="replace"))
            except (ValueError, RecursionError) as exc:
                yield Skipped(file.name, f"it is not valid JSON ({exc})")
                continue
            except OSError as exc:
                yield Skipped(file.name, f"it could not be read ({exc})")
                continue
            if not isinstance(data, dict) or not isinstance(data.get("messages"), list):
                yield Skipped(file.name, "it is not an LM Studio conversation (no messages)")
                continue
            yield guarded(file.name, conversation_from, data, file, path)


def conversation_from(data: dict[str, Any], file: Path, root: Path) -> ImportedConversation:
    where = file.name
    title = str(data.get("name") or "")
    if title:
        where = f"{where} (\u201c{title}\u201d)"
    key = file.relative_to(root).as_posix() if root.is_dir() else file.name
    key = key.removesuffix(SUFFIX)
    problems: list[str] = []
    created = seconds(data.get("createdAt"))
    conversation = ImportedConversation(
        source=f"{NAME}:{key}", title=title, created_at=created, updated_at=None,
        problems=problems)
    system = [str(data["systemPrompt"]).strip()] if str(
        data.get("systemPrompt") or "").strip() else []
    models: list[str] = []
    last = data.get("lastUsedModel")
    if isinstance(last, dict):
        name = last.get("indexedModelIdentifier") or last.get("identifier")
        if isinstance(name, str) and name:
            models.append(name)
    parent: str | None = None
    for index, slot in enumerate(data["messages"]):
        if not isinstance(slot, dict) or not isinstance(slot.get("versions"), list) or \
                not slot["versions"]:
            problems.append(f"{where}: message {index + 1} has no versions; left out")
            continue
        selected = slot.get("currentlySelected", 0)
        if not isinstance(selected, int) or not 0 <= selected < len(slot["versions"]):
            problems.append(f"{where}: message {index + 1} selects a version it does not "
                            "have; the last one is shown")
            selected = len(slot["versions"]) - 1
        next_parent = parent
        for number, version in enumerate(slot["versions"]):
            if not isinstance(version, dict):
                continue
            role = version.get("role")
            text, reasoning, model = _version(version, f"{where}, message {index + 1}",
                                              problems)
            if role == "system":
                if text.strip() and number == selected:
                    system.append(text.strip())
                continue
            if role not in ("user", "assistant"):
                problems.append(f"{where}: message {index + 1} has a role Hearth does not "
                                f"know ({role!r}); left out")
                continue
            content, thought = clip(text, where, problems), clip(reasoning, where, problems)
            source_id = content_id(parent, role, content, thought)
            if model and model not in models:
                models.append(model)
            conversation.messages.append(ImportedMessage(
                source_id=source_id, parent_source_id=parent, role=role,
                content=content, reasoning=thought, created_at=None, model=model))
            if number == selected:
                next_parent = source_id
        parent = next_parent
    conversation.active_leaf = parent
    conversation.system_prompt = "\n\n".join(system)
    conversation.note = "Models: " + ", ".join(models) if models else ""
    return conversation


def _version(version: dict[str, Any], where: str,
             problems: list[str]) -> tuple[str, str, str | None]:
    """The text, the reasoning and the model of one version."""
    kind = version.get("type")
    model = None
    if kind == "multiStep":
        texts: list[str] = []
        thoughts: list[str] = []
        for step in version.get("steps") or []:
            if not isinstance(step, dict) or step.get("type") != "contentBlock":
                continue  # debug information, tool-call status: not part of the reply
            style = obj(step.get("style"))
            text = _parts(step.get("content"), where, problems)
            (thoughts if style.get("type") == "thinking" else texts).append(text)
            info = obj(step.get("genInfo"))
            name = info.get("indexedModelIdentifier") or info.get("identifier")
            if isinstance(name, str) and name:
                model = name
        sender = obj(version.get("senderInfo"))
        if model is None and isinstance(sender.get("senderName"), str):
            model = sender["senderName"] or None
        return ("\n\n".join(t for t in texts if t), "\n\n".join(t for t in thoughts if t),
                model)
    return _parts(version.get("content"), where, problems), "", None


def _parts(content: Any, where: str, problems: list[str]) -> str:
    if isinstance(content, str):
        return content
    pieces = []
    for part in content if isinstance(content, list) else []:
        if not isinstance(part, dict):
            continue
        kind = part.get("type")
        if kind == "text":
            pieces.append(text_of(part.get("text")))
        elif kind == "file":
            name = part.get("name") or part.get("fileIdentifier") or "unnamed"
            label = "Image" if part.get("fileType") == "image" else "File"
            pieces.append(f"[{label}: {name} (not imported)]")
        else:
            text = text_of(part.get("text"))
            problems.append(f"{where}: content of a type Hearth does not know ({kind!r})"
                            + ("; its text was kept" if text else "; it was left out"))
            pieces.append(text)
    return "\n\n".join(p for p in pieces if p)
