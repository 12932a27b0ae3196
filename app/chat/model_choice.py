"""Which model each conversation uses, and when it is loaded.

A conversation's model is its own: the one the user chose in it, or else the default for
new chats (Settings, or the bundled model). Opening a conversation never changes its model,
and never inherits the one the previous conversation loaded: a remote model chosen in one
chat must not receive another chat's text. One model is in memory at a time, so opening a
conversation loads its model; a reply goes out only once the engine holds the model of the
conversation it answers (`serves`). A model chosen while a reply streams is loaded once the
reply ends, as the window promises. A load that fails belongs to the conversation that asked
for it: other conversations load their own model and work."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.chat.model_setup import ModelSetup
from app.chat.session import ChatSession
from app.engine.base import LoadOptions, ModelInfo
from app.engine.remote import parse_ref
from app.engine.worker import EngineController
from app.errors import StorageError
from app.models.catalog import Catalog
from app.models.elsewhere import ModelsElsewhere
from app.store.conversations import ConversationStore

log = logging.getLogger(__name__)

LOAD_KEYS = frozenset({"context_length", "gpu_layers", "threads"})  # how a model is loaded
Choices = list[tuple[str, str]]  # (label, reference: a file name, a path or a remote ref)
RemoteChoices = Callable[[], list[tuple[str, str]]]  # (label, remote ref)


@dataclass(frozen=True)
class Wanted:
    """The model a conversation runs on."""

    target: str  # for ModelSetup.start: a path, a remote ref, or "" (set up the bundled one)
    key: str  # compared with the loaded model's path
    choice: str | None  # the selector's entry for it
    missing: str = ""  # why it cannot be used, in words; the target is then empty


def model_key(path: Path | str) -> str:
    """One spelling per model: remote references as they are, files as absolute paths."""
    text = str(path)
    return text if parse_ref(text) is not None else str(Path(text).absolute())


class ModelChoice(QObject):
    choices_changed = Signal(object, object)  # Choices, the open conversation's entry or None
    notice = Signal(str)  # a line for the status bar
    failed = Signal(str)  # the open conversation's model could not be loaded: why
    unavailable = Signal(str)  # the open conversation's model is gone: what to do
    privacy_changed = Signal(object)  # the host the open conversation's text goes to, or None

    def __init__(self, engine: EngineController, session: ChatSession, setup: ModelSetup,
                 store: ConversationStore, models_dir: Path, catalog: Catalog,
                 load_options: Callable[[], LoadOptions],
                 default_model: Callable[[], str],
                 bundled_path: Path | None = None,
                 remote_choices: RemoteChoices = list,
                 remote_hosts: Callable[[], dict[str, str]] = dict,
                 elsewhere: ModelsElsewhere | None = None) -> None:
        super().__init__()
        # other apps' models, used in place: their names, and whether they are still there
        self.elsewhere = elsewhere or ModelsElsewhere(models_dir, catalog)
        self._engine = engine
        self._session = session
        self._setup = setup
        self._store = store
        self._models_dir = models_dir
        self._catalog = catalog
        self._load_options = load_options
        self._default_model = default_model
        self._bundled_path = bundled_path  # where the bundled model will be, once set up
        self._remote_choices = remote_choices
        self._remote_hosts = remote_hosts  # connection name -> host
        self._after_reply: Wanted | None = None
        self._requested: str | None = None  # the key of the load asked for last
        self._failures: dict[str, str] = {}  # model key -> why its last load failed
        self._started = False  # nothing loads before the window has started (start())
        self.conversation_id: int | None = None
        session.busy_changed.connect(self._on_busy_changed)
        session.busy_changed.connect(self._keep_model_of)
        engine.loaded.connect(self._on_loaded)
        engine.load_failed.connect(self._on_load_failed)
        setup.failed.connect(self._on_load_failed)

    # what a conversation runs on

    def wanted(self, conversation_id: int | None) -> Wanted:
        chosen: str | None = None
        if conversation_id is not None:
            try:
                chosen = self._store.conversation(conversation_id).model_id
            except KeyError:
                chosen = None
        default = self._resolve(self._default_model(), own=False)
        # The default by another spelling (earlier releases kept only a file's name)
        # is the default: it needs no file check, and moves with an installer's folder
        if chosen and chosen not in (default.choice, Path(default.choice or "").name) \
                and model_key(chosen) != default.key:
            return self._resolve(chosen, own=True)
        return default

    def _resolve(self, reference: str, own: bool) -> Wanted:
        ref = parse_ref(reference)
        if ref is not None:
            name, model = ref
            if name not in self._remote_hosts():
                return Wanted("", "", None, missing=(
                    self.tr("This conversation used {model} on the connection “{name}”, "
                            "which has been removed. Choose a model for it above.") if own
                    else self.tr("The default model, {model} on “{name}”, is no longer "
                                 "available: its connection has been removed. Choose a "
                                 "model above or in Settings.")).format(model=model, name=name))
            return Wanted(reference, reference, reference)
        bundled = self._bundled_path
        if not reference or (bundled is not None and reference == bundled.name):
            if bundled is None:
                return Wanted("", "", None, missing=self.tr(
                    "No model is set up. Choose a model file in Settings."))
            return Wanted("", model_key(bundled), self._choice(bundled))
        path = Path(reference)
        if not path.is_absolute() and own and len(path.parts) == 1:
            path = self._models_dir / path  # chosen in the selector: a file name there
        if path.is_absolute() and not path.is_file():
            other = self.elsewhere.find(path)
            if other is not None:  # the other app deleted or moved it
                return Wanted("", "", None, missing=(
                    self.tr("The model this conversation used, {name} from {app}, is no "
                            "longer on this computer: {app} deleted or moved it. Choose "
                            "another model for it above, or get it again in {app}.") if own
                    else self.tr("The default model, {name} from {app}, is no longer on "
                                 "this computer: {app} deleted or moved it. Choose a model "
                                 "above or in Models.")).format(name=other.name,
                                                                app=other.app))
        if own and not path.is_file():
            return Wanted("", "", None, missing=self.tr(
                "The model this conversation used, {name}, is no longer on this computer. "
                "Choose another model for it above, or download it again in Models.")
                .format(name=path.name))
        return Wanted(str(path), model_key(path), self._choice(path))

    def _choice(self, path: Path) -> str:
        """How a file is named in the selector and the store: by its name in the models
        folder, by its whole path elsewhere."""
        return path.name if path.parent == self._models_dir else str(path)

    def serves(self, conversation_id: int | None) -> bool:
        """The engine holds this conversation's own model: only then may a reply start."""
        info = self._engine.model_info
        wanted = self.wanted(conversation_id)
        return (info is not None and not wanted.missing
                and model_key(info.path) == wanted.key)

    def ready_for(self, conversation_id: int | None) -> bool:
        """Whether this conversation can send now, as far as its model goes: the engine
        holds its own model and is not loading another."""
        return self._engine.state in ("ready", "generating") and self.serves(conversation_id)

    def host_of(self, conversation_id: int | None) -> str | None:
        """Where this conversation's text is sent, or None when it stays here."""
        wanted = self.wanted(conversation_id)
        ref = parse_ref(wanted.key) if wanted.key else None
        if ref is None:
            return None
        return self._remote_hosts().get(ref[0], ref[0])

    def status_line(self, info: ModelInfo) -> str:
        """The loaded model in one line: its name, whether it is a base model, its context,
        how its prompt is written and where its layers run."""
        template = (self.tr("chat template") if info.has_chat_template
                    else self.tr("plain transcript"))
        entry = self._catalog.by_filename(info.path.name)
        kind = self.tr(" · base model") if entry is not None and not entry.instruct else ""
        context = (self.tr("{tokens} ctx").format(tokens=info.context_length)
                   if info.context_known else self.tr("context size unknown"))
        name = self._catalog.display_name(info.path.name, info.name)
        if info.architecture != "remote" and info.path.parent != self._models_dir:
            other = self.elsewhere.find(info.path)
            if other is not None:
                name = self.tr("{name} ({app})").format(name=other.name, app=other.app)
        return f"{name}{kind} · {context} · {template} · {info.offload_label}"

    def banner(self, conversation_id: int | None) -> str:
        """What the chat says above its messages about its model: where its text goes,
        and the loaded model's notes once the engine holds this chat's own model."""
        parts = []
        host = self.host_of(conversation_id)
        if host:
            parts.append(self.tr("What you write in this conversation is sent to {host}.")
                         .format(host=host))
        info = self._engine.model_info
        if info is not None and self.serves(conversation_id):
            parts += [info.offload_note, info.template_note]
        return " ".join(part for part in parts if part)

    # the user's and the window's requests

    def start(self) -> None:
        """At start-up: the open conversation's model (or the default, with no chat)."""
        self._failures.clear()
        self._started = True
        self._bring_in(self.wanted(self.conversation_id), force=True)
        self.refresh()

    def opened(self, conversation_id: int) -> None:
        """A conversation was opened: its own model is loaded, nothing else changes."""
        self.conversation_id = conversation_id
        self._bring_in(self.wanted(conversation_id))
        self.refresh()

    def choose_for_conversation(self, reference: str) -> None:
        if self.conversation_id is None:
            return
        self._store.set_model(self.conversation_id, reference)
        wanted = self.wanted(self.conversation_id)
        self._failures.pop(wanted.key, None)  # the user asks again: try again
        self._bring_in(wanted)
        self.refresh()

    def use_as_default(self, path: Path) -> None:
        """The Models window's "Use": the open conversation's model, and the default."""
        if self.conversation_id is not None:
            self._store.set_model(self.conversation_id, self._choice(path))
        self._failures.pop(model_key(path), None)
        self._bring_in(self.wanted(self.conversation_id))
        self.refresh()

    def retry(self) -> None:
        """Load the open conversation's model again (the server is back, say)."""
        wanted = self.wanted(self.conversation_id)
        self._failures.pop(wanted.key, None)
        self._bring_in(wanted, force=True)

    def reload(self) -> None:
        """Load again with new options (Settings changed the context length, say)."""
        self._bring_in(self.wanted(self.conversation_id), force=True)
        self.refresh()

    def connections_changed(self) -> None:
        """A connection was added, removed or listed its models again: the open
        conversation's model may be gone (or back)."""
        self._bring_in(self.wanted(self.conversation_id))
        self.refresh()

    def settings_changed(self, keys: frozenset[str]) -> None:
        """Settings changed: new load options load the open chat's model again; a new
        default model loads where the open chat follows the default."""
        if keys & LOAD_KEYS:
            self.reload()
        elif "model_path" in keys:
            self._bring_in(self.wanted(self.conversation_id))
            self.refresh()

    def refresh(self) -> None:
        # names only: reading every header here would stall the window on big vocabularies
        choices: Choices = []
        for path in sorted(self._models_dir.glob("*.gguf")):
            choices.append((self._label(path), path.name))
        default = self._resolve(self._default_model(), own=False)
        if default.choice and default.choice not in {ref for _, ref in choices} \
                and parse_ref(default.choice) is None:
            choices.append((self._label(Path(default.choice)), default.choice))
        listed = {ref for _, ref in choices}
        for other in self.elsewhere.models():
            # only those llama.cpp has read (the probe, when first used), as any import
            if other.checked and other.usable and str(other.path) not in listed:
                choices.append((self.tr("{name} ({app})").format(name=other.name,
                                                                 app=other.app),
                                str(other.path)))
        choices.extend(self._remote_choices())
        wanted = self.wanted(self.conversation_id)
        self.choices_changed.emit(choices, wanted.choice)
        self.privacy_changed.emit(self.host_of(self.conversation_id))

    def _label(self, path: Path) -> str:
        if path.is_absolute() and path.parent != self._models_dir:
            other = self.elsewhere.find(path)
            if other is not None:  # "llama3.2:3b (Ollama)", not its blob's hash
                return self.tr("{name} ({app})").format(name=other.name, app=other.app)
        entry = self._catalog.by_filename(path.name)
        return entry.name if entry else path.stem

    # loading

    def _bring_in(self, wanted: Wanted, force: bool = False) -> None:
        if not self._started:
            return
        if wanted.missing:
            self._after_reply = None
            self.unavailable.emit(wanted.missing)
            return
        if wanted.key in self._failures and not force:
            self.failed.emit(self._failures[wanted.key])  # asked again only by Retry
            return
        info = self._engine.model_info
        if not force and info is not None and model_key(info.path) == wanted.key:
            self._after_reply = None
            self._setup.cancel()  # a set-up for the chat left a moment ago is no longer wanted
            self._requested = wanted.key
            return
        if not force and self._requested == wanted.key and self._engine.state == "loading":
            return  # on its way
        if self._session.busy_conversation_id is not None:
            self._after_reply = wanted
            self.notice.emit(self.tr("The model changes after the current reply."))
            return
        self._after_reply = None
        self._requested = wanted.key
        self._setup.start(wanted.target, self._load_options())

    def _keep_model_of(self, conversation_id: int | None) -> None:
        """A chat that is answered keeps the model that answers it: changing the default
        later changes new chats, never the model of one that has begun."""
        if conversation_id is None:
            return
        try:
            if self._store.conversation(conversation_id).model_id:
                return
        except KeyError:
            return
        wanted = self.wanted(conversation_id)
        if wanted.missing or wanted.choice is None:
            return
        bundled = self._bundled_path
        if bundled is not None and wanted.key == model_key(bundled):
            kept = bundled.name  # by name: an installer's folder moves between versions
        elif parse_ref(wanted.key) is not None or Path(wanted.key).parent == self._models_dir:
            kept = wanted.choice
        else:
            kept = wanted.key  # a file elsewhere, by its whole path

        try:
            self._store.set_model(conversation_id, kept)
        except StorageError as exc:  # the reply goes on; the chat follows the default
            log.warning("Could not record a conversation's model: %s", exc)

    def _on_loaded(self, info: ModelInfo) -> None:
        self._failures.pop(model_key(info.path), None)

    def _on_load_failed(self, message: str) -> None:
        key = self._requested
        if key is None:
            return
        self._failures[key] = message
        if key == self.wanted(self.conversation_id).key:
            self.failed.emit(message)

    def _on_busy_changed(self, conversation_id: int | None) -> None:
        if conversation_id is None and self._after_reply is not None:
            wanted, self._after_reply = self._after_reply, None
            self._bring_in(wanted)  # as promised when it was chosen

