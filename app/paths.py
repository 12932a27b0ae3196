"""Where Hearth keeps its files: one object, built once in main and passed down; and the
lock that lets one Hearth at a time use a data folder."""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from app import APP_NAME
from app.errors import UserError, storage_problem


@dataclass(frozen=True)
class AppPaths:
    config: Path
    data: Path
    cache: Path
    logs: Path
    models: Path

    @classmethod
    def for_user(cls) -> AppPaths:
        dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
        data = Path(dirs.user_data_dir)
        return cls(
            config=Path(dirs.user_config_dir),
            data=data,
            cache=Path(dirs.user_cache_dir),
            logs=Path(dirs.user_log_dir),
            models=data / "models",
        )

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """Every file below one folder: the --data-dir override, and tests."""
        root = root.resolve()
        return cls(
            config=root / "config",
            data=root / "data",
            cache=root / "cache",
            logs=root / "logs",
            models=root / "models",
        )

    @property
    def database(self) -> Path:
        return self.data / "hearth.db"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    @property
    def ui_state_file(self) -> Path:
        return self.config / "ui_state.json"

    @property
    def log_file(self) -> Path:
        return self.logs / "hearth.log"

    @property
    def lock_file(self) -> Path:
        return self.data / "hearth.lock"

    def ensure(self) -> None:
        """Create every folder. Raises UserError, with the cause in words (a read-only
        folder, a full disk), when one cannot be created."""
        for folder in (self.config, self.data, self.cache, self.logs, self.models):
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                problem = storage_problem(folder, exc) or f"{folder} could not be made ({exc})."
                raise UserError(f"{problem} Hearth keeps its files in {folder}; make it "
                                "writable, or start Hearth with --data-dir set to a folder "
                                "you can write to.") from exc


class DataFolderLock:
    """Held for as long as a Hearth that writes a data folder runs: a second one would
    mark the first one's streaming reply as interrupted, and both would prune the same
    prompt cache. A lock of the operating system on hearth.lock (fcntl's on POSIX,
    msvcrt's on Windows): it goes with the process, so a crash or kill -9 leaves no
    stale lock behind, and (unlike flock) a forked child does not inherit it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> bool:
        """True once held; False when another process holds it. OSError (a read-only
        folder) when the lock file cannot be opened."""
        if self._fd is not None:
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        with contextlib.suppress(OSError):  # who holds it, for whoever looks
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        return True

    def holder(self) -> int | None:
        """The process id the holder wrote, if it can be read."""
        try:
            return int(self.path.read_text(encoding="ascii").strip() or "x")
        except (OSError, ValueError):
            return None

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                _unlock(self._fd)
            os.close(self._fd)
            self._fd = None


if sys.platform == "win32":
    import msvcrt

    # the first byte, far past anything written: Windows refuses reads of locked bytes
    _LOCK_OFFSET = 1 << 30

    def _lock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        os.lseek(fd, 0, os.SEEK_SET)

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.lockf(fd, fcntl.LOCK_UN)
