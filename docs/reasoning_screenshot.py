"""docs/reasoning-collapsed.png and docs/reasoning-expanded.png: a reasoning model's reply
in the real window, its thinking folded above the answer, then opened. The engine is the
scripted one, its raw text split as a local model's is (tests/qt/test_reasoning_ui.py).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/reasoning_screenshot.py
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

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.paths import AppPaths  # noqa: E402
from app.ui.style import apply_style  # noqa: E402
from app.wiring import Overrides, build  # noqa: E402
from tests.fakes import Script  # noqa: E402
from tests.qt.test_reasoning_ui import ThinkingFactory  # noqa: E402

REPLY = ("<think>\nThe user asks how many r's are in \"strawberry\". Let me spell it out: "
         "s-t-r-a-w-b-e-r-r-y. The letters r appear at positions 3, 8 and 9.\n\n"
         "So there are three r's. I should answer briefly and show the spelling so the "
         "count is easy to check.\n</think>\n\n"
         "There are **three** r's in *strawberry*: st**r**awbe**rr**y.")


def spin_until(done: list[int], seconds: float = 20.0) -> None:
    until = time.monotonic() + seconds
    while not done and time.monotonic() < until:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def main() -> None:
    qt_app = QApplication.instance() or QApplication([])
    assert isinstance(qt_app, QApplication)
    apply_style(qt_app)  # as the app looks, not Qt's bare default
    with TemporaryDirectory() as folder:
        paths = AppPaths.under(Path(folder) / "hearth")
        paths.ensure()
        script = Script(token_delay_s=0.02)
        script.replies.append(REPLY)
        app = build(paths, Overrides(model=Path("DeepSeek-R1-Distill-Qwen-7B-Q4_K_M.gguf")),
                    engine_factory=ThinkingFactory(script), bundled=lambda: None)
        app.window.resize(960, 660)
        app.window.show()
        ready: list[int] = []
        app.window.model_ready.connect(lambda *_: ready.append(1))
        app.window.start_model()
        spin_until(ready)
        finished: list[int] = []
        app.session.reply_finished.connect(lambda *_: finished.append(1))
        chat = app.window.chat
        chat.prompt.setPlainText("How many r's are in strawberry?")
        chat.send_requested.emit(chat.prompt.toPlainText())
        spin_until(finished)
        spin_until([], 0.3)
        reply = app.store.messages(chat.conversation_id)[-1]
        widget = chat.message_widget(reply.id)
        assert widget is not None
        app.window.grab().save(str(ROOT / "docs" / "reasoning-collapsed.png"))
        widget.thinking.set_expanded(True)
        spin_until([], 0.3)
        app.window.grab().save(str(ROOT / "docs" / "reasoning-expanded.png"))
        app.engine.shutdown()
        app.store.db.close()


if __name__ == "__main__":
    main()
