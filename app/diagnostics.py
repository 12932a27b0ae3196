"""Measuring how long the GUI event loop goes without running: the app's responsiveness."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer

PROBE_INTERVAL_MS = 10


class StallProbe(QObject):
    """A 10 ms timer; any gap beyond its interval is time the UI could not react."""

    def __init__(self, interval_ms: int = PROBE_INTERVAL_MS) -> None:
        super().__init__()
        self._interval = interval_ms
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.max_stall_ms = 0.0
        self.ticks = 0

    def start(self) -> None:
        self.max_stall_ms = 0.0
        self.ticks = 0
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        self._tick()
        self._timer.stop()
        return self.max_stall_ms

    def _tick(self) -> None:
        now = time.perf_counter()
        stall = (now - self._last) * 1000 - self._interval
        self.max_stall_ms = max(self.max_stall_ms, stall)
        self._last = now
        self.ticks += 1
