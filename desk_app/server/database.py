"""Engines for PostgreSQL (psycopg 3) and SQLite, and the transactions the
server runs on them."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text

from desk_app.server.settings import is_sqlite, normalise_database_url, sqlite_path

SQLITE_BUSY_TIMEOUT_MS = 10_000
# Any constant: the advisory lock that orders change-log sequence numbers.
CHANGE_LOG_LOCK = 0x4D414B54  # "MAKT"


def _sqlite_on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # SQLAlchemy's "begin" event issues BEGIN itself (see _sqlite_on_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()


def _sqlite_on_begin(conn: Connection) -> None:
    # Writers take the write lock at BEGIN: a reader that upgrades later can
    # fail with SQLITE_BUSY at once instead of waiting its turn.
    immediate = conn.get_execution_options().get("sqlite_immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: str) -> Engine:
    url = normalise_database_url(url)
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            pool_size=4,
            max_overflow=4,
            connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
        )
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10)


class ServerDatabase:
    """The server's database: short transactions for reading and for writing."""

    def __init__(self, url: str) -> None:
        self.engine = make_engine(url)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        self._writer = self.engine.execution_options(sqlite_immediate=True)

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        with self.engine.begin() as conn:
            yield conn

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        with self._writer.begin() as conn:
            yield conn

    def dispose(self) -> None:
        self.engine.dispose()


def lock_change_log(conn: Connection) -> None:
    """Serialise the tail of writing transactions on PostgreSQL, so change-log
    numbers are handed out in commit order: a puller that has seen seq N can
    never later meet a smaller number committed after it looked. (SQLite
    writers are serialised already.)"""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHANGE_LOG_LOCK})
