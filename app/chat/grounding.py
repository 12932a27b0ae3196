"""What a conversation's documents give a question: its attached files whole where they fit
(placed before the conversation, so the conversation's prompt cache keeps them), and else
the passages that answer it, numbered as the reply cites them.

The question's embedding and the search run on a thread of their own, with their own
connection to the index; the answer comes back by signal."""

from __future__ import annotations

import logging
import queue
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.chat.summarize import SummaryPlan, split_parts
from app.documents.index import INDEX_FILE, Collection, DocumentIndex, FileStatus, Passage
from app.documents.indexer import embedder_id
from app.engine.base import ChatMessage
from app.errors import UserError
from app.store.records import Conversation, Source

log = logging.getLogger(__name__)

TOP_K = 4  # passages per question: a small model's context holds about this many well
WHOLE_SHARE = 0.7  # of the room left in the context that attached files may fill whole
SOURCE_PREVIEW = 4_000  # characters of a whole file kept with the reply, to show it
ATTACHED = "chat-{id}"  # the hidden collection of the files attached to one conversation
SUMMARIZE = "summarize"  # the preset whose chats summarize a big file in parts
_ATTACHED_NAME = re.compile(re.escape(ATTACHED).replace(re.escape("{id}"), r"(\d+)"))


def attached_collection(conversation_id: int) -> str:
    return ATTACHED.format(id=conversation_id)


def attached_conversation(collection: str) -> int | None:
    """The conversation whose attached files a collection holds; None for the user's own."""
    found = _ATTACHED_NAME.fullmatch(collection)
    return int(found.group(1)) if found else None


def collections_of(conversation: Conversation) -> list[str]:
    """The collections a conversation reads: its own attached files, and those chosen."""
    chosen = conversation.settings.get("collections") or []
    names = [str(name) for name in chosen if isinstance(name, str)]
    return [attached_collection(conversation.id), *names]


@dataclass(frozen=True)
class GroundingRequest:
    ticket: int
    conversation: Conversation
    question: str
    room_tokens: int  # what the context has left for documents, after the conversation


@dataclass(frozen=True)
class Grounded:
    """Whole files for the top of the prompt, passages for the question, and the sources
    the reply keeps: one numbering for both."""

    whole: list[Source] = field(default_factory=list)
    passages: list[Source] = field(default_factory=list)
    problem: str = ""  # the documents could not be read: the question goes without them
    # a chat that summarizes, with a file too big to go whole: summarized in parts instead
    summary: SummaryPlan | None = None

    @property
    def sources(self) -> list[Source]:
        return [*(replace(s, text=s.text[:SOURCE_PREVIEW]) for s in self.whole),
                *self.passages]

    def apply(self, history: list[ChatMessage]) -> list[ChatMessage]:
        """The chat as the model reads it: the whole files after the system prompt (they
        stay put from one question to the next, so the prompt cache keeps them), and the
        passages with the last question only."""
        if not self.whole and not self.passages:
            return history
        out = list(history)
        if self.whole:
            files = "\n\n".join(f"[{s.number}] {Path(s.file).name}:\n{s.text}"
                                for s in self.whole)
            note = ("The user attached these files. Answer from them, and cite them by "
                    f"number, as [1].\n\n{files}")
            if out and out[0].role == "system":
                out[0] = ChatMessage("system", f"{out[0].content}\n\n{note}")
            else:
                out.insert(0, ChatMessage("system", note))
        if self.passages and out and out[-1].role == "user":
            passages = "\n\n".join(f"[{s.number}] {Path(s.file).name} ({s.location}):\n{s.text}"
                                   for s in self.passages)
            out[-1] = ChatMessage("user", (
                "Passages from my documents (cite them by number, as [1]):\n\n"
                f"{passages}\n\nMy question: {out[-1].content}"))
        return out


def whole_files(tokens: Sequence[int | None], room_tokens: int) -> list[int]:
    """Which attached files go to the model whole, by position: in order, each one that fits
    what is left of WHOLE_SHARE of the room (None: too large to have been counted). The
    context meter counts the same files."""
    room = int(room_tokens * WHOLE_SHARE)
    chosen = []
    for position, size in enumerate(tokens):
        if size is not None and size <= room:
            chosen.append(position)
            room -= size
    return chosen


def ground(index: DocumentIndex, embed: Callable[[str], Any] | None, embedder: str,
           request: GroundingRequest) -> Grounded:
    """The decision itself, on whatever thread calls it."""
    names = {c.name: c for c in index.collections()}
    chosen = [names[n] for n in collections_of(request.conversation) if n in names]
    if not chosen:
        return Grounded()
    whole: list[Source] = []
    attached = names.get(attached_collection(request.conversation.id))
    given: set[str] = set()
    if attached is not None:
        files = [f for f in index.files(attached) if f.status is FileStatus.INDEXED]
        for position in whole_files([f.tokens for f in files], request.room_tokens):
            text = index.whole_text(files[position].id)
            if text is None:
                continue  # removed meanwhile: its passages are not searched either
            given.add(files[position].path)
            whole.append(Source(len(whole) + 1, files[position].path, "the whole file", text))
    if request.conversation.settings.get("preset") == SUMMARIZE and attached is not None:
        plan = _summary_plan(index, attached, given, request.room_tokens)
        if plan is not None:
            return Grounded(whole, summary=plan)
    searched = [c for c in chosen if c is not attached or _has_more(index, c, given)]
    passages: list[Passage] = []
    if searched and request.question.strip():
        vector = embed(request.question) if embed is not None else None
        found = index.search(request.question, vector, embedder, searched, TOP_K + len(given))
        passages = [p for p in found if p.file not in given][:TOP_K]
    first = len(whole) + 1
    return Grounded(whole, [Source(first + i, p.file, p.location, p.text, p.page, p.line)
                            for i, p in enumerate(passages)])


def _summary_plan(index: DocumentIndex, attached: Collection, given: set[str],
                  room_tokens: int) -> SummaryPlan | None:
    """The first attached file too big to go whole, as parts that each fit the context."""
    for file in index.files(attached):
        if file.status is FileStatus.INDEXED and file.path not in given:
            texts = index.chunk_texts(file.id)
            part_tokens = max(256, int(room_tokens * WHOLE_SHARE))
            return SummaryPlan(Path(file.path).name, split_parts(texts, part_tokens),
                               part_tokens)
    return None


def _has_more(index: DocumentIndex, collection: Collection, given: set[str]) -> bool:
    return any(f.path not in given for f in index.files(collection))


class Grounding(QObject):
    ready = Signal(int, object)  # ticket, Grounded

    def __init__(self, data_dir: Path, embedder_path: Callable[[], Path | None],
                 threads: int = 1) -> None:
        super().__init__()
        self._index_path = data_dir / INDEX_FILE
        self._embedder_path = embedder_path
        self._threads = threads
        self._requests: queue.Queue[GroundingRequest | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._tickets = 0
        self._reopen = threading.Event()  # the index file was replaced: open it again
        self._attached_ids: frozenset[int] | set[int] = frozenset()

    def wanted(self, conversation: Conversation) -> bool:
        """Whether a question should go through the documents first: the conversation reads
        collections, or has files attached. Known without opening the index here: that,
        while the indexer wrote, stalled the window 75 ms."""
        return (bool(conversation.settings.get("collections"))
                or conversation.id in self._attached_ids)

    def note_attached(self, conversation_id: int) -> None:
        """A file was attached to this conversation."""
        self._attached_ids = self._attached_ids | {conversation_id}

    def load_attached(self) -> None:
        """At start: which conversations have files attached, read on a thread."""
        def read() -> None:
            try:
                index = DocumentIndex(self._index_path)
            except UserError:
                return
            try:
                found = {conversation for c in index.collections()
                         if (conversation := attached_conversation(c.name)) is not None}
            finally:
                index.close()
            self._attached_ids = self._attached_ids | found

        if self._index_path.exists():
            threading.Thread(target=read, name="grounding-attached", daemon=True).start()

    def prepare(self, conversation: Conversation, question: str, room_tokens: int) -> int:
        """Starts the search; `ready` answers with the returned ticket."""
        self._tickets += 1
        self._requests.put(GroundingRequest(self._tickets, conversation, question, room_tokens))
        if self._thread is None:
            self._thread = threading.Thread(target=self._serve, name="grounding", daemon=True)
            self._thread.start()
        return self._tickets

    def reopen(self) -> None:
        """The index was rebuilt: the next question opens the new file."""
        self._reopen.set()

    def stop(self) -> None:
        """No more questions: the thread ends after the one in hand."""
        if self._thread is not None:
            self._requests.put(None)

    def join(self, timeout_ms: int) -> bool:
        """Whether the thread has ended (in time)."""
        thread, self._thread = self._thread, None
        if thread is None:
            return True
        thread.join(timeout_ms / 1000)
        return not thread.is_alive()

    def shutdown(self) -> None:
        self.stop()
        self.join(2000)

    def _serve(self) -> None:
        loaded: list[Any] = []  # the embedder, once a question needs it
        index: DocumentIndex | None = None
        while (request := self._requests.get()) is not None:
            try:
                if self._reopen.is_set() and index is not None:
                    self._reopen.clear()
                    index.close()
                    index = None
                if index is None:
                    index = DocumentIndex(self._index_path)
                path = self._embedder_path()
                embed = _query_embedding(path, self._threads, loaded) if path else None
                grounded = ground(index, embed, embedder_id(path) if path else "", request)
            except UserError as exc:
                grounded = Grounded(problem=str(exc))
            except Exception as exc:  # a bug: logged; the question goes without documents
                log.exception("Searching the documents failed")
                grounded = Grounded(problem=f"Your documents could not be searched ({exc}).")
            self.ready.emit(request.ticket, grounded)
        for embedder in loaded:
            embedder.close()
        if index is not None:
            index.close()


def _query_embedding(path: Path, threads: int, loaded: list[Any]) -> Callable[[str], Any]:
    """Embeds a question, loading the embedder on first use (a chat without documents
    never does) and keeping it in `loaded`; another model chosen in Settings replaces it."""
    def embed(text: str) -> Any:
        if loaded and loaded[0].path != path:
            loaded.pop().close()
        if not loaded:
            from app.engine.embedding import Embedder

            loaded.append(Embedder(path, threads=threads))
        embedder = loaded[0]
        return embedder.embed([embedder.query_prefix + text])[0]

    return embed
