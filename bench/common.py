"""Shared bits for the benchmark scripts: an offscreen Qt app and waiting on it."""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication


def qt_app() -> QApplication:
    from app.logs import install_qt_message_handler

    install_qt_message_handler()  # Qt's chatter goes to logging, so the JSON line stays last
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    return QApplication(sys.argv[:1])


def wait_until(condition: Callable[[], bool], timeout_s: float = 120.0) -> None:
    deadline = time.monotonic() + timeout_s
    loop = QEventLoop()
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("benchmark step timed out")
        QTimer.singleShot(20, loop.quit)  # posted events still wake the loop at once
        loop.exec()


def median(values: list[float]) -> float:
    return round(statistics.median(values), 2)


def emit(result: dict[str, Any]) -> None:
    """The one JSON line every bench script prints last."""
    print(json.dumps(result), flush=True)
