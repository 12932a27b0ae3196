"""The engine thread: a worker that owns the model, and the GUI-side facade that talks to it.

The worker never touches widgets, item models or SQLite. Requests reach it through queued
signals; it answers with signals that carry the request id. Stop does not queue: it sets the
request's cancel event directly, so it takes effect during the running generation.

A reply's text does not travel by signal, except its first piece's arrival: the worker puts
pieces on a queue, and the controller collects them once a frame on the GUI thread. A
reasoning model's thinking travels the same way, as its own kind of piece, and the end of
the thinking with the time it took. Emitting
a signal lets the GUI thread take the GIL in the middle of the engine's work between two
decodes, and the engine then waits for the window's whole repaint; collected during a
decode, the text costs the engine nothing.
"""

from __future__ import annotations

import itertools
import logging
import queue
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThread, QTimer, Signal, Slot

from app.engine.base import (
    CancelToken,
    ChatMessage,
    Engine,
    EngineError,
    EngineFactory,
    EngineLoadError,
    GenerationParams,
    GenerationStats,
    LoadOptions,
    ModelInfo,
    Reasoning,
)
from app.errors import BUG_MESSAGE

log = logging.getLogger(__name__)

# How often the controller collects reply text while a reply streams: the pace of the
# window's streaming repaints (ui/message_widget.py RENDER_INTERVAL_MS).
FRAME_MS = 80



@dataclass(frozen=True)
class ThinkingEnded:
    """The reply's thinking is over: how long it took, and whether it was cut (the reply
    ended, by its length or by Stop, before the model closed its thinking)."""

    ms: float
    cut: bool


# (request id, answer text, Reasoning or ThinkingEnded), in the order generated
Pieces = queue.SimpleQueue[tuple[str, str | Reasoning | ThinkingEnded]]


@dataclass(frozen=True)
class GenerationRequest:
    id: str
    messages: list[ChatMessage]
    params: GenerationParams
    cancel: CancelToken = field(default_factory=CancelToken)


@dataclass(frozen=True)
class CountRequest:
    id: str
    messages: list[ChatMessage]


@dataclass(frozen=True)
class LoadRequest:
    id: str
    path: Path
    options: LoadOptions
    cancel: CancelToken = field(default_factory=CancelToken)


class EngineWorker(QObject):
    # Every answer carries its request's id, so the controller can drop a stale one.
    loaded = Signal(str, object)  # load id, ModelInfo
    load_failed = Signal(str, str)  # load id, message for the user
    load_progress = Signal(str, float)  # load id, 0.0 to 1.0
    started = Signal(str)  # request_id
    text_ready = Signal(str)  # request_id: its first text is on the queue
    finished = Signal(str, object)  # request_id, GenerationStats
    failed = Signal(str, str)  # request_id, message
    counted = Signal(str, int)  # request_id, tokens (-1: could not count)

    def __init__(self, factory: EngineFactory, pieces: Pieces,
                 log_file: str = "the log file") -> None:
        super().__init__()
        self._factory = factory
        self._pieces = pieces
        self._engine: Engine | None = None
        self._log_file = log_file

    @Slot(object)
    def load(self, request: LoadRequest) -> None:
        self._unload()
        if request.cancel.cancelled:  # superseded while it waited in the queue
            self.load_failed.emit(request.id, "Loading was cancelled.")
            return
        try:
            self._engine = self._factory(request.path, request.options, request.cancel,
                                         self._report_progress(request.id))
        except EngineLoadError as exc:
            self.load_failed.emit(request.id, str(exc))
            return
        except Exception:
            log.exception("Unexpected error loading %s", request.path)
            self.load_failed.emit(request.id, BUG_MESSAGE.format(log=self._log_file))
            return
        self.loaded.emit(request.id, self._engine.info)

    def _report_progress(self, load_id: str) -> Callable[[float], None]:
        last = [-1.0]

        def report(value: float) -> None:
            if value - last[0] >= 0.02 or value >= 1.0:  # at most ~50 signals a load
                last[0] = value
                self.load_progress.emit(load_id, value)

        return report

    @Slot()
    def unload(self) -> None:
        self._unload()

    def _unload(self) -> None:
        if self._engine is not None:
            self._engine.close()
            self._engine = None

    @Slot(str)
    def drop_cached(self, key: str) -> None:
        if self._engine is not None:
            self._engine.drop_cached(key)

    @Slot(object)
    def count(self, request: CountRequest) -> None:
        engine = self._engine
        if engine is None:
            self.counted.emit(request.id, -1)
            return
        try:
            self.counted.emit(request.id, engine.count_tokens(request.messages))
        except Exception:  # a count is a hint: never let it break anything
            log.exception("Could not count tokens")
            self.counted.emit(request.id, -1)

    @Slot(object)
    def generate(self, request: GenerationRequest) -> None:
        engine = self._engine
        if engine is None:
            self.failed.emit(request.id, "No model is loaded.")
            return
        self.started.emit(request.id)
        first = True
        thinking_since: float | None = None  # when the reply's thinking began, while it goes on
        try:
            for piece in engine.stream_chat(request.messages, request.params, request.cancel):
                ends = isinstance(piece, str) or piece.done  # the thinking, if any
                if thinking_since is not None and ends:
                    self._pieces.put((request.id, ThinkingEnded(
                        (time.perf_counter() - thinking_since) * 1000, cut=False)))
                    thinking_since = None
                if isinstance(piece, Reasoning):
                    if piece.done:
                        continue
                    if thinking_since is None:
                        thinking_since = time.perf_counter()
                self._pieces.put((request.id, piece))  # never releases the GIL
                if first:  # time to first token: the window is told at once
                    first = False
                    self.text_ready.emit(request.id)
                if request.cancel.cancelled:
                    break
        except EngineError as exc:  # a prompt too long, a remote server's refusal
            self._thinking_cut(request.id, thinking_since)
            self.failed.emit(request.id, str(exc))
            return
        except Exception:
            log.exception("Generation failed")
            self._thinking_cut(request.id, thinking_since)
            self.failed.emit(request.id, BUG_MESSAGE.format(log=self._log_file))
            return
        self._thinking_cut(request.id, thinking_since)
        stats = engine.last_stats
        if request.cancel.cancelled:
            stats = replace(stats, stop_reason="cancelled")
        self.finished.emit(request.id, stats)

    def _thinking_cut(self, request_id: str, since: float | None) -> None:
        """The reply ended while the model was still thinking (its length, Stop, a fault):
        what it thought is kept, marked as cut."""
        if since is not None:
            self._pieces.put((request_id, ThinkingEnded((time.perf_counter() - since) * 1000,
                                                        cut=True)))


class _StartEvent(QEvent):
    """Hands a request to the engine thread once the GUI thread has painted (see generate)."""

    TYPE = QEvent.Type(QEvent.registerEventType())

    def __init__(self, request: GenerationRequest) -> None:
        super().__init__(self.TYPE)
        self.request = request


# Below the priority of the window's own repaints (UpdateRequest is posted at Low).
_AFTER_REPAINTS = int(Qt.EventPriority.LowEventPriority.value) - 1


class EngineController(QObject):
    """Lives on the GUI thread; the app's only way to reach the engine thread."""

    loaded = Signal(object)
    load_failed = Signal(str)
    load_progress = Signal(float)
    token = Signal(str, str)  # request_id, the answer's text since the last frame
    reasoning = Signal(str, str)  # request_id, the thinking's text since the last frame
    thinking_ended = Signal(str, float, bool)  # request_id, ms spent thinking, cut short
    finished = Signal(str, object)
    failed = Signal(str, str)
    state_changed = Signal(str)  # "no model", "loading", "ready", "generating", "error"
    counted = Signal(str, int)  # count id, tokens (-1: could not count)

    _load_requested = Signal(object)
    _generate_requested = Signal(object)
    _unload_requested = Signal()
    _count_requested = Signal(object)
    _drop_cached_requested = Signal(str)

    def __init__(self, factory: EngineFactory, log_file: str = "the log file") -> None:
        super().__init__()
        self._thread = QThread()
        self._thread.setObjectName("engine")
        self._pieces: Pieces = queue.SimpleQueue()
        self._frame = QTimer(self)
        self._frame.setInterval(FRAME_MS)
        self._frame.timeout.connect(self._collect)
        self._worker = EngineWorker(factory, self._pieces, log_file)
        self._worker.moveToThread(self._thread)
        self._ids = itertools.count(1)
        # Requests in the order the engine thread will take them: the window's replies and
        # the local API's share the one engine, one at a time.
        self._requests: dict[str, GenerationRequest] = {}
        self._load: LoadRequest | None = None
        self._state = "no model"
        self.model_info: ModelInfo | None = None

        self._load_requested.connect(self._worker.load)
        self._generate_requested.connect(self._worker.generate)
        self._unload_requested.connect(self._worker.unload)
        self._count_requested.connect(self._worker.count)
        self._drop_cached_requested.connect(self._worker.drop_cached)
        self._worker.counted.connect(self.counted)
        self._worker.loaded.connect(self._on_loaded)
        self._worker.load_failed.connect(self._on_load_failed)
        self._worker.load_progress.connect(self._on_load_progress)
        self._worker.text_ready.connect(self._on_text_ready)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._thread.start()

    @property
    def state(self) -> str:
        return self._state

    @property
    def active_request_id(self) -> str | None:
        return next(iter(self._requests), None)

    @property
    def queued(self) -> int:
        """Requests not finished yet, the running one included."""
        return len(self._requests)

    def load_model(self, path: Path, options: LoadOptions) -> str:
        """Ask for a model; returns the load's id. A newer load supersedes an older one,
        whose answers are then dropped."""
        self.stop()
        if self._load is not None:
            self._load.cancel.cancel()  # a newer choice wins over a load still running
        self._load = LoadRequest(f"l{next(self._ids)}", path, options)
        self.model_info = None  # the worker unloads the old model before loading this one
        self._set_state("loading")
        self._load_requested.emit(self._load)
        return self._load.id

    def generate(self, messages: list[ChatMessage], params: GenerationParams) -> str:
        """Queue a reply; returns its id. Answers come as token/finished/failed with it."""
        request = GenerationRequest(f"r{next(self._ids)}", list(messages), params)
        self._requests[request.id] = request
        self._set_state("generating")
        # The engine reads the prompt on every core: started now, it would compete with the
        # window's repaint of the question (about 7 ms of GUI work, 10 to 15 ms of time to
        # first token with 2 cores). It starts once the repaints queued before it are done.
        QCoreApplication.postEvent(self, _StartEvent(request), _AFTER_REPAINTS)
        return request.id

    def event(self, event: QEvent) -> bool:
        if isinstance(event, _StartEvent):
            self._generate_requested.emit(event.request)
            return True
        return super().event(event)

    def drop_cached(self, key: str) -> None:
        """The conversation changed above what the engine read of it (an edit, another
        branch) or is gone: its prompt cache is no use any more."""
        self._drop_cached_requested.emit(key)

    def count_tokens(self, messages: list[ChatMessage]) -> str:
        """Count on the engine thread (it owns the tokenizer); the answer comes as
        `counted` with the returned id. Queued behind a reply that is generating."""
        request = CountRequest(f"c{next(self._ids)}", list(messages))
        self._count_requested.emit(request)
        return request.id

    def stop(self, request_id: str | None = None) -> None:
        """Thread-safe and immediate: the engine checks the event per token and in
        llama.cpp's abort callback. One request, or (None) every one."""
        for request in list(self._requests.values()):
            if request_id is None or request.id == request_id:
                request.cancel.cancel()

    def cancel_all(self) -> None:
        """Stop the reply and cancel a load, without waiting for either."""
        self.stop()
        if self._load is not None:
            self._load.cancel.cancel()

    def shutdown(self, timeout_ms: int = 2_500) -> bool:
        """Stop what runs, unload, and join the thread for at most timeout_ms. Returns
        False if the thread is still running (the caller then exits without waiting)."""
        self.cancel_all()
        self._unload_requested.emit()
        self._thread.quit()
        if not self._thread.wait(timeout_ms):
            log.warning("The engine thread did not stop within %d ms", timeout_ms)
            return False
        return True

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)

    def _is_current_load(self, load_id: str) -> bool:
        return self._load is not None and self._load.id == load_id

    @Slot(str, object)
    def _on_loaded(self, load_id: str, info: ModelInfo) -> None:
        if not self._is_current_load(load_id):
            return  # superseded: the next load in the queue replaces this model
        self._load = None
        self.model_info = info
        self._set_state("ready")
        self.loaded.emit(info)

    @Slot(str, str)
    def _on_load_failed(self, load_id: str, message: str) -> None:
        if not self._is_current_load(load_id):
            return  # a superseded load's "cancelled" is no news to the user
        self._load = None
        self.model_info = None
        self._set_state("error")
        self.load_failed.emit(message)

    @Slot(str, float)
    def _on_load_progress(self, load_id: str, value: float) -> None:
        if self._is_current_load(load_id):
            self.load_progress.emit(value)

    @Slot(str)
    def _on_text_ready(self, _request_id: str) -> None:
        self._collect()
        if not self._frame.isActive():
            self._frame.start()

    @Slot()
    def _collect(self) -> None:
        """Hand on the text generated since the last frame, one `token` per request (and
        one `reasoning`, and `thinking_ended`, before it: a reply thinks, then answers)."""
        texts: dict[str, list[str]] = {}
        thoughts: dict[str, list[str]] = {}
        ended: dict[str, ThinkingEnded] = {}
        while True:
            try:
                request_id, piece = self._pieces.get_nowait()
            except queue.Empty:
                break
            if isinstance(piece, str):
                texts.setdefault(request_id, []).append(piece)
            elif isinstance(piece, Reasoning):
                thoughts.setdefault(request_id, []).append(piece.text)
            else:
                ended[request_id] = piece
        for request_id in dict.fromkeys([*thoughts, *ended, *texts]):
            if request_id in thoughts:
                self.reasoning.emit(request_id, "".join(thoughts[request_id]))
            if request_id in ended:
                end = ended[request_id]
                self.thinking_ended.emit(request_id, end.ms, end.cut)
            if request_id in texts:
                self.token.emit(request_id, "".join(texts[request_id]))

    @Slot(str, object)
    def _on_finished(self, request_id: str, stats: GenerationStats) -> None:
        self._collect()  # the last pieces come before the end
        self._release(request_id)
        self.finished.emit(request_id, stats)

    @Slot(str, str)
    def _on_failed(self, request_id: str, message: str) -> None:
        self._collect()  # a partial reply is kept, so its text comes first
        self._release(request_id)
        self.failed.emit(request_id, message)

    def _release(self, request_id: str) -> None:
        if self._requests.pop(request_id, None) is not None and not self._requests:
            self._frame.stop()
            self._set_state("ready" if self.model_info is not None else "error")
