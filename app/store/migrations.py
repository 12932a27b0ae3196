"""The schema's history. Each migration runs in one transaction and is never edited once
released; a change of schema is a new function at the end."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("hearth")
MIGRATIONS_TABLE = "_sqlite_migrations"  # where sqlite-utils records what it applied


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


@migrations()
def m003_conversation_trees(db: Database) -> None:
    """Messages become a tree; conversations gain a trash, pins and their own settings.

    `messages` is rebuilt (SQLite cannot change a column's constraints in place):
    - parent_id is indexed, and deleting a message deletes its subtree (ON DELETE CASCADE);
      the old SET NULL rule, unindexed, scanned the table once per deleted row;
    - active_child_id remembers which reply or edit the visible path follows;
    - role and status lose their CHECK lists, so a new role or status needs no rebuild;
    - deleted_at marks a branch deleted with Undo still possible.
    Rows keep their ids, so the full-text index stays valid and is not rebuilt; only its
    triggers are made again, the update one now firing on content changes alone.
    Runs with foreign keys off (db.connect), so dropping the old table deletes nothing.
    """
    db.execute("""
        CREATE TABLE messages_tree (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            conversation_id INTEGER NOT NULL
                REFERENCES conversations(id) ON DELETE CASCADE,
            parent_id INTEGER REFERENCES messages_tree(id) ON DELETE CASCADE,
            active_child_id INTEGER,
            role TEXT NOT NULL,
            content TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'complete',
            model_id TEXT,
            created_at REAL NOT NULL,
            prompt_tokens INTEGER,
            completion_tokens INTEGER,
            ttft_ms REAL,
            tokens_per_s REAL,
            duration_ms REAL,
            error TEXT,
            deleted_at REAL
        )""")
    columns = ("id, conversation_id, parent_id, role, content, status, model_id, created_at, "
               "prompt_tokens, completion_tokens, ttft_ms, tokens_per_s, duration_ms, error")
    db.execute(f"INSERT INTO messages_tree ({columns}) SELECT {columns} FROM messages")
    # (indexes keep their names and follow the table when it is renamed below)
    db.execute("CREATE INDEX idx_messages_parent ON messages_tree (parent_id)")
    # Today's conversations are chains: each parent's one child is the active one.
    db.execute("""
        UPDATE messages_tree SET active_child_id = (
            SELECT MAX(child.id) FROM messages_tree AS child
            WHERE child.parent_id = messages_tree.id)""")
    for trigger in ("messages_ai", "messages_ad", "messages_au"):
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    db.execute("DROP TABLE messages")
    db.execute("ALTER TABLE messages_tree RENAME TO messages")
    db.execute("CREATE INDEX idx_messages_conversation ON messages (conversation_id, id)")
    db.execute("CREATE INDEX idx_messages_streaming ON messages (status) "
               "WHERE status = 'streaming'")
    db.execute("CREATE INDEX idx_messages_deleted ON messages (deleted_at) "
               "WHERE deleted_at IS NOT NULL")
    db.execute("""
        CREATE TRIGGER messages_ai AFTER INSERT ON messages BEGIN
          INSERT INTO messages_fts (rowid, content) VALUES (new.rowid, new.content);
        END""")
    db.execute("""
        CREATE TRIGGER messages_ad AFTER DELETE ON messages BEGIN
          INSERT INTO messages_fts (messages_fts, rowid, content)
            VALUES ('delete', old.rowid, old.content);
        END""")
    db.execute("""
        CREATE TRIGGER messages_au AFTER UPDATE OF content ON messages BEGIN
          INSERT INTO messages_fts (messages_fts, rowid, content)
            VALUES ('delete', old.rowid, old.content);
          INSERT INTO messages_fts (rowid, content) VALUES (new.rowid, new.content);
        END""")

    db.execute("ALTER TABLE conversations ADD COLUMN active_root_id INTEGER")
    db.execute("ALTER TABLE conversations ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE conversations ADD COLUMN deleted_at REAL")
    # a conversation's own generation settings (a preset's, then edited), as JSON
    db.execute("ALTER TABLE conversations ADD COLUMN settings TEXT NOT NULL DEFAULT '{}'")
    db.execute("""
        UPDATE conversations SET active_root_id = (
            SELECT MIN(m.id) FROM messages AS m
            WHERE m.conversation_id = conversations.id AND m.parent_id IS NULL)""")
    db.execute("DROP INDEX IF EXISTS idx_conversations_updated")
    db.execute("CREATE INDEX idx_conversations_list ON conversations "
               "(deleted_at, pinned, updated_at)")

    db.execute("""
        CREATE TABLE attachments (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            mime_type TEXT NOT NULL DEFAULT '',
            content BLOB,
            created_at REAL NOT NULL
        )""")
    db.execute("CREATE INDEX idx_attachments_message ON attachments (message_id)")


@migrations()
def m004_presets(db: Database) -> None:
    """The user's own presets (the built-in ones live in code, app/chat/presets.py)."""
    db.execute("""
        CREATE TABLE presets (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            system_prompt TEXT NOT NULL DEFAULT '',
            temperature REAL NOT NULL,
            top_p REAL NOT NULL,
            max_tokens INTEGER NOT NULL,
            context_length INTEGER,
            created_at REAL NOT NULL
        )""")


@migrations()
def m005_message_sources(db: Database) -> None:
    """The passages a reply was given from the user's documents, numbered as it cites them
    ([1], [2]): kept with the reply, so they survive restarts, exports and branch switches."""
    db.execute("""
        CREATE TABLE message_sources (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            file TEXT NOT NULL,
            location TEXT NOT NULL DEFAULT '',
            page INTEGER,
            line INTEGER,
            text TEXT NOT NULL,
            UNIQUE (message_id, number)
        )""")


@migrations()
def m006_imported_history(db: Database) -> None:
    """Conversations brought in from other apps remember where they came from, so importing
    the same export again adds only what is new instead of a second copy.

    - conversations.source names the export's conversation ("chatgpt:<id>"), unique;
    - conversations.note keeps what has no place in a chat (the models it used, hidden
      system or tool messages), shown with the conversation;
    - messages.source_id is the message's id in the other app, unique per conversation.
    """
    db.execute("ALTER TABLE conversations ADD COLUMN source TEXT")
    db.execute("ALTER TABLE conversations ADD COLUMN note TEXT NOT NULL DEFAULT ''")
    db.execute("CREATE UNIQUE INDEX idx_conversations_source ON conversations (source) "
               "WHERE source IS NOT NULL")
    db.execute("ALTER TABLE messages ADD COLUMN source_id TEXT")
    db.execute("CREATE UNIQUE INDEX idx_messages_source ON messages (conversation_id, source_id) "
               "WHERE source_id IS NOT NULL")


@migrations()
def m007_message_reasoning(db: Database) -> None:
    """What a reasoning model thought before it answered (<think>…</think>, gpt-oss's
    analysis channel), kept apart from the answer: shown folded, exported marked, left out of
    later prompts, and searched only when the user asks for it (its own full-text index, so
    the answer's index and its triggers stay as they are)."""
    db.execute("ALTER TABLE messages ADD COLUMN reasoning TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE messages ADD COLUMN reasoning_ms REAL")
    db.execute("""
        CREATE VIRTUAL TABLE messages_reasoning_fts USING fts5 (
            reasoning, content='messages', content_rowid='id', tokenize='unicode61')""")
    db.execute("""
        CREATE TRIGGER messages_reasoning_ai AFTER INSERT ON messages
        WHEN new.reasoning != '' BEGIN
          INSERT INTO messages_reasoning_fts (rowid, reasoning) VALUES (new.id, new.reasoning);
        END""")
    db.execute("""
        CREATE TRIGGER messages_reasoning_ad AFTER DELETE ON messages
        WHEN old.reasoning != '' BEGIN
          INSERT INTO messages_reasoning_fts (messages_reasoning_fts, rowid, reasoning)
            VALUES ('delete', old.id, old.reasoning);
        END""")
    db.execute("""
        CREATE TRIGGER messages_reasoning_au AFTER UPDATE OF reasoning ON messages BEGIN
          INSERT INTO messages_reasoning_fts (messages_reasoning_fts, rowid, reasoning)
            SELECT 'delete', old.id, old.reasoning WHERE old.reasoning != '';
          INSERT INTO messages_reasoning_fts (rowid, reasoning)
            SELECT new.id, new.reasoning WHERE new.reasoning != '';
        END""")


def known_names() -> set[str]:
    """Every migration this version of Hearth has (all of them are pending in an empty
    database)."""
    return {m.name for m in migrations.pending(Database(memory=True))}


def applied_names(db: Database) -> list[str]:
    """The migrations recorded in db, oldest first. Reads only (sqlite-utils' pending()
    creates its table when it is missing)."""
    if MIGRATIONS_TABLE not in db.table_names():
        return []
    return [row[0] for row in db.execute(
        f"SELECT name FROM [{MIGRATIONS_TABLE}] WHERE migration_set = ? ORDER BY id",
        [migrations.name]).fetchall()]


def pending_names(db: Database) -> set[str]:
    """The migrations this version has and db has not. Reads only."""
    return known_names() - set(applied_names(db))


def unknown_applied(db: Database) -> list[str]:
    """Migrations recorded in db that this version does not have: the database was written
    by a newer Hearth, whose schema this version's queries may not fit. Reads only."""
    known = known_names()
    return [name for name in applied_names(db) if name not in known]
