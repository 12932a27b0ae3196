"""Guards against a Qt binding that corrupts reference counts (PySide6 6.12.0 on 3.11
over-released the return value of every Python slot, aborting the app at exit)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal, Slot


class Emitter(QObject):
    fired = Signal(object)


class Receiver(QObject):
    @Slot(object)
    def receive(self, value: object) -> None:
        self.last = value


def test_slot_calls_do_not_leak_or_over_release_singletons() -> None:
    emitter, receiver = Emitter(), Receiver()
    emitter.fired.connect(receiver.receive)
    emitter.fired.connect(lambda value: value is None)
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(2000):
        emitter.fired.emit(True)
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    assert all(abs(a - b) < 100 for a, b in zip(after, before, strict=True)), (before, after)
