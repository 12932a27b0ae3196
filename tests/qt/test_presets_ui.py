"""New chat from a preset, and a conversation's own settings, in the real window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.chat.presets import BUILTIN
from tests.fakes import Script
from tests.qt.conftest import MakeApp
from tests.qt.test_chat_window import send


def test_a_chat_from_the_translate_preset_keeps_its_prompt_and_settings(
        qtbot: QtBot, make_app: MakeApp, script: Script) -> None:
    app = make_app()
    window = app.window
    picker = window.preset_actions.choose_preset()
    assert picker.list.count() == len(BUILTIN)
    picker.select("translate")
    assert picker.choice.isVisible() and picker.choice.count() > 10
    picker.choice.setCurrentText("French")
    qtbot.keyClick(picker.list, Qt.Key.Key_Return)  # Start chat
    conversation = app.store.conversation(window.chat.conversation_id)
    assert "into French" in conversation.system_prompt
    assert conversation.settings["preset"] == "translate"
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000):
        send(qtbot, app, "Good morning")
    assert script.prompts[-1][0].content == conversation.system_prompt
    params = script.params[-1]
    assert (params.temperature, params.top_p, params.max_tokens) == (0.2, 0.9, 768)


def test_the_shortcut_opens_the_picker(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    assert app.window.menus.preset_chat_action.shortcut().toString() == "Ctrl+Shift+N"


def test_own_presets_are_listed_and_only_they_can_be_edited(qtbot: QtBot,
                                                           make_app: MakeApp) -> None:
    app = make_app()
    picker = app.window.preset_actions.choose_preset()
    picker.select("general")
    assert not picker.edit_button.isEnabled() and not picker.delete_button.isEnabled()
    picker.duplicate_button.click()
    assert picker.selected() is not None and picker.selected().name == "General chat (copy)"
    assert picker.edit_button.isEnabled() and picker.delete_button.isEnabled()
    assert picker.list.count() == len(BUILTIN) + 1
    picker.delete_button.click()
    assert picker.list.count() == len(BUILTIN)


def test_a_conversations_settings_change_its_next_reply_only(
        qtbot: QtBot, make_app: MakeApp, script: Script, monkeypatch: object) -> None:
    from app.ui.preset_dialogs import ConversationSettingsDialog

    app = make_app()
    window = app.window
    first = window.chat.conversation_id

    def accept_with_changes(dialog: ConversationSettingsDialog) -> int:
        dialog.form.temperature.setValue(1.3)
        dialog.form.max_tokens.setValue(42)
        dialog.form.system_prompt.setPlainText("Answer like a pirate.")
        return ConversationSettingsDialog.DialogCode.Accepted

    monkeypatch.setattr(ConversationSettingsDialog, "exec", accept_with_changes)  # type: ignore[attr-defined]
    window.chat.system_button.click()
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000):
        send(qtbot, app, "Hello")
    assert (script.params[-1].temperature, script.params[-1].max_tokens) == (1.3, 42)
    assert script.prompts[-1][0].content == "Answer like a pirate."
    window.new_chat()
    assert window.chat.conversation_id != first
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000):
        send(qtbot, app, "Hello again")
    assert script.params[-1].temperature == window.settings.temperature  # the defaults
