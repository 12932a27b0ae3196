"""The main window's model status: the status bar's labels, the bundled model's first-start
set-up dialog, load errors in words, and the offer of an instruct model."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel, QProgressDialog, QWidget

from app import APP_NAME
from app.chat.instruct_offer import InstructOffer
from app.chat.model_choice import ModelChoice
from app.engine.base import ModelInfo
from app.engine.worker import EngineController
from app.models.catalog import CatalogEntry
from app.ui.chat_view import ChatView
from app.ui.model_offer import ModelOfferBar

STATE_LABELS = {
    "no model": QT_TRANSLATE_NOOP("MainWindow", "No model"),
    "loading": QT_TRANSLATE_NOOP("MainWindow", "Loading…"),
    "ready": QT_TRANSLATE_NOOP("MainWindow", "Ready"),
    "generating": QT_TRANSLATE_NOOP("MainWindow", "Generating…"),
    "error": QT_TRANSLATE_NOOP("MainWindow", "Model failed to load"),
}


def state_text(state: str) -> str:
    """The status bar's words for an engine state, in the UI's language."""
    return translate("MainWindow", str(STATE_LABELS.get(state, state)))


class ModelStatus(QObject):
    """Shows what the engine, ModelChoice and InstructOffer say about the model."""

    ready = Signal()  # a model has loaded and everything shows it
    download_requested = Signal(object)  # CatalogEntry: the offer's model, taken
    offer_ended = Signal()  # taken or dismissed: it never comes back

    def __init__(self, engine: EngineController, model_choice: ModelChoice,
                 offer: InstructOffer, chat: ChatView, offer_bar: ModelOfferBar,
                 model_label: QLabel, state_label: QLabel, speed_label: QLabel,
                 refresh_chat_state: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        self._engine = engine
        self._model_choice = model_choice
        self._offer = offer
        self._chat = chat
        self._offer_bar = offer_bar
        self._model_label = model_label
        self._state_label = state_label
        self._speed_label = speed_label
        self._refresh_chat_state = refresh_chat_state
        self._parent = parent  # of the set-up dialog
        self._progress: QProgressDialog | None = None
        self.load_error: str | None = None

    def show_state(self, state: str) -> None:
        self._state_label.setText(state_text(state))
        self._refresh_chat_state()

    def show_load_progress(self, value: float) -> None:
        if self._engine.state == "loading":
            self._state_label.setText(translate("MainWindow", "Loading… {percent}%").format(
                percent=int(value * 100)))

    def show_loading(self, path: str) -> None:
        self.close_progress()
        self._model_label.setText(path.rsplit("/", 1)[-1])
        self._chat.show_banner("")

    def show_loaded(self, info: ModelInfo) -> None:
        self.load_error = None
        self._model_label.setText(self._model_choice.status_line(info))
        self._offer.consider(info)
        self._model_label.setToolTip("\n".join(
            n for n in (self._model_label.text(), info.template_note) if n))
        self._speed_label.setText("")  # the last reply's speed was another model's
        self._chat.show_banner(self._model_choice.banner(self._chat.conversation_id))
        self._model_choice.refresh()
        self._refresh_chat_state()
        self.ready.emit()

    def show_offer(self, base_name: str, best: CatalogEntry,
                   tokens_per_s: float | None) -> None:
        self._offer_bar.offer(base_name, best, tokens_per_s)
        # The bar's button must not take the keyboard: Space there started a 4.9 GB download.
        focus = QApplication.focusWidget()
        if focus is None or self._offer_bar.isAncestorOf(focus):
            self._chat.prompt.setFocus()

    def accept_offer(self, entry: CatalogEntry) -> None:
        self.end_offer()
        self.download_requested.emit(entry)

    def end_offer(self) -> None:
        self._offer.end()
        self.offer_ended.emit()

    def show_load_failure(self, message: str) -> None:
        self.close_progress()
        self.load_error = message
        self._state_label.setText(state_text("error"))
        self._chat.show_load_failure(translate(
            "MainWindow",
            "The model could not be loaded. {problem} Your conversations are still here to "
            "read.").format(problem=message))
        self._refresh_chat_state()

    def show_provisioning(self, total: int) -> None:
        dialog = QProgressDialog(
            translate("MainWindow", "Setting up the bundled model (first start only)…"), "", 0,
            1000, self._parent)
        dialog.setWindowTitle(APP_NAME)
        dialog.setCancelButton(None)
        dialog.setMinimumDuration(0)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setValue(0)
        self._progress = dialog

    def show_provision_progress(self, done: int, total: int) -> None:
        if self._progress is not None and total:
            self._progress.setValue(int(done * 1000 / total))

    def close_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None


# lupdate reads translate("Context", "text") calls: the window's strings keep its context
translate = QCoreApplication.translate
