"""The supervisor's figures follow pulled changes: two desks that worked the
same tickets offline show the same figures after sync, and each figure's
drill-down lists its tickets on either desk."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from desk_app.services.metrics import dashboard
from desk_app.services.metrics_types import Bucket, Dashboard, Period, Scope
from desk_app.sync.status import SyncState
from tests.sync.harness import Server
from tests.sync.helpers import Desk
from tests.unit.metrics_checks import assert_drills_match

MakeDesk = Callable[..., Desk]


def _board(desk: Desk, now: datetime) -> Dashboard:
    period = Period(now - timedelta(days=2), now + timedelta(days=1), Bucket.DAY, "Asia/Riyadh")
    with desk.db.reading() as session:
        board = dashboard(session, period, Scope(), now)
        assert_drills_match(session, board)
    return board


def test_two_desks_show_the_same_figures_after_sync(server: Server, make_desk: MakeDesk) -> None:
    one = make_desk("one", station="1", username="agent1")
    two = make_desk("two", station="2", username="agent2")
    engines = [server.engine_for(one, "agent1"), server.engine_for(two, "agent2")]
    for engine in engines:
        assert engine.sync_once().state is SyncState.SYNCED
    tickets = [one.create(channel=c, priority=3).id for c in ("phone", "email", "web")]
    for engine in engines:
        engine.sync_once()
    # Offline on both desks: one resolves, the other waits on the customer.
    one.change(tickets[0], status="resolved")
    two.change(tickets[1], status="waiting_customer")
    two.change(tickets[2], status="resolved")
    two.change(tickets[2], status="open")
    for engine in (*engines, *engines):
        status = engine.sync_once()
        assert (status.state, status.rejected) == (SyncState.SYNCED, 0)
    now = datetime.now(UTC)
    first, second = _board(one, now), _board(two, now)
    assert first.tiles == second.tiles
    assert first.tables == second.tables
    tiles = {t.key: t.value for t in first.tiles}
    assert (tiles["opened"], tiles["resolved"], tiles["backlog"]) == (3, 1, 2)
