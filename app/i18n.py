"""The UI's language: Hearth's own translations (resources/i18n/*.qm, built from the .ts
sources by `make`), Qt's for its standard dialogs, the locale for dates and numbers, and the
layout direction (right-to-left languages lay the window out mirrored).

The language is Settings.language ("" follows the system) or HEARTH_LANGUAGE, which wins so
that checks and screenshots can run in any language without touching the settings file.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from app.resources import resource

log = logging.getLogger(__name__)

ENV = "HEARTH_LANGUAGE"
# (code, name in its own language) for the Settings dialog; "" follows the system
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("de", "Deutsch"),
    ("fr", "Français"),
    ("es", "Español"),
    ("zh_CN", "简体中文"),
    ("ja", "日本語"),
)
SHIPPED = tuple(code for code, _name in LANGUAGES if code != "en")

# kept alive for as long as they are installed: a collected QTranslator stops translating
_installed: list[QTranslator] = []


def chosen_language(setting: str = "") -> str:
    """The language asked for: HEARTH_LANGUAGE, else the setting, else the system's."""
    return os.environ.get(ENV, "").strip() or setting.strip() or QLocale.system().name()


def translations_dir() -> Path:
    return resource("i18n")


def _qt_translations_dir() -> Path:
    path = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if path.is_dir():
        return path
    return Path(PySide6.__file__).parent / "Qt" / "translations"  # wheels' layout


def install(setting: str = "") -> QLocale:
    """Install the translators for the chosen language (replacing any installed before),
    make its locale the default for dates and numbers, and set the layout direction.
    Returns the locale in use."""
    app = QCoreApplication.instance()
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    locale = QLocale(chosen_language(setting))
    QLocale.setDefault(locale)
    if app is not None:
        for directory, prefix in ((translations_dir(), "hearth"),
                                  (_qt_translations_dir(), "qtbase")):
            translator = QTranslator(app)
            # finds hearth_de.qm for de_DE, hearth_zh_CN.qm for zh_CN, nothing for English
            if translator.load(locale, prefix, "_", str(directory)):
                QCoreApplication.installTranslator(translator)
                _installed.append(translator)
            elif prefix == "hearth" and locale.language() not in (
                    QLocale.Language.English, QLocale.Language.C):
                log.info("No %s translation for %s in %s", prefix, locale.name(), directory)
    if isinstance(app, QGuiApplication):
        QGuiApplication.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if locale.textDirection() == Qt.LayoutDirection.RightToLeft
            else Qt.LayoutDirection.LeftToRight)
    return locale


def ui_locale() -> QLocale:
    """The locale numbers and dates are written in; the C locale (a bare system, the tests)
    writes them as English does, with digits grouped."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def install_from_settings(settings_file: Path) -> QLocale:
    """install() with the language saved in Settings (read here: the UI's language is set
    before the window and its settings object exist)."""
    from app.settings import Settings
    from app.settings.model import load_json_dataclass

    return install(load_json_dataclass(Settings, settings_file).language)
