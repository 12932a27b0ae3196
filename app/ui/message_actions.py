"""The small buttons on a message: its versions (previous, "2/3", next), and Edit,
Regenerate, Continue, Delete. They only say what was asked; ChatSession decides what it means."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.store.conversations import Message, Status

PREVIOUS, NEXT = "previous", "next"
EDIT, REGENERATE, CONTINUE, DELETE = "edit", "regenerate", "continue", "delete"
CONTINUABLE = {Status.STOPPED, Status.INTERRUPTED}
# The arrows users know from ChatGPT and LM Studio: single angle quotation marks.
LEFT_ARROW, RIGHT_ARROW = "\u2039", "\u203a"


class MessageActions(QWidget):
    triggered = Signal(str)  # one of the names above

    def __init__(self, message: Message) -> None:
        super().__init__()
        self.previous_button = self._button(LEFT_ARROW, PREVIOUS, "Previous version")
        self.version_label = QLabel()
        self.version_label.setObjectName("messageVersion")
        self.next_button = self._button(RIGHT_ARROW, NEXT, "Next version")
        self.edit_button = self._button("Edit", EDIT, "Edit and send as a new version")
        self.regenerate_button = self._button("Regenerate", REGENERATE,
                                              "Another reply; this one stays as a version")
        self.continue_button = self._button("Continue", CONTINUE, "Continue this reply")
        self.delete_button = self._button("Delete", DELETE,
                                          "Delete this message and what follows (Ctrl+Z "
                                          "undoes)")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for widget in (self.previous_button, self.version_label, self.next_button,
                       self.edit_button, self.regenerate_button, self.continue_button,
                       self.delete_button):
            layout.addWidget(widget)
        self.update_for(message, is_last=False)

    def _button(self, text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setFlat(True)
        button.setToolTip(tip)
        button.setObjectName("messageAction")
        button.clicked.connect(lambda: self.triggered.emit(name))
        return button

    def update_for(self, message: Message, is_last: bool) -> None:
        which, count = message.version
        has_versions = count > 1
        for widget in (self.previous_button, self.version_label, self.next_button):
            widget.setVisible(has_versions)
        self.version_label.setText(f"{which}/{count}")
        is_user, is_reply = message.role == "user", message.role == "assistant"
        self.edit_button.setVisible(is_user)
        self.regenerate_button.setVisible(is_reply and message.status != Status.STREAMING)
        self.continue_button.setVisible(is_reply and is_last and message.status in CONTINUABLE
                                        and bool(message.content.strip()))
        self.delete_button.setVisible(message.status != Status.STREAMING)
