"""The ticket list: filtering, sorting and keyset paging in SQL must show every
matching ticket exactly once, in order, whichever column sorts it and wherever
the page boundaries fall (many tickets share a sort value)."""

from __future__ import annotations

import random
import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desk_app.models import DeskGroup, Priority, Status, Ticket, User
from desk_app.models.tickets import OPEN_CALL_BACKS_INDEX, OPEN_SORT_KEYS
from desk_app.services import search_clause, ticket_list
from desk_app.services.context import WriteContext
from desk_app.services.intake import write_ticket
from desk_app.services.setup import BranchProfile, ensure_local_setup
from desk_app.services.text import index_form, normalise
from desk_app.services.ticket_list import (
    OPEN_SET,
    PAUSED,
    UNASSIGNED,
    SortColumn,
    TicketFilter,
    TicketQuery,
    TicketRow,
    count,
    explain,
    fetch_page,
)
from desk_app.services.tickets import change_fields
from desk_app.storage.db import Database, open_database
from tests.unit.helpers import form

TICKETS = 260

# Few distinct values per column, so most sort values are shared by many tickets
# and ties straddle the page boundaries.
SUBJECTS = [
    "الطَّابِعَة لا تعمل",
    "الطابعـــة معطلة",
    "Printer jammed",
    "printer offline",
    "مشكلة في الشبكة",
    "Network down",
    "كلمة المرور منتهية",
    "Password expired",
]
CUSTOMERS = ["أحمد علي", "إبراهيم", "Ahmad", "ahmad", "", "Zainab", "زينب"]
DESCRIPTIONS = ["", "Paper jam in tray 2", "الورق عالق", "cannot reach the server"]
BASE = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
MOMENTS = [BASE + timedelta(hours=h) for h in (0, 1, 5, 24, 25)]
NEVER = datetime(9999, 12, 31, tzinfo=UTC)  # "no clock" sorts after every time


@dataclass(frozen=True)
class Fixture:
    db: Database
    groups: tuple[str, ...]
    users: tuple[str, ...]
    tickets: tuple[dict[str, Any], ...]  # every ticket row, tombstones included


def _build(path: Path) -> Fixture:
    db = open_database(path)
    rng = random.Random(20260301)
    with db.writing() as session:
        hq = ensure_local_setup(session, BranchProfile(), "agent1", "Agent One")
        hq2 = ensure_local_setup(session, BranchProfile(station="2"), "agent2", "Agent Two")
        session.add(
            User(
                id="00000000-0000-7000-8000-00000000000c",
                username="agent3",
                display_name="Agent Three",
                role="agent",
                updated_at="0",
                origin_client_id=hq.client_id,
                created_at=BASE,
            )
        )
    with db.reading() as session:
        groups = tuple(session.execute(select(DeskGroup.id).order_by(DeskGroup.id)).scalars())
        users = tuple(session.execute(select(User.id).order_by(User.id)).scalars())
    contexts: list[WriteContext] = [hq, hq2]
    for c in contexts:
        c.now = lambda: BASE
    with db.writing() as session:
        for i in range(TICKETS):
            c = contexts[i % 3 == 0]
            write_ticket(  # a fixture: two desks, rights not in question
                session,
                c,
                form(
                    subject=rng.choice(SUBJECTS),
                    description=rng.choice(DESCRIPTIONS),
                    customer_name=rng.choice(CUSTOMERS),
                    priority=int(rng.choice(list(Priority))),
                    group_id=rng.choice((None, *groups[:3])),
                    assignee_id=rng.choice((None, None, *users)),
                ),
            )
    with db.writing() as session:
        rows = session.execute(select(Ticket).order_by(Ticket.row_no)).scalars().all()
        for t in rows[::4]:
            change_fields(session, hq, t.id, {"status": rng.choice(list(Status)).value})
        for t in rows:
            # Direct edits: shared timestamps, as bulk imports and sync produce.
            t.last_activity_at = rng.choice(MOMENTS)
            t.created_at = rng.choice(MOMENTS[:3])
            # The working-day views' columns, shared values and NULLs included;
            # a waiting ticket's clocks are paused and have no due time.
            t.sla_due_at = None if t.status in PAUSED else rng.choice((None, None, *MOMENTS))
            t.follow_up_next_at = rng.choice((None, None, None, *MOMENTS))
            t.complaint = rng.random() < 0.3
            # The latest escalation as services.escalation_state keeps it.
            kinds = (None, None, "functional", "up", "hierarchical", "returned")
            t.escalation_kind = rng.choice(kinds)
            if t.escalation_kind is not None:
                t.escalated_queue_id = rng.choice((None, *groups[:3]))
                t.escalated_to_user_id = rng.choice((None, *users))
        for t in rows[5::9]:
            t.deleted_at = BASE  # tombstones
    with db.reading() as session:
        tickets = tuple(
            {c.key: getattr(t, c.key) for c in Ticket.__table__.columns}
            for t in session.execute(select(Ticket)).scalars()
        )
    return Fixture(db, groups, users, tickets)


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Iterator[Fixture]:
    path = tmp_path_factory.mktemp("list") / "desk.sqlite3"
    shutil.copyfile(migrated_template, path)
    fixture = _build(path)
    yield fixture
    fixture.db.close()


# What the list promises, written independently of the SQL.
_SORT_KEY: dict[SortColumn, Callable[[dict[str, Any]], tuple[Any, ...]]] = {
    SortColumn.NUMBER: lambda t: (t["number"], t["row_no"]),
    SortColumn.PRIORITY: lambda t: (t["priority"], t["last_activity_at"], t["row_no"]),
    SortColumn.SUBJECT: lambda t: (t["subject"], t["row_no"]),
    SortColumn.CUSTOMER: lambda t: (t["customer_name"], t["row_no"]),
    SortColumn.STATUS: lambda t: (t["status"], t["last_activity_at"], t["row_no"]),
    SortColumn.QUEUE: lambda t: (t["group_id"] or "", t["last_activity_at"], t["row_no"]),
    SortColumn.ASSIGNEE: lambda t: (t["assignee_id"] or "", t["last_activity_at"], t["row_no"]),
    SortColumn.CREATED: lambda t: (t["created_at"], t["row_no"]),
    SortColumn.LAST_ACTIVITY: lambda t: (t["last_activity_at"], t["row_no"]),
    SortColumn.SLA_DUE: lambda t: (t["sla_due_at"] or NEVER, t["last_activity_at"], t["row_no"]),
    SortColumn.FOLLOW_UP: lambda t: (
        t["follow_up_next_at"] or NEVER,
        t["last_activity_at"],
        t["row_no"],
    ),
    SortColumn.TIER: lambda t: (t["tier"], t["last_activity_at"], t["row_no"]),
}


def _words_match(t: dict[str, Any], search: str) -> bool:
    words = re.findall(r"\w+", normalise(search))
    if not words:
        return True
    tokens = set(
        re.findall(r"\w+", index_form(f"{t['subject']} {t['description']} {t['customer_name']}"))
    )
    *whole, last = words
    return all(w in tokens for w in whole) and any(tok.startswith(last) for tok in tokens)


def _matches(t: dict[str, Any], f: TicketFilter) -> bool:
    if t["deleted_at"] is not None:
        return False
    if f.statuses and t["status"] not in f.statuses:
        return False
    if f.priorities and t["priority"] not in f.priorities:
        return False
    if f.group_ids and t["group_id"] not in f.group_ids:
        return False
    if f.assignee_ids:
        unassigned = UNASSIGNED in f.assignee_ids and t["assignee_id"] is None
        if not unassigned and t["assignee_id"] not in f.assignee_ids:
            return False
    if f.complaints_only and not t["complaint"]:
        return False
    for column, by in (("sla_due_at", f.sla_due_by), ("follow_up_next_at", f.follow_up_due_by)):
        if by is not None and (t[column] is None or t[column] > by):
            return False
    after = f.sla_due_after
    if after is not None and (t["sla_due_at"] is None or t["sla_due_at"] <= after):
        return False
    if not _escalation_matches(t, f):
        return False
    return _words_match(t, f.search)


def _escalation_matches(t: dict[str, Any], f: TicketFilter) -> bool:
    kind = t["escalation_kind"]
    if f.escalated_to_queues and not (
        kind in ("functional", "up") and t["escalated_queue_id"] in f.escalated_to_queues
    ):
        return False
    if f.escalated_to_user is not None and not (
        kind == "hierarchical" and t["escalated_to_user_id"] == f.escalated_to_user
    ):
        return False
    if f.returned_to_queues or f.returned_to_user is not None:
        mine = t["escalated_queue_id"] in f.returned_to_queues or (
            f.returned_to_user is not None and t["assignee_id"] == f.returned_to_user
        )
        if kind != "returned" or not mine:
            return False
    return True


def expected(data: Fixture, query: TicketQuery) -> list[int]:
    rows = [t for t in data.tickets if _matches(t, query.filter)]
    rows.sort(key=_SORT_KEY[query.sort], reverse=query.descending)
    return [t["row_no"] for t in rows]


def walk(db: Database, query: TicketQuery, page_size: int) -> list[TicketRow]:
    rows: list[TicketRow] = []
    after = None
    with db.reading() as session:
        conn = session.connection()
        for _ in range(TICKETS + 2):
            page = fetch_page(conn, query, after=after, limit=page_size)
            assert len(page.rows) <= page_size
            rows.extend(page.rows)
            if page.next_key is None:
                return rows
            assert len(page.rows) == page_size  # only a last page may be short
            after = page.next_key
    raise AssertionError("paging never ended")


def filters(data: Fixture) -> list[TicketFilter]:
    g, u = data.groups, data.users
    return [
        TicketFilter(),
        TicketFilter(statuses=frozenset({"new"})),
        TicketFilter(statuses=frozenset({"open", "waiting_customer", "resolved"})),
        TicketFilter(priorities=frozenset({1})),
        TicketFilter(priorities=frozenset({2, 4})),
        TicketFilter(group_ids=frozenset({g[0]})),
        TicketFilter(group_ids=frozenset({g[1], g[2]})),
        TicketFilter(group_ids=frozenset({g[3]})),  # a queue nobody uses: empty list
        TicketFilter(assignee_ids=frozenset({UNASSIGNED})),
        TicketFilter(assignee_ids=frozenset({u[0]})),
        TicketFilter(assignee_ids=frozenset({u[1], UNASSIGNED})),
        TicketFilter(
            statuses=frozenset({"new", "open"}),
            priorities=frozenset({3, 4}),
            assignee_ids=frozenset({UNASSIGNED, u[2]}),
            group_ids=frozenset({g[0], g[1]}),
        ),
        TicketFilter(search="الطابعه"),
        TicketFilter(search="print", priorities=frozenset({3})),
        TicketFilter(complaints_only=True),
        TicketFilter(statuses=OPEN_SET),
        TicketFilter(statuses=frozenset({"waiting_customer", "new"})),
        TicketFilter(statuses=OPEN_SET, complaints_only=True, assignee_ids=frozenset({u[0]})),
        TicketFilter(statuses=OPEN_SET, search="print"),
        TicketFilter(statuses=OPEN_SET, assignee_ids=frozenset({UNASSIGNED}), sla_due_by=BASE),
        TicketFilter(complaints_only=True, statuses=frozenset({"new", "open"})),
        TicketFilter(sla_due_by=MOMENTS[2]),
        TicketFilter(sla_due_by=MOMENTS[1] + timedelta(minutes=1), assignee_ids=frozenset({u[0]})),
        TicketFilter(follow_up_due_by=MOMENTS[3], assignee_ids=frozenset({u[1], UNASSIGNED})),
        TicketFilter(follow_up_due_by=BASE - timedelta(days=1)),  # none due yet
    ]


def test_fixture_has_ties_tombstones_and_both_series(data: Fixture) -> None:
    live = [t for t in data.tickets if t["deleted_at"] is None]
    assert len(data.tickets) == TICKETS
    assert 0 < len(live) < TICKETS
    assert len({t["last_activity_at"] for t in live}) == len(MOMENTS)
    assert {t["number"].split("-")[0] for t in live} == {"HQ", "HQ2"}
    assert any(t["assignee_id"] is None for t in live)
    assert any(t["group_id"] is None for t in live)
    assert len({t["status"] for t in live}) > 3


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
@pytest.mark.parametrize("sort", list(SortColumn))
def test_paging_matches_a_full_sort(data: Fixture, sort: SortColumn, descending: bool) -> None:
    for ticket_filter in filters(data):
        query = TicketQuery(ticket_filter, sort, descending)
        want = expected(data, query)
        got = walk(data.db, query, page_size=7)
        assert [r.row_no for r in got] == want, ticket_filter
        with data.db.reading() as session:
            assert count(session.connection(), ticket_filter) == len(want)


@pytest.mark.parametrize("sort", [SortColumn.PRIORITY, SortColumn.QUEUE, SortColumn.CREATED])
def test_page_sizes_at_the_edges(data: Fixture, sort: SortColumn) -> None:
    query = TicketQuery(sort=sort)
    want = expected(data, query)
    for size in (1, len(want) - 1, len(want), len(want) + 1):
        assert [r.row_no for r in walk(data.db, query, size)] == want, size


def test_last_page_has_no_next_key(data: Fixture) -> None:
    query = TicketQuery()
    n = len(expected(data, query))
    with data.db.reading() as session:
        exact = fetch_page(session.connection(), query, limit=n)
        short = fetch_page(session.connection(), query, limit=n - 1)
    assert exact.next_key is None and len(exact.rows) == n
    assert short.next_key is not None


def test_rows_are_plain_data(data: Fixture) -> None:
    with data.db.reading() as session:
        page = fetch_page(session.connection(), TicketQuery(), limit=5)
    by_row = {t["row_no"]: t for t in data.tickets}
    for r in page.rows:
        t = by_row[r.row_no]
        assert (r.id, r.number, r.subject, r.status, r.priority, r.group_id) == (
            t["id"],
            t["number"],
            t["subject"],
            t["status"],
            t["priority"],
            t["group_id"],
        )
        assert r.last_activity_at == t["last_activity_at"]
        assert r.created_at.tzinfo is not None


_FILTER_PARTS = st.fixed_dictionaries(
    {
        "statuses": st.frozensets(st.sampled_from([s.value for s in Status]), max_size=3),
        "priorities": st.frozensets(st.sampled_from([int(p) for p in Priority]), max_size=2),
        "groups": st.frozensets(st.integers(0, 3), max_size=2),
        "assignees": st.frozensets(st.sampled_from([0, 1, 2, -1]), max_size=2),
        "search": st.sampled_from(
            ["", "", "", "الطابعه", "الطَّابِعَة", "طابع", "PRINTER", "pass", "أحمد", "x"]
        ),
        "complaints": st.booleans(),
        "sla_due_by": st.sampled_from([None, None, *MOMENTS]),
        "sla_due_after": st.sampled_from([None, None, *MOMENTS]),
        "follow_up_due_by": st.sampled_from([None, None, *MOMENTS]),
        "escalated": st.sampled_from(["", "", "queues", "me", "returned"]),
    }
)


def _escalation_parts(data: Fixture, escalated: str) -> dict[str, Any]:
    queues, user = frozenset(data.groups[:2]), data.users[0]
    return {
        "queues": {"escalated_to_queues": queues},
        "me": {"escalated_to_user": user},
        "returned": {"returned_to_queues": queues, "returned_to_user": user},
    }.get(escalated, {})


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    parts=_FILTER_PARTS,
    sort=st.sampled_from(list(SortColumn)),
    descending=st.booleans(),
    page_size=st.integers(1, 60),
    rare_limit=st.sampled_from([0, 3, 5_000]),
    drive_limit=st.sampled_from([0, 20_000]),
)
def test_any_filter_any_sort_any_page_size(
    data: Fixture,
    monkeypatch: pytest.MonkeyPatch,
    parts: dict[str, Any],
    sort: SortColumn,
    descending: bool,
    page_size: int,
    rare_limit: int,
    drive_limit: int,
) -> None:
    monkeypatch.setattr(search_clause, "RARE_MATCH_LIMIT", rare_limit)
    monkeypatch.setattr(ticket_list, "DRIVE_LIMIT", drive_limit)
    ticket_filter = TicketFilter(
        statuses=parts["statuses"],
        priorities=parts["priorities"],
        group_ids=frozenset(data.groups[i] for i in parts["groups"]),
        assignee_ids=frozenset(UNASSIGNED if i < 0 else data.users[i] for i in parts["assignees"]),
        search=parts["search"],
        complaints_only=parts["complaints"],
        sla_due_by=parts["sla_due_by"],
        sla_due_after=parts["sla_due_after"],
        follow_up_due_by=parts["follow_up_due_by"],
        **_escalation_parts(data, parts["escalated"]),
    )
    query = TicketQuery(ticket_filter, sort, descending)
    want = expected(data, query)
    assert [r.row_no for r in walk(data.db, query, page_size)] == want
    with data.db.reading() as session:
        assert count(session.connection(), ticket_filter) == len(want)


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
@pytest.mark.parametrize("sort", list(SortColumn))
def test_every_sort_column_is_served_by_an_index(
    data: Fixture, sort: SortColumn, descending: bool
) -> None:
    with data.db.reading() as session:
        plan = explain(session.connection(), TicketQuery(sort=sort, descending=descending))
    text = " | ".join(plan)
    assert "TEMP B-TREE" not in text, text
    assert re.search(r"SCAN t USING (COVERING )?INDEX ix_ticket_\w+", text), text


@pytest.mark.parametrize(
    ("ticket_filter", "sort", "index"),
    [
        (TicketFilter(sla_due_by=BASE), SortColumn.SLA_DUE, "ix_ticket_sla_sort"),
        (
            TicketFilter(sla_due_by=BASE, sla_due_after=BASE - timedelta(hours=1)),
            SortColumn.SLA_DUE,
            "ix_ticket_sla_sort",
        ),
        (TicketFilter(follow_up_due_by=BASE), SortColumn.FOLLOW_UP, "ix_ticket_follow_up_sort"),
    ],
)
def test_working_day_views_walk_their_own_index(
    data: Fixture, ticket_filter: TicketFilter, sort: SortColumn, index: str
) -> None:
    """Complaints, due clocks and due call-backs are a small part of a million
    tickets: their views read only that part, already in order."""
    with data.db.reading() as session:
        plan = " | ".join(explain(session.connection(), TicketQuery(ticket_filter, sort, False)))
    assert "TEMP B-TREE" not in plan, plan
    assert index in plan, plan


@pytest.mark.parametrize("sort", list(SortColumn))
def test_a_window_of_due_times_reads_the_clocks_index_in_any_sort(
    data: Fixture, sort: SortColumn
) -> None:
    """ "Breaching soon" (due within the hour, not yet due) holds a few tickets:
    whatever the sort, a page reads them from the clocks' index and sorts
    them, rather than walking another sort's index past every ticket."""
    window = TicketFilter(
        statuses=OPEN_SET, sla_due_by=BASE + timedelta(hours=1), sla_due_after=BASE
    )
    with data.db.reading() as session:
        plan = " | ".join(explain(session.connection(), TicketQuery(window, sort, True)))
    assert "ix_ticket_open_sla_due" in plan, plan


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
@pytest.mark.parametrize("sort", list(SortColumn))
def test_open_tickets_walk_their_own_indexes(
    data: Fixture, sort: SortColumn, descending: bool
) -> None:
    """Most views show open tickets: whatever the sort, a page reads the open
    tickets' own index, never past the closed ones."""
    for statuses in (OPEN_SET, frozenset({"waiting_customer"})):
        query = TicketQuery(TicketFilter(statuses=statuses, complaints_only=True), sort, descending)
        with data.db.reading() as session:
            plan = " | ".join(explain(session.connection(), query))
        if sort in (SortColumn.SUBJECT, SortColumn.CUSTOMER):
            # Open complaints are few: read from their own index and sorted.
            assert "ix_ticket_complaint_status" in plan, plan
            continue
        assert "TEMP B-TREE" not in plan, plan
        walked = sort
        if sort is SortColumn.SLA_DUE and statuses <= PAUSED:
            walked = SortColumn.LAST_ACTIVITY  # paused clocks have no due time
        if walked.value in OPEN_SORT_KEYS:
            assert f"ix_ticket_open_{walked.value}" in plan, plan


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
def test_waiting_tickets_by_due_time_read_their_last_activity(
    data: Fixture, descending: bool
) -> None:
    """Paused clocks have no due time, so waiting tickets sorted by it are in
    last-activity order: that index is read, not the clocks' whole index."""
    query = TicketQuery(TicketFilter(statuses=PAUSED), SortColumn.SLA_DUE, descending)
    with data.db.reading() as session:
        plan = " | ".join(explain(session.connection(), query))
    assert "ix_ticket_open_last_activity" in plan and "TEMP B-TREE" not in plan, plan
    want = expected(data, query)
    assert len(want) > 10
    assert [r.row_no for r in walk(data.db, query, 7)] == want


@pytest.mark.parametrize(
    ("extra", "sort", "driven"),
    [
        ({}, SortColumn.SLA_DUE, False),  # spread along the clocks: walked
        ({}, SortColumn.LAST_ACTIVITY, False),
        ({}, SortColumn.SUBJECT, False),  # the open tickets' subject index
        ({"follow_up_due_by": MOMENTS[3]}, SortColumn.SLA_DUE, False),  # their call-backs
        ({"follow_up_due_by": MOMENTS[3]}, SortColumn.FOLLOW_UP, False),
        ({"priorities": frozenset({1})}, SortColumn.NUMBER, True),
    ],
)
def test_an_agents_own_short_list_is_read_and_sorted(
    data: Fixture,
    monkeypatch: pytest.MonkeyPatch,
    extra: dict[str, Any],
    sort: SortColumn,
    driven: bool,
) -> None:
    ticket_filter = TicketFilter(
        statuses=OPEN_SET, assignee_ids=frozenset({data.users[0]}), **extra
    )
    query = TicketQuery(ticket_filter, sort, False)
    for limit, expect in ((20_000, driven), (3, False)):  # past the limit: always walked
        monkeypatch.setattr(ticket_list, "DRIVE_LIMIT", limit)
        with data.db.reading() as session:
            plan = " | ".join(explain(session.connection(), query))
        assert ("ix_ticket_open_assignee" in plan) == expect, plan
        assert [r.row_no for r in walk(data.db, query, 5)] == expected(data, query)


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
@pytest.mark.parametrize("sort", list(SortColumn))
def test_an_agents_call_backs_due_are_read_alone(
    data: Fixture, sort: SortColumn, descending: bool
) -> None:
    """ "My follow-ups due" in any sort reads the agent's open tickets with a
    call-back due from their own index, not all of the agent's tickets."""
    for moment in MOMENTS[2:5]:
        ticket_filter = TicketFilter(
            statuses=OPEN_SET, assignee_ids=frozenset({data.users[0]}), follow_up_due_by=moment
        )
        query = TicketQuery(ticket_filter, sort, descending)
        with data.db.reading() as session:
            plan = " | ".join(explain(session.connection(), query))
        assert OPEN_CALL_BACKS_INDEX in plan, plan
        assert [r.row_no for r in walk(data.db, query, 5)] == expected(data, query)


@pytest.mark.parametrize("sort", [SortColumn.SUBJECT, SortColumn.CUSTOMER])
def test_an_agents_open_tickets_by_text_walk_the_open_index(
    data: Fixture, sort: SortColumn
) -> None:
    for assignee in (data.users[0], UNASSIGNED):
        query = TicketQuery(
            TicketFilter(statuses=OPEN_SET, assignee_ids=frozenset({assignee})), sort
        )
        with data.db.reading() as session:
            plan = " | ".join(explain(session.connection(), query))
        assert f"ix_ticket_open_{sort.value}" in plan and "TEMP B-TREE" not in plan, plan
        assert [r.row_no for r in walk(data.db, query, 5)] == expected(data, query)


def test_a_filter_needs_an_aware_time(data: Fixture) -> None:
    with data.db.reading() as session, pytest.raises(ValueError):
        count(session.connection(), TicketFilter(sla_due_by=datetime(2026, 3, 1)))


def test_tombstones_never_appear(data: Fixture) -> None:
    dead = {t["row_no"] for t in data.tickets if t["deleted_at"] is not None}
    assert dead
    for ticket_filter in filters(data):
        for sort in (SortColumn.NUMBER, SortColumn.LAST_ACTIVITY):
            rows = walk(data.db, TicketQuery(ticket_filter, sort), page_size=50)
            assert dead.isdisjoint(r.row_no for r in rows)


@pytest.mark.parametrize("escalated", ["queues", "me", "returned"])
@pytest.mark.parametrize("sort", list(SortColumn))
def test_escalation_views_read_the_escalated_tickets_alone(
    data: Fixture, escalated: str, sort: SortColumn
) -> None:
    """The escalated tickets are a few in a thousand: their views read them
    from their own index in any sort, and the rows are the ones promised."""
    ticket_filter = TicketFilter(statuses=OPEN_SET, **_escalation_parts(data, escalated))
    query = TicketQuery(ticket_filter, sort, True)
    with data.db.reading() as session:
        plan = " | ".join(explain(session.connection(), query))
    assert "ix_ticket_escalated" in plan, plan
    want = expected(data, query)
    assert want
    assert [r.row_no for r in walk(data.db, query, 7)] == want
