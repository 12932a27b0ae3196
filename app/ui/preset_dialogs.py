"""Presets on screen: the picker behind "New chat from preset" (Ctrl+Shift+N), the editor
for a user's own presets, and a conversation's own settings."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.chat.presets import Preset, Presets


class SamplingForm(QWidget):
    """System prompt and sampling settings, as a preset or a conversation has them."""

    def __init__(self) -> None:
        super().__init__()
        self.system_prompt = QPlainTextEdit()
        self.system_prompt.setPlaceholderText(self.tr("Instructions the model follows"))
        self.system_prompt.setMinimumHeight(90)
        self.temperature = QDoubleSpinBox()
        self.temperature.setRange(0.0, 2.0)
        self.temperature.setSingleStep(0.1)
        self.temperature.setToolTip(self.tr("Lower is steadier, higher is more varied"))
        self.top_p = QDoubleSpinBox()
        self.top_p.setRange(0.0, 1.0)
        self.top_p.setSingleStep(0.05)
        self.max_tokens = QSpinBox()
        self.max_tokens.setRange(1, 32768)
        self.context_length = QSpinBox()
        self.context_length.setRange(0, 131072)
        self.context_length.setSingleStep(512)
        self.context_length.setSpecialValueText(self.tr("as much as the model allows"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("System prompt"), self.system_prompt)
        form.addRow(self.tr("Temperature"), self.temperature)
        form.addRow(self.tr("Top-p"), self.top_p)
        form.addRow(self.tr("Longest reply (tokens)"), self.max_tokens)
        form.addRow(self.tr("Context length (tokens)"), self.context_length)

    def load(self, system_prompt: str, settings: dict[str, Any]) -> None:
        self.system_prompt.setPlainText(system_prompt)
        self.temperature.setValue(float(settings.get("temperature", 0.7)))
        self.top_p.setValue(float(settings.get("top_p", 0.95)))
        self.max_tokens.setValue(int(settings.get("max_tokens", 512)))
        self.context_length.setValue(int(settings.get("context_length") or 0))

    def values(self) -> tuple[str, dict[str, Any]]:
        return self.system_prompt.toPlainText().strip(), {
            "temperature": round(self.temperature.value(), 2),
            "top_p": round(self.top_p.value(), 2),
            "max_tokens": self.max_tokens.value(),
            "context_length": self.context_length.value() or None,
        }


class PresetEditor(QDialog):
    def __init__(self, preset: Preset, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preset"))
        self.resize(560, 460)
        self._preset = preset
        self.name = QLineEdit(preset.name)
        self.description = QLineEdit(preset.description)
        self.form = SamplingForm()
        self.form.load(preset.system_prompt, preset.conversation_settings())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        top = QFormLayout()
        top.addRow(self.tr("Name"), self.name)
        top.addRow(self.tr("Description"), self.description)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.form, 1)
        layout.addWidget(buttons)

    def result_preset(self) -> Preset:
        prompt, settings = self.form.values()
        return replace(self._preset, name=self.name.text().strip() or self.tr("My preset"),
                       description=self.description.text().strip(), system_prompt=prompt,
                       temperature=settings["temperature"], top_p=settings["top_p"],
                       max_tokens=settings["max_tokens"],
                       context_length=settings["context_length"])


class PresetPicker(QDialog):
    """Pick a preset (and its choice, such as Translate's language) to start a chat with;
    make, duplicate, edit or delete your own."""

    def __init__(self, presets: Presets, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New chat from preset"))
        self.resize(620, 460)
        self._presets = presets
        self.list = QListWidget()
        self.list.setObjectName("pickList")
        self.list.setAccessibleName(self.tr("Presets"))
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(lambda _row: self._on_selected())
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.choice_label = QLabel()
        self.choice = QComboBox()
        self.choice_label.setBuddy(self.choice)  # the label names it for screen readers
        choice_row = QHBoxLayout()
        choice_row.addWidget(self.choice_label)
        choice_row.addWidget(self.choice, 1)
        self.new_button = QPushButton(self.tr("New preset…"))
        self.new_button.clicked.connect(self.new_preset)
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        manage = QHBoxLayout()
        for button in (self.new_button, self.duplicate_button, self.edit_button,
                       self.delete_button):
            manage.addWidget(button)
        manage.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start chat"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(choice_row)
        layout.addLayout(manage)
        layout.addWidget(self.buttons)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        self.list.clear()
        for preset in self._presets.all():
            mark = "" if preset.builtin else self.tr("  (yours)")
            item = QListWidgetItem(f"{preset.name}{mark}\n{preset.description}")
            item.setData(Qt.ItemDataRole.UserRole, preset.id)
            self.list.addItem(item)
            if preset.id == select:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)

    def selected(self) -> Preset | None:
        item = self.list.currentItem()
        return self._presets.get(str(item.data(Qt.ItemDataRole.UserRole))) if item else None

    def select(self, preset_id: str) -> None:
        self.refresh(select=preset_id)

    def chosen(self) -> tuple[Preset, str | None] | None:
        preset = self.selected()
        if preset is None:
            return None
        return preset, (self.choice.currentText() if preset.choices else None)

    def _on_selected(self) -> None:
        preset = self.selected()
        has_choice = bool(preset and preset.choices)
        self.choice_label.setVisible(has_choice)
        self.choice.setVisible(has_choice)
        if preset is not None and preset.choices:
            self.choice_label.setText(preset.choice_label)
            self.choice.clear()
            self.choice.addItems(list(preset.choices))
        own = preset is not None and not preset.builtin
        self.edit_button.setEnabled(own)
        self.delete_button.setEnabled(own)
        self.duplicate_button.setEnabled(preset is not None)

    def _edit(self, preset: Preset) -> Preset | None:
        editor = PresetEditor(preset, self)
        if editor.exec() != QDialog.DialogCode.Accepted:
            return None
        return self._presets.save(editor.result_preset())

    def new_preset(self) -> None:
        base = replace(self._presets.get("general"), id="new", name=self.tr("My preset"),
                       description="")
        saved = self._edit(base)
        if saved is not None:
            self.refresh(select=saved.id)

    def duplicate_selected(self) -> None:
        preset = self.selected()
        if preset is not None:
            self.refresh(select=self._presets.duplicate(preset.id).id)

    def edit_selected(self) -> None:
        preset = self.selected()
        if preset is not None and not preset.builtin:
            saved = self._edit(preset)
            if saved is not None:
                self.refresh(select=saved.id)

    def delete_selected(self) -> None:
        preset = self.selected()
        if preset is not None and not preset.builtin:
            self._presets.delete(preset.id)
            self.refresh()


class ConversationSettingsDialog(QDialog):
    """This conversation's own system prompt and settings (a preset's copy, or the app's
    defaults); changing them changes no preset."""

    def __init__(self, system_prompt: str, settings: dict[str, Any], preset_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Chat settings"))
        self.resize(560, 440)
        source = QLabel(self.tr("Started from the preset “{name}”. Changes apply to this "
                                "conversation only.").format(name=preset_name)
                        if preset_name else self.tr("Changes apply to this conversation only."))
        source.setWordWrap(True)
        self.form = SamplingForm()
        self.form.load(system_prompt, settings)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(source)
        layout.addWidget(self.form, 1)
        layout.addWidget(buttons)
