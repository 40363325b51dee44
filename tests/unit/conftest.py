"""Shared fixtures of the unit tests: a real database file per test, set up the
way the app sets it up."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desk_app.models import DeskGroup, User
from desk_app.services.context import WriteContext
from desk_app.services.setup import BranchProfile, ensure_local_setup
from desk_app.storage.db import Database, open_database
from tests.unit.helpers import AGENT, AGENT_NAME


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A freshly migrated, empty database file; tests get copies of it, which is
    much faster than running the migration for every test."""
    path = tmp_path_factory.mktemp("template") / "desk.sqlite3"
    open_database(path).close()
    assert not path.with_name(path.name + "-wal").exists()  # fully checkpointed
    return path


@pytest.fixture
def db(tmp_path: Path, migrated_template: Path) -> Iterator[Database]:
    path = tmp_path / "desk.sqlite3"
    shutil.copyfile(migrated_template, path)
    database = open_database(path)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def ctx(db: Database) -> WriteContext:
    with db.writing() as session:
        return ensure_local_setup(session, BranchProfile(), AGENT, AGENT_NAME)


@pytest.fixture
def groups(db: Database, ctx: WriteContext) -> dict[str, DeskGroup]:
    """The default queues, by English name."""
    with db.reading() as session:
        rows = session.execute(select(DeskGroup)).scalars().all()
    return {g.name: g for g in rows}


@pytest.fixture
def agent(db: Database, ctx: WriteContext) -> User:
    with db.reading() as session:
        return session.execute(select(User).where(User.username == AGENT)).scalar_one()
