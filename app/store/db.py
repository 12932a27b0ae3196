"""Opening the database: pragmas for durability, a backup before migrating."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from app.errors import StorageError, UserError
from app.store.migrations import migrations

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000


def connect(path: Path) -> Database:
    """Open (or create) the database and bring its schema up to date."""
    path.parent.mkdir(parents=True, exist_ok=True)
    is_new = not path.exists() or path.stat().st_size == 0
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=True)
        db = Database(conn)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        db.execute("PRAGMA foreign_keys = ON")
        pending = migrations.pending(db)
        if pending and not is_new:
            _backup(path)
        if pending:
            _migrate(db)
    except sqlite3.DatabaseError as exc:
        raise UserError(
            f"The conversation database at {path} could not be opened ({exc}). "
            "Move it aside to start fresh; Hearth will not overwrite it."
        ) from exc
    return db


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
        with dest:
            source.backup(dest)
        dest.close()
    finally:
        source.close()
    shutil.copymode(path, target)


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
