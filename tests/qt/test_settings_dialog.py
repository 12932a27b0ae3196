from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QPlainTextEdit, QSpinBox
from pytestqt.qtbot import QtBot

from app.settings import Settings
from app.ui.settings_dialog import SettingsDialog


def test_every_setting_has_an_editor_and_round_trips(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert set(dialog.editors) == set(Settings.__dataclass_fields__)
    temperature = dialog.editors["temperature"]
    assert isinstance(temperature, QDoubleSpinBox)
    temperature.setValue(5.0)  # clamped to the declared maximum
    max_tokens = dialog.editors["max_tokens"]
    assert isinstance(max_tokens, QSpinBox)
    max_tokens.setValue(77)
    prompt = dialog.editors["default_system_prompt"]
    assert isinstance(prompt, QPlainTextEdit)
    prompt.setPlainText("Answer like a pirate.")
    result = dialog.result_settings()
    assert result.temperature == 2.0
    assert result.max_tokens == 77
    assert result.default_system_prompt == "Answer like a pirate."
    assert result.context_length == Settings().context_length
