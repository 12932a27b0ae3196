"""The sidebar keeps the width the user gave it while chats are opened, and is never
squeezed so narrow that titles say nothing."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.paths import AppPaths
from app.store.conversations import ConversationStore
from app.store.db import connect
from app.store.records import Status
from app.ui.conversation_list import TITLE_CHARS
from tests.qt.conftest import MakeApp


def fill(paths: AppPaths) -> dict[str, int]:
    """Chats whose content is wide: one unbroken line, a long URL, a long error, a long
    title, beside a short one."""
    store = ConversationStore(connect(paths.database))
    ids = {}
    for name, text, error in [
            ("short", "hello", None),
            ("unbroken", "x" * 3000, None),
            ("url", "see https://example.com/" + "a/" * 400, None),
            ("error", "why did it fail?", "E" * 800),
            ("title", "A very long title " * 20, None)]:
        chat = store.create_conversation("")
        store.add_message(chat.id, "user", text)
        reply = store.add_message(chat.id, "assistant", "", Status.STREAMING)
        store.finish_message(reply.id, "" if error else "ok",
                             Status.ERROR if error else Status.COMPLETE, error=error)
        ids[name] = chat.id
    store.db.close()
    return ids


def test_the_sidebar_keeps_its_width_when_switching_chats(
        qtbot: QtBot, make_app: MakeApp, paths: AppPaths) -> None:
    ids = fill(paths)
    app = make_app()
    window = app.window
    window.resize(850, 600)
    window.splitter.setSizes([260, 590])
    qtbot.wait(50)
    widths = []
    for name in ["short", "unbroken", "short", "url", "error", "title", "short"]:
        window.sidebar.select(ids[name])
        qtbot.wait(30)
        widths.append((name, window.splitter.sizes()[0]))
    assert {width for _, width in widths} == {260}, widths
    assert window.width() == 850


def test_titles_elide_at_a_sensible_width(qtbot: QtBot, make_app: MakeApp,
                                          paths: AppPaths) -> None:
    fill(paths)
    app = make_app()
    window = app.window
    window.resize(850, 600)
    window.splitter.setSizes([40, 810])  # dragged as far left as it goes
    qtbot.wait(50)
    sidebar = window.sidebar
    chars = sidebar.fontMetrics().averageCharWidth()
    assert sidebar.width() >= TITLE_CHARS * chars
    view = sidebar.view
    assert view.viewport().width() >= (TITLE_CHARS - 2) * chars
    assert not view.horizontalScrollBar().isVisible()
