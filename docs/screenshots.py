"""Regenerates docs/hearth-chat.png: the real window, offscreen, with a scripted reply.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots.py

The reply comes from the scripted fake engine so that the picture shows Markdown, a code
block and a list; `python -m app --self-test --screenshot FILE` takes one with the real
bundled model (docs/hearth-selftest.png).
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

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.main import Overrides, build  # noqa: E402
from app.paths import AppPaths  # noqa: E402
from app.ui.style import apply_style  # noqa: E402
from tests.fakes import FakeEngineFactory, Script  # noqa: E402

REPLY = """Here is a small function that reverses the words in a sentence:

```python
def reverse_words(sentence: str) -> str:
    return " ".join(reversed(sentence.split()))

print(reverse_words("chat stays on your computer"))
```

How it works:

1. `split()` breaks the sentence on whitespace.
2. `reversed()` walks the words from the end.
3. `" ".join(...)` glues them back together.

More in the [Python docs](https://docs.python.org/3/library/stdtypes.html#str.split)."""


def spin(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def main() -> None:
    app = QApplication(sys.argv[:1])
    apply_style(app)
    with TemporaryDirectory() as tmp:
        paths = AppPaths.under(Path(tmp))
        paths.ensure()
        script = Script()
        script.replies.append(REPLY)
        built = build(paths, Overrides(model=Path("gemma-3-270m-q4_k_m.gguf")),
                      engine_factory=FakeEngineFactory(script), bundled=lambda: None)
        store = built.store
        for title, question, answer in [
            ("Trip ideas for a rainy weekend", "Ideas for a rainy weekend?", "Museums…"),
            ("Sourdough starter schedule", "How often do I feed it?", "Once a day…"),
            ("Explain TCP vs UDP", "TCP vs UDP?", "TCP is reliable…"),
        ]:
            conversation = store.create_conversation("")
            store.add_message(conversation.id, "user", question)
            store.add_message(conversation.id, "assistant", answer)
            store.rename(conversation.id, title)
            time.sleep(0.01)
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
        spin(0.3)
        out = ROOT / "docs" / "hearth-chat.png"
        window.grab().save(str(out))
        print(out)
        window.close()
        built.engine.shutdown()


if __name__ == "__main__":
    main()
