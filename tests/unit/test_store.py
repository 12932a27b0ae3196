from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils.db import NotFoundError

from app.errors import UserError
from app.store.conversations import ConversationStore
from app.store.db import connect, integrity_ok
from app.store.migrations import migrations
from app.store.records import DEFAULT_TITLE, MessageStats, Status, title_from
from app.store.search import fts_query

EXPECTED_COLUMNS = {
    "conversations": [
        ("id", "INTEGER", 0, 1), ("title", "TEXT", 1, 0), ("title_is_custom", "INTEGER", 1, 0),
        ("system_prompt", "TEXT", 1, 0), ("model_id", "TEXT", 0, 0),
        ("created_at", "REAL", 1, 0), ("updated_at", "REAL", 1, 0),
        ("active_root_id", "INTEGER", 0, 0), ("pinned", "INTEGER", 1, 0),
        ("deleted_at", "REAL", 0, 0), ("settings", "TEXT", 1, 0),
        ("source", "TEXT", 0, 0), ("note", "TEXT", 1, 0),
    ],
    "messages": [
        ("id", "INTEGER", 0, 1), ("conversation_id", "INTEGER", 1, 0),
        ("parent_id", "INTEGER", 0, 0), ("active_child_id", "INTEGER", 0, 0),
        ("role", "TEXT", 1, 0), ("content", "TEXT", 1, 0),
        ("status", "TEXT", 1, 0), ("model_id", "TEXT", 0, 0), ("created_at", "REAL", 1, 0),
        ("prompt_tokens", "INTEGER", 0, 0), ("completion_tokens", "INTEGER", 0, 0),
        ("ttft_ms", "REAL", 0, 0), ("tokens_per_s", "REAL", 0, 0),
        ("duration_ms", "REAL", 0, 0), ("error", "TEXT", 0, 0), ("deleted_at", "REAL", 0, 0),
        ("source_id", "TEXT", 0, 0), ("reasoning", "TEXT", 1, 0), ("reasoning_ms", "REAL", 0, 0),
    ],
    "presets": [
        ("id", "INTEGER", 0, 1), ("name", "TEXT", 1, 0), ("description", "TEXT", 1, 0),
        ("system_prompt", "TEXT", 1, 0), ("temperature", "REAL", 1, 0),
        ("top_p", "REAL", 1, 0), ("max_tokens", "INTEGER", 1, 0),
        ("context_length", "INTEGER", 0, 0), ("created_at", "REAL", 1, 0),
    ],
    "attachments": [
        ("id", "INTEGER", 0, 1), ("message_id", "INTEGER", 1, 0), ("kind", "TEXT", 1, 0),
        ("name", "TEXT", 1, 0), ("mime_type", "TEXT", 1, 0), ("content", "BLOB", 0, 0),
        ("created_at", "REAL", 1, 0),
    ],
    "message_sources": [
        ("id", "INTEGER", 0, 1), ("message_id", "INTEGER", 1, 0), ("number", "INTEGER", 1, 0),
        ("file", "TEXT", 1, 0), ("location", "TEXT", 1, 0), ("page", "INTEGER", 0, 0),
        ("line", "INTEGER", 0, 0), ("text", "TEXT", 1, 0),
    ],
}


def columns(db_path: Path, table: str) -> list[tuple[str, str, int, int]]:
    conn = sqlite3.connect(db_path)
    rows = conn.execute(f"PRAGMA table_info({table})").fetchall()
    conn.close()
    return [(r[1], r[2], r[3], r[5]) for r in rows]


def test_migrations_create_the_exact_schema(tmp_path: Path) -> None:
    db_path = tmp_path / "new.db"
    db = connect(db_path)
    for table, expected in EXPECTED_COLUMNS.items():
        assert columns(db_path, table) == expected
    names = {row[0] for row in db.execute("SELECT name FROM sqlite_master").fetchall()}
    assert {"messages_fts", "messages_ai", "messages_ad", "messages_au",
            "idx_messages_conversation", "idx_messages_parent", "idx_messages_streaming",
            "idx_messages_deleted",
            "idx_conversations_list", "idx_attachments_message", "sqlite_sequence",
            "idx_conversations_source", "idx_messages_source", "messages_reasoning_fts",
            "messages_reasoning_ai", "messages_reasoning_ad", "messages_reasoning_au"} <= names
    assert "messages_tree" not in names and "idx_messages_status" not in names
    fks = db.execute("PRAGMA foreign_key_list(messages)").fetchall()
    assert {(fk[2], fk[3], fk[4], fk[6]) for fk in fks} == {
        ("conversations", "conversation_id", "id", "CASCADE"),
        ("messages", "parent_id", "id", "CASCADE")}
    fks = db.execute("PRAGMA foreign_key_list(attachments)").fetchall()
    assert {(fk[2], fk[3], fk[4], fk[6]) for fk in fks} == {
        ("messages", "message_id", "id", "CASCADE")}
    assert [m.name for m in migrations.applied(db)] == [
        "m001_conversations_and_messages", "m002_message_search", "m003_conversation_trees",
        "m004_presets", "m005_message_sources",
        "m006_imported_history", "m007_message_reasoning"]
    fks = db.execute("PRAGMA foreign_key_list(message_sources)").fetchall()
    assert {(fk[2], fk[3], fk[4], fk[6]) for fk in fks} == {
        ("messages", "message_id", "id", "CASCADE")}
    update_trigger = db.execute("SELECT sql FROM sqlite_master WHERE name = 'messages_au'")
    assert "AFTER UPDATE OF content" in update_trigger.fetchone()[0]
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    db.close()


def test_reopening_applies_nothing_and_keeps_data(tmp_path: Path) -> None:
    db_path = tmp_path / "h.db"
    store = ConversationStore(connect(db_path))
    conversation = store.create_conversation("sys")
    store.add_message(conversation.id, "user", "kept")
    store.db.close()
    again = ConversationStore(connect(db_path))
    assert [m.content for m in again.messages(conversation.id)] == ["kept"]
    assert not (tmp_path / "h.db.before-migration").exists()


def test_a_pending_migration_backs_up_first(tmp_path: Path) -> None:
    db_path = tmp_path / "old.db"
    store = ConversationStore(connect(db_path))
    store.create_conversation("sys")
    store.db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm002_message_search'")
    store.db.execute("DROP TABLE messages_fts")
    for trigger in ("messages_ai", "messages_ad", "messages_au"):
        store.db.execute(f"DROP TRIGGER {trigger}")
    store.db.close()
    connect(db_path).close()
    backup = sqlite3.connect(tmp_path / "old.db.before-migration")
    assert backup.execute("SELECT count(*) FROM conversations").fetchone() == (1,)
    backup.close()


def test_a_file_that_is_not_a_database_is_a_user_error(tmp_path: Path) -> None:
    db_path = tmp_path / "junk.db"
    db_path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(UserError, match="could not be opened"):
        connect(db_path)
    assert db_path.read_bytes().startswith(b"this is not sqlite")  # never overwritten


def test_crud_round_trip(store: ConversationStore) -> None:
    first = store.create_conversation("Be brief.")
    assert first.title == DEFAULT_TITLE and not first.title_is_custom
    user = store.add_message(first.id, "user", "How do I   reverse\na list in Python?")
    reply = store.add_message(first.id, "assistant", "", Status.STREAMING, model_id="m")
    assert reply.parent_id == user.id
    assert store.conversation(first.id).title == "How do I reverse a list in Python?"

    store.save_partial(reply.id, "Use reversed")
    assert store.message(reply.id).content == "Use reversed"
    done = store.finish_message(reply.id, "Use reversed().", Status.COMPLETE,
                                MessageStats(12, 4, 80.5, 42.0, 180.0))
    assert (done.status, done.completion_tokens, done.ttft_ms, done.tokens_per_s) == (
        Status.COMPLETE, 4, 80.5, 42.0)

    store.rename(first.id, "  Lists  ")
    renamed = store.conversation(first.id)
    assert (renamed.title, renamed.title_is_custom) == ("Lists", True)
    store.add_message(first.id, "user", "another question")
    assert store.conversation(first.id).title == "Lists"  # a custom title stays

    store.set_system_prompt(first.id, "Be verbose.")
    assert store.conversation(first.id).system_prompt == "Be verbose."

    second = store.create_conversation("")
    store.add_message(second.id, "user", "newer")
    assert [c.id for c in store.conversations()] == [second.id, first.id]

    store.delete(first.id)  # to the trash
    assert [c.id for c in store.conversations()] == [second.id]
    assert [c.id for c in store.trash()] == [first.id]
    store.delete_forever(first.id)
    assert store.messages(first.id) == [] and store.trash() == []
    with pytest.raises(KeyError):
        store.conversation(first.id)
    assert integrity_ok(store.db)


def test_ids_are_never_reused(store: ConversationStore) -> None:
    first = store.create_conversation("")
    store.delete(first.id)
    assert store.create_conversation("").id != first.id


def test_bad_roles_and_statuses_are_refused(store: ConversationStore) -> None:
    """By the store, not by a CHECK list in the schema: a new role needs no table rebuild."""
    conversation = store.create_conversation("")
    with pytest.raises(ValueError, match="role"):
        store.add_message(conversation.id, "hacker", "x")
    with pytest.raises(ValueError, match="status"):
        store.add_message(conversation.id, "user", "x", "bogus")  # type: ignore[arg-type]
    assert store.messages(conversation.id) == []


def test_rename_to_blank_is_ignored(store: ConversationStore) -> None:
    conversation = store.create_conversation("")
    store.rename(conversation.id, "   ")
    assert store.conversation(conversation.id).title == DEFAULT_TITLE


def test_titles_are_shortened_on_a_word() -> None:
    assert title_from("  hi \n there ") == "hi there"
    long = "Please explain the difference between processes and threads in operating systems"
    title = title_from(long)
    assert title.endswith("…") and len(title) <= 48 and long.startswith(title[:-1])
    assert title_from("") == DEFAULT_TITLE


def test_full_text_search_finds_words_across_conversations(store: ConversationStore) -> None:
    a = store.create_conversation("")
    b = store.create_conversation("")
    store.add_message(a.id, "user", "Tell me about sourdough bread")
    store.add_message(b.id, "assistant", "Sourdough needs a starter.")
    store.add_message(b.id, "user", "Something else entirely")
    hits = store.search("sourdough")
    assert {h.conversation_id for h in hits} == {a.id, b.id}
    assert all("[" in h.snippet for h in hits)
    assert store.search("missing") == []


@pytest.mark.parametrize("hostile", [
    '"', "AND", "OR NOT", "NEAR(", "*", "col:x", "a\"b", "(((", "^start", "-", "''", "\\",
    "x OR", "\x00", "🙂",
])
def test_hostile_search_syntax_never_raises(store: ConversationStore, hostile: str) -> None:
    conversation = store.create_conversation("")
    store.add_message(conversation.id, "user", f"literal {hostile} text")
    assert isinstance(store.search(hostile), list)


def test_search_treats_operators_as_words(store: ConversationStore) -> None:
    conversation = store.create_conversation("")
    store.add_message(conversation.id, "user", "cats AND dogs")
    store.add_message(conversation.id, "user", "only cats")
    assert len(store.search("cats AND dogs")) == 1
    assert fts_query(store.db, 'say "hi"') == '"say" "hi"'
    assert fts_query(store.db, "a\x00b") == '"a" "b"' and fts_query(store.db, " ") == ""


def test_streaming_replies_become_interrupted_at_start_up(tmp_path: Path) -> None:
    db_path = tmp_path / "crash.db"
    store = ConversationStore(connect(db_path))
    conversation = store.create_conversation("")
    store.add_message(conversation.id, "user", "question")
    reply = store.add_message(conversation.id, "assistant", "", Status.STREAMING)
    store.save_partial(reply.id, "half an ans")
    done = store.add_message(conversation.id, "assistant", "fine", Status.COMPLETE)
    store.db.close()

    reopened = ConversationStore(connect(db_path))
    assert reopened.mark_interrupted() == 1
    assert reopened.message(reply.id).status == Status.INTERRUPTED
    assert reopened.message(reply.id).content == "half an ans"
    assert reopened.message(done.id).status == Status.COMPLETE
    assert reopened.mark_interrupted() == 0


def test_rows_by_key_that_do_not_exist_are_refused(store: ConversationStore) -> None:
    """Reads and writes by primary key (plain statements, not sqlite-utils' schema-reading
    Table calls) still refuse a row that is not there, and write only the one they name."""
    conversation = store.create_conversation("")
    message = store.add_message(conversation.id, "user", "kept")
    with pytest.raises(KeyError):
        store.message(message.id + 100)
    with pytest.raises(NotFoundError):
        store.rename(conversation.id + 100, "nobody")
    with pytest.raises(NotFoundError):
        store.finish_message(message.id + 100, "text", Status.COMPLETE)
    store.rename(conversation.id, "  a   new  name ")
    assert store.conversation(conversation.id).title == "a new name"
    assert store.message(message.id).content == "kept"
