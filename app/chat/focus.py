"""Where the keyboard goes, as rules over plain facts (the window gathers the facts from its
widgets and applies the answer), so that they are tested without a window."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


@dataclass(frozen=True)
class FocusAfterOpen:
    switched: bool  # another conversation opened (not the same one redrawn)
    in_sidebar: bool  # the focus is in the conversation list or its search box
    by_keyboard: bool  # no mouse button is down: arrow keys moved the selection
    kept_widget: bool  # the focused widget is the one focused before, and still shown
    in_messages: bool  # the focus is on a message or one of its buttons


def prompt_takes_focus(facts: FocusAfterOpen) -> bool:
    """Typing goes to the message box after a chat opens or its messages are redrawn (a
    deleted message's button took the focus with it). Someone browsing the list with the
    arrow keys keeps the focus there; a focused widget outside the messages that is still
    there keeps it too, since a redraw replaces only the message widgets."""
    browsing = facts.in_sidebar and facts.by_keyboard
    still_there = facts.kept_widget and not facts.switched and not facts.in_messages
    return not browsing and not still_there


class Escape(Enum):
    END_EDIT = "end edit"
    STOP_REPLY = "stop reply"


def escape_while_replying(editing: bool) -> Escape:
    """Esc while a reply runs, wherever the focus is: while a message is being edited it
    cancels the edit only, as it does when nothing runs; otherwise it stops the reply."""
    return Escape.END_EDIT if editing else Escape.STOP_REPLY
