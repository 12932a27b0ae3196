"""Files attached to a chat in the real window, read by the real indexer (child process,
parsers, bundled embedder): dropped on the window, shown as chips with their size, given
to the model with the question, cited, and taken off again."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QToolButton
from pytestqt.qtbot import QtBot

from app.ui.render import SOURCE_PREFIX
from app.ui.source_dialog import SourceDialog
from tests.fakes import Script
from tests.qt.conftest import MakeApp

pytestmark = pytest.mark.real_model

RULES = ("# Office rules\n\nReceipts for the home office must be kept for six years. "
         "The tax office may ask for them at any time.\n")


def drop(window: object, *paths: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)  # type: ignore[attr-defined]


def chip_texts(app: object) -> list[str]:
    bar = app.window.chat.attachments  # type: ignore[attr-defined]
    return [chip.findChild(QLabel).text() for chip in bar.chips]


def test_a_dropped_file_is_read_given_whole_cited_and_taken_off(
        qtbot: QtBot, make_app: MakeApp, tmp_path: Path, script: Script) -> None:
    rules = tmp_path / "office rules.md"
    rules.write_text(RULES, encoding="utf-8")
    locked = tmp_path / "empty.txt"
    locked.write_text("", encoding="utf-8")
    app = make_app()
    drop(app.window, rules, locked)
    assert sorted(chip_texts(app)) == ["empty.txt · reading…", "office rules.md · reading…"]
    qtbot.waitUntil(lambda: any("tokens" in t for t in chip_texts(app)), timeout=60_000)
    qtbot.waitUntil(lambda: "empty.txt: It is empty." in chip_texts(app), timeout=60_000)
    [whole] = [t for t in chip_texts(app) if t.startswith("office rules.md")]
    assert whole.endswith(" tokens")

    script.replies.append("Six years [1].")
    with qtbot.waitSignal(app.session.reply_finished, timeout=10_000):
        app.window.send("How long are receipts kept?")
    system = script.prompts[-1][0]
    assert system.role == "system" and "[1] office rules.md:\n" in system.content
    assert "six years" in system.content
    reply = app.window.chat.message_widgets()[-1]
    assert f"{SOURCE_PREFIX}1" in reply.body.toHtml()
    [source] = [b for b in reply.findChildren(QPushButton) if b.objectName() == "sourceButton"]
    assert source.accessibleName() == "Source 1: office rules.md, the whole file"
    source.click()
    dialog = next(w for w in app.window.findChildren(SourceDialog) if w.isVisible())
    assert "six years" in dialog.passage.toPlainText()
    dialog.close()

    remove = next(b for chip in app.window.chat.attachments.chips
                  for b in chip.findChildren(QToolButton)
                  if b.accessibleName() == "Remove office rules.md from this chat")
    remove.click()
    qtbot.waitUntil(lambda: chip_texts(app) == ["empty.txt: It is empty."], timeout=10_000)
    with qtbot.waitSignal(app.session.reply_finished, timeout=10_000):
        app.window.send("And now?")
    assert "office rules.md" not in script.prompts[-1][0].content


def test_attachments_belong_to_their_chat(
        qtbot: QtBot, make_app: MakeApp, tmp_path: Path) -> None:
    rules = tmp_path / "rules.txt"
    rules.write_text("Keep receipts six years.", encoding="utf-8")
    app = make_app()
    first = app.window.chat.conversation_id
    drop(app.window, rules)
    qtbot.waitUntil(lambda: any("tokens" in t for t in chip_texts(app)), timeout=60_000)
    app.window.send("hello")
    app.window.new_chat()
    qtbot.waitUntil(lambda: app.window.chat.conversation_id != first)
    assert not app.window.chat.attachments.isVisibleTo(app.window)
    assert first is not None
    app.window.open_conversation(first)
    assert chip_texts(app) and chip_texts(app)[0].startswith("rules.txt")


def test_a_pasted_path_is_attached_and_the_meter_counts_the_file(
        qtbot: QtBot, make_app: MakeApp, tmp_path: Path) -> None:
    rules = tmp_path / "office rules.md"
    rules.write_text(RULES * 20, encoding="utf-8")
    app = make_app()
    prompt = app.window.chat.prompt
    mention = QMimeData()
    mention.setText(f"Please read {rules}")
    prompt.insertFromMimeData(mention)  # a message that names a path stays a message
    assert prompt.toPlainText() == f"Please read {rules}" and chip_texts(app) == []
    prompt.clear()
    before = app.window.meter.reading.used if app.window.meter.reading else 0

    pasted = QMimeData()
    pasted.setText(f'"{rules}"\n')
    prompt.insertFromMimeData(pasted)
    assert prompt.toPlainText() == ""
    qtbot.waitUntil(lambda: any("tokens" in t for t in chip_texts(app)), timeout=60_000)
    [chip] = chip_texts(app)
    file_tokens = int(chip.split(" · ")[1].split()[0].replace(",", ""))
    qtbot.waitUntil(lambda: app.window.meter.reading is not None
                    and app.window.meter.reading.documents == file_tokens, timeout=10_000)
    assert app.window.meter.reading.used >= before + file_tokens


def test_a_dropped_history_export_is_imported_once_the_user_agrees(
        qtbot: QtBot, make_app: MakeApp, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    export = tmp_path / "my chats.json"  # named by the user: told by its content
    export.write_bytes((Path(__file__).parents[1] / "data" / "import" / "chatgpt"
                        / "conversations.json").read_bytes())
    app = make_app()
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    drop(app.window, export)  # declined: attached as a document, as any file
    assert asked == ["my chats.json is a conversation export from ChatGPT. Import its "
                     "conversations into Hearth?"]
    assert [t.split(" · ")[0] for t in chip_texts(app)] == ["my chats.json"]
    remove = next(b for chip in app.window.chat.attachments.chips
                  for b in chip.findChildren(QToolButton))
    remove.click()
    before = app.window.list_model.rowCount()
    with qtbot.waitSignal(app.window.history_import.finished, timeout=30_000):
        drop(app.window, export)
    qtbot.waitUntil(lambda: app.window.list_model.rowCount() == before + 3, timeout=10_000)
    assert app.window.import_dialog is not None and app.window.import_dialog.isVisible()

    report = tmp_path / "report.docx"  # a ZIP too, but no export: attached, nothing asked
    with zipfile.ZipFile(report, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    drop(app.window, report)
    assert len(asked) == 2
