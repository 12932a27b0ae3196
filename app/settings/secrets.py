"""Tokens: the Hugging Face token and the local API's, kept in the OS keyring, never in a
log or the database.

Where no keyring backend works (a bare Linux session, say), a store given a fallback file
keeps its token there, readable only by the user (mode 0600, in the config folder): the
local API's token must survive a restart, or every app set up to use it breaks. A store
without one (the Hugging Face token) keeps it in memory for this session only. `where`
says which, so the UI can say so; no keyring failure ever reaches the caller.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import threading
from pathlib import Path
from typing import Literal

import keyring
from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as FailKeyring

from app.settings.model import read_small_file

log = logging.getLogger(__name__)

SERVICE = "Hearth"
ACCOUNT = "huggingface-token"
API_ACCOUNT = "local-api-token"
API_TOKEN_FILE = "api-token"  # in the config folder, when there is no keyring
MAX_FILE_BYTES = 4096

Where = Literal["keyring", "file", "memory"]


def _default_backend() -> KeyringBackend:
    try:
        return keyring.get_keyring()
    except Exception as exc:  # a broken keyring configuration file, say
        log.warning("No keyring backend could be chosen (%s)", type(exc).__name__)
        return FailKeyring()  # type: ignore[no-untyped-call]


class TokenStore:
    """Read by the download thread while Settings (on the GUI thread) writes it, so every
    access to the backend, the file, the memory copy and `where` holds one lock."""

    def __init__(self, backend: KeyringBackend | None = None, account: str = ACCOUNT,
                 fallback_file: Path | None = None) -> None:
        self._backend = backend if backend is not None else _default_backend()
        self._account = account
        self._file = fallback_file
        self._lock = threading.RLock()
        self._memory: str | None = None
        self._where: Where = self._first_choice()

    def _first_choice(self) -> Where:
        # a token once kept in the file stays the one in use, even if a keyring turns up:
        # the apps set up with it keep working
        if self._file is not None and os.path.lexists(self._file):
            return "file"
        if self._usable():
            return "keyring"
        return "file" if self._file is not None else "memory"

    @property
    def where(self) -> Where:
        with self._lock:
            return self._where

    @property
    def persistent(self) -> bool:
        return self.where != "memory"

    @property
    def file(self) -> Path | None:
        """The file that holds the token, when it is kept in one."""
        with self._lock:
            return self._file if self._where == "file" else None

    @staticmethod
    def known_backends() -> list[str]:
        """Backends keyring can find through package metadata; empty in a frozen app whose
        build forgot keyring's metadata, which leaves only the failing backend."""
        from importlib.metadata import entry_points

        return sorted(point.name for point in entry_points(group="keyring.backends"))

    @property
    def backend_name(self) -> str:
        kind = type(self._backend)
        return f"{kind.__module__}.{kind.__qualname__}"

    def _usable(self) -> bool:
        try:
            return float(self._backend.priority) > 0  # the "fail" backend has priority 0
        except Exception:  # a backend that cannot even report its priority
            return False

    @property
    def notice(self) -> str:
        where, file = self.where, self._file
        if where == "keyring":
            return "Your token is stored in the system keyring."
        if where == "file":
            return (f"No system keyring is available, so your token is kept in {file}, "
                    "readable only by you.")
        return ("No system keyring is available, so your token is kept in memory only "
                "and forgotten when Hearth closes.")

    def get(self) -> str | None:
        with self._lock:
            if self._where == "keyring":
                try:
                    return self._backend.get_password(SERVICE, self._account)
                except Exception as exc:  # backends raise more than KeyringError (D-Bus)
                    self._fall_back(exc)
            if self._where == "file":
                return self._read_file()
            return self._memory

    def set(self, token: str) -> None:
        token = token.strip()
        if not token:
            self.clear()
            return
        with self._lock:
            if self._where == "keyring":
                try:
                    self._backend.set_password(SERVICE, self._account, token)
                    return
                except Exception as exc:
                    self._fall_back(exc)
            if self._where == "file":
                try:
                    self._write_file(token)
                    return
                except OSError as exc:
                    log.warning("The token file could not be written (%s); keeping the "
                                "token in memory", exc.strerror or type(exc).__name__)
                    self._where = "memory"
            self._memory = token

    def clear(self) -> None:
        with self._lock:
            self._memory = None
            if self._where == "keyring":
                with contextlib.suppress(Exception):  # nothing stored is fine
                    self._backend.delete_password(SERVICE, self._account)
            if self._file is not None:
                with contextlib.suppress(FileNotFoundError):
                    self._file.unlink()
            if self._where == "file":
                self._where = self._first_choice()

    def get_or_create(self) -> str:
        """The local API's token: made once (random, URL-safe), then kept."""
        with self._lock:
            token = self.get()
            if not token:
                token = secrets.token_urlsafe(24)
                self.set(token)
            return token

    def _fall_back(self, exc: Exception) -> None:
        kept = "in a file" if self._file is not None else "in memory"
        log.warning("The keyring failed (%s); keeping the token %s", type(exc).__name__, kept)
        self._where = "file" if self._file is not None else "memory"

    # the file

    def _read_file(self) -> str | None:
        assert self._file is not None
        try:  # never through a link, never waiting on a pipe
            data = read_small_file(self._file, MAX_FILE_BYTES, follow_links=False)
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            log.warning("The token file is not a small regular file; ignoring it (%s)", exc)
            return None
        with contextlib.suppress(OSError):
            if os.name == "posix" and os.lstat(self._file).st_mode & 0o077:
                log.warning("The token file was readable by others; making it private")
                os.chmod(self._file, 0o600)
        return data.decode("utf-8", "replace").strip() or None

    def _write_file(self, token: str) -> None:
        """Written whole or not at all, never readable by anyone else, even for a moment."""
        assert self._file is not None
        self._file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temporary = self._file.with_name(self._file.name + ".tmp")
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(temporary, flags, 0o600)
        try:
            with os.fdopen(fd, "wb") as handle:
                if hasattr(os, "fchmod"):
                    os.fchmod(handle.fileno(), 0o600)  # whatever the umask
                handle.write(token.encode("utf-8") + b"\n")
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, self._file)
        except BaseException:
            with contextlib.suppress(OSError):
                temporary.unlink()
            raise
