"""The main window: sidebar, chat pane, menus and status bar, wired to the chat session."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, __version__
from app.chat.attachments import Attachments
from app.chat.collections import Collections
from app.chat.context_meter import ContextMeter
from app.chat.drafts import Drafts
from app.chat.exporting import ConversationExport
from app.chat.focus import Escape, FocusAfterOpen, escape_while_replying, prompt_takes_focus
from app.chat.history_import import HistoryImport
from app.chat.instruct_offer import InstructOffer
from app.chat.library import Library
from app.chat.message_commands import MessageCommands
from app.chat.model_choice import ModelChoice
from app.chat.model_setup import ModelSetup
from app.chat.navigator import Navigator
from app.chat.preferences import Preferences
from app.chat.presets import Presets
from app.chat.session import ChatSession
from app.chat.undo import UndoStack
from app.documents.index import Passage
from app.engine.base import GenerationStats
from app.engine.worker import EngineController
from app.errors import StorageError
from app.i18n import ui_locale
from app.paths import AppPaths
from app.server.service import ApiService
from app.settings import Settings, UiState
from app.store.records import Message, Source
from app.ui.chat_view import ChatView
from app.ui.conversation_list import ConversationList
from app.ui.documents_window import DocumentsWindow, choose_files
from app.ui.import_dialog import ImportDialog
from app.ui.model_manager import ModelManager, dropped_files, dropped_ggufs
from app.ui.model_offer import ModelOfferBar
from app.ui.qmodels import ConversationListModel
from app.ui.services import ModelServices
from app.ui.settings_dialog import SettingsDialog
from app.ui.source_dialog import SourceDialog
from app.ui.window_history import HistoryActions
from app.ui.window_menus import WindowMenus
from app.ui.window_models import ModelActions
from app.ui.window_presets import PresetActions
from app.ui.window_state import WindowState
from app.ui.window_status import ModelStatus, state_text

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Lays out the sidebar, the chat and the status bar, composes the parts that drive
    the menus, the kept state, history, the model's status, the models and the presets,
    and connects them to the logic objects."""

    model_ready = Signal()
    closing = Signal()

    def __init__(
        self,
        paths: AppPaths,
        preferences: Preferences,
        ui_state: UiState,
        session: ChatSession,
        engine: EngineController,
        model_setup: ModelSetup,
        list_model: ConversationListModel,
        sidebar: ConversationList,
        chat: ChatView,
        models: ModelServices,
        library: Library,
        undo: UndoStack,
        presets: Presets,
        meter: ContextMeter,
        model_choice: ModelChoice,
        offer: InstructOffer,
        navigator: Navigator,
        commands: MessageCommands,
        exporter: ConversationExport,
        collections: Collections | None = None,
        attachments: Attachments | None = None,
        history_import: HistoryImport | None = None,
    ) -> None:
        super().__init__()
        self.paths = paths
        self.preferences = preferences
        self.session = session
        self.engine = engine
        self.model_setup = model_setup
        self.list_model = list_model
        self.sidebar = sidebar
        self.chat = chat
        self.models = models
        self.library = library
        self.undo = undo
        self.presets = presets
        self.meter = meter
        self.model_choice = model_choice
        self.offer = offer
        self.navigator = navigator
        self.commands = commands
        self.exporter = exporter
        self.collections = collections  # None: built without documents, no Documents window
        self.attachments = attachments  # None: no documents, so nothing to attach
        self.documents_window: DocumentsWindow | None = None  # made when first opened
        # Importing other apps' history: wiring passes one in and registers it with the
        # background work; a window built without one (in tests) makes and stops its own.
        self.history_import = history_import or HistoryImport(paths.database,
                                                              str(paths.log_file))
        self._owns_history_import = history_import is None
        self.import_dialog: ImportDialog | None = None  # made when first opened
        self.drafts = Drafts()
        self.setAcceptDrops(True)
        self.background_stopped = True
        self.api: ApiService | None = None
        self._warm_up_started = False
        self.warmed_up = False  # the self-test waits for it, as a user is never that quick
        self.model_ready.connect(self._warm_up_once)

        self.setWindowTitle(APP_NAME)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(sidebar)
        self.splitter.addWidget(chat)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.offer_bar = ModelOfferBar()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.offer_bar)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.model_label = QLabel(self.tr("No model"))
        self.state_label = QLabel(state_text("no model"))
        self.speed_label = QLabel("")
        for label in (self.model_label, self.state_label, self.speed_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        # a long remote name must not widen the window: the label is cut, its tooltip whole
        self.model_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                       QSizePolicy.Policy.Preferred)
        status = self.statusBar()
        status.addWidget(self.model_label, 1)  # the room there is; cut, never wider
        status.addWidget(self.state_label)
        status.addPermanentWidget(self.speed_label)

        # Esc stops a reply wherever the focus is; only while one runs, so that Esc keeps
        # its own meaning elsewhere (the search box clears, an edit is cancelled).
        self.stop_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.stop_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.stop_shortcut.activated.connect(self._stop_from_anywhere)
        self.stop_shortcut.setEnabled(False)

        show_status = self.statusBar().showMessage
        self.window_state = WindowState(ui_state, paths.ui_state_file, self, self.splitter,
                                        lambda: self.chat.conversation_id)
        self.menus = WindowMenus(self, paths.logs, ui_state.text_scale, show_status)
        self.history = HistoryActions(undo, library, exporter, self.menus.undo_action, sidebar,
                                      chat, self, models.tell_user, show_status)
        self.model_status = ModelStatus(engine, model_choice, offer, chat, self.offer_bar,
                                        self.model_label, self.state_label, self.speed_label,
                                        self._refresh_chat_state, self)
        self.model_actions = ModelActions(models, paths, engine, model_choice, preferences,
                                          lambda: self.chat.conversation_id, self)
        self.preset_actions = PresetActions(presets, library, preferences, navigator, chat,
                                            self)
        self._wire()
        self.navigator.start(self.window_state.restore())

    # construction

    def _wire(self) -> None:
        menus = self.menus
        menus.new_chat_action.triggered.connect(self.new_chat)
        menus.preset_chat_action.triggered.connect(self.preset_actions.choose_preset)
        menus.export_action.triggered.connect(self.history.export_conversation)
        menus.import_action.triggered.connect(self.open_import)
        self.history_import.finished.connect(lambda _summary: self.sidebar.refresh())
        menus.models_action.triggered.connect(self.open_models)
        menus.documents_action.setVisible(self.collections is not None)
        menus.documents_action.triggered.connect(self.open_documents)
        menus.trash_action.triggered.connect(self.history.open_trash)
        menus.quit_action.triggered.connect(self.close)
        menus.undo_action.triggered.connect(self.history.undo_last)
        menus.settings_action.triggered.connect(self.open_settings)
        menus.about_action.triggered.connect(self._about)
        menus.text_scaled.connect(self.window_state.keep_text_scale)

        self.sidebar.conversation_selected.connect(self.open_conversation)
        self.sidebar.conversation_activated.connect(lambda _id: self.chat.prompt.setFocus())
        self.sidebar.new_chat_requested.connect(self.new_chat)
        self.sidebar.trash_requested.connect(self.navigator.trash)
        self.navigator.open_requested.connect(self._show_requested)
        self.navigator.notice.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.navigator.failed.connect(self.chat.show_banner)
        self.commands.edit_started.connect(self.chat.begin_edit)
        self.commands.edit_finished.connect(self.chat.end_edit)
        self.commands.notice.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.commands.failed.connect(self.chat.show_banner)
        self.list_model.dataChanged.connect(self._on_titles_changed)

        self.chat.send_requested.connect(self.send)
        self.chat.stop_requested.connect(self.session.stop)
        self.chat.system_prompt_requested.connect(self.preset_actions.edit_chat_settings)
        self.chat.model_chosen.connect(self.model_choice.choose_for_conversation)
        self.model_choice.choices_changed.connect(self.chat.set_models)
        self.model_choice.notice.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.preferences.save_failed.connect(
            lambda text: QMessageBox.warning(self, self.tr("Settings"), text))
        self.model_choice.failed.connect(self.model_status.show_load_failure)
        self.model_choice.unavailable.connect(self._on_model_unavailable)
        self.model_choice.privacy_changed.connect(self.chat.set_privacy)
        self.chat.retry_requested.connect(self.model_choice.retry)
        self.chat.message_action.connect(self.commands.perform)
        self.chat.edit_submitted.connect(self.commands.submit_edit)
        self.session.path_changed.connect(self._on_path_changed)
        self.library.changed.connect(self.sidebar.refresh)
        self.library.restored.connect(self.history.show_restored)
        self.undo.changed.connect(self.history.show_undo)
        self.meter.changed.connect(self.chat.show_meter)
        self.chat.prompt.textChanged.connect(self._count_context)
        self.session.path_changed.connect(lambda _id: self._count_context())
        self.engine.loaded.connect(lambda _info: self._count_context())
        self.models.downloads.installed.connect(lambda _task: self.model_choice.refresh())
        self.chat.link_blocked.connect(
            lambda url: self.statusBar().showMessage(
                self.tr("Blocked a link Hearth does not open: {url}").format(url=url), 8000))

        self.session.message_added.connect(self.chat.add_message)
        self.session.reply_updated.connect(self.chat.update_reply)
        self.session.reasoning_updated.connect(self.chat.update_reasoning)
        self.session.reply_finished.connect(self._on_reply_finished)
        self.session.busy_changed.connect(self._on_busy_changed)
        self.session.conversations_changed.connect(self.sidebar.refresh)
        self.session.context_trimmed.connect(self._on_trimmed)
        self.session.storage_failed.connect(self.chat.show_banner)
        self.session.documents_problem.connect(self.chat.show_banner)
        self.session.sources_changed.connect(self.chat.set_sources)
        self.chat.source_requested.connect(self.show_source)
        self.sidebar.passage_activated.connect(self.show_passage)
        self.chat.attach_button.setVisible(self.attachments is not None)
        self.chat.collections_chosen.connect(self._choose_collections)
        if self.collections is not None:
            self.collections.changed.connect(self._show_collections)
        if self.attachments is not None:
            self.chat.attach_requested.connect(self.choose_attachments)
            self.chat.prompt.attach_pasted = self.attach
            self.chat.detach_requested.connect(self._detach)
            self.attachments.changed.connect(self.chat.show_attachments)
            self.attachments.failed.connect(self.chat.show_banner)

        status = self.model_status
        self.engine.state_changed.connect(status.show_state)
        self.engine.loaded.connect(status.show_loaded)
        self.engine.load_failed.connect(lambda _message: self._refresh_chat_state())
        self.engine.load_progress.connect(status.show_load_progress)
        self.model_setup.provisioning.connect(status.show_provisioning)
        self.model_setup.progress.connect(status.show_provision_progress)
        self.model_setup.failed.connect(lambda _message: status.close_progress())
        self.model_setup.loading.connect(status.show_loading)
        self.offer.offered.connect(status.show_offer)
        self.offer_bar.accepted.connect(status.accept_offer)
        self.offer_bar.dismissed.connect(status.end_offer)
        status.offer_ended.connect(self.window_state.end_offer)
        status.download_requested.connect(
            lambda entry: self.open_models().download_entry(entry))
        status.ready.connect(self.model_ready)

    # start-up and shutdown

    def attach_api(self, api: ApiService) -> None:
        """The local API service (wiring makes it): its state shows in the status bar."""
        self.api = api
        self.api_label = QLabel("")
        self.statusBar().addPermanentWidget(self.api_label)
        api.status_changed.connect(self.api_label.setText)
        api.problem.connect(lambda text: QMessageBox.warning(self, self.tr("Local API"), text))
        api.turned_on.connect(self._on_api_turned_on)
        problem = api.apply(self.settings.serve_api, self.settings.api_port,
                            self.settings.api_on_network)
        if problem:
            self.chat.show_banner(problem)

    def _warm_up_once(self) -> None:
        """After the first model has loaded, when the cores are free again: during the load
        the same work took twice as long on the GUI thread."""
        if not self._warm_up_started:
            self._warm_up_started = True
            QTimer.singleShot(0, lambda: self._warm_up(["user", "assistant"]))

    def _warm_up(self, roles: list[str]) -> None:
        """One message widget at a time, with the event loop running in between: together
        they took 16 ms of the GUI thread, and 28 in the packaged app."""
        self.chat.warm_up(roles[0])
        if roles[1:]:
            QTimer.singleShot(50, lambda: self._warm_up(roles[1:]))
        else:
            self.warmed_up = True

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self._owns_history_import:
            self.history_import.join(2000)  # what was imported so far is kept
        self.closing.emit()  # wiring stops the background work and sets background_stopped
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_ggufs(event) or (self.attachments is not None and dropped_files(event)):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """A model file goes to the Models window, another app's history export to the
        import (once the user says so); any other file is attached to the chat."""
        self.model_actions.import_files(dropped_ggufs(event))
        others = [p for p in dropped_files(event) if p.suffix.lower() != ".gguf"]
        exports = [(p, app) for p in others
                   if (app := self.history_import.exported_by(p)) is not None]
        if exports and self._import_dropped(*exports[0]):
            others = [p for p in others if p != exports[0][0]]
        if others:
            self.attach(others)

    def _import_dropped(self, path: Path, app: str) -> bool:
        """Asks whether a dropped history export is to be imported; True: it is."""
        if self.history_import.busy:
            self.models.tell_user(self, self.tr("Import conversations"), self.tr(
                "Another import is running. Drop {file} again once it is done.")
                .format(file=path.name))
            return True  # neither imported nor attached: the user meant to import it
        answer = QMessageBox.question(
            self, self.tr("Import conversations"),
            self.tr("{file} is a conversation export from {app}. Import its conversations "
                    "into Hearth?").format(file=path.name, app=app),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return False  # attached to the chat as a document instead
        self.open_import().start(path, None)
        return True

    def choose_attachments(self) -> None:
        chosen = choose_files(self, self.tr("Attach files to this chat"))
        self.chat.prompt.setFocus()
        if chosen:
            self.attach(chosen)

    def attach(self, paths: list[Path]) -> bool:
        conversation_id = self.chat.conversation_id
        if self.attachments is None or conversation_id is None:
            return False
        return self.attachments.attach(conversation_id, paths)

    def _show_collections(self) -> None:
        conversation_id = self.chat.conversation_id
        if self.collections is None or conversation_id is None:
            return
        self.chat.set_collections([c.name for c in self.collections.collections()],
                                  self.library.chosen_collections(conversation_id))

    def _choose_collections(self, names: list[str]) -> None:
        conversation_id = self.chat.conversation_id
        if conversation_id is None:
            return
        try:
            self.library.choose_collections(conversation_id, names)
        except StorageError as exc:
            self.chat.show_banner(str(exc))
        self._show_collections()

    def _detach(self, path: str) -> None:
        if self.attachments is not None and self.chat.conversation_id is not None:
            self.attachments.detach(self.chat.conversation_id, path)

    def save_state(self) -> None:
        self.window_state.save()

    # actions

    def new_chat(self) -> None:
        self.navigator.new_chat()

    def start_model(self) -> None:
        self.model_actions.start_model()

    def open_models(self) -> ModelManager:
        return self.model_actions.open_models()

    def open_documents(self) -> DocumentsWindow | None:
        """The one Documents window, non-modal; indexing goes on when it is closed."""
        if self.collections is None:
            return None
        if self.documents_window is None:
            self.documents_window = DocumentsWindow(self.collections, self,
                                                    self.models.ask_user, self.models.tell_user)
        self.documents_window.show()
        self.documents_window.raise_()
        self.documents_window.activateWindow()
        return self.documents_window

    def open_import(self) -> ImportDialog:
        """The one import dialog, non-modal: an import goes on when it is closed."""
        if self.import_dialog is None:
            self.import_dialog = ImportDialog(self.history_import, self)
        else:
            self.import_dialog.show_found(self.history_import.other_apps())
        self.import_dialog.show()
        self.import_dialog.raise_()
        self.import_dialog.activateWindow()
        return self.import_dialog

    def _show_requested(self, conversation_id: int, created: bool) -> None:
        """Open what the navigator chose; a chat just made is shown in the whole list."""
        if created:
            self.sidebar.search.clear()
            self.list_model.reload()
        self.sidebar.select(conversation_id)
        self.chat.prompt.setFocus()

    def show_source(self, message_id: int, number: int) -> SourceDialog | None:
        """A reply's source [number], in a window of its own."""
        sources = self.chat.column.model.sources_of(message_id)
        source = next((s for s in sources if s.number == number), None)
        return self._open_source(source) if source is not None else None

    def show_passage(self, passage: Passage) -> SourceDialog:
        """A passage the sidebar's search found in the user's documents."""
        return self._open_source(Source(0, passage.file, passage.location, passage.text,
                                        passage.page, passage.line))

    def _open_source(self, source: Source) -> SourceDialog:
        """The passage in its file's context; typing goes back to the message box after."""
        around = (self.collections.around(source.file, source.text)
                  if self.collections is not None else None)
        dialog = SourceDialog(source, self.chat.open_url, self, around)
        dialog.finished.connect(lambda _result: self.chat.prompt.setFocus())
        dialog.show()
        return dialog

    def open_conversation(self, conversation_id: int) -> None:
        try:
            conversation = self.library.conversation(conversation_id)
            if conversation is None:
                return
            messages = self.session.path(conversation.id)
            sources = self.session.sources([m.id for m in messages if m.role == "assistant"])
        except StorageError as exc:
            log.error("Could not open a conversation: %s", exc)
            self.chat.show_banner(self.tr("This conversation could not be read: {problem}")
                                  .format(problem=exc))
            return
        switched = conversation.id != self.chat.conversation_id
        focused_before = QApplication.focusWidget()
        draft = None
        if switched and self.chat.editing_id is None:
            draft = self.drafts.switch(self.chat.conversation_id,
                                       self.chat.prompt.toPlainText(), conversation.id)
        # a banner belongs to the conversation it was shown in
        self.chat.show_banner(self.model_choice.banner(conversation.id))
        self.chat.show_conversation(conversation.id, conversation.title, messages,
                                    self.session.trimmed.get(conversation.id), sources)
        if draft is not None and draft != self.chat.prompt.toPlainText():
            self.chat.prompt.setPlainText(draft)
        self.navigator.opened(conversation.id)
        if self.attachments is not None:
            self.attachments.show(conversation.id)
        self._show_collections()
        self.model_choice.opened(conversation.id)
        self._refresh_chat_state()
        self._count_context()
        self._focus_prompt_after_open(switched, focused_before)

    def _focus_prompt_after_open(self, switched: bool, focused_before: QWidget | None) -> None:
        focus = QApplication.focusWidget()
        facts = FocusAfterOpen(
            switched=switched,
            in_sidebar=focus is not None and self.sidebar.isAncestorOf(focus),
            by_keyboard=QApplication.mouseButtons() == Qt.MouseButton.NoButton,
            kept_widget=focus is not None and focus is focused_before and focus.isVisible(),
            in_messages=focus is not None and self.chat.scroll_area.isAncestorOf(focus))
        if prompt_takes_focus(facts):
            self.chat.prompt.setFocus()

    def send(self, text: str) -> None:
        conversation_id = self.chat.conversation_id
        if conversation_id is None:
            return
        problem = self.meter.draft_problem(conversation_id, text)
        if problem:
            self.chat.show_draft_problem(problem)  # the text stays in the box
            return
        try:
            self.session.send(conversation_id, text)
        except StorageError as exc:
            log.error("Could not save a message: %s", exc)
            self.chat.show_banner(self.tr(
                "Your message could not be saved ({problem}). It is still in the box below; "
                "free some disk space and press Enter again.").format(problem=exc))
            return
        self.chat.prompt.clear()
        self._on_titles_changed()  # the first message names the chat

    @property
    def settings(self) -> Settings:
        """The current settings (Preferences keeps and saves them)."""
        return self.preferences.current

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self, self.models.tokens,
                                self.api.token if self.api is not None else "",
                                api_token_store=self.api.token_store
                                if self.api is not None else None,
                                embedders=[(e.name, e.filename)
                                           for e in self.models.catalog.embedders
                                           if (self.paths.models / e.filename).is_file()])
        accepted = dialog.exec() == SettingsDialog.DialogCode.Accepted
        self.chat.prompt.setFocus()
        if not accepted:
            return
        old, new = self.settings, dialog.result_settings()
        if Preferences.asks_before(old, new) and not self.models.ask_user(
                self, self.tr("Local API on the network"),
                self.tr("Other computers that can reach this one will be able to use the "
                        "model (with the token), and what they send is processed here. "
                        "Listen on the network?")):
            new = replace(new, api_on_network=False)
        # the model reloads itself, and the local API follows, if they must
        self.preferences.update(new)

    def _on_api_turned_on(self, address: str, token: str) -> None:
        QMessageBox.information(
            self, self.tr("Local API"),
            self.tr("Other apps on this computer can now use {address}/v1 with the "
                    "bearer token:\n\n{token}\n\nSettings shows it again.")
            .format(address=address, token=token))

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About {app}").format(app=APP_NAME),
                          self.tr("{app} {version}\nPrivate, offline chat with open models.\n"
                                  "Your data: {folder}").format(
                              app=APP_NAME, version=__version__, folder=self.paths.data))

    # reactions

    def _on_path_changed(self, conversation_id: int) -> None:
        if conversation_id == self.chat.conversation_id:
            self.open_conversation(conversation_id)

    def _on_titles_changed(self, *_: object) -> None:
        conversation = (self.library.conversation(self.chat.conversation_id)
                        if self.chat.conversation_id is not None else None)
        if conversation is not None:
            self.chat.set_title(conversation.title)

    def _count_context(self) -> None:
        self.meter.set_defaults(self.preferences.generation_params())
        self.meter.update(self.chat.conversation_id, self.chat.prompt.toPlainText())

    def _on_reply_finished(self, message: Message, stats: GenerationStats | None) -> None:
        self.chat.finish_reply(message)
        self._count_context()
        if stats is not None and stats.prompt_note:
            self.chat.show_banner(stats.prompt_note)
        if stats is not None and stats.tokens_per_s:
            self.speed_label.setText(self.tr("%n tokens · {speed} tokens/s", "",
                                             stats.completion_tokens).format(
                speed=ui_locale().toString(stats.tokens_per_s, "f", 1)))

    def _on_busy_changed(self, conversation_id: int | None) -> None:
        self.list_model.set_busy(conversation_id)
        self._refresh_chat_state()

    def _on_trimmed(self, conversation_id: int, first_kept_id: int) -> None:
        if conversation_id == self.chat.conversation_id:
            self.chat.show_trimmed(first_kept_id)

    def _refresh_chat_state(self) -> None:
        self.chat.set_state(self.model_choice.ready_for(self.chat.conversation_id),
                            self.session.busy_conversation_id)
        self.stop_shortcut.setEnabled(self.session.busy_conversation_id is not None)

    def _stop_from_anywhere(self) -> None:
        if escape_while_replying(self.chat.editing_id is not None) is Escape.END_EDIT:
            self.chat.end_edit()
        else:
            self.session.stop()

    def _on_model_unavailable(self, message: str) -> None:
        self.chat.show_load_failure(message)
        self._refresh_chat_state()

