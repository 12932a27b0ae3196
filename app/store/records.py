"""What the store hands out: conversations and messages as frozen records, and how a
row of the database becomes one."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

DEFAULT_TITLE = "New chat"
TITLE_LENGTH = 48
TRASH_DAYS = 30
ROLES = frozenset({"system", "user", "assistant"})


class Status(StrEnum):
    COMPLETE = "complete"
    STREAMING = "streaming"
    STOPPED = "stopped"
    INTERRUPTED = "interrupted"
    ERROR = "error"


@dataclass(frozen=True)
class Conversation:
    id: int
    title: str
    title_is_custom: bool
    system_prompt: str
    model_id: str | None
    created_at: float
    updated_at: float
    pinned: bool = False
    deleted_at: float | None = None  # in the trash since then
    settings: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Message:
    id: int
    conversation_id: int
    role: str
    content: str
    status: Status
    created_at: float
    parent_id: int | None = None
    model_id: str | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    ttft_ms: float | None = None
    tokens_per_s: float | None = None
    duration_ms: float | None = None
    error: str | None = None
    # The versions of this message (itself included), oldest first: the other replies
    # to the same message, or the other edits of the same question. Filled in on a path.
    sibling_ids: tuple[int, ...] = ()
    # What a reasoning model thought before its answer (never part of `content`, never
    # sent back to the model), and for how long
    reasoning: str = ""
    reasoning_ms: float | None = None

    @property
    def reasoning_cut(self) -> bool:
        """The model was still thinking when the reply ended (its length ran out, Stop, a
        crash): what it thought is kept, and there is no answer after it."""
        return bool(self.reasoning) and not self.content.strip() \
            and self.status != Status.STREAMING

    @property
    def version(self) -> tuple[int, int]:
        """(which, of how many): (2, 3) is shown as "2/3" between arrows."""
        if not self.sibling_ids:
            return (1, 1)
        return (self.sibling_ids.index(self.id) + 1, len(self.sibling_ids))


@dataclass(frozen=True)
class MessageStats:
    prompt_tokens: int
    completion_tokens: int
    ttft_ms: float | None
    tokens_per_s: float | None
    duration_ms: float


@dataclass(frozen=True)
class DeletedBranch:
    """What Undo needs to put a deleted message (and what followed it) back."""

    message_id: int
    conversation_id: int
    was_active: bool


def title_from(text: str) -> str:
    """A sidebar title from the first user message: one line, shortened on a word."""
    line = " ".join(text.split())
    if not line:
        return DEFAULT_TITLE
    if len(line) <= TITLE_LENGTH:
        return line
    cut = line[: TITLE_LENGTH - 1]
    if " " in cut[TITLE_LENGTH // 2 :]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,.;:") + "…"


def conversation_from_row(row: dict[str, Any]) -> Conversation:
    return Conversation(
        id=row["id"], title=row["title"], title_is_custom=bool(row["title_is_custom"]),
        system_prompt=row["system_prompt"], model_id=row["model_id"],
        created_at=row["created_at"], updated_at=row["updated_at"],
        pinned=bool(row.get("pinned", 0)), deleted_at=row.get("deleted_at"),
        settings=_settings(row.get("settings")),
    )


def _settings(raw: Any) -> dict[str, Any]:
    try:
        value = json.loads(raw or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def message_from_row(row: dict[str, Any], sibling_ids: tuple[int, ...] = ()) -> Message:
    return Message(
        id=row["id"], conversation_id=row["conversation_id"], role=row["role"],
        content=row["content"], status=Status(row["status"]), created_at=row["created_at"],
        parent_id=row["parent_id"], model_id=row["model_id"],
        prompt_tokens=row["prompt_tokens"], completion_tokens=row["completion_tokens"],
        ttft_ms=row["ttft_ms"], tokens_per_s=row["tokens_per_s"],
        duration_ms=row["duration_ms"], error=row["error"], sibling_ids=sibling_ids,
        reasoning=row.get("reasoning") or "", reasoning_ms=row.get("reasoning_ms"),
    )


@dataclass(frozen=True)
class Source:
    """A passage a reply was given, as it cites it: [number]."""

    number: int
    file: str
    location: str
    text: str
    page: int | None = None
    line: int | None = None
