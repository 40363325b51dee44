"""A desk whose clock runs a year ahead, through the real server in-process:
its changes are refused as ``clock_ahead`` and wait in its outbox, said in
words the person can act on; they win nothing and drag no clock along."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Table, select

from desk_app.models import SyncState as SyncStateRow
from desk_app.models import Ticket, TicketJournal
from desk_app.services.context import LAST_HLC_KEY, utc_now
from desk_app.services.hlc import HybridLogicalClock, Timestamp
from desk_app.sync.protocol import MAX_CLOCK_AHEAD_MS
from desk_app.sync.status import SyncState
from desk_app.ui.sync_texts import reject_reason_text
from tests.sync.harness import Server
from tests.sync.helpers import Desk
from tests.sync.test_end_to_end import list_outbox_of, synced

YEAR = timedelta(days=366)


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


def _a_year_ahead(desk: Desk) -> None:
    """The workstation's clock jumps a year ahead (the HLC and every time the
    desk writes)."""
    ahead_ms = int(YEAR.total_seconds() * 1000)
    desk.ctx.clock = HybridLogicalClock(
        desk.ctx.client_id, desk.ctx.clock.last, wall=lambda: _wall_ms() + ahead_ms
    )
    wall = desk.ctx.now
    desk.ctx.now = lambda: wall() + YEAR


def _server_hlc_ms(desk: Desk) -> int:
    """The latest HLC the server handed out, as the honest desk observed it."""
    return desk.ctx.clock.last.wall_ms


def test_a_desk_a_year_ahead_is_refused_and_told_its_clock_is_wrong(
    server: Server, make_desk: Callable[..., Desk]
) -> None:
    honest, ahead = make_desk("a", username="agent1"), make_desk("b", station="2")
    honest_engine = server.engine_for(honest, "agent1")
    ahead_engine = server.engine_for(ahead, "agent2")
    ticket = honest.create("Printer does not print")
    synced(honest_engine)
    synced(ahead_engine)

    _a_year_ahead(ahead)
    ahead.change(ticket.id, subject="Changed in a year")
    ahead.create("Written a year ahead")
    status = ahead_engine.sync_once()
    assert status.rejected == len(ahead.outbox()) >= 3
    entries = list_outbox_of(ahead_engine)
    assert {e.error for e in entries} == {"clock_ahead"}
    assert all(e.state == "rejected" for e in entries)
    text = reject_reason_text("clock_ahead")
    assert "clock" in text and "clock_ahead" not in text

    # Nothing of it reached the server, and the server's clock did not jump.
    synced(honest_engine)
    assert _server_hlc_ms(honest) < _wall_ms() + MAX_CLOCK_AHEAD_MS
    assert honest.ticket(ticket.id).subject == "Printer does not print"
    assert len(honest.tickets()) == 1
    # An honest edit made now is applied as any other: no conflict to review.
    honest.change(ticket.id, subject="Printer jams")
    synced(honest_engine)
    with server.app.state.db.reading() as conn:
        stored = conn.execute(
            select(Ticket.__table__.c.subject, Ticket.__table__.c.updated_at).where(
                Ticket.__table__.c.id == ticket.id
            )
        ).one()
    assert stored.subject == "Printer jams"
    assert Timestamp.decode(stored.updated_at).wall_ms < _wall_ms() + MAX_CLOCK_AHEAD_MS
    # The refused changes wait, visible, in the desk's outbox: never dropped.
    assert [e.error for e in list_outbox_of(ahead_engine)] == [e.error for e in entries]


def _corrected(desk: Desk) -> None:
    """The workstation's clock is set right again, as after a restart: the HLC
    the desk persisted (a year ahead) is loaded with the honest wall clock."""
    desk.ctx.clock = HybridLogicalClock(desk.ctx.client_id, desk.ctx.clock.last, wall=_wall_ms)
    desk.ctx.now = utc_now


COMPARED = ("subject", "status", "updated_at", "body", "new_value", "kind", "at")


def _compared(rows: Any) -> dict[str, dict[str, Any]]:
    return {row["id"]: {name: row[name] for name in COMPARED if name in row} for row in rows}


def _server_rows(server: Server, table: Table) -> dict[str, dict[str, Any]]:
    with server.app.state.db.reading() as conn:
        rows = conn.execute(select(table)).mappings().all()
    found = _compared(rows)
    for values in found.values():  # the server keeps times as text
        if isinstance(values.get("at"), str):
            values["at"] = datetime.fromisoformat(values["at"])
    return found


def _desk_rows(desk: Desk, table: Table) -> dict[str, dict[str, Any]]:
    with desk.db.reading() as session:
        return _compared(session.execute(select(table)).mappings().all())


def _persisted_hlc(desk: Desk) -> Timestamp:
    with desk.db.reading() as session:
        value = session.execute(
            select(SyncStateRow.value).where(SyncStateRow.key == LAST_HLC_KEY)
        ).scalar_one()
    return Timestamp.decode(value)


def test_a_desk_whose_clock_is_corrected_sends_everything_it_was_refused(
    server: Server, make_desk: Callable[..., Desk]
) -> None:
    honest, ahead = make_desk("a", username="agent1"), make_desk("b", station="2")
    honest_engine = server.engine_for(honest, "agent1")
    ahead_engine = server.engine_for(ahead, "agent2")
    ticket = honest.create("Printer does not print")
    synced(honest_engine)
    synced(ahead_engine)

    _a_year_ahead(ahead)
    ahead.change(ticket.id, subject="Changed in a year", status="resolved")
    made = ahead.create("Written a year ahead")
    ahead.note(made.id, "called the customer")
    refused = ahead_engine.sync_once()
    assert refused.rejected == len(ahead.outbox()) >= 4
    assert refused.problem == "clock_ahead"
    assert abs(refused.clock_ahead_ms - YEAR.total_seconds() * 1000) < 600_000
    assert len(_server_rows(server, Ticket.__table__)) == 1  # nothing won

    _corrected(ahead)
    # The persisted HLC is still a year ahead: this edit is refused at first too.
    ahead.note(ticket.id, "written after the clock was set right")
    status = ahead_engine.sync_once()

    assert status.state is SyncState.SYNCED and status.problem == "", status
    assert (status.pending, status.rejected) == (0, 0), list_outbox_of(ahead_engine)
    assert ahead.outbox() == []
    # The desk's clock is back near the wall clock, in memory and on disk.
    bound = _wall_ms() + MAX_CLOCK_AHEAD_MS
    assert ahead.ctx.clock.last.wall_ms < bound
    assert _persisted_hlc(ahead) == ahead.ctx.clock.last
    # The server took every change and its clock never jumped.
    synced(honest_engine)
    for table in (Ticket.__table__, TicketJournal.__table__):
        stored = _server_rows(server, table)
        assert stored == _desk_rows(ahead, table) == _desk_rows(honest, table)
        assert all(Timestamp.decode(row["updated_at"]).wall_ms < bound for row in stored.values())
    assert _server_hlc_ms(honest) < bound
    assert honest.tickets() == ahead.tickets()
    assert honest.journal() == ahead.journal()
    assert honest.ticket(ticket.id).subject == "Changed in a year"
    closed = ahead.ticket(ticket.id).closed_at
    assert closed is not None and closed.timestamp() * 1000 < bound
    # The history keeps its order: what was written while the clock was ahead
    # comes before what was written after it was corrected, on every replica.
    for desk in (ahead, honest):
        with desk.db.reading() as session:
            bodies = [
                j.body
                for j in session.execute(
                    select(TicketJournal)
                    .where(TicketJournal.ticket_id == ticket.id)
                    .order_by(TicketJournal.at, TicketJournal.updated_at)
                ).scalars()
            ]
        assert bodies[-1] == "written after the clock was set right"
        assert all(j.at.timestamp() * 1000 < bound for j in _journal(desk))


def _journal(desk: Desk) -> list[TicketJournal]:
    with desk.db.reading() as session:
        return list(session.execute(select(TicketJournal)).scalars())


def test_a_desk_still_ahead_keeps_its_changes_and_says_so(
    server: Server, make_desk: Callable[..., Desk]
) -> None:
    desk = make_desk("b", station="2")
    engine = server.engine_for(desk, "agent2")
    synced(engine)
    _a_year_ahead(desk)
    made = desk.create("Written a year ahead")
    ahead_hlc = desk.ctx.clock.last
    for _ in range(2):
        status = engine.sync_once()
        assert status.state is SyncState.SYNCED
        assert status.problem == "clock_ahead"
        assert status.clock_ahead_ms > YEAR.total_seconds() * 1000 - 600_000
        assert status.rejected == len(desk.outbox()) >= 2
        assert {op.error for op in desk.outbox()} == {"clock_ahead"}
    # Nothing went back while the wall clock is still ahead.
    assert desk.ctx.clock.last >= ahead_hlc
    assert _persisted_hlc(desk) >= ahead_hlc
    assert (
        Timestamp.decode(desk.ticket(made.id).updated_at).wall_ms > _wall_ms() + MAX_CLOCK_AHEAD_MS
    )
    assert _server_rows(server, Ticket.__table__) == {}
