"""Fixtures of the server tests: a real PostgreSQL database made for this run
(and the embedded SQLite default beside it), the application under a
TestClient, and two branches with their people.

PostgreSQL is expected at postgresql://postgres@127.0.0.1:5432/ (override with
MAKTAB_TEST_POSTGRES_URL). Without it the PostgreSQL tests are skipped, loudly,
and on CI (CI set) they fail.
"""

from __future__ import annotations

import os
import secrets
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import make_url, text

from desk_app.server import directory
from desk_app.server.app import create_app
from desk_app.server.database import ServerDatabase
from desk_app.server.migrate import upgrade_to_head
from desk_app.server.schema import server_metadata
from desk_app.server.security import Passwords
from desk_app.server.settings import ServerSettings
from desk_app.sync.protocol import SYNCED_ENTITIES
from tests.server.helpers import PASSWORD, SECRET, Server

with warnings.catch_warnings():
    # Starlette 1.x would rather the test client used httpx2; httpx works.
    warnings.filterwarnings("ignore", message=".*httpx2", category=UserWarning)
    from fastapi.testclient import TestClient

ADMIN_URL = os.environ.get(
    "MAKTAB_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)
# Backend → the fixture giving its migrated database.
BACKENDS = {"postgresql": "postgres_url", "sqlite": "sqlite_url"}


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A throwaway database, migrated once, dropped at the end of the run."""
    try:
        admin = psycopg.connect(ADMIN_URL, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as error:
        reason = f"PostgreSQL is not reachable at {ADMIN_URL}: {error}".strip()
        if os.environ.get("CI"):
            pytest.fail(f"{reason} (CI must test against PostgreSQL)")
        pytest.skip(f"!!! SERVER TESTS SKIPPED: {reason} !!!")
    name = "maktab_test_" + secrets.token_hex(6)
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        url = make_url(ADMIN_URL).set(database=name).render_as_string(hide_password=False)
        try:
            _migrate(url)
            yield url
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def sqlite_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    path: Path = tmp_path_factory.mktemp("server") / "maktab-server.sqlite3"
    url = f"sqlite:///{path}"
    _migrate(url)
    return url


def _migrate(url: str) -> None:
    db = ServerDatabase(url)
    try:
        upgrade_to_head(db.engine)
    finally:
        db.dispose()


# argon2 is slow on purpose; the tests use its cheapest settings.
CHEAP_PASSWORDS = {"password_time_cost": 1, "password_memory_kib": 1024, "password_parallelism": 1}


@pytest.fixture(scope="session")
def password_hash() -> str:
    return Passwords(1, 1024, 1).hash(PASSWORD)


# Emptied before each test, children first: the server's own tables, then the
# synced ones. server_state and alembic_version keep their rows.
_TABLES = [
    *(t.name for t in reversed(server_metadata.sorted_tables) if t.name != "server_state"),
    *reversed(SYNCED_ENTITIES),
]


def _empty(db: ServerDatabase) -> None:
    with db.writing() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text(f"TRUNCATE {', '.join(_TABLES)} RESTART IDENTITY"))
        else:
            for name in _TABLES:
                conn.execute(text(f"DELETE FROM {name}"))
        conn.execute(text("UPDATE server_state SET value = '0' WHERE key <> 'database_id'"))


@contextmanager
def running_server(url: str, password_hash: str) -> Iterator[Server]:
    """The application on ``url``, emptied and seeded: branches RYD and JED;
    ahmed works in RYD, jamal in JED, sara in both. All three are supervisors
    (level 5: edit any ticket of their branches), so the sync tests are about
    sync; the rights of each level are tested in test_law.py."""
    settings = ServerSettings(database_url=url, secret_key=SECRET, **CHEAP_PASSWORDS)
    app = create_app(settings)
    db: ServerDatabase = app.state.db
    _empty(db)
    with db.writing() as conn:
        branches = {
            "RYD": directory.create_branch(conn, "RYD", "Riyadh", time_zone="Asia/Riyadh"),
            "JED": directory.create_branch(conn, "JED", "Jeddah", time_zone="Asia/Riyadh"),
        }
        users = {
            "ahmed": directory.create_user(
                conn, "ahmed", "Ahmed", "supervisor", ["RYD"], password_hash
            ),
            "jamal": directory.create_user(
                conn, "jamal", "Jamal", "supervisor", ["JED"], password_hash
            ),
            "sara": directory.create_user(
                conn, "sara", "Sara", "supervisor", ["RYD", "JED"], password_hash
            ),
        }
    with TestClient(app) as client:
        yield Server(client=client, db=db, settings=settings, branches=branches, users=users)


@pytest.fixture(params=list(BACKENDS))
def server(request: pytest.FixtureRequest, password_hash: str) -> Iterator[Server]:
    """The server on each backend: PostgreSQL, and the embedded SQLite default."""
    url = str(request.getfixturevalue(BACKENDS[request.param]))
    with running_server(url, password_hash) as running:
        yield running


@pytest.fixture
def pg_server(postgres_url: str, password_hash: str) -> Iterator[Server]:
    """The server on PostgreSQL only (for what needs real concurrency)."""
    with running_server(postgres_url, password_hash) as running:
        yield running
