"""The sidebar: search, new chat, and the conversations newest first."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListView,
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
from app.store.conversations import SearchHit
from app.ui.qmodels import (
    BusyRole,
    ConversationIdRole,
    ConversationListModel,
    GroupRole,
    SnippetRole,
    UpdatedAtRole,
    relative_time,
)

ConfirmDelete = Callable[[QWidget, str], bool]
HEADER_HEIGHT = 24


def ask_delete(parent: QWidget, title: str) -> bool:
    """Asked only where there is no Undo: deleting for good from the trash."""
    answer = QMessageBox.question(
        parent,
        "Delete for good",
        f"Delete “{title}” and all of its messages for good? This cannot be undone.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


class ConversationDelegate(QStyledItemDelegate):
    """Title on the first line; age, or 'replying…', on the second."""

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
        bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        text_color = palette.text()
        rect: QRect = opt.rect.adjusted(10, 5, -10, -5)
        painter.save()
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(text_color.color())
        metrics = painter.fontMetrics()
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()))
        font.setBold(False)
        font.setPointSizeF(font.pointSizeF() * 0.88)
        painter.setFont(font)
        busy = bool(index.data(BusyRole))
        snippet = index.data(SnippetRole)
        detail = ("● replying…" if busy else snippet.replace("\n", " ") if snippet
                  else relative_time(index.data(UpdatedAtRole), time.time()))
        color = palette.link().color() if busy else palette.placeholderText().color()
        painter.setPen(color)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                         painter.fontMetrics().elidedText(detail, Qt.TextElideMode.ElideRight,
                                                          rect.width()))
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


class ConversationList(QWidget):
    conversation_selected = Signal(int)
    new_chat_requested = Signal()
    conversation_deleted = Signal(int)

    def __init__(self, library: Library, model: ConversationListModel,
                 search: ConversationSearch, confirm_delete: ConfirmDelete = ask_delete) -> None:
        super().__init__()
        self._library = library
        self._model = model
        self.search_engine = search
        search.results.connect(self._on_results)
        self.confirm_delete = confirm_delete  # for deleting for good, from the trash

        self.new_button = QPushButton("New chat")
        self.new_button.setToolTip("New chat (Ctrl+N)")
        self.new_button.clicked.connect(self.new_chat_requested)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search all chats…")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(search.set_text)

        self.view = QListView()
        self.view.setModel(model)
        self.view.setItemDelegate(ConversationDelegate(self.view))
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)

        self.rename_action = QAction("Rename", self.view)
        self.rename_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.rename_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.rename_action.triggered.connect(self.rename_current)
        self.delete_action = QAction("Move to Trash", self.view)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_current)
        self.pin_action = QAction("Pin", self.view)
        self.pin_action.triggered.connect(self.toggle_pin)
        self.view.addAction(self.rename_action)
        self.view.addAction(self.delete_action)
        self.view.addAction(self.pin_action)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.new_button)
        layout.addWidget(self.search)
        layout.addWidget(self.view)

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
        conversation = self._model.conversation_at(index.row())
        self._library.move_to_trash(conversation.id)
        self.conversation_deleted.emit(conversation.id)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.conversation_selected.emit(int(current.data(ConversationIdRole)))

    def _on_results(self, hits: list[SearchHit] | None) -> None:
        current = self.current_id()
        self.view.selectionModel().blockSignals(True)
        if hits is None:
            self._model.set_filter(None)
        else:
            self._model.set_filter([h.conversation_id for h in hits],
                                   {h.conversation_id: h.snippet for h in hits if h.snippet})
        if current is not None:
            self.select(current)
        self.view.selectionModel().blockSignals(False)

    def _context_menu(self, position: QPoint) -> None:
        if not self.view.currentIndex().isValid():
            return
        menu = QMenu(self)
        current = self._model.conversation_at(self.view.currentIndex().row())
        self.pin_action.setText("Unpin" if current.pinned else "Pin to the top")
        menu.addAction(self.pin_action)
        menu.addAction(self.rename_action)
        menu.addAction(self.delete_action)
        menu.exec(self.view.viewport().mapToGlobal(position))
