"""A conversation on a model another app keeps: loaded where it lies, named as that app names
it, and, once the other app deletes it, a chat that says so instead of a failed load."""

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
from app.models.elsewhere import ModelElsewhere, ModelsElsewhere
from app.paths import AppPaths
from app.store.conversations import ConversationStore
from tests.fakes import FakeEngineFactory, Script
from tests.tiny_models import write_tiny_model
from tests.unit.test_models_on_disk import ollama_pull


class Parts:
    def __init__(self, paths: AppPaths, store: ConversationStore, home: Path) -> None:
        self.script = Script()
        self.engine = EngineController(FakeEngineFactory(self.script), "log")
        self.default = "default.gguf"
        self.elsewhere = ModelsElsewhere(paths.models, home=home, env={}, platform="linux")
        self.setup = ModelSetup(self.engine, paths.models, None, "log")
        refs: list[ModelChoice] = []
        self.session = ChatSession(store, self.engine, GenerationParams, lambda: "m",
                                   serves=lambda c: refs[0].serves(c))
        self.choice = ModelChoice(
            self.engine, self.session, self.setup, store, paths.models, load_catalog(),
            load_options=LoadOptions, default_model=lambda: self.default,
            elsewhere=self.elsewhere)
        refs.append(self.choice)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    model = write_tiny_model(tmp_path / "llama.gguf", "llama")
    ollama_pull(home / ".ollama" / "models", "tiny", "latest", model)
    return home


@pytest.fixture
def parts(qtbot: QtBot, paths: AppPaths, store: ConversationStore,
          home: Path) -> Iterator[Parts]:
    made = Parts(paths, store, home)
    with qtbot.waitSignal(made.engine.loaded, timeout=5000):
        made.choice.start()
    yield made
    made.engine.shutdown()


def ollama_model(parts: Parts) -> ModelElsewhere:
    (model,) = parts.elsewhere.scan()
    parts.elsewhere.mark_checked(model.path)  # as the Models window's Use does
    return model


def test_a_checked_model_is_offered_by_its_name_and_loaded_where_it_lies(
        qtbot: QtBot, parts: Parts, store: ConversationStore) -> None:
    model = ollama_model(parts)
    with qtbot.waitSignal(parts.choice.choices_changed) as changed:
        parts.choice.refresh()
    assert ("tiny:latest (Ollama)", str(model.path)) in changed.args[0]

    chat = store.create_conversation("")
    parts.choice.conversation_id = chat.id
    with qtbot.waitSignal(parts.engine.loaded, timeout=5000) as loaded:
        parts.choice.choose_for_conversation(str(model.path))
    assert loaded.args[0].path == model.path  # the blob itself: nothing was copied
    assert parts.choice.serves(chat.id)
    assert parts.choice.status_line(loaded.args[0]).startswith("tiny:latest (Ollama)")


def test_an_unchecked_model_is_not_offered_in_the_selector(
        qtbot: QtBot, parts: Parts) -> None:
    parts.elsewhere.scan()  # found, but llama.cpp has not read it yet
    with qtbot.waitSignal(parts.choice.choices_changed) as changed:
        parts.choice.refresh()
    assert not any("Ollama" in label for label, _ in changed.args[0])


def test_a_chat_whose_model_the_other_app_deleted_says_so(
        qtbot: QtBot, parts: Parts, store: ConversationStore) -> None:
    model = ollama_model(parts)
    chat = store.create_conversation("")
    store.set_model(chat.id, str(model.path))
    model.path.unlink()  # `ollama rm tiny`
    loads = list(parts.script.loads)
    with qtbot.waitSignal(parts.choice.unavailable) as unavailable:
        parts.choice.opened(chat.id)
    assert "tiny:latest from Ollama" in unavailable.args[0]
    assert "deleted or moved" in unavailable.args[0]
    assert parts.script.loads == loads  # nothing was tried, nothing failed
    assert not parts.choice.serves(chat.id)


def test_a_default_model_the_other_app_deleted_is_named_not_loaded(
        qtbot: QtBot, parts: Parts) -> None:
    model = ollama_model(parts)
    parts.default = str(model.path)
    model.path.unlink()
    loads = list(parts.script.loads)
    with qtbot.waitSignal(parts.choice.unavailable) as unavailable:
        parts.choice.settings_changed(frozenset({"model_path"}))
    assert "The default model, tiny:latest from Ollama" in unavailable.args[0]
    assert parts.script.loads == loads
