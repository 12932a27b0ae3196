"""What the Models window and the model selector work with, passed in by wiring."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from app.chat.connections import Connections
from app.models.catalog import Catalog
from app.models.importer import ModelImports
from app.models.queue import DownloadManager
from app.models.speed import SpeedEstimator
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
    # Each model's tokens/s on this computer, calibrated by the local model's replies:
    # the offer's "fast enough to chat" and the catalog's "Fits · about 25 tokens/s".
    # Wiring passes one kept in the config folder; this default lives in memory only.
    speed: SpeedEstimator = field(default_factory=SpeedEstimator)
    # The one import job (quitting joins it); None: the Models window makes its own
    imports: ModelImports | None = None
