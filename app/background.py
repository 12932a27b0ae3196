"""One background job on its own thread: the pattern for imports and provisioning.

A job is a function of a CancelToken and a progress callback, with an id. Its answer comes
back as a signal carrying that id, on the thread that started it; an answer from a job that
was cancelled or superseded is for the caller to drop. Quitting cancels the token and joins
the thread for a bounded time, so no running QThread is ever destroyed (which would abort
the process), and no quit waits for a job that cannot stop at once.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.errors import BUG_MESSAGE, UserError
from app.jobs import CANCEL, QUIT, CancelToken

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
JobFunction = Callable[[CancelToken, Progress], Any]


class JobCancelled(Exception):
    """Raised by a job function that saw its token set; reported as `cancelled`."""


class _Runner(QObject):
    progress = Signal(str, int, int)
    done = Signal(str, object)
    failed = Signal(str, str)
    cancelled = Signal(str)

    def __init__(self, job_id: str, function: JobFunction, cancel: CancelToken,
                 log_file: str) -> None:
        super().__init__()
        self._id = job_id
        self._function = function
        self._cancel = cancel
        self._log_file = log_file

    @Slot()
    def run(self) -> None:
        try:
            result = self._function(self._cancel,
                                    lambda done, total: self.progress.emit(self._id, done, total))
        except JobCancelled:
            self.cancelled.emit(self._id)
        except UserError as exc:
            self.failed.emit(self._id, str(exc))
        except Exception:
            log.exception("Background job %s failed", self._id)
            self.failed.emit(self._id, BUG_MESSAGE.format(log=self._log_file))
        else:
            self.done.emit(self._id, result)


class BackgroundJob(QObject):
    """Start with start(); answers with done/failed/cancelled, then `ended`."""

    progress = Signal(str, int, int)  # job id, done, total
    done = Signal(str, object)  # job id, result
    failed = Signal(str, str)  # job id, message for the user
    cancelled = Signal(str)  # job id
    ended = Signal(str)  # job id; the thread has stopped

    def __init__(self, job_id: str, name: str, function: JobFunction,
                 log_file: str = "the log file") -> None:
        super().__init__()
        self.id = job_id
        self.cancel_token = CancelToken()
        self._thread = QThread()
        self._thread.setObjectName(name)
        self._runner = _Runner(job_id, function, self.cancel_token, log_file)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.progress.connect(self.progress)
        self._runner.done.connect(self.done)
        self._runner.failed.connect(self.failed)
        self._runner.cancelled.connect(self.cancelled)
        for signal in (self._runner.done, self._runner.failed, self._runner.cancelled):
            signal.connect(self._thread.quit)
        # Queued to this object's (the GUI) thread, which then joins the thread before
        # anyone may drop this job: a QThread destroyed while still running aborts.
        self._thread.finished.connect(self._on_thread_finished)

    def start(self) -> None:
        self._thread.start()

    @Slot()
    def _on_thread_finished(self) -> None:
        self._thread.wait()
        self.ended.emit(self.id)

    def running(self) -> bool:
        return self._thread.isRunning()

    def cancel(self, reason: str = QUIT) -> None:
        self.cancel_token.cancel(reason)

    def join(self, timeout_ms: int) -> bool:
        """Wait for the thread to stop; False if it is still running after timeout_ms."""
        if not self._thread.isRunning():
            return True
        self._thread.quit()
        if self._thread.wait(max(0, timeout_ms)):
            return True
        log.warning("Job %s did not stop within %d ms", self.id, timeout_ms)
        return False


class JobSlot(QObject):
    """One owner's background work, one job at a time: only the current job's progress and
    result come out (a superseded or forgotten job's are dropped), and every job started is
    kept alive until its thread has ended. ModelSetup and HistoryImport are built on it."""

    progress = Signal(int, int)  # the current job's done, total
    done = Signal(object)  # its result
    failed = Signal(str)  # its problem, in words
    cancelled = Signal()

    def __init__(self, name: str, log_file: str) -> None:
        super().__init__()
        self._name = name
        self._log_file = log_file
        self._ids = itertools.count(1)
        self._job: BackgroundJob | None = None
        self._running: dict[str, BackgroundJob] = {}

    @property
    def busy(self) -> bool:
        return self._job is not None

    def start(self, function: JobFunction) -> str:
        """Runs function as the current job (the caller cancels a previous one first)."""
        job = BackgroundJob(f"{self._name}-{next(self._ids)}", self._name, function,
                            self._log_file)
        job.progress.connect(self._on_progress)
        job.done.connect(self._on_done)
        job.failed.connect(self._on_failed)
        job.cancelled.connect(self._on_cancelled)
        job.ended.connect(self._running.pop)
        self._job = job
        self._running[job.id] = job
        job.start()
        return job.id

    def cancel(self, forget: bool = False) -> None:
        """Asks the current job to stop; its `cancelled` still comes, unless `forget`."""
        if self._job is not None:
            self._job.cancel(CANCEL)
            if forget:
                self._job = None

    def join(self, timeout_ms: int) -> bool:
        """On quit: cancel, then wait at most timeout_ms for every thread started."""
        self.cancel()
        deadline = time.monotonic() + timeout_ms / 1000
        return all(job.join(int((deadline - time.monotonic()) * 1000))
                   for job in list(self._running.values()))

    def _ended(self, job_id: str) -> bool:
        """Whether job_id is the current job, which has now ended."""
        if self._job is None or self._job.id != job_id:
            return False
        self._job = None
        return True

    @Slot(str, int, int)
    def _on_progress(self, job_id: str, done: int, total: int) -> None:
        if self._job is not None and self._job.id == job_id:
            self.progress.emit(done, total)

    @Slot(str, object)
    def _on_done(self, job_id: str, result: object) -> None:
        if self._ended(job_id):
            self.done.emit(result)

    @Slot(str, str)
    def _on_failed(self, job_id: str, message: str) -> None:
        if self._ended(job_id):
            self.failed.emit(message)

    @Slot(str)
    def _on_cancelled(self, job_id: str) -> None:
        if self._ended(job_id):
            self.cancelled.emit()


class BackgroundWork:
    """Every owner of background work, in one list that quitting goes through: each is told
    to stop first, so that all wind down at once, then each is joined within what is left
    of one time budget. Built in wiring, which knows every owner."""

    def __init__(self) -> None:
        self._owners: list[tuple[str, Callable[[], object], Callable[[int], bool]]] = []

    def register(self, name: str, stop: Callable[[], object],
                 join: Callable[[int], bool] = lambda _ms: True) -> None:
        self._owners.append((name, stop, join))

    def stop(self, budget_ms: int) -> bool:
        """True when every thread ended within budget_ms; the names of the others are
        logged, and the caller then ends the process without waiting for them."""
        deadline = time.monotonic() + budget_ms / 1000
        for _name, stop, _join in self._owners:
            stop()
        late = [name for name, _stop, join in self._owners
                if not join(max(0, int((deadline - time.monotonic()) * 1000)))]
        if late:
            log.warning("Still running when quitting: %s", ", ".join(late))
        return not late
