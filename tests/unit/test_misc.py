from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest

from app.logs import install_excepthook, setup_logging
from app.paths import AppPaths


def test_relative_times() -> None:
    from app.ui.qmodels import relative_time  # Qt module, pure function

    now = 1_800_000_000.0
    assert relative_time(now - 5, now) == "just now"
    assert relative_time(now - 125, now) == "2 min ago"
    assert relative_time(now - 3 * 3600, now) == "3 h ago"
    assert relative_time(now - 30 * 3600, now) == "yesterday"
    assert relative_time(now - 3 * 86400, now) == "3 days ago"
    assert relative_time(now + 50, now) == "just now"  # a clock that went back


def test_data_dir_override_keeps_everything_below_it(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path)
    paths.ensure()
    for folder in (paths.config, paths.data, paths.cache, paths.logs, paths.models):
        assert folder.is_dir() and tmp_path in folder.parents
    assert paths.database.parent == paths.data


def test_a_bug_is_logged_with_traceback_and_the_user_is_told(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    handler = setup_logging(tmp_path / "logs" / "hearth.log")
    told: list[bool] = []
    try:
        install_excepthook(lambda: told.append(True))
        try:
            raise ValueError("deep inside")
        except ValueError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
        handler.flush()
        text = (tmp_path / "logs" / "hearth.log").read_text()
        assert "Traceback" in text and "ValueError: deep inside" in text
        assert told == [True]
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
