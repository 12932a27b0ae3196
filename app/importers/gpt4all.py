"""GPT4All's chats: gpt4all-<id>.chat files in its data folder, each a Qt QDataStream.

The layout follows gpt4all-chat's Chat, ChatLLM and ChatModel serialize() of the chat file
versions Hearth reads, FIRST_VERSION to LAST_VERSION (GPT4All 3.x writes 10 to 12): a magic
number and a version, the chat's creation time, id, name and model, then (before version
11) the old model state that is stepped over, then the chat items: prompts and responses,
and since version 12 a response's sub-items (its text, tool calls and their results). A
GPT4All chat has no branches. Another version is refused with its number named, as a
guess at its layout could import garbage."""

from __future__ import annotations

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
    seconds,
)

NAME = "gpt4all"
MAGIC = 0xF5D553CC
MAGIC_BYTES = MAGIC.to_bytes(4, "big")
FIRST_VERSION = 8
LAST_VERSION = 12
# a count above this is a damaged file, not a chat (it would loop for hours)
MAX_COUNT = 10_000_000

PROMPT, RESPONSE, TEXT, TOOL_CALL, TOOL_RESPONSE = (
    "Prompt: ", "Response: ", "Text: ", "ToolCall: ", "ToolResponse: ")


def is_chat_file(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            return stream.read(4) == MAGIC_BYTES
    except OSError:
        return False


def chat_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted(p for p in path.glob("*.chat") if p.is_file() and is_chat_file(p))


class Gpt4AllReader:
    def estimate(self, path: Path) -> int:
        return len(chat_files(path))

    def read(self, path: Path) -> Iterator[Item]:
        files = chat_files(path)
        if not files:
            raise ImportProblem(f"{path} has no GPT4All chats (.chat files).")
        for file in files:
            try:
                yield guarded(file.name, read_chat, file)
            except _Refused as exc:
                yield Skipped(file.name, str(exc))
            except OSError as exc:
                yield Skipped(file.name, f"it could not be read ({exc})")


# QMetaType ids of the QVariant containers (QVariantMap, QVariantList, QVariantHash)
_MAP, _LIST, _HASH = 8, 9, 28
_CONTAINERS = (_MAP, _LIST, _HASH)
MAX_NESTING = 16  # a tool call's arguments: JSON-like values, never deep


class _Refused(Exception):
    pass


def read_chat(file: Path) -> ImportedConversation:
    from PySide6.QtCore import QByteArray, QDataStream

    data = QByteArray(file.read_bytes())
    stream = QDataStream(data)
    stream.setByteOrder(QDataStream.ByteOrder.BigEndian)
    if stream.readUInt32() != MAGIC:
        raise _Refused("it is not a GPT4All chat file (its first bytes are not GPT4All's)")
    version = stream.readInt32()
    if version > LAST_VERSION:
        raise _Refused(f"it is a GPT4All chat file of version {version}, newer than the "
                       f"versions Hearth reads ({FIRST_VERSION} to {LAST_VERSION}); update "
                       "Hearth to import it")
    if version < FIRST_VERSION:
        raise _Refused(f"it is a GPT4All chat file of version {version}, from a GPT4All older "
                       f"than the versions Hearth reads ({FIRST_VERSION} to {LAST_VERSION}); "
                       "open it once in a recent GPT4All, which saves it again")
    stream.setVersion(QDataStream.Version.Qt_6_2)
    reader = _Stream(stream, file.name)
    return reader.chat(version)


class _Stream:
    """QDataStream reads that fail loudly: a damaged file says where it stops making sense."""

    def __init__(self, stream: Any, name: str) -> None:
        self._stream = stream
        self._name = name
        self.at = "the header"

    def _check(self) -> None:
        from PySide6.QtCore import QDataStream

        if self._stream.status() != QDataStream.Status.Ok:
            raise _Refused(f"it is damaged or cut off (it stops making sense in {self.at})")

    def string(self) -> str:
        value = self._stream.readQString()
        self._check()
        return str(value)

    def strings(self) -> list[str]:
        value = self._stream.readQStringList()
        self._check()
        return [str(v) for v in value]

    def data(self) -> bytes:
        from PySide6.QtCore import QByteArray

        value = QByteArray()
        self._stream >> value
        self._check()
        return bytes(value.data())

    def int32(self) -> int:
        value = int(self._stream.readInt32())
        self._check()
        return value

    def uint32(self) -> int:
        value = int(self._stream.readUInt32())
        self._check()
        return value

    def int64(self) -> int:
        value = int(self._stream.readInt64())
        self._check()
        return value

    def count(self) -> int:
        value = self.int64()
        if not 0 <= value <= MAX_COUNT:
            raise _Refused(f"it is damaged (a count of {value} in {self.at})")
        return value

    def boolean(self) -> bool:
        value = bool(self._stream.readBool())
        self._check()
        return value

    def variant(self, depth: int = 0) -> Any:
        """A QVariant. Lists and maps are read here, nested at most MAX_NESTING deep:
        QDataStream's own reader recurses without a bound, and a crafted file nesting lists
        50,000 deep overflowed the native stack (the process died, not just the import)."""
        device = self._stream.device()
        start = device.pos()
        type_id = self.uint32()
        if type_id not in _CONTAINERS:
            device.seek(start)
            value = self._stream.readQVariant()
            self._check()
            return value
        if depth >= MAX_NESTING:
            raise _Refused(f"it is damaged (values nested over {MAX_NESTING} deep in "
                           f"{self.at})")
        self._stream.readInt8()  # whether the variant is null; a container's items follow
        size = self.uint32()
        if size > MAX_COUNT:
            raise _Refused(f"it is damaged (a count of {size} in {self.at})")
        if type_id == _LIST:
            return [self.variant(depth + 1) for _ in range(size)]
        return {self.string(): self.variant(depth + 1) for _ in range(size)}

    def skip(self, size: int) -> None:
        if size < 0 or self._stream.skipRawData(size) != size:
            raise _Refused(f"it is damaged or cut off (in {self.at})")

    def at_end(self) -> bool:
        return bool(self._stream.atEnd())

    # the layout

    def chat(self, version: int) -> ImportedConversation:
        self.at = "the chat's header"
        created = self.int64()
        chat_id = self.string()
        name = self.string()
        self.string()  # the user's name for the chat (unused by GPT4All since 2.x)
        model = self.string()
        if version >= 3:
            self.strings()  # LocalDocs collections
        if version < 11:
            self._old_model_state(version)
        self.at = "the chat's messages"
        size = self.int32()
        if not 0 <= size <= MAX_COUNT:
            raise _Refused(f"it is damaged (a count of {size} in {self.at})")
        where = f"{self._name} (\u201c{name}\u201d)" if name else self._name
        problems: list[str] = []
        notes: list[str] = []
        conversation = ImportedConversation(
            source=f"{NAME}:{chat_id or self._name}", title=name,
            created_at=seconds(created), updated_at=None, problems=problems)
        parent: str | None = None
        for index in range(size):
            self.at = f"message {index + 1}"
            try:
                item = self._item(version)
            except _Refused as exc:
                if not conversation.messages:
                    raise
                problems.append(f"{where}: {exc}; the {len(conversation.messages)} "
                                "messages before it were imported")
                break
            role = {PROMPT: "user", RESPONSE: "assistant"}.get(item["name"])
            if role is None:
                problems.append(f"{where}: message {index + 1} is of a kind Hearth does not "
                                f"know ({item['name'].strip()!r}); left out")
                continue
            text, tool_notes = _flatten(item)
            notes.extend(tool_notes)
            attachments = [f"[File: {n} (not imported)]" for n in item["attachments"]]
            if attachments:
                text = "\n".join(attachments) + ("\n\n" + text if text else "")
            content = clip(text, f"{where}, message {index + 1}", problems)
            source_id = content_id(parent, role, content)
            conversation.messages.append(ImportedMessage(
                source_id=source_id, parent_source_id=parent, role=role, content=content,
                created_at=None, model=(model or None) if role == "assistant" else None))
            parent = source_id
        conversation.active_leaf = parent
        conversation.note = "\n\n".join(filter(None, [f"Model: {model}" if model else "",
                                                      *notes]))
        return conversation

    def _old_model_state(self, version: int) -> None:
        """Before version 11, the model's state followed the header: read and dropped, as
        GPT4All itself drops it now."""
        self.at = "the old model state"
        has_state = True
        if version >= 6:
            has_state = self.boolean()
        if version >= 2:
            self.int32()  # model type
            if self.int32() != 0:
                raise _Refused("it holds a model state of a version Hearth does not know")
        self.string()  # the response in progress
        self.string()  # the generated name
        self.uint32()  # prompt and response tokens
        if has_state:
            if version < 4:
                self.uint32()  # response logits
            self.uint32()  # n_past
            if version >= 7:
                self.uint32()  # n_ctx
            if version < 9:
                self.skip(self.count() * 4)  # logits
            self.skip(self.count() * 4)  # token cache
            self.data()  # the model's own state

    def _item(self, version: int) -> dict[str, Any]:
        if version < 12:
            self.int32()  # id
        item: dict[str, Any] = {"name": self.string(), "value": self.string(),
                                "attachments": [], "sub": []}
        if version < 10:
            self.string()  # the prompt, no longer used
        self.string()  # newResponse (for the data lake)
        for _ in range(4):
            self.boolean()  # isCurrentResponse, stopped, thumbs up, thumbs down
        if version >= 11 and item["name"] == RESPONSE:
            self.boolean()  # isError
        if version >= 8:
            for _ in range(self.count()):  # LocalDocs sources
                for _ in range(7):
                    self.string()
                for _ in range(3):
                    self.int32()
        elif version >= 3:
            self.string()
            self.strings()
        if version >= 10:
            for _ in range(self.count()):
                url = self.data().decode("utf-8", "replace")
                self.data()  # the file's content, as the model got it
                item["attachments"].append(url.rsplit("/", 1)[-1] or url)
        if version >= 12:
            item["sub"] = [self._sub_item(version) for _ in range(self.count())]
        return item

    def _sub_item(self, version: int, depth: int = 0) -> dict[str, Any]:
        if depth > 50:
            raise _Refused(f"it is damaged (sub-items nested too deep in {self.at})")
        item: dict[str, Any] = {"name": self.string(), "value": self.string(), "tool": ""}
        if item["name"] == TOOL_CALL:
            tool = self.string()
            for _ in range(self.count()):
                self.string()
                self.int32()
                self.variant()
            result = self.string()
            self.int32()  # error
            error = self.string()
            item["tool"] = tool
            item["result"] = result or error
        elif item["name"] not in (RESPONSE, TEXT, TOOL_RESPONSE):
            raise _Refused(f"it has a part of a kind Hearth does not know "
                           f"({item['name'].strip()!r}) in {self.at}")
        item["sub"] = [self._sub_item(version, depth + 1) for _ in range(self.count())]
        return item


def _flatten(item: dict[str, Any]) -> tuple[str, list[str]]:
    """A response's text as GPT4All shows it, and its tool calls and results as notes."""
    texts: list[str] = []
    notes: list[str] = []

    def visit(sub: dict[str, Any]) -> None:
        if sub["name"] in (TEXT, RESPONSE):
            texts.append(sub["value"])
        elif sub["name"] == TOOL_CALL:
            notes.append(f"[Tool call · {sub['tool'] or 'tool'}] {sub['value'].strip()}")
        elif sub["name"] == TOOL_RESPONSE and sub["value"].strip():
            notes.append(f"[Tool result] {sub['value'].strip()}")
        for child in sub["sub"]:
            visit(child)

    for sub in item["sub"]:
        visit(sub)
    texts.append(item["value"])
    return "".join(t for t in texts if t), notes
