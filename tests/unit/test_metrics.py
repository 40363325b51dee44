"""The supervisor's figures on hand-made histories: each metric, pauses,
reopens, escalations, late sync arrivals, and the drill-down's counts."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select, update

from desk_app.models import DeskGroup, Ticket, User
from desk_app.services import metrics_store
from desk_app.services.context import WriteContext
from desk_app.services.metrics import dashboard
from desk_app.services.metrics_types import Bucket, Dashboard, Figure, Period, Scope, Table
from desk_app.storage.db import Database
from tests.unit.metrics_checks import assert_drills_match
from tests.unit.metrics_histories import SUNDAY_MORNING, ZONE, History, days, hours

NOW = datetime(2025, 12, 20, 9, 0, tzinfo=UTC)
EVERYONE = Scope()
NOVEMBER = Period(
    datetime(2025, 10, 31, 21, 0, tzinfo=UTC),
    datetime(2025, 11, 30, 21, 0, tzinfo=UTC),
    Bucket.DAY,
    ZONE,
)


def _board(db: Database, period: Period = NOVEMBER, scope: Scope = EVERYONE) -> Dashboard:
    with db.reading() as session:
        board = dashboard(session, period, scope, NOW)
        assert_drills_match(session, board)
    return board


def _tile(board: Dashboard, key: str) -> Figure:
    return next(t for t in board.tiles if t.key == key)


def _table(board: Dashboard, key: str) -> Table:
    return next(t for t in board.tables if t.key == key)


def _cell(board: Dashboard, table: str, value: str, column: str) -> Figure:
    found = _table(board, table)
    cells = dict(found.rows)[value]
    return cells[found.columns.index(column)]


@pytest.fixture
def queues(groups: dict[str, DeskGroup]) -> tuple[str, str]:
    return groups["Service Desk"].id, groups["Technical Support"].id


def test_volume_by_day_and_dimension(
    db: Database, ctx: WriteContext, queues: tuple[str, str]
) -> None:
    desk, tech = queues
    with db.writing() as session:
        h = History(session, ctx)
        a = h.ticket(SUNDAY_MORNING, channel="phone", queue=desk)
        h.ticket(SUNDAY_MORNING + hours(1), channel="email", queue=tech, priority=2)
        h.ticket(SUNDAY_MORNING + days(1), channel="phone", queue=desk)
        h.status(a, SUNDAY_MORNING + hours(2), "resolved")
        # October: outside the period.
        h.ticket(SUNDAY_MORNING - days(10), queue=desk)
    board = _board(db)
    assert (_tile(board, "opened").value, _tile(board, "resolved").value) == (3, 1)
    assert _cell(board, "by_channel", "phone", "opened").value == 2
    assert _cell(board, "by_channel", "email", "opened").value == 1
    assert _cell(board, "by_queue", desk, "opened").value == 2
    assert _cell(board, "by_priority", "2", "opened").value == 1
    volume = next(s for s in board.series if s.key == "volume")
    assert volume.labels[0] == "2025-11-01"
    opened = dict(zip(volume.labels, (f.value for f in volume.values["opened"]), strict=True))
    assert (opened["2025-11-02"], opened["2025-11-03"], opened["2025-11-04"]) == (2, 1, 0)
    # The October ticket is open: the backlog at each day's end counts it.
    backlog = next(s for s in board.series if s.key == "backlog").values["backlog_at"]
    assert [b.value for b in backlog[:3]] == [1, 2, 3] and backlog[-1].value == 3


def test_first_response_and_written_reply(
    db: Database, ctx: WriteContext, queues: tuple[str, str]
) -> None:
    with db.writing() as session:
        h = History(session, ctx)
        quick = h.ticket(SUNDAY_MORNING, channel="web")
        h.contact(quick, SUNDAY_MORNING + hours(1))
        slow = h.ticket(SUNDAY_MORNING, channel="web")
        h.contact(slow, SUNDAY_MORNING + days(3))
        letter = h.ticket(SUNDAY_MORNING, channel="letter")
        h.contact(letter, SUNDAY_MORNING + hours(10))
        h.ticket(SUNDAY_MORNING + days(5), channel="web")  # no response, still running
        h.ticket(SUNDAY_MORNING, channel="phone")  # answered at intake: no target
    board = _board(db)
    fr, wr = _tile(board, "fr_compliance"), _tile(board, "wr_compliance")
    assert (fr.value, fr.count) == (50.0, 2)
    assert (wr.value, wr.count) == (100.0, 1)
    frt = _tile(board, "frt_avg")
    assert frt.count == 3
    assert frt.value == pytest.approx((3600 + 3 * 86400 + 10 * 3600) / 3)


def test_a_paused_clock_is_not_a_breach(db: Database, ctx: WriteContext) -> None:
    with db.writing() as session:
        h = History(session, ctx)
        waited = h.ticket(SUNDAY_MORNING, channel="web")
        h.status(waited, SUNDAY_MORNING + hours(0.5), "waiting_customer")
        h.status(waited, SUNDAY_MORNING + days(20), "resolved")
        still = h.ticket(SUNDAY_MORNING, channel="web")
        h.status(still, SUNDAY_MORNING + hours(0.5), "waiting_third_party")
        late = h.ticket(SUNDAY_MORNING, channel="web")
        h.status(late, SUNDAY_MORNING + days(20), "resolved")
    board = _board(db)
    res = _tile(board, "res_compliance")
    assert (res.value, res.count) == (50.0, 2)
    assert _cell(board, "by_channel", "web", "res_missed").value == 1
    assert _tile(board, "backlog").value == 1


def test_reopen_first_contact_and_escalation(
    db: Database, ctx: WriteContext, queues: tuple[str, str]
) -> None:
    desk, tech = queues
    with db.writing() as session:
        h = History(session, ctx)
        reopened = h.ticket(SUNDAY_MORNING, queue=desk)
        h.status(reopened, SUNDAY_MORNING + hours(1), "resolved")
        h.status(reopened, SUNDAY_MORNING + days(1), "open")
        h.status(reopened, SUNDAY_MORNING + days(2), "resolved")
        first = h.ticket(SUNDAY_MORNING, queue=desk)
        h.status(first, SUNDAY_MORNING + hours(1), "resolved")
        climbed = h.ticket(SUNDAY_MORNING, queue=desk)
        h.escalate(
            climbed,
            SUNDAY_MORNING + hours(1),
            from_queue=desk,
            to_queue=tech,
            from_tier=1,
            to_tier=2,
        )
        h.status(climbed, SUNDAY_MORNING + hours(3), "resolved")
        kb = h.ticket(SUNDAY_MORNING, queue=desk)
        h.article(kb, SUNDAY_MORNING + hours(0.1))
        h.status(kb, SUNDAY_MORNING + hours(0.2), "resolved")
    board = _board(db)
    assert _tile(board, "resolved").value == 4
    assert _tile(board, "reopen_rate").value == 25.0
    assert _tile(board, "fcr_rate").value == 50.0
    assert _tile(board, "escalation_rate").value == 25.0
    assert _tile(board, "tier0").value == 1
    assert _cell(board, "escalations_by_tier", "2", "escalated_in").value == 1
    assert _cell(board, "escalations_by_tier", "1", "escalated_out").value == 1
    # The resolved-by-day trend counts the reopened ticket on its last resolution only.
    volume = next(s for s in board.series if s.key == "volume")
    resolved = dict(zip(volume.labels, (f.value for f in volume.values["resolved"]), strict=True))
    assert (resolved["2025-11-02"], resolved["2025-11-04"]) == (3, 1)


def test_satisfaction_and_share_not_asked(db: Database, ctx: WriteContext) -> None:
    with db.writing() as session:
        h = History(session, ctx)
        for score in (5, 4, None, 3):
            ticket = h.ticket(SUNDAY_MORNING)
            h.status(ticket, SUNDAY_MORNING + hours(1), "resolved")
            h.rate(ticket, score)
    board = _board(db)
    assert _tile(board, "satisfaction").value == 4.0
    assert _tile(board, "satisfaction").count == 3
    assert _tile(board, "not_asked").value == 25.0
    assert _cell(board, "satisfaction", "", "resolved").value == 1
    assert _cell(board, "satisfaction", "5", "resolved").value == 1


def test_late_sync_arrivals_move_the_summaries(db: Database, ctx: WriteContext) -> None:
    """A pause recorded on another desk arrives after the resolution it
    precedes: the verdict and the summaries follow."""
    with db.writing() as session:
        h = History(session, ctx)
        ticket = h.ticket(SUNDAY_MORNING, channel="web")
        h.status(ticket, SUNDAY_MORNING + days(10), "resolved")
    assert _tile(_board(db), "res_compliance").value == 0.0
    with db.writing() as session:
        h = History(session, ctx)
        h.status(ticket, SUNDAY_MORNING + hours(1), "waiting_customer")
        h.status(ticket, SUNDAY_MORNING + days(9.9), "open")
    board = _board(db)
    assert _tile(board, "res_compliance").value == 100.0
    assert _tile(board, "resolved").value == 1


def test_backlog_by_age_and_workload(db: Database, ctx: WriteContext, agent: User) -> None:
    with db.writing() as session:
        h = History(session, ctx)
        h.ticket(NOW - hours(2), agent=agent.id)
        h.ticket(NOW - days(2), agent=agent.id)
        h.ticket(NOW - days(40))
        done = h.ticket(SUNDAY_MORNING, agent=agent.id)
        h.contact(done, SUNDAY_MORNING + hours(1), seconds=300)
        h.contact(done, SUNDAY_MORNING + hours(2), seconds=120)
        h.status(done, SUNDAY_MORNING + hours(3), "resolved")
    board = _board(db)
    ages = {value: cells[0].value for value, cells in _table(board, "backlog_by_age").rows}
    assert ages == {"lt1": 1, "1-3": 1, "3-7": 0, "7-30": 0, "gt30": 1}
    assert _cell(board, "agents", agent.id, "backlog").value == 2
    assert _cell(board, "agents", agent.id, "resolved").value == 1
    assert _cell(board, "agents", agent.id, "contacts").value == 2
    assert _cell(board, "agents", agent.id, "contact_time").value == 420
    assert _cell(board, "agents", "", "backlog").value == 1
    mine = _board(db, scope=Scope(agent_ids=frozenset({agent.id})))
    assert _tile(mine, "resolved").value == 1 and _tile(mine, "backlog").value == 2


def test_deleted_ticket_leaves_the_figures_and_rebuild_agrees(
    db: Database, ctx: WriteContext
) -> None:
    with db.writing() as session:
        h = History(session, ctx)
        gone = h.ticket(SUNDAY_MORNING)
        kept = h.ticket(SUNDAY_MORNING)
        h.status(kept, SUNDAY_MORNING + hours(1), "resolved")
    with db.writing() as session:
        session.execute(update(Ticket).where(Ticket.id == gone).values(deleted_at=NOW))
        from desk_app.services import sla_clock

        sla_clock.mark(session, [gone])
    before = _board(db)
    assert _tile(before, "opened").value == 1
    with db.writing() as session:
        metrics_store.rebuild(session)
    after = _board(db)
    assert before.tiles == after.tiles and before.tables == after.tables


def test_an_unknown_drill_lists_nothing(db: Database, ctx: WriteContext) -> None:
    from desk_app.services import ticket_list
    from desk_app.services.metrics_types import Drill
    from desk_app.services.ticket_list import TicketFilter

    with db.writing() as session:
        History(session, ctx).ticket(SUNDAY_MORNING)
    with db.reading() as session:
        drill = Drill("no_such_metric", NOVEMBER)
        assert ticket_list.count(session.connection(), TicketFilter(drill=drill)) == 0
        assert session.execute(select(Ticket.id)).first() is not None
