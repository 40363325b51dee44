"""Search-index upkeep: merging is idle work, not part of a save (migration
0003); a change of the normaliser rebuilds the index (migration 0008)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import text

from desk_app.services.context import WriteContext
from desk_app.services.intake import IntakeForm, create_ticket, write_ticket
from desk_app.services.setup import BranchProfile, ensure_local_setup
from desk_app.services.ticket_list import TicketFilter, TicketQuery, count, fetch_page
from desk_app.storage import migrate
from desk_app.storage.db import SCHEMA_HEAD, Database, make_engine, open_database
from desk_app.storage.search_maintenance import merge_some
from tests.unit.helpers import form, later_ticket_columns


def test_saves_do_not_merge_and_idle_merging_compacts(db: Database, ctx: WriteContext) -> None:
    with db.reading() as s:
        for table in ("ticket_fts", "ticket_code_fts"):
            value = s.execute(text(f"SELECT v FROM {table}_config WHERE k = 'automerge'"))
            assert value.scalar() == 0
    for i in range(40):  # one transaction each: one new segment each
        with db.writing() as s:
            create_ticket(s, ctx, IntakeForm(subject=f"الطابعة رقم {i}"))
    rounds = 0
    while True:
        with db.writing() as s:
            if not merge_some(s, pages=50):
                break
        rounds += 1
        assert rounds < 100, "merging never finishes"
    assert rounds >= 1
    with db.reading() as s:
        conn = s.connection()
        found = TicketQuery(TicketFilter(search="طابعه"))
        assert count(conn, found.filter) == 40
        assert len(fetch_page(conn, found, limit=100).rows) == 40


def _search(db: Database, typed: str) -> list[int]:
    with db.reading() as s:
        query = TicketQuery(TicketFilter(search=typed))
        return [r.row_no for r in fetch_page(s.connection(), query, limit=100).rows]


def test_upgrade_to_0008_refolds_an_index_written_before(tmp_path: Path) -> None:
    """A desk at 0007 indexed "działa" as it was written; after the upgrade the
    index holds what today's normaliser makes of it, so "dziala" finds it."""
    path = tmp_path / "desk.sqlite3"
    engine = make_engine(path)
    config = migrate.alembic_config()
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0007")
        conn.commit()
    engine.dispose()
    old = Database(path)  # opened without upgrading
    with later_ticket_columns(old):
        with old.writing() as s:
            ctx = ensure_local_setup(s, BranchProfile(), "agent1", "Agent One")
        with old.writing() as s:
            # write_ticket: a 0007 desk had no rights tables to check against.
            created = write_ticket(
                s, ctx, form(subject="Drukarka nie działa", customer_name="Łukasz Żółw")
            )
            other = write_ticket(s, ctx, form(subject="الطابعة لا تطبع", customer_name="أحمد"))
        with old.writing() as s:
            # What the 0007 code stored: the text folded without the Latin table.
            s.execute(text("DELETE FROM ticket_fts"))
            s.execute(
                text(
                    "INSERT INTO ticket_fts(rowid, subject, description, customer)"
                    " VALUES (:r, :s, '', :c)"
                ),
                {"r": created.row_no, "s": "drukarka nie działa", "c": "łukasz żółw"},
            )
            s.execute(
                text("UPDATE customer SET name_norm = 'łukasz żółw' WHERE name = 'Łukasz Żółw'")
            )
        assert _search(old, "dziala") == []
    old.close()

    db = open_database(path)
    try:
        with db.reading() as s:
            revision = s.execute(text("SELECT version_num FROM alembic_version")).scalar()
            norm = s.execute(
                text("SELECT name_norm FROM customer WHERE name = 'Łukasz Żółw'")
            ).scalar()
            fts_rows = s.execute(text("SELECT count(*) FROM ticket_fts")).scalar()
            automerge = s.execute(
                text("SELECT v FROM ticket_fts_config WHERE k = 'automerge'")
            ).scalar()
        assert revision == SCHEMA_HEAD
        assert norm == "lukasz żólw"
        assert fts_rows == 2, "every ticket is indexed again, none twice"
        assert automerge == 0, "the rebuild keeps 0003's setting"
        assert _search(db, "dziala") == [created.row_no]
        assert _search(db, "działa") == [created.row_no]
        assert _search(db, "lukasz") == [created.row_no]
        assert _search(db, "بالطابعة") == [other.row_no]
        # The trigram index was rebuilt too: ticket numbers still found.
        assert _search(db, created.number) == [created.row_no]
    finally:
        db.close()
