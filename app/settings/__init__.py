"""Declarative settings and UI state, stored as JSON."""

from app.settings.model import (
    Settings,
    UiState,
    load_json_dataclass,
    read_small_file,
    save_json_dataclass,
)

__all__ = ["Settings", "UiState", "load_json_dataclass", "read_small_file", "save_json_dataclass"]
