"""The main window's presets: new chat from a preset, and a conversation's own settings."""

from __future__ import annotations

import contextlib

from PySide6.QtWidgets import QWidget

from app.chat.library import Library
from app.chat.navigator import Navigator
from app.chat.preferences import Preferences
from app.chat.presets import Preset, Presets
from app.ui.chat_view import ChatView
from app.ui.preset_dialogs import ConversationSettingsDialog, PresetPicker


class PresetActions:
    """The preset picker and the open conversation's settings dialog."""

    def __init__(self, presets: Presets, library: Library, preferences: Preferences,
                 navigator: Navigator, chat: ChatView, parent: QWidget) -> None:
        self._presets = presets
        self._library = library
        self._preferences = preferences
        self._navigator = navigator
        self._chat = chat
        self._parent = parent  # of the dialogs

    def edit_chat_settings(self) -> None:
        """This conversation's system prompt and sampling settings."""
        conversation_id = self._chat.conversation_id
        if conversation_id is None:
            return
        found = self._library.chat_settings(conversation_id, self._preferences.chat_defaults())
        if found is None:
            return
        system_prompt, settings = found
        preset_name = ""
        with contextlib.suppress(KeyError):
            preset_name = self._presets.get(str(settings.get("preset"))).name
        dialog = ConversationSettingsDialog(system_prompt, settings, preset_name, self._parent)
        accepted = dialog.exec() == ConversationSettingsDialog.DialogCode.Accepted
        self._chat.prompt.setFocus()  # back to typing, whichever button closed it
        if not accepted:
            return
        prompt, chosen = dialog.form.values()
        self._library.set_chat_settings(conversation_id, prompt, chosen)

    def choose_preset(self) -> PresetPicker:
        picker = PresetPicker(self._presets, self._parent)
        picker.accepted.connect(lambda: self._start_from_picker(picker))
        picker.show()
        return picker

    def _start_from_picker(self, picker: PresetPicker) -> None:
        chosen = picker.chosen()
        if chosen is not None:
            self.start_chat_from(*chosen)

    def start_chat_from(self, preset: Preset, choice: str | None = None) -> int | None:
        return self._navigator.start_from(preset, choice)
