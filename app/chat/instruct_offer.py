"""Whether to offer a better model, and which: once the bundled model has loaded, if it is
a base model (a release bundles an instruct one), the best instruct model that fits this
computer and writes fast enough to chat on it (the catalog decides both), offered once,
until it is taken or dismissed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.engine.base import ModelInfo
from app.models.catalog import Catalog
from app.models.speed import SpeedEstimator


class InstructOffer(QObject):
    offered = Signal(str, object, object)  # the base model's name, CatalogEntry, tokens/s

    def __init__(self, catalog: Catalog, models_dir: Path, usable_memory: Callable[[], int],
                 speed: SpeedEstimator, done: bool = False,
                 bundled_base: Callable[[Path], bool] | None = None) -> None:
        """`bundled_base(path)`: whether the file is the bundled model and a base model
        (its manifest or its header says); without it, a catalog entry marked base."""
        super().__init__()
        self._bundled_base = bundled_base
        self._catalog = catalog
        self._models_dir = models_dir
        self._usable_memory = usable_memory
        self._speed = speed
        self.done = done  # taken or dismissed: never offered again

    def consider(self, info: ModelInfo) -> None:
        """A model loaded: offer one if it is the bundled base model."""
        if self.done:
            return
        entry = self._catalog.by_filename(info.path.name)
        if self._bundled_base is not None:
            if not self._bundled_base(info.path):
                return
        elif entry is None or entry.instruct:
            return
        name = entry.name if entry is not None else info.name
        best = self._catalog.best_instruct(self._usable_memory(), self._speed)
        if best is None or (self._models_dir / best.filename).is_file():
            return
        self.offered.emit(name, best, self._speed.tokens_per_s(best.bytes_per_token))

    def end(self) -> None:
        self.done = True
