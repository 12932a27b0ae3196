from __future__ import annotations

import json

from app.store.conversations import ConversationStore, MessageStats, Status
from app.store.export import to_json, to_markdown


def sample(store: ConversationStore) -> int:
    conversation = store.create_conversation("Be brief.")
    store.add_message(conversation.id, "user", "How do I *list* files?\n\n```sh\nls\n```")
    reply = store.add_message(conversation.id, "assistant", "", Status.STREAMING, "Tiny 1B")
    store.finish_message(reply.id, "Use `ls -la`.", Status.STOPPED,
                         MessageStats(10, 4, 50.0, 30.0, 200.0))
    failed = store.add_message(conversation.id, "assistant", "", Status.STREAMING)
    store.finish_message(failed.id, "", Status.ERROR, error="out of memory")
    return conversation.id


def test_markdown_keeps_text_roles_and_states(store: ConversationStore) -> None:
    conversation_id = sample(store)
    text = to_markdown(store.conversation(conversation_id), store.messages(conversation_id))
    assert text.startswith("# How do I *list* files?")
    assert "**System prompt:** Be brief." in text
    assert "## You" in text and "```sh\nls\n```" in text
    assert "Tiny 1B · stopped by you" in text
    assert "> Error: out of memory" in text


def test_json_round_trips_every_field(store: ConversationStore) -> None:
    conversation_id = sample(store)
    data = json.loads(to_json(store.conversation(conversation_id),
                              store.messages(conversation_id)))
    assert data["format"] == "hearth-conversation" and data["system_prompt"] == "Be brief."
    assert [m["role"] for m in data["messages"]] == ["user", "assistant", "assistant"]
    assert data["messages"][1]["status"] == "stopped"
    assert data["messages"][1]["completion_tokens"] == 4
    assert data["messages"][2]["error"] == "out of memory"
