"""What every background job shares: one cancel token, set from any thread.

A job (a generation, a load, a download, an import, provisioning) is an immutable request
with an id and a CancelToken. The worker checks the token; the GUI thread sets it. The
reason travels with the token under a lock, so a worker never reads a half-made decision
(a pause that a cancel overtook, say).
"""

from __future__ import annotations

import threading

PAUSE = "pause"
CANCEL = "cancel"
QUIT = "quit"
# A stronger reason replaces a weaker one: a cancel after a pause still deletes the file.
_STRENGTH = {PAUSE: 1, QUIT: 2, CANCEL: 3}


class CancelToken:
    """Set from any thread; checked per token, per chunk, and in llama.cpp's abort callback."""

    def __init__(self) -> None:
        self.event = threading.Event()
        self._lock = threading.Lock()
        self._reason: str | None = None

    def cancel(self, reason: str = CANCEL) -> None:
        with self._lock:
            current = self._reason
            if current is None or _STRENGTH.get(reason, 3) > _STRENGTH.get(current, 3):
                self._reason = reason
            self.event.set()

    @property
    def cancelled(self) -> bool:
        return self.event.is_set()

    @property
    def reason(self) -> str | None:
        """Why it was set (PAUSE, CANCEL, QUIT), or None while it is not."""
        with self._lock:
            return self._reason

    def wait(self, timeout: float) -> bool:
        """Sleep up to `timeout` seconds, waking at once when cancelled."""
        return self.event.wait(timeout)
