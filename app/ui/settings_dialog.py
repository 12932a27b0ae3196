"""The Settings dialog, built from the Settings dataclass's field metadata.

A few settings get an editor that says what they mean rather than their encoding: the
GPU layers (Auto / All / None / a number, stored as -2 / -1 / 0 / n, engine/offload.py)
and the model file (a Browse button). A checkbox carries its own text, so clicking the
words toggles it."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
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

from app.i18n import LANGUAGES
from app.settings import Settings
from app.settings.secrets import TokenStore

# the Settings fields' labels and help (app/settings/model.py holds no Qt), listed here for
# lupdate to extract; tests/unit/test_translations.py checks the list stays complete
SETTING_TEXTS = (
    QT_TRANSLATE_NOOP("SettingsDialog", 'Default system prompt'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'Used by new conversations; each conversation can change its own.'),  # noqa: E501
    QT_TRANSLATE_NOOP("SettingsDialog", 'Temperature'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'Top-p'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'Maximum reply length (tokens)'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'Random seed (-1 = different every time)'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'Context length (tokens)'),
    QT_TRANSLATE_NOOP("SettingsDialog", "Capped at the model's own maximum."),
    QT_TRANSLATE_NOOP("SettingsDialog", 'Layers on the GPU (-2 = Auto, -1 = all, 0 = none)'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'Auto puts as many layers on the GPU as fit its free memory with the context; without a GPU, none.'),  # noqa: E501
    QT_TRANSLATE_NOOP("SettingsDialog", 'CPU threads (0 = automatic)'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'Model file'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'Empty means the bundled model.'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'Serve the loaded model to other apps on this computer'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'An OpenAI-compatible API on 127.0.0.1 (/v1/models, /v1/chat/completions), behind the token shown below. Off by default.'),  # noqa: E501
    QT_TRANSLATE_NOOP("SettingsDialog", 'Port for the local API'),
    QT_TRANSLATE_NOOP("SettingsDialog", 'Also let other computers on the network use it (not only this one)'),  # noqa: E501
    QT_TRANSLATE_NOOP("SettingsDialog", 'Listens on every network interface instead of 127.0.0.1. Anyone who can reach this computer and has the token can then use the model.'),  # noqa: E501
    QT_TRANSLATE_NOOP("SettingsDialog", 'Memory for going back to recent conversations (MB, 0 = automatic)'),  # noqa: E501
    QT_TRANSLATE_NOOP("SettingsDialog", "Each recent conversation's state is kept, so returning to it does not re-read its history. Automatic: an eighth of this computer's memory, at most 2 GB."),  # noqa: E501
    QT_TRANSLATE_NOOP("SettingsDialog", 'Language (applied at the next start)'),
    QT_TRANSLATE_NOOP("SettingsDialog", "System follows this computer's language. Hearth speaks English, German, French, Spanish, Simplified Chinese and Japanese."),  # noqa: E501
    QT_TRANSLATE_NOOP("SettingsDialog", 'Embedding model for documents'),
    QT_TRANSLATE_NOOP("SettingsDialog", "How your documents are searched by meaning. The bundled one reads English best; a stronger or multilingual one can be downloaded in Models (For documents). Your documents are then indexed again."),  # noqa: E501
    QT_TRANSLATE_NOOP("SettingsDialog", 'Search what reasoning models thought, too'),
    QT_TRANSLATE_NOOP("SettingsDialog", "Search finds words in the replies' answers; with this on, also in the thinking that reasoning models write before they answer."),  # noqa: E501
)

# (parent, where to start) -> the chosen file, or "" when cancelled
ChooseFile = Callable[[QWidget, str], str]

AUTO, ALL, NONE = -2, -1, 0  # gpu_layers' encoding (engine/offload.py AUTO)
SOME = 1  # the combo's "a number" entry: the spin box holds it


class GpuLayersEditor(QWidget):
    """The gpu_layers setting as a choice, with a spin box for "this many"."""

    def __init__(self, value: int, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = QComboBox()
        for text, code in ((self.tr("Auto: as many as fit in the GPU's memory"), AUTO),
                           (self.tr("All layers"), ALL),
                           (self.tr("None: run on the CPU only"), NONE),
                           (self.tr("This many layers:"), SOME)):
            self.choice.addItem(text, code)
        self.choice.setAccessibleName(self.tr("Layers on the GPU"))
        self.count = QSpinBox()
        self.count.setRange(1, max(1, maximum))
        self.count.setValue(value if value >= 1 else 16)
        self.count.setAccessibleName(self.tr("Number of layers on the GPU"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.choice, 1)
        row.addWidget(self.count)
        self.choice.currentIndexChanged.connect(self._on_choice)
        self.choice.setCurrentIndex(self.choice.findData(value if value < SOME else SOME))
        self._on_choice()
        self.setFocusProxy(self.choice)

    def _on_choice(self) -> None:
        self.count.setEnabled(self.choice.currentData() == SOME)

    def value(self) -> int:
        code = int(self.choice.currentData())
        return self.count.value() if code == SOME else code


class ModelFileEditor(QWidget):
    """The model file's path, typed or chosen with Browse (empty: the bundled model)."""

    def __init__(self, value: str, choose: ChooseFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choose = choose
        self.path_field = QLineEdit(value)
        self.path_field.setClearButtonEnabled(True)
        self.path_field.setPlaceholderText(self.tr("the bundled model"))
        self.path_field.setAccessibleName(self.tr("Model file"))
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.setAccessibleName(self.tr("Browse for a model file"))
        self.browse.clicked.connect(self._browse)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path_field, 1)
        row.addWidget(self.browse)
        self.setFocusProxy(self.path_field)

    def _browse(self) -> None:
        current = self.path_field.text().strip()
        start = str(Path(current).parent) if current else str(Path.home())
        chosen = self._choose(self, start)
        if chosen:
            self.path_field.setText(chosen)

    def value(self) -> str:
        return self.path_field.text().strip()


def choose_gguf(parent: QWidget, start: str) -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("SettingsDialog", "Choose a model file"), start,
        QCoreApplication.translate("SettingsDialog", "GGUF models (*.gguf);;All files (*)"))
    return path


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None,
                 tokens: TokenStore | None = None, api_token: str = "",
                 choose_file: ChooseFile = choose_gguf,
                 api_token_store: TokenStore | None = None,
                 embedders: Sequence[tuple[str, str]] = ()) -> None:
        """`embedders`: the embedding models downloaded, as (name, file name)."""
        super().__init__(parent)
        self._embedders = embedders
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(780)
        self._settings = settings
        self._choose_file = choose_file
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for f in fields(Settings):
            label = self._label_for(f.name, str(f.metadata.get("label", f.name)))
            editor = self._editor_for(f.name, getattr(settings, f.name), f.metadata, label)
            if f.metadata.get("help"):  # as a paragraph: Qt wraps it, not one long line
                editor.setToolTip(f"<p>{html.escape(self.tr(f.metadata['help']))}</p>")
            self.editors[f.name] = editor
            if isinstance(editor, QCheckBox):
                form.addRow(editor)  # its own text is its label, so clicking it toggles
            else:
                form.addRow(label, editor)  # the row's label is the editor's buddy
        self._tokens = tokens
        self.token_field = QLineEdit()
        self.token_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_field.setClearButtonEnabled(True)
        self.token_field.setPlaceholderText(
            self.tr("saved — type a new one to replace it") if tokens and tokens.get()
            else "hf_…")
        self.token_field.setAccessibleName(self.tr("Hugging Face token"))
        self.token_note = QLabel(self._token_notice(tokens) if tokens else "")
        self.token_note.setWordWrap(True)
        self.forget_token = QPushButton(self.tr("Forget token"))
        self.forget_token.setAccessibleName(self.tr("Forget the Hugging Face token"))
        self.forget_token.setEnabled(bool(tokens and tokens.get()))
        self.forget_token.clicked.connect(self._forget_token)
        token_row = QHBoxLayout()
        token_row.addWidget(self.token_field, 1)
        token_row.addWidget(self.forget_token)
        if tokens is not None:
            form.addRow(self.tr("Hugging Face token (for gated models)"), token_row)
            form.addRow("", self.token_note)
        self.api_token_field = QLineEdit(api_token)
        self.api_token_field.setReadOnly(True)
        self.api_token_field.setAccessibleName(self.tr("Token for the local API"))
        self.api_token_note = QLabel(self._api_token_place(api_token_store))
        self.api_token_note.setWordWrap(True)
        self.api_token_note.setAccessibleName(self.tr("Where the local API's token is kept"))
        if api_token:
            self.api_token_field.setToolTip(self.tr("Other apps send it as a bearer token."))
            form.addRow(self.tr("Token for the local API"), self.api_token_field)
            if self.api_token_note.text():
                form.addRow("", self.api_token_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        buttons.accepted.connect(self._save_token)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _label_for(self, name: str, label: str) -> str:
        if name == "gpu_layers":  # the metadata's label explains the numbers this hides
            return self.tr("Layers on the GPU")
        return self.tr(label)

    def _editor_for(self, name: str, value: Any, meta: Any, label: str) -> QWidget:
        editor: QWidget
        if name == "gpu_layers":
            editor = GpuLayersEditor(value, int(meta.get("max") or 1000))
        elif name == "model_path":
            editor = ModelFileEditor(value, self._choose_file)
        elif name == "documents_embedder":
            combo = QComboBox()
            combo.addItem(self.tr("Bundled: all-MiniLM-L6-v2 (English)"), "")
            for model_name, filename in self._embedders:
                combo.addItem(model_name, filename)
            if value and combo.findData(value) < 0:  # deleted since it was chosen
                combo.addItem(self.tr("{file} (missing: the bundled one is used)")
                              .format(file=value), value)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            editor = combo
        elif name == "language":
            combo = QComboBox()
            combo.addItem(self.tr("System"), "")
            for code, native in LANGUAGES:  # each in its own language, as readers look for it
                combo.addItem(native, code)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            editor = combo
        elif isinstance(value, bool):
            box = QCheckBox(label)
            box.setChecked(value)
            editor = box
        elif isinstance(value, int):
            spin = QSpinBox()
            spin.setRange(int(meta.get("min") or 0), int(meta.get("max") or 1_000_000))
            spin.setValue(value)
            editor = spin
        elif isinstance(value, float):
            dspin = QDoubleSpinBox()
            dspin.setDecimals(2)
            dspin.setSingleStep(0.05)
            dspin.setRange(float(meta.get("min") or 0), float(meta.get("max") or 1e6))
            dspin.setValue(value)
            editor = dspin
        elif "\n" in value or len(value) > 60 or "prompt" in str(meta.get("label", "")).lower():
            text = QPlainTextEdit(value)
            text.setMaximumHeight(90)
            editor = text
        else:
            editor = QLineEdit(value)
        if not editor.accessibleName():
            editor.setAccessibleName(label)
        return editor

    def _token_notice(self, tokens: TokenStore) -> str:
        if tokens.where == "keyring":
            return self.tr("Your token is stored in the system keyring.")
        if tokens.where == "file":
            return self.tr("No system keyring is available, so your token is kept in "
                           "{file}, readable only by you.").format(file=tokens.file)
        return self.tr("No system keyring is available, so your token is kept in memory "
                       "only and forgotten when Hearth closes.")

    def _api_token_place(self, store: TokenStore | None) -> str:
        if store is None:
            return ""
        if store.where == "file":
            return self.tr("Kept in {file}, readable only by you: this computer has no "
                           "system keyring.").format(file=store.file)
        if store.where == "keyring":
            return self.tr("Kept in the system keyring.")
        return self.tr("Kept in memory only, so it changes when Hearth restarts: there is "
                       "no system keyring, and the settings folder could not be written.")

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
            if isinstance(editor, GpuLayersEditor | ModelFileEditor):
                values[name] = editor.value()
            elif isinstance(editor, QCheckBox):
                values[name] = editor.isChecked()
            elif isinstance(editor, QSpinBox | QDoubleSpinBox):
                values[name] = editor.value()
            elif isinstance(editor, QPlainTextEdit):
                values[name] = editor.toPlainText()
            elif isinstance(editor, QComboBox):
                values[name] = str(editor.currentData())
            elif isinstance(editor, QLineEdit):
                values[name] = editor.text().strip()
        return replace(self._settings, **values)
