"""Service levels per branch with `desk-server` as a real process over
PostgreSQL and desks talking HTTP to it: the administrator's holidays reach
another desk and move its clocks; an agent's desk is refused and audited."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest

from desk_app.server import directory
from desk_app.server.database import ServerDatabase
from desk_app.server.security import Passwords
from desk_app.storage.db import open_database
from desk_app.sync.account import sign_in
from desk_app.sync.client import SyncClient
from desk_app.sync.credentials import CredentialStore, MemoryKeyring
from desk_app.sync.engine import SyncEngine
from tests.e2e.processes import ServerProcess, free_port, prepare_directory
from tests.sync.harness import PASSWORD, throwaway_postgres
from tests.sync.helpers import Desk, open_desk
from tests.sync.test_branch_levels_sync import holidays_move_the_clocks, level_2_is_refused


@dataclass
class World:
    server: ServerProcess
    db: ServerDatabase
    tmp: Path
    template: Path

    def desk(self, username: str, station: str) -> tuple[Desk, SyncEngine]:
        desk = open_desk(self.tmp / f"{username}.sqlite3", self.template, station=station)
        client = SyncClient(self.server.base_url)
        sign_in(
            desk.db,
            desk.ctx,
            client,
            CredentialStore(),
            username=username,
            password=PASSWORD,
            device_name=f"desk of {username}",
        )
        return desk, SyncEngine(desk.db, desk.ctx, client)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    with ExitStack() as stack:
        stack.callback(keyring.set_keyring, previous)
        url = stack.enter_context(throwaway_postgres())
        prepare_directory(url, [])
        db = ServerDatabase(url)
        stack.callback(db.dispose)
        hashed = Passwords(1, 1024, 1).hash(PASSWORD)
        with db.writing() as conn:
            directory.create_user(conn, "root", "Root", "admin", ["HQ"], hashed)
            directory.create_user(conn, "agent", "Agent", "agent", ["HQ"], hashed)
        server = ServerProcess(url, free_port(), tmp_path / "server.log")
        server.start()
        stack.callback(server.stop)
        template = tmp_path / "template.sqlite3"
        open_database(template).close()
        yield World(server, db, tmp_path, template)


@pytest.mark.timeout(120)
def test_published_holidays_move_another_desks_clocks(world: World) -> None:
    a, engine_a = world.desk("root", "1")
    b, engine_b = world.desk("agent", "2")
    try:
        holidays_move_the_clocks(a, engine_a, b, engine_b)
    finally:
        a.db.close()
        b.db.close()


@pytest.mark.timeout(120)
def test_an_agents_desk_is_refused_and_audited(world: World) -> None:
    b, engine = world.desk("agent", "2")
    try:
        level_2_is_refused(b, engine, world.db)
    finally:
        b.db.close()
