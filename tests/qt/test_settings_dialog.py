from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QStyle,
    QStyleOptionButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.settings import Settings
from app.settings.secrets import API_ACCOUNT, API_TOKEN_FILE, TokenStore
from app.ui.settings_dialog import GpuLayersEditor, ModelFileEditor, SettingsDialog
from tests.fakes import MemoryKeyring


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


def test_a_checkbox_toggles_when_its_words_are_clicked(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.editors["serve_api"]
    assert isinstance(box, QCheckBox)
    assert box.text() == "Serve the loaded model to other apps on this computer"
    option = QStyleOptionButton()
    box.initStyleOption(option)
    contents = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, box)
    middle_of_the_words = QPoint(contents.left() + box.fontMetrics().horizontalAdvance(
        box.text()) // 2, contents.center().y())
    assert middle_of_the_words.x() > 100  # the words, not the little square
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=middle_of_the_words)
    assert box.isChecked()
    assert dialog.result_settings().serve_api


@pytest.mark.parametrize(("stored", "shown", "counted"), [
    (-2, "Auto", False), (-1, "All", False), (0, "None", False), (20, "This many", True)])
def test_gpu_layers_are_a_choice_not_a_code(qtbot: QtBot, stored: int, shown: str,
                                            counted: bool) -> None:
    dialog = SettingsDialog(Settings(gpu_layers=stored))
    qtbot.addWidget(dialog)
    editor = dialog.editors["gpu_layers"]
    assert isinstance(editor, GpuLayersEditor)
    assert editor.choice.currentText().startswith(shown)
    assert editor.count.isEnabled() == counted
    assert dialog.result_settings().gpu_layers == stored  # the same encoding as before
    assert "-2" not in "".join(editor.choice.itemText(i) for i in range(editor.choice.count()))


def test_choosing_a_number_of_gpu_layers(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    editor = dialog.editors["gpu_layers"]
    assert isinstance(editor, GpuLayersEditor)
    editor.choice.setCurrentIndex(editor.choice.findText("This many layers:"))
    assert editor.count.isEnabled()
    editor.count.setValue(12)
    assert dialog.result_settings().gpu_layers == 12
    editor.choice.setCurrentIndex(editor.choice.findText("All layers"))
    assert not editor.count.isEnabled() and dialog.result_settings().gpu_layers == -1
    editor.choice.setCurrentIndex(editor.choice.findText("None: run on the CPU only"))
    assert dialog.result_settings().gpu_layers == 0


def test_browse_chooses_the_model_file(qtbot: QtBot, tmp_path: Path) -> None:
    asked: list[str] = []
    answers = [str(tmp_path / "llama.gguf"), ""]

    def choose(_parent: QWidget, start: str) -> str:
        asked.append(start)
        return answers.pop(0)

    dialog = SettingsDialog(Settings(model_path=str(tmp_path / "old" / "gemma.gguf")),
                            choose_file=choose)
    qtbot.addWidget(dialog)
    editor = dialog.editors["model_path"]
    assert isinstance(editor, ModelFileEditor)
    qtbot.mouseClick(editor.browse, Qt.MouseButton.LeftButton)
    assert asked == [str(tmp_path / "old")]  # starts where the current model is
    assert dialog.result_settings().model_path == str(tmp_path / "llama.gguf")
    qtbot.mouseClick(editor.browse, Qt.MouseButton.LeftButton)  # cancelled: unchanged
    assert dialog.result_settings().model_path == str(tmp_path / "llama.gguf")


def test_the_api_tokens_file_is_shown_when_there_is_no_keyring(qtbot: QtBot,
                                                              tmp_path: Path) -> None:
    store = TokenStore(FailKeyring(), account=API_ACCOUNT,
                       fallback_file=tmp_path / API_TOKEN_FILE)
    token = store.get_or_create()
    dialog = SettingsDialog(Settings(), api_token=token, api_token_store=store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.api_token_field.text() == token
    assert dialog.api_token_note.isVisible()
    assert str(tmp_path / API_TOKEN_FILE) in dialog.api_token_note.text()
    kept = TokenStore(MemoryKeyring(), account=API_ACCOUNT)
    other = SettingsDialog(Settings(), api_token=kept.get_or_create(), api_token_store=kept)
    qtbot.addWidget(other)
    assert "system keyring" in other.api_token_note.text()


def test_every_control_has_an_accessible_name(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings(), tokens=TokenStore(MemoryKeyring()),
                            api_token="abc", api_token_store=None)
    qtbot.addWidget(dialog)
    controls = [w for kind in (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox,
                               QPlainTextEdit)
                for w in dialog.findChildren(kind)  # type: ignore[arg-type]
                if not isinstance(w.parent(), QAbstractSpinBox | QLineEdit)]
    assert len(controls) >= len(Settings.__dataclass_fields__) + 4
    unnamed = [type(w).__name__ for w in controls if not w.accessibleName()]
    assert unnamed == []


def test_the_documents_embedder_is_chosen_among_those_downloaded(qtbot: QtBot) -> None:
    downloaded = [("BGE small en v1.5", "bge-small-en-v1.5-q8_0.gguf")]
    dialog = SettingsDialog(Settings(), embedders=downloaded)
    qtbot.addWidget(dialog)
    combo = dialog.editors["documents_embedder"]
    assert isinstance(combo, QComboBox) and combo.accessibleName()
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Bundled: all-MiniLM-L6-v2 (English)", "BGE small en v1.5"]
    assert dialog.result_settings().documents_embedder == ""
    combo.setCurrentIndex(1)
    assert dialog.result_settings().documents_embedder == "bge-small-en-v1.5-q8_0.gguf"

    gone = SettingsDialog(Settings(documents_embedder="nomic.gguf"))  # deleted since chosen
    qtbot.addWidget(gone)
    box = gone.editors["documents_embedder"]
    assert isinstance(box, QComboBox)
    assert box.currentText() == "nomic.gguf (missing: the bundled one is used)"
    assert gone.result_settings().documents_embedder == "nomic.gguf"
