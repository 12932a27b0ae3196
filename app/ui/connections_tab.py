"""Models ▸ Connections: servers with an OpenAI-compatible API (llama-server, vLLM,
Ollama, LM Studio, TGI) whose models join the model selector, marked as remote."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.chat.connections import Connections
from app.errors import UserError

Tell = Callable[[QWidget, str, str], None]


class ConnectionsTab(QWidget):
    def __init__(self, connections: Connections, tell: Tell) -> None:
        super().__init__()
        self._connections = connections
        self._tell = tell
        intro = QLabel(self.tr(
            "A server running a bigger model (llama-server, vLLM, Ollama, LM Studio or TGI, "
            "with an OpenAI-compatible API). Its models join the model list; what you write "
            "in a conversation using one is sent to that server. Hearth contacts no server "
            "you did not add here."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("pickList")
        self.list.setAccessibleName(self.tr("Connections"))
        self.name_field = QLineEdit()
        self.name_field.setPlaceholderText("gpu-box")
        self.url_field = QLineEdit()
        self.url_field.setPlaceholderText("http://gpu-box:8000")
        self.key_field = QLineEdit()
        self.key_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_field.setPlaceholderText(self.tr("optional; kept in the system keyring"))
        self.add_button = QPushButton(self.tr("Add and list its models"))
        self.add_button.clicked.connect(self.add)
        self.refresh_button = QPushButton(self.tr("List models again"))
        self.refresh_button.clicked.connect(self.refresh_selected)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_field)
        form.addRow(self.tr("Address"), self.url_field)
        form.addRow(self.tr("API key"), self.key_field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        connections.changed.connect(self.reload)
        connections.failed.connect(
            lambda name, message: self._tell(
                self, self.tr("Connection “{name}”").format(name=name), message))
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for saved in self._connections.saved():
            models = ", ".join(saved.models) if saved.models else self.tr("no models listed yet")
            item = QListWidgetItem(f"{saved.name} — {saved.base_url}\n{models}")
            item.setData(Qt.ItemDataRole.UserRole, saved.name)
            self.list.addItem(item)

    def _selected(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def add(self) -> None:
        try:
            self._connections.add(self.name_field.text(), self.url_field.text(),
                                  self.key_field.text())
        except UserError as exc:
            self._tell(self, self.tr("Add a connection"), str(exc))
            return
        for field in (self.name_field, self.url_field, self.key_field):
            field.clear()

    def refresh_selected(self) -> None:
        name = self._selected()
        if name is not None:
            self._connections.refresh(name)

    def remove_selected(self) -> None:
        name = self._selected()
        if name is not None:
            self._connections.remove(name)
