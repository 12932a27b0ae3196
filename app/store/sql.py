"""What every store class shares: how sqlite3's errors leave the store, and plain
statements by primary key.

sqlite-utils' Table.get, insert and update first read the table's schema (several PRAGMA
queries each), and sending a message makes a dozen of these calls on the GUI thread. Table
names here are constants, never input."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar, cast

from sqlite_utils import Database
from sqlite_utils.db import NotFoundError

from app.errors import StorageError

P = ParamSpec("P")
R = TypeVar("R")


def storage_errors(method: Callable[P, R]) -> Callable[P, R]:
    """sqlite3's errors leave the store as StorageError, with the cause in words."""

    @functools.wraps(method)
    def guarded(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except sqlite3.Error as exc:
            raise StorageError(f"The conversation database could not be written or read "
                               f"({exc}).") from exc

    return guarded


def row(db: Database, table: str, pk: int) -> dict[str, Any]:
    found = next(db.query(f"SELECT * FROM {table} WHERE id = ?", [pk]), None)
    if found is None:
        raise NotFoundError(f"no {table} row {pk}")
    return found


def insert(db: Database, table: str, values: dict[str, Any]) -> int:
    columns = ", ".join(values)
    marks = ", ".join("?" * len(values))
    cursor = db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})",
                        list(values.values()))
    return int(cast(int, cursor.lastrowid))


def update(db: Database, table: str, pk: int, **values: Any) -> None:
    assignments = ", ".join(f"{column} = ?" for column in values)
    with db.atomic():
        cursor = db.execute(f"UPDATE {table} SET {assignments} WHERE id = ?",
                            [*values.values(), pk])
        if cursor.rowcount == 0:
            raise NotFoundError(f"no {table} row {pk}")
