"""How full the model's context window is: the system prompt, the visible path and what is
being typed, in the engine's own tokens.

Counting needs the tokenizer, which the engine thread owns, so a count is asked for there
and answered by signal; typing restarts a short timer first, so a count runs once a pause
in typing, never per keystroke. Only the answer to the latest question is shown."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from app.chat.presets import apply_settings
from app.chat.session import history_of
from app.engine.base import ChatMessage, GenerationParams
from app.engine.prompt import reply_reserve
from app.engine.worker import EngineController
from app.errors import StorageError
from app.store.conversations import ConversationStore

DEBOUNCE_MS = 300
NEAR_SHARE = 0.85  # of the room for the prompt: warn before the oldest turns fall out


class Level(StrEnum):
    OK = "ok"
    NEAR = "near"  # the oldest turns will be left out soon
    OVER = "over"  # the oldest turns are being left out


@dataclass(frozen=True)
class Reading:
    used: int  # tokens the prompt takes, draft included
    window: int  # the context length in use
    room: int  # what the prompt may take: the window less the room kept for the reply
    level: Level

    @property
    def text(self) -> str:
        return f"{self.used:,} / {self.window:,} tokens"


def level_for(used: int, room: int) -> Level:
    if used > room:
        return Level.OVER
    if used > room * NEAR_SHARE:
        return Level.NEAR
    return Level.OK


class ContextMeter(QObject):
    changed = Signal(object)  # Reading, or None when there is nothing to count

    def __init__(self, store: ConversationStore, engine: EngineController,
                 params: GenerationParams | None = None) -> None:
        super().__init__()
        self._store = store
        self._engine = engine
        self._defaults = params or GenerationParams()
        self._conversation_id: int | None = None
        self._draft = ""
        self._pending: str | None = None
        self._room = (0, 0)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.count_now)
        engine.counted.connect(self._on_counted)

    def stop(self) -> None:
        """On quit: no count is started any more."""
        self._timer.stop()
        self._conversation_id = None

    def set_defaults(self, params: GenerationParams) -> None:
        self._defaults = params

    def update(self, conversation_id: int | None, draft: str = "") -> None:
        """Count again after a pause (the text box, a new message, another conversation)."""
        self._conversation_id, self._draft = conversation_id, draft
        self._timer.start()

    @Slot()
    def count_now(self) -> None:
        self._timer.stop()
        info = self._engine.model_info
        if self._conversation_id is None or info is None:
            self._pending = None
            self.changed.emit(None)
            return
        try:
            conversation = self._store.conversation(self._conversation_id)
            path = self._store.messages(self._conversation_id)
        except (KeyError, StorageError):
            return  # a hint only: the next change counts again
        _, history = history_of(conversation, path)
        if self._draft.strip():
            history.append(ChatMessage("user", self._draft))
        params = apply_settings(self._defaults, conversation.settings)
        window = min(info.context_length, params.context_limit or info.context_length)
        self._room = (window, window - reply_reserve(window, params.max_tokens))
        self._pending = self._engine.count_tokens(history)

    @Slot(str, int)
    def _on_counted(self, count_id: str, tokens: int) -> None:
        if count_id != self._pending or tokens < 0:
            return
        self._pending = None
        window, room = self._room
        self.changed.emit(Reading(tokens, window, room, level_for(tokens, room)))
