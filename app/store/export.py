"""A conversation as a file the user keeps: Markdown to read, JSON to process.

A conversation is a tree; an export says which part of it it holds. Markdown and the plain
JSON hold the active path (the versions the window shows), and say how many of its messages
have other versions; "JSON with every version" holds the whole tree."""

from __future__ import annotations

import json
import re
import time
import unicodedata
from enum import Enum
from typing import Any

from app.store.conversations import ConversationStore
from app.store.records import Conversation, Message, Source, Status, message_from_row

ROLE_HEADINGS = {"user": "You", "assistant": "Assistant", "system": "System"}
STATUS_MARKS = {
    Status.STOPPED: "stopped by you",
    Status.INTERRUPTED: "interrupted: Hearth closed before this reply finished",
    Status.ERROR: "failed",
    Status.STREAMING: "still being written",
}
NAME_LENGTH = 60  # characters before the suffix: readable in a file list, far below 255 bytes
DEFAULT_NAME = "conversation"
# Windows refuses these as names whatever the suffix ("con.md" cannot be created)
RESERVED_NAMES = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)),
     *(f"lpt{n}" for n in range(10))})
# dropped inside a word rather than splitting it: "keeper's" -> "keepers"
JOINERS = frozenset("'\u2019`\u00b4")

_CLOSING_DETAILS = re.compile(r"</details", re.IGNORECASE)  # HTML tags ignore case


class ExportFormat(Enum):
    MARKDOWN = "markdown"
    JSON = "json"  # the active path
    JSON_EVERY_VERSION = "json every version"  # the whole tree

    @property
    def suffix(self) -> str:
        return ".md" if self is ExportFormat.MARKDOWN else ".json"


def _when(timestamp: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(timestamp))


def file_name(title: str, export_format: ExportFormat = ExportFormat.MARKDOWN) -> str:
    """A file name that keeps the title's words: "The lighthouse keeper" ->
    "the-lighthouse-keeper.md". Letters, digits and marks of any script stay (a combining
    mark belongs to its letter: Hindi words would break apart without them); anything else
    separates words, so no path separator, wildcard or control character survives. Bounded,
    cut at a word where one is near, and never empty or a name Windows reserves."""
    words: list[str] = []
    word: list[str] = []
    for ch in unicodedata.normalize("NFC", title).lower():
        kind = unicodedata.category(ch)[0]
        if kind in "LN" or (kind == "M" and word):  # a mark only after its letter
            word.append(ch)
        elif ch not in JOINERS and word:
            words.append("".join(word))
            word = []
    if word:
        words.append("".join(word))
    name = "-".join(words)
    if len(name) > NAME_LENGTH:
        cut = name[:NAME_LENGTH]
        hyphen = cut.rfind("-")
        name = cut[:hyphen] if hyphen >= NAME_LENGTH // 2 else cut
    if not name:
        name = DEFAULT_NAME
    if name in RESERVED_NAMES:
        name = f"{name}-{DEFAULT_NAME}"
    return name + export_format.suffix


def versioned(messages: list[Message]) -> int:
    """How many messages on this path have other versions."""
    return sum(1 for m in messages if len(m.sibling_ids) > 1)


def branch_note(messages: list[Message]) -> str:
    """Which branch an export of the active path holds, in words; "" where there is only
    one (no message has another version)."""
    count = versioned(messages)
    if not count:
        return ""
    have = "has" if count == 1 else "have"
    return (f"Branch: the versions shown in the window ({count} of {len(messages)} "
            f"messages {have} other versions)")


def to_markdown(conversation: Conversation, messages: list[Message],
                sources: dict[int, list[Source]] | None = None) -> str:
    """`sources`: the replies' sources, listed under each as it cites them."""
    lines = [f"# {conversation.title}", "", f"*Exported from Hearth on {_when(time.time())}.*"]
    note = branch_note(messages)
    if note:
        lines += ["", f"*{note}.*"]
    if conversation.system_prompt.strip():
        lines += ["", "**System prompt:** " + " ".join(conversation.system_prompt.split())]
    for message in messages:
        heading = ROLE_HEADINGS.get(message.role, message.role)
        detail = _when(message.created_at)
        if message.model_id and message.role == "assistant":
            detail += f" · {message.model_id}"
        if message.status in STATUS_MARKS:
            detail += f" · {STATUS_MARKS[message.status]}"
        which, of = message.version
        if of > 1:
            detail += f" · version {which} of {of}"
        lines += ["", f"## {heading}", f"<sub>{detail}</sub>"]
        if message.reasoning.strip():
            lines += ["", *thinking_markdown(message)]
        lines += ["", message.content.rstrip()]
        if message.status == Status.ERROR and message.error:
            lines += ["", f"> Error: {message.error}"]
        cited = (sources or {}).get(message.id)
        if cited:
            lines += ["", "**Sources**", ""]
            lines += [f"{s.number}. {s.file}, {s.location}" for s in cited]
    return "\n".join(lines) + "\n"


def thinking_markdown(message: Message) -> list[str]:
    """A reply's thinking, marked as such and folded where Markdown can fold (a <details>
    block: GitHub and most viewers show its summary, and the thinking when opened). The
    thinking is the model's text: quoted, so nothing in it can close the block early."""
    seconds = round(message.reasoning_ms / 1000) if message.reasoning_ms else None
    summary = "Thinking" + (f" ({seconds} s)" if seconds else "")
    if message.reasoning_cut:
        summary += ", cut off before the answer"
    quoted = ["> " + _CLOSING_DETAILS.sub("&lt;/details", line) if line else ">"
              for line in message.reasoning.strip().splitlines()]
    return ["<details>", f"<summary>{summary}</summary>", "", *quoted, "", "</details>"]


def every_version(store: ConversationStore, conversation_id: int) -> list[Message]:
    """The whole tree, oldest first: every message reachable from a first message. A
    deleted message's replies stay in the table undeleted (Undo brings the branch back), so
    they are left out by walking down from the roots, not by their own deleted_at."""
    rows = list(store.db.query(
        "SELECT * FROM messages WHERE conversation_id = ? AND deleted_at IS NULL ORDER BY id",
        [conversation_id]))
    children: dict[int | None, list[dict[str, Any]]] = {}
    for row in rows:
        children.setdefault(row["parent_id"], []).append(row)
    reachable: list[Message] = []
    waiting: list[int | None] = [None]
    while waiting:
        siblings = children.get(waiting.pop(), [])
        ids = tuple(r["id"] for r in siblings)
        for row in siblings:
            reachable.append(message_from_row(row, ids))
            waiting.append(row["id"])
    return sorted(reachable, key=lambda m: m.id)


def to_json(conversation: Conversation, messages: list[Message],
            tree: list[Message] | None = None,
            sources: dict[int, list[Source]] | None = None) -> str:
    """`messages` is the active path. With `tree` (every_version's list), "messages" holds
    every version instead, and each says whether it is on the active path. A reply with
    sources lists them, passages included."""
    on_path = {m.id for m in messages}
    cited = sources or {}

    def message_dict(message: Message) -> dict[str, Any]:
        return {
            "id": message.id, "parent_id": message.parent_id, "role": message.role,
            "content": message.content, "status": str(message.status),
            "created_at": message.created_at, "model_id": message.model_id,
            "prompt_tokens": message.prompt_tokens,
            "completion_tokens": message.completion_tokens, "ttft_ms": message.ttft_ms,
            "tokens_per_s": message.tokens_per_s, "error": message.error,
            # a reasoning model's thinking, apart from its answer ("" when it had none)
            "reasoning": message.reasoning, "reasoning_ms": message.reasoning_ms,
            "reasoning_cut": message.reasoning_cut,
            "on_active_path": message.id in on_path,
            "sources": [{"number": s.number, "file": s.file, "location": s.location,
                         "page": s.page, "line": s.line, "text": s.text}
                        for s in cited.get(message.id, [])],
        }

    return json.dumps({
        "format": "hearth-conversation", "version": 1,
        "title": conversation.title, "system_prompt": conversation.system_prompt,
        "created_at": conversation.created_at, "updated_at": conversation.updated_at,
        "includes": "every version" if tree is not None else "the active path",
        "branch": branch_note(messages) or "the only one (no message has other versions)",
        "active_path": [m.id for m in messages],
        "messages": [message_dict(m) for m in (messages if tree is None else tree)],
    }, indent=2, ensure_ascii=False) + "\n"
