"""Search-index merging is idle work, not part of a save (migration 0003)."""

from __future__ import annotations

from sqlalchemy import text

from desk_app.services.context import WriteContext
from desk_app.services.intake import IntakeForm, create_ticket
from desk_app.services.ticket_list import TicketFilter, TicketQuery, count, fetch_page
from desk_app.storage.db import Database
from desk_app.storage.search_maintenance import merge_some


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
