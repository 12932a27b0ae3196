"""Help ▸ Keyboard shortcuts: every key the window answers, read from its actions where
they are actions (so the list cannot drift from the menus), plus the keys that widgets
handle themselves."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow


# lupdate reads translate("Context", "text") calls; mixins are no QObjects of their own
translate = QCoreApplication.translate


def _fixed_keys() -> list[tuple[str, str, str]]:
    """(where, keys, what) for keys handled in widgets' own key handling, not by actions."""
    return [
        (translate("ShortcutsDialog", "Anywhere"), translate("ShortcutsDialog", "Esc"),
         translate("ShortcutsDialog", "Stop the reply being written")),
        (translate("ShortcutsDialog", "Anywhere"), translate("ShortcutsDialog", "Tab, Shift+Tab"),
         translate("ShortcutsDialog", "Move to the next or previous control")),
        (translate("ShortcutsDialog", "Message box"), translate("ShortcutsDialog", "Enter"),
         translate("ShortcutsDialog", "Send the message")),
        (translate("ShortcutsDialog", "Message box"), translate("ShortcutsDialog", "Shift+Enter"),
         translate("ShortcutsDialog", "Start a new line")),
        (translate("ShortcutsDialog", "Message box"), translate("ShortcutsDialog", "Esc"),
         translate("ShortcutsDialog", "Cancel editing a message")),
        (translate("ShortcutsDialog", "Search box"), translate("ShortcutsDialog", "Down"),
         translate("ShortcutsDialog", "Go to the results")),
        (translate("ShortcutsDialog", "Search box"), translate("ShortcutsDialog", "Enter"),
         translate("ShortcutsDialog", "Open the first result")),
        (translate("ShortcutsDialog", "Search box"), translate("ShortcutsDialog", "Esc"),
         translate("ShortcutsDialog", "Clear the search")),
        (translate("ShortcutsDialog", "Conversations"), translate("ShortcutsDialog", "Enter"),
         translate("ShortcutsDialog", "Open the conversation and go to its message box")),
    ]


def _keys(action: QAction) -> str:
    return ", ".join(sequence.toString(QKeySequence.SequenceFormat.NativeText)
                     for sequence in action.shortcuts() if not sequence.isEmpty())


def _label(action: QAction) -> str:
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def collect_shortcuts(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(where, keys, what) for every shortcut the window has, menus first."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()
    for top in window.menuBar().actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        where = translate("ShortcutsDialog", "%1 menu").replace("%1", _label(top))
        for action in menu.actions():
            seen.add(id(action))
            if _keys(action):
                rows.append((where, _keys(action), _label(action)))
    for action in window.findChildren(QAction):
        if id(action) in seen or not _keys(action) or not action.text():
            continue
        parent = action.parent()
        where = parent.accessibleName() if isinstance(parent, QWidget) else ""
        rows.append((where or translate("ShortcutsDialog", "Anywhere"), _keys(action),
                     _label(action)))
    fixed = _fixed_keys()
    # the places the fixed keys name come after the menus, each once, in their own order
    rows += fixed
    order: list[str] = []
    for where, _keys_text, _what in rows:
        if where not in order:
            order.append(where)
    return sorted(rows, key=lambda row: order.index(row[0]))


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.resize(560, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Everything in Hearth can be done from the keyboard. "
                               "Text size: Ctrl+= bigger, Ctrl+- smaller, Ctrl+0 as the "
                               "system's."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.tree.setAccessibleName(self.tr("Shortcuts, by where they work"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        groups: dict[str, QTreeWidgetItem] = {}
        for where, keys, what in collect_shortcuts(window):
            group = groups.get(where)
            if group is None:
                group = QTreeWidgetItem(self.tree, [where])
                group.setFirstColumnSpanned(True)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups[where] = group
            item = QTreeWidgetItem(group, [keys, what])
            # a screen reader reads the row as one sentence
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole,
                         self.tr("%1: %2, %3").replace("%1", where).replace("%2", keys)
                         .replace("%3", what))
        self.tree.expandAll()
        layout.addWidget(self.tree, 1)
        intro.setBuddy(self.tree)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close keyboard shortcuts"))
        layout.addWidget(buttons)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def rows(self) -> list[tuple[str, str, str]]:
        """(where, keys, what) as shown, for tests and the screenshot script."""
        shown = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            assert group is not None
            for i in range(group.childCount()):
                item = group.child(i)
                assert item is not None
                shown.append((group.text(0), item.text(0), item.text(1)))
        return shown
