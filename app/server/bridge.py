"""Between the API server's threads and the engine, which the GUI thread's controller owns.

A request from a server thread crosses to the GUI thread by a queued signal; there it is
queued on the engine behind (or before) the window's own replies, and the engine's
answers come back to the server thread through a queue of its own. At most `max_queued`
API requests wait at once; more are refused at once (429)."""

from __future__ import annotations

import queue
import threading
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from app.engine.base import ChatMessage, GenerationParams, GenerationStats, ModelInfo
from app.engine.worker import EngineController

MAX_QUEUED = 4


@dataclass
class ReplyStream:
    """What a server thread reads: ("token", text) and ("reasoning", text), then
    ("done", GenerationStats) or ("error", (status, code, message))."""

    events: queue.Queue[tuple[str, Any]] = field(default_factory=queue.Queue)
    request_id: str | None = None
    model: str = ""
    submitted: threading.Event = field(default_factory=threading.Event)


class EngineBridge(QObject):
    serving_changed = Signal(int)  # API requests under way (for the status bar)
    _submit = Signal(object, object, object)  # messages, params, stream
    _cancel = Signal(object)  # stream

    def __init__(self, engine: EngineController, max_queued: int = MAX_QUEUED) -> None:
        super().__init__()
        self._engine = engine
        self._max_queued = max_queued
        self._streams: dict[str, ReplyStream] = {}
        self._submit.connect(self._on_submit)
        self._cancel.connect(self._on_cancel)
        engine.token.connect(self._on_token)
        engine.reasoning.connect(self._on_reasoning)
        engine.finished.connect(self._on_finished)
        engine.failed.connect(self._on_failed)

    def _local_model(self) -> ModelInfo | None:
        """The loaded model, if it runs on this computer. A remote model is loaded for the
        chat that chose it: other apps' text must never be forwarded to its server."""
        info = self._engine.model_info
        return info if info is not None and info.architecture != "remote" else None

    def model_name(self) -> str | None:
        """The loaded model's name (read from a server thread: one attribute, no lock)."""
        info = self._local_model()
        return info.name if info is not None else None

    def context_length(self) -> int | None:
        """The loaded model's context in tokens, read as model_name is."""
        info = self._local_model()
        return info.context_length if info is not None else None

    def why_no_model(self) -> str:
        info = self._engine.model_info
        if info is not None and info.architecture == "remote":
            return ("The model Hearth has loaded now runs on another computer, for one of "
                    "its chats; the local API serves only models on this computer.")
        return "No model is loaded in Hearth right now."

    # from server threads

    def submit(self, messages: list[ChatMessage], params: GenerationParams) -> ReplyStream:
        stream = ReplyStream()
        self._submit.emit(messages, params, stream)
        return stream

    def cancel(self, stream: ReplyStream) -> None:
        self._cancel.emit(stream)

    # on the GUI thread

    @Slot(object, object, object)
    def _on_submit(self, messages: list[ChatMessage], params: GenerationParams,
                   stream: ReplyStream) -> None:
        info = self._local_model()
        if info is None:
            stream.events.put(("error", (503, "model_not_loaded", self.why_no_model())))
        elif len(self._streams) >= self._max_queued:
            stream.events.put(("error", (429, "rate_limit_exceeded",
                                         f"{len(self._streams)} requests are already "
                                         "waiting; try again shortly.")))
        else:
            stream.model = info.name
            stream.request_id = self._engine.generate(messages, params)
            self._streams[stream.request_id] = stream
            self.serving_changed.emit(len(self._streams))
        stream.submitted.set()

    @Slot(object)
    def _on_cancel(self, stream: ReplyStream) -> None:
        if stream.request_id is not None and stream.request_id in self._streams:
            self._engine.stop(stream.request_id)

    @Slot(str, str)
    def _on_reasoning(self, request_id: str, text: str) -> None:
        stream = self._streams.get(request_id)
        if stream is not None:
            stream.events.put(("reasoning", text))

    @Slot(str, str)
    def _on_token(self, request_id: str, text: str) -> None:
        stream = self._streams.get(request_id)
        if stream is not None:
            stream.events.put(("token", text))

    @Slot(str, object)
    def _on_finished(self, request_id: str, stats: GenerationStats) -> None:
        stream = self._streams.pop(request_id, None)
        if stream is not None:
            stream.events.put(("done", stats))
            self.serving_changed.emit(len(self._streams))

    @Slot(str, str)
    def _on_failed(self, request_id: str, message: str) -> None:
        stream = self._streams.pop(request_id, None)
        if stream is not None:
            too_long = "context window" in message
            stream.events.put(("error", (400 if too_long else 500,
                                         "context_length_exceeded" if too_long
                                         else "engine_error", message)))
            self.serving_changed.emit(len(self._streams))
