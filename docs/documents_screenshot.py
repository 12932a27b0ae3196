"""docs/cited-answer.png: files attached to a chat (one could not be read), and a reply that
cites them, its sources listed under it; docs/source-dialog.png: one of them open. The real
window offscreen, the real indexer and embedder, with the scripted engine writing the reply
(the bundled base model rarely cites).

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

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

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
        folder = Path(tmp) / "Documents"
        folder.mkdir()
        files = []
        for name, _where, _page, text in PASSAGES:
            path = folder / name.replace(".pdf", ".txt")
            path.write_text(text, encoding="utf-8")
            files.append(path)
        scan = folder / "scanned-letter.txt"
        scan.write_bytes(b"\x00\x01\x02binary" * 50)
        files.append(scan)
        window.attach(files)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and any(
                "reading" in window.chat.attachments.describe(row)
                for row in window.attachments.files(window.chat.conversation_id)):
            pump(0.2)
        window.attachments.show(window.chat.conversation_id)
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
