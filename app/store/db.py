"""Opening the database: pragmas for durability, a backup before migrating."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

from app.errors import (
    StorageError,
    UserError,
    existing_folder,
    free_bytes,
    size_text,
    storage_problem,
)
from app.store.migrations import migrations, pending_names, unknown_applied

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
# Free space a migration needs, as a multiple of the database's size (_check_room_to_migrate)
MIGRATION_ROOM_FACTOR = 3
# sqlite3's primary result codes (sqlite_errorcode & 0xFF)
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_CORRUPT, SQLITE_NOTADB = 5, 6, 11, 26


def connect(path: Path,
            free: Callable[[Path], int | None] = free_bytes) -> Database:
    """Open (or create) the database and bring its schema up to date. Raises UserError
    with the cause in words: a full disk, a read-only folder, a database from a newer
    Hearth, too little room to migrate, a damaged file. Only a damaged file is ever
    called damaged. `free` tells the free bytes in a folder (tests inject it)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(_cannot_open(path, exc, free)) from exc
    is_new = not path.exists() or path.stat().st_size == 0
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=True)
        db = Database(conn)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not is_new:  # checked before anything is written to it
            _refuse_newer(db)
            if pending_names(db):
                _check_room_to_migrate(path, free)
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        db.execute("PRAGMA foreign_keys = ON")
        pending = migrations.pending(db)
        if pending and not is_new:
            _backup(path)
        if pending:
            _migrate(db)
    except UserError:
        if conn is not None:
            conn.close()
        raise
    except (sqlite3.Error, OSError) as exc:
        if conn is not None:
            conn.close()
        raise UserError(_cannot_open(path, exc, free)) from exc
    return db


def _refuse_newer(db: Database) -> None:
    newer = unknown_applied(db)
    if newer:
        raise UserError(
            "This database was written by a newer version of Hearth: it has changes this "
            f"version does not know ({', '.join(newer)}). Update Hearth to open it. "
            "This version has not changed it.")


def _check_room_to_migrate(path: Path, free: Callable[[Path], int | None]) -> None:
    """A migration writes a backup (the database's size) and may rewrite every table
    through the WAL (up to the size again, and as much in the rebuilt table): about three
    times the database, checked before anything is written."""
    size = sum(p.stat().st_size for p in _database_files(path))
    need = MIGRATION_ROOM_FACTOR * size
    available = free(path.parent)
    if available is not None and available < need:
        raise UserError(
            f"Hearth needs to update your conversation database for this version, keeping "
            f"a backup of it first. That needs about {size_text(need)} free on "
            f"{existing_folder(path.parent)}, and {size_text(available)} is free. Free some "
            "space, then start Hearth again; your conversations have not been changed.")


def _database_files(path: Path) -> list[Path]:
    files = [path, path.with_name(path.name + "-wal")]
    return [p for p in files if p.exists()]


def _cannot_open(path: Path, exc: BaseException, free: Callable[[Path], int | None]) -> str:
    """What to tell the user when the database cannot be opened. Moving the file aside is
    advised only when SQLite says the file itself is damaged: a full disk, a read-only
    folder or a busy file leave a healthy database that must not be abandoned."""
    log.warning("Opening %s failed: %r", path, exc)
    problem = storage_problem(path.parent, exc, free)
    if problem is not None:
        if problem.startswith("The disk is full"):
            advice = "Free some space, then start Hearth again."
        else:
            advice = ("Make it writable, or start Hearth with --data-dir set to a folder "
                      "you can write to.")
        safe = (f" Your conversations ({path.name}) have not been changed."
                if path.exists() else "")
        return f"{problem} Hearth cannot save your conversations in {path.parent}. {advice}{safe}"
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return (f"The conversation database at {path} could not be opened: it is damaged "
                f"({exc}). Move it aside to start fresh; Hearth will not overwrite it.")
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return (f"The conversation database at {path} is in use by another program "
                f"({exc}). Close that program, then start Hearth again.")
    return (f"The conversation database at {path} could not be opened ({exc}). Hearth has "
            "not changed it; the log file has the details.")


def needs_migration(path: Path) -> bool:
    """Whether opening this existing database will migrate it (which can take seconds for
    years of history, so the caller can show progress). A new database never does."""
    if not path.exists() or path.stat().st_size == 0:
        return False
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return bool(migrations.pending(Database(conn)))
        finally:
            conn.close()
    except sqlite3.Error:
        return False  # connect() will say what is wrong with it


def connect_reader(path: Path) -> Database:
    """A read-only connection for a worker thread (search): WAL lets it read while the GUI
    thread's connection writes. Opened on the thread that will use it."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=True)
        db = Database(conn)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    except sqlite3.Error as exc:
        raise StorageError(f"The conversation database could not be read ({exc}).") from exc
    return db


def _migrate(db: Database) -> None:
    """Apply pending migrations with foreign keys off, as SQLite's guide to rebuilding a
    table asks (a dropped table must not cascade), then check that every key still holds."""
    db.execute("PRAGMA foreign_keys = OFF")
    try:
        migrations.apply(db)
        broken = db.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise sqlite3.IntegrityError(f"{len(broken)} rows break a foreign key")
    finally:
        db.execute("PRAGMA foreign_keys = ON")


def _backup(path: Path) -> None:
    target = path.with_name(path.name + ".before-migration")
    log.info("Backing up %s before migrating", path.name)
    source = sqlite3.connect(str(path))
    try:
        dest = sqlite3.connect(str(target))
        try:
            with dest:
                source.backup(dest)
        finally:
            dest.close()
        shutil.copymode(path, target)
    except BaseException:
        target.unlink(missing_ok=True)  # half a backup (a full disk) is no backup
        raise
    finally:
        source.close()


def integrity_ok(db: Database) -> bool:
    rows = db.execute("PRAGMA integrity_check").fetchall()
    return rows == [("ok",)]


def fts5_available() -> bool:
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        conn.close()
