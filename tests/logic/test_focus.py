"""Where the keyboard goes after a chat opens, and what Esc does while a reply runs."""

from __future__ import annotations

from dataclasses import replace

from app.chat.focus import Escape, FocusAfterOpen, escape_while_replying, prompt_takes_focus

CLICKED_OPEN = FocusAfterOpen(switched=True, in_sidebar=True, by_keyboard=False,
                              kept_widget=True, in_messages=False)


def test_a_chat_opened_by_a_click_takes_the_keyboard_to_the_message_box() -> None:
    assert prompt_takes_focus(CLICKED_OPEN)


def test_browsing_the_list_with_the_arrow_keys_keeps_the_focus_there() -> None:
    assert not prompt_takes_focus(replace(CLICKED_OPEN, by_keyboard=True))


def test_a_redraw_keeps_a_focused_control_that_is_still_there() -> None:
    redrawn = replace(CLICKED_OPEN, switched=False, in_sidebar=False)
    assert not prompt_takes_focus(redrawn)  # e.g. the model selector in the header
    # a message button is replaced by the redraw: the message box takes the focus
    assert prompt_takes_focus(replace(redrawn, in_messages=True))
    assert prompt_takes_focus(replace(redrawn, kept_widget=False))  # it went with its message
    assert prompt_takes_focus(replace(redrawn, switched=True))  # another chat: type in it


def test_esc_ends_an_edit_before_it_stops_a_reply() -> None:
    assert escape_while_replying(editing=True) is Escape.END_EDIT
    assert escape_while_replying(editing=False) is Escape.STOP_REPLY
