from __future__ import annotations

import errno
import logging
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import UserError
from app.logs import install_excepthook, setup_logging
from app.paths import AppPaths, DataFolderLock


def test_relative_times() -> None:
    from app.ui.qmodels import relative_time  # Qt module, pure function

    now = 1_800_000_000.0
    assert relative_time(now - 5, now) == "just now"
    assert relative_time(now - 125, now) == "2 min ago"
    assert relative_time(now - 3 * 3600, now) == "3 h ago"
    assert relative_time(now - 30 * 3600, now) == "yesterday"
    assert relative_time(now - 3 * 86400, now) == "3 days ago"
    assert relative_time(now + 50, now) == "just now"  # a clock that went back


def test_data_dir_override_keeps_everything_below_it(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path)
    paths.ensure()
    for folder in (paths.config, paths.data, paths.cache, paths.logs, paths.models):
        assert folder.is_dir() and tmp_path in folder.parents
    assert paths.database.parent == paths.data


def test_a_bug_is_logged_with_traceback_and_the_user_is_told(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    handler = setup_logging(tmp_path / "logs" / "hearth.log")
    told: list[bool] = []
    try:
        install_excepthook(lambda: told.append(True))
        try:
            raise ValueError("deep inside")
        except ValueError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
        handler.flush()
        text = (tmp_path / "logs" / "hearth.log").read_text()
        assert "Traceback" in text and "ValueError: deep inside" in text
        assert told == [True]
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()


def test_a_missing_xcb_library_is_named_before_qt_aborts() -> None:
    import sys

    from app.qt_platform import missing_xcb_packages, uses_xcb, xcb_problem

    lean = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}

    def loads(soname: str) -> bool:
        return soname not in lean

    assert missing_xcb_packages(loads) == ["libxcb-icccm4", "libxcb-keysyms1"]
    x11 = {"DISPLAY": ":99"}
    assert uses_xcb(x11) and uses_xcb({"QT_QPA_PLATFORM": "xcb"})
    assert not uses_xcb({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":1"})
    assert not uses_xcb({"DISPLAY": ":1", "WAYLAND_DISPLAY": "wayland-0"})
    problem = xcb_problem(x11, loads)
    if sys.platform.startswith("linux"):
        assert problem is not None
        assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in problem
    assert xcb_problem({"QT_QPA_PLATFORM": "offscreen"}, loads) is None
    assert xcb_problem(x11, lambda _soname: True) is None


def test_the_frozen_app_finds_data_dir_in_either_form() -> None:
    from app.frozen import data_dir_option

    assert data_dir_option(["--data-dir", "/d", "models", "list"]) == "/d"
    assert data_dir_option(["--data-dir=/e", "--self-test"]) == "/e"
    assert data_dir_option(["models", "list", "--data-dir", "/f"]) == "/f"
    assert data_dir_option(["--data-dir"]) is None and data_dir_option([]) is None


def test_global_options_are_split_from_the_command() -> None:
    from app.entry import split_global_options

    assert split_global_options(["--data-dir", "D", "models", "list"]) == (
        ["--data-dir", "D"], ["models", "list"])
    assert split_global_options(["--data-dir=D", "models"]) == (["--data-dir=D"], ["models"])
    assert split_global_options(["models", "--data-dir", "D"]) == (
        [], ["models", "--data-dir", "D"])


HOLD_LOCK = """
import sys, time
from pathlib import Path
from app.paths import DataFolderLock
lock = DataFolderLock(Path(sys.argv[1]))
print("held" if lock.acquire() else "busy", flush=True)
if sys.argv[2:] == ["stay"]:
    time.sleep(600)
"""


def try_lock(path: Path, stay: bool = False) -> subprocess.Popen[str]:
    root = Path(__file__).resolve().parents[2]
    return subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(path)] + (["stay"] if stay
                                                                          else []),
                            cwd=root, stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(root)})


def test_the_data_folder_lock_admits_one_process(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path)
    paths.ensure()
    lock = DataFolderLock(paths.lock_file)
    assert lock.acquire()
    try:
        other = try_lock(paths.lock_file)
        assert other.communicate(timeout=60)[0].strip() == "busy"
        assert lock.holder() is None or lock.holder() == os.getpid()
    finally:
        lock.release()
    other = try_lock(paths.lock_file)
    assert other.communicate(timeout=60)[0].strip() == "held"


def test_a_lock_dies_with_its_process(tmp_path: Path) -> None:
    path = tmp_path / "hearth.lock"
    holder = try_lock(path, stay=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert DataFolderLock(path).holder() == holder.pid
        assert try_lock(path).communicate(timeout=60)[0].strip() == "busy"
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.communicate(timeout=30)
    assert try_lock(path).communicate(timeout=60)[0].strip() == "held"


def test_a_read_only_data_folder_is_said_in_words(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    paths = AppPaths.under(tmp_path / "hearth")

    def read_only(self: Path, *_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system", str(self))

    monkeypatch.setattr(Path, "mkdir", read_only)
    with pytest.raises(UserError) as raised:
        paths.ensure()
    assert str(raised.value).startswith(
        f"The folder {tmp_path} is read-only (its disk is mounted read-only).")
