"""The one list that quitting goes through: every owner told first, then each joined within
what is left of one budget."""

from __future__ import annotations

import logging
import time

import pytest

from app.background import BackgroundWork


def test_all_are_told_before_any_is_joined() -> None:
    calls: list[str] = []
    work = BackgroundWork()
    for name in ("engine", "downloads"):
        work.register(name, lambda name=name: calls.append(f"stop {name}"),
                      lambda _ms, name=name: calls.append(f"join {name}") is None)
    assert work.stop(1000)
    assert calls == ["stop engine", "stop downloads", "join engine", "join downloads"]


def test_one_budget_for_all_and_the_late_are_named(caplog: pytest.LogCaptureFixture) -> None:
    budgets: list[int] = []

    def slow(ms: int) -> bool:
        budgets.append(ms)
        time.sleep(0.2)
        return False  # still running at its deadline

    work = BackgroundWork()
    work.register("engine", lambda: None, slow)
    work.register("search", lambda: None, lambda ms: budgets.append(ms) is None)
    with caplog.at_level(logging.WARNING):
        assert not work.stop(300)
    assert budgets[0] <= 300 and budgets[1] <= 150  # what was left, not a fresh budget
    assert "Still running when quitting: engine" in caplog.text
