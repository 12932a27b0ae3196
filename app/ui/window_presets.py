"""The main window's presets: new chat from a preset, and a conversation's own settings."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtWidgets import QWidget

from app.chat.presets import Preset
from app.ui.preset_dialogs import ConversationSettingsDialog, PresetPicker

if TYPE_CHECKING:
    from app.chat.preferences import Preferences
    from app.chat.presets import Presets
    from app.store.conversations import ConversationStore
    from app.ui.chat_view import ChatView
    from app.ui.conversation_list import ConversationList
    from app.ui.qmodels import ConversationListModel


class PresetActions:
    """Mixed into MainWindow, whose parts it uses."""

    presets: Presets
    preferences: Preferences
    store: ConversationStore
    chat: ChatView
    sidebar: ConversationList
    list_model: ConversationListModel

    def edit_chat_settings(self) -> None:
        """This conversation's system prompt and sampling settings."""
        conversation_id = self.chat.conversation_id
        if conversation_id is None:
            return
        conversation = self.store.conversation(conversation_id)
        settings = {**self._default_settings(), **conversation.settings}
        preset_name = ""
        with contextlib.suppress(KeyError):
            preset_name = self.presets.get(str(settings.get("preset"))).name
        dialog = ConversationSettingsDialog(conversation.system_prompt, settings, preset_name,
                                            cast(QWidget, self))
        accepted = dialog.exec() == ConversationSettingsDialog.DialogCode.Accepted
        self.chat.prompt.setFocus()  # back to typing, whichever button closed it
        if not accepted:
            return
        prompt, chosen = dialog.form.values()
        self.store.set_system_prompt(conversation_id, prompt)
        self.store.set_settings(conversation_id, {**conversation.settings, **chosen})

    def _default_settings(self) -> dict[str, Any]:
        return self.preferences.chat_defaults()

    def choose_preset(self) -> PresetPicker:
        picker = PresetPicker(self.presets, cast(QWidget, self))
        picker.accepted.connect(lambda: self._start_from_picker(picker))
        picker.show()
        return picker

    def _start_from_picker(self, picker: PresetPicker) -> None:
        chosen = picker.chosen()
        if chosen is not None:
            self.start_chat_from(*chosen)

    def start_chat_from(self, preset: Preset, choice: str | None = None) -> int:
        """A new conversation with the preset's prompt and its own copy of its settings."""
        settings = preset.conversation_settings()
        if choice:
            settings["choice"] = choice
        conversation = self.store.create_conversation(preset.prompt_for(choice),
                                                      settings=settings)
        self.sidebar.search.clear()
        self.list_model.reload()
        self.sidebar.select(conversation.id)
        self.chat.prompt.setFocus()
        return conversation.id

