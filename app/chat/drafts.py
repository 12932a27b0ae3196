"""What the user typed in a chat and did not send, kept per conversation for this run.

The message box is one widget for every chat: without this, text typed in a local chat was
still in the box when a chat on a remote model opened, one Enter away from its server."""

from __future__ import annotations


class Drafts:
    def __init__(self) -> None:
        self._texts: dict[int, str] = {}

    def switch(self, leaving: int | None, text: str, entering: int) -> str:
        """Keep what is in the box for the chat being left; return the entered chat's."""
        if leaving is not None and leaving != entering:
            if text.strip():
                self._texts[leaving] = text
            else:
                self._texts.pop(leaving, None)
        return self._texts.pop(entering, "") if leaving != entering else text
