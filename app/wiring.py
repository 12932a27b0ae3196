"""The one place that builds concrete objects and connects their signals.

The GUI run (app/main.py), the self-test and the tests all build the app here, so each
piece can also be built on its own with stand-ins (an engine, dialogs, a keyring).
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QProgressDialog

from app import APP_NAME
from app.background import BackgroundWork
from app.chat.attachments import Attachments
from app.chat.collections import Collections
from app.chat.connections import Connections
from app.chat.context_meter import ContextMeter
from app.chat.exporting import ConversationExport
from app.chat.grounding import Grounding
from app.chat.history_import import HistoryImport
from app.chat.instruct_offer import InstructOffer
from app.chat.library import Library
from app.chat.message_commands import MessageCommands
from app.chat.model_choice import ModelChoice
from app.chat.model_setup import ModelSetup
from app.chat.navigator import Navigator
from app.chat.preferences import API_KEYS, Preferences
from app.chat.presets import Presets
from app.chat.search import ConversationSearch
from app.chat.session import ChatSession
from app.chat.undo import UndoStack
from app.documents.index import INDEX_FILE
from app.engine.base import EngineFactory, GenerationStats
from app.engine.factory import engine_factory as dispatching
from app.engine.llama import LlamaEngine
from app.engine.native import gpu_devices
from app.engine.worker import EngineController
from app.errors import UserError
from app.models.catalog import load_catalog
from app.models.download import Downloader
from app.models.importer import ModelImports
from app.models.installed import remove_stale_imports
from app.models.provision import BundledModel, default_bundled_model, is_base_model
from app.models.queue import DownloadManager
from app.models.speed import SpeedEstimator
from app.models.system import available_memory_bytes
from app.paths import AppPaths
from app.resources import documents_embedder_path
from app.server.bridge import EngineBridge
from app.server.service import ApiService
from app.settings import Settings, UiState, load_json_dataclass
from app.settings.secrets import API_ACCOUNT, API_TOKEN_FILE, TokenStore
from app.store.conversations import ConversationStore
from app.store.db import connect, needs_migration
from app.store.presets import PresetStore
from app.ui.chat_view import ChatView, ConfirmLink, OpenUrl, ask_open_link
from app.ui.conversation_list import ConfirmDelete, ConversationList, ask_delete
from app.ui.main_window import MainWindow
from app.ui.message_column import EARLIER_PAGE, FIRST_SCREEN
from app.ui.model_manager import Ask, Tell, ask, tell
from app.ui.qmodels import ConversationListModel, MessageListModel
from app.ui.render import MarkdownRenderer
from app.ui.services import ModelServices

log = logging.getLogger(__name__)
WATCH_AFTER_MS = 5_000


@dataclass
class App:
    """Everything main builds, for the GUI run, the self-test and the tests."""

    paths: AppPaths
    window: MainWindow
    engine: EngineController
    store: ConversationStore
    session: ChatSession


@dataclass
class Overrides:
    """Command-line choices that win over the saved settings for this run."""

    model: Path | None = None
    gpu_layers: int | None = None
    max_tokens: int | None = None
    ignore_stop: bool = False


def _bundled_or_none() -> BundledModel | None:
    try:
        return default_bundled_model()
    except UserError as exc:
        log.warning("%s", exc)
        return None


QUIT_BUDGET_MS = 2_800  # every thread joined, or given up on, within 3 s of quitting


def migrate_with_progress(database: Path) -> None:
    """Bring an existing database up to date before the window opens. The migration runs
    on a thread of its own, so a dialog can say what is happening when it takes more
    than a second (a million messages take several). Raises what connect() raises."""
    if not needs_migration(database):
        return
    outcome: list[BaseException | None] = []

    def migrate() -> None:
        try:
            connect(database).close()
            outcome.append(None)
        except BaseException as exc:  # handed to the GUI thread, raised there
            outcome.append(exc)

    worker = threading.Thread(target=migrate, name="migration")
    worker.start()
    dialog = QProgressDialog("Updating your conversations for this version of Hearth…\n"
                             "A backup of the old file is kept next to it.", "", 0, 0)
    dialog.setWindowTitle(APP_NAME)
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(24 * 3600 * 1000)  # shown by hand below, never by itself
    dialog.reset()
    dialog.hide()
    started = time.monotonic()
    loop = QEventLoop()
    while worker.is_alive():
        if not dialog.isVisible() and time.monotonic() - started > 1.0:
            dialog.show()  # only when it takes longer than a second
        QTimer.singleShot(20, loop.quit)
        loop.exec()
    worker.join()
    dialog.close()
    if outcome and outcome[0] is not None:
        raise outcome[0]


@dataclass
class HeadlessServer:
    """The local API without a window (`python -m app serve`): the window's server, queue
    (EngineBridge), token and errors, over an engine of its own. It opens no database:
    the API reads and writes no conversation, so a window on the same data folder keeps
    its database, its lock and its prompt cache to itself."""

    engine: EngineController
    bridge: EngineBridge
    api: ApiService

    def stop(self, timeout_ms: int = QUIT_BUDGET_MS) -> bool:
        """Refuse new requests, stop the reply under way, join the engine's thread."""
        served = self.api.stop(timeout_ms // 2)
        self.engine.cancel_all()
        return self.engine.shutdown(timeout_ms // 2) and served


def build_headless_server(
    paths: AppPaths,
    engine_factory: EngineFactory = LlamaEngine,
    api_tokens: Callable[[Path], TokenStore] = lambda file: TokenStore(
        account=API_ACCOUNT, fallback_file=file),
) -> HeadlessServer:
    """The pieces `serve` runs, built as build() builds the window's: the same token store
    (so a client set up for the window's API works with `serve`, and the other way)."""
    engine = EngineController(engine_factory, str(paths.log_file))
    bridge = EngineBridge(engine)
    return HeadlessServer(engine, bridge, ApiService(bridge, api_token_store(paths, api_tokens)))


def api_token_store(paths: AppPaths,
                    api_tokens: Callable[[Path], TokenStore] | None = None) -> TokenStore:
    """Where the local API's token is kept: the keyring, else a file in the config folder."""
    make = api_tokens or (lambda file: TokenStore(account=API_ACCOUNT, fallback_file=file))
    return make(paths.config / API_TOKEN_FILE)


def usable_memory(engine: EngineController) -> int:
    """Memory free for a model now: free RAM and free GPU memory (engine/offload.py), plus
    what the local model loaded now holds (its file's size), as it is unloaded before
    another one loads."""
    held = 0
    info = engine.model_info
    if info is not None and info.architecture != "remote":
        with contextlib.suppress(OSError):
            held = info.path.stat().st_size
    return available_memory_bytes() + sum(d.free_bytes for d in gpu_devices()) + held


def build(
    paths: AppPaths,
    overrides: Overrides | None = None,
    engine_factory: EngineFactory = LlamaEngine,
    bundled: Callable[[], BundledModel | None] = _bundled_or_none,
    confirm_delete: ConfirmDelete = ask_delete,
    confirm_link: ConfirmLink = ask_open_link,
    open_url: OpenUrl = QDesktopServices.openUrl,
    token_store: Callable[[], TokenStore] | None = None,
    ask_user: Ask = ask,
    tell_user: Tell = tell,
    key_store: Callable[[str], TokenStore] = lambda account: TokenStore(account=account),
    api_tokens: Callable[[Path], TokenStore] = lambda file: TokenStore(
        account=API_ACCOUNT, fallback_file=file),
) -> App:
    overrides = overrides or Overrides()
    settings = load_json_dataclass(Settings, paths.settings_file)
    if overrides.model is not None:
        settings = replace(settings, model_path=str(overrides.model))
    if overrides.gpu_layers is not None:
        settings = replace(settings, gpu_layers=overrides.gpu_layers)
    if overrides.max_tokens is not None:
        settings = replace(settings, max_tokens=overrides.max_tokens)
    ui_state = load_json_dataclass(UiState, paths.ui_state_file)

    store = ConversationStore(connect(paths.database))
    interrupted = store.mark_interrupted()
    if interrupted:
        log.info("Marked %d cut-off replies as interrupted", interrupted)

    log_file = str(paths.log_file)
    connections = Connections(paths.config, key_store, log_file)
    engine = EngineController(dispatching(engine_factory, connections.engine_connections),
                              log_file)
    bundled_model = bundled()
    model_setup = ModelSetup(engine, paths.models, bundled_model, log_file)
    choice_ref: list[ModelChoice] = []
    preferences = Preferences(settings, paths.settings_file,
                              usable_memory=lambda: usable_memory(engine),
                              prompt_cache_dir=paths.cache / "prompt-cache",
                              ignore_stop=overrides.ignore_stop)

    def model_id() -> str | None:
        info = engine.model_info
        return info.name if info is not None else None

    def documents_embedder() -> Path | None:
        return documents_embedder_path(paths.models, preferences.current.documents_embedder)

    grounding = Grounding(paths.data, documents_embedder)
    session = ChatSession(store, engine, preferences.generation_params, model_id,
                          serves=lambda conversation_id: choice_ref[0].serves(conversation_id),
                          grounding=grounding)
    library = Library(store)
    undo = UndoStack()
    navigator = Navigator(library, session, undo,
                          lambda: preferences.current.default_system_prompt)
    list_model = ConversationListModel(library)
    search = ConversationSearch(paths.database, documents=paths.data / INDEX_FILE,
                                reasoning=lambda: preferences.current.search_reasoning)
    preferences.changed.connect(
        lambda keys: search.again() if "search_reasoning" in keys else None)
    sidebar = ConversationList(library, list_model, search, confirm_delete)
    chat = ChatView(MarkdownRenderer(), confirm_link, open_url,
                    model=MessageListModel(FIRST_SCREEN, EARLIER_PAGE))
    tokens = token_store() if token_store else TokenStore()
    downloads = DownloadManager(Downloader(paths.models, token=tokens.get), paths.models,
                                log_file)
    speed = SpeedEstimator(paths.config / "speed.json")
    imports = ModelImports(paths.models, log_file)
    services = ModelServices(load_catalog(), downloads, tokens,
                             lambda: usable_memory(engine), connections, ask_user, tell_user,
                             speed, imports)

    def measure_speed(_message: object, stats: GenerationStats | None) -> None:
        """Each local reply calibrates the estimates of how fast other models would be."""
        info = engine.model_info
        if stats is not None and info is not None and info.architecture != "remote":
            speed.record(services.catalog.bytes_per_token(info.path), stats.tokens_per_s,
                         stats.completion_tokens)

    session.reply_finished.connect(measure_speed)
    model_choice = ModelChoice(
        engine, session, model_setup, store, paths.models, services.catalog,
        load_options=preferences.load_options,
        default_model=lambda: preferences.current.model_path,
        # an installer's copy is used where it lies; otherwise it is set up in the models folder
        bundled_path=None if bundled_model is None
        else bundled_model.prebuilt or paths.models / bundled_model.filename,
        remote_choices=connections.model_choices, remote_hosts=connections.hosts)
    choice_ref.append(model_choice)
    bundled_file = None if bundled_model is None \
        else bundled_model.prebuilt or paths.models / bundled_model.filename

    def bundled_base(path: Path) -> bool:
        return (bundled_model is not None and bundled_file is not None
                and path.resolve() == bundled_file.resolve()
                and is_base_model(bundled_model, path))

    preferences.changed.connect(model_choice.settings_changed)
    connections.changed.connect(model_choice.connections_changed)
    remove_stale_imports(paths.models)  # what an import killed midway left (it logs each)
    purged = library.purge_old()
    if purged:
        log.info("Emptied %d conversations that had been in the trash for 30 days", purged)
    collections = Collections(paths.data / INDEX_FILE, documents_embedder(), log_file)
    preferences.changed.connect(
        lambda keys: collections.use_embedder(documents_embedder())
        if "documents_embedder" in keys else None)
    collections.rebuilt.connect(grounding.reopen)
    grounding.load_attached()
    attachments = Attachments(collections)
    attachments.changed.connect(
        lambda conversation_id, files: grounding.note_attached(conversation_id) if files
        else None)
    meter = ContextMeter(store, engine, attached_tokens=attachments.sizes)
    attachments.changed.connect(lambda _conversation_id, _files: meter.attachments_changed())
    # what changed in the collections' folders while Hearth was closed is read once the
    # model has loaded, and from then on as it changes
    QTimer.singleShot(WATCH_AFTER_MS, collections.watch)
    history_import = HistoryImport(paths.database, log_file)
    window = MainWindow(paths, preferences, ui_state, session, engine, model_setup, list_model,
                        sidebar, chat, services, library, undo,
                        Presets(PresetStore(store.db)), meter, model_choice,
                        InstructOffer(services.catalog, paths.models, services.usable_memory,
                                      speed, done=ui_state.instruct_offer_done,
                                      bundled_base=bundled_base),
                        navigator, MessageCommands(session, undo), ConversationExport(store),
                        collections, attachments, history_import)
    # the token is made (and kept in the keyring) only once the API is first turned on
    api = ApiService(EngineBridge(engine), api_token_store(paths, api_tokens))
    window.attach_api(api)
    preferences.changed.connect(
        lambda keys: api.follow(preferences.current) if keys & API_KEYS else None)

    # Quitting: the reply is kept as written so far, a download pauses (its bytes are kept),
    # an import or the bundled model's set-up is cancelled and leaves nothing behind.
    background = BackgroundWork()
    background.register("context meter", meter.stop)
    background.register("reply", session.shutdown)
    background.register("engine", engine.cancel_all, engine.shutdown)
    background.register("downloads", downloads.pause_all, downloads.shutdown)
    background.register("connections", lambda: None, connections.join)
    background.register("local API", lambda: None, api.stop)
    background.register("model set-up", model_setup.cancel, model_setup.join)
    background.register("history import", history_import.cancel, history_import.join)
    background.register("import", imports.cancel, imports.join)
    background.register("search", lambda: None, search.shutdown)
    background.register("documents search", grounding.stop, grounding.join)
    background.register("indexing", collections.cancel_all, collections.join)

    def on_closing() -> None:
        window.background_stopped = background.stop(QUIT_BUDGET_MS)

    window.closing.connect(on_closing)
    return App(paths=paths, window=window, engine=engine, store=store, session=session)


