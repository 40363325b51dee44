"""The oracle: the supervisor's figures recomputed by plain SQL over the raw
tickets and journal (no facts, no summaries), compared with dashboard() over
random histories: pauses, reopens, escalations, assignment changes, and
journal entries that arrive late through sync (older times written after
newer ones). Service-level verdicts come from the SLA engine's own clocks."""

from __future__ import annotations

import json
import random
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text, update
from sqlalchemy.orm import Session

from desk_app.models import DeskGroup, Ticket, User
from desk_app.services import sla_clock
from desk_app.services.context import WriteContext
from desk_app.services.metrics import dashboard
from desk_app.services.metrics_types import AGE_BUCKETS, Bucket, Dashboard, Period, Scope
from desk_app.services.sla import Target, compute_clocks
from desk_app.storage.db import Database
from tests.unit.metrics_checks import assert_drills_match
from tests.unit.metrics_histories import SUNDAY_MORNING, ZONE, History

RIYADH = ZoneInfo(ZONE)
NOW = datetime(2025, 12, 20, 9, 0, tzinfo=UTC)
STATUSES = ("open", "waiting_customer", "waiting_third_party", "resolved", "closed", "open")
CHANNELS = ("phone", "email", "fax", "letter", "face_to_face", "chat", "web")
DONE = ("resolved", "closed")
LIVE = ("phone", "face_to_face", "chat")


def _at(value: datetime | str) -> datetime:
    """A stored time (text in raw SQL) as an aware UTC moment."""
    at = datetime.fromisoformat(value) if isinstance(value, str) else value
    return at if at.tzinfo else at.replace(tzinfo=UTC)


def _day(at: datetime | str) -> str:
    return _at(at).astimezone(RIYADH).date().isoformat()


def _history(
    db: Database, ctx: WriteContext, queues: list[str], agents: list[str | None], seed: int
) -> None:
    rng = random.Random(seed)
    late: list[tuple[str, str, datetime, Any]] = []
    with db.writing() as session:
        h = History(session, ctx)
        for _ in range(40):
            created = SUNDAY_MORNING + timedelta(days=rng.uniform(-3, 30))
            queue = rng.choice(queues)
            ticket = h.ticket(
                created,
                channel=rng.choice(CHANNELS),
                priority=rng.randint(1, 4),
                category=rng.choice(("printing", "network", "billing")),
                queue=queue,
                agent=rng.choice(agents),
                tier=1 if queue == queues[0] else 2,
            )
            at = created
            for _step in range(rng.randint(0, 6)):
                at += timedelta(hours=rng.choice((0.2, 1, 5, 30, 80)))
                action = rng.random()
                deferred = rng.random() < 0.25
                if action < 0.45:
                    event: tuple[str, Any] = ("status", rng.choice(STATUSES))
                elif action < 0.7:
                    event = ("contact", rng.choice(("inbound", "outbound")))
                elif action < 0.8:
                    event, deferred = ("escalate", None), False
                elif action < 0.9:
                    event, deferred = ("assign", rng.choice(agents)), False
                else:
                    event = ("article", None)
                if deferred:
                    late.append((ticket, event[0], at, event[1]))
                else:
                    _apply(h, ticket, event[0], at, event[1], queues)
        for ticket in h.tickets:
            if rng.random() < 0.5:
                h.rate(ticket, rng.choice((None, 1, 2, 3, 4, 5)))
        if h.tickets:
            gone = h.tickets[rng.randrange(len(h.tickets))]
            session.execute(update(Ticket).where(Ticket.id == gone).values(deleted_at=NOW))
            sla_clock.mark(session, [gone])
    # Entries made earlier on another desk arrive now, in a random order.
    rng.shuffle(late)
    for start in range(0, len(late), 7):
        with db.writing() as session:
            h = History(session, ctx)
            for ticket, kind, at, value in late[start : start + 7]:
                _apply(h, ticket, kind, at, value, queues)


def _apply(h: History, ticket: str, kind: str, at: datetime, value: Any, queues: list[str]) -> None:
    if kind == "status":
        h.status(ticket, at, value)
    elif kind == "contact":
        h.contact(ticket, at, direction=value, seconds=int(at.timestamp()) % 600)
    elif kind == "escalate":
        row = h._row(ticket)
        here = row.group_id or queues[0]
        there = queues[1] if here == queues[0] else queues[0]
        tiers = {queues[0]: 1, queues[1]: 2}
        h.escalate(
            ticket, at, from_queue=here, to_queue=there, from_tier=tiers[here], to_tier=tiers[there]
        )
    elif kind == "assign":
        h.assign(ticket, at, value)
    else:
        h.article(ticket, at)


# -- the oracle ----------------------------------------------------------------------


def _oracle(session: Session, first: str, after: str, today: date) -> dict[str, Any]:
    """Every checked figure, from the raw tables."""
    conn = session.connection()
    tickets = (
        conn.execute(
            text(
                "SELECT id, branch_id, ifnull(group_id, '') AS queue,"
                " ifnull(assignee_id, '') AS agent, channel, category, priority, tier, status,"
                " created_at, closed_at, last_activity_at, satisfaction"
                " FROM ticket WHERE deleted_at IS NULL AND merged_into_id IS NULL"
            )
        )
        .mappings()
        .all()
    )
    statuses: dict[str, list[Any]] = defaultdict(list)
    for row in conn.execute(
        text(
            "SELECT ticket_id, at, new_value FROM ticket_journal WHERE kind = 'status_changed'"
            " ORDER BY ticket_id, at, updated_at"
        )
    ):
        statuses[row.ticket_id].append(row)
    contacts = {
        r.ticket_id: (r.n, r.secs)
        for r in conn.execute(
            text(
                "SELECT ticket_id, count(*) AS n, sum(duration_s) AS secs FROM ticket_journal"
                " WHERE kind = 'contact_logged' GROUP BY ticket_id"
            )
        )
    }
    first_response = {
        r.ticket_id: r.at
        for r in conn.execute(
            text(
                "SELECT ticket_id, min(at) AS at FROM ticket_journal WHERE kind = 'contact_logged'"
                " AND (direction = 'outbound' OR channel IN ('phone', 'face_to_face', 'chat'))"
                " GROUP BY ticket_id"
            )
        )
    }
    escalations: dict[str, list[Any]] = defaultdict(list)
    for row in conn.execute(
        text("SELECT ticket_id, at, new_value FROM ticket_journal WHERE kind = 'escalated'")
    ):
        escalations[row.ticket_id].append(row)
    articles = {
        r[0]
        for r in conn.execute(
            text("SELECT DISTINCT ticket_id FROM ticket_journal WHERE kind = 'article_used'")
        )
    }
    sums: Counter[str] = Counter()
    by: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    ages: Counter[str] = Counter()
    moves: Counter[tuple[str, int]] = Counter()

    def add(measure: str, t: Any, amount: int = 1) -> None:
        sums[measure] += amount
        for dim, value in (
            ("channel", t.channel),
            ("priority", str(t.priority)),
            ("queue", t.queue),
            ("agent", t.agent),
        ):
            by[(dim, value)][measure] += amount

    def within(day: str) -> bool:
        return first <= day < after

    wall = datetime.now(UTC)
    for t in tickets:
        created_day = _day(t.created_at)
        done_since, reopened = None, False
        for entry in statuses[t.id]:
            if entry.new_value in DONE and done_since is None:
                done_since = _at(entry.at)
            elif entry.new_value not in DONE and done_since is not None:
                done_since, reopened = None, True
        resolved = t.status in DONE
        if not resolved:
            age = (today - date.fromisoformat(created_day)).days
            ages[
                next(n for n, lo, hi in AGE_BUCKETS if age < (hi if hi is not None else 10**6))
            ] += 1
        if within(created_day):
            add("opened", t)
            if escalations[t.id]:
                add("escalated", t)
        clocks = sla_clock.clocks_for(session, t.id, wall)
        fr = clocks.clock(Target.FIRST_RESPONSE)
        if fr is not None and fr.met_at is not None and within(max(_day(fr.met_at), created_day)):
            written = t.channel in ("email", "fax", "letter")
            add(("wr_" if written else "fr_") + ("missed" if fr.breached else "met"), t)
        if t.id in first_response:
            response = first_response[t.id]
            if within(max(_day(response), created_day)):
                add("frt_n", t)
                seconds = (_at(response) - _at(t.created_at)) // timedelta(seconds=1)
                add("frt_sum", t, max(0, seconds))
        for entry in escalations[t.id]:
            values = json.loads(entry.new_value)
            if (
                within(max(_day(entry.at), created_day))
                and values["from_tier"] != values["to_tier"]
            ):
                moves[("in", values["to_tier"])] += 1
                moves[("out", values["from_tier"])] += 1
        if not resolved:
            continue
        ended = done_since or t.closed_at or t.last_activity_at
        if not within(max(_day(ended), created_day)):
            continue
        add("resolved", t)
        res = clocks.clock(Target.RESOLUTION)
        if res is not None and res.met_at is not None:
            add("res_missed" if res.breached else "res_met", t)
        verdict = _next_update(session, t.id, done_since, wall)
        if verdict:
            add(f"nu_{verdict}", t)
        n, secs = contacts.get(t.id, (0, 0))
        if reopened:
            add("reopened", t)
        if not reopened and not escalations[t.id] and n == 0:
            add("fcr", t)
        if t.id in articles:
            add("tier0", t)
        score = t.satisfaction
        add(f"sat_{score}" if score else "sat_none", t)
        add("contacts", t, n)
        add("contact_secs", t, secs or 0)
    return {"sums": sums, "by": by, "ages": ages, "moves": moves}


def _next_update(
    session: Session, ticket_id: str, done_since: datetime | None, now: datetime
) -> str:
    """The engine's next-update clock at each later response and at the
    resolution, from the ticket's journal up to that moment."""
    ticket = session.execute(text("SELECT * FROM ticket WHERE id = :i"), {"i": ticket_id}).one()
    journal = sla_clock._journals(session, [ticket_id]).get(ticket_id, [])
    settings = sla_clock._branch_settings(session, {ticket.branch_id})
    calendar = sla_clock._calendars(session, settings)[ticket.branch_id]
    facts = sla_clock._TicketFacts(
        ticket.id, ticket.branch_id, ticket.channel, _at(ticket.created_at), ticket.priority
    )
    events, base = sla_clock._events(facts, journal, settings[ticket.branch_id])
    responses = sorted(e.at for e in events if e.kind.value == "responded" and e.at <= now)
    moments = responses[1:] + ([done_since] if done_since else [])
    verdict = ""
    for moment in moments:
        before = [e for e in events if e.at < moment or e.kind.value == "created"]
        clock = compute_clocks(before, base, calendar, moment).clock(Target.NEXT_UPDATE)
        if clock is None:
            continue
        if clock.breached:
            return "missed"
        verdict = "met"
    return verdict


def _figure_sums(board: Dashboard) -> dict[str, Any]:
    tiles = {t.key: t for t in board.tiles}
    return tiles


def _share(part: int, whole: int) -> float | None:
    return None if whole == 0 else 100.0 * part / whole


@pytest.mark.parametrize("seed", range(10))
def test_dashboard_agrees_with_the_raw_journal(
    db: Database, ctx: WriteContext, groups: dict[str, DeskGroup], agent: User, seed: int
) -> None:
    queues = [groups["Service Desk"].id, groups["Technical Support"].id]
    _history(db, ctx, queues, [None, agent.id], seed)
    period = Period(
        datetime(2025, 11, 4, 21, 0, tzinfo=UTC),
        datetime(2025, 11, 25, 21, 0, tzinfo=UTC),
        Bucket.WEEK,
        ZONE,
    )
    with db.reading() as session:
        board = dashboard(session, period, Scope(), NOW)
        expected = _oracle(session, "2025-11-05", "2025-11-26", NOW.astimezone(RIYADH).date())
        assert_drills_match(session, board)
    s = expected["sums"]
    tiles = _figure_sums(board)
    assert tiles["opened"].value == s["opened"]
    assert tiles["resolved"].value == s["resolved"]
    for prefix in ("fr", "wr", "nu", "res"):
        met, missed = s[f"{prefix}_met"], s[f"{prefix}_missed"]
        assert tiles[f"{prefix}_compliance"].value == _share(met, met + missed), prefix
        assert tiles[f"{prefix}_compliance"].count == met + missed, prefix
    assert tiles["fcr_rate"].value == _share(s["fcr"], s["resolved"])
    assert tiles["reopen_rate"].value == _share(s["reopened"], s["resolved"])
    assert tiles["escalation_rate"].value == _share(s["escalated"], s["opened"])
    assert tiles["tier0"].value == s["tier0"]
    assert tiles["not_asked"].value == _share(s["sat_none"], s["resolved"])
    rated = sum(s[f"sat_{k}"] for k in range(1, 6))
    mean = None if not rated else sum(k * s[f"sat_{k}"] for k in range(1, 6)) / rated
    assert tiles["satisfaction"].value == mean
    assert tiles["frt_avg"].count == s["frt_n"]
    assert tiles["frt_avg"].value == (None if not s["frt_n"] else s["frt_sum"] / s["frt_n"])
    assert tiles["backlog"].value == sum(expected["ages"].values())
    tables = {t.key: t for t in board.tables}
    ages = {v: cells[0].value for v, cells in tables["backlog_by_age"].rows}
    assert ages == {name: expected["ages"][name] for name, _lo, _hi in AGE_BUCKETS}
    for dim in ("channel", "priority", "queue", "agent"):
        table = tables[f"by_{dim}"]
        for value, cells in table.rows:
            want = expected["by"][(dim, value)]
            got = dict(zip(table.columns, cells, strict=True))
            assert got["opened"].value == want["opened"], (dim, value)
            assert got["resolved"].value == want["resolved"], (dim, value)
            met, missed = want["res_met"], want["res_missed"]
            assert got["res_compliance"].value == _share(met, met + missed), (dim, value)
        listed = {value for value, _ in table.rows}
        assert listed == {v for (d, v), c in expected["by"].items() if d == dim and +c}
    agents = {
        v: dict(zip(tables["agents"].columns, c, strict=True)) for v, c in tables["agents"].rows
    }
    for value, cells in agents.items():
        want = expected["by"][("agent", value)]
        assert cells["contacts"].value == want["contacts"]
        assert cells["contact_time"].value == want["contact_secs"]
    moves = expected["moves"]
    for tier, cells in tables["escalations_by_tier"].rows:
        assert cells[0].value == moves[("in", int(tier))]
        assert cells[1].value == moves[("out", int(tier))]
    assert sum(c[0].value for _, c in tables["escalations_by_tier"].rows) == sum(
        n for (side, _), n in moves.items() if side == "in"
    )


@pytest.mark.parametrize("seed", range(3))
def test_a_team_or_an_agent_sees_its_own_share(
    db: Database, ctx: WriteContext, groups: dict[str, DeskGroup], agent: User, seed: int
) -> None:
    """A scope narrows every figure to the same tickets the whole desk's
    breakdown gives for it, and its drill-downs still list them exactly."""
    queues = [groups["Service Desk"].id, groups["Technical Support"].id]
    _history(db, ctx, queues, [None, agent.id], seed)
    period = Period(
        datetime(2025, 10, 30, 21, 0, tzinfo=UTC),
        datetime(2025, 11, 30, 21, 0, tzinfo=UTC),
        Bucket.DAY,
        ZONE,
    )
    with db.reading() as session:
        whole = dashboard(session, period, Scope(), NOW)
        tables = {t.key: t for t in whole.tables}
        for scope, table, value in (
            (Scope(queue_ids=frozenset({queues[1]})), "by_queue", queues[1]),
            (Scope(agent_ids=frozenset({agent.id})), "by_agent", agent.id),
        ):
            board = dashboard(session, period, scope, NOW)
            assert_drills_match(session, board)
            row = dict(tables[table].rows).get(value)
            tiles = {t.key: t for t in board.tiles}
            for column in ("opened", "resolved", "res_compliance", "fcr_rate"):
                want = None if row is None else row[tables[table].columns.index(column)]
                got = tiles[column]
                if want is None:
                    assert got.count == 0
                else:
                    assert (got.value, got.count) == (want.value, want.count), (table, column)
