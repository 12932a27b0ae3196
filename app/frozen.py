"""Facts about a frozen (PyInstaller) build, and the stdio it needs.

An app started from a Windows shortcut or the macOS Finder has no console: file
descriptors 0, 1 and 2 may be closed, and sys.stdout None. llama.cpp writes to fds 1 and 2
directly, so they are pointed at a file in the log folder before anything else runs.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

CONSOLE_LOG = "console.log"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def bundle_dir() -> Path | None:
    base = getattr(sys, "_MEIPASS", None)
    return Path(base) if base else None


def _fd_open(fd: int) -> bool:
    try:
        os.fstat(fd)
        return True
    except OSError:
        return False


def prepare_stdio(log_dir: Path | None = None) -> None:
    """Give closed standard streams somewhere to go (only when frozen, or when asked)."""
    if not is_frozen() and log_dir is None:
        return
    if not _fd_open(0):
        devnull = os.open(os.devnull, os.O_RDONLY)
        if devnull != 0:
            os.dup2(devnull, 0)
            os.close(devnull)
    missing = [fd for fd in (1, 2) if not _fd_open(fd)]
    if not missing and sys.stdout is not None and sys.stderr is not None:
        return
    folder = log_dir or default_log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = os.open(folder / CONSOLE_LOG, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    for fd in missing:
        os.dup2(target, fd)
    if target not in (1, 2):
        os.close(target)
    if sys.stdout is None or 1 in missing:
        sys.stdout = io.TextIOWrapper(os.fdopen(1, "wb", closefd=False), line_buffering=True)
    if sys.stderr is None or 2 in missing:
        sys.stderr = io.TextIOWrapper(os.fdopen(2, "wb", closefd=False), line_buffering=True)


def data_dir_option(argv: list[str]) -> str | None:
    """The value of --data-dir DIR or --data-dir=DIR, wherever it stands; the last wins."""
    found: str | None = None
    for index, arg in enumerate(argv):
        if arg == "--data-dir" and index + 1 < len(argv):
            found = argv[index + 1]
        elif arg.startswith("--data-dir="):
            found = arg.partition("=")[2]
    return found or None


def default_log_dir() -> Path:
    # argv has not been parsed yet: honour --data-dir by hand, as AppPaths.under() would
    data_dir = data_dir_option(sys.argv[1:])
    if data_dir is not None:
        return Path(data_dir).resolve() / "logs"
    from app.paths import AppPaths

    return AppPaths.for_user().logs
