from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.models.provision import default_bundled_model, provision
from app.paths import AppPaths
from app.store.conversations import ConversationStore
from app.store.db import connect
from tests.fakes import MemoryKeyring


@pytest.fixture(autouse=True)
def no_real_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    """No test reaches the OS keyring: a store made without a backend of its own gets an
    in-memory one, fresh for each test (a developer's own tokens stay untouched)."""
    import keyring

    backend = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    return backend


@pytest.fixture(scope="session")
def bundled_model_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real bundled model, assembled once per test run."""
    return provision(default_bundled_model(), tmp_path_factory.mktemp("models"))


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    app_paths = AppPaths.under(tmp_path / "hearth")
    app_paths.ensure()
    return app_paths


@pytest.fixture
def store(paths: AppPaths) -> Iterator[ConversationStore]:
    db = connect(paths.database)
    yield ConversationStore(db)
    db.close()
