"""A conversation as a file the user keeps: Markdown to read, JSON to process."""

from __future__ import annotations

import json
import time
from typing import Any

from app.store.conversations import Conversation, Message, Status

ROLE_HEADINGS = {"user": "You", "assistant": "Assistant", "system": "System"}
STATUS_MARKS = {
    Status.STOPPED: "stopped by you",
    Status.INTERRUPTED: "interrupted: Hearth closed before this reply finished",
    Status.ERROR: "failed",
    Status.STREAMING: "still being written",
}


def _when(timestamp: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(timestamp))


def to_markdown(conversation: Conversation, messages: list[Message]) -> str:
    lines = [f"# {conversation.title}", "", f"*Exported from Hearth on {_when(time.time())}.*"]
    if conversation.system_prompt.strip():
        lines += ["", "**System prompt:** " + " ".join(conversation.system_prompt.split())]
    for message in messages:
        heading = ROLE_HEADINGS.get(message.role, message.role)
        detail = _when(message.created_at)
        if message.model_id and message.role == "assistant":
            detail += f" · {message.model_id}"
        if message.status in STATUS_MARKS:
            detail += f" · {STATUS_MARKS[message.status]}"
        lines += ["", f"## {heading}", f"<sub>{detail}</sub>", "", message.content.rstrip()]
        if message.status == Status.ERROR and message.error:
            lines += ["", f"> Error: {message.error}"]
    return "\n".join(lines) + "\n"


def to_json(conversation: Conversation, messages: list[Message]) -> str:
    def message_dict(message: Message) -> dict[str, Any]:
        return {
            "id": message.id, "parent_id": message.parent_id, "role": message.role,
            "content": message.content, "status": str(message.status),
            "created_at": message.created_at, "model_id": message.model_id,
            "prompt_tokens": message.prompt_tokens,
            "completion_tokens": message.completion_tokens, "ttft_ms": message.ttft_ms,
            "tokens_per_s": message.tokens_per_s, "error": message.error,
        }

    return json.dumps({
        "format": "hearth-conversation", "version": 1,
        "title": conversation.title, "system_prompt": conversation.system_prompt,
        "created_at": conversation.created_at, "updated_at": conversation.updated_at,
        "messages": [message_dict(m) for m in messages],
    }, indent=2, ensure_ascii=False) + "\n"
