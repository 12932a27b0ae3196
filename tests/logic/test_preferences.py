"""Preferences without widgets: one current copy, saved on change, changed(keys) for
whoever owns those keys."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.chat.preferences import Preferences
from app.settings import Settings


def make(tmp_path: Path) -> Preferences:
    return Preferences(Settings(), tmp_path / "settings.json", usable_memory=lambda: 8 << 30,
                       prompt_cache_dir=tmp_path / "cache")


def test_a_change_is_saved_and_names_its_keys(qtbot: QtBot, tmp_path: Path) -> None:
    preferences = make(tmp_path)
    with qtbot.waitSignal(preferences.changed) as changed:
        keys = preferences.change(context_length=2048, temperature=0.2)
    assert keys == changed.args[0] == frozenset({"context_length", "temperature"})
    saved = json.loads((tmp_path / "settings.json").read_text())
    assert saved["context_length"] == 2048 and saved["temperature"] == 0.2
    assert preferences.load_options().context_length == 2048
    assert preferences.generation_params().temperature == 0.2
    with qtbot.assertNotEmitted(preferences.changed):
        assert preferences.update(preferences.current) == frozenset()


def test_a_settings_file_that_cannot_be_written_is_said_and_the_change_holds(
        qtbot: QtBot, tmp_path: Path) -> None:
    preferences = Preferences(Settings(), tmp_path / "missing" / "dir" / "settings.json",
                              usable_memory=lambda: 0, prompt_cache_dir=tmp_path)
    (tmp_path / "missing").write_text("a file where the folder should be")
    with qtbot.waitSignal(preferences.save_failed) as failed:
        preferences.change(max_tokens=64)
    assert "Could not save the settings" in failed.args[0]
    assert preferences.current.max_tokens == 64


def test_turning_the_api_onto_the_network_asks_first() -> None:
    old = Settings()
    on = replace(old, serve_api=True, api_on_network=True)
    assert Preferences.asks_before(old, on)
    assert not Preferences.asks_before(on, replace(on, api_port=9000))
    assert not Preferences.asks_before(old, replace(old, serve_api=True))
