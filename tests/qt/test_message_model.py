"""The chat pane's model: the open conversation's path, its newest rows first, older ones
fetched a page at a time, and a streaming reply that changes one row only."""

from __future__ import annotations

from typing import Any

from app.store.records import Message, Status
from app.ui.qmodels import MessageListModel, MessageRole, TextRole


def path(count: int) -> list[Message]:
    return [Message(id=i + 1, conversation_id=1, role="user" if i % 2 == 0 else "assistant",
                    content=f"m{i}", status=Status.COMPLETE, created_at=float(i))
            for i in range(count)]


def test_newest_rows_first_then_older_pages(qtmodeltester: Any) -> None:
    model = MessageListModel(first_screen=12, page=60)
    model.set_path(path(100))
    assert model.rowCount() == 12 and model.unfetched == 88
    assert model.index(0).data(TextRole) == "m88"
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 72 and model.index(0).data(TextRole) == "m28"
    model.fetchMore()
    assert model.rowCount() == 100 and not model.canFetchMore()
    qtmodeltester.check(model)  # Qt's own consistency checks of an item model


def test_streaming_changes_one_row_and_its_text_only(qtbot: Any) -> None:
    model = MessageListModel(first_screen=12, page=60)
    model.set_path(path(4))
    reply = Message(id=99, conversation_id=1, role="assistant", content="",
                    status=Status.STREAMING, created_at=9.0)
    model.append(reply)
    model.append(reply)  # once only
    assert model.rowCount() == 5
    changes: list[tuple[int, int, list[int]]] = []
    model.dataChanged.connect(lambda top, bottom, roles: changes.append(
        (top.row(), bottom.row(), list(roles))))
    model.stream(99, "Hello")
    model.stream(99, "Hello there")
    assert changes == [(4, 4, [TextRole]), (4, 4, [TextRole])]
    assert model.index(4).data(TextRole) == "Hello there"
    assert model.index(4).data(MessageRole).content == ""  # the saved row is untouched
    done = Message(id=99, conversation_id=1, role="assistant", content="Hello there.",
                   status=Status.COMPLETE, created_at=9.0)
    model.finish(done)
    assert changes[-1] == (4, 4, [MessageRole, TextRole])
    assert model.index(4).data(MessageRole) == done and model.index(4).data(TextRole) == \
        "Hello there."
    model.stream(12345, "not in this conversation")  # ignored
    assert len(changes) == 3
