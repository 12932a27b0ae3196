"""The Library without widgets: renames go through it (the list's item model only asks), and
it decides what opens after the open conversation goes to the trash."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.chat.library import Library
from app.store.conversations import ConversationStore
from app.ui.qmodels import ConversationListModel


def test_a_rename_folds_white_space_and_the_list_follows(
        qtbot: QtBot, store: ConversationStore) -> None:
    library = Library(store)
    model = ConversationListModel(library)
    chat = store.create_conversation("")
    model.reload()
    with qtbot.waitSignal(library.renamed) as renamed:
        assert model.setData(model.index(0), "  The   lighthouse\nkeeper ")
    assert renamed.args[0].title == "The lighthouse keeper"
    assert store.conversation(chat.id).title == "The lighthouse keeper"
    assert model.data(model.index(0)) == "The lighthouse keeper"
    with qtbot.assertNotEmitted(library.renamed):
        assert not library.rename(chat.id, "   ")


def test_after_the_open_chat_goes_to_the_trash_the_first_left_opens(
        store: ConversationStore) -> None:
    library = Library(store)
    first, second = store.create_conversation(""), store.create_conversation("")
    store.add_message(first.id, "user", "older but pinned")
    library.pin(first.id, True)
    library.move_to_trash(second.id)
    assert library.next_to_open() == first.id
    library.move_to_trash(first.id)
    assert library.next_to_open() is None  # none left: a new chat
