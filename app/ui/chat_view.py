"""The chat pane: messages, the input, Send/Stop. It shows; ChatSession decides."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QColor,
    QDesktopServices,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.chat.context_meter import Level, Reading
from app.store.conversations import Message, Status
from app.ui.message_actions import MessageActions, has_text
from app.ui.qmodels import MessageListModel, TextRole
from app.ui.render import (
    COPY_CODE_PREFIX,
    BlockCutter,
    MarkdownRenderer,
    StreamingMarkdown,
    breakable,
    is_safe_link,
)
from app.ui.style import current_colours

# At most one streaming repaint per interval (12.5 a second): the engine controller hands
# text on at the same pace (engine/worker.py FRAME_MS), so the GUI thread wakes once a frame
# and leaves the cores to the decode. At 20 a second the window took 3.3% of a core while a
# fast model streamed; at 12.5, 2.4%.
RENDER_INTERVAL_MS = 80
RENDER_SLACK_MS = 10  # text arriving this close to the next frame is drawn at once
# Opening a conversation renders its last messages only; older ones come a page at a time
# when asked for, so a conversation of a thousand messages opens as fast as one of forty.
FIRST_SCREEN = 12
EARLIER_PAGE = 60
# Laying out 10 MB of text froze the window 8.5 s. A message is rendered PREVIEW_CHARS at a
# time, one piece per turn of the event loop, so the window keeps answering: a piece of
# Markdown this long costs about 40 ms of CPU (20,000: 65 ms; plain text about half).
PREVIEW_CHARS = 10_000
# Up to this length the rest follows by itself; a longer message stays a preview of its
# start, with "Show all", until asked.
AUTO_SHOW_ALL_CHARS = 100_000
# The pieces shown go into one text view until it holds this much, then into a new one:
# a view per piece would make a thousand views for 10 MB.
VIEW_CHARS = 200_000
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


class SafeTextBrowser(QTextBrowser):
    """A read-only rich text view that never loads a resource and grows to fit its text."""

    resource_requests: list[str]

    def __init__(self) -> None:
        super().__init__()
        self.resource_requests = []
        self._refitting = False
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("QTextBrowser { background: transparent; }")
        self.document().setDocumentMargin(2)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)

    def paint_own_background(self, color: str) -> None:
        """Fill its background itself, opaque: Qt then repaints only this view when its
        text changes, not the widgets under it (the message's frame, the column, the
        scroll area), which a streaming reply did once a frame. (A style sheet would paint
        the background for it, and leave it transparent to Qt.)"""
        self.setStyleSheet("")
        viewport = self.viewport()
        palette = viewport.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(color))
        viewport.setPalette(palette)
        viewport.setBackgroundRole(QPalette.ColorRole.Base)
        viewport.setAutoFillBackground(True)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        # Model output is untrusted: no image, style sheet or file is ever fetched.
        self.resource_requests.append(name.toString() if isinstance(name, QUrl) else str(name))
        return None

    def set_html(self, html: str) -> None:
        self._refill(lambda: self.setHtml(html))

    def set_plain_text(self, text: str) -> None:
        self._refill(lambda: self.setPlainText(text))

    def _refill(self, fill: Callable[[], None]) -> None:
        """New content, fitted once: setting it first empties the document, and fitting to
        that would shrink the view and grow it back, relaying out the whole conversation,
        twice a frame while a reply streams."""
        self._refitting = True
        try:
            fill()
        finally:
            self._refitting = False
        self._fit_height()

    def _fit_height(self, *_: Any) -> None:
        if self._refitting:
            return
        height = int(self.document().size().height()) + 4
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.document().setTextWidth(self.viewport().width())
        self._fit_height()

    def sizeHint(self) -> QSize:
        return QSize(400, int(self.document().size().height()) + 4)


class WrappingLabel(QLabel):
    """A word-wrapping plain-text label that also breaks long unbroken runs (a URL, a
    path): Qt wraps a label at spaces only, and one 5,000-character word would widen the
    label, and everything around it, to its length. `text()` answers what was set, and
    screen readers read that too."""

    def __init__(self, text: str = "") -> None:
        super().__init__()
        self._text = ""
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        # Preferred width, but never wider than the layout gives it: the breaks above
        # make any width down to a few characters workable.
        self.setMinimumWidth(40)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._text = text
        super().setText(breakable(text))
        self.setAccessibleName(text)

    def text(self) -> str:
        return self._text


class ElidingLabel(QLabel):
    """A one-line label that shows as much of its text as fits, then "…", with the whole
    text as its tooltip: a long chat title must not widen the chat pane and squeeze the
    sidebar. `text()` answers the whole text."""

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setAccessibleName(text)
        self._update_tooltip()

    def minimumSizeHint(self) -> QSize:
        return QSize(40, super().minimumSizeHint().height())

    def _elided(self) -> str:
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                             self.contentsRect().width())

    def _update_tooltip(self) -> None:
        self.setToolTip(self.text() if self._elided() != self.text() else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.style().drawItemText(painter, self.contentsRect(),
                                  int(self.alignment() | Qt.AlignmentFlag.AlignVCenter),
                                  self.palette(), self.isEnabled(), self._elided(),
                                  self.foregroundRole())


class ElidingComboBox(QComboBox):
    """A combo box that shows its current text elided in the middle when it does not fit
    (Qt's own cuts it off): "Qwen2.5-0.5B…example.org:8080" still names the host."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideMiddle, max(0, field.width() - 4))
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class MessageWidget(QFrame):
    """One message: who, a status note, a Copy button, and the rendered text.

    While a reply streams, finished Markdown blocks go into a short stack of text views and
    only the open tail is redrawn, so an update costs the same at token 4,000 as at token
    10. When the reply ends it is rendered once, whole, into a single view.

    A message longer than PREVIEW_CHARS is rendered a piece at a time; one longer than
    AUTO_SHOW_ALL_CHARS opens as a preview of its start with a "Show all" button. A
    finished message without text shows why (stopped, interrupted, an error) in a line of
    its own, not an empty body.
    """

    link_activated = Signal(QUrl)
    action = Signal(str, int)  # action name (app/ui/message_actions.py), message_id
    CHUNK_CHARS = 3000  # source characters per stacked view while streaming

    def __init__(self, message: Message, renderer: MarkdownRenderer) -> None:
        super().__init__()
        self.message_id = message.id
        self.role = message.role
        self._renderer = renderer
        self._text = message.content
        self._code_blocks: list[str] = []
        self._stream: StreamingMarkdown | None = None
        self._chunk_chars = 0
        self._pending_text: str | None = None
        self._last_render = 0.0  # time.monotonic() of the last streaming repaint
        self._expanded = False  # a long message: shown whole, or being shown whole
        self._cutter: BlockCutter | None = None  # the rest of a long message, while shown
        self._piece_timer = QTimer(self)
        self._piece_timer.setSingleShot(True)
        self._piece_timer.setInterval(0)
        self._piece_timer.timeout.connect(self._show_next_piece)
        self.render_seconds = 0.0  # time spent rendering; read by bench/streaming_render.py
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(RENDER_INTERVAL_MS)
        self._render_timer.timeout.connect(self._render_pending)

        self.setObjectName("userMessage" if message.role == "user" else "assistantMessage")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        roles = {"user": self.tr("You"), "assistant": self.tr("Assistant"),
                 "system": self.tr("System")}
        self.who = QLabel(roles.get(message.role, message.role))
        self.who.setObjectName("messageRole")
        self.note = QLabel()
        self.note.setObjectName("messageNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        # What went wrong, or why there is no text: under the header, wrapping, since an
        # error can be long and the header row must never widen the message column.
        self.detail = WrappingLabel()
        self.detail.setObjectName("messageDetail")
        self.detail.hide()
        self.show_all_button = QPushButton()
        self.show_all_button.setObjectName("showAllButton")
        self.show_all_button.clicked.connect(self.show_all)
        self.show_all_button.hide()
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setFlat(True)
        self.copy_button.setToolTip(self.tr("Copy this message as Markdown"))
        self.copy_button.clicked.connect(self.copy_message)
        self.message = message
        self.actions_bar = MessageActions(message)
        self.actions_bar.triggered.connect(lambda name: self.action.emit(name, self.message_id))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.who)
        top.addWidget(self.note, 1)
        top.addWidget(self.actions_bar)
        top.addWidget(self.copy_button)
        self._views: list[SafeTextBrowser] = []
        self._stack = QVBoxLayout()
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.setSpacing(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.detail)
        layout.addLayout(self._stack)
        layout.addWidget(self.show_all_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.body = self._new_view()
        self.set_status(message.status, message.error)
        if message.status == Status.STREAMING:
            self._stream = StreamingMarkdown(renderer)
        self._render_full()

    @property
    def text(self) -> str:
        return self._text

    @property
    def code_blocks(self) -> list[str]:
        return list(self._stream.code_blocks if self._stream else self._code_blocks)

    @property
    def views(self) -> list[SafeTextBrowser]:
        return list(self._views)

    @property
    def is_preview(self) -> bool:
        """Whether only the start of a long message is shown, or the rest is still being
        filled in."""
        return self._cutter is not None or (
            not self._expanded and self._stream is None
            and len(self._text) > AUTO_SHOW_ALL_CHARS)

    def plain_text(self) -> str:
        return "\n".join(view.toPlainText() for view in self._views)

    def set_status(self, status: Status, error: str | None = None) -> None:
        note = {
            Status.STREAMING: self.tr("replying…"),
            Status.STOPPED: self.tr("stopped"),
            Status.INTERRUPTED: self.tr("interrupted — Hearth closed before this reply "
                                        "finished"),
            Status.ERROR: self.tr("error"),
        }.get(status, "")
        self.note.setText(note)
        self.note.setProperty("status", str(status))
        self._update_detail(status, error)

    def _update_detail(self, status: Status, error: str | None) -> None:
        empty = status != Status.STREAMING and not has_text(self._text)
        detail = ""
        if status == Status.ERROR:
            detail = error or ""
        elif empty:  # says why, where an empty bubble would be
            detail = {
                Status.STOPPED: self.tr("Stopped before any text. Regenerate asks again."),
                Status.INTERRUPTED: self.tr("Hearth closed before any text came. "
                                            "Regenerate asks again."),
                Status.COMPLETE: self.tr("The model gave an empty reply."),
            }.get(status, "")
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        # An empty body would draw a blank box under the header: hide it, and the Copy
        # button that would copy nothing. Regenerate and Delete stay in the header.
        self.detail.setProperty("empty", empty and status != Status.ERROR)  # grey, italic
        self.detail.style().unpolish(self.detail)
        self.detail.style().polish(self.detail)
        for view in self._views:
            view.setVisible(not empty)
        self.copy_button.setVisible(not empty)

    def stream_text(self, text: str) -> None:
        """Show the reply so far: at once when a frame's time has passed since the last
        repaint (the first text always), else at the next frame, coalesced."""
        self._pending_text = text
        if self._render_timer.isActive():
            return
        wait_ms = RENDER_INTERVAL_MS - (time.monotonic() - self._last_render) * 1000
        if wait_ms <= RENDER_SLACK_MS:
            self._render_pending()
        else:
            self._render_timer.start(int(wait_ms))

    def flush_stream(self) -> None:
        if self._pending_text is not None:
            self._render_timer.stop()
            self._render_pending()

    def finish(self, message: Message) -> None:
        self.message = message
        self._render_timer.stop()
        self._pending_text = None
        # A reply the user watched stream stays whole, not folded back into a preview.
        self._expanded = self._expanded or self._stream is not None
        self._stream = None
        self._text = message.content
        self.set_status(message.status, message.error)
        self._render_full()

    def show_all(self) -> None:
        """Show the whole of a long message: the rest is rendered a piece per turn of the
        event loop, each into a view of its own, so the window keeps answering."""
        if self._expanded and self._cutter is None:
            return
        self._expanded = True
        self._render_full()

    def _new_view(self) -> SafeTextBrowser:
        view = SafeTextBrowser()
        view.setAccessibleName(self.tr("Your message") if self.role == "user"
                               else self.tr("Reply"))
        view.anchorClicked.connect(self._on_anchor)
        self._stack.addWidget(view)
        self._views.append(view)
        return view

    def _drop_views_after_first(self) -> None:
        for view in self._views[1:]:
            self._stack.removeWidget(view)
            view.deleteLater()
        del self._views[1:]

    def _render_full(self) -> None:
        started = time.perf_counter()
        self._drop_views_after_first()
        self._piece_timer.stop()
        self._cutter = None
        self._code_blocks = []
        if len(self._text) <= PREVIEW_CHARS:
            self._fill(self.body, self._text)
            self.show_all_button.hide()
        else:
            self._cutter = BlockCutter(self._text)
            self._view_chars = 0
            whole = self._expanded or len(self._text) <= AUTO_SHOW_ALL_CHARS
            self._show_piece(PREVIEW_CHARS, preview=not whole)
            if whole:
                self._piece_timer.start()
            else:
                self._cutter = None
            self._update_show_all_button()
        self.render_seconds += time.perf_counter() - started

    def _fill(self, view: SafeTextBrowser, source: str) -> None:
        if self.role == "user":
            view.set_plain_text(source)
        else:
            rendered = self._renderer.render(source, len(self._code_blocks))
            self._code_blocks.extend(rendered.code_blocks)
            view.set_html(rendered.html)

    _view_chars = 0  # source characters in the last view, while pieces are shown

    def _show_piece(self, size: int, preview: bool = False) -> None:
        assert self._cutter is not None
        piece = self._cutter.next(size)
        source = self._text[piece.start:piece.end]
        if piece.start == 0:
            # a preview ends at its last line, not on an empty one above Show all
            self._fill(self.body, source.rstrip() if preview else source)
        else:
            if self._view_chars + len(source) > VIEW_CHARS:
                self._new_view()
                self._view_chars = 0
            view = self._views[-1]
            cursor = QTextCursor(view.document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            if self.role == "user":
                cursor.insertText(source)
            else:
                rendered = self._renderer.render(piece.prefix + source, len(self._code_blocks))
                self._code_blocks.extend(rendered.code_blocks)
                cursor.insertHtml(rendered.html)
        self._view_chars += len(source)

    def _show_next_piece(self) -> None:
        if self._cutter is None:
            return
        started = time.perf_counter()
        self._show_piece(PREVIEW_CHARS)
        if self._cutter.done:
            self._cutter = None
        else:
            self._piece_timer.start()
        self._update_show_all_button()
        self.render_seconds += time.perf_counter() - started

    def _update_show_all_button(self) -> None:
        button = self.show_all_button
        if self._cutter is not None and not self._expanded:
            button.hide()  # the rest of a message of moderate length follows by itself
        elif self._cutter is not None:
            shown = self._cutter.position * 100 // max(1, len(self._text))
            button.setText(self.tr("Showing all… {percent}%").format(percent=shown))
            button.setEnabled(False)
            button.show()
        elif self._expanded:
            button.hide()
        else:
            count = f"{len(self._text):,}"
            button.setText(self.tr("Show all ({count} characters)").format(count=count))
            button.setAccessibleName(
                self.tr("Show all of this message ({count} characters)").format(count=count))
            button.setToolTip(self.tr("Only the start of this long message is shown"))
            button.setEnabled(True)
            button.show()

    def _render_pending(self) -> None:
        text, self._pending_text = self._pending_text, None
        if text is None:
            return
        started = time.perf_counter()
        self._last_render = time.monotonic()
        self._text = text
        if self._stream is None:
            self._piece_timer.stop()  # a long message streams again (Continue)
            self._cutter = None
            self.show_all_button.hide()
            self._stream = StreamingMarkdown(self._renderer)
            self._drop_views_after_first()
            self.body.clear()
        if len(self._views) == 1:
            self._chunk_chars = 0
            # views[0..-2] hold finished blocks, views[-1] the open tail, redrawn each frame
            self._new_view().paint_own_background(current_colours().assistant_bubble)
        stable_end = self._stream.stable_length
        stable_html, tail = self._stream.update(text)
        if stable_html:
            self._chunk_chars += self._stream.stable_length - stable_end
            cursor = QTextCursor(self._views[-2].document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertHtml(stable_html)
            if self._chunk_chars > self.CHUNK_CHARS:
                self._chunk_chars = 0
                tail_view = self._views.pop()
                self._stack.removeWidget(tail_view)
                self._new_view()
                self._stack.addWidget(tail_view)
                self._views.append(tail_view)
        self._views[-1].set_html(tail.html)
        self.render_seconds += time.perf_counter() - started

    def copy_message(self) -> None:
        QGuiApplication.clipboard().setText(self._text)

    def _on_anchor(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith(COPY_CODE_PREFIX):
            blocks = self.code_blocks
            index = int(target.removeprefix(COPY_CODE_PREFIX) or -1)
            if 0 <= index < len(blocks):
                QGuiApplication.clipboard().setText(blocks[index])
            return
        self.link_activated.emit(url)


class PromptEdit(QPlainTextEdit):
    """Enter sends, Shift+Enter starts a new line, Esc stops. Grows with its text."""

    submitted = Signal()
    stop_requested = Signal()
    MAX_LINES = 8

    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def _fit(self, *_: Any) -> None:
        line = self.fontMetrics().lineSpacing()
        lines = max(2, min(self.MAX_LINES, int(self.document().size().height())))
        self.setFixedHeight(lines * line + 18)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.submitted.emit()
            return
        if key == Qt.Key.Key_Escape:
            self.stop_requested.emit()
            return
        super().keyPressEvent(event)


class ChatView(QWidget):
    send_requested = Signal(str)
    stop_requested = Signal()
    system_prompt_requested = Signal()
    link_blocked = Signal(str)
    model_chosen = Signal(str)  # file name of the model this conversation should use
    message_action = Signal(str, int)  # action name, message_id
    edit_submitted = Signal(int, str)  # message_id, the new text: send as a new version
    retry_requested = Signal()  # the banner's Retry, after a model failed to load
    MODEL_BOX_CHARS = 22  # the header's model selector is this wide, whatever its labels

    def __init__(self, renderer: MarkdownRenderer, confirm_link: ConfirmLink = ask_open_link,
                 open_url: OpenUrl = QDesktopServices.openUrl,
                 announce: Announce | None = None,
                 model: MessageListModel | None = None) -> None:
        super().__init__()
        self.announce = announce or announce_to_screen_readers
        self._renderer = renderer
        self._confirm_link = confirm_link
        self._open_url = open_url
        self._widgets: dict[int, MessageWidget] = {}
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
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
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

        self._column = QWidget()
        self._column.setObjectName("messageColumn")
        self._messages = QVBoxLayout(self._column)
        self._messages.setContentsMargins(12, 12, 12, 12)
        self._messages.setSpacing(10)
        self._messages.addStretch(1)
        # The view of the open conversation: widgets are made for the rows the model has
        # fetched (its newest, then older pages on request) and follow its signals.
        self.model = model or MessageListModel(FIRST_SCREEN, EARLIER_PAGE)
        self.model.modelReset.connect(self._on_reset)
        self.model.rowsInserted.connect(self._on_rows_inserted)
        self.model.dataChanged.connect(self._on_data_changed)
        self.earlier_button = QPushButton()
        self.earlier_button.setFlat(True)
        self.earlier_button.setObjectName("earlierButton")
        self.earlier_button.clicked.connect(self.show_earlier)
        self.earlier_button.hide()
        self._messages.addWidget(self.earlier_button)
        self.scroll_area = QScrollArea()
        self.scroll_area.setAccessibleName(self.tr("Messages"))
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self._column)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self._stick_to_bottom = True
        bar = self.scroll_area.verticalScrollBar()
        bar.rangeChanged.connect(self._on_range_changed)
        bar.valueChanged.connect(self._on_scrolled)

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
        bottom = QHBoxLayout()
        bottom.addWidget(self.prompt, 1)
        bottom.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(header)
        layout.addWidget(self.banner_frame)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.empty_hint, 1)
        layout.addWidget(self.edit_notice)
        layout.addLayout(bottom)
        layout.addWidget(self.draft_problem)
        self._update_controls()

    # what is shown

    def show_conversation(self, conversation_id: int, title: str, messages: list[Message],
                          first_kept_id: int | None = None) -> None:
        if conversation_id != self.conversation_id:
            self.end_edit()
        self.conversation_id = conversation_id
        self.title.setText(title)
        self.model.set_path(messages)  # the view follows in _on_reset
        if first_kept_id is not None:
            self.show_trimmed(first_kept_id)
        self._stick_to_bottom = True
        self._update_controls()

    def show_earlier(self) -> None:
        """Fetch the next page of older messages, above the ones shown, keeping the view
        where it was."""
        if not self.model.canFetchMore():
            return
        bar = self.scroll_area.verticalScrollBar()
        from_bottom = bar.maximum() - bar.value()
        self._stick_to_bottom = False
        self.model.fetchMore()  # the view follows in _on_rows_inserted
        # The new messages are laid out over the next few turns of the event loop; keep
        # the same distance from the bottom through each of them.
        self._anchor = (from_bottom, time.monotonic() + 0.5)

    def _update_earlier_button(self) -> None:
        count = self.model.unfetched
        self.earlier_button.setText(self.tr("Show {page} earlier messages ({count} in all)")
                                    .format(page=min(count, EARLIER_PAGE), count=count))
        self.earlier_button.setVisible(count > 0)

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
            self._stick_to_bottom = True
            self.model.append(message)

    def update_reply(self, conversation_id: int, message_id: int, text: str) -> None:
        if conversation_id == self.conversation_id:
            self.model.stream(message_id, text)

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

    # following the model

    def _on_reset(self) -> None:
        self._clear()
        for row in range(self.model.rowCount()):
            self._append(self.model.message_at(row))
        self._update_earlier_button()
        self._update_controls()

    def _on_rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        at_top = first == 0 and last + 1 < self.model.rowCount()
        for row in range(first, last + 1):
            message = self.model.message_at(row)
            if at_top:
                top = self._messages.indexOf(self.earlier_button) + 1
                self._messages.insertWidget(top + row, self._make_widget(message))
            else:
                self._append(message)
        self._update_earlier_button()
        self._update_controls()

    def _on_data_changed(self, top: QModelIndex, bottom: QModelIndex,
                         roles: list[int]) -> None:
        streaming = list(roles) == [TextRole]  # a streaming reply: only its tail repaints
        for row in range(top.row(), bottom.row() + 1):
            message = self.model.message_at(row)
            widget = self._widgets.get(message.id)
            if widget is None:
                continue
            if streaming:
                widget.stream_text(str(self.model.index(row).data(TextRole)))
            else:
                widget.finish(message)
        if not streaming:  # new text changes no action; the GUI thread stays off the GIL
            self._refresh_actions()

    def show_trimmed(self, first_kept_id: int) -> None:
        """Mark where the model's view of the conversation begins."""
        self._remove_trim_notice()
        widget = self._widgets.get(first_kept_id)
        if widget is None:
            return
        notice = QLabel(self.tr("⋯  Messages above this line no longer fit the model's "
                                "context window and were not sent with the last question  ⋯"))
        notice.setObjectName("trimNotice")
        notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        notice.setWordWrap(True)
        self._messages.insertWidget(self._messages.indexOf(widget), notice)
        self._trim_notice = notice

    def trim_notice(self) -> QLabel | None:
        return self._trim_notice

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
        return self._widgets.get(message_id)

    def message_widgets(self) -> list[MessageWidget]:
        """The rendered messages, in the order they are shown."""
        return sorted(self._widgets.values(), key=self._messages.indexOf)

    # state

    def set_state(self, ready: bool, busy_conversation_id: int | None) -> None:
        self._ready = ready
        self._busy_here = busy_conversation_id is not None and \
            busy_conversation_id == self.conversation_id
        self._busy_elsewhere = busy_conversation_id is not None and not self._busy_here
        self._update_controls()

    def _update_controls(self) -> None:
        self._refresh_actions()
        has_chat = self.conversation_id is not None
        empty = has_chat and not self._widgets
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

    # layout helpers

    def warm_up(self, role: str) -> None:
        """Build a message of this role off screen (a reply as it streams), then drop it.

        PySide6 makes its Python enum types and widget wrappers on first use: the first
        message widget of a run costs about 16 ms, the next ones about 1.5. Paid once the
        first model has loaded (the window calls this a role at a time), it no longer
        delays the user's first question on screen, nor competes with the model for the
        cores while it reads it."""
        streaming = role == "assistant"
        widget = MessageWidget(
            Message(-1, -1, role, "", Status.STREAMING if streaming else Status.COMPLETE, 0.0),
            self._renderer)
        if streaming:
            widget.stream_text("…")
        widget.deleteLater()

    def _make_widget(self, message: Message) -> MessageWidget:
        widget = MessageWidget(message, self._renderer)
        widget.link_activated.connect(self._on_link)
        widget.action.connect(self.message_action)
        self._widgets[message.id] = widget
        return widget

    def _append(self, message: Message) -> None:
        self._messages.insertWidget(self._messages.count(), self._make_widget(message))

    def _refresh_actions(self) -> None:
        """Continue shows on the last reply only; while a reply streams only Edit works
        (sending the edit stops a reply to the question it replaces)."""
        widgets = self.message_widgets()
        first = self.model.unfetched + 1  # the first shown message's number in the chat
        busy = self._busy_here or self._busy_elsewhere
        for number, widget in enumerate(widgets, start=first):
            widget.actions_bar.update_for(widget.message, widget is widgets[-1], number, busy)

    def _clear(self) -> None:
        self._anchor = None
        self._remove_trim_notice()
        for widget in self._widgets.values():
            self._messages.removeWidget(widget)
            widget.deleteLater()
        self._widgets.clear()

    _trim_notice: QLabel | None = None

    def _remove_trim_notice(self) -> None:
        if self._trim_notice is not None:
            self._messages.removeWidget(self._trim_notice)
            self._trim_notice.deleteLater()
            self._trim_notice = None

    _anchor: tuple[int, float] | None = None

    def _on_range_changed(self, _minimum: int, maximum: int) -> None:
        bar = self.scroll_area.verticalScrollBar()
        if self._anchor is not None and time.monotonic() < self._anchor[1]:
            bar.setValue(maximum - self._anchor[0])
        elif self._stick_to_bottom:
            self._anchor = None
            bar.setValue(maximum)

    def _on_scrolled(self, value: int) -> None:
        bar = self.scroll_area.verticalScrollBar()
        self._stick_to_bottom = value >= bar.maximum() - 24
        if self._anchor is not None and time.monotonic() >= self._anchor[1]:
            self._anchor = None
        if value == bar.minimum() and self.model.canFetchMore() and bar.maximum() > 0 \
                and self._anchor is None:
            QTimer.singleShot(0, self.show_earlier)  # scrolled to the top: the next page
