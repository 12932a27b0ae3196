"""What the Models window and the model selector work with, passed in by wiring."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.chat.connections import Connections
from app.models.catalog import Catalog
from app.models.queue import DownloadManager
from app.settings.secrets import TokenStore
from app.ui.model_manager import Ask, Tell, ask, tell


@dataclass
class ModelServices:
    """What the Models window and the model selector work with."""

    catalog: Catalog
    downloads: DownloadManager
    tokens: TokenStore
    # Memory free for a model now, a GPU's included: the Fits / Tight / Too large labels,
    # the offer of a better model, and the prompt cache's automatic budget
    usable_memory: Callable[[], int]
    connections: Connections
    ask_user: Ask = ask
    tell_user: Tell = tell
