"""The trash: conversations deleted in the last 30 days, to restore or delete for good."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.chat.library import Library
from app.store.records import TRASH_DAYS

Confirm = Callable[[QWidget, str], bool]


class TrashDialog(QDialog):
    def __init__(self, library: Library, confirm: Confirm,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trash"))
        self.resize(560, 420)
        self._library = library
        self._confirm = confirm
        intro = QLabel(self.tr("Deleted conversations stay here for %n days, then go for "
                               "good.", "", TRASH_DAYS))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("pickList")
        self.list.setAccessibleName(self.tr("Conversations in the Trash"))
        self.list.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.empty_label = QLabel(self.tr("The trash is empty."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.delete_button = QPushButton(self.tr("Delete for good…"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.empty_button = QPushButton(self.tr("Empty trash…"))
        self.empty_button.clicked.connect(self.empty)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for conversation in self._library.trash():
            days = Library.days_left(conversation)
            item = QListWidgetItem(conversation.title + "\n" + self.tr("%n days left", "", days))
            item.setData(Qt.ItemDataRole.UserRole, conversation.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update_buttons()

    def _selected(self) -> tuple[int, str] | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return int(item.data(Qt.ItemDataRole.UserRole)), item.text().split("\n")[0]

    def _update_buttons(self) -> None:
        has_items = self.list.count() > 0
        self.empty_label.setVisible(not has_items)
        self.list.setVisible(has_items)
        selected = self.list.currentItem() is not None
        self.restore_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
        self.empty_button.setEnabled(has_items)

    def restore_selected(self) -> None:
        selected = self._selected()
        if selected is not None:
            self._library.restore(selected[0])
            self.refresh()

    def delete_selected(self) -> None:
        selected = self._selected()
        if selected is not None and self._confirm(self, selected[1]):
            self._library.delete_forever(selected[0])
            self.refresh()

    def empty(self) -> None:
        if self.list.count() and self._confirm(
                self, self.tr("all %n conversations in the trash", "", self.list.count())):
            self._library.empty_trash()
            self.refresh()
