"""How full the model's context window is: the system prompt, the attached files that go to
the model whole, the visible path and what is being typed, in the engine's own tokens.

Counting needs the tokenizer, which the engine thread owns, so a count is asked for there
and answered by signal; typing restarts a short timer first, so a count runs once a pause
in typing, never per keystroke. Only the answer to the latest question is shown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from app.chat.grounding import whole_files
from app.chat.presets import apply_settings
from app.chat.session import history_of
from app.engine.base import ChatMessage, GenerationParams
from app.engine.prompt import reply_reserve
from app.engine.worker import EngineController
from app.errors import StorageError
from app.i18n import ui_locale
from app.store.conversations import ConversationStore

DEBOUNCE_MS = 300
NEAR_SHARE = 0.85  # of the room for the prompt: warn before the oldest turns fall out
# Past this many characters the count is estimated, not tokenized: tokenizing a 10 MB
# message held the engine thread for 35 s, and every chat's reply waited behind it.
EXACT_COUNT_CHARS = 200_000
CHARS_PER_TOKEN = 3  # an estimate on the high side of tokens (English is about 4)


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
    draft_too_long: int = 0  # tokens to cut from the draft for it to fit at all
    window_known: bool = True  # False: a server that does not say its context size
    estimated: bool = False  # counted by length, not tokenized
    documents: int = 0  # of `used`: the attached files given whole

    @property
    def text(self) -> str:
        locale = ui_locale()  # digits grouped as the UI's language groups them
        used = ("~" if self.estimated else "") + locale.toString(self.used)
        if not self.window_known:  # short: the header has no room for more
            return QCoreApplication.translate("ContextMeter", "{used} / ? tokens").format(
                used=used)
        return QCoreApplication.translate("ContextMeter", "{used} / {window} tokens").format(
            used=used, window=locale.toString(self.window))


def estimate_tokens(messages: list[ChatMessage]) -> int:
    return sum(len(m.content) for m in messages) // CHARS_PER_TOKEN + 4 * len(messages)


def level_for(used: int, room: int) -> Level:
    if used > room:
        return Level.OVER
    if used > room * NEAR_SHARE:
        return Level.NEAR
    return Level.OK


class ContextMeter(QObject):
    changed = Signal(object)  # Reading, or None when there is nothing to count

    def __init__(self, store: ConversationStore, engine: EngineController,
                 params: GenerationParams | None = None,
                 attached_tokens: Callable[[int], list[int | None]] = lambda _id: []) -> None:
        """`attached_tokens`: the sizes of a conversation's attached files that have been
        read, in tokens (None for one too large to count), in the order they go in."""
        super().__init__()
        self._attached_tokens = attached_tokens
        self._sizes_counted: list[int | None] = []
        self._store = store
        self._engine = engine
        self._defaults = params or GenerationParams()
        self._conversation_id: int | None = None
        self._draft = ""
        self._pending: str | None = None
        self._pending_draft: str | None = None
        self._answers: dict[str, int] = {}
        self._room = (0, 0)
        self._window_known = True
        self._counted_draft: tuple[int | None, str] = (None, "")
        self.reading: Reading | None = None
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
            self._pending = self._pending_draft = None
            self.reading = None
            self.changed.emit(None)
            return
        try:
            conversation = self._store.conversation(self._conversation_id)
            path = self._store.messages(self._conversation_id)
        except (KeyError, StorageError):
            return  # a hint only: the next change counts again
        _, history = history_of(conversation, path)
        # The draft on its own, with the system prompt: what can never be left out.
        fixed = [m for m in history[:1] if m.role == "system"]
        draft = [*fixed, ChatMessage("user", self._draft)] if self._draft.strip() else []
        history.extend(draft[len(fixed):])
        params = apply_settings(self._defaults, conversation.settings)
        window = min(info.context_length, params.context_limit or info.context_length)
        self._room = (window, window - reply_reserve(window, params.max_tokens))
        self._window_known = info.context_known
        self._counted_draft = (self._conversation_id, self._draft)
        self._answers = {}
        if sum(len(m.content) for m in history) > EXACT_COUNT_CHARS:
            self._pending = self._pending_draft = None
            self._emit(estimate_tokens(history), estimate_tokens(draft) if draft else 0,
                       estimated=True)
            return
        self._pending = self._engine.count_tokens(history)
        self._pending_draft = self._engine.count_tokens(draft) if draft else None

    @Slot(str, int)
    def _on_counted(self, count_id: str, tokens: int) -> None:
        if count_id not in (self._pending, self._pending_draft) or tokens < 0:
            return
        self._answers[count_id] = tokens
        if self._pending not in self._answers or (
                self._pending_draft is not None and self._pending_draft not in self._answers):
            return
        total = self._answers[self._pending] if self._pending else 0
        draft = self._answers.get(self._pending_draft or "", 0)
        self._pending = self._pending_draft = None
        self._emit(total, draft)

    def _emit(self, tokens: int, draft_tokens: int, estimated: bool = False) -> None:
        window, room = self._room
        over = max(0, draft_tokens - room) if self._window_known else 0
        documents = self._documents(max(0, room - tokens))
        used = tokens + documents
        self.reading = Reading(used, window, room, level_for(used, room), over,
                               self._window_known, estimated, documents)
        self.changed.emit(self.reading)

    def attachments_changed(self) -> None:
        """The open chat's files were listed again: counted again only when their sizes
        changed (while they are read, the list comes once a second)."""
        if self._conversation_id is None:
            return
        sizes = self._attached_tokens(self._conversation_id)
        if sizes != self._sizes_counted:
            self._sizes_counted = sizes
            self.count_now()

    def _documents(self, room_left: int) -> int:
        """The tokens of the attached files that the next question would give whole (the
        rest is searched per question, and counted only when asked)."""
        if self._conversation_id is None:
            return 0
        sizes = self._attached_tokens(self._conversation_id)
        return sum(sizes[i] or 0 for i in whole_files(sizes, room_left))

    def draft_problem(self, conversation_id: int | None, draft: str) -> str:
        """Why this draft cannot be sent, in words, or "": a message that cannot fit the
        model's context with the system prompt is kept in the box, not sent to be cut."""
        reading = self.reading
        if reading is None or self._counted_draft != (conversation_id, draft):
            return ""  # not counted yet: the engine trims what it must, as before
        if reading.draft_too_long <= 0:
            return ""
        return self.tr("This message is too long for the model: it takes about {used} tokens "
                       "of the {room} the model can read. Cut about {cut} tokens, or split it "
                       "into several messages.").format(
            used=f"{reading.draft_too_long + reading.room:,}", room=f"{reading.room:,}",
            cut=f"{reading.draft_too_long:,}")
