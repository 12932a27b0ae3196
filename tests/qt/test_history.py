"""A long history in the real window: the sidebar reads a page at a time, search runs off
the GUI thread with snippets, and a long conversation opens on its last messages."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.chat.exporting import ExportOffer
from app.paths import AppPaths
from app.store.conversations import ConversationStore
from app.store.db import connect
from app.store.export import ExportFormat
from app.ui.message_column import AT_ONCE, EARLIER_PAGE, FIRST_SCREEN
from app.ui.qmodels import ConversationListModel, SnippetRole, SnippetRunsRole
from tests.qt.conftest import MakeApp


def fill(paths: AppPaths, conversations: int, messages: int = 2) -> list[int]:
    store = ConversationStore(connect(paths.database))
    ids = []
    for n in range(conversations):
        chat = store.create_conversation("")
        for m in range(messages):
            store.add_message(chat.id, "user" if m % 2 == 0 else "assistant",
                              f"message {m} of chat {n}" + (" about a lighthouse keeper"
                                                            if n == 7 and m == 1 else ""))
        ids.append(chat.id)
    store.db.close()
    return ids


def test_the_sidebar_reads_a_page_at_a_time(qtbot: QtBot, make_app: MakeApp,
                                            paths: AppPaths) -> None:
    ids = fill(paths, ConversationListModel.PAGE + 50)
    app = make_app()
    model = app.window.list_model
    assert model.rowCount() == ConversationListModel.PAGE
    assert model.canFetchMore()
    app.window.sidebar.view.scrollToBottom()
    qtbot.waitUntil(lambda: not model.canFetchMore(), timeout=3000)
    assert model.rowCount() == len(ids)


def test_a_conversation_far_down_the_list_opens_without_reading_every_page(
        qtbot: QtBot, make_app: MakeApp, paths: AppPaths) -> None:
    ids = fill(paths, ConversationListModel.PAGE + 20)
    app = make_app()
    oldest = ids[0]
    app.window.sidebar.select(oldest)
    assert app.window.chat.conversation_id == oldest
    assert app.window.list_model.rowCount() == ConversationListModel.PAGE


def test_search_runs_off_the_gui_thread_and_shows_snippets(qtbot: QtBot, make_app: MakeApp,
                                                          paths: AppPaths) -> None:
    ids = fill(paths, 12)
    app = make_app()
    sidebar = app.window.sidebar
    with qtbot.waitSignal(sidebar.search_engine.results, timeout=3000,
                          check_params_cb=lambda hits: hits is not None):
        qtbot.keyClicks(sidebar.search, "lighthouse keeper")
    model = app.window.list_model
    assert model.rowCount() == 1
    assert model.conversation_at(0).id == ids[7]
    snippet = model.index(0).data(SnippetRole)
    assert "lighthouse keeper" in snippet and "[" not in snippet  # the marks are taken out
    matched = [text for text, hit in model.index(0).data(SnippetRunsRole) if hit]
    assert matched == ["lighthouse", "keeper"]
    with qtbot.waitSignal(sidebar.search_engine.results, timeout=3000):
        sidebar.search.clear()
    assert model.rowCount() == len(ids)  # all of them again


def test_only_the_latest_search_is_shown(qtbot: QtBot, make_app: MakeApp,
                                         paths: AppPaths) -> None:
    fill(paths, 12)
    app = make_app()
    search = app.window.sidebar.search_engine
    shown: list[object] = []
    search.results.connect(shown.append)
    search.set_text("lighthouse")
    search.set_text("chat 3")
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    qtbot.wait(300)
    assert len(shown) == 1  # the first text was overtaken before it was searched
    assert {h.conversation_id for h in shown[0]} and all(  # type: ignore[attr-defined]
        "3" in h.snippet or "3" in h.conversation_title for h in shown[0])  # type: ignore[attr-defined]


def test_a_long_conversation_opens_on_its_last_messages(qtbot: QtBot, make_app: MakeApp,
                                                       paths: AppPaths) -> None:
    [long_id] = fill(paths, 1, messages=100)
    app = make_app()
    chat = app.window.chat
    app.window.sidebar.select(long_id)
    # the newest at once; the rest of the first screen a few at a time above them
    assert AT_ONCE <= len(chat.message_widgets()) < FIRST_SCREEN
    assert chat.message_widgets()[-1].text == "message 99 of chat 0"
    qtbot.waitUntil(lambda: len(chat.message_widgets()) == FIRST_SCREEN)
    widgets = chat.message_widgets()
    assert [w.text for w in widgets] == [f"message {i} of chat 0"
                                         for i in range(100 - FIRST_SCREEN, 100)]
    assert chat.earlier_button.isVisibleTo(chat)
    assert f"{100 - FIRST_SCREEN} in all" in chat.earlier_button.text()
    chat.earlier_button.click()
    widgets = chat.message_widgets()
    assert len(widgets) == FIRST_SCREEN + EARLIER_PAGE
    assert widgets[0].text == f"message {100 - FIRST_SCREEN - EARLIER_PAGE} of chat 0"
    chat.earlier_button.click()
    assert [w.text for w in chat.message_widgets()] == [
        f"message {i} of chat 0" for i in range(100)]
    assert not chat.earlier_button.isVisibleTo(chat)


def test_pinned_first_then_today_yesterday_the_week_and_older(
        qtbot: QtBot, make_app: MakeApp, paths: AppPaths) -> None:
    import time

    from app.ui.qmodels import GroupRole

    now = time.time()
    ages = {"old": 40 * 86400, "week": 3 * 86400, "yesterday": 86400 + 60, "today": 0}
    store = ConversationStore(connect(paths.database))
    ids = {}
    for name, age in ages.items():
        clock = now - age if name != "today" else now
        timed = ConversationStore(store.db, clock=lambda c=clock: c)
        chat = timed.create_conversation("")
        timed.add_message(chat.id, "user", name)
        ids[name] = chat.id
    store.db.close()
    app = make_app()
    model = app.window.list_model
    headers = [model.index(row).data(GroupRole) for row in range(model.rowCount())]
    titles = [model.conversation_at(row).title for row in range(model.rowCount())]
    midnight_today = time.mktime((*time.localtime(now)[:3], 0, 0, 0, 0, 0, -1))
    expected_yesterday = "Yesterday" if now - ages["yesterday"] >= midnight_today - 86400 \
        else "Previous 7 days"
    assert titles == ["today", "yesterday", "week", "old"]
    assert headers[0] == "Today" and headers[3] == "Older"
    assert headers[1] in (expected_yesterday, "")
    sidebar = app.window.sidebar
    sidebar.select(ids["old"])
    sidebar.toggle_pin()
    titles = [model.conversation_at(row).title for row in range(model.rowCount())]
    assert titles[0] == "old" and model.index(0).data(GroupRole) == "Pinned"
    assert model.index(1).data(GroupRole) == "Today"
    assert app.store.conversation(ids["old"]).pinned


def test_scrolling_to_the_top_brings_the_next_page(qtbot: QtBot, make_app: MakeApp,
                                                  paths: AppPaths) -> None:
    [long_id] = fill(paths, 1, messages=100)
    app = make_app()
    chat = app.window.chat
    app.window.sidebar.select(long_id)
    bar = chat.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=3000)
    bar.setValue(bar.minimum())
    qtbot.waitUntil(lambda: len(chat.message_widgets()) == FIRST_SCREEN + EARLIER_PAGE,
                    timeout=3000)
    # the view stays on the message that was at the top, not at the top of the older page
    qtbot.waitUntil(lambda: bar.value() > bar.maximum() // 3, timeout=3000)


def test_a_narrow_sidebar_elides_titles_and_never_scrolls_sideways(
        qtbot: QtBot, make_app: MakeApp, paths: AppPaths) -> None:
    fill(paths, 3)
    app = make_app()
    window = app.window
    window.resize(900, 600)
    window.splitter.setSizes([150, 750])
    qtbot.wait(50)
    view = window.sidebar.view
    assert view.viewport().width() < 200
    assert not view.horizontalScrollBar().isVisible()
    assert view.visualRect(view.model().index(0, 0)).width() <= view.viewport().width()


def lighthouse_with_versions(paths: AppPaths) -> int:
    """"The lighthouse keeper": a question with two replies, the second one shown."""
    store = ConversationStore(connect(paths.database))
    chat = store.create_conversation("")
    question = store.add_message(chat.id, "user", "The lighthouse keeper")
    store.add_message(chat.id, "assistant", "First version.")
    store.add_message(chat.id, "assistant", "Second version.", parent_id=question.id)
    store.db.close()
    return chat.id


def test_export_names_the_file_by_the_title_and_says_which_branch(
        qtbot: QtBot, make_app: MakeApp, paths: AppPaths, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    chat_id = lighthouse_with_versions(paths)
    app = make_app()
    app.window.sidebar.select(chat_id)
    asked: list[tuple[str, str]] = []

    def choose(offer: ExportOffer) -> tuple[Path, ExportFormat]:
        asked.append((offer.suggested_name, offer.note))
        return tmp_path / offer.suggested_name, ExportFormat.MARKDOWN

    monkeypatch.setattr(app.window.history, "choose_export_path", choose)
    exported = app.window.history.export_conversation()
    assert asked == [("the-lighthouse-keeper.md", "Branch: the versions shown in the window "
                      "(1 of 2 messages has other versions)")]
    assert exported == tmp_path / "the-lighthouse-keeper.md"
    text = exported.read_text(encoding="utf-8")
    assert "Second version." in text and "First version." not in text
    assert "the versions shown" in app.window.statusBar().currentMessage()


def test_export_offers_json_with_every_version(
        qtbot: QtBot, make_app: MakeApp, paths: AppPaths, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    chat_id = lighthouse_with_versions(paths)
    app = make_app()
    app.window.sidebar.select(chat_id)
    monkeypatch.setattr(app.window.history, "choose_export_path",
                        lambda offer: app.window.exporter.target(
                            offer, str(tmp_path / "tree"), next(
                                label for label, kind in offer.types.items()
                                if kind is ExportFormat.JSON_EVERY_VERSION)))
    exported = app.window.history.export_conversation()
    assert exported == tmp_path / "tree.json"  # the chosen type's suffix where none was typed
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["includes"] == "every version"
    assert [(m["content"], m["on_active_path"]) for m in data["messages"]] == [
        ("The lighthouse keeper", True), ("First version.", False), ("Second version.", True)]
    assert "every version" in app.window.statusBar().currentMessage()


def test_the_save_dialog_offers_every_version_as_a_file_type(
        qtbot: QtBot, make_app: MakeApp, paths: AppPaths, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    chat_id = lighthouse_with_versions(paths)
    app = make_app()
    app.window.sidebar.select(chat_id)
    seen: list[tuple[str, str]] = []

    def dialog(_parent: object, title: str, _start: str, filters: str) -> tuple[str, str]:
        seen.append((title, filters))
        every = next(f for f in filters.split(";;") if "every version" in f)
        return str(tmp_path / "x.json"), every

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    chosen = app.window.history.choose_export_path(app.window.exporter.offer(chat_id))
    assert chosen == (tmp_path / "x.json", ExportFormat.JSON_EVERY_VERSION)
    assert "Branch: the versions shown" in seen[0][0]
    assert seen[0][1].split(";;")[0].startswith("Markdown")


def test_turning_on_the_search_of_thinking_searches_again(qtbot: QtBot, make_app: MakeApp,
                                                         paths: AppPaths) -> None:
    store = ConversationStore(connect(paths.database))
    chat = store.create_conversation("")
    store.add_message(chat.id, "user", "How many r's?")
    reply = store.add_message(chat.id, "assistant", "Three.")
    store.save_partial(reply.id, "Three.", reasoning="Spell it: s-t-r-a-w-b-e-r-r-y.")
    store.db.close()
    app = make_app()
    sidebar = app.window.sidebar
    with qtbot.waitSignal(sidebar.search_engine.results, timeout=3000,
                          check_params_cb=lambda hits: hits is not None):
        qtbot.keyClicks(sidebar.search, "spell")
    assert app.window.list_model.rowCount() == 0  # the thinking is not searched by default
    with qtbot.waitSignal(sidebar.search_engine.results, timeout=3000,
                          check_params_cb=lambda hits: hits is not None):
        app.window.preferences.update(
            replace(app.window.preferences.current, search_reasoning=True))
    assert app.window.list_model.rowCount() == 1  # found without typing again
