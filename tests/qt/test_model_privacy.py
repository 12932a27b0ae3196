"""A conversation's model is its own (issue 14, sections 1 and 2).

A remote model chosen in one chat must never receive another chat's text: not when an
older local chat is opened, not in a new chat, not after a restart. A server that is down
breaks only the chat that uses it; Retry works once it answers again. The server here is
real HTTP on 127.0.0.1 and counts what it receives; the local model is the scripted one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.engine.remote import parse_ref
from app.models.provision import BundledModel
from app.paths import AppPaths
from app.settings.secrets import TokenStore
from app.store.records import Status
from app.wiring import App, Overrides, build
from tests.fakes import FakeEngineFactory, MemoryKeyring, Script
from tests.qt.test_chat_window import send
from tests.sse_server import SseState, running_sse

LOCAL = Path("fake-model.gguf")


class Harness:
    def __init__(self, qtbot: QtBot, paths: AppPaths, script: Script, url: str,
                 keyring: MemoryKeyring) -> None:
        self.qtbot, self.paths, self.script, self.url = qtbot, paths, script, url
        self.keyring = keyring
        self.apps: list[App] = []

    def start(self) -> App:
        app = build(self.paths, Overrides(model=LOCAL),
                    engine_factory=FakeEngineFactory(self.script), bundled=lambda: None,
                    key_store=lambda account: TokenStore(self.keyring, account=account))
        self.apps.append(app)
        app.window.show()
        with self.qtbot.waitSignal(app.engine.loaded, timeout=5000):
            app.window.start_model()
        return app

    def stop(self, app: App) -> None:
        if app.window.isVisible():
            app.window.close()
        app.engine.shutdown()
        app.store.db.close()


@pytest.fixture
def harness(qtbot: QtBot, paths: AppPaths, script: Script) -> Iterator[tuple[Harness,
                                                                           SseState]]:
    with running_sse() as (url, state):
        h = Harness(qtbot, paths, script, url, MemoryKeyring())
        try:
            yield h, state
        finally:
            for app in h.apps:
                h.stop(app)


def add_connection(qtbot: QtBot, app: App, url: str) -> str:
    connections = app.window.models.connections
    with qtbot.waitSignal(connections.changed, timeout=10_000,
                          check_params_cb=lambda: bool(connections.saved()
                                                       and connections.saved()[0].models)):
        connections.add("gpu-box", url)
    box = app.window.chat.model_box
    refs = [str(box.itemData(i)) for i in range(box.count())]
    return next(r for r in refs if parse_ref(r))


def answered_here(qtbot: QtBot, app: App) -> int:
    """The open chat, answered by the local model."""
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000):
        send(qtbot, app, "local question")
    conversation_id = app.window.chat.conversation_id
    assert conversation_id is not None
    return conversation_id


def new_remote_chat(qtbot: QtBot, app: App, remote: str, text: str) -> int:
    """A new chat (the local default loads), switched to the remote model, and answered."""
    app.window.new_chat()
    with qtbot.waitSignal(app.engine.loaded, timeout=10_000):
        app.window.model_choice.choose_for_conversation(remote)
    with qtbot.waitSignal(app.session.reply_finished, timeout=10_000):
        send(qtbot, app, text)
    conversation_id = app.window.chat.conversation_id
    assert conversation_id is not None
    return conversation_id


def open_chat(qtbot: QtBot, app: App, conversation_id: int) -> None:
    app.window.sidebar.select(conversation_id)
    qtbot.waitUntil(lambda: app.window.chat.conversation_id == conversation_id, timeout=5000)


def wait_ready_for_open_chat(qtbot: QtBot, app: App) -> None:
    qtbot.waitUntil(lambda: app.window.model_choice.serves(app.window.chat.conversation_id)
                    and app.engine.state == "ready", timeout=10_000)


def test_a_remote_model_never_receives_another_chats_text(
        qtbot: QtBot, harness: tuple[Harness, SseState]) -> None:
    h, state = harness
    app = h.start()
    window = app.window
    chat_b = answered_here(qtbot, app)  # an older chat answered by the local model

    # chat A: a new chat on the remote model
    remote = add_connection(qtbot, app, h.url)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    chat_a = window.chat.conversation_id
    assert chat_a is not None and chat_a != chat_b
    with qtbot.waitSignal(app.engine.loaded, timeout=10_000):
        window.chat.model_box.setCurrentIndex(window.chat.model_box.findData(remote))
        window.chat.model_box.activated.emit(window.chat.model_box.currentIndex())
    with qtbot.waitSignal(app.session.reply_finished, timeout=10_000):
        send(qtbot, app, "remote question")
    assert len(state.requests) == 1

    # back in chat B: its own model, no banner about a server, and the send stays here
    open_chat(qtbot, app, chat_b)
    assert window.chat.model_box.currentData() == str(LOCAL)
    wait_ready_for_open_chat(qtbot, app)
    assert "is sent to" not in window.chat.banner.text()
    assert "stay on this computer" in window.chat.empty_hint.text()
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000) as finished:
        send(qtbot, app, "private question")
    assert finished.args[0].content == h.script.default_reply
    assert len(state.requests) == 1, "chat B's text went to the remote server"
    assert all(p[-1].content != "remote question" for p in h.script.prompts[-1:])
    assert app.store.conversation(chat_b).model_id == str(LOCAL.absolute())  # kept once answered
    assert app.store.messages(chat_b)[-1].model_id == "Fake model"

    # Ctrl+N from chat A: the new chat starts on the default, local model
    open_chat(qtbot, app, chat_a)
    wait_ready_for_open_chat(qtbot, app)
    assert app.engine.model_info is not None and app.engine.model_info.path == Path(remote)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    chat_c = window.chat.conversation_id
    assert chat_c not in (chat_a, chat_b)
    assert window.chat.model_box.currentData() == str(LOCAL)
    wait_ready_for_open_chat(qtbot, app)
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000):
        send(qtbot, app, "new chat question")
    assert len(state.requests) == 1
    assert [m.status for m in app.store.messages(chat_c)] == [Status.COMPLETE] * 2


def test_each_chat_keeps_its_model_after_a_restart(
        qtbot: QtBot, harness: tuple[Harness, SseState]) -> None:
    h, state = harness
    app = h.start()
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000):
        send(qtbot, app, "local question")
    chat_b = app.window.chat.conversation_id
    remote = add_connection(qtbot, app, h.url)
    app.window.new_chat()
    chat_a = app.window.chat.conversation_id
    with qtbot.waitSignal(app.engine.loaded, timeout=10_000):
        app.window.model_choice.choose_for_conversation(remote)
    with qtbot.waitSignal(app.session.reply_finished, timeout=10_000):
        send(qtbot, app, "remote question")
    h.stop(app)

    again = h.start()  # opens chat A, the last one: still on the server
    assert again.window.chat.conversation_id == chat_a
    wait_ready_for_open_chat(qtbot, again)
    assert again.engine.model_info is not None
    assert str(again.engine.model_info.path) == remote
    assert again.window.chat.model_box.currentData() == remote
    assert "stay on this computer" not in again.window.chat.empty_hint.text()
    assert chat_b is not None
    open_chat(qtbot, again, chat_b)
    assert again.window.chat.model_box.currentData() == str(LOCAL)
    wait_ready_for_open_chat(qtbot, again)
    with qtbot.waitSignal(again.session.reply_finished, timeout=5000):
        send(qtbot, again, "private again")
    assert len(state.requests) == 1


def test_a_server_that_is_down_breaks_only_its_own_chat(
        qtbot: QtBot, harness: tuple[Harness, SseState]) -> None:
    h, state = harness
    app = h.start()
    window = app.window
    chat_b = answered_here(qtbot, app)
    remote = add_connection(qtbot, app, h.url)
    state.down = True
    window.new_chat()
    chat_a = window.chat.conversation_id
    with qtbot.waitSignal(window.model_choice.failed, timeout=10_000):
        window.model_choice.choose_for_conversation(remote)
    assert "503" in window.chat.banner.text() or "failed" in window.chat.banner.text()
    assert not window.chat.send_button.isEnabled()

    # the local chat loads its own model and works
    assert chat_b is not None and chat_a is not None
    open_chat(qtbot, app, chat_b)
    wait_ready_for_open_chat(qtbot, app)
    assert window.chat.model_box.currentData() == str(LOCAL)
    assert window.chat.banner.isHidden()
    assert window.chat.send_button.isEnabled()
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000):
        send(qtbot, app, "still works")

    # back in the remote chat: the failure is shown again, and Retry works once it is up
    gets = state.gets
    open_chat(qtbot, app, chat_a)
    assert window.chat.model_box.currentData() == remote
    assert "could not be loaded" in window.chat.banner.text()
    assert state.gets == gets, "opening the failed chat should not retry by itself"
    state.down = False
    with qtbot.waitSignal(app.engine.loaded, timeout=10_000):
        window.chat.retry_requested.emit()
    wait_ready_for_open_chat(qtbot, app)
    with qtbot.waitSignal(app.session.reply_finished, timeout=10_000) as finished:
        send(qtbot, app, "over there")
    assert finished.args[0].status == Status.COMPLETE
    assert [r["messages"][-1]["content"] for r in state.requests] == ["over there"]
    assert window.speed_label.text().endswith("tokens/s")


def test_a_removed_connection_says_so_and_never_falls_back(
        qtbot: QtBot, harness: tuple[Harness, SseState]) -> None:
    h, state = harness
    app = h.start()
    window = app.window
    remote = add_connection(qtbot, app, h.url)
    with qtbot.waitSignal(app.engine.loaded, timeout=10_000):
        window.model_choice.choose_for_conversation(remote)
    chat_a = window.chat.conversation_id
    with qtbot.waitSignal(app.session.reply_finished, timeout=10_000):
        send(qtbot, app, "over there")
    window.models.connections.remove("gpu-box")
    assert "has been removed" in window.chat.banner.text()  # said while it is open
    assert not window.chat.send_button.isEnabled()
    window.new_chat()
    wait_ready_for_open_chat(qtbot, app)  # the new chat: the local model
    assert chat_a is not None
    open_chat(qtbot, app, chat_a)
    assert "has been removed" in window.chat.banner.text()
    assert not window.chat.send_button.isEnabled()
    qtbot.keyClicks(window.chat.prompt, "hello")
    qtbot.keyClick(window.chat.prompt, Qt.Key.Key_Return)
    assert window.chat.prompt.toPlainText() == "hello"  # kept: nothing was sent anywhere
    assert len(app.store.messages(chat_a)) == 2 and len(state.requests) == 1
    assert app.engine.model_info is not None and app.engine.model_info.path == LOCAL


def test_the_server_states_the_context_size_or_it_is_unknown(
        qtbot: QtBot, harness: tuple[Harness, SseState]) -> None:
    h, state = harness
    state.models = ["/srv/models/big-model-Q4_K_M.gguf", "small"]
    state.contexts = {"small": 8192}
    app = h.start()
    window = app.window
    add_connection(qtbot, app, h.url)
    box = window.chat.model_box
    labels = [box.itemText(i) for i in range(box.count())]
    host = h.url.removeprefix("http://")
    assert f"big-model-Q4_K_M.gguf @ {host} (remote)" in labels  # not the server's path
    refs = [str(box.itemData(i)) for i in range(box.count())]
    with qtbot.waitSignal(app.engine.loaded, timeout=10_000):
        window.model_choice.choose_for_conversation(
            next(r for r in refs if r.endswith(":small")))
    assert "8192 ctx" in window.model_label.text()
    with qtbot.waitSignal(app.engine.loaded, timeout=10_000):
        window.model_choice.choose_for_conversation(
            next(r for r in refs if r.endswith(".gguf") and parse_ref(r)))
    assert "context size unknown" in window.model_label.text()
    with qtbot.waitSignal(window.meter.changed, timeout=5000) as changed:
        window.meter.update(window.chat.conversation_id, "hello")
    assert not changed.args[0].window_known and changed.args[0].text.endswith(" / ? tokens")


def test_the_local_api_never_forwards_to_a_chats_remote_model(
        qtbot: QtBot, harness: tuple[Harness, SseState]) -> None:
    """Other apps on this computer use the loaded model through the local API; when the
    loaded model is one chat's remote model, their text must not go to that server."""
    import concurrent.futures

    import httpx2

    from app.server.api import LocalApiServer
    from app.server.bridge import EngineBridge

    h, state = harness
    app = h.start()
    remote = add_connection(qtbot, app, h.url)
    with qtbot.waitSignal(app.engine.loaded, timeout=10_000):
        app.window.model_choice.choose_for_conversation(remote)
    server = LocalApiServer(EngineBridge(app.engine), "tok")
    server.start()
    try:
        with concurrent.futures.ThreadPoolExecutor(2) as pool:
            models = pool.submit(lambda: httpx2.get(
                server.address + "/v1/models", timeout=20,
                headers={"Authorization": "Bearer tok"}))
            posted = pool.submit(lambda: httpx2.post(
                server.address + "/v1/chat/completions", timeout=20,
                headers={"Authorization": "Bearer tok"},
                json={"model": "hearth", "messages": [{"role": "user", "content": "secret"}]}))
            qtbot.waitUntil(lambda: models.done() and posted.done(), timeout=20_000)
    finally:
        server.stop()
    assert models.result().json()["data"] == []
    assert posted.result().status_code == 503
    assert "another computer" in posted.result().json()["error"]["message"]
    assert not state.requests, "a local API client's text went to the chat's remote server"


def test_a_remote_chat_keeps_its_banner(
        qtbot: QtBot, harness: tuple[Harness, SseState]) -> None:
    """Through a redraw (Regenerate, Edit, Delete, versions) and when its model is loaded
    already (a second chat on the same server), a remote chat says where its text goes."""
    h, _state = harness
    app = h.start()
    window = app.window
    remote = add_connection(qtbot, app, h.url)
    chat_a = new_remote_chat(qtbot, app, remote, "over there")
    assert "is sent to" in window.chat.banner.text()
    reply = app.store.messages(chat_a)[-1]
    with qtbot.waitSignal(app.session.reply_finished, timeout=10_000):
        app.session.regenerate(reply.id)
    assert "is sent to" in window.chat.banner.text(), \
        f"after Regenerate the banner reads {window.chat.banner.text()!r}"
    new_remote_chat(qtbot, app, remote, "second remote chat")
    open_chat(qtbot, app, chat_a)  # same model: nothing loads
    assert "is sent to" in window.chat.banner.text(), \
        f"chat A sends to the server, but its banner reads {window.chat.banner.text()!r}"


def test_an_edit_waiting_for_a_model_change_is_answered(
        qtbot: QtBot, harness: tuple[Harness, SseState]) -> None:
    h, state = harness
    app = h.start()
    window = app.window
    remote = add_connection(qtbot, app, h.url)
    h.script.token_delay_s = 0.05
    h.script.replies.append(" ".join(["word"] * 200))
    send(qtbot, app, "first question")
    qtbot.waitUntil(lambda: app.session.busy_conversation_id is not None, timeout=5000)
    chat = window.chat.conversation_id
    window.model_choice.choose_for_conversation(remote)  # "changes after the current reply"
    question = app.store.messages(chat)[0]
    app.session.edit(question.id, "edited question")  # stops the reply; answer it next
    qtbot.waitUntil(lambda: window.model_choice.serves(chat) and app.engine.state == "ready",
                    timeout=10_000)
    qtbot.wait(500)
    path = app.store.messages(chat)
    assert path[-1].role == "assistant", (
        f"the edited question was never answered: {[(m.role, m.content[:20]) for m in path]}"
        f"; server requests: {len(state.requests)}")


def test_going_back_while_the_bundled_model_is_set_up(
        qtbot: QtBot, paths: AppPaths, script: Script, tmp_path: Path) -> None:
    bundled_file = tmp_path / "bundled.gguf"
    bundled_file.write_bytes(b"GGUF")
    model = BundledModel("bundled.gguf", "0", (), "Bundled", prebuilt=bundled_file)
    keyring = MemoryKeyring()
    with running_sse() as (url, _state):
        app = build(paths, Overrides(), engine_factory=FakeEngineFactory(script),
                    bundled=lambda: model,
                    key_store=lambda account: TokenStore(keyring, account=account))
        try:
            window = app.window
            window.show()
            with qtbot.waitSignal(app.engine.loaded, timeout=5000):
                window.start_model()
            with qtbot.waitSignal(app.session.reply_finished, timeout=5000):
                send(qtbot, app, "local question")
            chat_b = window.chat.conversation_id
            remote = add_connection(qtbot, app, url)
            window.new_chat()
            chat_a = window.chat.conversation_id
            with qtbot.waitSignal(app.engine.loaded, timeout=10_000):
                window.model_choice.choose_for_conversation(remote)
            assert chat_a is not None and chat_b is not None
            window.sidebar.select(chat_b)   # its set-up job starts...
            window.sidebar.select(chat_a)   # ...and the user is back before it ends
            assert window.chat.conversation_id == chat_a
            qtbot.wait(1500)
            assert window.model_choice.serves(chat_a), (
                f"chat A is open but the engine holds {app.engine.model_info.path}; "
                f"Send enabled: {window.chat.send_button.isEnabled()}")
        finally:
            window.close()
            app.engine.shutdown()
            app.store.db.close()


def test_a_long_remote_name_does_not_widen_the_window(
        qtbot: QtBot, harness: tuple[Harness, SseState]) -> None:
    h, state = harness
    state.models = ["/srv/models/" + "very-long-model-name-" * 5 + "Q4_K_M.gguf"]
    app = h.start()
    window = app.window
    window.resize(700, 600)
    qtbot.wait(100)
    before = window.width()
    remote = add_connection(qtbot, app, h.url)
    window.new_chat()
    with qtbot.waitSignal(app.engine.loaded, timeout=10_000):
        window.model_choice.choose_for_conversation(remote)
    window.resize(700, 600)
    qtbot.wait(100)
    assert window.width() <= before, f"the window grew from {before} to {window.width()}"
    assert "very-long-model-name" in window.model_label.toolTip()
