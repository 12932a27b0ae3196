"""A model on another machine: any server that speaks OpenAI's chat API (llama.cpp's
llama-server, vLLM, Ollama, LM Studio, TGI), as another engine behind the same protocol.

Replies stream as server-sent events from `POST /v1/chat/completions`. Stop closes the
stream: a watchdog closes the response within a fraction of a second even while the
server sends nothing. Every fault becomes a message in words; what streamed before it
stays with the reply (the session saves it)."""

from __future__ import annotations

import json
import logging
import queue
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import httpx2

from app.engine.base import (
    CancelToken,
    ChatMessage,
    EngineError,
    EngineLoadError,
    GenerationParams,
    GenerationStats,
    LoadOptions,
    LoadProgress,
    ModelInfo,
    Piece,
    Reasoning,
)
from app.engine.reasoning import ReasoningSplitter

log = logging.getLogger(__name__)

REMOTE_PREFIX = "remote:"
CONNECT_TIMEOUT_S = 10
READ_TIMEOUT_S = 120  # a server that sends nothing for this long has failed
STOP_POLL_S = 0.1


class RemoteError(EngineError):
    """A fault talking to the server, in words for the user."""


@dataclass(frozen=True)
class Connection:
    name: str
    base_url: str  # "http://gpu-box:8000" (with or without /v1)
    api_key: str = ""

    @property
    def host(self) -> str:
        return urlparse(self.base_url).netloc or self.base_url

    def url(self, path: str) -> str:
        base = self.base_url.rstrip("/")
        base = base if base.endswith("/v1") else base + "/v1"
        return base + path

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}


def model_ref(connection: Connection, model: str) -> str:
    """How a remote model is named where a model file's name would be (per conversation)."""
    return f"{REMOTE_PREFIX}{connection.name}:{model}"


def parse_ref(ref: str) -> tuple[str, str] | None:
    """(connection name, model) from a reference made by model_ref, else None."""
    if not ref.startswith(REMOTE_PREFIX):
        return None
    name, _, model = ref.removeprefix(REMOTE_PREFIX).partition(":")
    return (name, model) if name and model else None


def readable_name(model: str, connection: Connection) -> str:
    """A remote model as a person reads it: the id's last part (servers often name a model
    by its full path there, which would widen every place that shows it) and the host."""
    short = model.rstrip("/").rsplit("/", 1)[-1] or model
    return f"{short} @ {connection.host}"


# Where servers say a model's context size in GET /v1/models: llama.cpp's llama-server
# (meta.n_ctx_train), vLLM (max_model_len), LM Studio (max_context_length), others.
_CONTEXT_FIELDS = ("context_length", "max_context_length", "max_model_len", "n_ctx",
                   "context_window")


def context_of(item: dict[str, Any]) -> int | None:
    """The context size a /v1/models entry states, or None when it says nothing."""
    sources = [item, item.get("meta") or {}]
    for source in sources:
        if not isinstance(source, dict):
            continue
        for key in (*_CONTEXT_FIELDS, "n_ctx_train"):
            value = source.get(key)
            if isinstance(value, int) and not isinstance(value, bool) and value > 0:
                return value
    return None


def describe_error(exc: BaseException, connection: Connection) -> str:
    host = connection.host
    if isinstance(exc, httpx2.ConnectError):
        text = str(exc).lower()
        if "name" in text or "resolve" in text or "nodename" in text:
            return f"{host} could not be found (DNS). Check the address in Connections."
        return f"{host} refused the connection. Is the server running, on that port?"
    if isinstance(exc, httpx2.TimeoutException):
        return f"{host} did not answer in time."
    if isinstance(exc, httpx2.RemoteProtocolError | httpx2.ReadError):
        return f"The connection to {host} was cut in the middle of the reply."
    return f"Talking to {host} failed: {exc}"


def status_error(response: httpx2.Response, connection: Connection, model: str) -> str:
    host, status = connection.host, response.status_code
    try:
        detail = str(response.json().get("error", {}).get("message", ""))
    except (ValueError, AttributeError):
        detail = ""
    if status in (401, 403):
        return f"{host} refused the API key ({status}). Check it in Connections."
    if status == 404:
        return f"{host} has no model {model!r} (404). Choose another in the model list."
    if status == 429:
        wait = response.headers.get("Retry-After")
        return f"{host} is busy (429); try again" + (f" in {wait} s." if wait else " soon.")
    if status >= 500:
        return f"{host} failed ({status}){': ' + detail if detail else ''}. Try again later."
    return f"{host} refused the request ({status}){': ' + detail if detail else ''}."


def list_models(connection: Connection, timeout_s: float = CONNECT_TIMEOUT_S) -> list[str]:
    """The connection's models, from GET /v1/models; RemoteError in words otherwise."""
    return list(model_contexts(connection, timeout_s))


def model_contexts(connection: Connection,
                   timeout_s: float = CONNECT_TIMEOUT_S) -> dict[str, int | None]:
    """Each model of the connection with the context size the server states (or None)."""
    try:
        response = httpx2.get(connection.url("/models"), headers=connection.headers(),
                              timeout=timeout_s)
    except httpx2.HTTPError as exc:
        raise RemoteError(describe_error(exc, connection)) from exc
    if response.status_code != 200:
        raise RemoteError(status_error(response, connection, ""))
    try:
        data = response.json()["data"]
        return {str(item["id"]): context_of(item) for item in data}
    except (ValueError, KeyError, TypeError) as exc:
        raise RemoteError(f"{connection.host} answered /v1/models with something that is "
                          "not a model list.") from exc


class RemoteEngine:
    """Engine for one model on one connection. Loading checks that the model exists."""

    def __init__(self, connection: Connection, model: str, options: LoadOptions,
                 cancel: CancelToken | None = None, progress: LoadProgress | None = None,
                 check: bool = True) -> None:
        self._connection = connection
        self._model = model
        if progress is not None:
            progress(0.0)
        stated: int | None = None
        if check:
            try:
                models = model_contexts(connection)
            except RemoteError as exc:
                raise EngineLoadError(str(exc)) from exc
            if model not in models:
                raise EngineLoadError(f"{connection.host} has no model {model!r}; it serves "
                                      f"{', '.join(models) or 'none'}.")
            stated = models[model]
        if progress is not None:
            progress(1.0)
        # The server's own context size where it states one; the meter says "unknown"
        # otherwise, rather than presenting Hearth's local setting as the server's.
        self._info = ModelInfo(
            path=Path(model_ref(connection, model)), name=readable_name(model, connection),
            architecture="remote", context_length=stated or options.context_length,
            train_context_length=stated or options.context_length, has_chat_template=True,
            gpu_offload=False, offload_label=f"on {connection.host}",
            context_known=stated is not None)
        self._stats = GenerationStats()

    @property
    def info(self) -> ModelInfo:
        return self._info

    @property
    def last_stats(self) -> GenerationStats:
        return self._stats

    def count_tokens(self, messages: list[ChatMessage]) -> int:
        """The server's tokenizer is out of reach: about four characters a token."""
        return sum(len(m.content) for m in messages) // 4 + 4 * len(messages)

    def drop_cached(self, key: str) -> None:
        """The server keeps its own caches."""

    def close(self) -> None:
        """Nothing is held between replies."""

    def stream_chat(self, messages: list[ChatMessage], params: GenerationParams,
                    cancel: CancelToken) -> Iterator[Piece]:
        started = time.perf_counter()
        # Servers that tell reasoning apart send it as its own field of the delta
        # (`reasoning_content`: llama.cpp, vLLM, DeepSeek; `reasoning`: Ollama, OpenRouter);
        # others leave <think> in the content, which is split here as a local reply is.
        splitter = ReasoningSplitter()
        thinking = False  # reasoning came in its own field, and no content after it yet
        ttft: float | None = None
        pieces = 0
        reason = "stop"
        usage: dict[str, Any] = {}
        self._stats = GenerationStats(stop_reason="cancelled")
        body: dict[str, Any] = {
            "model": self._model, "stream": True, "max_tokens": params.max_tokens,
            "temperature": params.temperature, "top_p": params.top_p,
            "messages": [{"role": m.role, "content": m.content} for m in messages],
        }
        if params.seed is not None:
            body["seed"] = params.seed
        # The HTTP exchange runs on a reader thread, so that Stop is answered at once even
        # while the server is silent: this thread only waits on the queue.
        events: queue.Queue[tuple[str, Any]] = queue.Queue()
        client = httpx2.Client(timeout=httpx2.Timeout(READ_TIMEOUT_S,
                                                      connect=CONNECT_TIMEOUT_S))
        reader = threading.Thread(target=self._read, args=(client, body, events),
                                  name="remote-reader", daemon=True)
        reader.start()
        finished = False
        try:
            while True:
                try:
                    kind, value = events.get(timeout=STOP_POLL_S)
                except queue.Empty:
                    if cancel.cancelled:
                        reason = "cancelled"
                        return
                    continue
                if cancel.cancelled:
                    reason = "cancelled"
                    return
                if kind == "error":
                    raise value
                if kind == "end":
                    break
                if value == "[DONE]":
                    finished = True
                    break
                event = parse_event(value, self._connection)
                if "error" in event:
                    problem = event["error"]
                    message = problem.get("message", problem) if isinstance(problem, dict) \
                        else problem
                    raise RemoteError(f"{self._connection.host}: {message}")
                usage = event.get("usage") or usage
                for choice in event.get("choices") or []:
                    delta = choice.get("delta") or {}
                    thought = _text(delta.get("reasoning_content")) or _text(
                        delta.get("reasoning"))
                    text = _text(delta.get("content"))
                    if thought or text:
                        if ttft is None:
                            ttft = (time.perf_counter() - started) * 1000
                        pieces += 1
                    if thought:
                        thinking = True
                        yield Reasoning(thought)
                    if text:
                        if thinking:
                            thinking = False
                            yield Reasoning("", done=True)
                        yield from splitter.feed(text)
                    if choice.get("finish_reason"):
                        finished = True
                        if choice["finish_reason"] == "length":
                            reason = "length"
            yield from splitter.flush()
            if not finished:
                raise RemoteError(f"The connection to {self._connection.host} was cut in the "
                                  "middle of the reply.")
        finally:
            threading.Thread(target=client.close, daemon=True).start()
            self._stats = GenerationStats(
                prompt_tokens=int(usage.get("prompt_tokens") or 0),
                completion_tokens=int(usage.get("completion_tokens") or pieces),
                ttft_ms=ttft, duration_ms=(time.perf_counter() - started) * 1000,
                stop_reason=reason)

    def _read(self, client: httpx2.Client, body: dict[str, Any],
              events: queue.Queue[tuple[str, Any]]) -> None:
        """On the reader thread: ("data", text) per event, then ("end", None), or
        ("error", RemoteError)."""
        try:
            with client.stream("POST", self._connection.url("/chat/completions"), json=body,
                               headers=self._connection.headers()) as response:
                if response.status_code != 200:
                    response.read()
                    events.put(("error", RemoteError(
                        status_error(response, self._connection, self._model))))
                    return
                for data in sse_data(response.iter_lines()):
                    events.put(("data", data))
            events.put(("end", None))
        except httpx2.HTTPError as exc:
            events.put(("error", RemoteError(describe_error(exc, self._connection))))
        except Exception as exc:  # a closed client after Stop, or the library's own bug
            events.put(("error", RemoteError(f"Talking to {self._connection.host} failed: "
                                             f"{exc}")))


def _text(value: Any) -> str:
    """A delta's field as text: servers send null, or leave it out, as often as ""."""
    return value if isinstance(value, str) else ""


def sse_data(lines: Iterator[str]) -> Iterator[str]:
    """The data of each server-sent event (several `data:` lines joined)."""
    buffer: list[str] = []
    for line in lines:
        if not line:
            if buffer:
                yield "\n".join(buffer)
                buffer = []
            continue
        if line.startswith("data:"):
            buffer.append(line[5:].removeprefix(" "))
    if buffer:
        yield "\n".join(buffer)


def parse_event(data: str, connection: Connection) -> dict[str, Any]:
    try:
        event = json.loads(data)
    except ValueError as exc:
        raise RemoteError(f"{connection.host} sent something that is not JSON in its "
                          "reply stream.") from exc
    if not isinstance(event, dict):
        raise RemoteError(f"{connection.host} sent an event that is not a JSON object.")
    return event
