"""Qt item models: thin adapters from the logic objects to views; none reads or writes the
store itself."""

from __future__ import annotations

import re
import time
import unicodedata
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.chat.library import Library
from app.chat.session import Thinking
from app.i18n import ui_locale
from app.store.records import Conversation, Message, Source
from app.store.search import SNIPPET_CLOSE, SNIPPET_OPEN

Index = QModelIndex | QPersistentModelIndex

ConversationIdRole = Qt.ItemDataRole.UserRole + 1
UpdatedAtRole = Qt.ItemDataRole.UserRole + 2
BusyRole = Qt.ItemDataRole.UserRole + 3
SnippetRole = Qt.ItemDataRole.UserRole + 4
PinnedRole = Qt.ItemDataRole.UserRole + 5


GroupRole = Qt.ItemDataRole.UserRole + 6
# A search hit's text as runs, (text, matched): the delegate paints matched runs highlighted
TitleRunsRole = Qt.ItemDataRole.UserRole + 7
SnippetRunsRole = Qt.ItemDataRole.UserRole + 8

# the store's marks around a matched word (search_conversations)
_MARKED = re.compile(re.escape(SNIPPET_OPEN) + "([^" + re.escape(SNIPPET_OPEN + SNIPPET_CLOSE)
                     + "]+)" + re.escape(SNIPPET_CLOSE))
_WORD = re.compile(r"\w+")

Runs = list[tuple[str, bool]]


def _fold(text: str) -> str:
    """As FTS5's unicode61 tokenizer compares: no case, no diacritics."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _tokens(text: str) -> set[str]:
    return set(_WORD.findall(_fold(text)))


def snippet_runs(snippet: str, query: str) -> Runs:
    """A snippet's text split at the store's markers, the marks taken out. The markers are
    brackets, which a message can hold itself ("see [1]", "a[i]"): a bracketed span counts
    as a match only when its words are words of the query, and otherwise stays as written."""
    wanted = _tokens(query)
    runs: Runs = []
    start = 0  # of the text not yet in a run
    for found in _MARKED.finditer(snippet):
        words = _tokens(found.group(1))
        if not words or not words <= wanted:
            continue
        if found.start() > start:
            runs.append((snippet[start:found.start()], False))
        runs.append((found.group(1), True))
        start = found.end()
    if start < len(snippet):
        runs.append((snippet[start:], False))
    # one line: newlines, tabs and control characters would draw as boxes or break it
    return [("".join(c if c.isprintable() else " " for c in text), matched)
            for text, matched in runs]


def title_runs(title: str, query: str) -> Runs:
    """The query's words wherever they occur in the title (the store matches titles by
    substring, any case)."""
    words = sorted({w for w in query.split() if w}, key=len, reverse=True)
    if not words:
        return [(title, False)] if title else []
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    runs: Runs = []
    last = 0
    for found in pattern.finditer(title):
        if found.start() > last:
            runs.append((title[last:found.start()], False))
        runs.append((found.group(0), True))
        last = found.end()
    if last < len(title):
        runs.append((title[last:], False))
    return runs


def plain_text(runs: Runs) -> str:
    return "".join(text for text, _ in runs)


def day_group(then: float, now: float) -> str:
    """Today, Yesterday, Previous 7 days or Older, by the local calendar."""
    today = time.localtime(now)
    midnight = time.mktime((today.tm_year, today.tm_mon, today.tm_mday, 0, 0, 0, 0, 0, -1))
    if then >= midnight:
        return translate("ConversationList", "Today")
    if then >= midnight - 86400:
        return translate("ConversationList", "Yesterday")
    if then >= midnight - 7 * 86400:
        return translate("ConversationList", "Previous 7 days")
    return translate("ConversationList", "Older")


def relative_time(then: float, now: float) -> str:
    seconds = max(0, int(now - then))
    if seconds < 60:
        return translate("ConversationList", "just now")
    minutes = seconds // 60
    if minutes < 60:
        return translate("ConversationList", "%n min ago", "", minutes)
    hours = minutes // 60
    if hours < 24:
        return translate("ConversationList", "%n h ago", "", hours)
    days = hours // 24
    if days == 1:
        return translate("ConversationList", "yesterday")
    if days < 7:
        return translate("ConversationList", "%n days ago", "", days)
    # the date as the language writes it (the month's name, its order of day and month)
    return ui_locale().toString(QDateTime.fromSecsSinceEpoch(int(then)).date(),
                              QLocale.FormatType.ShortFormat)


translate = QCoreApplication.translate


class ConversationListModel(QAbstractListModel):
    """Conversations, pinned first, then newest first; renaming through the view asks the
    library. Rows are read a page at a time as the view scrolls (canFetchMore and
    fetchMore), so ten thousand conversations cost one page at start-up. A search shows
    its hits instead, newest first, with the matching words as each row's detail."""

    PAGE = 200

    def __init__(self, library: Library) -> None:
        super().__init__()
        self._library = library  # read a page at a time, and every change asked of it
        library.renamed.connect(self._on_renamed)
        self._rows: list[Conversation] = []
        self._busy_id: int | None = None
        self._filter: list[int] | None = None
        self._snippets: dict[int, Runs] = {}
        self._query = ""
        self._exhausted = False
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        if self._filter is not None:
            self._rows = self._library.by_ids(self._filter)
            self._exhausted = True
        else:
            self._rows = self._library.page(self.PAGE)
            self._exhausted = len(self._rows) < self.PAGE
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        more = self._library.page(self.PAGE, offset=len(self._rows))
        self._exhausted = len(more) < self.PAGE
        if more:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def set_filter(self, conversation_ids: list[int] | None,
                   snippets: dict[int, str] | None = None, query: str = "") -> None:
        """Show only these conversations, in this order (None: all of them again), with
        the words of `query` highlighted in their titles and snippets. Snippets are split
        into runs here, once per search, not on every paint."""
        self._filter = conversation_ids
        self._query = query if conversation_ids is not None else ""
        self._snippets = {cid: snippet_runs(text, self._query)
                          for cid, text in (snippets or {}).items()}
        self.reload()

    def set_busy(self, conversation_id: int | None) -> None:
        self._busy_id = conversation_id
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1), [BusyRole])

    def row_of(self, conversation_id: int) -> int:
        """Its row among the rows read so far, or -1 (no further page is read for it)."""
        for row, conversation in enumerate(self._rows):
            if conversation.id == conversation_id:
                return row
        return -1

    def conversation_at(self, row: int) -> Conversation:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        conversation = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return conversation.title
        if role == Qt.ItemDataRole.ToolTipRole:
            runs = self._snippets.get(conversation.id)
            return f"{conversation.title}\n{plain_text(runs)}" if runs else conversation.title
        if role == ConversationIdRole:
            return conversation.id
        if role == UpdatedAtRole:
            return conversation.updated_at
        if role == SnippetRole:
            runs = self._snippets.get(conversation.id)
            return plain_text(runs) if runs else None
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:  # a screen reader's snippet
            runs = self._snippets.get(conversation.id)
            return plain_text(runs) if runs else None
        if role == SnippetRunsRole:
            return self._snippets.get(conversation.id)
        if role == TitleRunsRole:
            return title_runs(conversation.title, self._query) if self._query else None
        if role == PinnedRole:
            return conversation.pinned
        if role == GroupRole:
            return self._group_header(index.row())
        if role == BusyRole:
            return conversation.id == self._busy_id
        return None

    def group_of(self, row: int) -> str:
        conversation = self._rows[row]
        if conversation.pinned:
            return translate("ConversationList", "Pinned")
        return day_group(conversation.updated_at, time.time())

    def _group_header(self, row: int) -> str:
        """The group's name on its first row (pinned, then by day); "" elsewhere and while
        searching, where hits come newest first without groups."""
        if self._filter is not None:
            return ""
        group = self.group_of(row)
        return group if row == 0 or self.group_of(row - 1) != group else ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        # intent, not storage: the library renames, and its `renamed` updates the row
        return self._library.rename(self._rows[index.row()].id, str(value))

    def _on_renamed(self, conversation: Conversation) -> None:
        for row, shown in enumerate(self._rows):
            if shown.id == conversation.id:
                self._rows[row] = conversation
                self.dataChanged.emit(self.index(row), self.index(row))
                return

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base


MessageRole = Qt.ItemDataRole.UserRole + 10
TextRole = Qt.ItemDataRole.UserRole + 11
SourcesRole = Qt.ItemDataRole.UserRole + 12
ReasoningRole = Qt.ItemDataRole.UserRole + 13  # Thinking: a reasoning model's, so far


class MessageListModel(QAbstractListModel):
    """The open conversation's visible path, as the chat pane shows it.

    It holds the whole path but exposes only its newest rows at first; older rows are
    fetched a page at a time (canFetchMore and fetchMore, at the top), so a view renders
    only what has been fetched. A streaming reply changes one row only: `stream` emits
    dataChanged for that row and its text role, and nothing else is touched."""

    def __init__(self, first_screen: int, page: int) -> None:
        super().__init__()
        self._first_screen = first_screen
        self._page = page
        self._all: list[Message] = []
        self._first = 0  # index in _all of the first exposed row
        self._text: dict[int, str] = {}  # message_id -> text while it streams
        self._thinking: dict[int, Thinking] = {}  # message_id -> thinking while it streams
        self._sources: dict[int, list[Source]] = {}  # message_id -> what a reply was given

    def set_path(self, messages: list[Message],
                 sources: dict[int, list[Source]] | None = None) -> None:
        self.beginResetModel()
        self._all = [m for m in messages if m.role != "system"]
        self._first = max(0, len(self._all) - self._first_screen)
        self._text = {}
        self._thinking = {}
        self._sources = dict(sources or {})
        self.endResetModel()

    def sources_of(self, message_id: int) -> list[Source]:
        return self._sources.get(message_id, [])

    def set_sources(self, message_id: int, sources: list[Source]) -> None:
        self._sources[message_id] = list(sources)
        row = self.row_of(message_id)
        if row >= 0:
            index = self.index(row)
            self.dataChanged.emit(index, index, [SourcesRole])

    @property
    def page(self) -> int:
        """How many older messages one fetchMore exposes."""
        return self._page

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._all) - self._first

    def message_at(self, row: int) -> Message:
        return self._all[self._first + row]

    def row_of(self, message_id: int) -> int:
        for row in range(self.rowCount()):
            if self.message_at(row).id == message_id:
                return row
        return -1

    @property
    def unfetched(self) -> int:
        """Older messages not fetched yet."""
        return self._first

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        message = self.message_at(index.row())
        if role == MessageRole:
            return message
        if role in (TextRole, Qt.ItemDataRole.DisplayRole):
            return self._text.get(message.id, message.content)
        if role == SourcesRole:
            return self.sources_of(message.id)
        if role == ReasoningRole:
            return self._thinking.get(message.id) or Thinking(
                message.reasoning, message.reasoning_ms, message.reasoning_cut)
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._first > 0

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        count = min(self._page, self._first)
        if parent.isValid() or count <= 0:
            return
        self.beginInsertRows(QModelIndex(), 0, count - 1)
        self._first -= count
        self.endInsertRows()

    def append(self, message: Message) -> None:
        if message.role == "system" or self.row_of(message.id) >= 0:
            return
        row = self.rowCount()
        self.beginInsertRows(QModelIndex(), row, row)
        self._all.append(message)
        self.endInsertRows()

    def stream(self, message_id: int, text: str) -> None:
        row = self.row_of(message_id)
        if row >= 0:
            self._text[message_id] = text
            index = self.index(row)
            self.dataChanged.emit(index, index, [TextRole])

    def stream_reasoning(self, message_id: int, thinking: Thinking) -> None:
        """A streaming reply's thinking changed: only its row's ReasoningRole."""
        row = self.row_of(message_id)
        if row >= 0:
            self._thinking[message_id] = thinking
            index = self.index(row)
            self.dataChanged.emit(index, index, [ReasoningRole])

    def finish(self, message: Message) -> None:
        row = self.row_of(message.id)
        if row >= 0:
            self._text.pop(message.id, None)
            self._thinking.pop(message.id, None)
            self._all[self._first + row] = message
            index = self.index(row)
            self.dataChanged.emit(index, index, [MessageRole, TextRole])
