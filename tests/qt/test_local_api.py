"""The local API, called with the official OpenAI client as another app would: streaming,
whole replies, stop sequences, and every error the API promises, over real HTTP on
127.0.0.1, with the scripted engine (and, once, the real model)."""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx2 as httpx
import openai
import pytest
from pytestqt.qtbot import QtBot

from app.engine.base import LoadOptions
from app.engine.prompt import ContextOverflowError
from app.engine.worker import EngineController
from app.server.api import LocalApiServer
from app.server.bridge import EngineBridge
from tests.fakes import FakeEngineFactory, Script

TOKEN = "hearth-test-token"
pool = concurrent.futures.ThreadPoolExecutor(max_workers=4)


class Api:
    def __init__(self, qtbot: QtBot, server: LocalApiServer, engine: EngineController,
                 script: Script) -> None:
        self.qtbot, self.server, self.engine, self.script = qtbot, server, engine, script
        self.client = openai.OpenAI(base_url=server.address + "/v1", api_key=TOKEN,
                                    max_retries=0, timeout=20)

    def call(self, function: Callable[[], Any]) -> Any:
        """Off the GUI thread (the engine's answers need its event loop), waiting here."""
        future = pool.submit(function)
        self.qtbot.waitUntil(future.done, timeout=20_000)
        return future.result()


@pytest.fixture
def api(qtbot: QtBot) -> Iterator[Api]:
    script = Script()
    engine = EngineController(FakeEngineFactory(script))
    with qtbot.waitSignal(engine.loaded, timeout=5000):
        engine.load_model(Path("fake.gguf"), LoadOptions())
    bridge = EngineBridge(engine, max_queued=2)
    server = LocalApiServer(bridge, TOKEN)
    server.start()
    made = Api(qtbot, server, engine, script)
    try:
        yield made
    finally:
        made.client.close()
        server.stop()
        engine.shutdown()


def test_models_lists_the_loaded_model(api: Api) -> None:
    models = api.call(lambda: api.client.models.list())
    assert [m.id for m in models.data] == ["Fake model"]


def test_a_whole_reply(api: Api) -> None:
    api.script.replies.append("Paris is the capital of France.")
    reply = api.call(lambda: api.client.chat.completions.create(
        model="Fake model", messages=[{"role": "user", "content": "Capital of France?"}],
        temperature=0.2, max_tokens=50))
    assert reply.choices[0].message.content == "Paris is the capital of France."
    assert reply.choices[0].finish_reason == "stop"
    assert reply.usage.completion_tokens == 6
    assert api.script.params[-1].temperature == 0.2 and api.script.params[-1].max_tokens == 50


def test_a_streamed_reply(api: Api) -> None:
    api.script.replies.append("one two three four")
    api.script.token_delay_s = 0.15  # slower than the frame at which text is collected

    def stream() -> list[str]:
        chunks = api.client.chat.completions.create(
            model="hearth", stream=True, messages=[{"role": "user", "content": "count"}])
        return [c.choices[0].delta.content or "" for c in chunks]

    pieces = api.call(stream)
    assert "".join(pieces) == "one two three four" and len([p for p in pieces if p]) == 4


def test_stop_sequences_cut_the_reply(api: Api) -> None:
    api.script.replies.append("alpha beta gamma delta")
    reply = api.call(lambda: api.client.chat.completions.create(
        model="hearth", stop=["gamma"], messages=[{"role": "user", "content": "go"}]))
    assert reply.choices[0].message.content == "alpha beta"
    assert reply.choices[0].finish_reason == "stop"


@pytest.mark.parametrize(("key", "message"), [("", "A bearer token is required"),
                                              ("wrong-token", "Invalid token")])
def test_no_token_or_a_bad_one_is_refused(api: Api, key: str, message: str) -> None:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    response = api.call(lambda: httpx.get(api.server.address + "/v1/models", headers=headers))
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "invalid_api_key"
    assert response.json()["error"]["message"].startswith(message)
    with openai.OpenAI(base_url=api.server.address + "/v1", api_key="nope",
                       max_retries=0) as other, pytest.raises(openai.AuthenticationError):
        api.call(lambda: other.models.list())


def test_an_unknown_model_is_404(api: Api) -> None:
    with pytest.raises(openai.NotFoundError, match="not loaded"):
        api.call(lambda: api.client.chat.completions.create(
            model="gpt-4o", messages=[{"role": "user", "content": "hi"}]))


@pytest.mark.parametrize("body", [b"{not json", b"[]", b'{"model": "hearth"}',
                                  b'{"model": "hearth", "messages": [{"role": "x"}]}',
                                  b'{"model": "hearth", "messages": [{"role": "user", '
                                  b'"content": "hi"}], "max_tokens": "many"}'])
def test_bad_requests_get_400_at_once(api: Api, body: bytes) -> None:
    response = api.call(lambda: httpx.post(
        api.server.address + "/v1/chat/completions", content=body,
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}))
    assert response.status_code == 400 and response.json()["error"]["type"] == \
        "invalid_request_error"


def test_a_prompt_longer_than_the_context_is_400(api: Api) -> None:
    api.script.fail_with = ContextOverflowError(9000, 4000)
    with pytest.raises(openai.BadRequestError) as refused:
        api.call(lambda: api.client.chat.completions.create(
            model="hearth", messages=[{"role": "user", "content": "a very long text"}]))
    assert refused.value.code == "context_length_exceeded"


def test_more_than_the_queue_holds_is_429(api: Api) -> None:
    api.script.token_delay_s = 0.03
    api.script.default_reply = "word " * 20

    def ask() -> Any:
        return api.client.chat.completions.create(
            model="hearth", messages=[{"role": "user", "content": "long"}])

    first, second = pool.submit(ask), pool.submit(ask)
    api.qtbot.waitUntil(lambda: api.engine.queued == 2, timeout=5000)
    with pytest.raises(openai.RateLimitError):
        api.call(ask)
    api.qtbot.waitUntil(lambda: first.done() and second.done(), timeout=20_000)
    assert first.result().choices[0].message.content.startswith("word")


def test_no_model_loaded_is_503(qtbot: QtBot) -> None:
    engine = EngineController(FakeEngineFactory(Script()))
    server = LocalApiServer(EngineBridge(engine), TOKEN)
    server.start()
    try:
        with openai.OpenAI(base_url=server.address + "/v1", api_key=TOKEN,
                           max_retries=0) as client:
            future = pool.submit(lambda: client.chat.completions.create(
                model="hearth", messages=[{"role": "user", "content": "hi"}]))
            qtbot.waitUntil(future.done, timeout=10_000)
            with pytest.raises(openai.InternalServerError):
                future.result()
    finally:
        server.stop()
        engine.shutdown()


def test_the_server_listens_on_loopback_only(api: Api) -> None:
    assert api.server.server_address[0] == "127.0.0.1"


@pytest.mark.real_model
def test_the_real_model_streams_through_the_api(qtbot: QtBot,
                                                bundled_model_path: Path) -> None:
    from app.engine.llama import LlamaEngine

    engine = EngineController(LlamaEngine)
    with qtbot.waitSignal(engine.loaded, timeout=60_000):
        engine.load_model(bundled_model_path, LoadOptions(context_length=512, threads=2))
    server = LocalApiServer(EngineBridge(engine), TOKEN)
    server.start()
    closing: list[openai.OpenAI] = []
    try:
        client = openai.OpenAI(base_url=server.address + "/v1", api_key=TOKEN, max_retries=0)
        closing.append(client)

        def stream() -> str:
            chunks = client.chat.completions.create(
                model="hearth", stream=True, max_tokens=12, seed=1, temperature=0.0,
                messages=[{"role": "user", "content": "What is the capital of France?"}])
            return "".join(c.choices[0].delta.content or "" for c in chunks)

        future = pool.submit(stream)
        qtbot.waitUntil(future.done, timeout=60_000)
        assert future.result().strip()
    finally:
        for client in closing:
            client.close()
        server.stop()
        engine.shutdown()


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_settings_turn_the_api_on_in_the_real_window_and_quitting_turns_it_off(
        qtbot: QtBot, paths: object, script: Script, monkeypatch: pytest.MonkeyPatch) -> None:
    import json as json_module

    import app.wiring as wiring
    from app.settings.secrets import TokenStore
    from app.wiring import Overrides, build
    from tests.fakes import MemoryKeyring

    keyring = MemoryKeyring()
    monkeypatch.setattr(wiring, "TokenStore",
                        lambda *args, **kwargs: TokenStore(keyring, **kwargs))
    port = free_port()
    paths.settings_file.write_text(json_module.dumps(  # type: ignore[attr-defined]
        {"serve_api": True, "api_port": port}), encoding="utf-8")
    app = build(paths, Overrides(model=Path("fake.gguf")),  # type: ignore[arg-type]
                engine_factory=FakeEngineFactory(script), bundled=lambda: None)
    clients: list[openai.OpenAI] = []
    try:
        app.window.show()
        with qtbot.waitSignal(app.window.model_ready, timeout=5000):
            app.window.start_model()
        assert app.window.api_label.text() == f"API on 127.0.0.1:{port}"
        token = app.window.api.token  # type: ignore[union-attr]
        assert token and keyring.secrets  # made once, kept in the keyring
        client = openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key=token,
                               max_retries=0, timeout=10)
        clients.append(client)
        script.replies.append("Served from the window's engine.")
        future = pool.submit(lambda: client.chat.completions.create(
            model="hearth", messages=[{"role": "user", "content": "hi"}]))
        qtbot.waitUntil(future.done, timeout=10_000)
        assert future.result().choices[0].message.content == "Served from the window's engine."
        app.window.close()
        assert app.window.background_stopped
        late = openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key=token,
                             max_retries=0, timeout=3)
        clients.append(late)
        with pytest.raises(openai.APIConnectionError):
            late.models.list()
    finally:
        for client in clients:
            client.close()
        if app.window.isVisible():
            app.window.close()
        app.engine.shutdown()
        app.store.db.close()


def test_listening_on_the_network_is_a_separate_choice_that_asks_first(
        qtbot: QtBot, make_app: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from dataclasses import replace

    import app.wiring as wiring
    from app.settings.secrets import TokenStore
    from app.ui.settings_dialog import SettingsDialog
    from tests.fakes import MemoryKeyring

    keyring = MemoryKeyring()
    monkeypatch.setattr(wiring, "TokenStore",
                        lambda *args, **kwargs: TokenStore(keyring, **kwargs))
    app = make_app()
    window = app.window
    port = free_port()
    asked: list[str] = []
    window.models.ask_user = lambda _p, title, _t: asked.append(title) or False
    chosen = replace(window.settings, serve_api=True, api_port=port, api_on_network=True)
    monkeypatch.setattr(SettingsDialog, "exec", lambda _self: SettingsDialog.DialogCode.Accepted)
    monkeypatch.setattr(SettingsDialog, "result_settings", lambda _self: chosen)
    monkeypatch.setattr("app.ui.main_window.QMessageBox.information", lambda *a: None)
    window.open_settings()
    assert asked == ["Local API on the network"]
    assert window.api is not None and window.api.address == f"http://127.0.0.1:{port}"
    assert not window.settings.api_on_network  # declined: it stays on this computer
    window.models.ask_user = lambda _p, title, _t: asked.append(title) or True
    window.preferences.change(api_on_network=False)
    window.open_settings()
    assert window.api.address == f"http://0.0.0.0:{port}"
    assert window.api_label.text() == f"API on the network, port {port}"
    window.api.stop()


def test_without_a_keyring_the_api_keeps_its_token_across_restarts(
        qtbot: QtBot, tmp_path: Path) -> None:
    """Before, the token lived in memory only: every restart broke the apps set up with it."""
    from keyring.backends.fail import Keyring as FailKeyring

    from app.server.service import ApiService
    from app.settings.secrets import API_ACCOUNT, API_TOKEN_FILE, TokenStore

    engine = EngineController(FakeEngineFactory(Script()))
    with qtbot.waitSignal(engine.loaded, timeout=5000):
        engine.load_model(Path("fake.gguf"), LoadOptions())
    tokens: list[str] = []
    try:
        for _start in range(2):
            store = TokenStore(FailKeyring(), account=API_ACCOUNT,
                               fallback_file=tmp_path / "config" / API_TOKEN_FILE)
            service = ApiService(EngineBridge(engine), store)
            assert service.apply(True, free_port()) is None
            tokens.append(service.token)
            assert service.token_store is store and store.file == tmp_path / "config" / \
                API_TOKEN_FILE
            response = api_get(qtbot, service.address or "", service.token)
            assert response.status_code == 200
            service.stop()
    finally:
        engine.shutdown()
    assert tokens[0] and tokens[0] == tokens[1]


def api_get(qtbot: QtBot, address: str, token: str) -> httpx.Response:
    future = pool.submit(lambda: httpx.get(address + "/v1/models",
                                           headers={"Authorization": f"Bearer {token}"}))
    qtbot.waitUntil(future.done, timeout=10_000)
    return future.result()
