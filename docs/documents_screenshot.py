"""docs/cited-answer.png: a reply that cites the user's documents, its sources listed under
it, and one of them open; the real window offscreen, over a real documents index, with the
scripted engine writing the reply (the bundled base model rarely cites).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/documents_screenshot.py
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

import numpy as np  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.chat.grounding import attached_collection  # noqa: E402
from app.documents.index import INDEX_FILE, DocumentIndex  # noqa: E402
from app.documents.types import Chunk  # noqa: E402
from app.paths import AppPaths  # noqa: E402
from app.ui.source_dialog import SourceDialog  # noqa: E402
from app.wiring import Overrides, build  # noqa: E402
from tests.fakes import FakeEngineFactory, Script  # noqa: E402

PASSAGES = [
    ("tax-guide-2026.pdf", "page 12", 12,
     "Keep receipts for home-office costs for six years after the end of the tax year. "
     "The office may ask for them at any time during that period."),
    ("household-notes.md", "§ Paperwork", None,
     "Scanned receipts count as originals if the scan is legible and complete."),
]
REPLY = ("Keep the receipts for **six years** after the end of the tax year [1]. A legible, "
         "complete scan counts as the original, so the paper copies can go once they are "
         "scanned [2].")


def pump(seconds: float) -> None:
    loop = QEventLoop()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QTimer.singleShot(20, loop.quit)
        loop.exec()


def main() -> None:
    QApplication.instance() or QApplication(sys.argv[:1])
    with TemporaryDirectory() as tmp:
        paths = AppPaths.under(Path(tmp))
        paths.ensure()
        script = Script()
        script.replies.append(REPLY)
        app = build(paths, Overrides(model=Path("fake-model.gguf")),
                    engine_factory=FakeEngineFactory(script), bundled=lambda: None)
        window = app.window
        window.resize(1100, 720)
        window.show()
        window.start_model()
        pump(0.5)
        chat_id = window.chat.conversation_id
        assert chat_id is not None
        index = DocumentIndex(paths.data / INDEX_FILE)
        attached = index.collection(attached_collection(chat_id), create=True)
        for name, where, page, text in PASSAGES:
            file_id = index.upsert_file(attached, f"/home/user/Documents/{name}", 1, 1)
            index.store_chunks(file_id, 1, 1.0, "sha", "", [Chunk(0, text, where, page)],
                               np.ones((1, 2), np.float32), (text, 90_000))
        index.close()
        window.send("How long do I have to keep receipts for the home office?")
        pump(1.5)
        window.grab().save(str(ROOT / "docs" / "cited-answer.png"))
        dialog = window.show_source(window.chat.message_widgets()[-1].message_id, 1)
        assert isinstance(dialog, SourceDialog)
        pump(0.3)
        dialog.grab().save(str(ROOT / "docs" / "source-dialog.png"))
        window.close()
        app.engine.shutdown()
        app.store.db.close()


if __name__ == "__main__":
    main()
