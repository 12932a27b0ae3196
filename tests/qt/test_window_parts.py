"""The main window is composed of parts, not mixed from them, and the strings that moved
into those parts still speak the window's language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app import i18n
from app.ui.main_window import MainWindow
from tests.qt.conftest import MakeApp
from tests.qt.test_languages import ROOT, build_qm


@pytest.fixture
def german(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    build_qm(ROOT / "resources" / "i18n" / "hearth_de.ts", tmp_path)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    monkeypatch.setenv(i18n.ENV, "de")
    i18n.install("")
    yield
    monkeypatch.delenv(i18n.ENV, raising=False)
    i18n.install("en")


def test_the_window_inherits_only_from_qt() -> None:
    """A mixin that splits one class is not a separation: each part is its own object."""
    ours = [c for c in MainWindow.__mro__ if c.__module__.startswith("app.")]
    assert ours == [MainWindow]


def test_the_text_size_message_is_translated(make_app: MakeApp, german: None) -> None:
    """It was extracted under no context while the window asked under its own, so it stayed
    English; the menus part asks in the window's context, where the .ts files keep it."""
    window = make_app(start=False).window
    window.menus.actual_size_action.trigger()
    assert window.statusBar().currentMessage() == "Textgröße 100%"
    assert window.menus.undo_action.text() == "&Rückgängig"
