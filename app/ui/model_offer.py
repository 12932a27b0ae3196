"""The bar that tells a new user the bundled model is a base model, and offers, once, the
best instruct model that fits this computer and writes fast enough on it to chat. Never
downloads by itself; gone for good once dismissed or accepted."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from app.models.catalog import CatalogEntry
from app.models.speed import CHAT_TOKENS_PER_S, rounded
from app.models.verified import human_size


class ModelOfferBar(QFrame):
    accepted = Signal(object)  # CatalogEntry
    dismissed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("offerBar")
        self.setAccessibleName(self.tr("Offer of an instruct model"))
        self._entry: CatalogEntry | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.download_button = QPushButton(self.tr("Download"))
        self.download_button.clicked.connect(self._accept)
        self.dismiss_button = QPushButton(self.tr("Not now"))
        self.dismiss_button.setToolTip(self.tr("Hide this for good; the Models window has "
                                               "them all"))
        self.dismiss_button.setAccessibleName(self.tr("Not now: hide this offer for good"))
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

    def offer(self, base_name: str, entry: CatalogEntry,
              tokens_per_s: float | None = None) -> None:
        """Offer `entry`; `tokens_per_s` is its estimated speed on this computer, said in
        the text so the user knows what the download buys (None: not estimated)."""
        self._entry = entry
        base = self.tr("{0} is a base model: it continues text rather than following "
                       "instructions, so its answers are rough.").format(base_name)
        if tokens_per_s is None:
            better = self.tr("{0} follows instructions and fits this computer.").format(
                entry.name)
        else:
            value = rounded(tokens_per_s)
            speed = (self.tr("about {0} tokens a second").format(value) if value
                     else self.tr("under a token a second"))
            better = (self.tr("{0} follows instructions, fits this computer and should "
                              "write {1} here.") if tokens_per_s >= CHAT_TOKENS_PER_S
                      else self.tr("{0} follows instructions and fits this computer, though "
                                   "it would write only {1} here.")).format(entry.name, speed)
        self.text.setText(f"{base} {better}")
        self.text.setAccessibleName(self.text.text())
        label = self.tr("Download {0} ({1})").format(entry.name, human_size(entry.size_bytes))
        self.download_button.setText(label)
        self.download_button.setAccessibleName(label)
        self.show()

    def _accept(self) -> None:
        if self._entry is not None:
            self.hide()
            self.accepted.emit(self._entry)

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
