"""Migrations from 0001 on a database that already holds data: the rebuilt tables
keep their rows and row numbers, the search index and its triggers, the
journal's guards and the outbox's never-reused sequence."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError as SQLDatabaseError

from desk_app.models import OutboxOp, Ticket
from desk_app.services.setup import BranchProfile, ensure_local_setup
from desk_app.services.ticket_list import TicketFilter, TicketQuery, fetch_page
from desk_app.storage import migrate
from desk_app.storage.db import SCHEMA_HEAD, Database, make_engine, open_database
from tests.sync.helpers import Desk


def _database_at_0001(path: Path) -> Database:
    engine = make_engine(path)
    config = migrate.alembic_config()
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.commit()
    engine.dispose()
    return Database(path)  # opened without upgrading


def _search(db: Database, words: str) -> list[str]:
    query = TicketQuery(filter=TicketFilter(search=words))
    with db.engine.connect() as conn:
        return [row.id for row in fetch_page(conn, query).rows]


def _copy_into_old_schema(source: Path, target: Path) -> None:
    """Rows written by today's code, copied into a database still at 0001 (its
    columns only; its own triggers index the tickets as they arrive). Today's
    models cannot write to the old schema directly once columns are added."""
    engine = make_engine(target)  # registers the functions the search triggers call
    try:
        with engine.connect() as conn:
            run = conn.exec_driver_sql
            run("PRAGMA foreign_keys = OFF")
            run("ATTACH DATABASE ? AS source", (str(source),))
            tables = (
                run(
                    "SELECT name FROM main.sqlite_master WHERE type = 'table'"
                    " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'ticket%fts%'"
                    " AND name != 'alembic_version'"
                )
                .scalars()
                .all()
            )
            for table in tables:
                info = run(f"PRAGMA main.table_info({table})").all()
                columns = ", ".join(row[1] for row in info)
                run(f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM source.{table}")
            conn.commit()
            run("DETACH DATABASE source")
    finally:
        engine.dispose()


def test_upgrade_keeps_data_search_triggers_and_sequence(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    today = open_database(tmp_path / "today.sqlite3")
    with today.writing() as session:
        ctx = ensure_local_setup(session, BranchProfile(station="1"), "agent1", "Agent One")
    desk = Desk(today, ctx)
    first = desk.create("الطابعة لا تطبع")
    second = desk.create("Scanner jams")
    desk.note(first.id, "called")
    with today.reading() as session:
        last_seq = max(session.execute(select(OutboxOp.client_seq)).scalars())
    row_nos = {t.id: t.row_no for t in (desk.ticket(first.id), desk.ticket(second.id))}
    today.close()
    _database_at_0001(path).close()
    _copy_into_old_schema(tmp_path / "today.sqlite3", path)
    old = Database(path)
    with old.writing() as session:
        session.execute(text("DELETE FROM outbox_op"))  # as if everything was pushed
    old.close()

    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            triggers = set(
                conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type='trigger'"
                ).scalars()
            )
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        assert revision == SCHEMA_HEAD
        assert {"ticket_ai", "ticket_au", "ticket_ad", "journal_no_update"} <= triggers
        desk = Desk(db, ctx)
        with db.reading() as session:
            kept = {t.id: t.row_no for t in session.execute(select(Ticket)).scalars()}
        assert kept == row_nos
        assert _search(db, "الطابعة") == [first.id]
        # The triggers still index edited and new tickets.
        desk.change(second.id, subject="Scanner eats paper")
        assert _search(db, "paper") == [second.id]
        third = desk.create("Brand new")
        assert _search(db, "brand") == [third.id]
        # client_seq continues past the ops that were already pushed.
        assert min(op.client_seq for op in desk.outbox()) > last_seq
        with pytest.raises(SQLDatabaseError, match="append-only"), db.writing() as session:
            session.execute(text("DELETE FROM ticket_journal"))
    finally:
        db.close()


def test_an_hlc_fits_its_columns(desk: Desk) -> None:
    created = desk.create()
    hlc = desk.ticket(created.id).updated_at
    assert len(hlc) == 58
    assert all(len(op.hlc) == 58 for op in desk.outbox())


def test_edits_queued_by_an_earlier_release_are_based_on_the_servers_version(
    desk: Desk,
) -> None:
    """An earlier release counted the version up with each offline edit and
    based the next edit on that count; the upgrade bases every waiting edit of
    a row on the first one's base, and the row's version with them."""
    ticket = desk.create("Printer does not print")
    desk.change(ticket.id, priority=2)
    desk.change(ticket.id, status="open")
    desk.change(ticket.id, subject="Printer prints blank pages")
    path = desk.db.path
    with desk.db.engine.begin() as conn:
        seqs = conn.execute(
            text("SELECT client_seq FROM outbox_op WHERE kind = 'update' ORDER BY client_seq")
        ).scalars()
        for counted, seq in enumerate(seqs, start=1):  # as the earlier release left them
            conn.execute(
                text("UPDATE outbox_op SET base_version = :b WHERE client_seq = :s"),
                {"b": counted, "s": seq},
            )
        conn.execute(text("UPDATE ticket SET version = 4 WHERE id = :id"), {"id": ticket.id})
    # Back to the earlier release's schema for real: later revisions' tables
    # and indexes go, so the upgrade below meets what that release left.
    config = migrate.alembic_config()
    with desk.db.engine.connect() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0006")
        conn.commit()
    desk.db.close()

    upgraded = open_database(path)
    try:
        with upgraded.reading() as session:
            bases = session.execute(
                select(OutboxOp.kind, OutboxOp.base_version).order_by(OutboxOp.client_seq)
            ).all()
            version = session.execute(
                select(Ticket.version).where(Ticket.id == ticket.id)
            ).scalar_one()
    finally:
        upgraded.close()
    assert [b for kind, b in bases if kind == "update"] == [1, 1, 1]
    assert {b for kind, b in bases if kind == "insert"} == {0}  # the row, customer, history
    assert version == 1
