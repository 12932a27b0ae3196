"""Writing imported conversations into a real database: the tree and the path that was
showing, times as in the source, one transaction each, and a second import adding only
what is new."""

from __future__ import annotations

import pytest

from app.errors import StorageError
from app.store.conversations import ConversationStore
from app.store.imports import HistoryWriter, ImportedConversation, ImportedMessage


def branched(*extra: ImportedMessage, leaf: str = "a1") -> ImportedConversation:
    return ImportedConversation(
        source="chatgpt:one", title="Tea", created_at=1000.0, updated_at=2000.0,
        messages=[
            ImportedMessage("u1", None, "user", "How long?", 1010.0),
            ImportedMessage("a1", "u1", "assistant", "Three minutes.", 1020.0, "gpt-4o"),
            ImportedMessage("a2", "u1", "assistant", "Two minutes.", 1030.0, "gpt-4o",
                            reasoning="Green tea is delicate."),
            *extra],
        active_leaf=leaf, system_prompt="Be brief.", note="Models: gpt-4o")


def test_a_branched_conversation_keeps_its_tree_and_shown_path(
        store: ConversationStore) -> None:
    result = HistoryWriter(store.db).write(branched())
    assert (result.created, result.messages, result.versions) == (True, 3, 1)
    conversation = store.conversation(result.conversation_id)
    assert (conversation.title, conversation.title_is_custom) == ("Tea", True)
    assert (conversation.created_at, conversation.updated_at) == (1000.0, 2000.0)
    assert conversation.system_prompt == "Be brief."
    path = store.messages(result.conversation_id)
    # the first reply was showing, though the second is newer
    assert [m.content for m in path] == ["How long?", "Three minutes."]
    assert path[1].version == (1, 2) and path[1].model_id == "gpt-4o"
    assert [m.created_at for m in path] == [1010.0, 1020.0]
    row = store.db.execute("SELECT note, source FROM conversations").fetchone()
    assert row == ("Models: gpt-4o", "chatgpt:one")
    assert store.db.execute("SELECT reasoning FROM messages WHERE source_id = 'a2'"
                            ).fetchone() == ("Green tea is delicate.",)
    assert store.search("minutes")  # in the full-text index like any message


def test_importing_again_adds_only_new_messages(store: ConversationStore) -> None:
    writer = HistoryWriter(store.db)
    first = writer.write(branched())
    again = writer.write(branched())
    assert (again.created, again.messages, again.conversation_id) == (
        False, 0, first.conversation_id)
    grown = writer.write(branched(
        ImportedMessage("u2", "a2", "user", "Thanks", 1040.0),
        ImportedMessage("a3", "u1", "assistant", "Four minutes.", 1050.0), leaf="u2"))
    assert (grown.messages, grown.versions) == (2, 1)  # a3 is a third version of the reply
    assert store.db.execute("SELECT COUNT(*) FROM messages").fetchone() == (5,)
    assert [m.content for m in store.messages(first.conversation_id)] == [
        "How long?", "Two minutes.", "Thanks"]
    assert store.conversation(first.conversation_id).updated_at == 2000.0  # as in the source


def test_a_conversation_in_the_trash_is_left_alone(store: ConversationStore) -> None:
    writer = HistoryWriter(store.db)
    first = writer.write(branched())
    store.delete(first.conversation_id)
    again = writer.write(branched(ImportedMessage("u2", "a1", "user", "More?", 1040.0)))
    assert again.in_trash and again.messages == 0
    assert store.db.execute("SELECT COUNT(*) FROM messages").fetchone() == (3,)


def test_a_conversation_is_written_whole_or_not_at_all(store: ConversationStore) -> None:
    # the last message cannot be bound (SQLite refuses it after the others were inserted)
    unwritable = ImportedMessage("u2", "a1", "user", {"not": "text"}, 1060.0)  # type: ignore[arg-type]
    with pytest.raises(StorageError, match="could not be written"):
        HistoryWriter(store.db).write(branched(unwritable))
    assert store.db.execute("SELECT COUNT(*) FROM conversations").fetchone() == (0,)
    assert store.db.execute("SELECT COUNT(*) FROM messages").fetchone() == (0,)
    assert store.db.execute("PRAGMA synchronous").fetchone() == (2,)  # FULL again


def test_without_a_title_the_first_question_names_it(store: ConversationStore) -> None:
    untitled = branched()
    untitled.title = "  "
    result = HistoryWriter(store.db).write(untitled)
    assert store.conversation(result.conversation_id).title == "How long?"
