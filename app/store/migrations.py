"""The schema's history. Each migration runs in one transaction and is never edited once
released; a change of schema is a new function at the end."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("hearth")


@migrations()
def m001_conversations_and_messages(db: Database) -> None:
    db["conversations"].create(
        {
            "id": int,
            "title": str,
            "title_is_custom": int,
            "system_prompt": str,
            "model_id": str,
            "created_at": float,
            "updated_at": float,
        },
        pk="id",
        not_null={"title", "title_is_custom", "system_prompt", "created_at", "updated_at"},
        defaults={"title": "New chat", "title_is_custom": 0, "system_prompt": ""},
    )
    db["messages"].create(
        {
            "id": int,
            "conversation_id": int,
            "parent_id": int,
            "role": str,
            "content": str,
            "status": str,
            "model_id": str,
            "created_at": float,
            "prompt_tokens": int,
            "completion_tokens": int,
            "ttft_ms": float,
            "tokens_per_s": float,
            "duration_ms": float,
            "error": str,
        },
        pk="id",
        foreign_keys=[
            ("conversation_id", "conversations", "id"),
            ("parent_id", "messages", "id"),
        ],
        not_null={"conversation_id", "role", "content", "status", "created_at"},
        defaults={"content": "", "status": "complete"},
    )
    # sqlite-utils declares foreign keys without ON DELETE; deleting a conversation
    # removes its messages explicitly in one transaction (see ConversationStore.delete).
    db["messages"].create_index(["conversation_id", "id"])
    db["conversations"].create_index(["updated_at"])


@migrations()
def m002_message_search(db: Database) -> None:
    db["messages"].enable_fts(["content"], create_triggers=True, tokenize="unicode61")
