"""docs/dark-mode.png and docs/high-contrast.png: the main window with a scripted Markdown
reply in the dark and the high-contrast schemes, as a user whose system asks for them sees it.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/dark_mode_screenshot.py
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from tempfile import TemporaryDirectory

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.paths import AppPaths  # noqa: E402
from app.store.conversations import ConversationStore  # noqa: E402
from app.ui.style import DARK, HIGH_CONTRAST, apply_style  # noqa: E402
from app.wiring import Overrides, build  # noqa: E402
from docs.screenshots import REPLY, spin  # noqa: E402
from tests.fakes import FakeEngineFactory, Script  # noqa: E402


def picture(scheme: str, name: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_style(app, scheme=scheme)
    with TemporaryDirectory() as tmp:
        paths = AppPaths.under(Path(tmp))
        paths.ensure()
        script = Script()
        script.replies.append(REPLY)
        built = build(paths, Overrides(model=Path("gemma-3-270m-q4_k_m.gguf")),
                      engine_factory=FakeEngineFactory(script), bundled=lambda: None)
        now = time.time()
        for title, age_days in [("Trip ideas for a rainy weekend", 40),
                                ("Explain TCP vs UDP", 1), ("Packing list for Lisbon", 0)]:
            when = now - age_days * 86400 - 3600
            dated = ConversationStore(built.store.db, clock=lambda when=when: when)
            conversation = dated.create_conversation("")
            dated.add_message(conversation.id, "user", "A question")
            dated.add_message(conversation.id, "assistant", "An answer")
            dated.rename(conversation.id, title)
            if age_days == 40:
                built.store.pin(conversation.id)
        window = built.window
        window.resize(1100, 720)
        window.show()
        window.start_model()
        spin(0.5)
        window.new_chat()
        window.chat.prompt.setPlainText("Write a Python function that reverses the words in "
                                        "a sentence, and explain it.")
        window.chat.send_button.click()
        spin(1.0)
        window.speed_label.setText("")  # a scripted reply's speed means nothing
        window.chat.prompt.setPlainText("Thanks! Now one that keeps the punctuation")
        spin(0.3)
        out = ROOT / "docs" / name
        window.grab().save(str(out))
        print(out)
        window.close()
        built.engine.shutdown()
        built.store.db.close()


def main() -> None:
    QApplication(sys.argv[:1])
    picture(DARK, "dark-mode.png")
    picture(HIGH_CONTRAST, "high-contrast.png")


if __name__ == "__main__":
    main()
