"""Fixtures of the sync tests: desks (each a real local database file set up
the way the app sets it up) and an in-memory keyring for the whole test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from desk_app.storage.db import open_database
from desk_app.sync.credentials import MemoryKeyring
from tests.sync.harness import Server, running_server
from tests.sync.helpers import Desk, open_desk


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous: KeyringBackend = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def desk_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty database; desks start as copies of it (fast)."""
    path = tmp_path_factory.mktemp("desk-template") / "desk.sqlite3"
    open_database(path).close()
    return path


@pytest.fixture
def make_desk(tmp_path: Path, desk_template: Path) -> Iterator[Callable[..., Desk]]:
    opened: list[Desk] = []

    def make(name: str = "a", **kwargs: str) -> Desk:
        desk = open_desk(tmp_path / f"{name}.sqlite3", desk_template, **kwargs)
        opened.append(desk)
        return desk

    yield make
    for desk in opened:
        desk.db.close()


@pytest.fixture
def desk(make_desk: Callable[..., Desk]) -> Desk:
    return make_desk("a")


@pytest.fixture(params=["sqlite", "postgresql"])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Server]:
    """The real server over an embedded SQLite file and over PostgreSQL."""
    with running_server(tmp_path, request.param) as running:
        running.add_user("agent1", ["HQ"])
        running.add_user("agent2", ["HQ"])
        yield running
