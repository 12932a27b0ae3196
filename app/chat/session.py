"""A chat turn from send to saved reply: the logic between the store and the engine.

Runs on the GUI thread, which owns the SQLite connection. The user's message is written
before generation starts; the reply is saved as it streams (every SAVE_INTERVAL_MS) and
finalized with its statistics. Tokens are routed by request id, so a reply always lands in
the conversation that asked for it, whichever one is on screen.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from app.chat.grounding import Grounded, Grounding
from app.chat.presets import apply_settings
from app.chat.summarize import SummaryPlan
from app.engine.base import ChatMessage, GenerationParams, GenerationStats
from app.engine.worker import EngineController
from app.errors import StorageError
from app.store.conversations import ConversationStore
from app.store.message_tree import ROOT
from app.store.records import (
    Conversation,
    DeletedBranch,
    Message,
    MessageStats,
    Source,
    Status,
)

log = logging.getLogger(__name__)
SUMMARY_TOKENS = 256  # at least, for each part's summary and for the combined one

SAVE_INTERVAL_MS = 500


def cache_key(conversation_id: int) -> str:
    """The engine's prompt cache key for a conversation."""
    return f"conversation-{conversation_id}"


def history_of(conversation: Conversation,
               path: list[Message]) -> tuple[list[Message], list[ChatMessage]]:
    """What the model reads for a reply: the system prompt, then the visible path less its
    empty replies (a failed reply). Returns the messages sent and the chat itself."""
    sent = [m for m in path
            if m.role in ("user", "assistant") and (m.content.strip() or m.role == "user")]
    history = [ChatMessage(m.role, m.content) for m in sent]
    if conversation.system_prompt.strip():
        history.insert(0, ChatMessage("system", conversation.system_prompt))
    return sent, history


@dataclass
class ActiveReply:
    request_id: str
    conversation_id: int
    message_id: int
    sent_message_ids: list[int]
    text: str = ""
    saved_length: int = 0
    # while the conversation's documents are searched: the ticket, and what then goes to
    # the engine (request_id is "" until it does)
    grounding_ticket: int = 0
    waiting: tuple[list[ChatMessage], GenerationParams] | None = None
    # a big file summarized in parts: each step is a request of its own
    plan: SummaryPlan | None = None
    step_params: GenerationParams | None = None
    # a reasoning model's thinking: the text, the time it took once it ended, whether it
    # was cut short, and how much of it was saved
    reasoning: str = ""
    reasoning_ms: float | None = None
    reasoning_cut: bool = False
    saved_reasoning: int = 0

    @property
    def thinking(self) -> Thinking:
        return Thinking(self.reasoning, self.reasoning_ms, self.reasoning_cut)


@dataclass(frozen=True)
class Thinking:
    """A reply's thinking as the window shows it: its text so far, how long it took (None
    while it goes on), and whether the reply ended before the model finished thinking."""

    text: str
    ms: float | None = None
    cut: bool = False


class ChatSession(QObject):
    message_added = Signal(object)  # Message (user or the new assistant placeholder)
    reply_updated = Signal(int, int, str)  # conversation_id, message_id, full text so far
    reasoning_updated = Signal(int, int, object)  # conversation_id, message_id, Thinking
    reply_finished = Signal(object, object)  # final Message, GenerationStats | None
    context_trimmed = Signal(int, int)  # conversation_id, first message id still in context
    busy_changed = Signal(object)  # conversation_id generating now, or None
    conversations_changed = Signal()
    path_changed = Signal(int)  # conversation_id: its visible path is another now
    storage_failed = Signal(str)  # a message for the user; the reply is kept in memory
    sources_changed = Signal(int, object)  # message_id, list[Source] the reply was given
    documents_problem = Signal(str)  # the documents could not be read; the reply goes on

    def __init__(
        self,
        store: ConversationStore,
        engine: EngineController,
        params: Callable[[], GenerationParams],
        model_id: Callable[[], str | None],
        serves: Callable[[int], bool] = lambda _conversation_id: True,
        grounding: Grounding | None = None,
    ) -> None:
        super().__init__()
        self._store = store
        self._engine = engine
        self._params = params
        self._model_id = model_id
        self._serves = serves  # the engine holds this conversation's own model
        self._grounding = grounding
        if grounding is not None:
            grounding.ready.connect(self._on_grounded)
        self._answer_when_free: int | None = None  # edited during a reply: answer it next
        self._active: ActiveReply | None = None
        self.trimmed: dict[int, int] = {}  # conversation_id -> first message id in context
        self._save_timer = QTimer(self)
        self._save_timer.setInterval(SAVE_INTERVAL_MS)
        self._save_timer.timeout.connect(self._save_partial)
        engine.token.connect(self._on_token)
        engine.reasoning.connect(self._on_reasoning)
        engine.thinking_ended.connect(self._on_thinking_ended)
        engine.finished.connect(self._on_finished)
        engine.failed.connect(self._on_failed)
        engine.loaded.connect(lambda _info: self._answer_waiting_edit())

    @property
    def store(self) -> ConversationStore:
        return self._store

    def path(self, conversation_id: int) -> list[Message]:
        """The conversation's visible path: the versions it shows, oldest first."""
        return self._store.messages(conversation_id)

    def sources(self, message_ids: list[int]) -> dict[int, list[Source]]:
        """The sources each of these replies was given (those without any left out)."""
        return self._store.sources(message_ids)

    @property
    def busy_conversation_id(self) -> int | None:
        return self._active.conversation_id if self._active else None

    @property
    def active_reply(self) -> ActiveReply | None:
        return self._active

    def can_send(self, conversation_id: int) -> bool:
        """No reply of the window's own is running, and the model loaded is this
        conversation's own (a reply for the local API may be running: this one then waits
        its turn on the engine). The model check is what keeps one chat's text from going
        to the server another chat chose."""
        return (self._active is None and self._engine.model_info is not None
                and self._engine.state in ("ready", "generating")
                and self._serves(conversation_id))

    def send(self, conversation_id: int, text: str) -> Message:
        """Save the user's message, then start the reply. Returns the user's message."""
        if not text.strip():
            raise ValueError("empty message")
        user_message = self._store.add_message(conversation_id, "user", text)
        self.message_added.emit(user_message)
        self.conversations_changed.emit()
        if not self.can_send(conversation_id):
            return user_message
        self._start_reply(conversation_id)
        return user_message

    # the tree: other versions of a reply or a question, and longer replies

    def regenerate(self, message_id: int) -> Message | None:
        """A new version of a reply, beside the old one, from the same question."""
        reply = self._store.message(message_id)
        if (reply.role != "assistant" or reply.parent_id is None
                or not self.can_send(reply.conversation_id)):
            return None
        new_reply = self._start_reply(reply.conversation_id, after=reply.parent_id)
        self.path_changed.emit(reply.conversation_id)
        return new_reply

    def edit(self, message_id: int, text: str) -> Message | None:
        """A new version of a question, beside the old one, and a reply to it. The old
        question and everything that followed it stay, one version away."""
        original = self._store.message(message_id)
        if original.role != "user" or not text.strip():
            return None
        self._engine.drop_cached(cache_key(original.conversation_id))
        edited = self._store.add_message(
            original.conversation_id, "user", text,
            parent_id=original.parent_id if original.parent_id is not None else ROOT)
        if self._active is not None:
            # Editing while a reply runs: the reply in this conversation answers a question
            # that is being replaced, so it stops (and is kept, one version away); the
            # edited question is answered once the engine is free.
            self._answer_when_free = original.conversation_id
            if self._active.conversation_id == original.conversation_id:
                self.stop()  # answers the edit at once if the reply had not reached the engine
        elif self.can_send(original.conversation_id):
            self._start_reply(original.conversation_id)
        self.path_changed.emit(original.conversation_id)
        self.conversations_changed.emit()
        return edited

    def continue_reply(self, message_id: int) -> Message | None:
        """Extend a reply that was stopped or cut off, in place."""
        reply = self._store.message(message_id)
        path = self._store.messages(reply.conversation_id)
        if (reply.role != "assistant" or not path or path[-1].id != message_id
                or not reply.content.strip() or not self.can_send(reply.conversation_id)):
            return None
        return self._start_reply(reply.conversation_id, extend=reply)

    def switch_version(self, message_id: int, step: int) -> int | None:
        """Show the previous (-1) or next (+1) version of a message; returns its id."""
        message = self._store.message(message_id)
        path = {m.id: m for m in self._store.messages(message.conversation_id)}
        siblings = path[message_id].sibling_ids if message_id in path else ()
        if len(siblings) < 2 or self.busy_conversation_id == message.conversation_id:
            return None
        target = siblings[(siblings.index(message_id) + step) % len(siblings)]
        self._store.switch_to(target)
        self._engine.drop_cached(cache_key(message.conversation_id))
        self.path_changed.emit(message.conversation_id)
        return target

    def delete_message(self, message_id: int) -> DeletedBranch | None:
        """Delete a message and what follows it; undo_delete puts it back."""
        message = self._store.message(message_id)
        if self.busy_conversation_id == message.conversation_id:
            return None
        deleted = self._store.delete_message(message_id)
        self._engine.drop_cached(cache_key(message.conversation_id))
        self.path_changed.emit(message.conversation_id)
        self.conversations_changed.emit()
        return deleted

    def undo_delete(self, deleted: DeletedBranch) -> None:
        self._store.undelete_message(deleted)
        self.path_changed.emit(deleted.conversation_id)
        self.conversations_changed.emit()

    def _start_reply(self, conversation_id: int, after: int | None = None,
                     extend: Message | None = None) -> Message:
        """Generate a reply to the visible path (up to `after`, if given), as a new message
        under it; or, with `extend`, more of that reply."""
        conversation = self._store.conversation(conversation_id)
        path = self._store.messages(conversation_id)
        if after is not None:
            path = path[: next(i for i, m in enumerate(path) if m.id == after) + 1]
        sent, history = history_of(conversation, path)
        params = replace(apply_settings(self._params(), conversation.settings),
                         cache_key=cache_key(conversation_id))
        if extend is not None:
            reply = self._store.reopen_message(extend.id)
            active = ActiveReply("", conversation_id, reply.id,
                                 [m.id for m in sent[:-1]], reply.content, len(reply.content),
                                 reasoning=reply.reasoning, reasoning_ms=reply.reasoning_ms,
                                 saved_reasoning=len(reply.reasoning))
        else:
            reply = self._store.add_message(
                conversation_id, "assistant", "", Status.STREAMING, model_id=self._model_id(),
                parent_id=after)
            active = ActiveReply("", conversation_id, reply.id, [m.id for m in sent])
        self._active = active
        self.message_added.emit(reply)
        self._save_timer.start()
        self.busy_changed.emit(conversation_id)
        if extend is None and self._grounding is not None \
                and self._grounding.wanted(conversation):
            # the documents first: the engine starts when their passages are known
            question = next((m.content for m in reversed(sent) if m.role == "user"), "")
            active.waiting = (history, params)
            active.grounding_ticket = self._grounding.prepare(
                conversation, question, self._room_for_documents(history, params))
            return reply
        # The engine starts once the window has done its part: the model reads the prompt
        # on every core, and the window's work would compete with it (about 10 ms of time to
        # first token, measured with 2 cores).
        active.request_id = self._engine.generate(history, params)
        return reply

    def _room_for_documents(self, history: list[ChatMessage], params: GenerationParams) -> int:
        """Tokens the context has left after the conversation and the reply's share: an
        estimate (four characters a token) that only decides whether a file goes whole."""
        info = self._engine.model_info
        context = info.context_length if info is not None and info.context_known else 4096
        used = sum(len(m.content) for m in history) // 4
        return max(0, context - used - min(params.max_tokens, context // 4))

    @Slot(int, object)
    def _on_grounded(self, ticket: int, grounded: Grounded) -> None:
        active = self._active
        if active is None or active.grounding_ticket != ticket or active.waiting is None:
            return  # stopped or forgotten meanwhile
        history, params = active.waiting
        active.waiting = None
        if grounded.problem:
            self.documents_problem.emit(grounded.problem)
        if grounded.summary is not None:
            active.plan = grounded.summary
            # each step stands alone: no cache of its own to keep, a reply of a few lines
            active.step_params = replace(params, cache_key=None,
                                         max_tokens=max(params.max_tokens, SUMMARY_TOKENS))
            active.text = active.plan.visible()
            self.reply_updated.emit(active.conversation_id, active.message_id, active.text)
            active.request_id = self._engine.generate(active.plan.next_chat(),
                                                      active.step_params)
            return
        sources = grounded.sources
        if sources:
            try:
                self._store.set_sources(active.message_id, sources)
            except (KeyError, StorageError) as exc:
                log.error("Could not save a reply's sources: %s", exc)
            self.sources_changed.emit(active.message_id, sources)
        active.request_id = self._engine.generate(grounded.apply(history), params)

    def stop(self) -> None:
        """Stop the window's reply (not a reply the local API is serving)."""
        active = self._active
        if active is None:
            return
        if active.waiting is not None:  # still searching the documents: nothing to cancel
            self._release()
            self.reply_finished.emit(self._finish(active, Status.STOPPED), None)
            self._answer_waiting_edit()  # an edit made meanwhile is answered now
            return
        self._engine.stop(active.request_id)

    def forget(self, conversation_id: int) -> None:
        """The conversation was deleted: stop its reply, if it has one, and drop it.

        The engine's late tokens and its `finished` then carry a request id nobody waits
        for, and are ignored; nothing is written for a message that no longer exists."""
        active = self._active
        self.trimmed.pop(conversation_id, None)
        if self._answer_when_free == conversation_id:
            self._answer_when_free = None
        self._engine.drop_cached(cache_key(conversation_id))
        if active is None or active.conversation_id != conversation_id:
            return
        self._engine.stop(active.request_id)
        self._save_timer.stop()
        self._active = None
        self.busy_changed.emit(None)

    def shutdown(self) -> None:
        """On quit: stop generating and keep what was written so far, marked stopped."""
        self._engine.stop()
        active = self._active
        if active is None:
            return
        self._save_timer.stop()
        self._active = None
        self._finish(active, Status.STOPPED)

    @Slot(str, str)
    def _on_token(self, request_id: str, text: str) -> None:
        active = self._active
        if active is None or active.request_id != request_id:
            return  # a stale request's token never reaches another conversation
        if active.plan is not None:
            active.plan.current += text
            active.text = active.plan.visible()
        else:
            active.text = (active.text + text) if active.text else text.lstrip()
        self.reply_updated.emit(active.conversation_id, active.message_id, active.text)

    @Slot(str, str)
    def _on_reasoning(self, request_id: str, text: str) -> None:
        active = self._active
        if active is None or active.request_id != request_id or active.plan is not None:
            return
        active.reasoning = (active.reasoning + text) if active.reasoning else text.lstrip()
        self.reasoning_updated.emit(active.conversation_id, active.message_id,
                                    active.thinking)

    @Slot(str, float, bool)
    def _on_thinking_ended(self, request_id: str, ms: float, cut: bool) -> None:
        active = self._active
        if active is None or active.request_id != request_id or active.plan is not None:
            return
        active.reasoning_ms = (active.reasoning_ms or 0.0) + ms  # Continue thinks again
        active.reasoning_cut = cut
        self.reasoning_updated.emit(active.conversation_id, active.message_id,
                                    active.thinking)

    @Slot()
    def _save_partial(self) -> None:
        active = self._active
        thought = len(active.reasoning) if active is not None else 0
        if active is None or (active.saved_length == len(active.text)
                              and active.saved_reasoning == thought):
            return
        try:
            self._store.save_partial(
                active.message_id, active.text,
                active.reasoning if active.saved_reasoning != thought else None,
                active.reasoning_ms)
        except StorageError as exc:
            self._storage_failed(exc)
            return
        active.saved_length = len(active.text)
        active.saved_reasoning = thought

    def _storage_failed(self, exc: StorageError) -> None:
        log.error("Could not save the reply: %s", exc)
        self.storage_failed.emit(
            self.tr("The reply could not be saved ({problem}). It stays on screen; free some "
                    "disk space and Hearth will save the next ones.").format(problem=exc))

    def _finish(self, active: ActiveReply, status: Status, stats: MessageStats | None = None,
                error: str | None = None) -> Message:
        text = active.text.rstrip()
        reasoning = active.reasoning.rstrip()
        try:
            return self._store.finish_message(active.message_id, text, status, stats, error,
                                              reasoning or None, active.reasoning_ms)
        except KeyError:  # deleted meanwhile (forget() normally sees to that first)
            log.info("Reply %d was deleted before it finished", active.message_id)
        except StorageError as exc:
            self._storage_failed(exc)
        return Message(id=active.message_id, conversation_id=active.conversation_id,
                       role="assistant", content=text, status=status, created_at=time.time(),
                       error=error, reasoning=reasoning, reasoning_ms=active.reasoning_ms)

    def _next_step(self, active: ActiveReply) -> bool:
        """A step of a summary in parts ended: start the next, if there is one."""
        plan, params = active.plan, active.step_params
        assert plan is not None and params is not None
        plan.record(plan.current)
        active.text = plan.visible()
        self.reply_updated.emit(active.conversation_id, active.message_id, active.text)
        if plan.done:
            return False
        active.request_id = self._engine.generate(plan.next_chat(), params)
        return True

    @Slot(str, object)
    def _on_finished(self, request_id: str, stats: GenerationStats) -> None:
        ongoing = self._active
        if (ongoing is not None and ongoing.request_id == request_id
                and ongoing.plan is not None and stats.stop_reason != "cancelled"
                and self._next_step(ongoing)):
            return
        active = self._take(request_id)
        if active is None:
            return
        status = Status.STOPPED if stats.stop_reason == "cancelled" else Status.COMPLETE
        message = self._finish(
            active,
            status,
            MessageStats(
                prompt_tokens=stats.prompt_tokens,
                completion_tokens=stats.completion_tokens,
                ttft_ms=stats.ttft_ms,
                tokens_per_s=stats.tokens_per_s,
                duration_ms=stats.duration_ms,
            ),
        )
        if 0 < stats.dropped_messages < len(active.sent_message_ids):
            first_kept = active.sent_message_ids[stats.dropped_messages]
            self.trimmed[active.conversation_id] = first_kept
            self.context_trimmed.emit(active.conversation_id, first_kept)
        elif stats.dropped_messages == 0:
            self.trimmed.pop(active.conversation_id, None)
        self.reply_finished.emit(message, stats)
        self._answer_waiting_edit()

    @Slot(str, str)
    def _on_failed(self, request_id: str, error: str) -> None:
        active = self._take(request_id)
        if active is None:
            return
        message = self._finish(active, Status.ERROR, error=error)
        self.reply_finished.emit(message, None)
        self._answer_waiting_edit()

    def _answer_waiting_edit(self) -> None:
        """Kept until the engine is free and holds the edited chat's model (a model chosen
        during the reply loads first), then answered once, if still unanswered."""
        conversation_id = self._answer_when_free
        if conversation_id is None or not self.can_send(conversation_id):
            return
        self._answer_when_free = None
        try:
            path = self._store.messages(conversation_id)
        except (KeyError, StorageError):
            return
        if path and path[-1].role == "user":
            self._start_reply(conversation_id)
            self.path_changed.emit(conversation_id)

    def _take(self, request_id: str) -> ActiveReply | None:
        active = self._active
        if active is None or active.request_id != request_id:
            return None
        self._release()
        return active

    def _release(self) -> None:
        """The reply in hand is over: nothing more is saved or shown for it."""
        self._save_timer.stop()
        self._active = None
        self.busy_changed.emit(None)
        self.conversations_changed.emit()

