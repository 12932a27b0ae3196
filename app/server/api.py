"""The loaded model, for other apps on this computer: OpenAI's `/v1/models` and
`/v1/chat/completions` (streamed as server-sent events, or whole), on 127.0.0.1 by
default, behind a bearer token. Every request shares the one engine with the window, in
order. A bad request gets an OpenAI-style error at once, never a hang. A reasoning model's
thinking comes apart from the answer, in `reasoning_content`, as llama.cpp's server sends it.

Whatever a client sends, it holds no more than it is owed: each connection has deadlines
for its request and a bound on its body; text that cannot fit the model's context is
refused by its size before the engine sees it (tokenizing megabytes holds the one engine,
which the window's chats share, for most of a minute); connections are counted; wrong
tokens are slowed down; and a Host header naming another site is refused, so a web page
cannot reach the API through DNS rebinding."""

from __future__ import annotations

import hmac
import io
import ipaddress
import json
import logging
import math
import queue
import re
import socket
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from app.engine.base import ChatMessage, GenerationParams, GenerationStats
from app.engine.prompt import ContextOverflowError, cut_by_length
from app.engine.stops import StopFilter
from app.server.bridge import EngineBridge, ReplyStream

log = logging.getLogger(__name__)

REPLY_TIMEOUT_S = 600  # no token for this long: the request gives up (never hangs)
ROLES = {"system", "user", "assistant"}
_DIGITS = re.compile(r"[0-9]{1,19}")


@dataclass(frozen=True)
class Limits:
    """What one client may hold. The defaults suit other apps on this computer and a home
    network; tests shorten the times."""

    # A request body's size. Far above any chat that fits a model's context (128k tokens
    # of prose is about 0.5 MB), far below what holds the engine: tokenizing 7 MB held it 57 s.
    max_body: int = 4 * 1024 * 1024
    max_connections: int = 32
    # From the connection's start (or the end of its last reply) to the end of the
    # headers: idle keep-alive connections and headers sent a byte at a time (slowloris).
    head_timeout_s: float = 10.0
    # No byte of the body for this long: the body is shorter than its Content-Length.
    body_stall_s: float = 2.0
    body_timeout_s: float = 60.0  # the whole body, however it trickles in
    write_timeout_s: float = 30.0  # a client that stops reading its reply
    linger_s: float = 2.0  # reading what a refused client still sends, so it sees why
    free_tries: int = 5  # wrong tokens from one address before each is slowed down
    first_delay_s: float = 0.5  # then 0.5 s, 1 s, 2 s, ... up to max_delay_s
    max_delay_s: float = 4.0
    forget_after_s: float = 600.0  # an address's wrong tokens are forgotten after this


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, param: str | None = None,
                 retry_after: int | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.param = status, code, message, param
        self.retry_after = retry_after


_KINDS = {400: "invalid_request_error", 401: "authentication_error", 404:
          "invalid_request_error", 408: "invalid_request_error", 411: "invalid_request_error",
          413: "invalid_request_error", 429: "rate_limit_error"}


def error_body(status: int, code: str, message: str, param: str | None = None) -> bytes:
    return json.dumps({"error": {"message": message, "type": _KINDS.get(status, "server_error"),
                                 "param": param, "code": code}}).encode()


def parse_request(body: bytes, loaded_model: str) -> tuple[list[ChatMessage],
                                                              GenerationParams, bool,
                                                              list[str]]:
    """The chat, the sampling, whether to stream, and the stop strings; or ApiError."""
    try:
        request = json.loads(body or b"{}")
    except RecursionError as exc:  # the parser recurses per level: [[[[... 100,000 deep
        raise ApiError(400, "invalid_json", "The body's JSON is nested too deeply.") from exc
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
        if isinstance(value, bool) or not isinstance(value, int | float) \
                or not math.isfinite(value):
            raise ApiError(400, "invalid_value", f"{key} must be a number.", key)
        chosen[key] = kind(value)
    if chosen.get("max_tokens", 1) < 1:
        raise ApiError(400, "invalid_value", "max_tokens must be at least 1.", "max_tokens")
    stop = request.get("stop") or []
    stops = [stop] if isinstance(stop, str) else stop
    if not isinstance(stops, list) or not all(isinstance(s, str) for s in stops):
        raise ApiError(400, "invalid_value", "stop must be a string or a list of strings.",
                       "stop")
    return messages, replace(params, **chosen), bool(request.get("stream")), stops


def utf8_size(text: str) -> int:
    try:
        return len(text.encode("utf-8"))
    except UnicodeEncodeError as exc:  # JSON may carry lone surrogates ("\ud800")
        raise ApiError(400, "invalid_messages", "A message's content is not valid Unicode "
                       "text.", "messages") from exc


def fit_by_length(messages: list[ChatMessage], context_length: int) -> list[ChatMessage]:
    """What is worth sending to the engine, decided here and at once: the engine would
    tokenize all of it before it could say "too long", holding everyone's replies
    meanwhile. The engine's own rule (engine/prompt.py), with the refusal as a 400."""
    for message in messages:
        utf8_size(message.content)  # lone surrogates are refused before anything else
    try:
        return cut_by_length(messages, context_length)[0]
    except ContextOverflowError as exc:
        raise ApiError(400, "context_length_exceeded", str(exc), "messages") from exc


class _Deadlines(io.RawIOBase):
    """The connection's reading side, with a deadline for the whole of what is being read
    (a request's head, or its body) and a bound on each wait for more: a per-read socket
    timeout alone lets a client hold a connection forever with a byte every few seconds."""

    def __init__(self, sock: socket.socket) -> None:
        super().__init__()
        self._sock = sock
        self.deadline = math.inf
        self.stall_s = math.inf

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("the request took too long")
        self._sock.settimeout(min(remaining, self.stall_s))
        return self._sock.recv_into(buffer)

    def expect(self, within_s: float, stall_s: float = math.inf) -> None:
        self.deadline = time.monotonic() + within_s
        self.stall_s = stall_s


class _Throttle:
    """Wrong tokens per client address: the first few are answered at once; after that
    each waits longer, and one address gets one slowed answer at a time (the others are
    refused at once, so waiting holds no more than one connection per address)."""

    def __init__(self, limits: Limits) -> None:
        self._limits = limits
        self._lock = threading.Lock()
        self._seen: dict[str, tuple[int, float, bool]] = {}  # failures, last, slowed now

    def failed(self, address: str) -> float | None:
        """The delay before answering this wrong token, or None: refuse it at once."""
        limits = self._limits
        now = time.monotonic()
        with self._lock:
            if len(self._seen) > 4096:  # many addresses: forget the quiet ones
                self._seen = {a: s for a, s in self._seen.items()
                              if now - s[1] < limits.forget_after_s}
            failures, last, busy = self._seen.get(address, (0, now, False))
            if now - last > limits.forget_after_s:
                failures = 0
            failures += 1
            over = failures - limits.free_tries
            if over > 0 and busy:
                self._seen[address] = (failures, now, True)
                return None
            delay = 0.0 if over <= 0 else min(limits.first_delay_s * 2 ** (over - 1),
                                              limits.max_delay_s)
            self._seen[address] = (failures, now, delay > 0)
            return delay

    def answered(self, address: str) -> None:
        with self._lock:
            failures, last, _busy = self._seen.get(address, (0, time.monotonic(), False))
            self._seen[address] = (failures, last, False)


class _Handler(BaseHTTPRequestHandler):
    server: LocalApiServer
    protocol_version = "HTTP/1.1"
    _reader: _Deadlines
    _responded: bool  # a status line has gone out: a failure now can only close
    _body_unread: bool  # a body follows the head that nobody has read

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("API %s", format % args)

    # the connection

    def setup(self) -> None:
        super().setup()
        # the head and the body (and each streamed piece) are separate writes: without
        # this, Nagle holds back the second until the client's delayed ACK, up to 40 ms
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.rfile.close()
        self._reader = _Deadlines(self.connection)
        self.rfile = io.BufferedReader(self._reader)

    def handle_one_request(self) -> None:
        self._reader.expect(self.server.limits.head_timeout_s)
        self._responded = False
        self._body_unread = False
        super().handle_one_request()  # a timeout there closes the connection, unanswered

    def handle_expect_100(self) -> bool:
        """curl asks before sending a big body: refuse it before it is sent."""
        try:
            self._check_head(body_expected=True)
        except ApiError as error:
            self._fail(error)
            return False
        return super().handle_expect_100()

    def _send(self, status: int, body: bytes, content_type: str = "application/json",
              headers: dict[str, str] | None = None) -> None:
        self.connection.settimeout(self.server.limits.write_timeout_s)
        self._responded = True
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if self._body_unread:
            self.close_connection = True  # what is left of the body is not a request
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)
        if self._body_unread:
            self._linger()

    def _fail(self, error: ApiError) -> None:
        wait = {"Retry-After": str(error.retry_after)} if error.retry_after else None
        self._send(error.status, error_body(error.status, error.code, error.message,
                                            error.param), headers=wait)

    def _linger(self) -> None:
        """Read and drop what the client still sends for a moment, then close: closing
        with its body unread would reset the connection, and most clients, still
        writing, would report the reset instead of the answer."""
        sock = self.connection
        try:
            sock.shutdown(socket.SHUT_WR)
            until = time.monotonic() + self.server.limits.linger_s
            while (left := until - time.monotonic()) > 0:
                sock.settimeout(left)
                if not sock.recv(1 << 16):
                    break
        except OSError:
            pass

    # the request's head

    def _check_head(self, body_expected: bool) -> int:
        """The body's length, once the head is sound; or ApiError. From here until the
        body is read, an answer closes the connection."""
        self._body_unread = True
        limits = self.server.limits
        if self.headers.get_all("Transfer-Encoding"):
            # a chunked body has no length to bound; not reading it, the connection must
            # close, or its chunks would be read as the next request
            raise ApiError(411, "length_required", "Send the body with a Content-Length; "
                           "Transfer-Encoding is not supported.")
        lengths = self.headers.get_all("Content-Length") or []
        if len(set(lengths)) > 1 or not all(_DIGITS.fullmatch(v.strip()) for v in lengths):
            raise ApiError(400, "invalid_content_length",
                           "Content-Length must be one whole number of bytes.")
        length = int(lengths[0]) if lengths else 0
        if length and not body_expected:
            raise ApiError(400, "unexpected_body", "This request takes no body.")
        if not length:
            self._body_unread = False
        self._check_host()
        self._check_token()
        if length > limits.max_body:
            raise ApiError(413, "request_too_large",
                           f"The request body is {length:,} bytes; at most "
                           f"{limits.max_body:,} are accepted.")
        return length

    def _check_host(self) -> None:
        """DNS rebinding: a page whose name now points at 127.0.0.1 sends its own name."""
        hosts = self.headers.get_all("Host") or []
        if len(hosts) != 1 or not self.server.serves_host(hosts[0].strip()):
            raise ApiError(400, "invalid_host", "The Host header must name the address "
                           "Hearth serves, such as 127.0.0.1 or localhost with its port.")

    def _check_token(self) -> None:
        scheme, _, given = self.headers.get("Authorization", "").strip().partition(" ")
        if scheme.lower() != "bearer" or not given.strip():
            raise ApiError(401, "invalid_api_key", "A bearer token is required: the one "
                           "Hearth shows in Settings.")
        if hmac.compare_digest(given.strip().encode(), self.server.token.encode()):
            return
        address = str(self.client_address[0])
        delay = self.server.throttle.failed(address)
        if delay is None:
            raise ApiError(429, "too_many_wrong_tokens", "Too many wrong tokens from this "
                           "address; wait a few seconds.", retry_after=1)
        try:
            time.sleep(delay)
        finally:
            self.server.throttle.answered(address)
        raise ApiError(401, "invalid_api_key", "Invalid token: use the one Hearth shows in "
                       "Settings.")

    def _read_body(self, length: int) -> bytes:
        limits = self.server.limits
        self._reader.expect(limits.body_timeout_s, limits.body_stall_s)
        parts: list[bytes] = []
        got = 0
        try:
            while got < length:
                part = self.rfile.read1(min(length - got, 1 << 16))
                if not part:
                    break
                parts.append(part)
                got += len(part)
        except TimeoutError as exc:
            if self._reader.deadline <= time.monotonic():
                raise ApiError(408, "request_timeout", "The body took too long to "
                               "arrive.") from exc
        if got < length:
            raise ApiError(400, "incomplete_body", f"The body is shorter than its "
                           f"Content-Length: {got:,} of {length:,} bytes came.")
        self._body_unread = False
        return b"".join(parts)

    # endpoints

    def do_GET(self) -> None:
        self._answer(self._get)

    def do_POST(self) -> None:
        self._answer(self._post)

    def _answer(self, endpoint: Any) -> None:
        try:
            endpoint()
        except ApiError as error:
            self._fail(error)
        except (ConnectionError, TimeoutError):
            self.close_connection = True
        except Exception:  # a bug: say so and keep serving, never a dropped socket
            log.exception("The local API failed on a request")
            self.close_connection = True
            if not self._responded:
                self._fail(ApiError(500, "server_error", "Hearth failed on this request; "
                                    "its log has the details."))

    def _get(self) -> None:
        self._check_head(body_expected=False)
        if self.path.rstrip("/") != "/v1/models":
            raise ApiError(404, "not_found", f"No such endpoint: {self.path}")
        name = self.server.bridge.model_name()
        models = [{"id": name, "object": "model", "created": 0, "owned_by": "hearth"}] \
            if name else []
        self._send(200, json.dumps({"object": "list", "data": models}).encode())

    def _post(self) -> None:
        length = self._check_head(body_expected=True)
        if self.path.rstrip("/") != "/v1/chat/completions":
            raise ApiError(404, "not_found", f"No such endpoint: {self.path}")
        body = self._read_body(length)
        loaded = self.server.bridge.model_name()
        context = self.server.bridge.context_length()
        if loaded is None or context is None:
            raise ApiError(503, "model_not_loaded", self.server.bridge.why_no_model())
        messages, params, streaming, stops = parse_request(body, loaded)
        messages = fit_by_length(messages, context)
        stream = self.server.bridge.submit(messages, params)
        completion_id = f"chatcmpl-{uuid.uuid4().hex[:24]}"
        if streaming:
            self._stream(stream, completion_id, stops)
        else:
            self._whole(stream, completion_id, stops)

    def _events(self, stream: ReplyStream, stops: list[str]) -> Iterator[tuple[str, Any]]:
        """The reply's pieces, cut at the caller's stop strings; then the final event."""
        cut = StopFilter(stops)
        while True:
            try:
                kind, value = stream.events.get(timeout=REPLY_TIMEOUT_S)
            except queue.Empty:
                self.server.bridge.cancel(stream)
                yield "error", (504, "timeout", "The engine did not answer in time.")
                return
            if kind == "reasoning":  # a reasoning model's thinking: no stop string cuts it
                yield kind, value
            elif kind == "token":
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
    def _drain(stream: ReplyStream, reason: str) -> Iterator[tuple[str, Any]]:
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
        thoughts: list[str] = []
        for kind, value in self._events(stream, stops):
            if kind == "token":
                parts.append(value)
            elif kind == "reasoning":
                thoughts.append(value)
            elif kind == "error":
                self._fail(ApiError(*value))
                return
            else:
                self._send(200, json.dumps({
                    "id": completion_id, "object": "chat.completion",
                    "created": int(time.time()), "model": stream.model,
                    "choices": [{"index": 0, "finish_reason": finish_reason(value),
                                 "message": message("".join(parts), "".join(thoughts))}],
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
                    self.connection.settimeout(self.server.limits.write_timeout_s)
                    self._responded = True
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
                elif kind == "reasoning":  # as llama.cpp's server and vLLM send it
                    self._chunk(completion_id, stream.model, {"reasoning_content": value},
                                None)
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
        except OSError:  # gone, or not reading for write_timeout_s: stop its reply
            self.close_connection = True
            self.server.bridge.cancel(stream)

    def _chunk(self, completion_id: str, model: str, delta: dict[str, Any],
               finish: str | None) -> None:
        payload = {"id": completion_id, "object": "chat.completion.chunk",
                   "created": int(time.time()), "model": model,
                   "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
        self.wfile.write(b"data: " + json.dumps(payload).encode() + b"\n\n")
        self.wfile.flush()


def message(content: str, reasoning: str) -> dict[str, str]:
    """A whole reply's message: the answer, and a reasoning model's thinking apart in
    `reasoning_content`, as OpenAI-compatible servers give it (only when there is some)."""
    body = {"role": "assistant", "content": content.strip()}
    if reasoning.strip():
        body["reasoning_content"] = reasoning.strip()
    return body


def finish_reason(stats: GenerationStats) -> str:
    return "length" if stats.stop_reason in ("length", "context") else "stop"


def usage(stats: GenerationStats) -> dict[str, int]:
    return {"prompt_tokens": stats.prompt_tokens, "completion_tokens": stats.completion_tokens,
            "total_tokens": stats.prompt_tokens + stats.completion_tokens}


_BUSY = (b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
         b"Connection: close\r\nRetry-After: 1\r\nContent-Length: %d\r\n\r\n%s")


class LocalApiServer(ThreadingHTTPServer):
    daemon_threads = True
    # On Windows SO_REUSEADDR lets a second server take a port already served, so the
    # second `hearth serve` or window would not be refused: Windows binds exclusively.
    allow_reuse_address = sys.platform != "win32"

    def server_bind(self) -> None:
        if sys.platform == "win32":
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
        super().server_bind()

    def __init__(self, bridge: EngineBridge, token: str, host: str = "127.0.0.1",
                 port: int = 0, limits: Limits | None = None) -> None:
        super().__init__((host, port), _Handler)
        self.bridge = bridge
        self.token = token
        self.limits = limits or Limits()
        self.throttle = _Throttle(self.limits)
        self._thread: threading.Thread | None = None
        self._open = 0
        self._open_lock = threading.Lock()

    @property
    def address(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def open_connections(self) -> int:
        with self._open_lock:
            return self._open

    def serves_host(self, value: str) -> bool:
        """Whether a Host header names this server: loopback (127.0.0.1, [::1],
        localhost) with its port; on the network, any IP address too (a rebinding attack
        needs a name) and this computer's own name."""
        bound, port = str(self.server_address[0]), int(self.server_address[1])
        if value.startswith("["):
            name, _, rest = value[1:].partition("]")
            if not rest.startswith(":"):
                return False
            given_port = rest[1:]
        else:
            name, _, given_port = value.rpartition(":")
        if given_port != str(port):
            return False
        name = name.lower()
        if name == "localhost":
            return True
        try:
            ip = ipaddress.ip_address(name)
        except ValueError:
            on_network = bound in ("0.0.0.0", "::")
            own = socket.gethostname().lower()
            return on_network and name in (own, own + ".local")
        if bound in ("0.0.0.0", "::"):
            return True
        return ip == ipaddress.ip_address(bound) or str(ip) in ("127.0.0.1", "::1")

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            full = self._open >= self.limits.max_connections
            if not full:
                self._open += 1
        if full:
            self._refuse(request)
            return
        try:
            super().process_request(request, client_address)
        except Exception:
            with self._open_lock:
                self._open -= 1
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._open_lock:
                self._open -= 1

    def _refuse(self, request: socket.socket) -> None:
        """On the accepting thread, so it never waits: a short answer, then close."""
        body = error_body(503, "too_many_connections", "Too many connections to Hearth's "
                          "API are open; try again shortly.")
        try:
            request.setblocking(False)
            request.send(_BUSY % (len(body), body))
        except OSError:
            pass
        self.shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], OSError):  # a client that went away
            log.debug("A local API connection ended early", exc_info=True)
        else:
            log.exception("The local API failed on a connection")

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
