"""A desk whose clock runs a year ahead, through the real server in-process:
its changes are refused as ``clock_ahead`` and wait in its outbox, said in
words the person can act on; they win nothing and drag no clock along."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import timedelta

from sqlalchemy import select

from desk_app.models import Ticket
from desk_app.services.hlc import HybridLogicalClock, Timestamp
from desk_app.sync.protocol import MAX_CLOCK_AHEAD_MS
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
