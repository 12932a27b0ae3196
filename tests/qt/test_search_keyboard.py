"""Search results in the real window, from the keyboard: Down into the results, Enter opens
one, Esc goes back to the box and clears it; the matched words are highlighted."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter
from pytestqt.qtbot import QtBot

from app.paths import AppPaths
from app.store.conversations import ConversationStore
from app.store.db import connect
from app.ui.conversation_list import ConversationList, paint_runs
from app.ui.qmodels import SnippetRunsRole, TitleRunsRole, snippet_runs, title_runs
from app.wiring import App
from tests.qt.conftest import MakeApp


def fill(paths: AppPaths) -> dict[str, int]:
    store = ConversationStore(connect(paths.database))
    ids = {}
    for name, text in [
            ("old lighthouse", "The lighthouse keeper lit the lamp at dusk."),
            ("bread", "How long should bread dough rise?"),
            ("new lighthouse", "Is a lighthouse keeper still a job today?"),
            ("tea", "Green tea or black tea in the morning?")]:
        chat = store.create_conversation("")
        store.add_message(chat.id, "user", text)
        store.add_message(chat.id, "assistant", f"An answer about {name}.")
        ids[name] = chat.id
    store.db.close()
    return ids


def search(qtbot: QtBot, sidebar: ConversationList, text: str) -> None:
    sidebar.search.setFocus()
    with qtbot.waitSignal(sidebar.search_engine.results, timeout=3000,
                          check_params_cb=lambda hits: hits is not None):
        qtbot.keyClicks(sidebar.search, text)


def open_chat(app: App) -> int | None:
    return app.window.chat.conversation_id


def test_down_moves_into_the_results_and_enter_opens_one(
        qtbot: QtBot, make_app: MakeApp, paths: AppPaths) -> None:
    ids = fill(paths)
    app = make_app()
    sidebar = app.window.sidebar
    app.window.activateWindow()
    sidebar.select(ids["tea"])
    search(qtbot, sidebar, "lighthouse")
    model = sidebar.view.model()
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "Is a lighthouse keeper still a job today?", "The lighthouse keeper lit the lamp at dusk."]
    qtbot.keyClick(sidebar.search, Qt.Key.Key_Down)
    assert sidebar.view.hasFocus()
    assert sidebar.view.currentIndex().row() == 0
    qtbot.keyClick(sidebar.view, Qt.Key.Key_Down)
    assert sidebar.view.currentIndex().row() == 1
    with qtbot.waitSignal(sidebar.conversation_activated, timeout=1000) as activated:
        qtbot.keyClick(sidebar.view, Qt.Key.Key_Return)
    assert activated.args == [ids["old lighthouse"]]
    assert open_chat(app) == ids["old lighthouse"]
    assert sidebar.view.state() != sidebar.view.State.EditingState  # not a rename


def test_enter_in_the_search_box_opens_the_first_result(
        qtbot: QtBot, make_app: MakeApp, paths: AppPaths) -> None:
    ids = fill(paths)
    app = make_app()
    sidebar = app.window.sidebar
    sidebar.select(ids["tea"])
    search(qtbot, sidebar, "keeper")
    with qtbot.waitSignal(sidebar.conversation_activated, timeout=1000) as activated:
        qtbot.keyClick(sidebar.search, Qt.Key.Key_Return)
    assert activated.args == [ids["new lighthouse"]]
    assert open_chat(app) == ids["new lighthouse"]


def test_esc_goes_back_to_the_search_box_then_clears_it(
        qtbot: QtBot, make_app: MakeApp, paths: AppPaths) -> None:
    ids = fill(paths)
    app = make_app()
    sidebar = app.window.sidebar
    search(qtbot, sidebar, "lighthouse")
    qtbot.keyClick(sidebar.search, Qt.Key.Key_Down)
    assert sidebar.view.hasFocus()
    qtbot.keyClick(sidebar.view, Qt.Key.Key_Escape)
    assert sidebar.search.hasFocus()
    assert sidebar.search.text() == "lighthouse"  # kept, and selected to type over
    assert sidebar.search.selectedText() == "lighthouse"
    with qtbot.waitSignal(sidebar.search_engine.results, timeout=3000,
                          check_params_cb=lambda hits: hits is None):
        qtbot.keyClick(sidebar.search, Qt.Key.Key_Escape)
    assert sidebar.search.text() == ""
    assert sidebar.view.model().rowCount() == len(ids)
    assert open_chat(app) == ids["new lighthouse"]  # the one opened stays open and selected
    assert sidebar.current_id() == ids["new lighthouse"]


def test_up_from_the_first_result_goes_back_to_the_box(
        qtbot: QtBot, make_app: MakeApp, paths: AppPaths) -> None:
    fill(paths)
    app = make_app()
    sidebar = app.window.sidebar
    search(qtbot, sidebar, "lighthouse")
    qtbot.keyClick(sidebar.search, Qt.Key.Key_Down)
    qtbot.keyClick(sidebar.view, Qt.Key.Key_Up)
    assert sidebar.search.hasFocus()


def test_results_carry_the_matched_words(qtbot: QtBot, make_app: MakeApp,
                                         paths: AppPaths) -> None:
    fill(paths)
    app = make_app()
    sidebar = app.window.sidebar
    search(qtbot, sidebar, "Lighthouse KEEPER")
    first = sidebar.view.model().index(0, 0)
    runs = first.data(SnippetRunsRole)
    assert ("lighthouse", True) in runs and ("keeper", True) in runs
    assert "".join(text for text, _ in runs).startswith("Is a lighthouse keeper still")
    assert "[" not in "".join(text for text, _ in runs)
    assert first.data(Qt.ItemDataRole.AccessibleDescriptionRole).startswith("Is a lighthouse")
    assert [text for text, matched in first.data(TitleRunsRole) if matched] == [
        "lighthouse", "keeper"]


def test_brackets_in_a_message_are_not_taken_for_matches() -> None:
    runs = snippet_runs("see [1] and a[[i]] near the [[keeper]] [of] it", "keeper i")
    assert runs == [("see [1] and a[", False), ("i", True), ("] near the [", False),
                    ("keeper", True), ("] [of] it", False)]


def test_matches_fold_case_and_accents_as_the_search_does() -> None:
    assert snippet_runs("un [Café] crème", "cafe") == [
        ("un ", False), ("Café", True), (" crème", False)]
    assert snippet_runs("line one\n[two]\tthree", "two") == [
        ("line one ", False), ("two", True), (" three", False)]


def test_title_runs_mark_every_occurrence_in_any_case() -> None:
    assert title_runs("The Keeper's keepers", "keeper") == [
        ("The ", False), ("Keeper", True), ("'s ", False), ("keeper", True), ("s", False)]
    assert title_runs("a+b (c)", "+b (") == [("a", False), ("+b", True), (" ", False),
                                            ("(", True), ("c)", False)]


def test_markup_in_a_message_is_shown_as_text() -> None:
    runs = snippet_runs("<b>not bold</b> <img src=x> [keeper]", "keeper")
    assert runs[0] == ("<b>not bold</b> <img src=x> ", False)


def mark_columns(runs: list[tuple[str, bool]], width: int = 400) -> tuple[set[int], QFont]:
    image = QImage(width, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    font = QFont()
    font.setPointSize(11)
    painter = QPainter(image)
    paint_runs(painter, QRect(0, 0, width, 30), Qt.AlignmentFlag.AlignTop, runs, font,
               QColor("black"), font, QColor("black"), QColor(255, 0, 0))
    painter.end()
    red = QColor(255, 0, 0).rgb()
    return {x for x in range(width) for y in range(30) if image.pixel(x, y) == red}, font


def test_matched_runs_are_painted_on_the_highlight(qtbot: QtBot) -> None:
    columns, font = mark_columns([("the lamp of the ", False), ("keeper", True),
                                  (" at dusk", False)])
    metrics = QFontMetrics(font)
    start = metrics.horizontalAdvance("the lamp of the ")
    assert columns and min(columns) >= start - 1
    assert max(columns) <= start + metrics.horizontalAdvance("keeper") + 1
    assert max(columns) - min(columns) >= metrics.horizontalAdvance("keeper") - 2


def test_a_match_past_the_right_edge_is_not_painted(qtbot: QtBot) -> None:
    columns, _ = mark_columns([("x" * 200, False), ("keeper", True)], width=200)
    assert not columns


def test_enter_typed_before_the_results_opens_the_first_of_them(
        qtbot: QtBot, make_app: MakeApp, paths: AppPaths) -> None:
    """Typed quickly, Enter comes before the search (which waits for a pause in typing):
    it opens the first result, not the first chat of the list shown until then."""
    ids = fill(paths)
    app = make_app()
    sidebar = app.window.sidebar
    sidebar.select(ids["bread"])
    sidebar.search.setFocus()
    qtbot.keyClicks(sidebar.search, "dusk")
    with qtbot.waitSignal(sidebar.conversation_activated, timeout=3000) as activated:
        qtbot.keyClick(sidebar.search, Qt.Key.Key_Return)
        assert open_chat(app) == ids["bread"]  # nothing opened before the results came
    assert activated.args == [ids["old lighthouse"]]
    assert open_chat(app) == ids["old lighthouse"]


def test_down_typed_before_the_results_moves_into_them(
        qtbot: QtBot, make_app: MakeApp, paths: AppPaths) -> None:
    ids = fill(paths)
    app = make_app()
    sidebar = app.window.sidebar
    sidebar.select(ids["bread"])
    sidebar.search.setFocus()
    qtbot.keyClicks(sidebar.search, "tea")
    qtbot.keyClick(sidebar.search, Qt.Key.Key_Down)
    qtbot.waitUntil(sidebar.view.hasFocus, timeout=3000)
    assert sidebar.view.model().rowCount() == 1
    assert sidebar.current_id() == ids["tea"]


def test_enter_on_a_result_puts_the_focus_in_the_message_box(
        qtbot: QtBot, make_app: MakeApp, paths: AppPaths) -> None:
    ids = fill(paths)
    app = make_app()
    sidebar = app.window.sidebar
    app.window.activateWindow()
    sidebar.select(ids["tea"])
    search(qtbot, sidebar, "lighthouse")
    qtbot.keyClick(sidebar.search, Qt.Key.Key_Down)
    qtbot.keyClick(sidebar.view, Qt.Key.Key_Return)
    assert open_chat(app) == ids["new lighthouse"]
    assert app.window.chat.prompt.hasFocus()
