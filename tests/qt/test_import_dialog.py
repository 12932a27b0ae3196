"""The import dialog: offers what it found in other apps' folders, imports one with a click,
shows progress and then the summary; every control has an accessible name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.chat.history_import import HistoryImport
from app.importers.locations import FoundHistory, find_other_apps
from app.paths import AppPaths
from app.store.db import connect
from app.ui.import_dialog import ImportDialog

DATA = Path(__file__).parents[1] / "data" / "import"


def test_a_found_folder_imports_with_one_click(qtbot: QtBot, paths: AppPaths) -> None:
    connect(paths.database).close()
    found = [FoundHistory("jan", DATA / "jan", 2)]
    history = HistoryImport(paths.database, str(paths.log_file), find=lambda: found)
    dialog = ImportDialog(history)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [w.text() for w in dialog.found_area.findChildren(type(dialog.progress_label))]
    assert any("Found 2 conversation(s) from Jan" in text for text in labels)
    with qtbot.waitSignal(history.finished, timeout=30_000):
        qtbot.mouseClick(dialog.found_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.file_button.isEnabled())
    text = dialog.summary.toPlainText()
    assert "From Jan:" in text and "2 new conversation(s)" in text
    assert "messages.jsonl line 2: not valid JSON" in text
    for widget in dialog.findChildren(QWidget):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(dialog) \
                and widget.metaObject().className() in ("QPushButton", "QComboBox",
                                                        "QPlainTextEdit"):
            assert widget.accessibleName(), widget.metaObject().className()


def test_a_chosen_file_with_the_app_named(qtbot: QtBot, paths: AppPaths) -> None:
    connect(paths.database).close()
    history = HistoryImport(paths.database, str(paths.log_file), find=lambda: [])
    dialog = ImportDialog(history, file_chooser=lambda _parent: DATA / "openwebui" /
                          "export.json")
    qtbot.addWidget(dialog)
    assert not dialog.found_area.isVisibleTo(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("openwebui"))
    with qtbot.waitSignal(history.finished, timeout=30_000):
        dialog.choose_file()
    assert "2 new conversation(s)" in dialog.summary.toPlainText()


def test_other_apps_default_folders_per_os(tmp_path: Path) -> None:
    home = tmp_path / "home"
    jan = home / ".config" / "Jan" / "data" / "threads" / "jan_1"
    jan.mkdir(parents=True)
    (jan / "thread.json").write_text("{}")
    lm = home / ".lmstudio" / "conversations"
    lm.mkdir(parents=True)
    (lm / "1.conversation.json").write_text("{}")
    gpt = home / ".local" / "share" / "nomic.ai" / "GPT4All"
    gpt.mkdir(parents=True)
    (gpt / "gpt4all-a.chat").write_bytes((DATA / "gpt4all" / "gpt4all-v12.chat").read_bytes())
    (gpt / "model.gguf").write_bytes(b"GGUF")
    found = find_other_apps(home, {}, "linux")
    assert [(f.format, f.count) for f in found] == [("jan", 1), ("gpt4all", 1),
                                                    ("lmstudio", 1)]
    appdata = tmp_path / "roaming"
    (appdata / "Jan" / "data" / "threads" / "t").mkdir(parents=True)
    (appdata / "Jan" / "data" / "threads" / "t" / "messages.jsonl").write_text("")
    windows = find_other_apps(tmp_path / "nobody", {"APPDATA": str(appdata)}, "win32")
    assert [(f.format, f.path) for f in windows] == [("jan", appdata / "Jan" / "data")]
