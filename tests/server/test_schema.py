"""The server's migration creates the synced tables exactly as the models
describe them (rows travel unchanged), and its own tables as schema.py does."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Table, inspect

from desk_app.server.database import ServerDatabase
from desk_app.server.migrate import current_revision, head_revision
from desk_app.server.schema import server_metadata
from desk_app.sync.codec import column_kind, synced_table
from desk_app.sync.protocol import SYNCED_ENTITIES
from tests.server.conftest import BACKENDS


@pytest.fixture(params=list(BACKENDS))
def migrated(request: pytest.FixtureRequest) -> Any:
    db = ServerDatabase(str(request.getfixturevalue(BACKENDS[request.param])))
    yield db
    db.dispose()


def _model_columns(table: Table) -> dict[str, tuple[str, bool, int | None]]:
    return {
        c.name: (column_kind(c), bool(c.nullable), getattr(c.type, "length", None))
        for c in table.columns
    }


def _kind_of(reflected: Any) -> str:
    name = type(reflected).__name__.upper()
    if "BOOL" in name:
        return "bool"
    if "INT" in name:
        return "int"
    if "TIME" in name:
        return "datetime"
    if "CHAR" in name or "TEXT" in name or "STRING" in name:
        return "str"
    return "other"


def _database_columns(db: ServerDatabase, name: str) -> dict[str, tuple[str, bool, int | None]]:
    columns = inspect(db.engine).get_columns(name)
    return {
        c["name"]: (_kind_of(c["type"]), bool(c["nullable"]), getattr(c["type"], "length", None))
        for c in columns
    }


def test_schema_is_at_head(migrated: ServerDatabase) -> None:
    assert current_revision(migrated.engine) == head_revision()


@pytest.mark.parametrize("entity", SYNCED_ENTITIES)
def test_synced_tables_match_the_models(migrated: ServerDatabase, entity: str) -> None:
    expected = _model_columns(synced_table(entity))
    actual = _database_columns(migrated, entity)
    assert actual == expected


def test_server_tables_match_schema_py(migrated: ServerDatabase) -> None:
    for table in server_metadata.sorted_tables:
        expected = {
            name: (kind, nullable) for name, (kind, nullable, _) in _model_columns(table).items()
        }
        actual = {
            name: (kind, nullable)
            for name, (kind, nullable, _) in _database_columns(migrated, table.name).items()
        }
        # JSON columns reflect as JSON (PostgreSQL) or as text-like (SQLite).
        for name, (kind, _) in expected.items():
            if kind == "other":
                actual[name] = ("other", actual[name][1])
        assert actual == expected, table.name
