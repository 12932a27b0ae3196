"""Presets without widgets: the built-in set, a user's own, and a conversation's copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.chat.presets import BUILTIN, LANGUAGES, Presets, apply_settings
from app.engine.base import GenerationParams
from app.store.db import connect
from app.store.presets import PresetStore


@pytest.fixture
def presets(tmp_path: Path) -> Presets:
    return Presets(PresetStore(connect(tmp_path / "hearth.db")))


def test_the_six_uses_ship_built_in() -> None:
    names = [p.name for p in BUILTIN]
    assert names == ["General chat", "Summarize", "Translate", "Code helper",
                     "Sentiment and classification", "Tutor"]
    translate = next(p for p in BUILTIN if p.id == "translate")
    assert "French" in LANGUAGES and translate.choices == LANGUAGES
    assert "into French" in translate.prompt_for("French")
    assert "{language}" not in translate.prompt_for()
    classify = next(p for p in BUILTIN if p.id == "classify")
    assert classify.temperature == 0.0 and classify.max_tokens <= 8  # a label, not an essay


def test_a_conversations_settings_override_the_defaults() -> None:
    defaults = GenerationParams(max_tokens=512, temperature=0.7, top_p=0.95, seed=3)
    chosen = apply_settings(defaults, {"temperature": 0.2, "top_p": 0.9, "max_tokens": 64,
                                       "context_length": 1024, "preset": "translate"})
    assert (chosen.temperature, chosen.top_p, chosen.max_tokens, chosen.context_limit,
            chosen.seed) == (0.2, 0.9, 64, 1024, 3)
    assert apply_settings(defaults, {}) == defaults
    assert apply_settings(defaults, {"temperature": "hot", "max_tokens": -1,
                                     "context_length": None}) == defaults


def test_users_make_duplicate_edit_and_delete_their_own(presets: Presets) -> None:
    changes: list[None] = []
    presets.changed.connect(lambda: changes.append(None))
    copy = presets.duplicate("translate")
    assert not copy.builtin and copy.name == "Translate (copy)"
    assert "into English" in copy.system_prompt and copy.choices == ()
    edited = presets.save(copy.__class__(**{**copy.__dict__, "name": "To Welsh",
                                            "system_prompt": "Translate into Welsh."}))
    assert presets.get(edited.id).name == "To Welsh"
    assert [p.name for p in presets.all()][-1] == "To Welsh"
    presets.delete("general")  # built-in ones stay
    presets.delete(edited.id)
    assert [p.id for p in presets.all()] == [p.id for p in BUILTIN]
    assert len(changes) == 3
    with pytest.raises(KeyError):
        presets.get(edited.id)
