"""The migration and the models describe the same schema, and every connection
the app opens is configured the same way."""

from __future__ import annotations

import re
import sqlite3
import warnings
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, exc, inspect, text

from desk_app.models import Base
from desk_app.models.tickets import OPEN_CALL_BACKS_INDEX, OPEN_SORT_KEYS
from desk_app.storage import db as dbmod
from desk_app.storage import migrate
from desk_app.storage.db import SCHEMA_HEAD, Database, open_database

FTS_TABLES = {"ticket_fts", "ticket_code_fts", "kb_article_fts", "register_fts"}
TRIGGERS = {
    "ticket_ai",
    "ticket_au",
    "ticket_ad",
    "journal_no_update",
    "journal_no_delete",
    "kb_article_ai",
    "kb_article_au",
    "kb_article_ad",
    "register_entry_ai",
    "register_entry_au",
    "register_entry_ad",
    "register_entry_awaiting_ai",
    "register_entry_awaiting_au",
}


def _is_fts_or_bookkeeping(table: str) -> bool:
    return table == "alembic_version" or any(table.startswith(fts) for fts in FTS_TABLES)


def _describe(engine: Engine) -> dict[str, Any]:
    """Tables, columns, keys and indexes, as SQLite reports them."""
    insp = inspect(engine)
    schema: dict[str, Any] = {}
    for table in sorted(insp.get_table_names()):
        if _is_fts_or_bookkeeping(table):
            continue
        with warnings.catch_warnings():
            # Expression indexes are not reflected; they are compared from their SQL below.
            warnings.simplefilter("ignore", exc.SAWarning)
            indexes = insp.get_indexes(table)
            uniques = insp.get_unique_constraints(table)
        schema[table] = {
            # Sorted: ADD COLUMN appends, so a migrated table's column order
            # differs from a fresh one's without being a different schema.
            "columns": sorted(
                (c["name"], str(c["type"]), c["nullable"], c["default"])
                for c in insp.get_columns(table)
            ),
            "pk": tuple(insp.get_pk_constraint(table)["constrained_columns"]),
            "fks": sorted(
                (
                    tuple(fk["constrained_columns"]),
                    fk["referred_table"],
                    tuple(fk["referred_columns"]),
                )
                for fk in insp.get_foreign_keys(table)
            ),
            "indexes": sorted(
                (i["name"], tuple(str(c) for c in i["column_names"]), bool(i["unique"]))
                for i in indexes
            ),
            "uniques": sorted(tuple(u["column_names"]) for u in uniques),
        }
    with engine.connect() as conn:
        expression_indexes = conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type='index'"
            " AND (sql LIKE '%ifnull%' OR sql LIKE '%WHERE%')"
        ).all()
    schema["expression indexes"] = sorted(
        (name, re.sub(r"\s+", "", sql).lower()) for name, sql in expression_indexes
    )
    return schema


def test_schema_head_is_alembic_head() -> None:
    assert migrate.head_revision() == SCHEMA_HEAD


def test_migrated_database_matches_the_models(db: Database, tmp_path: Path) -> None:
    reference = create_engine("sqlite:///" + str(tmp_path / "from_models.sqlite3"))
    Base.metadata.create_all(reference)
    try:
        migrated, modelled = _describe(db.engine), _describe(reference)
    finally:
        reference.dispose()
    assert set(migrated) == set(modelled)
    for table in modelled:
        assert migrated[table] == modelled[table], table
    # and the models' own table list, not only what create_all made of it
    assert set(migrated) - {"expression indexes"} == set(Base.metadata.tables)
    assert {name for name, _ in migrated["expression indexes"]} == {
        "ix_ticket_queue_sort",
        "ix_ticket_assignee_sort",
        "ix_ticket_sla_sort",
        "ix_ticket_follow_up_sort",
        "ix_ticket_complaint_status",
        "ix_ticket_tombstones",
        "ix_ticket_escalated",
        "ix_ticket_escalation_due",
        *(f"ix_ticket_open_{name}" for name in OPEN_SORT_KEYS),
        OPEN_CALL_BACKS_INDEX,
        "ix_ticket_journal_article_used",
        "ix_register_entry_awaiting",
    }


def test_search_tables_and_guard_triggers_exist(db: Database) -> None:
    with db.engine.connect() as conn:
        names = {
            (kind, name)
            for kind, name in conn.exec_driver_sql("SELECT type, name FROM sqlite_master").all()
        }
        revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one()
    assert {("table", t) for t in FTS_TABLES} <= names
    assert {("trigger", t) for t in TRIGGERS} <= names
    assert revision == SCHEMA_HEAD


def test_ticket_row_no_is_the_rowid(db: Database) -> None:
    """The full-text index refers to tickets by row_no; only a rowid alias keeps
    that link through VACUUM."""
    with db.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT name, type, pk FROM pragma_table_info('ticket') WHERE pk > 0"
        ).all()
    assert row == [("row_no", "INTEGER", 1)]


def _pragmas(conn: Any) -> tuple[int, str, int]:
    return (
        conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one(),
        conn.exec_driver_sql("PRAGMA journal_mode").scalar_one(),
        conn.exec_driver_sql("PRAGMA busy_timeout").scalar_one(),
    )


def test_every_pooled_connection_has_the_pragmas(db: Database) -> None:
    # Hold several connections at once so the pool has to open new ones.
    conns = [db.engine.connect() for _ in range(6)]
    try:
        seen = {id(c.connection.dbapi_connection) for c in conns}
        assert len(seen) == 6
        for conn in conns:
            assert _pragmas(conn) == (1, "wal", dbmod.BUSY_TIMEOUT_MS)
    finally:
        for conn in conns:
            conn.close()
    with db.reading() as session:
        assert _pragmas(session.connection()) == (1, "wal", dbmod.BUSY_TIMEOUT_MS)
    with db.writing() as session:
        assert _pragmas(session.connection()) == (1, "wal", dbmod.BUSY_TIMEOUT_MS)


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(exc.IntegrityError), db.writing() as session:
        session.execute(
            text(
                "INSERT INTO app_user (id, username, display_name, role, branch_id, active,"
                " updated_at, version, origin_client_id, created_at)"
                " VALUES ('u', 'u', 'u', 'agent', 'no-such-branch', 1, 'x', 1, 'c',"
                " '2026-01-01 00:00:00.000000')"
            )
        )


def test_reopening_a_current_database_runs_no_migration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "desk.sqlite3"
    open_database(path).close()

    def refuse(engine: Engine) -> None:
        raise AssertionError("migrations ran on a current database")

    monkeypatch.setattr(migrate, "upgrade_to_head", refuse)
    again = open_database(path)
    try:
        with again.reading() as session:
            assert session.execute(text("SELECT count(*) FROM ticket")).scalar_one() == 0
    finally:
        again.close()


def test_an_empty_file_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    sqlite3.connect(path).close()  # an empty, valid SQLite file
    database = open_database(path)
    try:
        with database.reading() as session:
            assert session.execute(text("SELECT count(*) FROM ticket")).scalar_one() == 0
    finally:
        database.close()


def test_migration_leaves_foreign_keys_on(tmp_path: Path) -> None:
    """Migrations switch foreign keys off; the connection must not go back to the
    pool with them still off."""
    database = open_database(tmp_path / "desk.sqlite3")
    try:
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
    finally:
        database.close()
