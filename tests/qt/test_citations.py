"""A reply's sources in the real window: its [n] are links, the sources are listed under it
by name, a click shows the passage, and the file opens only once the user agrees."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.chat.grounding import attached_collection
from app.documents.index import INDEX_FILE, DocumentIndex
from app.documents.types import Chunk
from app.paths import AppPaths
from app.store.conversations import ConversationStore
from app.store.db import connect
from app.store.records import Source
from app.ui.render import SOURCE_PREFIX
from app.ui.source_dialog import SourceDialog, in_context
from tests.fakes import Script
from tests.qt.conftest import MakeApp, Recorder

RULE = "Receipts for the home office must be kept for six years."


def source_buttons(app: object) -> list[QPushButton]:
    widget = app.window.chat.message_widgets()[-1]  # type: ignore[attr-defined]
    return [b for b in widget.findChildren(QPushButton) if b.objectName() == "sourceButton"]


def test_a_saved_replys_sources_show_and_open_after_asking(
        qtbot: QtBot, make_app: MakeApp, paths: AppPaths, tmp_path: Path,
        recorder: Recorder, monkeypatch: pytest.MonkeyPatch) -> None:
    rules = tmp_path / "rules.txt"
    rules.write_text(RULE, encoding="utf-8")
    store = ConversationStore(connect(paths.database))
    chat = store.create_conversation("")
    store.add_message(chat.id, "user", "How long do I keep receipts?")
    reply = store.add_message(chat.id, "assistant", "Six years [1]. Not [7].")
    store.set_sources(reply.id, [Source(1, str(rules), "line 1", RULE, line=1)])
    store.db.close()
    app = make_app()
    app.window.sidebar.select(chat.id)
    widget = app.window.chat.message_widgets()[-1]
    html = widget.body.toHtml()
    assert f"{SOURCE_PREFIX}1" in html and f"{SOURCE_PREFIX}7" not in html
    [button] = source_buttons(app)
    assert button.accessibleName() == "Source 1: rules.txt, line 1"
    button.click()
    dialog = next(w for w in app.window.findChildren(SourceDialog) if w.isVisible())
    assert dialog.passage.toPlainText() == RULE
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: answers.pop(0))
    assert not dialog.open_file() and recorder.opened == []  # declined: nothing opens
    assert dialog.open_file()
    assert recorder.opened == [f"file://{rules}"]


def test_a_question_in_a_chat_with_a_file_is_answered_with_its_source(
        qtbot: QtBot, make_app: MakeApp, paths: AppPaths, script: Script) -> None:
    app = make_app()
    chat_id = app.window.chat.conversation_id
    assert chat_id is not None
    index = DocumentIndex(paths.data / INDEX_FILE)
    attached = index.collection(attached_collection(chat_id), create=True)
    file_id = index.upsert_file(attached, "/docs/rules.txt", 1, 1.0)
    index.store_chunks(file_id, 1, 1.0, "sha", "", [Chunk(0, RULE, "line 1", line=1)],
                       np.ones((1, 2), np.float32), (RULE, 40_000))  # too big to go whole
    index.close()
    assert app.window.attachments is not None
    app.window.attachments.show(chat_id)  # the chat shows its file: its questions read it
    script.replies.append("Six years [1].")
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000):
        app.window.chat.prompt.setPlainText("How long are receipts kept?")
        app.window.send(app.window.chat.prompt.toPlainText())
    assert "[1] rules.txt (line 1):" in script.prompts[-1][-1].content
    [button] = source_buttons(app)
    assert "rules.txt" in button.text()
    button.click()  # the passage shows in its file's context (here: nothing around it)
    dialog = next(w for w in app.window.findChildren(SourceDialog) if w.isVisible())
    assert dialog.passage.toPlainText() == RULE
    assert "<script" not in dialog.passage.toHtml()
    dialog.close()
    assert f"{SOURCE_PREFIX}1" in app.window.chat.message_widgets()[-1].body.toHtml()
    # kept with the reply: the same after the chat is opened again
    app.window.open_conversation(chat_id)
    assert [b.text() for b in source_buttons(app)] == [button.text()]


def test_the_source_shows_with_the_text_before_and_after_it(
        qtbot: QtBot, make_app: MakeApp, paths: AppPaths) -> None:
    index = DocumentIndex(paths.data / INDEX_FILE)
    tax = index.collection("Tax", create=True)
    file_id = index.upsert_file(tax, "/docs/rules.txt", 1, 1.0)
    texts = ["<b>Before</b> the rule.", RULE, "After the rule."]
    index.store_chunks(file_id, 1, 1.0, "sha", "", [Chunk(i, t, f"line {i + 1}")
                                                    for i, t in enumerate(texts)],
                       np.ones((3, 2), np.float32))
    index.close()
    store = ConversationStore(connect(paths.database))
    chat = store.create_conversation("")
    store.add_message(chat.id, "user", "How long?")
    reply = store.add_message(chat.id, "assistant", "Six years [1].")
    store.set_sources(reply.id, [Source(1, "/docs/rules.txt", "line 2", RULE, line=2)])
    store.db.close()
    app = make_app()
    app.window.sidebar.select(chat.id)
    dialog = app.window.show_source(reply.id, 1)
    assert dialog is not None
    assert dialog.passage.toPlainText().split("\n") == [
        "<b>Before</b> the rule.", RULE, "After the rule."]  # the file's markup as text


def test_a_pdf_source_opens_at_its_page_where_the_viewer_takes_one(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF-1.4")
    opened: list[str] = []
    at_page: list[tuple[Path, int]] = []
    viewer_takes_pages = [False, True]

    def open_page(path: Path, page: int) -> bool:
        at_page.append((path, page))
        return viewer_takes_pages.pop(0)

    dialog = SourceDialog(Source(1, str(report), "page 4", RULE, page=4),
                          lambda url: opened.append(url.toString()), open_page=open_page)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    assert dialog.open_file()  # a viewer that takes no page: the file opens at its start
    assert at_page == [(report, 4)] and opened == [f"file://{report}"]
    assert dialog.open_file()  # one that does: started at page 4, nothing else opens
    assert at_page == [(report, 4)] * 2 and opened == [f"file://{report}"]


def test_a_passage_is_bold_among_its_context_and_a_whole_file_is_plain(qtbot: QtBot) -> None:
    among = in_context(RULE, ("Before it.", "After it."))
    assert among.count("font-weight:bold;") == 1 and "Before it." in among
    whole = in_context(RULE, None)  # the whole file: nothing to set it apart from
    assert "font-weight" not in whole and "Receipts" in whole
    assert "&lt;b&gt;" in in_context("<b>untrusted</b>", None)  # escaped, never markup
