"""Background work and its end: deleting a busy chat, superseded loads, a model change that
waits for the reply, and quitting while everything runs (bounded, nothing left behind)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.models.download import DownloadSpec, partial_path
from app.models.queue import TaskState
from app.store.records import Status
from tests.fakes import Script
from tests.hub_server import HubFile, HubState, running_hub
from tests.qt.conftest import MakeApp, Recorder
from tests.qt.test_chat_window import send


def test_deleting_the_conversation_that_is_replying_stops_it_quietly(
        qtbot: QtBot, make_app: MakeApp, script: Script, recorder: Recorder) -> None:
    script.token_delay_s = 0.02
    script.replies.append("word " * 300)
    app = make_app()
    window = app.window
    send(qtbot, app, "a long answer, please")
    busy = window.chat.conversation_id
    qtbot.waitUntil(lambda: bool(app.session.active_reply and app.session.active_reply.text),
                    timeout=5000)
    recorder.delete_answer = True
    window.sidebar.delete_current()
    assert app.session.busy_conversation_id is None
    qtbot.waitUntil(lambda: app.engine.state == "ready", timeout=5000)  # the reply stopped
    assert busy not in {c.id for c in app.store.conversations()}
    assert window.chat.banner.isHidden()  # no "Something went wrong"
    # and the app goes on: the next message gets its reply
    script.token_delay_s = 0.0
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000) as finished:
        send(qtbot, app, "still there?")
    assert finished.args[0].status == Status.COMPLETE


def test_a_superseded_load_is_silent_and_the_last_choice_wins(
        qtbot: QtBot, make_app: MakeApp, script: Script, paths: object) -> None:
    app = make_app()
    window = app.window
    failures: list[str] = []
    app.engine.load_failed.connect(failures.append)
    script.load_delay_s = 0.5
    first, second = Path("first.gguf"), Path("second.gguf")
    app.engine.load_model(first, window.preferences.load_options())
    with qtbot.waitSignal(app.engine.loaded, timeout=5000) as loaded:
        app.engine.load_model(second, window.preferences.load_options())
    assert loaded.args[0].path == second
    qtbot.wait(700)  # the first load's late answer, if it had one, would be in by now
    assert failures == [] and window.model_status.load_error is None
    assert window.chat.banner.isHidden()
    assert app.engine.model_info is not None and app.engine.model_info.path == second
    assert app.engine.state == "ready"


def test_a_model_chosen_during_a_reply_is_loaded_after_it(
        qtbot: QtBot, make_app: MakeApp, script: Script) -> None:
    script.token_delay_s = 0.01
    script.replies.append("word " * 50)
    app = make_app()
    send(qtbot, app, "hello")
    qtbot.waitUntil(lambda: app.session.busy_conversation_id is not None, timeout=5000)
    other = app.window.paths.models / "other.gguf"
    other.write_bytes(b"GGUF")
    app.window.model_choice.choose_for_conversation(other.name)
    assert "after the current reply" in app.window.statusBar().currentMessage()
    assert app.engine.model_info is not None and app.engine.model_info.path != other
    with qtbot.waitSignal(app.engine.loaded, timeout=10_000) as loaded:
        pass
    assert loaded.args[0].path == other
    reply = app.store.messages(app.window.chat.conversation_id)[-1]
    assert reply.status == Status.COMPLETE and reply.model_id == "Fake model"


def test_the_reason_for_a_plain_transcript_is_shown(qtbot: QtBot, make_app: MakeApp,
                                                    script: Script) -> None:
    script.template_note = "The model's chat template did not finish within 1 s."
    app = make_app()
    assert app.window.chat.banner.text() == script.template_note
    assert app.window.model_label.toolTip().endswith(script.template_note)
    script.template_note = ""
    script.prompt_note = "The model's chat template could not format this chat: boom"
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000):
        send(qtbot, app, "hello")
    assert app.window.chat.banner.text() == script.prompt_note


@pytest.fixture
def slow_hub() -> object:
    state = HubState()
    state.files["hearth-test/slow/slow.gguf"] = HubFile(os.urandom(8 * 1024 * 1024),
                                                        bytes_per_s=256 * 1024)
    with running_hub(state) as served:
        yield served


def test_quitting_with_everything_running_takes_under_three_seconds(
        qtbot: QtBot, make_app: MakeApp, script: Script, slow_hub: tuple[str, HubState],
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from tests.tiny_models import write_tiny_model

    endpoint, _ = slow_hub
    monkeypatch.setenv("HF_ENDPOINT", endpoint)
    script.token_delay_s = 0.05
    script.replies.append("word " * 500)
    app = make_app()
    window = app.window
    models = window.paths.models
    # a reply streaming
    send(qtbot, app, "a long answer")
    qtbot.waitUntil(lambda: bool(app.session.active_reply and app.session.active_reply.text),
                    timeout=5000)
    reply_id = app.session.active_reply.message_id  # type: ignore[union-attr]
    # a download trickling in
    manager = window.open_models()
    task = window.models.downloads.enqueue(DownloadSpec("hearth-test/slow", "slow.gguf"),
                                           "Slow model")
    qtbot.waitUntil(lambda: task.done > 0, timeout=10_000)
    # an import being checked (its probe is a child process)
    source = write_tiny_model(tmp_path / "incoming.gguf", "llama")
    manager.import_file(source)
    assert manager.importing()

    started = time.monotonic()
    window.close()
    took = time.monotonic() - started

    print(f"quit with a reply, a download and an import running: {took * 1000:.0f} ms")
    assert took < 3.0, f"quitting took {took:.2f} s"
    assert window.background_stopped
    assert not list(models.glob("*.importing")) and not (models / "incoming.gguf").exists()
    qtbot.waitUntil(lambda: task.state == TaskState.PAUSED, timeout=1000)  # queued answer
    assert partial_path(models, "slow.gguf").stat().st_size > 0  # the bytes are kept
    saved = app.store.message(reply_id)
    assert saved.status == Status.STOPPED and saved.content.startswith("word")


def test_the_status_bar_says_where_the_layers_are_and_why_not(
        qtbot: QtBot, make_app: MakeApp, script: Script) -> None:
    script.offload_label = "20/32 layers on NVIDIA H200"
    app = make_app()
    assert app.window.model_label.text().endswith("20/32 layers on NVIDIA H200")
    script.offload_label = "CPU"
    script.offload_note = "fake.gguf did not fit on the GPU, so it runs on the CPU."
    with qtbot.waitSignal(app.engine.loaded, timeout=5000):
        app.window.model_choice.reload()  # the chat's own model, loaded again
    assert app.window.model_label.text().endswith(" · CPU")
    assert "runs on the CPU" in app.window.chat.banner.text()
