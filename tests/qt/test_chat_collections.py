"""A chat reads the collections chosen for it: the header names them and its menu checks
them, the choice is kept with the chat, and a question then goes with their passages."""

from __future__ import annotations

import numpy as np
from pytestqt.qtbot import QtBot

from app.documents.index import INDEX_FILE, DocumentIndex
from app.documents.types import Chunk
from app.paths import AppPaths
from tests.fakes import Script
from tests.qt.conftest import MakeApp

RULE = "Receipts for the home office must be kept for six years."


def test_a_chosen_collection_is_named_kept_and_read(
        qtbot: QtBot, make_app: MakeApp, paths: AppPaths, script: Script) -> None:
    index = DocumentIndex(paths.data / INDEX_FILE)
    for name in ("Tax 2026", "Thesis"):
        index.collection(name, create=True)
    tax = index.collection("Tax 2026")
    file_id = index.upsert_file(tax, "/docs/rules.txt", 1, 1.0)
    index.store_chunks(file_id, 1, 1.0, "sha", "", [Chunk(0, RULE, "line 1", line=1)],
                       np.ones((1, 2), np.float32))
    index.close()
    app = make_app()
    chat = app.window.chat
    assert chat.documents_button.isVisibleTo(app.window)
    assert chat.documents_button.text() == "Documents: none"
    assert [a.text() for a in chat.documents_menu.actions()] == ["Tax 2026", "Thesis"]
    chat.documents_menu.actions()[0].trigger()
    assert chat.documents_button.text() == "Documents: Tax 2026"
    assert chat.documents_button.accessibleName() == "Documents: Tax 2026"
    conversation_id = chat.conversation_id
    assert conversation_id is not None
    assert app.store.conversation(conversation_id).settings["collections"] == ["Tax 2026"]
    with qtbot.waitSignal(app.session.reply_finished, timeout=10_000):
        app.window.send("How long are receipts kept?")
    assert "[1] rules.txt (line 1):" in script.prompts[-1][-1].content
    app.window.new_chat()  # another chat reads nothing until asked
    qtbot.waitUntil(lambda: chat.conversation_id != conversation_id)
    assert chat.documents_button.text() == "Documents: none"
    app.window.open_conversation(conversation_id)
    assert chat.documents_button.text() == "Documents: Tax 2026"
    chat.documents_menu.actions()[0].trigger()  # unchecked: the chat reads none again
    assert "collections" not in app.store.conversation(conversation_id).settings
