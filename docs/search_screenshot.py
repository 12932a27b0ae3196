"""docs/search-results.png: the sidebar searching every chat, the matched words highlighted
in titles and snippets, the first result reached with Down from the search box.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/search_screenshot.py
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

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.paths import AppPaths  # noqa: E402
from app.store.conversations import ConversationStore  # noqa: E402
from app.store.db import connect  # noqa: E402
from app.ui.style import apply_style  # noqa: E402
from app.wiring import Overrides, build  # noqa: E402
from docs.screenshots import spin  # noqa: E402
from tests.fakes import FakeEngineFactory, Script  # noqa: E402

CHATS = [
    ("Tide tables for the north coast", "When is high tide at the harbour on Saturday?",
     "High tide is at 06:12 and 18:40; the lighthouse keeper's log agrees within minutes.",
     9.0),
    ("Sourdough starter", "My starter smells like nail polish. Is it dead?",
     "No: it is hungry. Feed it twice a day for three days.", 2.0),
    ("The lighthouse keeper", "Write a short story about a lighthouse keeper and a storm.",
     "The keeper climbed the hundred and twelve steps as the storm came in from the west…",
     0.4),
    ("Packing list for Norway", "What should I pack for a week of hiking in Lofoten?",
     "Layers, a waterproof shell, and a headlamp: the old lighthouse paths are unlit.",
     0.1),
    ("Regex for dates", "Match dates like 2024-05-01 but not [2024]-05-01",
     r"Use `\b\d{4}-\d{2}-\d{2}\b`; the brackets in [2024] stay as written.", 0.05),
]


def main() -> None:
    app = QApplication(sys.argv[:1])
    apply_style(app)
    with TemporaryDirectory() as tmp:
        paths = AppPaths.under(Path(tmp))
        paths.ensure()
        now = time.time()
        db = connect(paths.database)
        for title, question, answer, age_days in CHATS:
            store = ConversationStore(db, clock=lambda a=age_days: now - a * 86400)
            chat = store.create_conversation("")
            store.add_message(chat.id, "user", question)
            store.add_message(chat.id, "assistant", answer)
            store.rename(chat.id, title)
        db.close()
        built = build(paths, Overrides(model=Path("gemma-3-270m-q4_k_m.gguf")),
                      engine_factory=FakeEngineFactory(Script()), bundled=lambda: None)
        window = built.window
        window.resize(1000, 560)
        window.show()
        window.splitter.setSizes([300, 700])
        sidebar = window.sidebar
        sidebar.search.setFocus()
        QTest.keyClicks(sidebar.search, "lighthouse keeper")
        spin(0.8)
        QTest.keyClick(sidebar.search, Qt.Key.Key_Down)
        spin(0.3)
        target = ROOT / "docs" / "search-results.png"
        sidebar.grab().save(str(target))
        print(f"wrote {target} ({sidebar.view.model().rowCount()} results)")
        window.close()
        built.engine.shutdown()
        built.store.db.close()


if __name__ == "__main__":
    main()
