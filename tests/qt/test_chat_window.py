"""The main window driven like a user would, over the scripted fake engine."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.engine.base import ChatMessage
from app.store.export import ExportFormat
from app.store.records import Status
from tests.fakes import Script
from tests.qt.conftest import MakeApp, Recorder


def send(qtbot: QtBot, app: object, text: str) -> None:
    prompt = app.window.chat.prompt  # type: ignore[attr-defined]
    qtbot.keyClicks(prompt, text)
    qtbot.keyClick(prompt, Qt.Key.Key_Return)


def test_send_streams_and_saves(qtbot: QtBot, make_app: MakeApp, script: Script) -> None:
    script.replies.append("Paris is the **capital** of France.")
    app = make_app()
    window = app.window
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000) as finished:
        send(qtbot, app, "What is the capital of France?")
    message, stats = finished.args
    assert message.content == "Paris is the **capital** of France."
    conversation_id = window.chat.conversation_id
    saved = app.store.messages(conversation_id)
    assert [(m.role, m.status) for m in saved] == [("user", Status.COMPLETE),
                                                   ("assistant", Status.COMPLETE)]
    assert saved[1].completion_tokens == stats.completion_tokens == 6
    assert window.chat.prompt.toPlainText() == ""
    widget = window.chat.message_widget(saved[1].id)
    assert widget is not None
    assert widget.plain_text().strip() == "Paris is the capital of France."  # ** rendered
    assert "font-weight:700" in widget.body.toHtml()
    assert app.store.conversation(conversation_id).title == "What is the capital of France?"
    assert window.chat.title.text() == "What is the capital of France?"
    assert "tokens/s" in window.speed_label.text()
    assert script.prompts[0][0] == ChatMessage("system", window.settings.default_system_prompt)


def test_user_message_is_saved_before_generation(qtbot: QtBot, make_app: MakeApp,
                                                 script: Script) -> None:
    app = make_app()
    seen: list[list[tuple[str, str]]] = []
    app.session.message_added.connect(lambda m: seen.append(
        [(x.role, x.status) for x in app.store.messages(m.conversation_id)]))
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000):
        send(qtbot, app, "hello")
    assert seen[0] == [("user", "complete")]


def test_shift_enter_adds_a_line_and_empty_input_is_not_sent(qtbot: QtBot,
                                                             make_app: MakeApp) -> None:
    app = make_app()
    prompt = app.window.chat.prompt
    qtbot.keyClick(prompt, Qt.Key.Key_Return)
    assert app.store.messages(app.window.chat.conversation_id) == []
    qtbot.keyClicks(prompt, "line one")
    qtbot.keyClick(prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(prompt, "line two")
    assert prompt.toPlainText() == "line one\nline two"
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000):
        qtbot.keyClick(prompt, Qt.Key.Key_Return)
    assert app.store.messages(app.window.chat.conversation_id)[0].content == "line one\nline two"


def test_stop_keeps_the_partial_reply_and_the_next_message_works(
        qtbot: QtBot, make_app: MakeApp, script: Script) -> None:
    script.token_delay_s = 0.02
    script.replies.extend(["word " * 200, "Second answer."])
    app = make_app()
    chat = app.window.chat
    send(qtbot, app, "long please")
    qtbot.waitUntil(lambda: bool(app.session.active_reply and app.session.active_reply.text),
                    timeout=5000)
    assert chat.send_button.text() == "Stop"
    with qtbot.waitSignal(app.session.reply_finished, timeout=2000) as finished:
        qtbot.keyClick(chat.prompt, Qt.Key.Key_Escape)
    stopped = finished.args[0]
    assert stopped.status == Status.STOPPED and 0 < len(stopped.content) < len("word " * 200)
    assert chat.send_button.text() == "Send"
    widget = chat.message_widget(stopped.id)
    assert widget is not None and widget.note.text() == "stopped"
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000) as finished:
        send(qtbot, app, "again")
    assert finished.args[0].content == "Second answer."
    assert finished.args[0].status == Status.COMPLETE


def test_stop_button_stops(qtbot: QtBot, make_app: MakeApp, script: Script) -> None:
    script.token_delay_s = 0.02
    script.replies.append("word " * 200)
    app = make_app()
    send(qtbot, app, "go")
    qtbot.waitUntil(lambda: app.window.chat.send_button.text() == "Stop", timeout=5000)
    with qtbot.waitSignal(app.session.reply_finished, timeout=2000) as finished:
        qtbot.mouseClick(app.window.chat.send_button, Qt.MouseButton.LeftButton)
    assert finished.args[0].status == Status.STOPPED


def test_switching_conversations_while_streaming_never_mixes_tokens(
        qtbot: QtBot, make_app: MakeApp, script: Script) -> None:
    script.token_delay_s = 0.01
    script.replies.extend(["alpha " * 60, "beta reply"])
    app = make_app()
    window = app.window
    first = window.chat.conversation_id
    send(qtbot, app, "first question")
    qtbot.waitUntil(lambda: bool(app.session.active_reply and app.session.active_reply.text),
                    timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    second = window.chat.conversation_id
    assert second != first
    assert not window.chat.send_button.isEnabled()  # one reply at a time
    qtbot.keyClicks(window.chat.prompt, "typing while the other chat replies")
    assert window.chat.message_widgets() == []
    with qtbot.waitSignal(app.session.reply_finished, timeout=10_000) as finished:
        pass
    assert finished.args[0].conversation_id == first
    assert window.chat.message_widgets() == []  # nothing leaked into the open chat
    first_messages = app.store.messages(first)
    assert first_messages[1].content == ("alpha " * 60).strip()
    assert app.store.messages(second) == []
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000):
        qtbot.keyClick(window.chat.prompt, Qt.Key.Key_Return)
    assert [m.content for m in app.store.messages(second)] == [
        "typing while the other chat replies", "beta reply"]
    window.sidebar.select(first)
    assert [w.text for w in window.chat.message_widgets()] == [
        "first question", ("alpha " * 60).strip()]


def test_busy_conversation_is_marked_in_the_sidebar(qtbot: QtBot, make_app: MakeApp,
                                                    script: Script) -> None:
    from app.ui.qmodels import BusyRole

    script.token_delay_s = 0.01
    script.replies.append("x " * 50)
    app = make_app()
    model = app.window.list_model
    send(qtbot, app, "q")
    qtbot.waitUntil(lambda: app.session.busy_conversation_id is not None, timeout=5000)
    busy_row = model.row_of(app.session.busy_conversation_id)
    assert model.index(busy_row).data(BusyRole) is True
    qtbot.waitUntil(lambda: app.session.busy_conversation_id is None, timeout=5000)
    assert model.index(busy_row).data(BusyRole) is False


def test_rename_with_f2_and_delete_to_the_trash_with_undo(qtbot: QtBot, make_app: MakeApp,
                                                     recorder: Recorder) -> None:
    app = make_app()
    window = app.window
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000):
        send(qtbot, app, "to be renamed")
    view = window.sidebar.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    assert editor is not view and editor is not None
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, "My renamed chat")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    conversation_id = window.chat.conversation_id
    qtbot.waitUntil(lambda: app.store.conversation(conversation_id).title_is_custom)
    assert app.store.conversation(conversation_id).title == "My renamed chat"
    assert window.chat.title.text() == "My renamed chat"

    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # to the trash, without asking
    assert recorder.deletes == []
    assert conversation_id not in [c.id for c in app.store.conversations()]
    assert [c.id for c in app.store.trash()] == [conversation_id]
    # the next one opens on the next turn of the event loop, after the list is redrawn
    qtbot.waitUntil(lambda: window.chat.conversation_id not in (None, conversation_id))
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    window.menus.undo_action.trigger()  # Ctrl+Z
    assert conversation_id in [c.id for c in app.store.conversations()]
    assert app.store.trash() == []
    assert window.sidebar.current_id() == conversation_id


def test_state_is_restored_after_a_restart(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    window = app.window
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000):
        send(qtbot, app, "remember me")
    remembered = window.chat.conversation_id
    window.new_chat()
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000):
        send(qtbot, app, "a newer chat")
    window.sidebar.select(remembered)
    window.resize(720, 520)
    window.splitter.setSizes([300, 600])
    sizes = window.splitter.sizes()
    window.close()
    app.engine.shutdown()
    app.store.db.close()

    again = make_app(start=False)
    assert again.window.chat.conversation_id == remembered
    assert next(w.text for w in again.window.chat.message_widgets()) == "remember me"
    assert (again.window.width(), again.window.height()) == (720, 520)
    assert again.window.splitter.sizes() == sizes
    titles = [c.title for c in again.store.conversations()]
    assert titles == ["a newer chat", "remember me"]


def test_interrupted_reply_is_shown_as_such(qtbot: QtBot, make_app: MakeApp) -> None:
    first = make_app(start=False)
    conversation = first.store.create_conversation("")
    first.store.add_message(conversation.id, "user", "question")
    reply = first.store.add_message(conversation.id, "assistant", "half", Status.STREAMING)
    first.window.close()
    first.engine.shutdown()
    first.store.db.close()

    app = make_app(start=False)
    app.window.sidebar.select(conversation.id)
    widget = app.window.chat.message_widget(reply.id)
    assert widget is not None
    assert widget.note.text().startswith("interrupted")
    assert app.store.message(reply.id).status == Status.INTERRUPTED


def test_load_error_is_shown_and_chats_stay_readable(qtbot: QtBot, make_app: MakeApp,
                                                     script: Script) -> None:
    first = make_app()
    with qtbot.waitSignal(first.session.reply_finished, timeout=5000):
        send(qtbot, first, "still readable")
    first.window.close()
    first.engine.shutdown()
    first.store.db.close()

    script.load_error = "This is not a GGUF model file (it does not start with 'GGUF')."
    app = make_app(start=False)
    with qtbot.waitSignal(app.engine.load_failed, timeout=5000):
        app.window.start_model()
    chat = app.window.chat
    assert chat.banner.isVisible()
    assert "not a GGUF" in chat.banner.text()
    assert app.window.state_label.text() == "Model failed to load"
    assert next(w.text for w in chat.message_widgets()) == "still readable"
    assert not chat.send_button.isEnabled()
    qtbot.keyClicks(chat.prompt, "typed while broken")
    qtbot.keyClick(chat.prompt, Qt.Key.Key_Return)
    assert chat.prompt.toPlainText() == "typed while broken"  # nothing the user wrote is lost


def test_engine_failure_marks_the_reply_as_error(qtbot: QtBot, make_app: MakeApp,
                                                 script: Script) -> None:
    script.fail_with = RuntimeError("boom")
    app = make_app()
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000) as finished:
        send(qtbot, app, "hi")
    message = finished.args[0]
    assert message.status == Status.ERROR
    assert "log" in (message.error or "")
    widget = app.window.chat.message_widget(message.id)
    assert widget is not None and widget.note.text() == "error"
    assert widget.detail.isVisible() and widget.detail.text() == message.error
    assert "Traceback" not in widget.detail.text()
    script.fail_with = None
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000) as finished:
        send(qtbot, app, "again")
    assert finished.args[0].status == Status.COMPLETE


def test_context_trim_is_shown_in_the_chat(qtbot: QtBot, make_app: MakeApp,
                                           script: Script) -> None:
    app = make_app()
    for text in ("one", "two"):
        with qtbot.waitSignal(app.session.reply_finished, timeout=5000):
            send(qtbot, app, text)
    script.dropped_messages = 2
    with qtbot.waitSignal(app.session.context_trimmed, timeout=5000) as trimmed:
        send(qtbot, app, "three")
    conversation_id, first_kept = trimmed.args
    messages = app.store.messages(conversation_id)
    assert first_kept == messages[2].id  # "two" is the oldest message still sent
    notice = app.window.chat.trim_notice()
    assert notice is not None and "context" in notice.text()


def test_quitting_mid_reply_keeps_the_partial_text(qtbot: QtBot, make_app: MakeApp,
                                                   script: Script) -> None:
    script.token_delay_s = 0.02
    script.replies.append("word " * 200)
    app = make_app()
    send(qtbot, app, "long")
    qtbot.waitUntil(lambda: bool(app.session.active_reply and app.session.active_reply.text),
                    timeout=5000)
    reply_id = app.session.active_reply.message_id  # type: ignore[union-attr]
    app.window.close()
    saved = app.store.message(reply_id)
    assert saved.status == Status.STOPPED and saved.content.startswith("word")


def test_a_message_that_cannot_be_saved_stays_in_the_box(qtbot: QtBot, make_app: MakeApp,
                                                         monkeypatch: object) -> None:
    from app.errors import StorageError

    app = make_app()

    def full_disk(*_: object, **__: object) -> None:
        raise StorageError("database or disk is full")

    monkeypatch.setattr(app.store, "add_message", full_disk)  # type: ignore[attr-defined]
    send(qtbot, app, "precious words")
    chat = app.window.chat
    assert chat.prompt.toPlainText() == "precious words"
    assert chat.banner.isVisible() and "disk is full" in chat.banner.text()
    assert app.session.active_reply is None


def test_a_reply_that_cannot_be_saved_stays_on_screen(qtbot: QtBot, make_app: MakeApp,
                                                      script: Script,
                                                      monkeypatch: object) -> None:
    from app.errors import StorageError

    script.replies.append("kept in memory")
    app = make_app()

    def full_disk(*_: object, **__: object) -> None:
        raise StorageError("database or disk is full")

    monkeypatch.setattr(app.store, "finish_message", full_disk)  # type: ignore[attr-defined]
    monkeypatch.setattr(app.store, "save_partial", full_disk)  # type: ignore[attr-defined]
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000) as finished:
        send(qtbot, app, "hi")
    assert finished.args[0].content == "kept in memory"
    chat = app.window.chat
    assert "could not be saved" in chat.banner.text()
    widget = chat.message_widget(finished.args[0].id)
    assert widget is not None and widget.text == "kept in memory"


def test_first_start_provisions_with_progress_then_loads(qtbot: QtBot, paths: object,
                                                         script: Script,
                                                         recorder: Recorder) -> None:
    import hashlib
    from pathlib import Path

    from app.models.provision import BundledModel
    from app.wiring import build
    from tests.fakes import FakeEngineFactory

    root: Path = paths.data  # type: ignore[attr-defined]
    chunk = root / "chunk.part00"
    chunk.write_bytes(b"GGUF" + b"\0" * 4096)
    model = BundledModel("bundled.gguf", hashlib.sha256(chunk.read_bytes()).hexdigest(),
                         (chunk,), "Bundled")
    app = build(paths, engine_factory=FakeEngineFactory(script),  # type: ignore[arg-type]
                bundled=lambda: model, confirm_delete=recorder.confirm_delete)
    try:
        shown: list[int] = []
        app.window.model_setup.provisioning.connect(shown.append)
        app.window.show()
        with qtbot.waitSignal(app.window.model_ready, timeout=10_000):
            app.window.start_model()
        assert shown == [4100]
        assert (paths.models / "bundled.gguf").read_bytes() == chunk.read_bytes()  # type: ignore[attr-defined]
        assert app.engine.model_info is not None
        assert app.engine.model_info.path == paths.models / "bundled.gguf"  # type: ignore[attr-defined]
    finally:
        app.window.close()
        app.engine.shutdown()
        app.store.db.close()


def test_a_bundled_model_that_fails_verification_is_explained(
        qtbot: QtBot, paths: object, script: Script) -> None:
    from pathlib import Path

    from app.models.provision import BundledModel
    from app.wiring import build
    from tests.fakes import FakeEngineFactory

    root: Path = paths.data  # type: ignore[attr-defined]
    chunk = root / "chunk.part00"
    chunk.write_bytes(b"corrupted")
    model = BundledModel("bundled.gguf", "0" * 64, (chunk,), "Bundled")
    app = build(paths, engine_factory=FakeEngineFactory(script),  # type: ignore[arg-type]
                bundled=lambda: model)
    try:
        app.window.show()
        with qtbot.waitSignal(app.window.model_setup.failed, timeout=10_000):
            app.window.start_model()
        assert "failed verification" in app.window.chat.banner.text()
        assert not (paths.models / "bundled.gguf").exists()  # type: ignore[attr-defined]
    finally:
        app.window.close()
        app.engine.shutdown()
        app.store.db.close()


def test_each_conversation_keeps_its_own_model(qtbot: QtBot, make_app: MakeApp,
                                               paths: object) -> None:
    from tests.ggufbytes import llama_header

    models = paths.models  # type: ignore[attr-defined]
    for name in ("alpha.gguf", "beta.gguf"):
        (models / name).write_bytes(llama_header(tensors=1))
    app = make_app()
    window = app.window
    box = window.chat.model_box
    assert {box.itemData(i) for i in range(box.count())} >= {"alpha.gguf", "beta.gguf"}
    first = window.chat.conversation_id
    with qtbot.waitSignal(app.engine.loaded, timeout=5000) as loaded:
        window.chat.model_box.activated.emit(box.findData("alpha.gguf"))
    assert loaded.args[0].path == models / "alpha.gguf"
    assert app.store.conversation(first).model_id == "alpha.gguf"
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000):
        send(qtbot, app, "hello alpha")

    window.new_chat()
    second = window.chat.conversation_id
    with qtbot.waitSignal(app.engine.loaded, timeout=5000) as loaded:
        window.chat.model_box.activated.emit(box.findData("beta.gguf"))
    assert loaded.args[0].path == models / "beta.gguf"

    with qtbot.waitSignal(app.engine.loaded, timeout=5000) as loaded:
        window.sidebar.select(first)
    assert loaded.args[0].path == models / "alpha.gguf"
    assert box.currentData() == "alpha.gguf"
    assert app.store.conversation(second).model_id == "beta.gguf"


def test_the_token_goes_to_the_keyring_and_nowhere_else(qtbot: QtBot, paths: object) -> None:
    from app.settings import Settings, save_json_dataclass
    from app.settings.secrets import SERVICE, TokenStore
    from app.ui.settings_dialog import SettingsDialog
    from tests.fakes import MemoryKeyring

    backend = MemoryKeyring()
    tokens = TokenStore(backend)
    dialog = SettingsDialog(Settings(), None, tokens)
    qtbot.addWidget(dialog)
    assert "keyring" in dialog.token_note.text()
    dialog.token_field.setText("hf_SECRET_do_not_leak")
    dialog._save_token()
    save_json_dataclass(dialog.result_settings(), paths.settings_file)  # type: ignore[attr-defined]
    assert backend.secrets[(SERVICE, "huggingface-token")] == "hf_SECRET_do_not_leak"
    assert dialog.token_field.text() == ""
    root = paths.config.parent  # type: ignore[attr-defined]
    for path in root.rglob("*"):
        if path.is_file():
            assert b"hf_SECRET_do_not_leak" not in path.read_bytes(), path


def test_without_a_keyring_settings_say_the_token_is_temporary(qtbot: QtBot) -> None:
    from keyring.backends.fail import Keyring as FailKeyring

    from app.settings import Settings
    from app.settings.secrets import TokenStore
    from app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings(), None, TokenStore(FailKeyring()))
    qtbot.addWidget(dialog)
    assert "memory only" in dialog.token_note.text()


def test_no_network_request_unless_the_user_downloads(qtbot: QtBot, make_app: MakeApp,
                                                      monkeypatch: object) -> None:
    from tests.hub_server import HubState, running_hub

    with running_hub(HubState()) as (endpoint, state):
        monkeypatch.setenv("HF_ENDPOINT", endpoint)  # type: ignore[attr-defined]
        app = make_app()
        with qtbot.waitSignal(app.session.reply_finished, timeout=5000):
            send(qtbot, app, "offline please")
        manager = app.window.open_models()
        manager.tabs.setCurrentIndex(2)
        app.window.sidebar.search.setText("offline")
        qtbot.wait(100)
        assert state.requests == []


def test_model_loading_shows_progress(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(start=False)
    seen: list[str] = []
    app.engine.load_progress.connect(lambda _value: seen.append(app.window.state_label.text()))
    with qtbot.waitSignal(app.window.model_ready, timeout=5000):
        app.window.start_model()
    assert seen and seen[-1] == "Loading… 100%"
    assert app.window.state_label.text() == "Ready"


def test_export_writes_markdown_or_json(qtbot: QtBot, make_app: MakeApp, tmp_path: object,
                                        monkeypatch: object, script: Script) -> None:
    import json
    from pathlib import Path

    app = make_app()
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000):
        send(qtbot, app, "export me")
    folder = Path(str(tmp_path))
    monkeypatch.setattr(app.window.history, "choose_export_path",  # type: ignore[attr-defined]
                        lambda offer: (folder / offer.suggested_name, ExportFormat.MARKDOWN))
    markdown = app.window.history.export_conversation()
    assert markdown is not None and markdown.name == "export-me.md"
    text = markdown.read_text()
    assert "# export me" in text and "## You" in text and "## Assistant" in text
    assert script.default_reply in text
    monkeypatch.setattr(app.window.history, "choose_export_path",  # type: ignore[attr-defined]
                        lambda offer: (folder / "chat.json", ExportFormat.JSON))
    exported = app.window.history.export_conversation()
    assert exported is not None
    data = json.loads(exported.read_text())
    assert [m["content"] for m in data["messages"]] == ["export me", script.default_reply]
