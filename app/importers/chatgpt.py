"""ChatGPT's data export: the ZIP, or its conversations.json.

A conversation is a tree in `mapping` (node id -> {id, parent, children, message}) whose
`current_node` ends the path that was showing. The root's message is null; system, tool
and hidden messages (custom instructions, browsing, code runs, a reasoning model's
thoughts) are not part of the chat a user saw, so they are kept out of the path: custom
instructions and the system prompt become the conversation's system prompt, thoughts the
next reply's reasoning, and the rest the conversation's note."""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from app.importers.jsonstream import BrokenJson, TooLarge, count_keys, items
from app.importers.model import (
    ImportedConversation,
    ImportedMessage,
    ImportProblem,
    Item,
    Skipped,
    clip,
    guarded,
    newest_leaf,
    obj,
    seconds,
    seq,
    text_of,
)

NAME = "chatgpt"
JSON_NAME = "conversations.json"


class ChatGptReader:
    def estimate(self, path: Path) -> int:
        with open_export(path) as (stream, _label):
            return count_keys(stream, b"mapping")

    def read(self, path: Path) -> Iterator[Item]:
        with open_export(path) as (stream, label):
            index = 0
            try:
                for index, item in enumerate(items(stream)):
                    where = f"{label}, conversation {index + 1}"
                    if isinstance(item, TooLarge):
                        yield Skipped(where, item.reason)
                    elif not isinstance(item, dict) or not isinstance(item.get("mapping"), dict):
                        yield Skipped(where, "it is not a ChatGPT conversation (it has no "
                                      "mapping of messages)")
                    else:
                        yield guarded(where, conversation_from, item, where)
            except BrokenJson as exc:
                yield Skipped(f"{label}, conversation {exc.index + 1}", _broken(exc))


def _broken(exc: BrokenJson) -> str:
    before = (f"; the {exc.index} before it were read" if exc.index > 1 else
              "; the one before it was read" if exc.index == 1 else "")
    if exc.cut_off:
        return f"the file ends in the middle of it (it was cut off){before}"
    return f"the file is not valid JSON there ({exc.reason}){before}"


@contextmanager
def open_export(path: Path) -> Iterator[tuple[IO[bytes], str]]:
    """The conversations.json of an export, itself or inside its ZIP, as a binary stream
    (a ZIP member is decompressed as it is read, never whole)."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            names = [n for n in archive.namelist() if n.rsplit("/", 1)[-1] == JSON_NAME]
            if not names:
                raise ImportProblem(
                    f"{path.name} is a ZIP file without a {JSON_NAME}: it is not a ChatGPT "
                    "export, or not the whole of one. ChatGPT's export ZIP has it at the top.")
            names.sort(key=lambda n: n.count("/"))
            with archive.open(names[0]) as stream:
                yield stream, f"{path.name} ({names[0]})"
        return
    with path.open("rb") as stream:
        yield stream, path.name


def conversation_from(item: dict[str, Any], where: str) -> ImportedConversation:
    title = str(item.get("title") or "")
    created = seconds(item.get("create_time"))
    if title:
        where = f"{where} (\u201c{title}\u201d)"
    key = item.get("conversation_id") or item.get("id")
    if not isinstance(key, str) or not key:
        # no id of its own: its title and time stand in, so a second import still matches
        key = "t-" + hashlib.sha1(f"{title}|{item.get('create_time')}".encode()).hexdigest()
    tree = _Tree(item["mapping"], where)
    conversation = ImportedConversation(
        source=f"{NAME}:{key}", title=title, created_at=created,
        updated_at=seconds(item.get("update_time")), problems=tree.problems)
    tree.walk(conversation)
    current = item.get("current_node")
    conversation.active_leaf = tree.visible_of.get(current) if isinstance(current, str) else None
    if conversation.active_leaf is None and conversation.messages:
        if current is not None:
            tree.problems.append(f"{where}: the message it was showing ({current}) is not in "
                                 "its mapping; the newest branch is shown")
        conversation.active_leaf = newest_leaf(conversation.messages)
    models = sorted({m.model for m in conversation.messages if m.model})
    default = item.get("default_model_slug")
    if isinstance(default, str) and default and default not in models:
        models.append(default)
    notes = []
    if models:
        notes.append("Models: " + ", ".join(models))
    if tree.notes:
        notes.append("\n\n".join(tree.notes))
    conversation.note = clip("\n\n".join(notes), where, tree.problems)
    conversation.system_prompt = clip("\n\n".join(tree.system), where, tree.problems)
    return conversation


class _Tree:
    def __init__(self, mapping: dict[str, Any], where: str) -> None:
        self._mapping = mapping
        self._where = where
        self.problems: list[str] = []
        self.notes: list[str] = []
        self.system: list[str] = []
        self.visible_of: dict[str, str | None] = {}  # node -> its nearest shown message

    def walk(self, conversation: ImportedConversation) -> None:
        children: dict[str | None, list[str]] = {}
        for node_id, node in self._mapping.items():
            if not isinstance(node, dict):
                self.problems.append(f"{self._where}: node {node_id} is not an object; left out")
                continue
            parent = node.get("parent")
            if parent is not None and parent not in self._mapping:
                self.problems.append(f"{self._where}: the parent of message {node_id} "
                                     f"({parent}) does not exist; it is shown as a first message")
                parent = None
            children.setdefault(parent, []).append(node_id)
        for siblings in children.values():
            siblings.sort(key=lambda n: _time(self._mapping[n]))
        # depth first with an explicit stack: a conversation can be thousands of turns deep
        stack: list[tuple[str, str | None, str]] = [
            (n, None, "") for n in reversed(children.get(None, []))]
        while stack:
            node_id, shown_parent, reasoning = stack.pop()
            if node_id in self.visible_of:
                continue
            message = self._message(node_id, shown_parent, reasoning, conversation)
            shown = message.source_id if message else shown_parent
            self.visible_of[node_id] = shown
            if message is not None:
                reasoning = ""
            elif self._is_thoughts(node_id):
                reasoning = _join(reasoning, self._text(node_id))
            stack.extend((c, shown, reasoning) for c in reversed(children.get(node_id, [])))
        left = [n for n in self._mapping if n not in self.visible_of
                and isinstance(self._mapping[n], dict)]
        if left:
            self.problems.append(
                f"{self._where}: {len(left)} message(s) form a cycle in the mapping (at "
                f"{left[0]}) and were left out")

    def _message(self, node_id: str, parent: str | None, reasoning: str,
                 conversation: ImportedConversation) -> ImportedMessage | None:
        """The message shown for this node, or None when it is not shown (it goes to the
        system prompt or the note instead)."""
        message = self._mapping[node_id].get("message")
        if not isinstance(message, dict):
            return None
        author = obj(message.get("author"))
        role = author.get("role")
        content = obj(message.get("content"))
        metadata = obj(message.get("metadata"))
        kind = content.get("content_type")
        where = f"{self._where}, message {node_id}"
        text = render(content, where, self.problems)
        hidden = bool(metadata.get("is_visually_hidden_from_conversation"))
        if kind == "user_editable_context" or (role == "system" and text.strip()
                                                and not self.system and not hidden):
            if text.strip():
                self.system.append(text.strip())
            return None
        if kind in ("thoughts", "reasoning_recap"):
            return None
        recipient = message.get("recipient", "all")
        if role not in ("user", "assistant") or hidden or recipient not in ("all", None):
            if text.strip():
                label = {"system": "System", "tool": "Tool"}.get(str(role), str(role).title())
                name = author.get("name") or (recipient if recipient not in ("all", None)
                                              else None)
                self.notes.append(f"[{label}{f' · {name}' if name else ''}] {text.strip()}")
            return None
        if not text.strip():
            return None
        model = metadata.get("model_slug")
        imported = ImportedMessage(
            source_id=node_id, parent_source_id=parent, role=role,
            content=clip(text, where, self.problems),
            created_at=seconds(message.get("create_time")),
            model=model if isinstance(model, str) and model else None,
            reasoning=clip(reasoning, where, self.problems) if role == "assistant" else "")
        conversation.messages.append(imported)
        return imported

    def _is_thoughts(self, node_id: str) -> bool:
        message = self._mapping[node_id].get("message")
        return (isinstance(message, dict) and isinstance(message.get("content"), dict)
                and message["content"].get("content_type") == "thoughts")

    def _text(self, node_id: str) -> str:
        message = self._mapping[node_id]["message"]
        return render(message["content"], self._where, self.problems)


def _time(node: Any) -> float:
    message = node.get("message") if isinstance(node, dict) else None
    value = seconds(message.get("create_time")) if isinstance(message, dict) else None
    return value or 0.0


def _join(first: str, second: str) -> str:
    return f"{first}\n\n{second}" if first and second else first or second


def render(content: dict[str, Any], where: str, problems: list[str]) -> str:
    """A message's content as Markdown text. An image becomes a line naming its asset; a
    content type Hearth does not know keeps whatever text it has, and is told."""
    kind = content.get("content_type")
    parts = seq(content.get("parts"))
    if kind == "text":
        return "".join(p for p in parts if isinstance(p, str))
    if kind == "multimodal_text":
        return "\n\n".join(filter(None, (_part(p, where, problems) for p in parts)))
    if kind == "code":
        language = content.get("language")
        fence = language if isinstance(language, str) and language != "unknown" else ""
        return f"```{fence}\n{text_of(content.get('text'))}\n```"
    if kind == "execution_output":
        return f"```\n{text_of(content.get('text'))}\n```"
    if kind == "tether_quote":
        quote = "\n".join(f"> {line}" for line in text_of(content.get("text")).splitlines())
        source = " ".join(str(content.get(k)) for k in ("title", "url") if content.get(k))
        return f"{quote}\n\n— {source}" if source else quote
    if kind == "tether_browsing_display":
        return text_of(content.get("result")) or text_of(content.get("summary"))
    if kind == "system_error":
        return f"[Error: {content.get('name') or ''} {text_of(content.get('text'))}]".strip()
    if kind == "user_editable_context":
        return "\n\n".join(text_of(content.get(k)) for k in ("user_profile", "user_instructions")
                           if content.get(k))
    if kind == "thoughts":
        thoughts = seq(content.get("thoughts"))
        return "\n\n".join(
            "\n".join(filter(None, (text_of(t.get("summary")), text_of(t.get("content")))))
            for t in thoughts if isinstance(t, dict))
    if kind == "reasoning_recap":
        return text_of(content.get("content"))
    text = "".join(p for p in parts if isinstance(p, str)) or text_of(content.get("text"))
    problems.append(f"{where}: content of a type Hearth does not know ({kind!r})"
                    + ("; its text was kept" if text else "; it was left out"))
    return text


def _part(part: Any, where: str, problems: list[str]) -> str:
    if isinstance(part, str):
        return part
    if not isinstance(part, dict):
        return ""
    kind = part.get("content_type")
    if kind == "image_asset_pointer":
        asset = str(part.get("asset_pointer") or "").split("://")[-1] or "unnamed"
        size = (f", {part['width']}x{part['height']}"
                if part.get("width") and part.get("height") else "")
        return f"[Image: {asset}{size} (not imported)]"
    if kind in ("audio_transcription",):
        return text_of(part.get("text"))
    if kind in ("audio_asset_pointer", "real_time_user_audio_video_asset_pointer"):
        asset = str(part.get("asset_pointer") or "").split("://")[-1] or "unnamed"
        return f"[Audio: {asset} (not imported)]"
    text = text_of(part.get("text"))
    problems.append(f"{where}: a part of a type Hearth does not know ({kind!r})"
                    + ("; its text was kept" if text else "; it was left out"))
    return text or f"[{kind or 'Unknown part'} (not imported)]"
