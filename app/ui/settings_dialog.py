"""The Settings dialog, built from the Settings dataclass's field metadata."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.settings import Settings
from app.settings.secrets import TokenStore


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None,
                 tokens: TokenStore | None = None, api_token: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setMinimumWidth(780)
        self._settings = settings
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for f in fields(Settings):
            editor = self._editor_for(getattr(settings, f.name), f.metadata)
            if f.metadata.get("help"):
                editor.setToolTip(f.metadata["help"])
            self.editors[f.name] = editor
            form.addRow(f.metadata.get("label", f.name), editor)
        self._tokens = tokens
        self.token_field = QLineEdit()
        self.token_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_field.setClearButtonEnabled(True)
        self.token_field.setPlaceholderText(
            "saved — type a new one to replace it" if tokens and tokens.get() else "hf_…")
        self.token_note = QLabel(tokens.notice if tokens else "")
        self.token_note.setWordWrap(True)
        self.forget_token = QPushButton("Forget token")
        self.forget_token.setEnabled(bool(tokens and tokens.get()))
        self.forget_token.clicked.connect(self._forget_token)
        token_row = QHBoxLayout()
        token_row.addWidget(self.token_field, 1)
        token_row.addWidget(self.forget_token)
        if tokens is not None:
            form.addRow("Hugging Face token (for gated models)", token_row)
            form.addRow("", self.token_note)
        self.api_token_field = QLineEdit(api_token)
        self.api_token_field.setReadOnly(True)
        if api_token:
            form.addRow("Token for the local API (other apps send it as a bearer token)",
                        self.api_token_field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save_token)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @staticmethod
    def _editor_for(value: Any, meta: Any) -> QWidget:
        if isinstance(value, bool):
            box = QCheckBox()
            box.setChecked(value)
            return box
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

    def _save_token(self) -> None:
        if self._tokens is not None and self.token_field.text().strip():
            self._tokens.set(self.token_field.text())
            self.token_field.clear()

    def _forget_token(self) -> None:
        if self._tokens is not None:
            self._tokens.clear()
            self.forget_token.setEnabled(False)
            self.token_field.setPlaceholderText("hf_…")

    def result_settings(self) -> Settings:
        values: dict[str, Any] = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QCheckBox):
                values[name] = editor.isChecked()
            elif isinstance(editor, QSpinBox | QDoubleSpinBox):
                values[name] = editor.value()
            elif isinstance(editor, QPlainTextEdit):
                values[name] = editor.toPlainText()
            elif isinstance(editor, QLineEdit):
                values[name] = editor.text().strip()
        return replace(self._settings, **values)
