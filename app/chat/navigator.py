"""Which conversation is open, and what opens next: at start, for New chat, from a preset,
and after the open one goes to the trash. The window shows what this asks it to open.

Moving a conversation to the trash never asks (Undo brings it back), so this pushes the
Undo entry and says so in the status bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.chat.library import Library
from app.chat.presets import Preset
from app.chat.session import ChatSession
from app.chat.undo import UndoStack
from app.errors import StorageError

NOTICE_MS = 8000


class Navigator(QObject):
    # conversation_id to show, and whether it was just made (the list then shows it: any
    # search is cleared and the list is read again)
    open_requested = Signal(int, bool)
    notice = Signal(str)  # a line for the status bar
    failed = Signal(str)  # a problem in words, for the chat's banner

    def __init__(self, library: Library, session: ChatSession, undo: UndoStack,
                 system_prompt: Callable[[], str]) -> None:
        super().__init__()
        self._library = library
        self._session = session
        self._undo = undo
        self._system_prompt = system_prompt  # the default for new chats, as set now
        self.open_id: int | None = None

    def opened(self, conversation_id: int) -> None:
        """The window shows this conversation now."""
        self.open_id = conversation_id

    def start(self, last_open: int | None) -> None:
        """The conversation open when the app last quit, if it is still in the list; else
        the first the list shows; else a new chat."""
        target = last_open if last_open is not None and self._library.exists(last_open) \
            else self._library.next_to_open()
        if target is None:
            self.new_chat()
        else:
            self.open_requested.emit(target, False)

    def new_chat(self) -> int | None:
        """A new conversation, unless the open one is still empty: that one is used, so
        pressing New chat twice never leaves empty chats behind."""
        current = self.open_id
        try:
            if current is not None and self._library.is_empty(current):
                self.open_requested.emit(current, False)
                return current
        except StorageError as exc:
            self._not_started(exc)
            return None
        return self._create(self._system_prompt(), None)

    def start_from(self, preset: Preset, choice: str | None = None) -> int | None:
        """A new conversation with the preset's prompt and its own copy of its settings."""
        settings = preset.conversation_settings()
        if choice:
            settings["choice"] = choice
        return self._create(preset.prompt_for(choice), settings)

    def _create(self, system_prompt: str, settings: dict[str, Any] | None) -> int | None:
        try:
            created = self._library.create(system_prompt, settings)
        except StorageError as exc:
            self._not_started(exc)
            return None
        self.open_requested.emit(created, True)
        return created

    def _not_started(self, problem: StorageError) -> None:
        self.failed.emit(self.tr("A new chat could not be started: {problem}")
                         .format(problem=problem))

    def trash(self, conversation_id: int) -> None:
        """To the trash, with Undo. When it was the open one, the first conversation left
        opens, or a new chat when none is left."""
        conversation = self._library.conversation(conversation_id)
        if conversation is None:
            return
        self._session.forget(conversation_id)  # its reply stops; nothing more is written
        try:
            self._library.move_to_trash(conversation_id)
        except StorageError as exc:
            self.failed.emit(str(exc))
            return
        self._undo.push(self.tr("Restore “{title}”").format(title=conversation.title),
                        lambda: self._library.restore(conversation_id))
        self.notice.emit(self.tr("Moved “{title}” to the Trash. Ctrl+Z brings it back.")
                         .format(title=conversation.title))
        if conversation_id == self.open_id:
            self.open_id = None  # nothing is open until the next one is
            # on the next turn of the event loop: the list is redrawn first, and the two
            # halves never add up to one long freeze of the window
            QTimer.singleShot(0, self._open_after_trash)

    def _open_after_trash(self) -> None:
        following = self._library.next_to_open()
        if following is None:
            self.new_chat()
        else:
            self.open_requested.emit(following, False)
