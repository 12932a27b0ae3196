"""The schema's history. Each migration runs in one transaction and is never edited once
released; a change of schema is a new function at the end."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("hearth")


@migrations()
def m001_conversations_and_messages(db: Database) -> None:
    # Plain SQL: sqlite-utils cannot declare AUTOINCREMENT (ids are never reused, so a
    # stale id can never point at a newer conversation) or ON DELETE actions.
    db.execute("""
        CREATE TABLE conversations (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            title TEXT NOT NULL DEFAULT 'New chat',
            title_is_custom INTEGER NOT NULL DEFAULT 0,
            system_prompt TEXT NOT NULL DEFAULT '',
            model_id TEXT,
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL
        )""")
    db.execute("""
        CREATE TABLE messages (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            conversation_id INTEGER NOT NULL
                REFERENCES conversations(id) ON DELETE CASCADE,
            parent_id INTEGER REFERENCES messages(id) ON DELETE SET NULL,
            role TEXT NOT NULL CHECK (role IN ('system', 'user', 'assistant')),
            content TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'complete' CHECK (status IN
                ('complete', 'streaming', 'stopped', 'interrupted', 'error')),
            model_id TEXT,
            created_at REAL NOT NULL,
            prompt_tokens INTEGER,
            completion_tokens INTEGER,
            ttft_ms REAL,
            tokens_per_s REAL,
            duration_ms REAL,
            error TEXT
        )""")
    db.execute("CREATE INDEX idx_messages_conversation ON messages (conversation_id, id)")
    db.execute("CREATE INDEX idx_messages_status ON messages (status)")
    db.execute("CREATE INDEX idx_conversations_updated ON conversations (updated_at)")


@migrations()
def m002_message_search(db: Database) -> None:
    db.table("messages").enable_fts(["content"], create_triggers=True, tokenize="unicode61")
