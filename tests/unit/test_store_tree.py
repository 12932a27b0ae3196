"""Conversations as trees: versions, the visible path, undoable deletes, the trash, and the
migration of a database written by release 0.1.0."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.errors import StorageError
from app.store.conversations import ConversationStore
from app.store.db import connect
from app.store.message_tree import ROOT
from app.store.records import Status

FIXTURE = Path(__file__).parent.parent / "data" / "hearth-0.1.0.db"


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        self.now += 1
        return self.now


@pytest.fixture
def tree(tmp_path: Path) -> Iterator[tuple[ConversationStore, Clock]]:
    clock = Clock()
    db = connect(tmp_path / "hearth.db")
    yield ConversationStore(db, clock=clock), clock
    db.close()


def contents(store: ConversationStore, conversation_id: int) -> list[str]:
    return [m.content for m in store.messages(conversation_id)]


def test_a_regenerated_reply_is_a_new_version_and_the_old_one_stays(
        tree: tuple[ConversationStore, Clock]) -> None:
    store, _ = tree
    chat = store.create_conversation("")
    question = store.add_message(chat.id, "user", "Q")
    first = store.add_message(chat.id, "assistant", "A1")
    second = store.add_message(chat.id, "assistant", "A2", parent_id=question.id)
    assert contents(store, chat.id) == ["Q", "A2"]
    path = store.messages(chat.id)
    assert path[1].sibling_ids == (first.id, second.id) and path[1].version == (2, 2)
    store.switch_to(first.id)
    assert contents(store, chat.id) == ["Q", "A1"]
    assert store.messages(chat.id)[1].version == (1, 2)


def test_an_edit_starts_a_branch_and_each_branch_remembers_its_own_path(
        tree: tuple[ConversationStore, Clock]) -> None:
    store, _ = tree
    chat = store.create_conversation("")
    q1 = store.add_message(chat.id, "user", "Q1")
    store.add_message(chat.id, "assistant", "A1")
    store.add_message(chat.id, "user", "Q2")
    store.add_message(chat.id, "assistant", "A2")
    edited = store.add_message(chat.id, "user", "Q1 edited", parent_id=ROOT)
    store.add_message(chat.id, "assistant", "B1")
    assert contents(store, chat.id) == ["Q1 edited", "B1"]
    assert store.messages(chat.id)[0].sibling_ids == (q1.id, edited.id)
    store.switch_to(q1.id)  # back to the first branch, all of it
    assert contents(store, chat.id) == ["Q1", "A1", "Q2", "A2"]
    # a new message follows the end of the visible path
    store.add_message(chat.id, "user", "Q3")
    assert contents(store, chat.id) == ["Q1", "A1", "Q2", "A2", "Q3"]


def test_deleting_a_message_takes_what_follows_and_undo_brings_it_back(
        tree: tuple[ConversationStore, Clock]) -> None:
    store, _ = tree
    chat = store.create_conversation("")
    store.add_message(chat.id, "user", "Q1")
    answer = store.add_message(chat.id, "assistant", "A1")
    store.add_message(chat.id, "user", "Q2")
    other = store.add_message(chat.id, "assistant", "A1 again", parent_id=answer.parent_id)
    store.switch_to(answer.id)
    deleted = store.delete_message(answer.id)
    assert contents(store, chat.id) == ["Q1", "A1 again"]  # the other version shows
    store.undelete_message(deleted)
    assert contents(store, chat.id) == ["Q1", "A1", "Q2"]
    assert store.messages(chat.id)[1].sibling_ids == (answer.id, other.id)
    assert store.search("Q2")  # searchable again


def test_deleted_branches_are_left_out_of_search_until_undone(
        tree: tuple[ConversationStore, Clock]) -> None:
    store, _ = tree
    chat = store.create_conversation("")
    question = store.add_message(chat.id, "user", "lighthouse keeper")
    deleted = store.delete_message(question.id)
    assert store.messages(chat.id) == [] and store.search("lighthouse") == []
    store.undelete_message(deleted)
    assert [h.message_id for h in store.search("lighthouse")] == [question.id]


def test_the_trash_restores_and_empties_itself_after_30_days(
        tree: tuple[ConversationStore, Clock]) -> None:
    store, clock = tree
    kept = store.create_conversation("")
    store.add_message(kept.id, "user", "keep me")
    binned = store.create_conversation("")
    store.add_message(binned.id, "user", "bin me, lighthouse")
    store.delete(binned.id)
    assert [c.id for c in store.conversations()] == [kept.id]
    assert [c.id for c in store.trash()] == [binned.id]
    assert store.search("lighthouse") == []
    store.restore(binned.id)
    assert {c.id for c in store.conversations()} == {kept.id, binned.id}
    store.delete(binned.id)
    clock.now += 29 * 86400
    assert store.purge_old_trash() == 0 and store.trash()
    clock.now += 2 * 86400
    assert store.purge_old_trash() == 1
    assert store.trash() == [] and store.messages(binned.id) == []
    assert contents(store, kept.id) == ["keep me"]


def test_pinned_conversations_come_first(tree: tuple[ConversationStore, Clock]) -> None:
    store, _ = tree
    old = store.create_conversation("")
    new = store.create_conversation("")
    assert [c.id for c in store.conversations()] == [new.id, old.id]
    store.pin(old.id)
    assert [c.id for c in store.conversations()] == [old.id, new.id]
    assert store.conversation(old.id).pinned
    assert [c.id for c in store.conversations(limit=1, offset=1)] == [new.id]


def test_storage_errors_come_out_as_storage_error(tree: tuple[ConversationStore, Clock]) -> None:
    store, _ = tree
    store.db.conn.close()
    with pytest.raises(StorageError, match="could not be written or read"):
        store.conversations()


def test_a_database_from_release_0_1_0_migrates_with_every_message_kept(
        tmp_path: Path) -> None:
    path = tmp_path / "hearth.db"
    shutil.copy(FIXTURE, path)
    before = sqlite3.connect(path)
    old_rows = before.execute(
        "SELECT id, conversation_id, role, content, status, model_id, created_at, "
        "prompt_tokens, completion_tokens, ttft_ms, tokens_per_s, duration_ms, error "
        "FROM messages ORDER BY id").fetchall()
    before.close()
    db = connect(path)
    store = ConversationStore(db)
    new_rows = db.execute(
        "SELECT id, conversation_id, role, content, status, model_id, created_at, "
        "prompt_tokens, completion_tokens, ttft_ms, tokens_per_s, duration_ms, error "
        "FROM messages ORDER BY id").fetchall()
    assert new_rows == old_rows and len(new_rows) == 9
    assert (tmp_path / "hearth.db.before-migration").is_file()
    # each conversation reads as it did: its chain is the visible path
    by_conversation = {c.id: c for c in store.conversations()}
    assert set(by_conversation) == {1, 2, 3}
    assert contents(store, 1) == ["What is the capital of France?",
                                  "Paris is the capital of France.",
                                  "And the lighthouse keeper of Brest? ünïcödé ✓",
                                  "I do not know his name."]
    assert [m.status for m in store.messages(3)] == [Status.COMPLETE, Status.ERROR,
                                                     Status.COMPLETE]
    assert by_conversation[2].title == "My renamed chat"
    assert by_conversation[1].system_prompt == "You are a helpful assistant."
    # search still finds old words, and new ones
    assert [h.message_id for h in store.search("lighthouse keeper")] == [3]
    reply = store.add_message(1, "assistant", "A new version about lighthouses",
                              parent_id=3)
    assert {h.message_id for h in store.search("lighthouses")} == {reply.id}
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA foreign_keys").fetchall() == [(1,)]
    # the rules that make deletes fast and tree-shaped
    indexes = {row[1] for row in db.execute("PRAGMA index_list(messages)")}
    assert "idx_messages_parent" in indexes
    keys = {(row[2], row[3], row[6]) for row in db.execute("PRAGMA foreign_key_list(messages)")}
    assert ("messages", "parent_id", "CASCADE") in keys
    # new roles and statuses need no rebuild
    db.execute("INSERT INTO messages (conversation_id, role, content, status, created_at) "
               "VALUES (1, 'tool', '{}', 'queued', 0)")
    assert db.execute("SELECT COUNT(*) FROM attachments").fetchone() == (0,)


def test_deleting_a_long_conversation_cascades_through_its_tree(
        tree: tuple[ConversationStore, Clock]) -> None:
    store, _ = tree
    chat = store.create_conversation("")
    for i in range(300):
        store.add_message(chat.id, "user" if i % 2 == 0 else "assistant", f"m{i}")
    store.delete(chat.id)
    store.empty_trash()
    assert store.db.execute("SELECT COUNT(*) FROM messages").fetchone() == (0,)
    plan = " ".join(str(r) for r in store.db.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM messages WHERE parent_id = 1").fetchall())
    assert "idx_messages_parent" in plan


def test_the_path_holds_the_same_messages_as_reading_each_one(
        tree: tuple[ConversationStore, Clock]) -> None:
    """The path is built from plain rows, fast; each of its messages must equal the one
    read on its own, every field and its versions included."""
    store, _ = tree
    chat = store.create_conversation("")
    question = store.add_message(chat.id, "user", "question")
    store.add_message(chat.id, "assistant", "first", parent_id=question.id)
    second = store.add_message(chat.id, "assistant", "second", Status.STOPPED, "model-a",
                               parent_id=question.id)
    store.finish_message(second.id, "second, finished", Status.ERROR, error="it broke")
    path = store.messages(chat.id)
    assert path == [store.message(m.id) for m in path]
    assert [m.version for m in path] == [(1, 1), (2, 2)]
    assert path[1].status is Status.ERROR and path[1].error == "it broke"
    assert path[1].model_id == "model-a"


def test_a_replys_sources_are_kept_replaced_and_go_with_it(
        tree: tuple[ConversationStore, Clock]) -> None:
    from app.store.records import Source

    store, _ = tree
    chat = store.create_conversation("")
    question = store.add_message(chat.id, "user", "How long are receipts kept?")
    reply = store.add_message(chat.id, "assistant", "Six years [1].")
    cited = [Source(1, "/tax/rules.pdf", "page 3", "Keep receipts six years.", page=3),
             Source(2, "/tax/notes.md", "§ Office", "The home office...", line=12)]
    store.set_sources(reply.id, cited)
    assert store.sources([question.id, reply.id]) == {reply.id: cited}
    store.set_sources(reply.id, cited[:1])  # continued with other passages: replaced
    assert store.sources([reply.id]) == {reply.id: cited[:1]}
    store.delete(chat.id)
    store.empty_trash()
    assert store.sources([reply.id]) == {}
