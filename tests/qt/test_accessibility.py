"""Every control a keyboard can reach has a name a screen reader can say (issue 15): a walk
over the widget trees of the main window, the Models window, Settings and the dialogs,
asking Qt's own accessibility layer what it would announce."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.store.records import Status
from app.ui.preset_dialogs import PresetPicker
from app.ui.settings_dialog import SettingsDialog
from app.ui.trash_dialog import TrashDialog
from tests.fakes import Script
from tests.qt.conftest import MakeApp
from tests.qt.test_chat_window import send


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed(root: QWidget) -> list[str]:
    """The focusable widgets under root that a screen reader would announce without a
    name: by class, object name and tooltip, so a failure says where to look."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.focusPolicy() & widget.focusPolicy().TabFocus:
            continue
        if not widget.isVisibleTo(root):
            continue  # a popup's list, a hidden action: checked where they are shown
        if isinstance(widget.parentWidget(), QAbstractSpinBox):
            widget = widget.parentWidget()  # a spin box's own line edit speaks for it
        if not spoken_name(widget):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} "
                           f"tip={widget.toolTip()[:40]!r}")
    return missing


def test_every_reachable_control_has_a_spoken_name(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    window = app.window
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000):
        send(qtbot, app, "hello")
    problems = {"main window": unnamed(window)}
    manager = window.open_models()
    problems["Models window"] = unnamed(manager)
    settings = SettingsDialog(window.settings, window, window.models.tokens, "token")
    problems["Settings"] = unnamed(settings)
    picker = PresetPicker(window.presets, window)
    problems["preset picker"] = unnamed(picker)
    trash = TrashDialog(window.library, window.sidebar.confirm_delete, window)
    problems["Trash"] = unnamed(trash)
    for dialog in (manager, settings, picker, trash):
        dialog.close()
    missing = {where: names for where, names in problems.items() if names}
    assert not missing, "\n".join(f"{where}: {name}" for where, names in missing.items()
                                   for name in names)


def focus_by_keyboard(qtbot: QtBot, start: QWidget, name_starts: str,
                      backwards: bool = True, presses: int = 60) -> QWidget:
    """Tab (or Shift+Tab) from `start` until the focused control's spoken name starts with
    `name_starts`, as a screen reader user would; fails if it is never reached."""
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    for _ in range(presses):
        focus = QApplication.focusWidget()
        if focus is not None and spoken_name(focus).startswith(name_starts):
            return focus
        qtbot.keyClick(focus or start, key)
    raise AssertionError(f"{name_starts!r} cannot be reached from the keyboard")


def test_the_main_flow_works_from_the_keyboard_alone(qtbot: QtBot, make_app: MakeApp,
                                                     script: Script) -> None:
    script.replies.extend(["The first answer.", "The second answer."])
    app = make_app()
    window = app.window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.chat.prompt, timeout=3000)
    prompt = window.chat.prompt
    qtbot.keyClick(prompt, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # new chat
    assert QApplication.focusWidget() is prompt
    qtbot.keyClicks(prompt, "Hello there")
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000):
        qtbot.keyClick(prompt, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is prompt  # back to typing after sending

    regenerate = focus_by_keyboard(qtbot, prompt, "Regenerate")
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000) as finished:
        qtbot.keyClick(regenerate, Qt.Key.Key_Space)
    assert finished.args[0].content == "The second answer."

    previous = focus_by_keyboard(qtbot, window.chat.prompt, "Previous version")
    qtbot.keyClick(previous, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: app.store.messages(window.chat.conversation_id)[-1].content
                    == "The first answer.", timeout=3000)

    qtbot.keyClick(window.chat.prompt, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    manager = window.model_actions.model_manager
    assert manager is not None and manager.isVisible()
    qtbot.keyClick(manager, Qt.Key.Key_Escape)
    assert not manager.isVisible()

    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.chat.prompt, timeout=3000)

    script.token_delay_s = 0.02
    script.replies.append("word " * 200)
    qtbot.keyClicks(window.chat.prompt, "A long one")
    qtbot.keyClick(window.chat.prompt, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.session.busy_conversation_id is not None, timeout=5000)
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000) as stopped:
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)
    assert stopped.args[0].status == Status.STOPPED


def test_a_finished_reply_is_announced_once_not_per_token(
        qtbot: QtBot, make_app: MakeApp, script: Script) -> None:
    script.replies.append("Paris is the capital of France, and has been for centuries.")
    app = make_app()
    said: list[str] = []
    app.window.chat.announce = lambda _widget, text: said.append(text)
    with qtbot.waitSignal(app.session.reply_finished, timeout=5000):
        send(qtbot, app, "What is the capital of France?")
    assert said == ["Reply: Paris is the capital of France, and has been for centuries."]
    script.replies.append("word " * 2000)
    with qtbot.waitSignal(app.session.reply_finished, timeout=20_000):
        send(qtbot, app, "And a long one?")
    assert len(said) == 2 and said[1].endswith("(the rest is in the message)")
    assert len(said[1]) < 1_200
    # the real announcement goes through Qt without complaint
    from app.ui.chat_view import announce_to_screen_readers

    announce_to_screen_readers(app.window.chat, "Reply: test")
