"""An old database is migrated before the window opens, with a dialog when it is slow."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot

import app.wiring as wiring
from app.paths import AppPaths
from app.store.db import needs_migration

FIXTURE = Path(__file__).parent.parent / "data" / "hearth-0.1.0.db"


def dialog_shown() -> bool:
    return any(isinstance(w, QProgressDialog) and w.isVisible()
               for w in QApplication.topLevelWidgets())


@pytest.mark.parametrize(("delay_s", "expect_dialog"), [(1.4, True), (0.0, False)])
def test_a_slow_migration_shows_progress_and_a_fast_one_does_not(
        qtbot: QtBot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch,
        delay_s: float, expect_dialog: bool) -> None:
    shutil.copy(FIXTURE, paths.database)
    assert needs_migration(paths.database)
    real_connect = wiring.connect

    def slow_connect(path: Path) -> object:
        time.sleep(delay_s)  # as a million messages would take
        return real_connect(path)

    monkeypatch.setattr(wiring, "connect", slow_connect)
    seen: list[bool] = []
    for at in (300, 1200):
        QTimer.singleShot(at, lambda: seen.append(dialog_shown()))
    wiring.migrate_with_progress(paths.database)
    qtbot.wait(50)
    assert not needs_migration(paths.database)
    assert not dialog_shown()  # closed once done
    if expect_dialog:
        assert seen == [False, True]  # not at once: only after a second
    else:
        assert True not in seen
    assert (paths.database.parent / "hearth.db.before-migration").is_file()
