from __future__ import annotations

import json
from pathlib import Path

from app.settings import Settings, UiState, load_json_dataclass, save_json_dataclass
from app.settings.model import DEFAULT_SYSTEM_PROMPT


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    settings = load_json_dataclass(Settings, tmp_path / "none.json")
    assert settings == Settings()
    assert settings.default_system_prompt == DEFAULT_SYSTEM_PROMPT


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    save_json_dataclass(Settings(temperature=0.2, max_tokens=99), path)
    assert load_json_dataclass(Settings, path) == Settings(temperature=0.2, max_tokens=99)
    state = UiState(window_geometry="abc", splitter_sizes=[1, 2], last_conversation_id=7)
    save_json_dataclass(state, tmp_path / "u.json")
    assert load_json_dataclass(UiState, tmp_path / "u.json") == state
    assert list(tmp_path.glob("*.tmp")) == []


def test_bad_values_fall_back_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text(json.dumps({
        "temperature": "hot", "max_tokens": -5, "top_p": 1, "context_length": True,
        "unknown": 1, "gpu_layers": -1,
    }))
    settings = load_json_dataclass(Settings, path)
    assert settings.temperature == Settings().temperature
    assert settings.max_tokens == Settings().max_tokens
    assert settings.context_length == Settings().context_length
    assert settings.top_p == 1.0 and settings.gpu_layers == -1


def test_garbage_files_give_defaults(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    for junk in ("{not json", "[1, 2]", "\x00\x01"):
        path.write_text(junk)
        assert load_json_dataclass(Settings, path) == Settings()
    path.write_text(json.dumps({"last_conversation_id": "x", "splitter_sizes": "y"}))
    assert load_json_dataclass(UiState, path) == UiState()
