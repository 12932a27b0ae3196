"""docs/chat-load-failure.png: the chat pane after its model failed to load, with Retry and
Choose another model in the banner; a reply with three versions (the switcher reads
"Version 2 of 3" to a screen reader) and a reply stopped before any text, which says so
instead of showing an empty bubble.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/chat_edges_screenshot.py
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.store.records import Message, Status  # noqa: E402
from app.ui.chat_view import ChatView  # noqa: E402
from app.ui.render import MarkdownRenderer  # noqa: E402
from app.ui.style import apply_style  # noqa: E402

HAIKU = ("Salt wind on the glass,\nhe trims the wick before dusk —\nships he never meets.")


def message(message_id: int, role: str, content: str, status: Status = Status.COMPLETE,
            siblings: tuple[int, ...] = ()) -> Message:
    return Message(id=message_id, conversation_id=1, role=role, content=content,
                   status=status, created_at=time.time(), sibling_ids=siblings)


def main() -> None:
    app = QApplication(sys.argv)
    apply_style(app)
    chat = ChatView(MarkdownRenderer())
    chat.resize(820, 560)
    chat.show()
    chat.set_models([("Gemma 3 270M (bundled)", "gemma.gguf"),
                     ("Qwen2.5-0.5B-Instruct-Q4_K_M.gguf on 127.0.0.1:8080", "remote")],
                    "remote")
    chat.show_conversation(1, "A lighthouse keeper", [
        message(1, "user", "Write a haiku about a lighthouse keeper."),
        message(3, "assistant", HAIKU, siblings=(2, 3, 4)),
        message(5, "user", "Now one about the fog."),
        message(6, "assistant", "", Status.STOPPED),
    ])
    chat.show_load_failure("The model could not be loaded. The server at 127.0.0.1:8080 did "
                           "not answer (connection refused). Your conversations are still "
                           "here to read.")
    chat.set_state(False, None)
    for _ in range(5):
        app.processEvents()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    chat.grab().save(str(ROOT / "docs" / "chat-load-failure.png"))


if __name__ == "__main__":
    main()
