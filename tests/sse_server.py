"""A small OpenAI-compatible server on 127.0.0.1 with faults on demand, for the remote
engine's tests: /v1/models, and /v1/chat/completions streamed as server-sent events.

Modes (HubState-like, set per test): "ok", "status" (answer `status`, with `retry_after`),
"cut" (close the stream after `cut_after` chunks), "bad_json", "silent" (send the headers,
then nothing). `thoughts` go first, as a reasoning model's, in `reasoning_field`."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.loopback import serving


@dataclass
class SseState:
    mode: str = "ok"
    words: list[str] = field(default_factory=lambda: ["Hello", " from", " the", " server."])
    models: list[str] = field(default_factory=lambda: ["big-model"])
    status: int = 500
    retry_after: str | None = None
    cut_after: int = 2
    api_key: str | None = None
    requests: list[dict[str, object]] = field(default_factory=list)
    delay_s: float = 0.0
    down: bool = False  # answer everything with 503, as a server that is starting or failing
    contexts: dict[str, int] = field(default_factory=dict)  # model -> a stated context size
    gets: int = 0
    # sent before the words, each in a delta of its own under reasoning_field, as servers
    # that tell a reasoning model's thinking apart do
    thoughts: list[str] = field(default_factory=list)
    reasoning_field: str = "reasoning_content"


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, *_: object) -> None:
        pass

    def _json(self, status: int, body: object, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _authorised(self) -> bool:
        key = self.server.state.api_key
        if key and self.headers.get("Authorization") != f"Bearer {key}":
            self._json(401, {"error": {"message": "bad key"}})
            return False
        return True

    def do_GET(self) -> None:
        state = self.server.state
        state.gets += 1
        if state.down:
            self._json(503, {"error": {"message": "loading"}})
            return
        if self._authorised():
            self._json(200, {"object": "list", "data": [
                {"id": m, "object": "model",
                 **({"meta": {"n_ctx_train": state.contexts[m]}} if m in state.contexts else {})}
                for m in state.models]})

    def do_POST(self) -> None:
        state = self.server.state
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
        state.requests.append(body)
        if state.down:
            self._json(503, {"error": {"message": "loading"}})
            return
        if not self._authorised():
            return
        if state.mode == "status":
            headers = {"Retry-After": state.retry_after} if state.retry_after else {}
            self._json(state.status, {"error": {"message": f"fault {state.status}"}}, headers)
            return
        if body.get("model") not in state.models:
            self._json(404, {"error": {"message": "no such model"}})
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        try:
            if state.mode == "silent":
                time.sleep(30)
                return
            for thought in state.thoughts:
                chunk = {"choices": [{"index": 0, "finish_reason": None, "delta": {
                    state.reasoning_field: thought, "content": None}}]}
                self.wfile.write(b"data: " + json.dumps(chunk).encode() + b"\n\n")
                self.wfile.flush()
            for index, word in enumerate(state.words):
                if state.mode == "cut" and index == state.cut_after:
                    return  # the connection closes mid-reply
                if state.mode == "bad_json" and index == 1:
                    self.wfile.write(b"data: {not json\n\n")
                    self.wfile.flush()
                    continue
                chunk = {"choices": [{"index": 0, "delta": {"content": word},
                                      "finish_reason": None}]}
                self.wfile.write(b"data: " + json.dumps(chunk).encode() + b"\n\n")
                self.wfile.flush()
                time.sleep(state.delay_s)
            final = {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
                     "usage": {"prompt_tokens": 11, "completion_tokens": len(state.words)}}
            self.wfile.write(b"data: " + json.dumps(final).encode() + b"\n\ndata: [DONE]\n\n")
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    state: SseState


@contextmanager
def running_sse(state: SseState | None = None) -> Iterator[tuple[str, SseState]]:
    server = _Server(("127.0.0.1", 0), _Handler)
    server.state = state or SseState()
    with serving(server) as url:
        yield url, server.state
