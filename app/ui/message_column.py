"""The open conversation's messages: a scrolled column of MessageWidgets that follows its
item model, renders the newest page first and older ones on request, and keeps the view at
the bottom while a reply streams (or where it was while an older page comes in)."""

from __future__ import annotations

import time

from PySide6.QtCore import QModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.store.records import Message, Source, Status
from app.ui.message_widget import MessageWidget
from app.ui.qmodels import MessageListModel, ReasoningRole, SourcesRole, TextRole
from app.ui.render import MarkdownRenderer

# Opening a conversation renders its last messages only; older ones come a page at a time
# when asked for, so a conversation of a thousand messages opens as fast as one of forty.
# Whoever builds the column's model pages it by these; the "Show earlier" button counts by
# the page.
FIRST_SCREEN = 12
EARLIER_PAGE = 60
# Of those, the newest few are made at once and the rest a few at a time on the next turns
# of the event loop, above them and out of sight: a chat opens in one short step, not one
# freeze the length of twelve messages.
AT_ONCE = 4


class MessageColumn(QScrollArea):
    """The messages, in a scroll area of their own; a MessageWidget per fetched row.

    It shows and forwards: a link clicked in a message and a message's actions go out as
    signals, for the chat view to decide on."""

    link_activated = Signal(QUrl)
    message_action = Signal(str, int)  # action name, message_id
    source_requested = Signal(int, int)  # message_id, the source's number
    # Messages were shown, replaced or added: what depends on there being any follows.
    rows_changed = Signal()

    def __init__(self, renderer: MarkdownRenderer, model: MessageListModel) -> None:
        super().__init__()
        self._renderer = renderer
        self._widgets: dict[int, MessageWidget] = {}
        self._pending: list[Message] = []  # rows above the made ones, still to make
        # Whether a reply is streaming (in this chat or another): the messages' actions
        # wait for it, except Edit.
        self.busy = False
        self._column = QWidget()
        self._column.setObjectName("messageColumn")
        self._messages = QVBoxLayout(self._column)
        self._messages.setContentsMargins(12, 12, 12, 12)
        self._messages.setSpacing(10)
        self._messages.addStretch(1)
        # The view of the open conversation: widgets are made for the rows the model has
        # fetched (its newest, then older pages on request) and follow its signals.
        self.model = model
        self.model.modelReset.connect(self._on_reset)
        self.model.rowsInserted.connect(self._on_rows_inserted)
        self.model.dataChanged.connect(self._on_data_changed)
        self.earlier_button = QPushButton()
        self.earlier_button.setFlat(True)
        self.earlier_button.setObjectName("earlierButton")
        self.earlier_button.clicked.connect(self.show_earlier)
        self.earlier_button.hide()
        self._messages.addWidget(self.earlier_button)
        self.setAccessibleName(self.tr("Messages"))
        self.setWidgetResizable(True)
        self.setWidget(self._column)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._stick_to_bottom = True
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(self._on_range_changed)
        bar.valueChanged.connect(self._on_scrolled)

    # what is shown

    def show_path(self, messages: list[Message], first_kept_id: int | None = None,
                  sources: dict[int, list[Source]] | None = None) -> None:
        """A conversation's visible path, from its end; `first_kept_id` marks where the
        model's view of it begins; `sources`: the replies' sources, by message id."""
        self.model.set_path(messages, sources)  # the view follows in _on_reset
        if first_kept_id is not None:
            self.show_trimmed(first_kept_id)
        self._stick_to_bottom = True

    def append(self, message: Message) -> None:
        self._stick_to_bottom = True
        self.model.append(message)

    def show_earlier(self) -> None:
        """Fetch the next page of older messages, above the ones shown, keeping the view
        where it was."""
        if not self.model.canFetchMore():
            return
        bar = self.verticalScrollBar()
        from_bottom = bar.maximum() - bar.value()
        self._stick_to_bottom = False
        self.model.fetchMore()  # the view follows in _on_rows_inserted
        # The new messages are laid out over the next few turns of the event loop; keep
        # the same distance from the bottom through each of them.
        self._anchor = (from_bottom, time.monotonic() + 0.5)

    def _update_earlier_button(self) -> None:
        count = self.model.unfetched
        self.earlier_button.setText(self.tr("Show {page} earlier messages ({count} in all)")
                                    .format(page=min(count, self.model.page), count=count))
        self.earlier_button.setVisible(count > 0)

    def show_trimmed(self, first_kept_id: int) -> None:
        """Mark where the model's view of the conversation begins."""
        self._remove_trim_notice()
        self._make_all_pending()
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

    def has_messages(self) -> bool:
        return bool(self._widgets)

    def message_widget(self, message_id: int) -> MessageWidget | None:
        self._make_all_pending()
        return self._widgets.get(message_id)

    def message_widgets(self) -> list[MessageWidget]:
        """The rendered messages, in the order they are shown."""
        return sorted(self._widgets.values(), key=self._messages.indexOf)

    def refresh_actions(self) -> None:
        """Continue shows on the last reply only; while a reply streams only Edit works
        (sending the edit stops a reply to the question it replaces)."""
        widgets = self.message_widgets()
        # the first made message's number in the chat
        first = self.model.unfetched + len(self._pending) + 1
        for number, widget in enumerate(widgets, start=first):
            widget.actions_bar.update_for(widget.message, widget is widgets[-1], number,
                                          self.busy)

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

    # following the model

    def _on_reset(self) -> None:
        self._clear()
        rows = [self.model.message_at(row) for row in range(self.model.rowCount())]
        split = max(0, len(rows) - AT_ONCE)
        self._pending = rows[:split]
        for message in rows[split:]:
            self._append(message)
        if self._pending:
            QTimer.singleShot(0, self._make_pending)
        self._update_earlier_button()
        self.refresh_actions()
        self.rows_changed.emit()

    def _make_pending(self, everything: bool = False) -> None:
        """The next few rows above those made (all of them when `everything`)."""
        if not self._pending:
            return
        count = len(self._pending) if everything else AT_ONCE
        chunk, self._pending = self._pending[-count:], self._pending[:-count]
        at = min(self._messages.indexOf(widget) for widget in self._widgets.values())
        for offset, message in enumerate(chunk):
            self._messages.insertWidget(at + offset, self._make_widget(message))
        self.refresh_actions()
        if self._pending:
            QTimer.singleShot(0, self._make_pending)

    def _make_all_pending(self) -> None:
        """Before anything that places a widget by its row or looks one up."""
        self._make_pending(everything=True)

    def _on_rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        self._make_all_pending()
        at_top = first == 0 and last + 1 < self.model.rowCount()
        for row in range(first, last + 1):
            message = self.model.message_at(row)
            if at_top:
                top = self._messages.indexOf(self.earlier_button) + 1
                self._messages.insertWidget(top + row, self._make_widget(message))
            else:
                self._append(message)
        self._update_earlier_button()
        self.refresh_actions()
        self.rows_changed.emit()

    def _on_data_changed(self, top: QModelIndex, bottom: QModelIndex,
                         roles: list[int]) -> None:
        if list(roles) == [SourcesRole]:
            for row in range(top.row(), bottom.row() + 1):
                message = self.model.message_at(row)
                widget = self._widgets.get(message.id)
                if widget is not None:
                    widget.set_sources(self.model.sources_of(message.id))
            return
        if list(roles) == [ReasoningRole]:  # a streaming reply's thinking
            for row in range(top.row(), bottom.row() + 1):
                widget = self._widgets.get(self.model.message_at(row).id)
                if widget is not None:
                    widget.show_thinking(self.model.index(row).data(ReasoningRole))
            return
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
            self.refresh_actions()

    def _make_widget(self, message: Message) -> MessageWidget:
        widget = MessageWidget(message, self._renderer, self.model.sources_of(message.id))
        widget.link_activated.connect(self.link_activated)
        widget.action.connect(self.message_action)
        widget.source_requested.connect(self.source_requested)
        self._widgets[message.id] = widget
        return widget

    def _append(self, message: Message) -> None:
        self._messages.insertWidget(self._messages.count(), self._make_widget(message))

    def _clear(self) -> None:
        self._anchor = None
        self._pending = []
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

    # scrolling

    _anchor: tuple[int, float] | None = None

    def _on_range_changed(self, _minimum: int, maximum: int) -> None:
        bar = self.verticalScrollBar()
        if self._anchor is not None and time.monotonic() < self._anchor[1]:
            bar.setValue(maximum - self._anchor[0])
        elif self._stick_to_bottom:
            self._anchor = None
            bar.setValue(maximum)

    def _on_scrolled(self, value: int) -> None:
        bar = self.verticalScrollBar()
        self._stick_to_bottom = value >= bar.maximum() - 24
        if self._anchor is not None and time.monotonic() >= self._anchor[1]:
            self._anchor = None
        if value == bar.minimum() and self.model.canFetchMore() and bar.maximum() > 0 \
                and self._anchor is None:
            QTimer.singleShot(0, self.show_earlier)  # scrolled to the top: the next page
