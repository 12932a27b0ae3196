"""The chat pane: a header (title, context meter, model, chat settings), a banner, the
message column and the input with Send/Stop. It lays them out and forwards what the user
asks for; ChatSession decides."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QDesktopServices,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.chat.collections import FileRow
from app.chat.context_meter import Level, Reading
from app.chat.session import Thinking
from app.store.records import Message, Source, Status
from app.ui.attachments_bar import AttachmentsBar
from app.ui.fitting_text import ElidingComboBox, ElidingLabel, WrappingLabel
from app.ui.message_column import EARLIER_PAGE, FIRST_SCREEN, MessageColumn
from app.ui.message_widget import MessageWidget
from app.ui.prompt_edit import PromptEdit
from app.ui.qmodels import MessageListModel
from app.ui.render import MarkdownRenderer, is_safe_link

ConfirmLink = Callable[[QWidget, str], bool]
OpenUrl = Callable[[QUrl], Any]


def ask_open_link(parent: QWidget, url: str) -> bool:
    box = QMessageBox(parent)
    box.setWindowTitle("Open link?")
    box.setIcon(QMessageBox.Icon.Question)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText("This link comes from the model's reply. Open it in your browser?\n\n" + url)
    box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Open


Announce = Callable[[QWidget, str], None]
ANNOUNCED_CHARS = 1_000  # a longer reply is read from the message itself


def announce_to_screen_readers(widget: QWidget, text: str) -> None:
    """Ask screen readers to say `text` now (a live-region announcement)."""
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


class ChatView(QWidget):
    send_requested = Signal(str)
    stop_requested = Signal()
    system_prompt_requested = Signal()
    link_blocked = Signal(str)
    model_chosen = Signal(str)  # file name of the model this conversation should use
    message_action = Signal(str, int)  # action name, message_id
    source_requested = Signal(int, int)  # message_id, the number of the source to show
    edit_submitted = Signal(int, str)  # message_id, the new text: send as a new version
    retry_requested = Signal()  # the banner's Retry, after a model failed to load
    attach_requested = Signal()  # the Attach button: the window asks which files
    collections_chosen = Signal(object)  # list[str]: the collections this chat reads now
    detach_requested = Signal(str)  # a chip's remove button: the file's path
    MODEL_BOX_CHARS = 22  # the header's model selector is this wide, whatever its labels

    def __init__(self, renderer: MarkdownRenderer, confirm_link: ConfirmLink = ask_open_link,
                 open_url: OpenUrl = QDesktopServices.openUrl,
                 announce: Announce | None = None,
                 model: MessageListModel | None = None) -> None:
        super().__init__()
        self.announce = announce or announce_to_screen_readers
        self._confirm_link = confirm_link
        self._open_url = open_url
        self.open_url = open_url  # what opens an address the user has agreed to open
        self._busy_here = False
        self._busy_elsewhere = False
        self._ready = False
        self.conversation_id: int | None = None

        self.title = ElidingLabel("")
        self.title.setObjectName("chatTitle")
        self.system_button = QPushButton(self.tr("Chat settings…"))
        self.system_button.setToolTip(self.tr("This conversation's system prompt, "
                                              "temperature, reply length and context"))
        self.system_button.clicked.connect(self.system_prompt_requested)
        self.model_box = ElidingComboBox()
        self.model_box.setToolTip(self.tr("The model this conversation uses"))
        self.model_box.setAccessibleName(self.tr("Model for this conversation"))
        # A fixed width, whatever the labels: a remote model's long name widened the
        # header and squeezed the chat. Long labels are elided; the tooltip has them whole.
        self.model_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.model_box.setMinimumContentsLength(self.MODEL_BOX_CHARS)
        self.model_box.view().setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.model_box.activated.connect(self._on_model_activated)
        self.model_box.currentIndexChanged.connect(self._on_model_shown)
        self.meter = QLabel("")
        self.meter.setObjectName("contextMeter")
        self.meter.setTextFormat(Qt.TextFormat.PlainText)
        self.documents_button = QToolButton()
        self.documents_button.setObjectName("documentsButton")
        self.documents_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.documents_button.setToolTip(self.tr(
            "The document collections this conversation reads (File > Documents makes them)"))
        self.documents_menu = QMenu(self.documents_button)
        self.documents_button.setMenu(self.documents_menu)
        self.documents_button.hide()
        self._collections: list[str] = []
        self._chosen: list[str] = []
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.documents_button)
        header.addWidget(self.meter)
        header.addWidget(self.model_box)
        header.addWidget(self.system_button)

        # The banner: what the user should know about this chat's model, and after a
        # failed load, what they can do about it.
        self.banner = WrappingLabel()
        self.banner.setObjectName("banner")
        self.banner.hide()
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.setAccessibleName(self.tr("Retry"))
        self.retry_button.setToolTip(self.tr("Load the model again"))
        self.retry_button.clicked.connect(self.retry_requested)
        self.choose_model_button = QPushButton(self.tr("Choose another model"))
        self.choose_model_button.setAccessibleName(self.tr("Choose another model"))
        self.choose_model_button.clicked.connect(self._choose_another_model)
        self.banner_frame = QFrame()
        self.banner_frame.setObjectName("bannerFrame")
        banner_layout = QHBoxLayout(self.banner_frame)
        banner_layout.setContentsMargins(8, 6, 8, 6)
        banner_layout.addWidget(self.banner, 1)
        banner_layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignVCenter)
        banner_layout.addWidget(self.choose_model_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._show_load_buttons(False)
        self.banner_frame.hide()

        self.column = MessageColumn(
            renderer, model or MessageListModel(FIRST_SCREEN, EARLIER_PAGE))
        self.column.link_activated.connect(self._on_link)
        self.column.message_action.connect(self.message_action)
        self.column.source_requested.connect(self.source_requested)
        self.column.rows_changed.connect(self._update_input)
        # the column's parts that the window, the benches and the tests reach for
        self.scroll_area: QScrollArea = self.column
        self.model = self.column.model
        self.earlier_button = self.column.earlier_button

        self.empty_hint = WrappingLabel()
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.set_privacy(None)

        self.prompt = PromptEdit()
        self.prompt.setPlaceholderText(
            self.tr("Message Hearth…  (Enter to send, Shift+Enter for a new line)"))
        self.prompt.setAccessibleName(self.tr("Message"))
        self.prompt.setAccessibleDescription(self.tr(
            "Enter sends, Shift+Enter starts a new line, Esc stops a reply, Tab leaves the "
            "box."))
        self.prompt.submitted.connect(self._on_submit)
        self.prompt.stop_requested.connect(self._on_escape)
        self.draft_problem = WrappingLabel()
        self.draft_problem.setObjectName("draftProblem")
        self.draft_problem.hide()
        self.prompt.textChanged.connect(self._on_prompt_changed)
        self.editing_id: int | None = None
        self.edit_notice = QLabel(self.tr("Editing your message: Enter sends it as a new "
                                          "version (the old one stays), Esc cancels."))
        self.edit_notice.setObjectName("editNotice")
        self.edit_notice.hide()
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setObjectName("sendButton")
        self.send_button.setMinimumWidth(80)
        self.send_button.clicked.connect(self._on_send_clicked)
        self.attach_button = QPushButton(self.tr("Attach…"))
        self.attach_button.setObjectName("attachButton")
        self.attach_button.setAccessibleName(self.tr("Attach files to this chat"))
        self.attach_button.setToolTip(self.tr(
            "PDF, Word, text, Markdown, web pages and code: the model reads them with your "
            "questions. You can also drop files on the window."))
        self.attach_button.clicked.connect(self.attach_requested)
        self.attachments = AttachmentsBar()
        self.attachments.remove_requested.connect(self.detach_requested)
        bottom = QHBoxLayout()
        bottom.addWidget(self.prompt, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.send_button)
        bottom.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(header)
        layout.addWidget(self.banner_frame)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.empty_hint, 1)
        layout.addWidget(self.edit_notice)
        layout.addWidget(self.attachments)
        layout.addLayout(bottom)
        layout.addWidget(self.draft_problem)
        self._update_controls()

    # what is shown

    def show_conversation(self, conversation_id: int, title: str, messages: list[Message],
                          first_kept_id: int | None = None,
                          sources: dict[int, list[Source]] | None = None) -> None:
        if conversation_id != self.conversation_id:
            self.end_edit()
        self.conversation_id = conversation_id
        self.title.setText(title)
        self.column.show_path(messages, first_kept_id, sources)
        self._update_controls()

    def set_collections(self, collections: list[str], chosen: list[str]) -> None:
        """The user's collections, and those this chat reads: the header names them, and
        its menu checks them."""
        self._collections, self._chosen = list(collections), [
            name for name in chosen if name in collections]
        self.documents_menu.clear()
        for name in collections:
            action = self.documents_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(name in self._chosen)
            action.toggled.connect(lambda on, n=name: self._toggle_collection(n, on))
        if self._chosen:
            text = self.tr("Documents: {names}").format(names=", ".join(self._chosen))
        else:
            text = self.tr("Documents: none")
        self.documents_button.setText(text)
        self.documents_button.setAccessibleName(text)
        self.documents_button.setVisible(bool(collections))

    def _toggle_collection(self, name: str, on: bool) -> None:
        chosen = [n for n in self._chosen if n != name] + ([name] if on else [])
        self.collections_chosen.emit([n for n in self._collections if n in chosen])

    def show_attachments(self, conversation_id: int, rows: list[FileRow]) -> None:
        if conversation_id == self.conversation_id:
            self.attachments.show_files(rows)

    def set_sources(self, message_id: int, sources: list[Source]) -> None:
        self.column.model.set_sources(message_id, sources)

    def set_models(self, models: list[tuple[str, str]], current: str | None) -> None:
        """(label, file name) pairs for the header's model selector."""
        self.model_box.blockSignals(True)
        self.model_box.clear()
        for label, filename in models:
            self.model_box.addItem(label, filename)
            self.model_box.setItemData(self.model_box.count() - 1, label,
                                       Qt.ItemDataRole.ToolTipRole)
        index = self.model_box.findData(current) if current else -1
        self.model_box.setCurrentIndex(index)
        self.model_box.blockSignals(False)
        self._on_model_shown(index)

    def _on_model_shown(self, index: int) -> None:
        label = self.model_box.itemText(index) if index >= 0 else ""
        self.model_box.setToolTip(
            self.tr("The model this conversation uses: {model}").format(model=label) if label
            else self.tr("The model this conversation uses"))

    def _on_model_activated(self, index: int) -> None:
        filename = self.model_box.itemData(index)
        if filename:
            self.model_chosen.emit(str(filename))

    def set_title(self, title: str) -> None:
        self.title.setText(title)

    def add_message(self, message: Message) -> None:
        if message.conversation_id == self.conversation_id:
            self.column.append(message)

    def update_reply(self, conversation_id: int, message_id: int, text: str) -> None:
        if conversation_id == self.conversation_id:
            self.model.stream(message_id, text)

    def update_reasoning(self, conversation_id: int, message_id: int,
                         thinking: Thinking) -> None:
        """A reasoning model's thinking so far (ChatSession.reasoning_updated)."""
        if conversation_id == self.conversation_id:
            self.model.stream_reasoning(message_id, thinking)

    def finish_reply(self, message: Message) -> None:
        if message.conversation_id == self.conversation_id:
            self.model.finish(message)
            self.announce(self, self._finished_words(message))

    def _finished_words(self, message: Message) -> str:
        """What a screen reader says when a reply ends: once, at the end, never per token
        (a reader that speaks every streamed piece is unusable)."""
        text = message.content.strip()
        if len(text) > ANNOUNCED_CHARS:
            text = text[:ANNOUNCED_CHARS] + self.tr("… (the rest is in the message)")
        if message.status == Status.COMPLETE:
            return self.tr("Reply: {text}").format(text=text)
        if message.status == Status.ERROR:
            return self.tr("The reply failed: {error}").format(error=message.error or "")
        return self.tr("Reply stopped: {text}").format(text=text)

    def show_trimmed(self, first_kept_id: int) -> None:
        """Mark where the model's view of the conversation begins."""
        self.column.show_trimmed(first_kept_id)

    def trim_notice(self) -> QLabel | None:
        return self.column.trim_notice()

    def show_meter(self, reading: Reading | None) -> None:
        """The context meter: tokens used of the window, and a warning before (and once)
        the oldest messages fall out of what the model reads."""
        if reading is None:
            self.meter.setText("")
            return
        notes = {
            Level.OK: self.tr("What the model reads: the system prompt, this conversation "
                              "and what you are typing."),
            Level.NEAR: self.tr("Nearly full: soon the oldest messages will no longer fit, "
                                "and the model will not see them."),
            Level.OVER: self.tr("Full: the oldest messages no longer fit and are left out of "
                                "what the model reads (the chat marks where its view "
                                "begins)."),
        }
        tip = notes[reading.level]
        if not reading.window_known:
            tip = self.tr("The server does not say how many tokens this model reads, so "
                          "the meter counts what is sent (about four characters a token) "
                          "without a limit.")
        too_long = reading.draft_too_long
        if too_long > 0:  # first what to do now, then what the meter says in general
            tip = self.tr("What you are typing is too long for this model: cut about {n} "
                          "tokens (or start a new chat).").format(n=f"{too_long:,}") + \
                "\n\n" + tip
        warn = reading.level != Level.OK or too_long > 0
        self.meter.setText(("⚠ " if warn else "") + reading.text)
        self.meter.setToolTip(tip)
        self.meter.setProperty("level", str(reading.level))
        self.meter.style().unpolish(self.meter)
        self.meter.style().polish(self.meter)

    def show_banner(self, text: str) -> None:
        """Something to know about this chat's model; "" hides the banner."""
        self._show_load_buttons(False)
        self._set_banner(text)

    def show_load_failure(self, message: str) -> None:
        """The model failed to load: say why, and offer Retry and another model."""
        self._set_banner(message)
        self._show_load_buttons(bool(message))

    def _set_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        self.banner_frame.setVisible(bool(text))

    def _show_load_buttons(self, shown: bool) -> None:
        self.retry_button.setVisible(shown)
        self.choose_model_button.setVisible(shown)

    def _choose_another_model(self) -> None:
        self.model_box.setFocus(Qt.FocusReason.OtherFocusReason)
        self.model_box.showPopup()

    def set_privacy(self, remote_host: str | None) -> None:
        """Whether what is written in this chat stays here or goes to a server: the
        empty chat's hint must not promise privacy that a remote model does not keep."""
        if remote_host is None:
            self.empty_hint.setText(self.tr("Ask anything. Your chats stay on this computer."))
        else:
            self.empty_hint.setText(self.tr("Ask anything. What you write here is sent to "
                                            "{host}.").format(host=remote_host))

    def show_draft_problem(self, text: str) -> None:
        """Why the message in the box was not sent (it stays there); "" clears it."""
        self.draft_problem.setText(text)
        self.draft_problem.setVisible(bool(text))

    def _on_prompt_changed(self) -> None:
        if self.draft_problem.text():
            self.show_draft_problem("")

    def message_widget(self, message_id: int) -> MessageWidget | None:
        return self.column.message_widget(message_id)

    def message_widgets(self) -> list[MessageWidget]:
        """The rendered messages, in the order they are shown."""
        return self.column.message_widgets()

    # state

    def set_state(self, ready: bool, busy_conversation_id: int | None) -> None:
        self._ready = ready
        self._busy_here = busy_conversation_id is not None and \
            busy_conversation_id == self.conversation_id
        self._busy_elsewhere = busy_conversation_id is not None and not self._busy_here
        self.column.busy = self._busy_here or self._busy_elsewhere
        self._update_controls()

    def _update_controls(self) -> None:
        self.column.refresh_actions()
        self._update_input()

    def _update_input(self) -> None:
        """What depends on the chat, its messages and the engine: the empty chat's hint,
        the box and Send or Stop."""
        has_chat = self.conversation_id is not None
        empty = has_chat and not self.column.has_messages()
        self.empty_hint.setVisible(empty)
        self.scroll_area.setVisible(not empty)
        self.prompt.setEnabled(has_chat)
        self.system_button.setEnabled(has_chat)
        if self._busy_here:
            self.send_button.setText(self.tr("Stop"))
            self.send_button.setToolTip(self.tr("Stop the reply (Esc)"))
            self.send_button.setEnabled(True)
        else:
            self.send_button.setText(self.tr("Send"))
            self.send_button.setEnabled(has_chat and self._ready and not self._busy_elsewhere)
            self.send_button.setToolTip(
                self.tr("Hearth is replying in another chat") if self._busy_elsewhere
                else self.tr("Send (Enter)") if self._ready
                else self.tr("The model is not ready yet"))

    def _on_send_clicked(self) -> None:
        if self._busy_here:
            self.stop_requested.emit()
        else:
            self._on_submit()

    def _on_submit(self) -> None:
        text = self.prompt.toPlainText()
        if not text.strip():
            return
        # The input is cleared by whoever saves the message, once it is saved.
        if self.editing_id is not None:
            # An edit may be sent during a reply: the session stops a reply to the
            # question being replaced, and answers the edit once the engine is free.
            self.edit_submitted.emit(self.editing_id, text)
        elif self.send_button.isEnabled() and not self._busy_here:
            self.send_requested.emit(text)

    def begin_edit(self, message_id: int, text: str) -> None:
        """The message's text goes into the box; sending it makes a new version."""
        self.editing_id = message_id
        self.prompt.setPlainText(text)
        self.prompt.moveCursor(QTextCursor.MoveOperation.End)  # to go on from its end
        self.edit_notice.show()
        self.prompt.setFocus()

    def end_edit(self) -> None:
        if self.editing_id is not None:
            self.editing_id = None
            self.edit_notice.hide()
            self.prompt.clear()

    def _on_escape(self) -> None:
        if self.editing_id is not None:
            self.end_edit()
        else:
            self.stop_requested.emit()

    # links

    def _on_link(self, url: QUrl) -> None:
        target = url.toString()
        if not is_safe_link(target):
            self.link_blocked.emit(target)
            return
        if self._confirm_link(self, target):
            self._open_url(url)

    def warm_up(self, role: str) -> None:
        """Pay PySide6's first-use cost of a message of this role now, off screen (see
        MessageColumn.warm_up)."""
        self.column.warm_up(role)
