"""Hearth in other languages: each .ts compiles and loads, the real window speaks German
and Japanese once the translator is installed, and Arabic lays the window out mirrored."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app import i18n
from app.chat.document_problems import translated
from tests.qt.conftest import MakeApp

ROOT = Path(__file__).resolve().parents[2]


def build_qm(ts: Path, folder: Path) -> Path:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    qm = folder / ts.with_suffix(".qm").name
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


@pytest.fixture
def built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The .qm files compiled fresh from the committed .ts sources, where i18n looks."""
    for ts in (ROOT / "resources" / "i18n").glob("*.ts"):
        build_qm(ts, tmp_path)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    yield tmp_path
    monkeypatch.delenv(i18n.ENV, raising=False)
    i18n.install("en")  # the next tests read English again, left to right
    QLocale.setDefault(QLocale(QLocale.Language.C))


@pytest.mark.parametrize("code", i18n.SHIPPED)
def test_each_translation_compiles_and_loads(qapp: QApplication, built: Path,
                                             code: str) -> None:
    translator = QTranslator()
    assert translator.load(str(built / f"hearth_{code}.qm"))
    assert translator.language().replace("-", "_").startswith(code.split("_")[0])
    assert translator.translate("ConversationList", "New chat") not in ("", "New chat")


@pytest.mark.parametrize(("code", "new_chat", "trash"), [
    ("de", "Neuer Chat", "&Papierkorb…"),
    ("ja", "新しいチャット", "ゴミ箱(&T)…"),
])
def test_the_real_window_speaks_the_chosen_language(
        make_app: MakeApp, built: Path, monkeypatch: pytest.MonkeyPatch, code: str,
        new_chat: str, trash: str) -> None:
    monkeypatch.setenv(i18n.ENV, code)
    locale = i18n.install("")  # the environment wins over the setting, as in checks
    assert locale.name().startswith(code)
    app = make_app(start=False)
    assert app.window.sidebar.new_button.text() == new_chat
    menus = [a.text() for m in app.window.menuBar().actions() if m.menu()
             for a in m.menu().actions()]
    assert trash in menus
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_setting_chooses_the_language_when_no_override(built: Path,
                                                           monkeypatch: pytest.MonkeyPatch,
                                                           qapp: QApplication) -> None:
    monkeypatch.delenv(i18n.ENV, raising=False)
    i18n.install("fr")
    assert QApplication.translate("ConversationList", "New chat") == "Nouvelle discussion"
    i18n.install("en")
    assert QApplication.translate("ConversationList", "New chat") == "New chat"


def test_arabic_lays_the_window_out_right_to_left(make_app: MakeApp, built: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(i18n.ENV, "ar")
    i18n.install("")  # no Arabic translation ships; the direction follows the locale
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    app = make_app(start=False)
    assert app.window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert app.window.sidebar.new_button.text() == "New chat"  # English, mirrored


def test_why_a_file_could_not_be_read_is_said_in_the_chosen_language(
        built: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> None:
    monkeypatch.delenv(i18n.ENV, raising=False)
    i18n.install("de")
    assert translated("It is password-protected.") == "Die Datei ist passwortgeschützt."
    assert translated("Too large to index: 2.1 GB (the limit is 200 MB).") == (
        "Zu groß zum Indexieren: 2.1 GB (die Grenze liegt bei 200 MB).")
    assert translated("The web page could not be read: tag a, line 3") == (
        "Die Webseite konnte nicht gelesen werden: tag a, line 3")
    assert QApplication.translate("ImportDialog", "Choose a folder") == "Ordner wählen"
