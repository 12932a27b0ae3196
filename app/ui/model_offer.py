"""The bar that tells a new user the bundled model is a base model, and offers, once, the
best instruct model that fits this computer. Never downloads by itself; gone for good once
dismissed or accepted."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from app.models.catalog import CatalogEntry
from app.models.verified import human_size


class ModelOfferBar(QFrame):
    accepted = Signal(object)  # CatalogEntry
    dismissed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("offerBar")
        self._entry: CatalogEntry | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.download_button = QPushButton("Download")
        self.download_button.clicked.connect(self._accept)
        self.dismiss_button = QPushButton("Not now")
        self.dismiss_button.setToolTip("Hide this for good; the Models window has them all")
        self.dismiss_button.clicked.connect(self._dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.download_button)
        layout.addWidget(self.dismiss_button)
        self.hide()

    @property
    def entry(self) -> CatalogEntry | None:
        return self._entry

    def offer(self, base_name: str, entry: CatalogEntry) -> None:
        self._entry = entry
        self.text.setText(
            f"{base_name} is a base model: it continues text rather than following "
            f"instructions, so its answers are rough. {entry.name} follows instructions and "
            f"fits this computer.")
        self.download_button.setText(f"Download {entry.name} ({human_size(entry.size_bytes)})")
        self.show()

    def _accept(self) -> None:
        if self._entry is not None:
            self.hide()
            self.accepted.emit(self._entry)

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
