"""A GUI start that cannot go on says why in a message box, never in a traceback on a
console nobody sees: a read-only data folder, Hearth already running on the folder."""

from __future__ import annotations

import errno
import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

import app.main
from app.main import ALREADY_RUNNING, main
from app.paths import AppPaths


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[list[str]]:
    shown: list[str] = []
    monkeypatch.setattr("app.main.QMessageBox.critical",
                        lambda _parent, _title, text: shown.append(text))
    handlers = list(logging.getLogger().handlers)
    yield shown
    for handler in logging.getLogger().handlers:  # main() logs to the folder's file
        if handler not in handlers:
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_a_read_only_data_folder_shows_a_message_box(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: list[str]) -> None:
    def read_only(self: Path, *_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system", str(self))

    monkeypatch.setattr(Path, "mkdir", read_only)
    assert main(["--data-dir", str(tmp_path / "hearth")]) == 1
    assert len(boxes) == 1
    assert boxes[0].startswith(f"The folder {tmp_path} is read-only")


def test_hearth_running_without_a_window_to_bring_forward_is_said_in_a_box(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: list[str]) -> None:
    paths = AppPaths.under(tmp_path / "hearth")
    paths.ensure()
    root = Path(__file__).resolve().parents[2]
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; "
         "from app.paths import DataFolderLock; "
         "print(DataFolderLock(Path(sys.argv[1])).acquire(), flush=True); time.sleep(600)",
         str(paths.lock_file)], cwd=root, stdout=subprocess.PIPE, text=True)
    forward = app.main.forward_to_running
    monkeypatch.setattr(app.main, "forward_to_running",
                        lambda p, f: forward(p, f, wait_s=0.5))
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "True"
        assert main(["--data-dir", str(tmp_path / "hearth")]) == ALREADY_RUNNING
    finally:
        holder.kill()
        holder.communicate(timeout=30)
    assert boxes == [f"Hearth is already running with the data folder {paths.data} "
                     f"(process {holder.pid}). Switch to its window, or quit it before "
                     "starting another."]
    assert not (paths.data / "show-window.request").exists()  # withdrawn
