"""A reply's thinking in the real SQLite store: saved apart from the answer (as it
streams, and finished), read back on the path, exported marked, and searched only when
asked."""

from __future__ import annotations

import json

from app.store.conversations import ConversationStore
from app.store.export import every_version, to_json, to_markdown
from app.store.records import MessageStats, Status

THOUGHT = "The lighthouse question: keepers lived there.\n\nSo the answer is yes."


def thinking_chat(store: ConversationStore, cut: bool = False) -> tuple[int, int]:
    conversation = store.create_conversation("")
    store.add_message(conversation.id, "user", "Did anyone live in lighthouses?")
    reply = store.add_message(conversation.id, "assistant", "", Status.STREAMING)
    store.save_partial(reply.id, "", "The lighthouse question", None)
    assert store.message(reply.id).reasoning == "The lighthouse question"
    store.finish_message(reply.id, "" if cut else "Yes, their keepers did.", Status.COMPLETE,
                         MessageStats(5, 40, 20.0, 30.0, 1500.0), None, THOUGHT, 12_400.0)
    return conversation.id, reply.id


def test_the_thinking_is_kept_apart_from_the_answer(store: ConversationStore) -> None:
    conversation_id, reply_id = thinking_chat(store)
    reply = store.messages(conversation_id)[-1]
    assert (reply.id, reply.content, reply.reasoning) == (
        reply_id, "Yes, their keepers did.", THOUGHT)
    assert reply.reasoning_ms == 12_400.0 and not reply.reasoning_cut
    assert store.message(reply_id).reasoning == THOUGHT
    # a later save of the answer alone leaves the thinking as it is
    store.save_partial(reply_id, "Yes.")
    assert store.message(reply_id).reasoning == THOUGHT


def test_exports_hold_the_thinking_marked(store: ConversationStore) -> None:
    conversation_id, _ = thinking_chat(store)
    conversation, path = store.conversation(conversation_id), store.messages(conversation_id)
    markdown = to_markdown(conversation, path)
    assert "<details>\n<summary>Thinking (12 s)</summary>\n\n" \
           "> The lighthouse question: keepers lived there.\n>\n> So the answer is yes." \
           "\n\n</details>\n\nYes, their keepers did." in markdown
    for text in (to_json(conversation, path),
                 to_json(conversation, path, every_version(store, conversation_id))):
        reply = json.loads(text)["messages"][-1]
        assert (reply["content"], reply["reasoning"], reply["reasoning_ms"]) == (
            "Yes, their keepers did.", THOUGHT, 12_400.0)
        assert reply["reasoning_cut"] is False
    assert json.loads(to_json(conversation, path))["messages"][0]["reasoning"] == ""


def test_a_reply_cut_while_thinking_exports_as_cut(store: ConversationStore) -> None:
    conversation_id, _ = thinking_chat(store, cut=True)
    path = store.messages(conversation_id)
    assert path[-1].reasoning_cut
    assert "<summary>Thinking (12 s), cut off before the answer</summary>" in to_markdown(
        store.conversation(conversation_id), path)


def test_the_thinking_is_searched_only_when_asked(store: ConversationStore) -> None:
    conversation_id, reply_id = thinking_chat(store)
    assert store.search_conversations("keepers lived") == []  # "lived": the thinking's
    assert store.search_conversations("answer yes") == []
    hits = store.search_conversations("answer yes", reasoning=True)
    assert [(h.conversation_id, h.message_id) for h in hits] == [(conversation_id, reply_id)]
    assert "[answer]" in hits[0].snippet and "[yes]" in hits[0].snippet
    # found by its answer, the snippet is the answer's
    hits = store.search_conversations("keepers", reasoning=True)
    assert hits[0].snippet == "Yes, their [keepers] did."
