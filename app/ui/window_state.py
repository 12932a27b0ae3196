"""The main window's own state across restarts: its size, the sidebar's width and the
conversation that was open."""

from __future__ import annotations

import base64
import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray

from app.settings import save_json_dataclass

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSplitter

    from app.chat.navigator import Navigator
    from app.paths import AppPaths
    from app.settings import UiState
    from app.ui.chat_view import ChatView

log = logging.getLogger(__name__)


class WindowState:
    """Mixed into MainWindow, whose parts it uses."""

    ui_state: UiState
    paths: AppPaths
    splitter: QSplitter
    navigator: Navigator
    chat: ChatView

    if TYPE_CHECKING:  # MainWindow's own (QMainWindow's, and the window's)
        def restoreGeometry(self, geometry: QByteArray) -> bool: ...
        def saveGeometry(self) -> QByteArray: ...
        def resize(self, width: int, height: int) -> None: ...

    def _restore_state(self) -> None:
        state = self.ui_state
        if state.window_geometry:
            self.restoreGeometry(QByteArray(base64.b64decode(state.window_geometry)))
        else:
            self.resize(1100, 720)
        sizes = state.splitter_sizes
        self.splitter.setSizes(sizes if len(sizes) == 2 and all(s > 0 for s in sizes)
                               else [260, 840])
        self.navigator.start(state.last_conversation_id)

    def save_state(self) -> None:
        geometry = bytes(self.saveGeometry().data())
        state = replace(
            self.ui_state,
            window_geometry=base64.b64encode(geometry).decode("ascii"),
            splitter_sizes=list(self.splitter.sizes()),
            last_conversation_id=self.chat.conversation_id,
        )
        self.ui_state = state
        try:
            save_json_dataclass(state, self.paths.ui_state_file)
        except OSError as exc:
            log.warning("Could not save the window state: %s", exc)

