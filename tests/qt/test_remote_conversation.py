"""A conversation on a model on another machine, in the real window: add the connection,
pick its model, chat, and see where the text goes; a server fault keeps what came."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.engine.remote import parse_ref
from app.paths import AppPaths
from app.settings.secrets import TokenStore
from app.store.records import Status
from app.wiring import App, Overrides, build
from tests.fakes import FakeEngineFactory, MemoryKeyring, Script
from tests.qt.test_chat_window import send
from tests.sse_server import SseState, running_sse


@pytest.fixture
def remote_app(qtbot: QtBot, paths: AppPaths, script: Script) -> Iterator[tuple[App, str,
                                                                              SseState,
                                                                              MemoryKeyring]]:
    keyring = MemoryKeyring()
    with running_sse() as (url, state):
        state.api_key = "secret-key"
        app = build(paths, Overrides(model=Path("fake.gguf")),
                    engine_factory=FakeEngineFactory(script), bundled=lambda: None,
                    key_store=lambda account: TokenStore(keyring, account=account))
        app.window.show()
        with qtbot.waitSignal(app.window.model_ready, timeout=5000):
            app.window.start_model()
        try:
            yield app, url, state, keyring
        finally:
            if app.window.isVisible():
                app.window.close()
            app.engine.shutdown()
            app.store.db.close()


def test_a_remote_model_joins_the_list_and_chats(qtbot: QtBot, remote_app: tuple[
        App, str, SseState, MemoryKeyring]) -> None:
    app, url, state, keyring = remote_app
    manager = app.window.open_models()
    tab = manager.connections_tab
    assert tab is not None
    tab.name_field.setText("gpu-box")
    tab.url_field.setText(url)
    tab.key_field.setText("secret-key")
    connections = app.window.models.connections
    with qtbot.waitSignal(connections.changed, timeout=10_000,
                          check_params_cb=lambda: bool(connections.saved()[0].models)):
        tab.add_button.click()
    assert "big-model" in tab.list.item(0).text()
    assert list(keyring.secrets.values()) == ["secret-key"]  # the key is not in the file
    assert "secret-key" not in (app.window.paths.config / "connections.json").read_text()
    box = app.window.chat.model_box
    refs = [str(box.itemData(i)) for i in range(box.count())]
    remote = next(r for r in refs if parse_ref(r))
    assert parse_ref(remote) == ("gpu-box", "big-model")
    assert "(remote)" in box.itemText(refs.index(remote))

    with qtbot.waitSignal(app.engine.loaded, timeout=10_000):
        app.window.model_choice.choose_for_conversation(remote)
    host = url.removeprefix("http://")
    assert f"is sent to {host}" in app.window.chat.banner.text()
    assert f"on {host}" in app.window.model_label.text()
    with qtbot.waitSignal(app.session.reply_finished, timeout=10_000) as finished:
        send(qtbot, app, "Hello over there")
    message = finished.args[0]
    assert message.content == "Hello from the server." and message.status == Status.COMPLETE
    assert state.requests[-1]["messages"][-1] == {"role": "user",
                                                 "content": "Hello over there"}
    assert app.store.conversation(app.window.chat.conversation_id).model_id == remote

    state.mode, state.cut_after = "cut", 2
    with qtbot.waitSignal(app.session.reply_finished, timeout=10_000) as finished:
        send(qtbot, app, "And again")
    cut = finished.args[0]
    assert cut.status == Status.ERROR and cut.content == "Hello from"  # what came is kept
    assert "cut in the middle" in (cut.error or "")


def test_a_bad_address_is_refused_in_words(qtbot: QtBot, remote_app: tuple[
        App, str, SseState, MemoryKeyring]) -> None:
    app = remote_app[0]
    told: list[str] = []
    manager = app.window.open_models()
    tab = manager.connections_tab
    assert tab is not None
    tab._tell = lambda _parent, _title, text: told.append(text)  # type: ignore[method-assign]
    tab.name_field.setText("box")
    tab.url_field.setText("gpu-box:8000")
    tab.add_button.click()
    assert told and "http://host:port" in told[0]
    assert app.window.models.connections.saved() == []
