"""The local API against clients that misbehave, over real sockets on 127.0.0.1: raw bytes
where an HTTP client would refuse to send such a request. Each test says what happened
before: a hang, a dropped connection, a smuggled request, or the engine held."""

from __future__ import annotations

import concurrent.futures
import json
import re
import select
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx2 as httpx
import pytest
from pytestqt.qtbot import QtBot

from app.engine.base import LoadOptions
from app.engine.worker import EngineController
from app.server.api import Limits, LocalApiServer
from app.server.bridge import EngineBridge
from tests.fakes import FakeEngineFactory, Script

TOKEN = "hearth-test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
pool = concurrent.futures.ThreadPoolExecutor(max_workers=8)

# short times, so a test of a timeout takes a second, not the defaults' ten
QUICK = Limits(head_timeout_s=0.6, body_stall_s=0.3, body_timeout_s=3.0, linger_s=0.5,
               free_tries=2, first_delay_s=0.4, max_delay_s=0.8)


class Served:
    def __init__(self, qtbot: QtBot, server: LocalApiServer, engine: EngineController,
                 script: Script) -> None:
        self.qtbot, self.server, self.engine, self.script = qtbot, server, engine, script
        self.port = int(server.server_address[1])
        self.url = f"http://127.0.0.1:{self.port}"

    def call(self, function: Callable[[], Any], timeout_ms: int = 20_000) -> Any:
        """Off the GUI thread (the engine's answers need its event loop), waiting here."""
        future = pool.submit(function)
        self.qtbot.waitUntil(future.done, timeout=timeout_ms)
        return future.result()

    def connect(self) -> socket.socket:
        sock = socket.create_connection(("127.0.0.1", self.port), timeout=10)
        # each byte leaves when sent: Nagle would hold a trickle back for the server's ACK
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return sock

    def head(self, method: str = "GET", path: str = "/v1/models", host: str | None = None,
             extra: str = "") -> bytes:
        host = f"127.0.0.1:{self.port}" if host is None else host
        return (f"{method} {path} HTTP/1.1\r\nHost: {host}\r\n"
                f"Authorization: Bearer {TOKEN}\r\n{extra}\r\n").encode()


@pytest.fixture
def serve(qtbot: QtBot) -> Iterator[Callable[..., Served]]:
    made: list[Served] = []

    def start(limits: Limits = QUICK, host: str = "127.0.0.1",
              context_length: int = 4096) -> Served:
        script = Script()
        engine = EngineController(FakeEngineFactory(script))
        with qtbot.waitSignal(engine.loaded, timeout=5000):
            engine.load_model(Path("fake.gguf"), LoadOptions(context_length=context_length))
        server = LocalApiServer(EngineBridge(engine, max_queued=2), TOKEN, host, 0, limits)
        server.start()
        made.append(Served(qtbot, server, engine, script))
        return made[-1]

    yield start
    for served in made:
        served.server.stop()
        served.engine.shutdown()


def read_all(sock: socket.socket) -> bytes:
    """Everything until the server closes the connection."""
    chunks = []
    while chunk := sock.recv(1 << 16):
        chunks.append(chunk)
    return b"".join(chunks)


def waiting(sock: socket.socket) -> bool:
    """Whether the server has sent something (or closed), without waiting for it."""
    return bool(select.select([sock], [], [], 0)[0])


def read_response(sock: socket.socket) -> bytes:
    """One whole response on a connection that stays open: its head, then its body."""
    data = b""
    while b"\r\n\r\n" not in data:
        data += sock.recv(1 << 16)
    head, _, body = data.partition(b"\r\n\r\n")
    length = int(re.search(rb"Content-Length: (\d+)", head)[1])  # type: ignore[index]
    while len(body) < length:
        body += sock.recv(1 << 16)
    return head + b"\r\n\r\n" + body


def status_of(response: bytes) -> int:
    return int(response.split(b" ", 2)[1])


def error_of(response: bytes) -> dict[str, Any]:
    return dict(json.loads(response.partition(b"\r\n\r\n")[2])["error"])


# connections that hold on


def test_an_idle_connection_is_closed(serve: Callable[..., Served]) -> None:
    served = serve()
    with served.connect() as sock:
        started = time.monotonic()
        assert read_all(sock) == b""  # before: no timeout at all, held forever
        assert time.monotonic() - started < QUICK.head_timeout_s + 1.0


def test_headers_sent_a_byte_at_a_time_are_cut_off(serve: Callable[..., Served]) -> None:
    """Slowloris: each byte comes well within any per-read timeout, the whole never ends."""
    served = serve()
    with served.connect() as sock:
        started = time.monotonic()
        sock.sendall(b"GET /v1/models HTTP/1.1\r\n")
        closed, sent = False, 0
        for _ in range(60):  # 6 s of a header byte every 0.1 s
            try:
                sock.sendall(b"X")
                sent += 1
                time.sleep(0.1)
                if waiting(sock) and sock.recv(1) == b"":
                    closed = True
                    break
            except OSError:
                closed = True
                break
        assert closed and sent >= 4  # it kept coming until the deadline, then was cut
        assert time.monotonic() - started < QUICK.head_timeout_s + 1.0


def test_a_keep_alive_connection_serves_requests_then_times_out(
        serve: Callable[..., Served]) -> None:
    served = serve()
    with served.connect() as sock:
        for _ in range(2):
            sock.sendall(served.head())
            answer = read_response(sock)
            assert status_of(answer) == 200 and b"Fake model" in answer
        started = time.monotonic()
        assert read_all(sock) == b""
        assert time.monotonic() - started < QUICK.head_timeout_s + 1.0


# the body's framing


@pytest.mark.parametrize("length", ["-1", "abc", "1e3", "+5", "0x10", "5, 6",
                                    "99999999999999999999999"])
def test_a_bad_content_length_is_400_at_once(serve: Callable[..., Served],
                                             length: str) -> None:
    served = serve()
    with served.connect() as sock:
        started = time.monotonic()
        sock.sendall(served.head("POST", "/v1/chat/completions",
                                 extra=f"Content-Length: {length}\r\n") + b"{}")
        response = read_all(sock)  # before: a ValueError killed the handler, socket closed
    assert status_of(response) == 400
    assert error_of(response)["code"] == "invalid_content_length"
    assert time.monotonic() - started < 0.5


def test_two_different_content_lengths_are_400(serve: Callable[..., Served]) -> None:
    served = serve()
    with served.connect() as sock:
        sock.sendall(served.head("POST", "/v1/chat/completions",
                                 extra="Content-Length: 2\r\nContent-Length: 30\r\n") + b"{}")
        assert status_of(read_all(sock)) == 400


def test_a_body_shorter_than_its_content_length_is_400(serve: Callable[..., Served]) -> None:
    served = serve()
    with served.connect() as sock:
        started = time.monotonic()
        sock.sendall(served.head("POST", "/v1/chat/completions",
                                 extra="Content-Length: 100\r\n") + b'{"model": "x"}')
        response = read_all(sock)  # before: waited for the rest forever
    assert status_of(response) == 400
    assert error_of(response)["code"] == "incomplete_body"
    assert "14 of 100 bytes" in error_of(response)["message"]
    assert time.monotonic() - started < QUICK.body_stall_s + 0.7


def test_a_short_body_and_a_closed_side_is_400_at_once(serve: Callable[..., Served]) -> None:
    served = serve()
    with served.connect() as sock:
        started = time.monotonic()
        sock.sendall(served.head("POST", "/v1/chat/completions",
                                 extra="Content-Length: 100\r\n") + b'{"model": "x"}')
        sock.shutdown(socket.SHUT_WR)
        response = read_all(sock)
    assert status_of(response) == 400 and time.monotonic() - started < 0.2


def test_a_body_trickling_in_past_its_deadline_is_408(serve: Callable[..., Served]) -> None:
    served = serve()
    with served.connect() as sock:
        started = time.monotonic()
        sock.sendall(served.head("POST", "/v1/chat/completions",
                                 extra="Content-Length: 1000\r\n"))
        response = b""
        for _ in range(100):  # a byte every 0.1 s: never stalls, never ends
            try:
                sock.sendall(b" ")
            except OSError:
                break
            time.sleep(0.1)
            if waiting(sock):
                response = read_response(sock)
                break
    assert status_of(response) == 408
    assert time.monotonic() - started < QUICK.body_timeout_s + 1.0


def test_a_chunked_body_is_refused_and_never_read_as_the_next_request(
        serve: Callable[..., Served]) -> None:
    """Request smuggling: the chunk's data is a whole second request."""
    served = serve()
    smuggled = served.head("GET", "/v1/models")
    chunk = b"%x\r\n%s\r\n0\r\n\r\n" % (len(smuggled), smuggled)
    with served.connect() as sock:
        sock.sendall(served.head("POST", "/v1/chat/completions",
                                 extra="Transfer-Encoding: chunked\r\n") + chunk)
        response = read_all(sock)
    assert status_of(response) == 411
    assert response.count(b"HTTP/1.1 ") == 1  # one answer: the chunk was not a request
    assert b"Fake model" not in response


def test_transfer_encoding_with_a_content_length_is_refused(
        serve: Callable[..., Served]) -> None:
    served = serve()
    with served.connect() as sock:
        sock.sendall(served.head("POST", "/v1/chat/completions",
                                 extra="Content-Length: 4\r\nTransfer-Encoding: chunked\r\n")
                     + b"0\r\n\r\n" + served.head())
        response = read_all(sock)
    assert status_of(response) == 411 and response.count(b"HTTP/1.1 ") == 1


def test_a_get_with_a_body_closes_the_connection(serve: Callable[..., Served]) -> None:
    served = serve()
    smuggled = served.head()
    with served.connect() as sock:
        sock.sendall(served.head(extra=f"Content-Length: {len(smuggled)}\r\n") + smuggled)
        response = read_all(sock)
    assert status_of(response) == 400 and response.count(b"HTTP/1.1 ") == 1


# how many, and who


def test_connections_beyond_the_limit_are_refused_at_once(
        serve: Callable[..., Served]) -> None:
    served = serve(Limits(max_connections=3, head_timeout_s=10.0))
    held = [served.connect() for _ in range(3)]
    try:
        deadline = time.monotonic() + 5
        while served.server.open_connections < 3 and time.monotonic() < deadline:
            time.sleep(0.01)
        with served.connect() as extra:
            started = time.monotonic()
            response = read_all(extra)
            assert status_of(response) == 503 and time.monotonic() - started < 0.5
            assert error_of(response)["code"] == "too_many_connections"
    finally:
        for sock in held:
            sock.close()
    deadline = time.monotonic() + 5
    while served.server.open_connections and time.monotonic() < deadline:
        time.sleep(0.01)
    assert served.server.open_connections == 0  # a closed connection frees its place
    assert httpx.get(served.url + "/v1/models", headers=AUTH).status_code == 200


def test_a_missing_token_and_a_wrong_one_say_different_things(
        serve: Callable[..., Served]) -> None:
    served = serve()
    missing = httpx.get(served.url + "/v1/models")
    wrong = httpx.get(served.url + "/v1/models", headers={"Authorization": "Bearer nope"})
    assert missing.status_code == wrong.status_code == 401
    assert "bearer token is required" in missing.json()["error"]["message"]
    assert wrong.json()["error"]["message"].startswith("Invalid token")


def test_wrong_tokens_are_slowed_down_after_a_few(serve: Callable[..., Served]) -> None:
    served = serve()
    wrong = {"Authorization": "Bearer guess"}

    def timed(headers: dict[str, str]) -> tuple[int, float]:
        started = time.monotonic()
        response = httpx.get(served.url + "/v1/models", headers=headers)
        return response.status_code, time.monotonic() - started

    for _ in range(QUICK.free_tries):  # the first few: at once (a typo is not an attack)
        status, took = timed(wrong)
        assert status == 401 and took < 0.3
    status, took = timed(wrong)
    assert status == 401 and took >= QUICK.first_delay_s
    status, took = timed(AUTH)  # the right token is never slowed
    assert status == 200 and took < 0.3
    # while one wrong guess waits, another from the same address is refused at once
    slowed = pool.submit(timed, wrong)
    time.sleep(0.1)
    status, took = timed(wrong)
    assert status == 429 and took < 0.3
    assert slowed.result()[0] == 401 and slowed.result()[1] >= QUICK.max_delay_s


@pytest.mark.parametrize(("host", "allowed"), [
    ("127.0.0.1:{port}", True), ("localhost:{port}", True), ("LocalHost:{port}", True),
    ("[::1]:{port}", True), ("evil.example:{port}", False), ("127.0.0.1:1", False),
    ("localhost", False), ("127.0.0.1.nip.io:{port}", False), ("192.168.1.20:{port}", False),
    ("", False)])
def test_the_host_header_must_name_this_server(serve: Callable[..., Served], host: str,
                                               allowed: bool) -> None:
    """DNS rebinding: a page at evil.example, its name now pointing at 127.0.0.1, sends
    its own name as the Host."""
    served = serve()
    with served.connect() as sock:
        sock.sendall(served.head(host=host.format(port=served.port),
                                 extra="Connection: close\r\n"))
        response = read_all(sock)
    assert status_of(response) == (200 if allowed else 400)
    if not allowed:
        assert error_of(response)["code"] == "invalid_host"


def test_a_request_without_a_host_or_with_two_is_refused(serve: Callable[..., Served]) -> None:
    served = serve()
    for head in (f"GET /v1/models HTTP/1.1\r\nAuthorization: Bearer {TOKEN}\r\n\r\n",
                 f"GET /v1/models HTTP/1.1\r\nHost: 127.0.0.1:{served.port}\r\n"
                 f"Host: evil.example\r\nAuthorization: Bearer {TOKEN}\r\n\r\n"):
        with served.connect() as sock:
            sock.sendall(head.encode())
            assert status_of(read_response(sock)) == 400


def test_on_the_network_any_address_is_a_host_but_a_name_is_not(
        serve: Callable[..., Served]) -> None:
    served = serve(host="0.0.0.0")
    assert served.server.serves_host(f"192.168.1.20:{served.port}")
    assert served.server.serves_host(f"localhost:{served.port}")
    assert served.server.serves_host(f"{socket.gethostname()}:{served.port}")
    assert not served.server.serves_host(f"evil.example:{served.port}")
    assert not served.server.serves_host("192.168.1.20:1")
    response = httpx.get(served.url + "/v1/models", headers=AUTH)
    assert response.status_code == 200


# the body's content


def post(served: Served, body: bytes, timeout: float = 20) -> httpx.Response:
    return httpx.post(served.url + "/v1/chat/completions", content=body, timeout=timeout,
                      headers={**AUTH, "Content-Type": "application/json"})


def chat(text: str, *earlier: dict[str, str]) -> bytes:
    return json.dumps({"model": "hearth", "messages": [
        *earlier, {"role": "user", "content": text}]}).encode()


@pytest.mark.parametrize("body", [b"[" * 100_000 + b"]" * 100_000,
                                  b'{"model": "hearth", "messages": ' + b"[" * 100_000])
def test_json_nested_100000_deep_is_400(serve: Callable[..., Served], body: bytes) -> None:
    served = serve()
    response = served.call(lambda: post(served, body))  # before: the socket just closed
    assert response.status_code == 400
    assert "nested too deeply" in response.json()["error"]["message"]
    assert served.call(lambda: post(served, chat("still there?"))).status_code == 200


def test_a_bug_in_a_request_is_500_not_a_dropped_connection(
        serve: Callable[..., Served], monkeypatch: pytest.MonkeyPatch) -> None:
    served = serve()

    def broken() -> str:
        raise RuntimeError("a bug")

    monkeypatch.setattr(served.server.bridge, "model_name", broken)
    response = httpx.get(served.url + "/v1/models", headers=AUTH)
    assert response.status_code == 500 and "log" in response.json()["error"]["message"]


def test_a_body_over_the_limit_is_refused_before_it_is_sent(
        serve: Callable[..., Served]) -> None:
    served = serve()
    with served.connect() as sock:
        sock.sendall(served.head("POST", "/v1/chat/completions",
                                 extra=f"Content-Length: {50 * 1024 * 1024}\r\n"))
        started = time.monotonic()
        response = read_response(sock)  # not a byte of the 50 MB sent
        assert time.monotonic() - started < 0.5
    assert status_of(response) == 413 and error_of(response)["code"] == "request_too_large"


def test_seven_megabytes_sent_whole_get_413_at_once(serve: Callable[..., Served]) -> None:
    """The client writes all of it before reading; the server reads and drops the rest,
    so the client sees the answer, not a reset. Before: 57 s of the engine, then 400."""
    served = serve(Limits())
    started = time.monotonic()
    response = served.call(lambda: post(served, chat("word " * 1_400_000)))
    took = time.monotonic() - started
    assert response.status_code == 413
    assert took < 2.0 and served.script.prompts == []


def test_expect_100_continue_is_refused_before_the_body(serve: Callable[..., Served]) -> None:
    served = serve()
    with served.connect() as sock:
        sock.sendall(served.head("POST", "/v1/chat/completions",
                                 extra=f"Content-Length: {20 * 1024 * 1024}\r\n"
                                       "Expect: 100-continue\r\n"))
        response = read_response(sock)
    assert status_of(response) == 413


def test_text_that_cannot_fit_the_context_never_reaches_the_engine(
        serve: Callable[..., Served]) -> None:
    served = serve(context_length=512)  # at most 512 x 32 = 16 KB of text could fit
    started = time.monotonic()
    response = served.call(lambda: post(served, chat("word " * 200_000)))  # 1 MB
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "context_length_exceeded"
    assert time.monotonic() - started < 2.0 and served.script.prompts == []
    system = {"role": "system", "content": "x" * 100_000}
    response = served.call(lambda: post(served, chat("hi", system)))  # a huge system prompt
    assert response.status_code == 400 and served.script.prompts == []


def test_old_turns_too_big_for_any_context_are_left_out_before_the_engine(
        serve: Callable[..., Served]) -> None:
    served = serve(context_length=512)
    body = chat("and now?", {"role": "system", "content": "Be brief."},
                {"role": "user", "content": "huge " * 10_000},
                {"role": "assistant", "content": "Noted."})
    response = served.call(lambda: post(served, body))
    assert response.status_code == 200
    assert [(m.role, m.content) for m in served.script.prompts[-1]] == [
        ("system", "Be brief."), ("user", "and now?")]


def test_lone_surrogates_are_400_not_an_engine_failure(serve: Callable[..., Served]) -> None:
    served = serve()
    response = served.call(lambda: post(served, chat("\ud800")))
    assert response.status_code == 400 and served.script.prompts == []


def test_one_asker_never_blocks_another(serve: Callable[..., Served]) -> None:
    """While one reply streams slowly, a huge request and a listing are answered at once."""
    served = serve(Limits())
    served.script.token_delay_s = 0.2
    served.script.default_reply = "slow " * 15

    def slow() -> int:
        return post(served, chat("take your time")).status_code

    first = pool.submit(slow)
    served.qtbot.waitUntil(lambda: served.engine.queued >= 1 or bool(served.script.prompts),
                           timeout=5000)
    results: dict[str, tuple[int, float]] = {}

    def others() -> None:
        for name, send in (("huge", lambda: post(served, chat("x" * 5_000_000))),
                           ("models", lambda: httpx.get(served.url + "/v1/models",
                                                        headers=AUTH))):
            started = time.monotonic()
            results[name] = (send().status_code, time.monotonic() - started)

    thread = threading.Thread(target=others)
    thread.start()
    served.qtbot.waitUntil(lambda: not thread.is_alive(), timeout=10_000)
    assert results["huge"][0] == 413 and results["huge"][1] < 2.0
    assert results["models"][0] == 200 and results["models"][1] < 0.5
    assert not first.done()  # the slow reply was still under way all along
    served.qtbot.waitUntil(first.done, timeout=20_000)
    assert first.result() == 200


@pytest.mark.real_model
def test_the_real_engine_is_not_held_by_text_that_cannot_fit(
        qtbot: QtBot, bundled_model_path: Path) -> None:
    from app.engine.llama import LlamaEngine

    engine = EngineController(LlamaEngine)
    with qtbot.waitSignal(engine.loaded, timeout=60_000):
        engine.load_model(bundled_model_path, LoadOptions(context_length=512, threads=2))
    server = LocalApiServer(EngineBridge(engine), TOKEN)
    server.start()
    url = f"http://127.0.0.1:{server.server_address[1]}/v1/chat/completions"

    def send(body: bytes) -> tuple[httpx.Response, float]:
        started = time.monotonic()
        response = httpx.post(url, content=body, headers=AUTH, timeout=60)
        return response, time.monotonic() - started

    try:
        future = pool.submit(send, chat("word " * 600_000))  # 3 MB, under the body limit
        qtbot.waitUntil(future.done, timeout=60_000)
        response, took = future.result()
        assert response.status_code == 400 and took < 2.0  # before: 21.7 s for 1 MB here
        body = json.dumps({"model": "hearth", "max_tokens": 4, "messages": [
            {"role": "user", "content": "Say hi."}]}).encode()
        future = pool.submit(send, body)
        qtbot.waitUntil(future.done, timeout=60_000)
        assert future.result()[0].status_code == 200
    finally:
        server.stop()
        engine.shutdown()
