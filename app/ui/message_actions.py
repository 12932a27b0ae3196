"""The small buttons on a message: its versions (previous, "2/3", next), and Edit,
Regenerate, Continue, Delete. They only say what was asked; MessageCommands decides what it
means."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.chat.message_commands import CONTINUE, DELETE, EDIT, NEXT, PREVIOUS, REGENERATE
from app.store.records import Message, Status

CONTINUABLE = {Status.STOPPED, Status.INTERRUPTED}
# The arrows users know from ChatGPT and LM Studio: single angle quotation marks.
LEFT_ARROW, RIGHT_ARROW = "\u2039", "\u203a"


def has_text(text: str) -> bool:
    """Whether there is more than white space, without copying a 10 MB message as
    str.strip() would: isspace() stops at the first other character."""
    return bool(text) and not text.isspace()


class MessageActions(QWidget):
    triggered = Signal(str)  # one of the names above

    def __init__(self, message: Message) -> None:
        super().__init__()
        self._named_for = ""
        self.previous_button = self._button(LEFT_ARROW, PREVIOUS)
        self.version_label = QLabel()
        self.version_label.setObjectName("messageVersion")
        self.next_button = self._button(RIGHT_ARROW, NEXT)
        self.edit_button = self._button(self.tr("Edit"), EDIT)
        self.regenerate_button = self._button(self.tr("Regenerate"), REGENERATE)
        self.continue_button = self._button(self.tr("Continue"), CONTINUE)
        self.delete_button = self._button(self.tr("Delete"), DELETE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for widget in (self.previous_button, self.version_label, self.next_button,
                       self.edit_button, self.regenerate_button, self.continue_button,
                       self.delete_button):
            layout.addWidget(widget)
        self.update_for(message, is_last=False)

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setFlat(True)
        button.setObjectName("messageAction")
        button.clicked.connect(lambda: self.triggered.emit(name))
        return button

    def update_for(self, message: Message, is_last: bool, position: int = 0,
                   busy: bool = False) -> None:
        """Show the actions that apply to this message. `position` is its number in the
        conversation (1 for the first message, 0 when unknown): with a dozen "Delete"
        buttons on screen, a screen reader must say which message each one acts on.
        While a reply streams (`busy`), only Edit works: the rest would change the path
        under it."""
        which, count = message.version
        has_versions = count > 1
        for widget in (self.previous_button, self.version_label, self.next_button):
            widget.setVisible(has_versions)
        # An arrow that would do nothing is disabled, as ChatGPT's are at the ends.
        self.previous_button.setEnabled(which > 1 and not busy)
        self.next_button.setEnabled(which < count and not busy)
        self.version_label.setText(f"{which}/{count}")
        version = self.tr("Version {which} of {count}").format(which=which, count=count)
        self.version_label.setToolTip(version)
        self.version_label.setAccessibleName(version)
        is_user, is_reply = message.role == "user", message.role == "assistant"
        self.edit_button.setVisible(is_user)
        self.regenerate_button.setVisible(is_reply and message.status != Status.STREAMING)
        self.continue_button.setVisible(is_reply and is_last and message.status in CONTINUABLE
                                        and has_text(message.content))
        self.delete_button.setVisible(message.status != Status.STREAMING)
        for button in (self.regenerate_button, self.continue_button, self.delete_button):
            button.setEnabled(not busy)
        self._name_buttons(self._subject(is_reply, position))

    def _subject(self, is_reply: bool, position: int) -> str:
        if position <= 0:
            return self.tr("this reply") if is_reply else self.tr("this message")
        if is_reply:
            return self.tr("message {n} (a reply)").format(n=position)
        return self.tr("message {n} (yours)").format(n=position)

    def _name_buttons(self, subject: str) -> None:
        # update_for runs several times as a conversation opens: name the buttons (a dozen
        # translated strings and accessibility updates) only when what they act on changes
        if subject == self._named_for:
            return
        self._named_for = subject
        names = {
            self.previous_button: (self.tr("Previous version of {subject}"), None),
            self.next_button: (self.tr("Next version of {subject}"), None),
            self.edit_button: (self.tr("Edit {subject}"),
                               self.tr("Edit and send as a new version (the old one stays)")),
            self.regenerate_button: (self.tr("Regenerate {subject}"),
                                     self.tr("Another reply; this one stays as a version")),
            self.continue_button: (self.tr("Continue {subject}"),
                                   self.tr("Continue this reply from where it stopped")),
            self.delete_button: (self.tr("Delete {subject}"),
                                 self.tr("Delete this message and what follows (Ctrl+Z "
                                         "undoes)")),
        }
        for button, (name, tip) in names.items():
            accessible = name.format(subject=subject)
            button.setAccessibleName(accessible)
            button.setToolTip(tip or accessible[:1].upper() + accessible[1:])
