"""The real server, in-process: FastAPI's TestClient over an SQLite server
database in the test's directory, and desks signed in to it."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import SecretStr

from desk_app.server import directory
from desk_app.server.app import create_app
from desk_app.server.database import make_engine
from desk_app.server.migrate import upgrade_to_head
from desk_app.server.settings import ServerSettings
from desk_app.sync.account import sign_in
from desk_app.sync.client import SyncClient
from desk_app.sync.credentials import CredentialStore
from desk_app.sync.engine import SyncEngine
from tests.sync.helpers import Desk

PASSWORD = "correct horse battery"
SERVER_URL = "http://testserver"


@dataclass
class Server:
    app: FastAPI
    http: TestClient

    def admin(self, work: Callable[..., object], *args: object, **kwargs: object) -> object:
        with self.app.state.db.writing() as conn:
            return work(conn, *args, **kwargs)

    def add_user(self, username: str, branches: list[str], role: str = "supervisor") -> str:
        """A person of ``branches``; a supervisor by default (level 5: may edit
        any ticket of their branches), so the sync tests are about sync."""
        result = self.admin(
            directory.create_user,
            username,
            username.title(),
            role,
            branches,
            self.app.state.auth.passwords.hash(PASSWORD),
        )
        return str(result)

    def engine_for(self, desk: Desk, username: str, **kwargs: int) -> SyncEngine:
        """A desk signed in as ``username``, with its engine."""
        client = SyncClient(SERVER_URL, self.http)
        identity = sign_in(
            desk.db,
            desk.ctx,
            client,
            CredentialStore(),
            username=username,
            password=PASSWORD,
            device_name=f"desk of {username}",
        )
        engine = SyncEngine(desk.db, desk.ctx, client, **kwargs)
        engine.identity = identity
        return engine


POSTGRES_ADMIN_URL = os.environ.get(
    "MAKTAB_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/postgres"
)


@contextmanager
def throwaway_postgres() -> Iterator[str]:
    """A fresh PostgreSQL database for one test, dropped afterwards. Skips the
    test, loudly, when no PostgreSQL is reachable (CI must provide one)."""
    import psycopg

    name = "maktab_sync_" + secrets.token_hex(6)
    try:
        admin = psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as error:
        if os.environ.get("CI"):
            raise
        pytest.skip(f"NO POSTGRESQL at {POSTGRES_ADMIN_URL}: {error}")
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + "/" + name
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def running_server(directory_path: Path, backend: str = "sqlite") -> Iterator[Server]:
    with ExitStack() as stack:
        if backend == "postgresql":
            url = stack.enter_context(throwaway_postgres())
        else:
            url = "sqlite:///" + str(directory_path / "server.sqlite3")
        yield stack.enter_context(_serving(url))


@contextmanager
def _serving(url: str) -> Iterator[Server]:
    engine = make_engine(url)
    upgrade_to_head(engine)
    engine.dispose()
    # Cheap password hashing: these tests are about sync, not about argon2's cost.
    settings = ServerSettings(
        database_url=url,
        secret_key=SecretStr("s" * 48),
        password_time_cost=1,
        password_memory_kib=1024,
        password_parallelism=1,
    )
    app = create_app(settings)
    with TestClient(app, base_url=SERVER_URL) as http:
        server = Server(app, http)
        server.admin(directory.create_branch, "HQ", "Head office")
        server.admin(directory.create_branch, "JED", "Jeddah")
        yield server


class FailingPulls(httpx.BaseTransport):
    """Forwards requests; after ``allow`` pull pages, the link drops."""

    def __init__(self, inner: httpx.BaseTransport, allow: int) -> None:
        self.inner = inner
        self.allow = allow

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/sync/pull"):
            if self.allow <= 0:
                raise httpx.ConnectError("link down", request=request)
            self.allow -= 1
        return self.inner.handle_request(request)
