"""The sidebar: search, new chat, and the conversations newest first."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.chat.library import Library
from app.chat.search import ConversationSearch
from app.documents.index import Passage
from app.store.search import SearchHit
from app.ui.qmodels import (
    BusyRole,
    ConversationIdRole,
    ConversationListModel,
    GroupRole,
    Runs,
    SnippetRunsRole,
    TitleRunsRole,
    UpdatedAtRole,
    relative_time,
)

ConfirmDelete = Callable[[QWidget, str], bool]
HEADER_HEIGHT = 24
TITLE_CHARS = 18  # what a title shows at the narrowest sidebar
MIN_WIDTH = 170
PREFERRED_WIDTH = 260  # as the window's first splitter sizes

SNIPPET_CHARS = 160  # of a document's passage, shown under its file's name


def ask_delete(parent: QWidget, title: str) -> bool:
    """Asked only where there is no Undo: deleting for good from the trash."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ConversationList", "Delete for good"),
        QCoreApplication.translate(
            "ConversationList",
            "Delete “{title}” and all of its messages for good? This cannot be undone.",
        ).format(title=title),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


class ConversationDelegate(QStyledItemDelegate):
    """Title on the first line; age, 'replying…', or a search hit's snippet on the second,
    with the searched words highlighted. Text is painted as plain text, run by run: nothing
    a message holds is ever read as markup."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = opt.text
        opt.text = ""
        header = index.data(GroupRole)
        if header:
            self._paint_header(painter, opt, header)
            opt.rect = opt.rect.adjusted(0, HEADER_HEIGHT, 0, 0)
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        palette = opt.palette
        text_color = palette.text().color()
        mark = palette.highlight().color()
        # stronger on the selected row, whose own background is the same colour
        mark.setAlpha(150 if opt.state & QStyle.StateFlag.State_Selected else 70)
        rect: QRect = opt.rect.adjusted(10, 5, -10, -5)
        painter.save()
        font = painter.font()
        font.setBold(True)
        title_runs: Runs = index.data(TitleRunsRole) or [(title, False)]
        paint_runs(painter, rect, Qt.AlignmentFlag.AlignTop, title_runs, font, text_color,
                   font, text_color, mark)
        detail_font = painter.font()
        detail_font.setBold(False)
        detail_font.setPointSizeF(detail_font.pointSizeF() * 0.88)
        matched_font = QFont(detail_font)
        matched_font.setBold(True)
        busy = bool(index.data(BusyRole))
        snippet: Runs | None = index.data(SnippetRunsRole)
        if busy:
            runs: Runs = [(self.tr("● replying…"), False)]
        elif snippet:
            runs = lead_in(snippet, QFontMetrics(detail_font), rect.width() // 3)
        else:
            runs = [(relative_time(index.data(UpdatedAtRole), time.time()), False)]
        color = palette.link().color() if busy else palette.placeholderText().color()
        paint_runs(painter, rect, Qt.AlignmentFlag.AlignBottom, runs, detail_font, color,
                   matched_font, text_color, mark)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        height = option.fontMetrics.height()
        header = HEADER_HEIGHT if index.data(GroupRole) else 0
        # narrow: a row takes the list's width and elides its text; it never scrolls sideways
        return QSize(80, int(height * 2.6) + 6 + header)

    @staticmethod
    def _paint_header(painter: QPainter, opt: QStyleOptionViewItem, text: str) -> None:
        """A group's name (Pinned, Today, …) above its first conversation."""
        painter.save()
        font = painter.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        painter.setFont(font)
        painter.setPen(opt.palette.placeholderText().color())
        area = QRect(opt.rect.left() + 10, opt.rect.top() + 6, opt.rect.width() - 20,
                     HEADER_HEIGHT - 6)
        painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         text.upper())
        painter.restore()


def lead_in(runs: Runs, metrics: QFontMetrics, width: int) -> Runs:
    """The text before the first match cut from the left to `width`, so that a match far
    into a snippet is seen, not elided away at the right."""
    if len(runs) < 2 or runs[0][1] or metrics.horizontalAdvance(runs[0][0]) <= width:
        return runs
    cut = metrics.elidedText(runs[0][0], Qt.TextElideMode.ElideLeft, width)
    space = cut.find(" ", 1)
    if space > 0 and space < len(cut) - 1:  # start on a whole word
        cut = "…" + cut[space:]
    return [(cut, False), *runs[1:]]


def paint_runs(painter: QPainter, rect: QRect, vertical: Qt.AlignmentFlag, runs: Runs,
               font: QFont, color: QColor, matched_font: QFont, matched_color: QColor,
               mark: QColor) -> None:
    """One line of runs from the left of `rect`, matched runs in their own font on a
    highlight. Where they do not all fit, the first run that does not fit before room for
    an ellipsis is elided there, and the rest dropped."""
    def metrics(matched: bool) -> QFontMetrics:
        return QFontMetrics(matched_font if matched else font)

    runs = [(text, matched) for text, matched in runs if text]
    fits = sum(metrics(m).horizontalAdvance(t) for t, m in runs) <= rect.width()
    x = rect.left()
    for text, matched in runs:
        run_metrics = metrics(matched)
        width = run_metrics.horizontalAdvance(text)
        last = not fits and x + width > rect.right() - run_metrics.horizontalAdvance("…")
        if last:  # with its own "…": it may fit whole, with no room left for what follows
            text = run_metrics.elidedText(text + "…", Qt.TextElideMode.ElideRight,
                                          rect.right() - x + 1)
            width = run_metrics.horizontalAdvance(text)
        top = rect.top() if vertical == Qt.AlignmentFlag.AlignTop \
            else rect.bottom() - run_metrics.height() + 1
        area = QRect(x, top, width, run_metrics.height())
        if matched and width:
            painter.fillRect(area.adjusted(-1, 0, 1, 0), mark)
        painter.setFont(matched_font if matched else font)
        painter.setPen(matched_color if matched else color)
        painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                         | Qt.TextFlag.TextSingleLine, text)
        if last:
            break
        x += width


class ConversationList(QWidget):
    """The sidebar. From the search box the keyboard reaches the results: Down moves into
    them, Enter opens the one selected (the first, from the box), Esc goes back to the box
    and, in the box, clears it."""

    conversation_selected = Signal(int)
    # Enter on a conversation (or in the search box): it is open, and the user wants to
    # write in it; the window puts focus in the message box
    conversation_activated = Signal(int)
    new_chat_requested = Signal()
    trash_requested = Signal(int)  # conversation_id: the Navigator moves it, with Undo
    passage_activated = Signal(object)  # a Passage from the user's documents: show it

    def __init__(self, library: Library, model: ConversationListModel,
                 search: ConversationSearch, confirm_delete: ConfirmDelete = ask_delete) -> None:
        super().__init__()
        self._library = library
        self._model = model
        self.search_engine = search
        self._shown_query = ""  # the text whose results the list shows ("": all chats)
        self._when_found: Qt.Key | None = None  # Down or Enter, pressed before the results
        search.results.connect(self._on_results)
        search.documents.connect(self._on_documents)
        self.confirm_delete = confirm_delete  # for deleting for good, from the trash

        self.new_button = QPushButton(self.tr("New chat"))
        self.new_button.setToolTip(self.tr("New chat (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_chat_requested)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search all chats…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(search.set_text)
        self.search.textEdited.connect(self._forget_key)
        search.failed.connect(self._on_search_failed)
        self.search.setAccessibleName(self.tr("Search all chats"))
        self.search.installEventFilter(self)

        self.view = QListView()
        self.view.setAccessibleName(self.tr("Conversations"))
        self.view.setModel(model)
        self.view.setItemDelegate(ConversationDelegate(self.view))
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.view.setAccessibleName(self.tr("Conversations"))
        self.view.installEventFilter(self)

        self.rename_action = QAction(self.tr("Rename"), self.view)
        self.rename_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.rename_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.rename_action.triggered.connect(self.rename_current)
        self.delete_action = QAction(self.tr("Move to Trash"), self.view)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_current)
        self.pin_action = QAction(self.tr("Pin"), self.view)
        self.pin_action.triggered.connect(self.toggle_pin)
        self.view.addAction(self.rename_action)
        self.view.addAction(self.delete_action)
        self.view.addAction(self.pin_action)

        # the search's passages from the user's documents, under the conversations found
        self.documents_heading = QLabel(self.tr("Documents"))
        self.documents_heading.setObjectName("documentsHeading")
        self.documents_view = QListWidget()
        self.documents_view.setAccessibleName(self.tr("Passages found in your documents"))
        self.documents_view.setWordWrap(True)
        self.documents_view.setSpacing(3)  # a passage's lines must not run into the next's
        self.documents_view.setAlternatingRowColors(True)
        self.documents_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.documents_view.itemActivated.connect(self._on_passage_activated)
        self.documents_view.itemClicked.connect(self._on_passage_activated)
        self._passages: list[Passage] = []
        self._on_documents([])

        self._fit_width()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.new_button)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 3)
        layout.addWidget(self.documents_heading)
        layout.addWidget(self.documents_view, 1)

    def _fit_width(self) -> None:
        """Narrower than about TITLE_CHARS characters, titles elide to a word or two; the
        splitter cannot squeeze the sidebar below that (a wide chat widens the window's
        minimum instead)."""
        metrics = self.fontMetrics()
        self.setMinimumWidth(max(MIN_WIDTH, TITLE_CHARS * metrics.averageCharWidth() + 32))

    def sizeHint(self) -> QSize:
        return QSize(max(self.minimumWidth(), PREFERRED_WIDTH), super().sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_width()
        super().changeEvent(event)

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return int(index.data(ConversationIdRole)) if index.isValid() else None

    def select(self, conversation_id: int) -> None:
        """Select it, and so open it. One far down the list (not read yet) opens without
        reading every page above it; the list then has no selection."""
        row = self._model.row_of(conversation_id)
        if row >= 0:
            self.view.setCurrentIndex(self._model.index(row))
        else:
            self.view.clearSelection()
            self.view.setCurrentIndex(QModelIndex())
            self.conversation_selected.emit(conversation_id)

    def refresh(self) -> None:
        """Reload rows (titles, order) and keep the selection on the same conversation."""
        current = self.current_id()
        self.view.selectionModel().blockSignals(True)
        self._model.reload()
        if current is not None:
            self.select(current)
        self.view.selectionModel().blockSignals(False)

    def rename_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.view.edit(index)

    def toggle_pin(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        conversation = self._model.conversation_at(index.row())
        self._library.pin(conversation.id, not conversation.pinned)

    def delete_current(self) -> None:
        """To the trash, without asking: Undo (Ctrl+Z) and the trash bring it back."""
        index = self.view.currentIndex()
        if not index.isValid():
            return
        self.trash_requested.emit(self._model.conversation_at(index.row()).id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Key presses only: the window's Esc shortcut (enabled while a reply runs) comes
        # first and stops the reply wherever the focus is; otherwise Esc arrives here
        if event.type() != QEvent.Type.KeyPress:
            return False
        key_event = cast(QKeyEvent, event)
        if key_event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        key = key_event.key()
        searching = bool(self.search.text().strip())
        if watched is self.search:
            return self._search_key(key, searching)
        if watched is self.view and self.view.state() != QAbstractItemView.State.EditingState:
            return self._list_key(key, searching)
        return False

    def _search_key(self, key: int, searching: bool) -> bool:
        """True where the search box's key was handled here."""
        if key == Qt.Key.Key_Escape and searching:
            self.search.clear()
            return True
        if key == Qt.Key.Key_Down:
            if self._pending():
                self._when_found = Qt.Key.Key_Down
            else:
                self._enter_results(searching)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and searching:
            if self._pending():
                self._when_found = Qt.Key.Key_Return
            elif self._model.rowCount() > 0:
                self._activate(self._model.index(0))
            return True
        return False

    def _list_key(self, key: int, searching: bool) -> bool:
        """True where the list's key was handled here."""
        current = self.view.currentIndex()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # handled here on every platform: on macOS Return would start a rename
            if current.isValid():
                self._activate(current)
            return True
        if key == Qt.Key.Key_Escape and searching:
            self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search.selectAll()
            return True
        if key == Qt.Key.Key_Up and (not current.isValid() or current.row() == 0):
            self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return False

    def _forget_key(self, *_: object) -> None:
        self._when_found = None

    def _on_search_failed(self, _message: str) -> None:
        """No results are coming: keys act on the list as it is, not wait for them."""
        self._when_found = None
        self._shown_query = self.search.text().strip()

    def _pending(self) -> bool:
        """The list still shows the results for other text: typed quickly, a key the user
        meant for the new results waits for them (the search waits for a pause in typing)."""
        return self.search.text().strip() != self._shown_query

    def _enter_results(self, searching: bool) -> None:
        """Down from the search box: to the first hit while searching, else to the open
        conversation's row (moving there opens nothing new)."""
        if self._model.rowCount() == 0:
            return
        current = self.view.currentIndex()
        target = current if current.isValid() and not searching else self._model.index(0)
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.view.setCurrentIndex(target)
        self.view.scrollTo(target)

    def _activate(self, index: QModelIndex) -> None:
        conversation_id = int(index.data(ConversationIdRole))
        if self.view.currentIndex() != index:
            self.view.setCurrentIndex(index)  # opens it
        self.conversation_activated.emit(conversation_id)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.conversation_selected.emit(int(current.data(ConversationIdRole)))

    def _on_documents(self, passages: list[Passage]) -> None:
        self._passages = list(passages)
        self.documents_view.clear()
        for passage in passages:
            name = passage.file.replace("\\", "/").rsplit("/", 1)[-1]
            snippet = " ".join(passage.text.split())[:SNIPPET_CHARS]
            item = QListWidgetItem(self.tr("{file} · {where}\n{text}").format(
                file=name, where=passage.location, text=snippet))
            item.setToolTip(passage.file)
            self.documents_view.addItem(item)
        self.documents_heading.setVisible(bool(passages))
        self.documents_view.setVisible(bool(passages))

    def _on_passage_activated(self, item: QListWidgetItem) -> None:
        row = self.documents_view.row(item)
        if 0 <= row < len(self._passages):
            self.passage_activated.emit(self._passages[row])

    def _on_results(self, hits: list[SearchHit] | None) -> None:
        self._shown_query = self.search.text().strip() if hits is not None else ""
        current = self.current_id()
        self.view.selectionModel().blockSignals(True)
        if hits is None:
            self._model.set_filter(None)
        else:
            self._model.set_filter([h.conversation_id for h in hits],
                                   {h.conversation_id: h.snippet for h in hits if h.snippet},
                                   self.search.text())
        if current is not None:
            self.select(current)
        self.view.selectionModel().blockSignals(False)
        waiting, self._when_found = self._when_found, None
        if waiting == Qt.Key.Key_Down and self.search.hasFocus():
            self._enter_results(bool(self._shown_query))
        elif waiting == Qt.Key.Key_Return and self._model.rowCount() > 0:
            self._activate(self._model.index(0))

    def _context_menu(self, position: QPoint) -> None:
        if not self.view.currentIndex().isValid():
            return
        menu = QMenu(self)
        current = self._model.conversation_at(self.view.currentIndex().row())
        self.pin_action.setText(self.tr("Unpin") if current.pinned else self.tr("Pin to the top"))
        menu.addAction(self.pin_action)
        menu.addAction(self.rename_action)
        menu.addAction(self.delete_action)
        menu.exec(self.view.viewport().mapToGlobal(position))
