"""Sight: the style follows the system's dark, light and high-contrast schemes, text zooms
with Ctrl+= / Ctrl+- / Ctrl+0 within bounds and is kept, and Help lists the shortcuts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QMenu

from app.paths import AppPaths
from app.ui import style
from app.ui.main_window import MainWindow
from app.ui.shortcuts_dialog import ShortcutsDialog
from app.ui.style import (
    DARK,
    HIGH_CONTRAST,
    HIGH_CONTRAST_LIGHT,
    LIGHT,
    MAX_SCALE,
    MIN_SCALE,
    SCALE_STEP,
    SCHEMES,
    apply_style,
    choose_scheme,
    set_text_scale,
    text_scale,
)
from tests.qt.conftest import MakeApp

PROPERTIES = ("hearthScheme", "hearthSchemeForced", "hearthTextScale",
              "hearthBasePointSize", "hearthSystemContrast", "hearthSystemDark")


@pytest.fixture
def qt_app(qtbot: object) -> Iterator[QApplication]:
    """The test's QApplication, given back to the next test as it found it."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sheet, palette, font = app.styleSheet(), QPalette(app.palette()), QFont(app.font())
    yield app
    for name in PROPERTIES:
        app.setProperty(name, None)
    app.setStyleSheet(sheet)
    app.setPalette(palette)
    app.setFont(font)


def window_colour(app: QApplication) -> str:
    return app.palette().color(QPalette.ColorRole.Window).name()


def test_the_scheme_is_the_one_the_system_asks_for() -> None:
    assert choose_scheme(Qt.ColorScheme.Dark, False, 18.3, False) == DARK
    assert choose_scheme(Qt.ColorScheme.Light, False, 18.3, False) == LIGHT
    assert choose_scheme(Qt.ColorScheme.Unknown, False, 18.3, True) == DARK
    assert choose_scheme(Qt.ColorScheme.Unknown, False, None, False) == LIGHT
    assert choose_scheme(Qt.ColorScheme.Dark, True, 18.3, False) == HIGH_CONTRAST
    assert choose_scheme(Qt.ColorScheme.Light, True, 18.3, False) == HIGH_CONTRAST_LIGHT
    # Windows' high-contrast themes show as a pure black-and-white palette
    assert choose_scheme(Qt.ColorScheme.Unknown, False, 21.0, True) == HIGH_CONTRAST


def test_dark_applied_when_the_system_turns_dark(
        qt_app: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = [LIGHT]
    monkeypatch.setattr(style, "system_scheme", lambda _app: asked[-1])
    apply_style(qt_app)
    assert window_colour(qt_app) == SCHEMES[LIGHT].window
    asked.append(DARK)
    qt_app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    dark = SCHEMES[DARK]
    assert window_colour(qt_app) == dark.window
    assert qt_app.palette().color(QPalette.ColorRole.Text).name() == dark.text
    assert f"background: {dark.user_bubble}" in qt_app.styleSheet()
    assert f"background: {dark.send}" in qt_app.styleSheet()
    # a scheme the caller chose stays when the system changes
    apply_style(qt_app, scheme=HIGH_CONTRAST)
    qt_app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert window_colour(qt_app) == SCHEMES[HIGH_CONTRAST].window


def test_dark_scheme_styles_the_window(qt_app: QApplication, make_app: MakeApp) -> None:
    apply_style(qt_app, scheme=DARK)
    window = make_app().window
    dark = SCHEMES[DARK]
    assert window.chat.send_button.palette().color(
        window.chat.send_button.backgroundRole()).name() == dark.send
    assert window.chat.prompt.palette().color(QPalette.ColorRole.Base).name() == dark.base


def focus_prompt(qtbot: object, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: QApplication.focusWidget() is window.chat.prompt, timeout=3000)


def press(qtbot: object, window: MainWindow, key: Qt.Key) -> None:
    """Ctrl+key where the user types: the window's shortcut must win over the text box."""
    qtbot.keyClick(window.chat.prompt, key,  # type: ignore[attr-defined]
                   Qt.KeyboardModifier.ControlModifier)


def test_ctrl_plus_and_minus_zoom_text_within_bounds_and_it_is_kept(
        qt_app: QApplication, make_app: MakeApp, qtbot: object, paths: AppPaths) -> None:
    apply_style(qt_app, scheme=LIGHT)
    base = qt_app.font().pointSizeF()
    window = make_app(start=False).window
    focus_prompt(qtbot, window)

    press(qtbot, window, Qt.Key.Key_Equal)
    assert text_scale(qt_app) == pytest.approx(1.1)
    assert qt_app.font().pointSizeF() == pytest.approx(base * 1.1)
    assert window.chat.prompt.font().pointSizeF() == pytest.approx(base * 1.1)
    assert f"font-size: {base * 1.1 * 1.4:.1f}pt" in qt_app.styleSheet()  # the title

    set_text_scale(qt_app, MAX_SCALE - SCALE_STEP / 2)  # near the top: a press passes it
    press(qtbot, window, Qt.Key.Key_Equal)
    press(qtbot, window, Qt.Key.Key_Equal)
    assert text_scale(qt_app) == MAX_SCALE
    assert qt_app.font().pointSizeF() == pytest.approx(base * MAX_SCALE)

    set_text_scale(qt_app, MIN_SCALE + SCALE_STEP / 2)
    press(qtbot, window, Qt.Key.Key_Minus)
    press(qtbot, window, Qt.Key.Key_Minus)
    assert text_scale(qt_app) == MIN_SCALE
    assert qt_app.font().pointSizeF() == pytest.approx(base * MIN_SCALE)

    press(qtbot, window, Qt.Key.Key_0)
    assert text_scale(qt_app) == 1.0
    assert qt_app.font().pointSizeF() == pytest.approx(base)

    press(qtbot, window, Qt.Key.Key_Equal)
    press(qtbot, window, Qt.Key.Key_Equal)
    window.close()  # saves the window's state
    set_text_scale(qt_app, 1.0)
    make_app(start=False, data=paths)
    assert text_scale(qt_app) == pytest.approx(1.2)
    assert qt_app.font().pointSizeF() == pytest.approx(base * 1.2)


def test_help_lists_the_shortcuts_and_closes_with_esc(
        make_app: MakeApp, qtbot: object) -> None:
    window = make_app(start=False).window
    help_menu = next(action.menu() for action in window.menuBar().actions()
                     if action.text() == "&Help")
    assert isinstance(help_menu, QMenu)
    entry = next(action for action in help_menu.actions()
                 if action.text().startswith("&Keyboard shortcuts"))
    entry.trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    rows = dialog.rows()
    assert ("File menu", "Ctrl+N", "New chat") in rows
    assert ("File menu", "Ctrl+Shift+N", "New chat from preset") in rows
    assert ("File menu", "Ctrl+E", "Export conversation") in rows
    assert ("Edit menu", "Ctrl+Z", "Undo") in rows
    assert any(keys.startswith("Ctrl++") and "Ctrl+=" in keys and what == "Bigger text"
               for _where, keys, what in rows)
    assert ("View menu", "Ctrl+0", "Actual text size") in rows
    assert ("Conversations", "F2", "Rename") in rows  # the list's own actions
    assert ("Conversations", "Del", "Move to Trash") in rows
    assert ("Message box", "Enter", "Send the message") in rows
    assert ("Message box", "Shift+Enter", "Start a new line") in rows
    assert any(keys == "Esc" and where == "Anywhere" for where, keys, _what in rows)
    assert ("Search box", "Down", "Go to the results") in rows
    # read out whole, and every control named
    assert dialog.tree.accessibleName()
    assert dialog.tree.hasFocus() or dialog.tree.focusPolicy() != Qt.FocusPolicy.NoFocus
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Escape)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not dialog.isVisible())  # type: ignore[attr-defined]


def test_f1_opens_the_shortcuts(make_app: MakeApp, qtbot: object) -> None:
    window = make_app(start=False).window
    focus_prompt(qtbot, window)
    qtbot.keyClick(window.chat.prompt, Qt.Key.Key_F1)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: isinstance(window.findChild(ShortcutsDialog), ShortcutsDialog))  # type: ignore[attr-defined]


def test_code_blocks_follow_the_scheme(qt_app: QApplication) -> None:
    """A reply's code block is drawn in the scheme's own colours: in dark mode a light
    grey box with light text on it was unreadable."""
    from app.ui.render import MarkdownRenderer

    source = "```python\nprint('hi')\n```"
    apply_style(qt_app, scheme=DARK)
    dark = MarkdownRenderer().render(source).html
    assert f"background-color:{SCHEMES[DARK].code}" in dark
    assert f"color:{SCHEMES[DARK].text}" in dark
    apply_style(qt_app, scheme=LIGHT)
    light = MarkdownRenderer().render(source).html
    assert f"background-color:{SCHEMES[LIGHT].code}" in light and light != dark
