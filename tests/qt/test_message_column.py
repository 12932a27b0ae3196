"""The message column on its own, with no chat view around it: it pages through its model,
and hands links and message actions out for its owner to decide on."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from app.store.records import Message, Status
from app.ui.message_column import EARLIER_PAGE, MessageColumn
from app.ui.qmodels import MessageListModel
from app.ui.render import MarkdownRenderer


def message(message_id: int) -> Message:
    return Message(id=message_id, conversation_id=1,
                   role="user" if message_id % 2 else "assistant",
                   content=f"message {message_id}", status=Status.COMPLETE,
                   created_at=time.time())


@pytest.fixture
def column(qtbot: QtBot) -> MessageColumn:
    # a first screen of 3 keeps the test small; the button counts by EARLIER_PAGE
    shown = MessageColumn(MarkdownRenderer(), MessageListModel(3, EARLIER_PAGE))
    qtbot.addWidget(shown)
    shown.resize(600, 400)
    shown.show()
    return shown


def test_it_shows_the_newest_page_and_older_ones_on_request(qtbot: QtBot,
                                                            column: MessageColumn) -> None:
    with qtbot.waitSignal(column.rows_changed):
        column.show_path([message(i) for i in range(1, 7)])
    assert [w.message_id for w in column.message_widgets()] == [4, 5, 6]
    assert column.earlier_button.isVisibleTo(column)
    assert column.earlier_button.text() == "Show 3 earlier messages (3 in all)"
    with qtbot.waitSignal(column.rows_changed):
        column.earlier_button.click()
    assert [w.message_id for w in column.message_widgets()] == [1, 2, 3, 4, 5, 6]
    assert not column.earlier_button.isVisibleTo(column)
    column.append(message(7))
    assert column.message_widgets()[-1].message_id == 7


def test_links_and_actions_go_out_undecided(qtbot: QtBot, column: MessageColumn) -> None:
    column.show_path([message(1), message(2)])
    question, reply = column.message_widgets()
    # the column judges no link: even one the chat view would block goes out as it came
    with qtbot.waitSignal(column.link_activated) as link:
        reply.body.anchorClicked.emit(QUrl("javascript:alert(1)"))
    assert link.args == [QUrl("javascript:alert(1)")]
    with qtbot.waitSignal(column.message_action) as action:
        reply.actions_bar.regenerate_button.click()
    assert action.args == ["regenerate", 2]
    column.busy = True  # a reply is streaming: only Edit works
    column.refresh_actions()
    assert not reply.actions_bar.regenerate_button.isEnabled()
    assert question.actions_bar.edit_button.isEnabled()
