"""One message in the chat: who wrote it, its status, its actions, and its text, rendered
safely (no resource is ever fetched) and at a bounded cost per frame while a reply streams."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeyEvent, QPalette, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.chat.session import Thinking
from app.store.records import Message, Source, Status
from app.ui.fitting_text import WrappingLabel
from app.ui.message_actions import MessageActions, has_text
from app.ui.render import (
    COPY_CODE_PREFIX,
    SOURCE_PREFIX,
    BlockCutter,
    MarkdownRenderer,
    StreamingMarkdown,
)
from app.ui.style import current_colours

# At most one streaming repaint per interval (12.5 a second): the engine controller hands
# text on at the same pace (engine/worker.py FRAME_MS), so the GUI thread wakes once a frame
# and leaves the cores to the decode. At 20 a second the window took 3.3% of a core while a
# fast model streamed; at 12.5, 2.4%.
RENDER_INTERVAL_MS = 80
RENDER_SLACK_MS = 10  # text arriving this close to the next frame is drawn at once
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


class ThinkingToggle(QPushButton):
    """The thinking block's header: a click, Enter or Space opens or closes it."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.click()
            return
        super().keyPressEvent(event)


class ThinkingBlock(QWidget):
    """What a reasoning model thought before its answer: folded under one line that says
    "Thinking…" while it streams and "Thought for 12 s" once it is done; opened, the
    thinking as plain text (it is the model's, untrusted: never rendered as Markdown or
    HTML). Text that streams while it is folded is kept, not drawn."""

    def __init__(self) -> None:
        super().__init__()
        self.thinking = Thinking("")
        self._shown = ""  # the text the view holds
        self.toggle = ThinkingToggle()
        self.toggle.setObjectName("thinkingToggle")
        self.toggle.setFlat(True)
        self.toggle.setCheckable(True)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggle.setStyleSheet(
            f"QPushButton {{ text-align: left; padding: 2px 4px; border: none; "
            f"font-style: italic; color: {current_colours().muted}; }}")
        self.toggle.toggled.connect(self._on_toggled)
        self.view = SafeTextBrowser()
        self.view.setObjectName("thinkingText")
        self.view.setAccessibleName(self.tr("The model's thinking"))
        self.view.setStyleSheet(
            f"QTextBrowser {{ background: transparent; color: {current_colours().muted}; "
            f"border-left: 3px solid {current_colours().muted}; padding-left: 6px; }}")
        self.view.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.view)
        self._update_toggle()

    @property
    def expanded(self) -> bool:
        return self.toggle.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        self.toggle.setChecked(expanded)

    def show_thinking(self, thinking: Thinking) -> None:
        self.thinking = thinking
        self.setVisible(bool(thinking.text))
        self._update_toggle()
        if self.expanded:
            self._show_text()

    def label(self) -> str:
        thinking = self.thinking
        if thinking.ms is None:
            return self.tr("Thinking…")
        if thinking.ms <= 0:  # its time is not known (a reply that was cut off early)
            return self.tr("Thinking cut off") if thinking.cut else self.tr("Thought")
        seconds = max(1, round(thinking.ms / 1000))
        if thinking.cut:
            return self.tr("Thinking cut off after {seconds} s").format(seconds=seconds)
        return self.tr("Thought for {seconds} s").format(seconds=seconds)

    def _update_toggle(self) -> None:
        arrow = "▾" if self.expanded else "▸"
        label = self.label()
        self.toggle.setText(f"{arrow} {label}")
        self.toggle.setAccessibleName(
            (self.tr("{label}: hide the model's thinking") if self.expanded
             else self.tr("{label}: show the model's thinking")).format(label=label))
        self.toggle.setToolTip(self.tr("Hide the thinking") if self.expanded
                               else self.tr("Show what the model thought before answering"))

    def _on_toggled(self, expanded: bool) -> None:
        self.view.setVisible(expanded)
        if expanded:
            self._show_text()
        self._update_toggle()

    def _show_text(self) -> None:
        """The thinking as plain text; while it streams, only what is new is added."""
        text = self.thinking.text
        if text == self._shown:
            return
        if self._shown and text.startswith(self._shown):
            cursor = QTextCursor(self.view.document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText(text[len(self._shown):])
        else:
            self.view.set_plain_text(text)
        self._shown = text


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
    source_requested = Signal(int, int)  # message_id, the source's number: show it
    CHUNK_CHARS = 3000  # source characters per stacked view while streaming

    def __init__(self, message: Message, renderer: MarkdownRenderer,
                 sources: list[Source] | None = None) -> None:
        super().__init__()
        self.message_id = message.id
        self.sources: list[Source] = list(sources or [])
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
        self.copy_button.setObjectName("messageAction")  # styled (focus too) as Edit, Delete
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
        # a reasoning model's thinking, folded above its answer
        self.thinking = ThinkingBlock()
        self.thinking.hide()
        layout.addWidget(self.thinking)
        layout.addWidget(self.detail)
        layout.addLayout(self._stack)
        layout.addWidget(self.show_all_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._sources_box = QVBoxLayout()
        self._sources_box.setContentsMargins(0, 4, 0, 0)
        self._sources_box.setSpacing(0)
        layout.addLayout(self._sources_box)
        self._show_sources()
        self.body = self._new_view()
        self._show_message_thinking(message)
        self.set_status(message.status, message.error)
        if message.status == Status.STREAMING:
            self._stream = StreamingMarkdown(renderer, self._citations)
        self._render_full()

    @property
    def _citations(self) -> frozenset[int]:
        return frozenset(source.number for source in self.sources)

    def set_sources(self, sources: list[Source]) -> None:
        """The passages the reply was given: listed under it, and its [n] become links."""
        self.sources = list(sources)
        if self._stream is not None:
            self._stream.citations = self._citations
        self._show_sources()
        if self._stream is None:
            self._render_full()

    def _show_sources(self) -> None:
        while self._sources_box.count():
            item = self._sources_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if not self.sources:
            return
        heading = QLabel(self.tr("Sources"))
        heading.setObjectName("sourcesHeading")
        self._sources_box.addWidget(heading)
        for source in self.sources:
            name = source.file.replace("\\", "/").rsplit("/", 1)[-1]
            text = self.tr("[{number}] {file} · {where}").format(
                number=source.number, file=name, where=source.location)
            button = QPushButton(text)
            button.setFlat(True)
            button.setObjectName("sourceButton")
            button.setAccessibleName(self.tr("Source {number}: {file}, {where}").format(
                number=source.number, file=name, where=source.location))
            button.setToolTip(source.file)
            button.clicked.connect(
                lambda _checked=False, n=source.number: self.source_requested.emit(
                    self.message_id, n))
            self._sources_box.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)

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

    def show_thinking(self, thinking: Thinking) -> None:
        """A reasoning model's thinking so far, while the reply streams."""
        self.thinking.show_thinking(thinking)

    def _show_message_thinking(self, message: Message) -> None:
        if message.reasoning or self.thinking.thinking.text:
            self.thinking.show_thinking(Thinking(
                message.reasoning, message.reasoning_ms if message.reasoning_ms is not None
                else (None if message.status == Status.STREAMING else 0.0),
                message.reasoning_cut))

    def _update_detail(self, status: Status, error: str | None) -> None:
        empty = status != Status.STREAMING and not has_text(self._text)
        detail = ""
        if status == Status.ERROR:
            detail = error or ""
        elif empty and self.thinking.thinking.text:  # it thought, and never answered
            detail = {
                Status.STOPPED: self.tr("Stopped while the model was thinking, before its "
                                        "answer."),
                Status.INTERRUPTED: self.tr("Hearth closed while the model was thinking, "
                                            "before its answer."),
                Status.COMPLETE: self.tr("The reply reached its length limit while the model "
                                         "was still thinking. Raise the maximum reply length "
                                         "in Settings and regenerate."),
            }.get(status, "")
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
        self._show_message_thinking(message)
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
            rendered = self._renderer.render(source, len(self._code_blocks), self._citations)
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
                rendered = self._renderer.render(piece.prefix + source, len(self._code_blocks),
                                                 self._citations)
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
        if self._stream is not None and not text.startswith(
                self._text[:self._stream.stable_length]):
            self._stream = None  # changed before what was drawn for good: drawn anew
        self._text = text
        if self._stream is None:
            self._piece_timer.stop()  # a long message streams again (Continue)
            self._cutter = None
            self.show_all_button.hide()
            self._stream = StreamingMarkdown(self._renderer, self._citations)
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
        if target.startswith(SOURCE_PREFIX):
            number = target.removeprefix(SOURCE_PREFIX)
            if number.isdigit():
                self.source_requested.emit(self.message_id, int(number))
            return
        if target.startswith(COPY_CODE_PREFIX):
            blocks = self.code_blocks
            index = int(target.removeprefix(COPY_CODE_PREFIX) or -1)
            if 0 <= index < len(blocks):
                QGuiApplication.clipboard().setText(blocks[index])
            return
        self.link_activated.emit(url)
