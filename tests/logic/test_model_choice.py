"""ModelChoice without widgets: a conversation's model is its own, whatever was loaded before."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.chat.model_choice import ModelChoice
from app.chat.model_setup import ModelSetup
from app.chat.session import ChatSession
from app.engine.base import GenerationParams, LoadOptions
from app.engine.worker import EngineController
from app.models.catalog import load_catalog
from app.paths import AppPaths
from app.store.conversations import ConversationStore
from tests.fakes import FakeEngineFactory, Script

REMOTE = "remote:box:big-model"


class Parts:
    def __init__(self, paths: AppPaths, store: ConversationStore) -> None:
        self.script = Script()
        self.engine = EngineController(FakeEngineFactory(self.script), "log")
        self.default = "default.gguf"
        self.hosts = {"box": "box:8000"}
        self.setup = ModelSetup(self.engine, paths.models, None, "log")
        self.choice_ref: list[ModelChoice] = []
        self.session = ChatSession(store, self.engine, GenerationParams, lambda: "m",
                                   serves=lambda c: self.choice_ref[0].serves(c))
        self.choice = ModelChoice(
            self.engine, self.session, self.setup, store, paths.models, load_catalog(),
            load_options=LoadOptions, default_model=lambda: self.default,
            remote_choices=lambda: [("big-model @ box:8000 (remote)", REMOTE)],
            remote_hosts=lambda: self.hosts)
        self.choice_ref.append(self.choice)


@pytest.fixture
def parts(qtbot: QtBot, paths: AppPaths, store: ConversationStore) -> Iterator[Parts]:
    made = Parts(paths, store)
    with qtbot.waitSignal(made.engine.loaded, timeout=5000):
        made.choice.start()  # no conversation open yet: the default
    yield made
    made.engine.shutdown()


def test_opening_a_chat_loads_its_own_model_never_the_last_one(
        qtbot: QtBot, parts: Parts, store: ConversationStore) -> None:
    local = store.create_conversation("")
    remote = store.create_conversation("")
    store.set_model(remote.id, REMOTE)
    with qtbot.waitSignal(parts.engine.loaded, timeout=5000) as loaded:
        parts.choice.opened(remote.id)
    assert str(loaded.args[0].path) == REMOTE
    assert parts.choice.serves(remote.id) and not parts.choice.serves(local.id)
    assert parts.choice.host_of(remote.id) == "box:8000"
    assert not parts.session.can_send(local.id)  # the remote model is loaded: not for it

    with qtbot.waitSignal(parts.choice.privacy_changed) as privacy, \
            qtbot.waitSignal(parts.engine.loaded, timeout=5000) as loaded:
        parts.choice.opened(local.id)
    assert privacy.args == [None]
    assert loaded.args[0].path == Path("default.gguf")
    assert parts.choice.serves(local.id) and parts.session.can_send(local.id)
    assert store.conversation(local.id).model_id is None  # opening never changes it


def test_a_gone_model_is_named_and_nothing_is_loaded(
        qtbot: QtBot, parts: Parts, store: ConversationStore) -> None:
    gone = store.create_conversation("")
    store.set_model(gone.id, "deleted-model.gguf")
    with qtbot.waitSignal(parts.choice.unavailable) as unavailable:
        parts.choice.opened(gone.id)
    assert "deleted-model.gguf" in unavailable.args[0]
    assert parts.script.loads == [Path("default.gguf")]
    store.set_model(gone.id, REMOTE)
    parts.hosts = {}  # the connection was removed
    with qtbot.waitSignal(parts.choice.unavailable) as unavailable:
        parts.choice.opened(gone.id)
    assert "removed" in unavailable.args[0] and parts.script.loads == [Path("default.gguf")]
    assert not parts.choice.serves(gone.id)


def test_a_failed_load_is_kept_by_its_chat_and_retry_asks_again(
        qtbot: QtBot, parts: Parts, store: ConversationStore) -> None:
    failing = store.create_conversation("")
    store.set_model(failing.id, REMOTE)
    parts.script.load_error = "box:8000 refused the connection."
    with qtbot.waitSignal(parts.choice.failed, timeout=5000) as failed:
        parts.choice.opened(failing.id)
    assert "refused" in failed.args[0]
    other = store.create_conversation("")
    parts.script.load_error = None
    with qtbot.waitSignal(parts.engine.loaded, timeout=5000):
        parts.choice.opened(other.id)
    loads = len(parts.script.loads)
    with qtbot.waitSignal(parts.choice.failed, timeout=5000):
        parts.choice.opened(failing.id)  # shown again, not tried again by itself
    assert len(parts.script.loads) == loads
    with qtbot.waitSignal(parts.engine.loaded, timeout=5000) as loaded:
        parts.choice.retry()
    assert str(loaded.args[0].path) == REMOTE


def test_an_installers_copy_of_the_bundled_model_serves_chats_where_it_lies(
        qtbot: QtBot, paths: AppPaths, store: ConversationStore, tmp_path: Path) -> None:
    """The frozen app loads the bundled model from the installer's folder, not the models
    folder: chats on the default model must still count it as theirs."""
    from app.models.provision import BundledModel

    prebuilt = tmp_path / "installer" / "bundled.gguf"
    prebuilt.parent.mkdir()
    prebuilt.write_bytes(b"GGUF")
    bundled = BundledModel("bundled.gguf", "", (), "Bundled", prebuilt=prebuilt)
    script = Script()
    engine = EngineController(FakeEngineFactory(script), "log")
    setup = ModelSetup(engine, paths.models, bundled, "log")
    refs: list[ModelChoice] = []
    session = ChatSession(store, engine, GenerationParams, lambda: "m",
                          serves=lambda c: refs[0].serves(c))
    choice = ModelChoice(engine, session, setup, store, paths.models, load_catalog(),
                         load_options=LoadOptions, default_model=str, bundled_path=prebuilt)
    refs.append(choice)
    try:
        chat = store.create_conversation("")
        choice.conversation_id = chat.id
        with qtbot.waitSignal(engine.loaded, timeout=5000) as loaded:
            choice.start()
        assert loaded.args[0].path == prebuilt
        assert choice.serves(chat.id) and session.can_send(chat.id)
    finally:
        engine.shutdown()


def test_a_chat_that_was_answered_keeps_its_model_when_the_default_changes(
        qtbot: QtBot, parts: Parts, store: ConversationStore, paths: AppPaths,
        tmp_path: Path) -> None:
    first = tmp_path / "elsewhere" / "first.gguf"  # a model outside the models folder
    first.parent.mkdir()
    first.write_bytes(b"GGUF")
    parts.default = str(first)
    chat = store.create_conversation("")
    with qtbot.waitSignal(parts.engine.loaded, timeout=5000):
        parts.choice.opened(chat.id)
    with qtbot.waitSignal(parts.session.reply_finished, timeout=5000):
        parts.session.send(chat.id, "hello")
    assert store.conversation(chat.id).model_id == str(first)
    newer = paths.models / "newer.gguf"
    newer.write_bytes(b"GGUF")
    parts.default = str(newer)  # Settings, or the Models window's "Use"
    assert parts.choice.wanted(chat.id).key == str(first)
    fresh = store.create_conversation("")
    assert parts.choice.wanted(fresh.id).key == str(newer)


def test_settings_that_change_how_a_model_loads_load_it_again(
        qtbot: QtBot, parts: Parts) -> None:
    loads = len(parts.script.loads)
    with qtbot.assertNotEmitted(parts.engine.loaded, wait=200):
        parts.choice.settings_changed(frozenset({"temperature"}))
    with qtbot.waitSignal(parts.engine.loaded, timeout=5000):
        parts.choice.settings_changed(frozenset({"context_length"}))
    assert len(parts.script.loads) == loads + 1


def test_the_status_line_says_base_model_context_prompt_style_and_where_it_runs(
        parts: Parts) -> None:
    from app.engine.base import ModelInfo

    catalog = load_catalog()
    base = next(e for e in catalog.entries if not e.instruct)
    info = ModelInfo(path=Path(base.filename), name="x", architecture="gemma3",
                     context_length=4096, train_context_length=32768,
                     has_chat_template=False, gpu_offload=False, offload_label="CPU")
    line = parts.choice.status_line(info)
    assert line == (f"{catalog.display_name(base.filename, 'x')} · base model · 4096 ctx · "
                    "plain transcript · CPU")
    remote = ModelInfo(path=Path(REMOTE), name="big-model", architecture="remote",
                       context_length=0, train_context_length=0, has_chat_template=True,
                       gpu_offload=False, offload_label="box:8000", context_known=False)
    assert parts.choice.status_line(remote).endswith(
        "· context size unknown · chat template · box:8000")
    assert "base model" not in parts.choice.status_line(remote)


def test_a_chat_is_ready_only_with_its_own_model_loaded(
        qtbot: QtBot, parts: Parts, store: ConversationStore) -> None:
    local = store.create_conversation("")
    remote = store.create_conversation("")
    store.set_model(remote.id, REMOTE)
    parts.choice.opened(local.id)  # the default, loaded at start: nothing to load
    assert parts.choice.ready_for(local.id) and not parts.choice.ready_for(remote.id)
    with qtbot.waitSignal(parts.engine.loaded, timeout=5000):
        parts.choice.opened(remote.id)
    assert parts.choice.ready_for(remote.id) and not parts.choice.ready_for(local.id)
