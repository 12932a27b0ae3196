from __future__ import annotations

import json

from app.store.conversations import ConversationStore
from app.store.export import (
    NAME_LENGTH,
    ExportFormat,
    every_version,
    file_name,
    to_json,
    to_markdown,
)
from app.store.records import MessageStats, Status


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


def branched(store: ConversationStore) -> tuple[int, dict[str, int]]:
    """A question, two replies to it (the second shown), a follow-up on the shown reply,
    and a follow-up under a deleted third reply (gone with it)."""
    conversation = store.create_conversation("")
    question = store.add_message(conversation.id, "user", "Who keeps the lighthouse?")
    first = store.add_message(conversation.id, "assistant", "A keeper.")
    third = store.add_message(conversation.id, "assistant", "Nobody.", parent_id=question.id)
    lost = store.add_message(conversation.id, "user", "Since when?")
    store.delete_message(third.id)
    second = store.add_message(conversation.id, "assistant", "The keeper, at night.",
                               parent_id=question.id)
    follow_up = store.add_message(conversation.id, "user", "Thank you.")
    ids = {"question": question.id, "first": first.id, "second": second.id,
           "third": third.id, "lost": lost.id, "follow_up": follow_up.id}
    return conversation.id, ids


def test_the_file_name_keeps_the_titles_words() -> None:
    assert file_name("The lighthouse keeper") == "the-lighthouse-keeper.md"
    assert file_name("What's the lighthouse keeper?") == "whats-the-lighthouse-keeper.md"
    assert file_name("The keeper\u2019s log") == "the-keepers-log.md"
    assert file_name("The lighthouse keeper", ExportFormat.JSON_EVERY_VERSION) == \
        "the-lighthouse-keeper.json"
    assert file_name("Café über Straße, 2024") == "café-über-straße-2024.md"
    assert file_name("灯台守の話") == "灯台守の話.md"
    assert file_name("नमस्ते दुनिया") == "नमस्ते-दुनिया.md"  # the vowel signs stay
    assert file_name("e\u0301te\u0301") == "\u00e9t\u00e9.md"  # composed, as typed


def test_the_file_name_drops_unsafe_characters_and_is_never_empty() -> None:
    assert file_name("../../etc/passwd") == "etc-passwd.md"
    assert file_name('a/b\\c:d*e?f"g<h>i|j\x00k\nl') == "a-b-c-d-e-f-g-h-i-j-k-l.md"
    assert file_name("") == "conversation.md"
    assert file_name("?!… ***") == "conversation.md"
    assert file_name("CON") == "con-conversation.md"  # Windows refuses con.md
    assert file_name("\u0301x") == "x.md"  # a mark with no letter before it is not kept


def test_a_long_title_is_cut_at_a_word() -> None:
    name = file_name("the lighthouse keeper " * 10)
    assert name.endswith(".md") and len(name) <= NAME_LENGTH + len(".md")
    assert name.startswith("the-lighthouse-keeper-the-")
    assert not name[:-3].endswith("-")
    assert name[:-3].split("-")[-1] in ("the", "lighthouse", "keeper")
    assert len(file_name("x" * 500)) == NAME_LENGTH + len(".md")


def test_markdown_says_which_branch_it_holds(store: ConversationStore) -> None:
    conversation_id, _ = branched(store)
    path = store.messages(conversation_id)
    text = to_markdown(store.conversation(conversation_id), path)
    assert [m.content for m in path] == ["Who keeps the lighthouse?", "The keeper, at night.",
                                         "Thank you."]
    assert ("*Branch: the versions shown in the window (1 of 3 messages has other "
            "versions).*") in text
    assert "· version 2 of 2" in text
    assert "A keeper." not in text and "Nobody." not in text


def test_markdown_of_a_chat_without_versions_says_nothing_of_branches(
        store: ConversationStore) -> None:
    conversation_id = sample(store)
    text = to_markdown(store.conversation(conversation_id), store.messages(conversation_id))
    assert "Branch" not in text and "version" not in text


def test_json_of_the_active_path_says_so(store: ConversationStore) -> None:
    conversation_id, ids = branched(store)
    data = json.loads(to_json(store.conversation(conversation_id),
                              store.messages(conversation_id)))
    assert data["includes"] == "the active path"
    assert data["active_path"] == [ids["question"], ids["second"], ids["follow_up"]]
    assert [m["id"] for m in data["messages"]] == data["active_path"]
    assert all(m["on_active_path"] for m in data["messages"])


def test_json_with_every_version_holds_the_tree(store: ConversationStore) -> None:
    conversation_id, ids = branched(store)
    data = json.loads(to_json(store.conversation(conversation_id),
                              store.messages(conversation_id),
                              every_version(store, conversation_id)))
    assert data["includes"] == "every version"
    messages = {m["id"]: m for m in data["messages"]}
    # the deleted reply is gone, and so is what followed it
    assert set(messages) == {ids["question"], ids["first"], ids["second"], ids["follow_up"]}
    assert messages[ids["first"]]["parent_id"] == ids["question"]
    assert messages[ids["second"]]["parent_id"] == ids["question"]
    assert messages[ids["follow_up"]]["parent_id"] == ids["second"]
    assert messages[ids["question"]]["parent_id"] is None
    assert {i for i, m in messages.items() if m["on_active_path"]} == set(data["active_path"])
    assert not messages[ids["first"]]["on_active_path"]
    first = messages[ids["first"]]
    assert (first["role"], first["content"], first["status"]) == (
        "assistant", "A keeper.", "complete")
    assert isinstance(first["created_at"], float)
    assert data["branch"].startswith("Branch: the versions shown in the window")
