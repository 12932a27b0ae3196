"""The Settings dialog, built from the Settings dataclass's field metadata."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.settings import Settings


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setMinimumWidth(520)
        self._settings = settings
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout()
        for f in fields(Settings):
            editor = self._editor_for(getattr(settings, f.name), f.metadata)
            if f.metadata.get("help"):
                editor.setToolTip(f.metadata["help"])
            self.editors[f.name] = editor
            form.addRow(f.metadata.get("label", f.name), editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @staticmethod
    def _editor_for(value: Any, meta: Any) -> QWidget:
        if isinstance(value, bool):
            raise TypeError("no boolean settings yet")
        if isinstance(value, int):
            spin = QSpinBox()
            spin.setRange(int(meta.get("min") or 0), int(meta.get("max") or 1_000_000))
            spin.setValue(value)
            return spin
        if isinstance(value, float):
            dspin = QDoubleSpinBox()
            dspin.setDecimals(2)
            dspin.setSingleStep(0.05)
            dspin.setRange(float(meta.get("min") or 0), float(meta.get("max") or 1e6))
            dspin.setValue(value)
            return dspin
        if "\n" in value or len(value) > 60 or "prompt" in str(meta.get("label", "")).lower():
            text = QPlainTextEdit(value)
            text.setMaximumHeight(90)
            return text
        return QLineEdit(value)

    def result_settings(self) -> Settings:
        values: dict[str, Any] = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QSpinBox | QDoubleSpinBox):
                values[name] = editor.value()
            elif isinstance(editor, QPlainTextEdit):
                values[name] = editor.toPlainText()
            elif isinstance(editor, QLineEdit):
                values[name] = editor.text().strip()
        return replace(self._settings, **values)
