"""Settings files that are not files, or not sane, never stop start-up: each is ignored
with a warning, as a broken file is."""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from pathlib import Path

import pytest

from app.settings import Settings, UiState, load_json_dataclass
from app.settings.model import MAX_FILE_BYTES


def load_soon(cls: type[object], path: Path, within_s: float = 5.0) -> object:
    """Load on a thread, so a read that blocks fails the test instead of hanging it."""
    result: list[object] = []
    worker = threading.Thread(target=lambda: result.append(load_json_dataclass(cls, path)),
                              daemon=True)
    worker.start()
    worker.join(within_s)
    assert result, f"loading {path.name} did not return within {within_s} s"
    return result[0]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
@pytest.mark.parametrize("cls", [Settings, UiState])
def test_a_link_to_dev_zero_is_ignored(tmp_path: Path, cls: type[object],
                                       caplog: pytest.LogCaptureFixture) -> None:
    # read to the end, it never ends: memory runs out
    path = tmp_path / "settings.json"
    path.symlink_to("/dev/zero")
    with caplog.at_level(logging.WARNING):
        assert load_soon(cls, path) == cls()
    assert "Ignoring unreadable settings.json: not a regular file" in caplog.text


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_does_not_block_start_up(tmp_path: Path,
                                        caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "ui_state.json"
    os.mkfifo(path)
    try:
        with caplog.at_level(logging.WARNING):
            assert load_soon(UiState, path) == UiState()
        assert "not a regular file" in caplog.text
    finally:
        # a reader still blocked (before the fix) is let go by a writer that comes and goes
        with contextlib.suppress(OSError):  # no reader waiting
            os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))


@pytest.mark.parametrize("opening", ["[", '{"a": '])
def test_json_nested_too_deep_is_ignored(tmp_path: Path, opening: str,
                                         caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "settings.json"
    path.write_text(opening * 200_000)
    with caplog.at_level(logging.WARNING):
        assert load_soon(Settings, path) == Settings()
    assert "Ignoring unreadable settings.json" in caplog.text


def test_a_file_over_a_megabyte_is_ignored(tmp_path: Path,
                                           caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"temperature": 0.2}' + " " * MAX_FILE_BYTES)
    with caplog.at_level(logging.WARNING):
        assert load_soon(Settings, path) == Settings()
    assert "more than the 1048576 a settings file may have" in caplog.text


def test_a_link_to_a_regular_file_is_read(tmp_path: Path) -> None:
    real = tmp_path / "elsewhere.json"
    real.write_text('{"temperature": 0.2}')
    (tmp_path / "settings.json").symlink_to(real)
    assert load_soon(Settings, tmp_path / "settings.json") == Settings(temperature=0.2)


def test_a_folder_in_place_of_the_file_is_ignored(tmp_path: Path) -> None:
    (tmp_path / "settings.json").mkdir()
    assert load_soon(Settings, tmp_path / "settings.json") == Settings()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_connections_file_that_is_a_pipe_or_too_deep_is_ignored(tmp_path: Path) -> None:
    from app.settings.connections import FILE, load_connections

    os.mkfifo(tmp_path / FILE)
    result: list[object] = []
    worker = threading.Thread(target=lambda: result.append(load_connections(tmp_path)),
                              daemon=True)
    worker.start()
    worker.join(5.0)
    assert result == [[]], "reading connections.json from a pipe blocked start-up"
    (tmp_path / FILE).unlink()
    (tmp_path / FILE).write_text("[" * 100_000)
    assert load_connections(tmp_path) == []
