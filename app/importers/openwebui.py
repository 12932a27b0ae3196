"""Open WebUI's JSON export: one chat, or a list of {chat: …} wrappers (Export All Chats).

A chat's messages are a tree in chat.history.messages (id -> {parentId, childrenIds, role,
content, timestamp, model}); chat.history.currentId ends the path that was showing."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.importers.jsonstream import BrokenJson, TooLarge, count_keys, items
from app.importers.model import (
    ImportedConversation,
    ImportedMessage,
    Item,
    Skipped,
    clip,
    guarded,
    newest_leaf,
    parents_first,
    seconds,
    seq,
    text_of,
)

NAME = "openwebui"


class OpenWebUiReader:
    def estimate(self, path: Path) -> int:
        with path.open("rb") as stream:
            return count_keys(stream, b"history")

    def read(self, path: Path) -> Iterator[Item]:
        with path.open("rb") as stream:
            try:
                for index, item in enumerate(items(stream)):
                    where = f"{path.name}, chat {index + 1}"
                    if isinstance(item, TooLarge):
                        yield Skipped(where, item.reason)
                        continue
                    chat = _chat_of(item)
                    if chat is None:
                        yield Skipped(where, "it is not an Open WebUI chat (it has no "
                                      "history of messages)")
                        continue
                    yield guarded(where, conversation_from, item, chat, where)
            except BrokenJson as exc:
                reason = ("the file ends in the middle of it (it was cut off)" if exc.cut_off
                          else f"the file is not valid JSON there ({exc.reason})")
                yield Skipped(f"{path.name}, chat {exc.index + 1}", reason)


def _chat_of(item: Any) -> dict[str, Any] | None:
    if not isinstance(item, dict):
        return None
    chat: dict[str, Any] = item["chat"] if isinstance(item.get("chat"), dict) else item
    history = chat.get("history")
    if not isinstance(history, dict) or not isinstance(history.get("messages"), dict):
        return None
    return chat


def conversation_from(item: dict[str, Any], chat: dict[str, Any],
                      where: str) -> ImportedConversation:
    title = str(chat.get("title") or item.get("title") or "")
    if title:
        where = f"{where} (\u201c{title}\u201d)"
    key = item.get("id") or chat.get("id")
    if not isinstance(key, str) or not key:
        key = "t-" + hashlib.sha1(f"{title}|{chat.get('timestamp')}".encode()).hexdigest()
    problems: list[str] = []
    raw = chat["history"]["messages"]
    nodes = {str(k): v for k, v in raw.items() if isinstance(v, dict)}
    for bad in (k for k, v in raw.items() if not isinstance(v, dict)):
        problems.append(f"{where}: message {bad} is not an object; left out")
    parents = {k: (str(v["parentId"]) if v.get("parentId") is not None else None)
               for k, v in nodes.items()}
    created = seconds(item.get("created_at")) or seconds(chat.get("timestamp"))
    conversation = ImportedConversation(
        source=f"{NAME}:{key}", title=title, created_at=created,
        updated_at=seconds(item.get("updated_at")), problems=problems)
    shown: dict[str, str | None] = {}
    system: list[str] = []
    for node_id in parents_first(parents, where, problems):
        node = nodes[node_id]
        parent_id = parents[node_id]
        parent = shown.get(parent_id) if parent_id is not None else None
        role = node.get("role")
        text = _content(node, f"{where}, message {node_id}", problems)
        if role == "system":
            if text.strip():
                system.append(text.strip())
            shown[node_id] = parent
            continue
        if role not in ("user", "assistant"):
            problems.append(f"{where}: message {node_id} has a role Hearth does not know "
                            f"({role!r}); left out")
            shown[node_id] = parent
            continue
        model = node.get("model") or node.get("modelName")
        conversation.messages.append(ImportedMessage(
            source_id=node_id, parent_source_id=parent, role=role, content=text,
            created_at=seconds(node.get("timestamp")),
            model=model if isinstance(model, str) and model else None))
        shown[node_id] = node_id
    current = chat["history"].get("currentId")
    conversation.active_leaf = shown.get(str(current)) if current is not None else None
    if conversation.active_leaf is None:
        conversation.active_leaf = newest_leaf(conversation.messages)
    models = [m for m in chat.get("models") or [] if isinstance(m, str) and m]
    models += sorted({m.model for m in conversation.messages if m.model} - set(models))
    conversation.note = "Models: " + ", ".join(models) if models else ""
    system_prompt = chat.get("system") or (chat.get("params") or {}).get("system")
    if isinstance(system_prompt, str) and system_prompt.strip():
        system.insert(0, system_prompt.strip())
    conversation.system_prompt = "\n\n".join(system)
    return conversation


def _content(node: dict[str, Any], where: str, problems: list[str]) -> str:
    text = text_of(node.get("content"))
    files = seq(node.get("files"))
    lines = []
    for file in files:
        if not isinstance(file, dict):
            continue
        name = file.get("name") or (file.get("file") or {}).get("filename") or file.get("url")
        kind = "Image" if file.get("type") == "image" else "File"
        if kind == "Image" and str(name).startswith("data:"):
            name = "an embedded image"
        lines.append(f"[{kind}: {name or 'unnamed'} (not imported)]")
    if lines:
        text = "\n".join(lines) + ("\n\n" + text if text else "")
    return clip(text, where, problems)
