"""The chat pane's rough edges, on the real widgets: the version switcher read aloud, replies
stopped before any text, text that must never widen the window, long messages opened as a
preview, and what the window asks of the pane (privacy hint, load failure, draft problems)."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtWidgets import QApplication, QListView, QSplitter
from pytestqt.qtbot import QtBot

from app.chat.context_meter import Level, Reading
from app.store.records import Message, Status
from app.ui.chat_view import ChatView
from app.ui.message_widget import AUTO_SHOW_ALL_CHARS, PREVIEW_CHARS, MessageWidget
from app.ui.render import MarkdownRenderer
from app.ui.style import LIGHT, SCHEMES, build_sheet
from tests.qt.conftest import MakeApp, Recorder

LONG = 5_000


def message(message_id: int, role: str, content: str, status: Status = Status.COMPLETE,
            error: str | None = None, siblings: tuple[int, ...] = ()) -> Message:
    return Message(id=message_id, conversation_id=1, role=role, content=content,
                   status=status, created_at=time.time(), error=error, sibling_ids=siblings)


STYLE = build_sheet(SCHEMES[LIGHT], 10.0)  # the app's light sheet at a common font size


@pytest.fixture
def view(qtbot: QtBot, recorder: Recorder) -> ChatView:
    chat = ChatView(MarkdownRenderer(), recorder.confirm_link, recorder.open_url)
    chat.setStyleSheet(STYLE)
    qtbot.addWidget(chat)
    chat.resize(760, 560)
    chat.show()
    return chat


def open_chat(qtbot: QtBot, chat: ChatView, messages: list[Message], title: str = "t") -> None:
    chat.show_conversation(1, title, messages)
    qtbot.wait(20)  # widgets added to a shown layout are laid out at the next turns


# 1. the version switcher


def test_version_switcher_reads_version_n_of_m_and_disables_its_ends(
        qtbot: QtBot, view: ChatView) -> None:
    question = message(1, "user", "Question?")
    versions = (2, 3, 4)
    open_chat(qtbot, view, [question, message(2, "assistant", "first", siblings=versions)])
    bar = view.message_widgets()[1].actions_bar
    assert bar.version_label.isVisible()
    assert bar.version_label.accessibleName() == "Version 1 of 3"
    assert bar.version_label.toolTip() == "Version 1 of 3"
    assert not bar.previous_button.isEnabled() and bar.next_button.isEnabled()
    assert bar.previous_button.accessibleName() == "Previous version of message 2 (a reply)"
    assert bar.next_button.accessibleName() == "Next version of message 2 (a reply)"
    assert bar.delete_button.accessibleName() == "Delete message 2 (a reply)"
    assert view.message_widgets()[0].actions_bar.edit_button.accessibleName() == \
        "Edit message 1 (yours)"

    open_chat(qtbot, view, [question, message(3, "assistant", "second", siblings=versions)])
    bar = view.message_widgets()[1].actions_bar
    assert bar.version_label.accessibleName() == "Version 2 of 3"
    assert bar.previous_button.isEnabled() and bar.next_button.isEnabled()

    open_chat(qtbot, view, [question, message(4, "assistant", "third", siblings=versions)])
    bar = view.message_widgets()[1].actions_bar
    assert bar.previous_button.isEnabled() and not bar.next_button.isEnabled()


def test_messages_are_numbered_in_the_whole_chat_not_the_fetched_page(
        qtbot: QtBot, view: ChatView) -> None:
    path = [message(i + 1, "user" if i % 2 == 0 else "assistant", f"m{i}")
            for i in range(30)]
    open_chat(qtbot, view, path)
    last = view.message_widgets()[-1].actions_bar
    assert last.delete_button.accessibleName() == "Delete message 30 (a reply)"


# 2. no empty "stopped" bubbles


def test_a_reply_stopped_before_any_text_says_so_and_can_be_regenerated(
        qtbot: QtBot, view: ChatView) -> None:
    open_chat(qtbot, view, [message(1, "user", "Question?"),
                            message(2, "assistant", "", Status.STOPPED)])
    widget = view.message_widgets()[1]
    assert widget.detail.isVisible()
    assert widget.detail.text().startswith("Stopped before any text")
    assert not any(v.isVisible() for v in widget.views)  # no blank box
    assert not widget.copy_button.isVisible()  # nothing to copy
    assert widget.actions_bar.regenerate_button.isVisible()
    assert widget.actions_bar.delete_button.isVisible()
    # Continue has nothing to continue from; Regenerate is the way on
    assert not widget.actions_bar.continue_button.isVisible()


def test_a_stopped_reply_with_text_shows_its_text_and_no_such_line(
        qtbot: QtBot, view: ChatView) -> None:
    open_chat(qtbot, view, [message(1, "user", "Question?"),
                            message(2, "assistant", "Half an", Status.STOPPED)])
    widget = view.message_widgets()[1]
    assert not widget.detail.isVisible() and widget.body.isVisible()
    assert widget.note.text() == "stopped"
    assert widget.actions_bar.continue_button.isVisible()


def test_a_streaming_reply_that_stops_empty_turns_into_the_line(
        qtbot: QtBot, view: ChatView) -> None:
    open_chat(qtbot, view, [message(1, "user", "Question?")])
    view.add_message(message(2, "assistant", "", Status.STREAMING))
    qtbot.wait(20)
    widget = view.message_widgets()[1]
    assert not widget.detail.isVisible()
    view.finish_reply(message(2, "assistant", "", Status.STOPPED))
    qtbot.wait(20)
    assert widget.detail.isVisible() and not widget.body.isVisible()


def test_an_empty_stopped_reply_saved_by_the_app_opens_as_the_line(
        qtbot: QtBot, make_app: MakeApp) -> None:
    first = make_app(start=False)
    conversation = first.store.create_conversation("")
    first.store.add_message(conversation.id, "user", "question")
    reply = first.store.add_message(conversation.id, "assistant", "", Status.STOPPED)
    first.window.sidebar.select(conversation.id)
    widget = first.window.chat.message_widget(reply.id)
    assert widget is not None
    qtbot.waitUntil(widget.detail.isVisible, timeout=2000)
    assert "Stopped before any text" in widget.detail.text()
    assert widget.actions_bar.regenerate_button.isVisible()


# 3. nothing widens the window


def test_long_unbroken_text_wraps_and_never_scrolls_sideways(qtbot: QtBot,
                                                             recorder: Recorder) -> None:
    url = "https://example.org/" + "a" * LONG
    word = "x" * LONG
    chat = ChatView(MarkdownRenderer(), recorder.confirm_link, recorder.open_url)
    sidebar = QListView()
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setStyleSheet(STYLE)
    splitter.addWidget(sidebar)
    splitter.addWidget(chat)
    splitter.setChildrenCollapsible(False)
    qtbot.addWidget(splitter)
    splitter.resize(1000, 700)
    splitter.setSizes([260, 740])
    splitter.show()
    qtbot.waitExposed(splitter)
    sizes = splitter.sizes()

    open_chat(qtbot, chat, [
        message(1, "user", url),
        message(2, "assistant", f"Here: {word}\n\n| a | b |\n|---|---|\n| {word} | 1 |"),
        message(3, "user", "code?"),
        message(4, "assistant", f"```\n{word}\n```"),
        message(5, "user", "again"),
        message(6, "assistant", "", Status.ERROR, error=f"The server said: {url}"),
        message(7, "user", "and"),
        message(8, "assistant", "partial", Status.ERROR, error="Failed " + word),
    ], title="T" + word)
    chat.show_load_failure("The model could not be loaded: " + url)
    chat.show_draft_problem("Too long: " + word)
    chat.set_models([("remote " + word, "remote.gguf")], "remote.gguf")
    qtbot.wait(50)

    bar = chat.scroll_area.horizontalScrollBar()
    assert bar.maximum() == 0
    viewport = chat.scroll_area.viewport().width()
    assert chat.scroll_area.widget().width() <= viewport
    assert splitter.sizes() == sizes  # the sidebar kept its width
    assert chat.minimumSizeHint().width() < 600
    for widget in chat.message_widgets():
        assert widget.width() <= viewport
        for text_view in widget.views:
            # the text itself fits its view: nothing is cut off on the right
            assert text_view.document().size().width() <= text_view.viewport().width() + 1
    for label in (chat.banner, chat.draft_problem, chat.message_widgets()[5].detail):
        assert label.width() <= chat.width()
        assert label.height() > 3 * label.fontMetrics().height()  # it wrapped
    assert chat.banner.text() == "The model could not be loaded: " + url  # as set
    assert chat.title.text() == "T" + word and chat.title.toolTip() == "T" + word


# 4. long messages open as a preview


def test_a_long_message_opens_as_a_preview_and_shows_all_on_request(
        qtbot: QtBot, view: ChatView) -> None:
    paragraph = "A line of an enormous message, with some **bold** words.\n\n"
    content = paragraph * (600_000 // len(paragraph))
    open_chat(qtbot, view, [message(1, "user", "paste"), message(2, "assistant", content)])
    widget = view.message_widgets()[1]
    assert widget.is_preview
    shown = widget.plain_text()
    assert 0 < len(shown) <= PREVIEW_CHARS
    assert widget.show_all_button.isVisible()
    assert widget.show_all_button.text() == f"Show all ({len(content):,} characters)"
    widget.copy_button.click()  # Copy copies the whole message, not the preview
    assert QApplication.clipboard().text() == content

    qtbot.mouseClick(widget.show_all_button, Qt.MouseButton.LeftButton)
    assert widget.is_preview  # filled in over later turns of the event loop...
    longest = 0.0
    while widget.is_preview:  # ...none of which blocks the window for long
        timer = QElapsedTimer()
        timer.start()
        QApplication.processEvents()
        longest = max(longest, timer.elapsed())
    assert not widget.show_all_button.isVisible()
    assert widget.plain_text().split() == view.model.message_at(1).content.replace(
        "**", "").split()
    assert longest < 1000  # a piece at a time (about 20 ms each here), never the whole


def test_a_long_user_paste_is_a_preview_too_and_opens_fast(qtbot: QtBot,
                                                           view: ChatView) -> None:
    content = ("0123456789 abcdefghij " * 50 + "\n") * (10_000_000 // 1_101)
    timer = QElapsedTimer()
    timer.start()
    open_chat(qtbot, view, [message(1, "user", content), message(2, "assistant", "ok")])
    QApplication.processEvents()
    elapsed = timer.elapsed()
    widget = view.message_widgets()[0]
    assert widget.is_preview and len(widget.plain_text()) <= PREVIEW_CHARS
    # 8.5 s before the preview; about 40 ms with it. Generous for a shared machine.
    assert elapsed < 1500


def test_code_cut_between_pieces_stays_code(qtbot: QtBot, view: ChatView) -> None:
    code = "".join(f"line_{i} = {i}\n" for i in range(6_000))
    content = f"Intro.\n\n```python\n{code}```\n\nThe end."
    open_chat(qtbot, view, [message(1, "user", "q"), message(2, "assistant", content)])
    widget = view.message_widgets()[1]
    assert widget.is_preview  # the rest follows by itself, a piece per turn
    assert not widget.show_all_button.isVisible()
    qtbot.waitUntil(lambda: not widget.is_preview, timeout=10_000)
    shown = widget.plain_text()
    assert "line_0 = 0" in shown and "line_5999 = 5999" in shown and "The end." in shown
    assert "```" not in shown
    document = widget.views[-1].document()

    def fixed_pitch(text: str) -> bool:
        cursor = document.find(text)
        assert not cursor.isNull()
        families = cursor.charFormat().fontFamilies() or []
        return cursor.charFormat().fontFixedPitch() or "monospace" in families

    # pieces cut inside the fence reopen it: its last line is still code, and what
    # follows the fence is not
    assert fixed_pitch("line_5999") and fixed_pitch("line_3001")
    assert not fixed_pitch("The end.")


def test_a_streamed_reply_stays_whole_when_it_finishes(qtbot: QtBot, view: ChatView) -> None:
    open_chat(qtbot, view, [message(1, "user", "q")])
    view.add_message(message(2, "assistant", "", Status.STREAMING))
    text = "word " * (PREVIEW_CHARS // 4)
    view.update_reply(1, 2, text)
    widget = view.message_widgets()[1]
    widget.flush_stream()
    view.finish_reply(message(2, "assistant", text))
    qtbot.waitUntil(lambda: not widget.is_preview, timeout=5000)
    assert not widget.show_all_button.isVisible()
    assert widget.plain_text().split() == text.split()


# 5. what the window asks of the pane


def test_the_empty_chat_hint_promises_privacy_only_for_a_local_model(
        qtbot: QtBot, view: ChatView) -> None:
    open_chat(qtbot, view, [])
    assert view.empty_hint.isVisible()
    assert view.empty_hint.text() == "Ask anything. Your chats stay on this computer."
    view.set_privacy("models.example.org:8080")
    assert view.empty_hint.text() == \
        "Ask anything. What you write here is sent to models.example.org:8080."
    view.set_privacy(None)
    assert "stay on this computer" in view.empty_hint.text()


def test_load_failure_offers_retry_and_another_model(qtbot: QtBot, view: ChatView) -> None:
    view.set_models([("Gemma 3 270M", "gemma.gguf"), ("Qwen 2.5 0.5B", "qwen.gguf")],
                    "gemma.gguf")
    open_chat(qtbot, view, [])
    view.show_load_failure("The model could not be loaded. The server did not answer.")
    assert view.banner.isVisible()
    assert view.banner.text() == "The model could not be loaded. The server did not answer."
    assert view.retry_button.isVisible() and view.retry_button.accessibleName() == "Retry"
    assert view.choose_model_button.isVisible()
    assert view.choose_model_button.accessibleName() == "Choose another model"
    with qtbot.waitSignal(view.retry_requested):
        qtbot.mouseClick(view.retry_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.choose_model_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(view.model_box.view().isVisible, timeout=2000)
    assert view.model_box.hasFocus() or view.model_box.view().hasFocus()
    view.model_box.hidePopup()

    view.show_banner("Something else to know.")
    assert view.banner.isVisible()
    assert not view.retry_button.isVisible() and not view.choose_model_button.isVisible()
    view.show_load_failure("Failed again.")
    view.set_models([("Gemma 3 270M", "gemma.gguf")], "gemma.gguf")
    assert view.retry_button.isVisible()  # only the banner's own calls decide the buttons
    view.show_banner("")
    assert view.banner.isHidden() and view.banner_frame.isHidden()


def test_the_model_selector_keeps_its_width_whatever_the_labels(qtbot: QtBot,
                                                                view: ChatView) -> None:
    view.set_models([("Gemma 3 270M", "gemma.gguf")], "gemma.gguf")
    qtbot.wait(10)
    short = view.model_box.sizeHint().width()
    long_label = "Qwen2.5-0.5B-Instruct-Q4_K_M.gguf on http://192.0.2.1:8080/v1/models/" + \
        "x" * 200
    view.set_models([("Gemma 3 270M", "gemma.gguf"), (long_label, "remote")], "remote")
    qtbot.wait(10)
    assert view.model_box.sizeHint().width() == short
    assert view.model_box.width() <= short + 1
    assert view.model_box.itemData(1, Qt.ItemDataRole.ToolTipRole) == long_label
    assert view.model_box.accessibleName() == "Model for this conversation"
    assert long_label in view.model_box.toolTip()  # the one shown, whole


def test_the_meter_says_when_the_draft_itself_is_too_long(view: ChatView) -> None:
    view.show_meter(Reading(100, 2048, 1536, Level.OK))
    assert "What the model reads" in view.meter.toolTip()
    view.show_meter(Reading(3000, 2048, 1536, Level.OVER, draft_too_long=1464))
    assert view.meter.toolTip().startswith(
        "What you are typing is too long for this model: cut about 1,464 tokens (or start a "
        "new chat).")
    assert view.meter.text().startswith("⚠")


def test_a_draft_problem_shows_under_the_box_until_the_text_changes(
        qtbot: QtBot, view: ChatView) -> None:
    open_chat(qtbot, view, [])
    qtbot.keyClicks(view.prompt, "a very long draft")
    view.show_draft_problem("Not sent: this is 1,464 tokens too long for the model.")
    assert view.draft_problem.isVisible()
    assert view.draft_problem.accessibleName().startswith("Not sent")
    assert view.prompt.toPlainText() == "a very long draft"  # the box keeps it
    qtbot.keyClicks(view.prompt, "!")
    assert not view.draft_problem.isVisible()
    view.show_draft_problem("Again.")
    view.show_draft_problem("")
    assert not view.draft_problem.isVisible()


def test_message_widget_preview_bound_holds_for_plain_and_markdown(qtbot: QtBot) -> None:
    for role in ("user", "assistant"):
        widget = MessageWidget(message(1, role, "y" * (AUTO_SHOW_ALL_CHARS + 1)),
                               MarkdownRenderer())
        qtbot.addWidget(widget)
        assert widget.is_preview and len(widget.plain_text().strip()) <= PREVIEW_CHARS


def test_an_edit_can_be_sent_while_a_reply_streams(qtbot: QtBot, view: ChatView) -> None:
    open_chat(qtbot, view, [message(1, "user", "Question?")])
    view.add_message(message(2, "assistant", "", Status.STREAMING))
    view.set_state(True, 1)  # replying in this chat
    qtbot.wait(20)
    question = view.message_widgets()[0]
    assert question.actions_bar.edit_button.isEnabled()
    assert not question.actions_bar.delete_button.isEnabled()
    question.actions_bar.edit_button.click()
    assert view.editing_id is None  # the window answers the click with begin_edit
    view.begin_edit(1, "Question?")
    qtbot.keyClicks(view.prompt, " Better.")
    with qtbot.waitSignal(view.edit_submitted) as submitted:
        qtbot.keyClick(view.prompt, Qt.Key.Key_Return)
    assert submitted.args == [1, "Question? Better."]
    view.end_edit()
    sent: list[str] = []
    view.send_requested.connect(sent.append)
    qtbot.keyClicks(view.prompt, "not while replying")
    qtbot.keyClick(view.prompt, Qt.Key.Key_Return)
    assert sent == []  # a new question waits for the reply (or Stop)
