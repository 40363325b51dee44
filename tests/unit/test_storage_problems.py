"""A database the app cannot use is reported with a problem code the window can
explain (locked by another program, damaged, unreadable, from a newer version)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import exc, text

from desk_app.storage import db as dbmod
from desk_app.storage.db import (
    SCHEMA_HEAD,
    DatabaseError,
    DatabaseProblem,
    classify,
    open_database,
)


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    # Read at connect time (PRAGMA busy_timeout and the driver's timeout), so a
    # blocked test waits a fraction of a second instead of five.
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 150)


@pytest.fixture
def existing(tmp_path: Path) -> Path:
    path = tmp_path / "desk.sqlite3"
    open_database(path).close()
    return path


@pytest.fixture
def exclusive_lock(existing: Path) -> Iterator[sqlite3.Connection]:
    """Another program holding the write lock on the database."""
    other = sqlite3.connect(existing, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        yield other
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_garbage_file_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    path.write_bytes(b"this is not a database\x00\xff" * 500)
    with pytest.raises(DatabaseError) as raised:
        open_database(path)
    assert raised.value.problem is DatabaseProblem.CORRUPT
    assert raised.value.path == path
    # and the file the user may still want to rescue is left alone
    assert path.read_bytes().startswith(b"this is not a database")


def test_damaged_pages_are_corrupt(tmp_path: Path) -> None:
    """A valid header over scribbled pages: the app must not start on it."""
    path = tmp_path / "desk.sqlite3"
    open_database(path).close()
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA journal_mode = DELETE")
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 7):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError) as raised:
        open_database(path)
    assert raised.value.problem is DatabaseProblem.CORRUPT


@pytest.mark.usefixtures("short_busy_timeout")
def test_write_while_another_program_holds_the_lock_is_locked(
    existing: Path, exclusive_lock: sqlite3.Connection
) -> None:
    database = open_database(existing)  # WAL: reading still works
    try:
        with database.reading() as session:
            assert session.execute(text("SELECT count(*) FROM ticket")).scalar_one() == 0
        with pytest.raises(exc.OperationalError) as raised, database.writing() as session:
            session.execute(text("INSERT INTO sync_state (key, value) VALUES ('k', 'v')"))
        assert classify(raised.value) is DatabaseProblem.LOCKED
    finally:
        database.close()


@pytest.mark.usefixtures("short_busy_timeout")
def test_lock_released_lets_the_write_through(existing: Path) -> None:
    other = sqlite3.connect(existing, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    database = open_database(existing)
    try:
        with pytest.raises(exc.OperationalError), database.writing() as session:
            session.execute(text("INSERT INTO sync_state (key, value) VALUES ('k', 'v')"))
        other.execute("ROLLBACK")
        with database.writing() as session:
            session.execute(text("INSERT INTO sync_state (key, value) VALUES ('k', 'v')"))
        with database.reading() as session:
            value = session.execute(text("SELECT value FROM sync_state WHERE key='k'")).scalar()
        assert value == "v"
    finally:
        other.close()
        database.close()


@pytest.mark.usefixtures("short_busy_timeout")
def test_opening_a_new_file_locked_by_another_program_is_locked(tmp_path: Path) -> None:
    """Before WAL is on, the lock also blocks opening (switching to WAL needs it)."""
    path = tmp_path / "desk.sqlite3"
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("CREATE TABLE something_else (a)")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("INSERT INTO something_else VALUES (1)")
    try:
        with pytest.raises(DatabaseError) as raised:
            open_database(path)
        assert raised.value.problem is DatabaseProblem.LOCKED
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_schema_from_a_newer_version_is_too_new(existing: Path) -> None:
    newer = f"{int(SCHEMA_HEAD) + 1:04d}"
    with sqlite3.connect(existing) as raw:
        raw.execute("UPDATE alembic_version SET version_num = ?", (newer,))
    with pytest.raises(DatabaseError) as raised:
        open_database(existing)
    assert raised.value.problem is DatabaseProblem.TOO_NEW
    assert newer in str(raised.value)
    # nothing was downgraded or rewritten
    with sqlite3.connect(existing) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == (newer,)


def test_directory_that_cannot_be_created_is_unreadable(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    path = blocker / "sub" / "desk.sqlite3"
    with pytest.raises(DatabaseError) as raised:
        open_database(path)
    assert raised.value.problem is DatabaseProblem.UNREADABLE


def test_directory_in_place_of_the_file_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    path.mkdir()
    with pytest.raises(DatabaseError) as raised:
        open_database(path)
    assert raised.value.problem is DatabaseProblem.UNREADABLE


def test_not_current_without_upgrade_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    sqlite3.connect(path).close()
    with pytest.raises(DatabaseError) as raised:
        open_database(path, upgrade=False)
    assert raised.value.problem is DatabaseProblem.UNREADABLE


@pytest.mark.parametrize(
    ("message", "problem"),
    [
        ("database is locked", DatabaseProblem.LOCKED),
        ("database table is locked", DatabaseProblem.LOCKED),
        ("file is not a database", DatabaseProblem.CORRUPT),
        ("database disk image is malformed", DatabaseProblem.CORRUPT),
        ("unable to open database file", DatabaseProblem.UNREADABLE),
        ("attempt to write a readonly database", DatabaseProblem.UNREADABLE),
        ("disk I/O error", DatabaseProblem.UNREADABLE),
        ("no such table: ticket", None),
    ],
)
def test_classify_driver_messages(message: str, problem: DatabaseProblem | None) -> None:
    raw = sqlite3.OperationalError(message)
    assert classify(raw) == problem
    wrapped = exc.OperationalError("SELECT 1", {}, raw)
    assert classify(wrapped) == problem
