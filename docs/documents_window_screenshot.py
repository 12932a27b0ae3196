"""The Documents window's screenshot (docs/documents-window.png): a collection as the indexer
leaves it, with two files that could not be read and their reasons, one of them chosen.
The paths are a made-up home, not this machine's.

    QT_QPA_PLATFORM=offscreen python -m docs.documents_window_screenshot
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import numpy as np
from PySide6.QtWidgets import QApplication

from app.chat.collections import Collections
from app.documents.index import INDEX_FILE, DocumentIndex
from app.documents.types import Chunk
from app.ui.documents_window import DocumentsWindow
from app.ui.style import apply_style

HOME = "/home/you/Documents"
FILES = [  # name, passages (0: waiting), why it could not be read
    ("2026 receipts.md", 14, None),
    ("bank statement March.pdf", 0, "It is password-protected."),
    ("donations.txt", 2, None),
    ("home office.docx", 9, None),
    ("insurance letter.html", 4, None),
    ("pension overview.pdf", 31, None),
    ("scanned receipt.pdf", 0, "No text in it: its pages are images (a scan?)."),
    ("tax return draft.docx", 0, None),
]


def fill(index_path: Path) -> None:
    index = DocumentIndex(index_path)
    tax = index.collection("Tax 2026", create=True)
    index.add_source(tax, Path(f"{HOME}/Tax 2026"))
    index.add_source(tax, Path(f"{HOME}/Letters/tax office.pdf"))
    for name in ("Thesis sources", "Recipes"):
        index.collection(name, create=True)
    for name, passages, problem in FILES:
        file_id = index.upsert_file(tax, f"{HOME}/Tax 2026/{name}", 1000, 1.0)
        if problem:
            index.quarantine(file_id, problem)
        elif passages:
            chunks = [Chunk(n, "text", f"part {n}") for n in range(passages)]
            index.store_chunks(file_id, 1000, 1.0, "0" * 64, "embedder", chunks,
                               np.ones((passages, 4), dtype=np.float32))
    index.close()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if isinstance(app, QApplication):
        apply_style(app)
    with tempfile.TemporaryDirectory() as folder:
        fill(Path(folder) / INDEX_FILE)
        collections = Collections(Path(folder) / INDEX_FILE, None, threads=1)
        window = DocumentsWindow(collections)
        window.show()
        window.select("Tax 2026")
        deadline = 200
        while window.file_model.rowCount() < len(FILES) and deadline:
            app.processEvents()
            collections.thread().msleep(10)
            deadline -= 1
        window.file_table.selectRow(1)
        app.processEvents()
        out = Path(__file__).with_name("documents-window.png")
        window.grab().save(str(out))
        print(out)
        collections.join(5_000)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
