"""Opening the local database: engine, per-connection pragmas, schema upgrade,
and failures turned into typed errors a person can act on."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from desk_app.services.phone_search import phone_keys_in_text
from desk_app.services.search_reach import reach_words_json
from desk_app.services.text import index_form, normalise

# The schema revision this code expects; tests check it equals Alembic's head,
# so start-up can skip importing Alembic when the database is already current.
SCHEMA_HEAD = "0016"
BUSY_TIMEOUT_MS = 5_000


class DatabaseProblem(StrEnum):
    LOCKED = "locked"
    CORRUPT = "corrupt"
    UNREADABLE = "unreadable"
    TOO_NEW = "too_new"


class DatabaseError(Exception):
    """The local database cannot be used; ``problem`` says why."""

    def __init__(self, problem: DatabaseProblem, path: Path, detail: str) -> None:
        super().__init__(f"{problem.value}: {path}: {detail}")
        self.problem = problem
        self.path = path
        self.detail = detail


def classify(error: BaseException) -> DatabaseProblem | None:
    """Which database problem an exception from the driver stands for, if any."""
    original = error.orig if isinstance(error, exc.DBAPIError) else error
    message = str(original).lower()
    if "locked" in message or "busy" in message:
        return DatabaseProblem.LOCKED
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        return DatabaseProblem.CORRUPT
    if "unable to open" in message or "readonly" in message or "disk i/o" in message:
        return DatabaseProblem.UNREADABLE
    return None


def _codes(*parts: str | None) -> str:
    # Each phone also by its search keys (services.phone_search), so a phone
    # stored with spaces is found by the number typed without them.
    folded = [normalise(p) for p in parts if p]
    keys = [key for part in folded for key in phone_keys_in_text(part)]
    return " ".join(folded + keys)


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN, so the IMMEDIATE option works.
    dbapi_connection.isolation_level = None
    dbapi_connection.create_function("maktab_norm", 1, normalise, deterministic=True)
    dbapi_connection.create_function("maktab_index", 1, index_form, deterministic=True)
    dbapi_connection.create_function("maktab_codes", -1, _codes, deterministic=True)
    dbapi_connection.create_function("maktab_reach", 3, reach_words_json, deterministic=True)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA cache_size = -32000")
        cursor.execute("PRAGMA temp_store = MEMORY")
    finally:
        cursor.close()


def _on_begin(conn: Any) -> None:
    # Writers take the write lock up front: a deferred transaction that later
    # upgrades to a writer can fail at once with SQLITE_BUSY instead of waiting.
    immediate = conn.get_execution_options().get("sqlite_immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(path: Path | str) -> Engine:
    url = "sqlite+pysqlite:///" + str(path)
    engine = create_engine(
        url,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


class Database:
    """One local database file: engine, sessions for reading and for writing."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = make_engine(path)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(
            self.engine.execution_options(sqlite_immediate=True), expire_on_commit=False
        )

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._read() as session, session.begin():
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One transaction: the change, its journal and its outbox op commit together."""
        with self._write() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path, *, upgrade: bool = True) -> Database:
    """Open (and create or upgrade) the database at ``path``.

    Raises DatabaseError with a problem code when the file is locked by another
    program, damaged, unreadable, or written by a newer version of the app.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError(DatabaseProblem.UNREADABLE, path, str(error)) from error
    db = Database(path)
    try:
        with db.engine.connect() as conn:
            revision = _current_revision(conn)
        if revision != SCHEMA_HEAD:
            if revision is not None and revision > SCHEMA_HEAD:
                raise DatabaseError(
                    DatabaseProblem.TOO_NEW, path, f"schema {revision} is newer than {SCHEMA_HEAD}"
                )
            if not upgrade:
                raise DatabaseError(DatabaseProblem.UNREADABLE, path, "schema is not current")
            from desk_app.storage.migrate import upgrade_to_head

            upgrade_to_head(db.engine)
            _rebuild_derived(db)
    except DatabaseError:
        db.close()
        raise
    except (exc.DBAPIError, sqlite3.Error) as error:
        db.close()
        problem = classify(error) or DatabaseProblem.UNREADABLE
        raise DatabaseError(problem, path, str(getattr(error, "orig", error))) from error
    return db


def _rebuild_derived(db: Database) -> None:
    """Tables an upgrade brought that are derived from the journal (the
    supervisor's figures) are filled once, right after it."""
    from desk_app.services import metrics_store

    with db.writing() as session:
        if metrics_store.rebuild_due(session):
            metrics_store.rebuild(session)


def _current_revision(conn: Any) -> str | None:
    has_table = conn.execute(
        text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
    ).first()
    if not has_table:
        return None
    row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return None if row is None else str(row[0])
