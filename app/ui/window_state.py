"""The main window's own state across restarts: its size, the sidebar's width, the
conversation that was open, the text size and whether the instruct offer is done."""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QSplitter, QWidget

from app.settings import UiState, save_json_dataclass

log = logging.getLogger(__name__)


class WindowState:
    """Keeps the UiState (an immutable record, replaced on each change) and writes it."""

    def __init__(self, ui_state: UiState, file: Path, window: QWidget, splitter: QSplitter,
                 open_conversation: Callable[[], int | None]) -> None:
        self.ui_state = ui_state
        self._file = file
        self._window = window
        self._splitter = splitter
        self._open_conversation = open_conversation

    def restore(self) -> int | None:
        """The window's size and the sidebar's width as they were; returns the
        conversation that was open."""
        state = self.ui_state
        if state.window_geometry:
            self._window.restoreGeometry(QByteArray(base64.b64decode(state.window_geometry)))
        else:
            self._window.resize(1100, 720)
        sizes = state.splitter_sizes
        self._splitter.setSizes(sizes if len(sizes) == 2 and all(s > 0 for s in sizes)
                                else [260, 840])
        return state.last_conversation_id

    def keep_text_scale(self, scale: float) -> None:
        """Written with the rest on the next save."""
        self.ui_state = replace(self.ui_state, text_scale=scale)

    def end_offer(self) -> None:
        """The instruct offer was taken or dismissed: it never comes back."""
        self.ui_state = replace(self.ui_state, instruct_offer_done=True)
        self.save()

    def save(self) -> None:
        geometry = bytes(self._window.saveGeometry().data())
        state = replace(
            self.ui_state,
            window_geometry=base64.b64encode(geometry).decode("ascii"),
            splitter_sizes=list(self._splitter.sizes()),
            last_conversation_id=self._open_conversation(),
        )
        self.ui_state = state
        try:
            save_json_dataclass(state, self._file)
        except OSError as exc:
            log.warning("Could not save the window state: %s", exc)
