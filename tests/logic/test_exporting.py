"""ConversationExport without widgets: the name it suggests, what each file type holds, the
suffix a bare name gets, and a write that fails in words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.chat.exporting import ConversationExport, ExportProblem
from app.store.conversations import ConversationStore
from app.store.export import ExportFormat


def with_versions(store: ConversationStore) -> int:
    chat = store.create_conversation("")
    store.rename(chat.id, "The lighthouse keeper")
    question = store.add_message(chat.id, "user", "The lighthouse keeper")
    store.add_message(chat.id, "assistant", "First version.", parent_id=question.id)
    store.add_message(chat.id, "assistant", "Second version.", parent_id=question.id)
    return chat.id


def type_of(types: dict[str, ExportFormat], wanted: ExportFormat) -> str:
    return next(label for label, kind in types.items() if kind is wanted)


def test_the_offer_names_the_file_and_says_which_versions_it_holds(
        qtbot: QtBot, store: ConversationStore) -> None:
    offer = ConversationExport(store).offer(with_versions(store))
    assert offer.suggested_name == "the-lighthouse-keeper.md"
    assert "1 of 2 messages has other versions" in offer.note and offer.note in offer.title
    assert list(offer.types.values()) == [ExportFormat.MARKDOWN, ExportFormat.JSON,
                                          ExportFormat.JSON_EVERY_VERSION]


def test_each_file_type_holds_its_part_of_the_tree(
        qtbot: QtBot, store: ConversationStore, tmp_path: Path) -> None:
    export = ConversationExport(store)
    offer = export.offer(with_versions(store))
    target, kind = export.target(offer, str(tmp_path / "shown"),
                                 type_of(offer.types, ExportFormat.MARKDOWN))
    assert (target, kind) == (tmp_path / "shown.md", ExportFormat.MARKDOWN)
    assert "versions shown" in export.write(offer, target, kind)
    text = target.read_text(encoding="utf-8")
    assert "Second version." in text and "First version." not in text
    target, kind = export.target(offer, str(tmp_path / "tree"),
                                 type_of(offer.types, ExportFormat.JSON_EVERY_VERSION))
    assert target == tmp_path / "tree.json"
    assert "every version" in export.write(offer, target, kind)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert [m["content"] for m in data["messages"]] == [
        "The lighthouse keeper", "First version.", "Second version."]


def test_with_no_type_reported_the_typed_suffix_decides(
        qtbot: QtBot, store: ConversationStore, tmp_path: Path) -> None:
    export = ConversationExport(store)
    offer = export.offer(with_versions(store))
    assert export.target(offer, str(tmp_path / "a.JSON"), "")[1] is ExportFormat.JSON
    assert export.target(offer, str(tmp_path / "a.txt"), "") == (tmp_path / "a.txt",
                                                                   ExportFormat.MARKDOWN)


def test_a_write_that_fails_says_where_and_why(
        qtbot: QtBot, store: ConversationStore, tmp_path: Path) -> None:
    export = ConversationExport(store)
    offer = export.offer(with_versions(store))
    missing = tmp_path / "no such folder" / "a.md"
    with pytest.raises(ExportProblem, match=r"Could not write .*no such folder"):
        export.write(offer, missing, ExportFormat.MARKDOWN)


def test_a_conversation_that_is_gone_is_said(qtbot: QtBot, store: ConversationStore) -> None:
    with pytest.raises(ExportProblem, match="gone"):
        ConversationExport(store).offer(424242)


def test_exports_keep_a_replys_sources(
        qtbot: QtBot, store: ConversationStore, tmp_path: Path) -> None:
    from app.store.records import Source

    chat = store.create_conversation("")
    store.add_message(chat.id, "user", "How long?")
    reply = store.add_message(chat.id, "assistant", "Six years [1].")
    store.set_sources(reply.id, [Source(1, "/tax/rules.pdf", "page 3", "Keep six years.", 3)])
    export = ConversationExport(store)
    offer = export.offer(chat.id)
    export.write(offer, tmp_path / "a.md", ExportFormat.MARKDOWN)
    assert "**Sources**\n\n1. /tax/rules.pdf, page 3" in (tmp_path / "a.md").read_text(
        encoding="utf-8")
    for kind in (ExportFormat.JSON, ExportFormat.JSON_EVERY_VERSION):
        export.write(offer, tmp_path / "a.json", kind)
        data = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
        assert data["messages"][-1]["sources"] == [
            {"number": 1, "file": "/tax/rules.pdf", "location": "page 3", "page": 3,
             "line": None, "text": "Keep six years."}]
