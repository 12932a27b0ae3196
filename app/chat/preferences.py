"""The app's settings as a logic object: the one current copy, saved whenever it changes,
and `changed(keys)` so that each owner reacts to its own keys (the model choice reloads on
the engine's, the local API restarts on its own). The window only shows the dialog and
hands over what the user chose."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.engine.base import GenerationParams, LoadOptions
from app.settings import Settings, save_json_dataclass
from app.settings.model import prompt_cache_budget

API_KEYS = frozenset({"serve_api", "api_port", "api_on_network"})


class Preferences(QObject):
    changed = Signal(object)  # frozenset[str]: the names of the fields that changed
    save_failed = Signal(str)  # why the settings file could not be written

    def __init__(self, settings: Settings, file: Path, usable_memory: Callable[[], int],
                 prompt_cache_dir: Path, ignore_stop: bool = False) -> None:
        super().__init__()
        self._current = settings
        self._file = file
        self._usable_memory = usable_memory
        self._prompt_cache_dir = prompt_cache_dir
        self._ignore_stop = ignore_stop  # --ignore-stop, for benchmarks: this run only

    @property
    def current(self) -> Settings:
        return self._current

    def update(self, new: Settings) -> frozenset[str]:
        """Make `new` the settings, save them, and say which fields changed."""
        keys = frozenset(f.name for f in dataclasses.fields(Settings)
                         if getattr(self._current, f.name) != getattr(new, f.name))
        if not keys:
            return keys
        self._current = new
        try:
            save_json_dataclass(new, self._file)
        except OSError as exc:
            self.save_failed.emit(self.tr("Could not save the settings: {problem}")
                                  .format(problem=exc))
        self.changed.emit(keys)
        return keys

    def change(self, **fields: object) -> frozenset[str]:
        return self.update(dataclasses.replace(self._current, **fields))  # type: ignore[arg-type]

    @staticmethod
    def asks_before(old: Settings, new: Settings) -> bool:
        """Letting other computers in is a separate consent, asked when it is turned on."""
        return new.serve_api and new.api_on_network and not old.api_on_network

    def generation_params(self) -> GenerationParams:
        s = self._current
        return GenerationParams(max_tokens=s.max_tokens, temperature=s.temperature,
                                top_p=s.top_p, seed=s.seed if s.seed >= 0 else None,
                                ignore_stop=self._ignore_stop)

    def load_options(self) -> LoadOptions:
        s = self._current
        return LoadOptions(context_length=s.context_length, gpu_layers=s.gpu_layers,
                           threads=s.threads,
                           prompt_cache_bytes=prompt_cache_budget(s.prompt_cache_mb,
                                                                  self._usable_memory()),
                           prompt_cache_dir=self._prompt_cache_dir)

    def chat_defaults(self) -> dict[str, object]:
        """What a conversation's own settings start from (Chat settings…)."""
        s = self._current
        return {"temperature": s.temperature, "top_p": s.top_p, "max_tokens": s.max_tokens,
                "context_length": None}
