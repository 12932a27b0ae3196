"""When the database cannot be opened, the user is told the real cause, and a healthy
database is never called damaged: a full disk, a read-only folder, a database from a newer
Hearth, too little room to migrate. Real file systems where this machine can make them (a
small tmpfs, a read-only bind mount, in a user namespace of their own); the same errors
injected where SQLite meets the operating system otherwise."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import app.errors
from app.errors import UserError, storage_problem
from app.store.conversations import ConversationStore
from app.store.db import connect

ROOT = Path(__file__).resolve().parents[2]
OLD_RELEASE = ROOT / "tests" / "data" / "hearth-0.1.0.db"
MOVE_ASIDE = "Move it aside"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def healthy_database(path: Path) -> None:
    store = ConversationStore(connect(path))
    chat = store.create_conversation("")
    store.add_message(chat.id, "user", "keep me")
    store.db.close()


def namespaces_work() -> bool:
    if shutil.which("unshare") is None or not sys.platform.startswith("linux"):
        return False
    probe = subprocess.run(["unshare", "-rm", "sh", "-c", "mount -t tmpfs none /mnt"],
                           capture_output=True, timeout=30)
    return probe.returncode == 0


needs_namespaces = pytest.mark.skipif(
    not namespaces_work(), reason="no user and mount namespaces here (unshare -rm)")


def open_in_namespace(tmp_path: Path, mount: str, database: Path,
                      prepare: bool = False) -> str:
    """Run `mount` (shell, as root of a user namespace), then connect() to database in
    that namespace; what connect() raised, or "opened". With prepare, a healthy database
    is made first and then the disk filled up."""
    script = tmp_path / "open.py"
    script.write_text(textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from pathlib import Path
        from app.errors import UserError
        from app.store.db import connect
        from tests.unit.test_db_open_errors import fill_disk, healthy_database
        database = Path({str(database)!r})
        if {prepare!r}:
            healthy_database(database)
            fill_disk(database.parent)
        try:
            connect(database).close()
            print("opened")
        except UserError as exc:
            print(exc)
    """))
    done = subprocess.run(["unshare", "-rm", "sh", "-c", f"{mount} && {sys.executable} {script}"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def fill_disk(folder: Path) -> None:
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass  # full
    finally:
        os.close(fd)


@needs_namespaces
def test_a_read_only_folder_is_named_and_the_database_kept(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    database = folder / "hearth.db"
    healthy_database(database)
    before = digest(database)
    said = open_in_namespace(
        tmp_path, f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder}",
        database)
    assert said.startswith(f"The folder {folder} is read-only"), said
    assert MOVE_ASIDE not in said and "damaged" not in said
    assert "have not been changed" in said
    assert digest(database) == before


@needs_namespaces
def test_a_full_disk_is_named_with_its_free_space(tmp_path: Path) -> None:
    folder = tmp_path / "small"
    folder.mkdir()
    said = open_in_namespace(tmp_path, f"mount -t tmpfs -o size=512k none {folder}",
                             folder / "hearth.db", prepare=True)
    assert said.startswith(f"The disk is full: 0 bytes free on {folder}."), said
    assert MOVE_ASIDE not in said and "damaged" not in said


def sqlite_error(message: str, code: int) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code
    return error


def test_a_full_disk_injected_where_sqlite_writes(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    database = tmp_path / "hearth.db"
    healthy_database(database)

    def full(*_args: object, **_kwargs: object) -> sqlite3.Connection:
        raise sqlite_error("disk I/O error", 4874)  # SQLITE_IOERR_SHMSIZE

    monkeypatch.setattr("app.store.db.sqlite3.connect", full)
    with pytest.raises(UserError) as raised:
        connect(database, free=lambda _folder: 0)
    assert str(raised.value).startswith(f"The disk is full: 0 bytes free on {tmp_path}.")
    assert MOVE_ASIDE not in str(raised.value)


def test_a_read_only_folder_injected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    database = tmp_path / "hearth.db"
    healthy_database(database)

    def cannot_open(*_args: object, **_kwargs: object) -> sqlite3.Connection:
        raise sqlite_error("unable to open database file", 14)  # SQLITE_CANTOPEN

    monkeypatch.setattr("app.store.db.sqlite3.connect", cannot_open)
    monkeypatch.setattr("app.errors.os.access", lambda _path, _mode: False)
    with pytest.raises(UserError) as raised:
        connect(database, free=lambda _folder: 10**12)
    assert str(raised.value).startswith(f"The folder {tmp_path} is read-only.")
    assert MOVE_ASIDE not in str(raised.value)


def test_other_errors_keep_the_database_and_say_what_happened(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    database = tmp_path / "hearth.db"
    healthy_database(database)

    def busy(*_args: object, **_kwargs: object) -> sqlite3.Connection:
        raise sqlite_error("database is locked", 5)

    monkeypatch.setattr("app.store.db.sqlite3.connect", busy)
    with pytest.raises(UserError, match="in use by another program") as raised:
        connect(database, free=lambda _folder: 10**12)
    assert MOVE_ASIDE not in str(raised.value)


def test_os_errors_name_the_folder_problem(tmp_path: Path) -> None:
    import errno

    plenty = 10**12
    full = OSError(errno.ENOSPC, "No space left on device")
    assert storage_problem(tmp_path, full, lambda _p: 123_456) == \
        f"The disk is full: 123 KB free on {tmp_path}."
    read_only = OSError(errno.EROFS, "Read-only file system")
    assert storage_problem(tmp_path / "not" / "yet", read_only, lambda _p: plenty) == \
        f"The folder {tmp_path} is read-only (its disk is mounted read-only)."
    assert storage_problem(tmp_path, OSError(errno.EACCES, "denied"), lambda _p: plenty) \
        == f"The folder {tmp_path} is read-only for Hearth (permission denied)."
    assert storage_problem(tmp_path, sqlite_error("x", 11), lambda _p: plenty) is None


def test_a_database_from_a_newer_hearth_is_refused_unchanged(tmp_path: Path) -> None:
    database = tmp_path / "hearth.db"
    healthy_database(database)
    conn = sqlite3.connect(database)
    with conn:
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                     "VALUES ('hearth', 'm099_from_the_future', '2030-01-01')")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = digest(database)
    with pytest.raises(UserError) as raised:
        connect(database)
    message = str(raised.value)
    assert message.startswith("This database was written by a newer version of Hearth")
    assert "m099_from_the_future" in message and MOVE_ASIDE not in message
    assert digest(database) == before
    assert not database.with_name("hearth.db.before-migration").exists()


def test_a_migration_that_would_not_fit_is_refused_with_the_figures(tmp_path: Path) -> None:
    database = tmp_path / "hearth.db"
    shutil.copyfile(OLD_RELEASE, database)
    before = digest(database)
    size = database.stat().st_size
    asked: list[Path] = []

    def free(folder: Path) -> int:
        asked.append(folder)
        return 3 * size - 1

    with pytest.raises(UserError) as raised:
        connect(database, free=free)
    message = str(raised.value)
    assert asked == [tmp_path]
    assert f"needs about {app.errors.size_text(3 * size)} free on {tmp_path}" in message
    assert f"and {app.errors.size_text(3 * size - 1)} is free" in message
    assert digest(database) == before
    assert not database.with_name("hearth.db.before-migration").exists()
    # with room, the same file migrates
    connect(database, free=lambda _folder: 3 * size).close()
    assert database.with_name("hearth.db.before-migration").exists()
