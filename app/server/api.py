"""The loaded model, for other apps on this computer: OpenAI's `/v1/models` and
`/v1/chat/completions` (streamed as server-sent events, or whole), on 127.0.0.1 by
default, behind a bearer token. Every request shares the one engine with the window, in
order. A bad request gets an OpenAI-style error at once, never a hang."""

from __future__ import annotations

import hmac
import json
import logging
import queue
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from app.engine.base import ChatMessage, GenerationParams, GenerationStats
from app.engine.stops import StopFilter
from app.server.bridge import EngineBridge, ReplyStream

log = logging.getLogger(__name__)

MAX_BODY = 8 * 1024 * 1024
REPLY_TIMEOUT_S = 600  # no token for this long: the request gives up (never hangs)
ROLES = {"system", "user", "assistant"}


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, param: str | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.param = status, code, message, param


def error_body(status: int, code: str, message: str, param: str | None = None) -> bytes:
    kind = {400: "invalid_request_error", 401: "authentication_error", 404:
            "invalid_request_error", 429: "rate_limit_error"}.get(status, "server_error")
    return json.dumps({"error": {"message": message, "type": kind, "param": param,
                                 "code": code}}).encode()


def parse_request(body: bytes, loaded_model: str) -> tuple[list[ChatMessage],
                                                              GenerationParams, bool,
                                                              list[str]]:
    """The chat, the sampling, whether to stream, and the stop strings; or ApiError."""
    try:
        request = json.loads(body or b"{}")
    except ValueError as exc:
        raise ApiError(400, "invalid_json", f"The body is not JSON: {exc}") from exc
    if not isinstance(request, dict):
        raise ApiError(400, "invalid_json", "The body must be a JSON object.")
    model = request.get("model")
    if model not in (loaded_model, "hearth"):
        raise ApiError(404, "model_not_found",
                       f"The model {model!r} is not loaded; Hearth serves "
                       f"{loaded_model!r} (or ask for \"hearth\").", "model")
    raw = request.get("messages")
    if not isinstance(raw, list) or not raw:
        raise ApiError(400, "invalid_messages", "messages must be a non-empty list.",
                       "messages")
    messages = []
    for item in raw:
        if not isinstance(item, dict) or item.get("role") not in ROLES \
                or not isinstance(item.get("content"), str):
            raise ApiError(400, "invalid_messages", "Each message needs a role (system, "
                           "user or assistant) and text content.", "messages")
        messages.append(ChatMessage(item["role"], item["content"]))
    params = GenerationParams()
    chosen: dict[str, Any] = {}
    for key, kind in (("temperature", float), ("top_p", float), ("max_tokens", int),
                      ("seed", int)):
        value = request.get(key if key != "max_tokens" else "max_tokens",
                            request.get("max_completion_tokens") if key == "max_tokens"
                            else None)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ApiError(400, "invalid_value", f"{key} must be a number.", key)
        chosen[key] = kind(value)
    if chosen.get("max_tokens", 1) < 1:
        raise ApiError(400, "invalid_value", "max_tokens must be at least 1.", "max_tokens")
    stop = request.get("stop") or []
    stops = [stop] if isinstance(stop, str) else stop
    if not isinstance(stops, list) or not all(isinstance(s, str) for s in stops):
        raise ApiError(400, "invalid_value", "stop must be a string or a list of strings.",
                       "stop")
    from dataclasses import replace

    return messages, replace(params, **chosen), bool(request.get("stream")), stops


class _Handler(BaseHTTPRequestHandler):
    server: LocalApiServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("API %s", format % args)

    # plumbing

    def _send(self, status: int, body: bytes, content_type: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _fail(self, error: ApiError) -> None:
        self._send(error.status, error_body(error.status, error.code, error.message,
                                            error.param))

    def _authorised(self) -> bool:
        given = self.headers.get("Authorization", "")
        expected = f"Bearer {self.server.token}"
        return hmac.compare_digest(given.encode(), expected.encode())

    def _guard(self) -> bool:
        if not self._authorised():
            self._fail(ApiError(401, "invalid_api_key", "A bearer token is required: the "
                                "one Hearth shows in Settings."))
            return False
        return True

    # endpoints

    def do_GET(self) -> None:
        if not self._guard():
            return
        if self.path.rstrip("/") != "/v1/models":
            self._fail(ApiError(404, "not_found", f"No such endpoint: {self.path}"))
            return
        name = self.server.bridge.model_name()
        models = [{"id": name, "object": "model", "created": 0, "owned_by": "hearth"}] \
            if name else []
        self._send(200, json.dumps({"object": "list", "data": models}).encode())

    def do_POST(self) -> None:
        if not self._guard():
            return
        if self.path.rstrip("/") != "/v1/chat/completions":
            self._fail(ApiError(404, "not_found", f"No such endpoint: {self.path}"))
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._fail(ApiError(400, "request_too_large", "The request body is too large."))
            return
        body = self.rfile.read(length)
        loaded = self.server.bridge.model_name()
        if loaded is None:
            self._fail(ApiError(503, "model_not_loaded", "No model is loaded in Hearth."))
            return
        try:
            messages, params, streaming, stops = parse_request(body, loaded)
        except ApiError as error:
            self._fail(error)
            return
        stream = self.server.bridge.submit(messages, params)
        completion_id = f"chatcmpl-{uuid.uuid4().hex[:24]}"
        if streaming:
            self._stream(stream, completion_id, stops)
        else:
            self._whole(stream, completion_id, stops)

    def _events(self, stream: ReplyStream, stops: list[str]) -> Any:
        """The reply's pieces, cut at the caller's stop strings; then the final event."""
        cut = StopFilter(stops)
        while True:
            try:
                kind, value = stream.events.get(timeout=REPLY_TIMEOUT_S)
            except queue.Empty:
                self.server.bridge.cancel(stream)
                yield "error", (504, "timeout", "The engine did not answer in time.")
                return
            if kind == "token":
                text = cut.feed(value)
                if text:
                    yield "token", text
                if cut.stopped:
                    self.server.bridge.cancel(stream)
                    yield from self._drain(stream, "stop")
                    return
            elif kind == "done":
                rest = cut.flush()
                if rest:
                    yield "token", rest
                yield "done", value
                return
            else:
                yield kind, value
                return

    @staticmethod
    def _drain(stream: ReplyStream, reason: str) -> Any:
        """After a stop string: wait for the engine to finish, report it as stopped."""
        while True:
            kind, value = stream.events.get(timeout=REPLY_TIMEOUT_S)
            if kind == "done":
                yield "done", GenerationStats(
                    prompt_tokens=value.prompt_tokens,
                    completion_tokens=value.completion_tokens, stop_reason=reason)
                return
            if kind == "error":
                yield "done", GenerationStats(stop_reason=reason)
                return

    def _whole(self, stream: ReplyStream, completion_id: str, stops: list[str]) -> None:
        parts: list[str] = []
        for kind, value in self._events(stream, stops):
            if kind == "token":
                parts.append(value)
            elif kind == "error":
                self._fail(ApiError(*value))
                return
            else:
                self._send(200, json.dumps({
                    "id": completion_id, "object": "chat.completion",
                    "created": int(time.time()), "model": stream.model,
                    "choices": [{"index": 0, "finish_reason": finish_reason(value),
                                 "message": {"role": "assistant",
                                             "content": "".join(parts).strip()}}],
                    "usage": usage(value)}).encode())
                return

    def _stream(self, stream: ReplyStream, completion_id: str, stops: list[str]) -> None:
        started = False
        try:
            for kind, value in self._events(stream, stops):
                if kind == "error" and not started:
                    self._fail(ApiError(*value))
                    return
                if not started:
                    self.send_response(200)
                    self.send_header("Content-Type", "text/event-stream")
                    self.send_header("Cache-Control", "no-cache")
                    self.send_header("Connection", "close")
                    self.end_headers()
                    self.close_connection = True
                    started = True
                    self._chunk(completion_id, stream.model, {"role": "assistant"}, None)
                if kind == "token":
                    self._chunk(completion_id, stream.model, {"content": value}, None)
                elif kind == "done":
                    self._chunk(completion_id, stream.model, {}, finish_reason(value))
                    self.wfile.write(b"data: [DONE]\n\n")
                    self.wfile.flush()
                    return
                else:  # an error after the reply began: say so in the stream
                    status, code, message = value
                    self.wfile.write(b"data: " + error_body(status, code, message) + b"\n\n")
                    self.wfile.flush()
                    return
        except (BrokenPipeError, ConnectionResetError):
            self.server.bridge.cancel(stream)  # the client went away: stop its reply

    def _chunk(self, completion_id: str, model: str, delta: dict[str, Any],
               finish: str | None) -> None:
        payload = {"id": completion_id, "object": "chat.completion.chunk",
                   "created": int(time.time()), "model": model,
                   "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
        self.wfile.write(b"data: " + json.dumps(payload).encode() + b"\n\n")
        self.wfile.flush()


def finish_reason(stats: GenerationStats) -> str:
    return "length" if stats.stop_reason in ("length", "context") else "stop"


def usage(stats: GenerationStats) -> dict[str, int]:
    return {"prompt_tokens": stats.prompt_tokens, "completion_tokens": stats.completion_tokens,
            "total_tokens": stats.prompt_tokens + stats.completion_tokens}


class LocalApiServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, bridge: EngineBridge, token: str, host: str = "127.0.0.1",
                 port: int = 0) -> None:
        super().__init__((host, port), _Handler)
        self.bridge = bridge
        self.token = token
        self._thread: threading.Thread | None = None

    @property
    def address(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> None:
        self._thread = threading.Thread(target=self.serve_forever, name="local-api",
                                        kwargs={"poll_interval": 0.2}, daemon=True)
        self._thread.start()
        log.info("Serving the loaded model at %s", self.address)

    def stop(self, timeout_s: float = 2.0) -> bool:
        self.shutdown()
        self.server_close()
        if self._thread is not None:
            self._thread.join(timeout_s)
            return not self._thread.is_alive()
        return True
