"""The user's own presets, in SQLite next to their conversations."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, cast

from sqlite_utils import Database
from sqlite_utils.db import NotFoundError

from app.store.sql import storage_errors

FIELDS = ("name", "description", "system_prompt", "temperature", "top_p", "max_tokens",
          "context_length")


class PresetStore:
    def __init__(self, db: Database, clock: Callable[[], float] = time.time) -> None:
        self._db = db
        self._clock = clock

    @storage_errors
    def all(self) -> list[dict[str, Any]]:
        return list(self._db.query("SELECT * FROM presets ORDER BY name COLLATE NOCASE, id"))

    @storage_errors
    def get(self, preset_id: int) -> dict[str, Any]:
        try:
            return dict(self._db.table("presets").get(preset_id))
        except NotFoundError:
            raise KeyError(preset_id) from None

    @storage_errors
    def add(self, values: dict[str, Any]) -> int:
        with self._db.atomic():
            table = self._db.table("presets")
            table.insert({**{k: values[k] for k in FIELDS}, "created_at": self._clock()})
            return int(cast(int, table.last_pk))

    @storage_errors
    def update(self, preset_id: int, values: dict[str, Any]) -> None:
        with self._db.atomic():
            self._db.table("presets").update(preset_id, {k: values[k] for k in FIELDS})

    @storage_errors
    def delete(self, preset_id: int) -> None:
        with self._db.atomic():
            self._db.execute("DELETE FROM presets WHERE id = ?", [preset_id])
