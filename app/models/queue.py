"""The download queue: one transfer at a time on a worker thread, the rest waiting.

Downloads go on while the user chats. Pause keeps the partial file (it also survives a
restart); cancel removes it. Progress reaches the GUI as signals, at most ~10 a second.
"""

from __future__ import annotations

import itertools
import logging
import time
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.errors import BUG_MESSAGE, UserError
from app.jobs import CANCEL, PAUSE, QUIT, CancelToken
from app.models.download import (
    Downloader,
    DownloadSpec,
    DownloadStopped,
    Progress,
    discard_partial,
    pending_downloads,
)

log = logging.getLogger(__name__)


class TaskState(StrEnum):
    QUEUED = "queued"
    DOWNLOADING = "downloading"
    PAUSED = "paused"
    FAILED = "failed"
    DONE = "done"
    CANCELLED = "cancelled"


@dataclass
class DownloadTask:
    """The GUI thread's record of a download; only the GUI thread reads or writes it."""

    id: int
    spec: DownloadSpec
    name: str
    state: TaskState = TaskState.QUEUED
    done: int = 0
    total: int = 0
    bytes_per_s: float = 0.0
    error: str = ""
    path: Path | None = None
    # The running attempt's token: a fresh one per start, since a set token stays set.
    cancel: CancelToken = field(default_factory=CancelToken)

    @property
    def eta_s(self) -> float | None:
        if self.bytes_per_s <= 0 or not self.total:
            return None
        return (self.total - self.done) / self.bytes_per_s


@dataclass(frozen=True)
class DownloadJob:
    """What the worker thread gets: immutable, with the one token both sides share."""

    task_id: int
    spec: DownloadSpec
    cancel: CancelToken


class _Worker(QObject):
    progress = Signal(int, object)  # task id, Progress
    finished = Signal(int, str)  # task id, path
    stopped = Signal(int, bool)  # task id, cancelled
    failed = Signal(int, str)  # task id, message

    def __init__(self, downloader: Downloader, log_file: str) -> None:
        super().__init__()
        self._downloader = downloader
        self._log_file = log_file

    @Slot(object)
    def run(self, job: DownloadJob) -> None:
        last = [0.0]

        def on_progress(progress: Progress) -> None:
            now = time.monotonic()
            if now - last[0] >= 0.1 or progress.done == progress.total:
                last[0] = now
                self.progress.emit(job.task_id, progress)

        def should_stop() -> str | None:
            reason = job.cancel.reason
            return None if reason is None else CANCEL if reason == CANCEL else PAUSE

        if job.cancel.cancelled:  # stopped while it waited in the queue
            self.stopped.emit(job.task_id, job.cancel.reason == CANCEL)
            return
        try:
            path = self._downloader.download(job.spec, on_progress, should_stop)
        except DownloadStopped as stop:
            self.stopped.emit(job.task_id, stop.cancelled)
        except UserError as exc:
            self.failed.emit(job.task_id, str(exc))
        except Exception:
            log.exception("Download failed")
            self.failed.emit(job.task_id, BUG_MESSAGE.format(log=self._log_file))
        else:
            self.finished.emit(job.task_id, str(path))


class DownloadManager(QObject):
    task_changed = Signal(object)  # DownloadTask
    installed = Signal(object)  # DownloadTask, when its file is verified and in place
    _start = Signal(object)

    def __init__(self, downloader: Downloader, models_dir: Path,
                 log_file: str = "the log file") -> None:
        super().__init__()
        self._models_dir = models_dir
        self._ids = itertools.count(1)
        self.tasks: list[DownloadTask] = []
        self._active: DownloadTask | None = None
        self._thread = QThread()
        self._thread.setObjectName("downloads")
        self._worker = _Worker(downloader, log_file)
        self._worker.moveToThread(self._thread)
        self._start.connect(self._worker.run)
        self._worker.progress.connect(self._on_progress)
        self._worker.finished.connect(self._on_finished)
        self._worker.stopped.connect(self._on_stopped)
        self._worker.failed.connect(self._on_failed)
        self._thread.start()

    def restore_pending(self) -> None:
        """Partial downloads from an earlier run come back paused, ready to resume."""
        for sidecar in pending_downloads(self._models_dir):
            spec = DownloadSpec(sidecar.repo_id, sidecar.filename, sidecar.revision,
                                sidecar.sha256)
            if any(t.spec.filename == spec.filename for t in self.tasks):
                continue
            part = self._models_dir / (sidecar.filename + ".part")
            task = DownloadTask(next(self._ids), spec, sidecar.filename, TaskState.PAUSED,
                                done=part.stat().st_size if part.exists() else 0,
                                total=sidecar.size)
            self.tasks.append(task)
            self.task_changed.emit(task)

    def enqueue(self, spec: DownloadSpec, name: str) -> DownloadTask:
        for task in self.tasks:
            if task.spec.filename == spec.filename and task.state in (
                    TaskState.QUEUED, TaskState.DOWNLOADING, TaskState.PAUSED):
                if task.state == TaskState.PAUSED:
                    self.resume(task)
                return task
        task = DownloadTask(next(self._ids), spec, name)
        self.tasks.append(task)
        self.task_changed.emit(task)
        self._next()
        return task

    def task(self, task_id: int) -> DownloadTask:
        return next(t for t in self.tasks if t.id == task_id)

    def pause(self, task: DownloadTask) -> None:
        if task is self._active:
            task.cancel.cancel(PAUSE)
        elif task.state == TaskState.QUEUED:
            self._set(task, TaskState.PAUSED)

    def resume(self, task: DownloadTask) -> None:
        if task.state in (TaskState.PAUSED, TaskState.FAILED):
            task.error = ""
            self._set(task, TaskState.QUEUED)
            self._next()

    def cancel(self, task: DownloadTask) -> None:
        """The caller has asked the user first; this removes the partial file."""
        if task is self._active:
            task.cancel.cancel(CANCEL)
            return
        discard_partial(self._models_dir, task.spec.filename)
        self._set(task, TaskState.CANCELLED)

    def busy(self) -> bool:
        return self._active is not None

    def pause_all(self) -> None:
        """On quit: stop the running transfer, keeping its bytes, without waiting."""
        if self._active is not None:
            self._active.cancel.cancel(QUIT)

    def shutdown(self, timeout_ms: int = 2_500) -> bool:
        """Pause what runs (its bytes are kept for next time) and join the worker for at
        most timeout_ms. Returns False if it is still running."""
        self.pause_all()
        self._thread.quit()
        if not self._thread.wait(timeout_ms):
            log.warning("The download thread did not stop within %d ms", timeout_ms)
            return False
        return True

    def _set(self, task: DownloadTask, state: TaskState) -> None:
        task.state = state
        self.task_changed.emit(task)

    def _next(self) -> None:
        if self._active is not None:
            return
        waiting = next((t for t in self.tasks if t.state == TaskState.QUEUED), None)
        if waiting is None:
            return
        waiting.cancel = CancelToken()
        self._active = waiting
        self._set(waiting, TaskState.DOWNLOADING)
        self._start.emit(DownloadJob(waiting.id, waiting.spec, waiting.cancel))

    def _finish_active(self, task_id: int) -> DownloadTask:
        task = self.task(task_id)
        if self._active is task:
            self._active = None
        return task

    @Slot(int, object)
    def _on_progress(self, task_id: int, progress: Progress) -> None:
        task = self.task(task_id)
        task.done, task.total, task.bytes_per_s = progress.done, progress.total, \
            progress.bytes_per_s
        self.task_changed.emit(task)

    @Slot(int, str)
    def _on_finished(self, task_id: int, path: str) -> None:
        task = self._finish_active(task_id)
        task.path = Path(path)
        task.done = task.total
        self._set(task, TaskState.DONE)
        self.installed.emit(task)
        self._next()

    @Slot(int, bool)
    def _on_stopped(self, task_id: int, cancelled: bool) -> None:
        task = self._finish_active(task_id)
        if cancelled:
            task.done = 0
        self._set(task, TaskState.CANCELLED if cancelled else TaskState.PAUSED)
        self._next()

    @Slot(int, str)
    def _on_failed(self, task_id: int, message: str) -> None:
        task = self._finish_active(task_id)
        task.error = message
        self._set(task, TaskState.FAILED)
        self._next()
