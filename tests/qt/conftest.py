from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QUrl
from PySide6.QtWidgets import QApplication, QWidget

from app.models.provision import BundledModel
from app.paths import AppPaths
from app.wiring import App, Overrides, build
from tests.fakes import FakeEngineFactory, Script

BUNDLED_FILE = "gemma-3-270m-q4_k_m.gguf"
# the bundled model as a local build's manifest names it: a base model, so an instruct one is
# offered (a release that bundles the instruct model offers none)
BUNDLED_BASE = BundledModel(BUNDLED_FILE, "0" * 64, (), "Gemma 3 270m", instruct=False)


class Recorder:
    """Stands in for the dialogs that ask the user; records what was asked."""

    def __init__(self) -> None:
        self.delete_answer = True
        self.link_answer = False
        self.deletes: list[str] = []
        self.links: list[str] = []
        self.opened: list[str] = []

    def confirm_delete(self, _parent: object, title: str) -> bool:
        self.deletes.append(title)
        return self.delete_answer

    def confirm_link(self, _parent: object, url: str) -> bool:
        self.links.append(url)
        return self.link_answer

    def open_url(self, url: QUrl) -> None:
        self.opened.append(url.toString())


MakeApp = Callable[..., App]


@pytest.fixture
def script() -> Script:
    return Script()


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def make_app(qtbot: object, paths: AppPaths, script: Script,
             recorder: Recorder) -> Iterator[MakeApp]:
    """Builds the real window over a fake engine; the app is shut down after the test."""
    built: list[App] = []

    def make(start: bool = True, data: AppPaths | None = None,
             model: Path = Path("fake-model.gguf"), bundled: BundledModel | None = None) -> App:
        app = build(data or paths, Overrides(model=model),
                    engine_factory=FakeEngineFactory(script), bundled=lambda: bundled,
                    confirm_delete=recorder.confirm_delete,
                    confirm_link=recorder.confirm_link, open_url=recorder.open_url)
        built.append(app)
        app.window.show()
        if start:
            with qtbot.waitSignal(app.window.model_ready, timeout=5000):  # type: ignore[attr-defined]
                app.window.start_model()
        return app

    yield make
    for app in built:
        if app.window.isVisible():
            app.window.close()
        app.engine.shutdown()
        app.store.db.close()
        dispose(app.window)


def dispose(window: QWidget) -> None:
    """Delete a test's window and what it opened: left alive, every later restyle (dark
    mode, zoom) walks them all, and the suite slowed by minutes."""
    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.parentWidget() is window:
            widget.deleteLater()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
