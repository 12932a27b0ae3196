"""The split between problems a user can act on and bugs, and the words for the most
common problem a user can act on: a disk that is full or a folder that is read-only."""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Callable
from pathlib import Path


class UserError(Exception):
    """Something the user can fix; its message is shown in the UI as it is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


BUG_MESSAGE = (
    "Something went wrong inside Hearth. Your conversations are safe; "
    "the details are in the log file: {log}"
)


class StorageError(Exception):
    """The conversation database could not be read or written: a full disk, a file that
    another program holds, a damaged file. The store raises it instead of sqlite3's errors;
    the message names the cause, and what the user wrote stays on screen."""


# Below this much free space a failed write is taken for a full disk (SQLite says "disk I/O
# error" as often as "database or disk is full", and a file system keeps some room back)
FULL_DISK_BYTES = 1024 * 1024

# sqlite3's primary result codes (sqlite_errorcode & 0xFF) that a folder's state explains
_SQLITE_PERM, _SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN = 3, 8, 10, 13, 14


def size_text(size: int) -> str:
    """Bytes in words: "0 bytes", "512 KB", "3.4 MB", "1.2 GB"."""
    if size < 1000:
        return f"{size} bytes"
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("KB", 1e3)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}" if size < 100 * scale else \
                f"{size / scale:.0f} {unit}"
    return f"{size} bytes"  # unreachable


def existing_folder(path: Path) -> Path:
    """The path itself if it exists, else its nearest existing parent."""
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return path


def free_bytes(path: Path) -> int | None:
    """Free space where path is (or would be); None when the system does not say."""
    try:
        return shutil.disk_usage(existing_folder(path)).free
    except OSError:
        return None


def storage_problem(folder: Path, error: BaseException | None = None,
                    free: Callable[[Path], int | None] = free_bytes) -> str | None:
    """The cause, in words, when writing in folder failed (or would fail) because the
    disk is full or the folder is read-only; None when it is neither, so the caller
    names the error itself. `error` is the OSError or sqlite3.Error that was raised."""
    place = existing_folder(folder)
    code = getattr(error, "errno", None)
    sqlite_code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
    available = free(place)
    if code == errno.ENOSPC or sqlite_code == _SQLITE_FULL or (
            available is not None and available < FULL_DISK_BYTES
            and (error is None or sqlite_code in (_SQLITE_IOERR, _SQLITE_CANTOPEN)
                 or code == errno.EIO)):
        return f"The disk is full: {size_text(available or 0)} free on {place}."
    if code == errno.EROFS:
        return f"The folder {place} is read-only (its disk is mounted read-only)."
    if code in (errno.EACCES, errno.EPERM):
        return f"The folder {place} is read-only for Hearth (permission denied)."
    folder_state = error is None or isinstance(error, OSError) or sqlite_code in (
        _SQLITE_PERM, _SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_CANTOPEN)
    if folder_state and not os.access(place, os.W_OK):
        return f"The folder {place} is read-only."
    return None
