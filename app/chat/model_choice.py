"""Which model each conversation uses, and when it is loaded.

One model is in memory at a time. Opening a conversation that chose another model loads
that one; a model chosen while a reply streams is loaded once the reply ends, as the
window promises."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.chat.model_setup import ModelSetup
from app.chat.session import ChatSession
from app.engine.base import LoadOptions
from app.engine.remote import parse_ref
from app.engine.worker import EngineController
from app.models.catalog import Catalog
from app.store.conversations import ConversationStore

Choices = list[tuple[str, str]]  # (label, file name)


class ModelChoice(QObject):
    choices_changed = Signal(object, object)  # Choices, the current file name or None
    notice = Signal(str)  # a line for the status bar

    def __init__(self, engine: EngineController, session: ChatSession, setup: ModelSetup,
                 store: ConversationStore, models_dir: Path, catalog: Catalog,
                 load_options: Callable[[], LoadOptions],
                 remote_choices: Callable[[], list[tuple[str, str]]] = list) -> None:
        super().__init__()
        self._engine = engine
        self._session = session
        self._setup = setup
        self._store = store
        self._models_dir = models_dir
        self._catalog = catalog
        self._load_options = load_options
        self._remote_choices = remote_choices
        self._after_reply: Path | None = None
        self.conversation_id: int | None = None
        session.busy_changed.connect(self._on_busy_changed)

    def start(self, default_model: str) -> None:
        """At start-up: the open conversation's model, else the default (or the bundled
        model, when the default is empty)."""
        chosen = self.conversation_model(self.conversation_id)
        self._setup.start(str(chosen) if chosen else default_model, self._load_options())

    def reload(self, path: str) -> None:
        """Load again with new options (Settings changed the context length, say)."""
        self._setup.start(path, self._load_options())

    def load(self, path: Path) -> None:
        if self._session.busy_conversation_id is not None:
            self._after_reply = path
            self.notice.emit("The model changes after the current reply.")
            return
        self._after_reply = None
        loaded = self._engine.model_info
        if loaded is not None and loaded.path == path and self._engine.state == "ready":
            return
        self._setup.start(str(path), self._load_options())

    def conversation_model(self, conversation_id: int | None) -> Path | None:
        if conversation_id is None:
            return None
        try:
            chosen = self._store.conversation(conversation_id).model_id
        except KeyError:
            return None
        if chosen and parse_ref(chosen) is not None:
            known = {ref for _, ref in self._remote_choices()}
            return Path(chosen) if chosen in known else None
        path = self._models_dir / chosen if chosen else None
        return path if path is not None and path.is_file() else None

    def opened(self, conversation_id: int) -> None:
        """A conversation was opened: its own model, if it chose one."""
        self.conversation_id = conversation_id
        chosen = self.conversation_model(conversation_id)
        if chosen is not None and self._engine.model_info is not None:
            self.load(chosen)
        self.refresh()

    def choose_for_conversation(self, filename: str) -> None:
        if self.conversation_id is None:
            return
        self._store.set_model(self.conversation_id, filename)
        self.load(Path(filename) if parse_ref(filename) else self._models_dir / filename)

    def use_as_default(self, path: Path) -> None:
        if self.conversation_id is not None:
            self._store.set_model(self.conversation_id, path.name)
        self.load(path)
        self.refresh()

    def refresh(self) -> None:
        # names only: reading every header here would stall the window on big vocabularies
        choices: Choices = []
        for path in sorted(self._models_dir.glob("*.gguf")):
            entry = self._catalog.by_filename(path.name)
            choices.append((entry.name if entry else path.stem, path.name))
        choices.extend(self._remote_choices())
        loaded = self._engine.model_info
        remote = loaded is not None and parse_ref(str(loaded.path)) is not None
        if loaded is not None and loaded.path.parent != self._models_dir and not remote:
            choices.append((loaded.name, loaded.path.name))
        chosen = self.conversation_model(self.conversation_id)
        current = (str(chosen) if parse_ref(str(chosen)) else chosen.name) if chosen else (
            (str(loaded.path) if remote else loaded.path.name) if loaded else None)
        self.choices_changed.emit(choices, current)

    def _on_busy_changed(self, conversation_id: int | None) -> None:
        if conversation_id is None and self._after_reply is not None:
            self.load(self._after_reply)  # as promised when it was chosen
