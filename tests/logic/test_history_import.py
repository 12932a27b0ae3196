"""HistoryImport without widgets: an import runs on its own thread with its own connection,
says "n of total" as it goes, and ends with its summary; a cancel keeps what was written."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.chat.history_import import HistoryImport
from app.importers.locations import FoundHistory
from app.importers.run import ImportSummary
from app.paths import AppPaths
from app.store.db import connect
from tests.history_export import messages_in, write_export

DATA = Path(__file__).parents[1] / "data" / "import"


def importer(paths: AppPaths) -> HistoryImport:
    connect(paths.database).close()  # the app's database exists, as when the window runs
    return HistoryImport(paths.database, str(paths.log_file), find=lambda: [])


def count(paths: AppPaths, table: str) -> int:
    conn = sqlite3.connect(paths.database)
    try:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def test_an_import_reports_progress_and_its_summary(qtbot: QtBot, paths: AppPaths) -> None:
    history = importer(paths)
    steps: list[tuple[int, int]] = []
    history.progress.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(history.finished, timeout=30_000) as finished:
        assert history.start(DATA / "chatgpt" / "conversations.json") is not None
        assert history.busy and history.start(DATA / "jan") is None  # one at a time
    summary = finished.args[0]
    assert isinstance(summary, ImportSummary)
    assert (summary.conversations, summary.messages, summary.versions) == (3, 10, 2)
    assert steps[0] == (0, 3) and steps[-1] == (3, 3)
    assert count(paths, "conversations") == 3 and not history.busy


def test_nothing_to_import_fails_with_the_reason(qtbot: QtBot, paths: AppPaths,
                                                 tmp_path: Path) -> None:
    empty = tmp_path / "takeout.zip"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("readme.txt", "nothing")
    history = importer(paths)
    with qtbot.waitSignal(history.failed, timeout=30_000) as failed:
        history.start(empty)
    assert "takeout.zip is a ZIP file without a conversations.json" in failed.args[0]


def test_a_cancelled_import_keeps_what_it_wrote_and_a_rerun_finishes(
        qtbot: QtBot, paths: AppPaths, tmp_path: Path) -> None:
    export = tmp_path / "conversations.json"
    write_export(export, 120, turns=3, chars=200)
    history = importer(paths)
    history.progress.connect(lambda done, _total: done >= 5 and history.cancel())
    with qtbot.waitSignal(history.finished, timeout=60_000) as finished:
        history.start(export)
    stopped = finished.args[0]
    assert stopped.stopped and 5 <= stopped.conversations < 120
    assert count(paths, "conversations") == stopped.conversations
    history2 = importer(paths)
    with qtbot.waitSignal(history2.finished, timeout=60_000) as finished:
        history2.start(export, "chatgpt")
    rest = finished.args[0]
    assert rest.conversations == 120 - stopped.conversations
    assert rest.unchanged == stopped.conversations
    assert count(paths, "conversations") == 120
    assert count(paths, "messages") == sum(messages_in(i, 3) for i in range(120))


def test_other_apps_are_only_listed_when_asked(paths: AppPaths) -> None:
    calls: list[int] = []
    found = [FoundHistory("jan", DATA / "jan", 2)]
    history = HistoryImport(paths.database, "log",
                            find=lambda: calls.append(1) or found)
    assert calls == []
    assert history.other_apps() == found and calls == [1]
