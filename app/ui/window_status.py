"""The main window's model status: the status bar's labels, the bundled model's first-start
set-up dialog, load errors in words, and the offer of an instruct model."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, SignalInstance
from PySide6.QtWidgets import QApplication, QLabel, QProgressDialog, QWidget

from app import APP_NAME
from app.models.catalog import CatalogEntry

if TYPE_CHECKING:
    from app.chat.instruct_offer import InstructOffer
    from app.chat.model_choice import ModelChoice
    from app.engine.base import ModelInfo
    from app.engine.worker import EngineController
    from app.paths import AppPaths
    from app.settings import UiState
    from app.ui.chat_view import ChatView
    from app.ui.model_manager import ModelManager
    from app.ui.model_offer import ModelOfferBar
    from app.ui.services import ModelServices

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


class ModelStatus:
    """Mixed into MainWindow, whose parts it uses."""

    engine: EngineController
    chat: ChatView
    models: ModelServices
    paths: AppPaths
    ui_state: UiState
    offer_bar: ModelOfferBar
    offer: InstructOffer
    model_choice: ModelChoice
    model_label: QLabel
    state_label: QLabel
    speed_label: QLabel
    _progress: QProgressDialog | None
    load_error: str | None
    model_ready: SignalInstance

    if TYPE_CHECKING:  # MainWindow's own
        def _refresh_chat_state(self) -> None: ...
        def refresh_model_choices(self) -> None: ...
        def open_models(self) -> ModelManager: ...
        def save_state(self) -> None: ...

    def _on_engine_state(self, state: str) -> None:
        self.state_label.setText(state_text(state))
        self._refresh_chat_state()

    def _on_load_progress(self, value: float) -> None:
        if self.engine.state == "loading":
            self.state_label.setText(translate("MainWindow", "Loading… {percent}%").format(
                percent=int(value * 100)))

    def _on_loading(self, path: str) -> None:
        self._close_progress()
        self.model_label.setText(path.rsplit("/", 1)[-1])
        self.chat.show_banner("")

    def _on_model_loaded(self, info: ModelInfo) -> None:
        self.load_error = None
        self.model_label.setText(self.model_choice.status_line(info))
        self.offer.consider(info)
        self.model_label.setToolTip("\n".join(
            n for n in (self.model_label.text(), info.template_note) if n))
        self.speed_label.setText("")  # the last reply's speed was another model's
        self.chat.show_banner(self.model_choice.banner(self.chat.conversation_id))
        self.refresh_model_choices()
        self._refresh_chat_state()
        self.model_ready.emit()

    def _show_offer(self, base_name: str, best: CatalogEntry,
                    tokens_per_s: float | None) -> None:
        self.offer_bar.offer(base_name, best, tokens_per_s)
        # The bar's button must not take the keyboard: Space there started a 4.9 GB download.
        focus = QApplication.focusWidget()
        if focus is None or self.offer_bar.isAncestorOf(focus):
            self.chat.prompt.setFocus()

    def _on_offer_accepted(self, entry: CatalogEntry) -> None:
        self._end_offer()
        self.open_models().download_entry(entry)

    def _end_offer(self) -> None:
        self.offer.end()
        self.ui_state = replace(self.ui_state, instruct_offer_done=True)
        self.save_state()

    def _on_load_failed(self, message: str) -> None:
        self._close_progress()
        self.load_error = message
        self.state_label.setText(state_text("error"))
        self.chat.show_load_failure(translate(
            "MainWindow",
            "The model could not be loaded. {problem} Your conversations are still here to "
            "read.").format(problem=message))
        self._refresh_chat_state()

    def _show_provisioning(self, total: int) -> None:
        dialog = QProgressDialog(
            translate("MainWindow", "Setting up the bundled model (first start only)…"), "", 0,
            1000, cast(QWidget, self))
        dialog.setWindowTitle(APP_NAME)
        dialog.setCancelButton(None)
        dialog.setMinimumDuration(0)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setValue(0)
        self._progress = dialog

    def _on_provision_progress(self, done: int, total: int) -> None:
        if self._progress is not None and total:
            self._progress.setValue(int(done * 1000 / total))

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None


translate = QCoreApplication.translate
