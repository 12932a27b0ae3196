"""The main window's presets: new chat from a preset, and a conversation's own settings."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QWidget

from app.chat.presets import Preset
from app.ui.preset_dialogs import ConversationSettingsDialog, PresetPicker

if TYPE_CHECKING:
    from app.chat.library import Library
    from app.chat.navigator import Navigator
    from app.chat.preferences import Preferences
    from app.chat.presets import Presets
    from app.ui.chat_view import ChatView


class PresetActions:
    """Mixed into MainWindow, whose parts it uses."""

    presets: Presets
    preferences: Preferences
    library: Library
    navigator: Navigator
    chat: ChatView

    def edit_chat_settings(self) -> None:
        """This conversation's system prompt and sampling settings."""
        conversation_id = self.chat.conversation_id
        if conversation_id is None:
            return
        found = self.library.chat_settings(conversation_id, self.preferences.chat_defaults())
        if found is None:
            return
        system_prompt, settings = found
        preset_name = ""
        with contextlib.suppress(KeyError):
            preset_name = self.presets.get(str(settings.get("preset"))).name
        dialog = ConversationSettingsDialog(system_prompt, settings, preset_name,
                                            cast(QWidget, self))
        accepted = dialog.exec() == ConversationSettingsDialog.DialogCode.Accepted
        self.chat.prompt.setFocus()  # back to typing, whichever button closed it
        if not accepted:
            return
        prompt, chosen = dialog.form.values()
        self.library.set_chat_settings(conversation_id, prompt, chosen)

    def choose_preset(self) -> PresetPicker:
        picker = PresetPicker(self.presets, cast(QWidget, self))
        picker.accepted.connect(lambda: self._start_from_picker(picker))
        picker.show()
        return picker

    def _start_from_picker(self, picker: PresetPicker) -> None:
        chosen = picker.chosen()
        if chosen is not None:
            self.start_chat_from(*chosen)

    def start_chat_from(self, preset: Preset, choice: str | None = None) -> int | None:
        return self.navigator.start_from(preset, choice)

