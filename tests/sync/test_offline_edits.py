"""Several offline edits of one ticket on desks and the real server: the base
of every pending edit is what the server last said, so a change another desk
made meanwhile is a conflict both desks see; a desk's own earlier edit is no
conflict with its later one; and derived fields (closed_at, tier) follow the
merged values on every replica."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from desk_app.models import SyncConflict, Ticket
from desk_app.server import directory
from desk_app.services import derived
from desk_app.services.tickets import queue_tier
from desk_app.sync.codec import synced_table
from desk_app.sync.engine import SyncEngine
from desk_app.sync.status import SyncState
from tests.sync.harness import Server
from tests.sync.helpers import Desk

MakeDesk = Callable[..., Desk]


def two_desks(server: Server, make_desk: MakeDesk) -> tuple[Desk, SyncEngine, Desk, SyncEngine]:
    a = make_desk("a", station="1", username="agent1")
    b = make_desk("b", station="2", username="agent2")
    return a, server.engine_for(a, "agent1"), b, server.engine_for(b, "agent2")


def synced(engine: SyncEngine) -> None:
    status = engine.sync_once()
    assert status.state is SyncState.SYNCED, status
    assert (status.pending, status.rejected) == (0, 0)


def conflicts(desk: Desk, field: str) -> list[tuple[Any, Any, str]]:
    with desk.db.reading() as session:
        records = session.execute(
            select(SyncConflict).where(SyncConflict.field == field).order_by(SyncConflict.mine_hlc)
        ).scalars()
        return [(json.loads(r.mine), json.loads(r.theirs), r.kept) for r in records]


def server_ticket(server: Server, ticket_id: str) -> dict[str, Any]:
    table = synced_table("ticket")
    with server.app.state.db.reading() as conn:
        return dict(conn.execute(select(table).where(table.c.id == ticket_id)).one()._mapping)


def test_a_second_offline_edit_conflicts_with_a_change_made_meanwhile(
    server: Server, make_desk: MakeDesk
) -> None:
    """Desk a edits the subject, then the status, offline; desk b changes the
    status and syncs first. a's status edit never saw b's: a conflict on both
    desks, although a's clock is later and its value wins."""
    a, engine_a, b, engine_b = two_desks(server, make_desk)
    created = a.create("Printer", priority=3)
    synced(engine_a)
    synced(engine_b)

    a.change(created.id, subject="Printer on floor 2")
    b.change(created.id, status="waiting_customer")
    a.change(created.id, status="resolved")
    assert [op.base_version for op in a.outbox() if op.entity == "ticket"] == [1, 1]
    synced(engine_b)
    status = engine_a.sync_once()
    assert status.conflicts == 1
    assert conflicts(a, "status") == [("resolved", "waiting_customer", "mine")]
    synced(engine_b)
    assert conflicts(b, "status") == [("waiting_customer", "resolved", "theirs")]
    assert a.tickets() == b.tickets()
    assert a.ticket(created.id).status == "resolved"


def test_the_same_field_edited_twice_offline_against_another_desk(
    server: Server, make_desk: MakeDesk
) -> None:
    """Both of a's priority edits were made without seeing b's: each is a
    clash with b's, recorded on both desks."""
    a, engine_a, b, engine_b = two_desks(server, make_desk)
    created = a.create("Printer", priority=3)
    synced(engine_a)
    synced(engine_b)
    a.change(created.id, priority=2)
    b.change(created.id, priority=4)
    a.change(created.id, priority=1)
    synced(engine_b)
    synced(engine_a)
    synced(engine_b)
    assert a.ticket(created.id).priority == b.ticket(created.id).priority == 1
    # Each of a's edits met b's: the first lost to b's later clock, the
    # second won. Both desks hear of both.
    assert sorted(conflicts(a, "priority")) == [(1, 4, "mine"), (2, 4, "theirs")]
    assert sorted(conflicts(b, "priority")) == [(4, 1, "theirs"), (4, 2, "mine")]


def test_own_edits_pushed_one_by_one_without_a_pull_are_no_conflict(
    server: Server, make_desk: MakeDesk
) -> None:
    """The desk's first edit, once applied, moved the server's version past
    the base of its second edit (the desk has not pulled in between): still
    no conflict, it is the desk's own write."""
    a, engine_a, b, engine_b = two_desks(server, make_desk)
    created = a.create("Printer", priority=3)
    synced(engine_a)
    a.change(created.id, priority=2)
    engine_a._push_all()
    a.change(created.id, priority=1)
    a.change(created.id, status="open")
    engine_a._push_all()
    synced(engine_a)
    assert conflicts(a, "priority") == [] and conflicts(a, "status") == []
    synced(engine_b)
    assert b.ticket(created.id).priority == 1
    assert conflicts(b, "priority") == []
    assert server_ticket(server, created.id)["priority"] == 1


def add_queues(server: Server) -> tuple[str, str]:
    one = server.admin(directory.create_queue, "Line one", name_ar="", tier=1)
    two = server.admin(directory.create_queue, "Line two", name_ar="", tier=2)
    return str(one), str(two)


def invariant_problems(desk: Desk, ticket_id: str) -> list[str]:
    with desk.db.reading() as session:
        t = session.execute(select(Ticket).where(Ticket.id == ticket_id)).scalar_one()
        values = {n: getattr(t, n) for n in ("status", "closed_at", "group_id", "tier")}
        return derived.violations(values, lambda group_id: queue_tier(session, group_id))


def test_resolve_and_move_against_wait_and_move_back_holds_together_everywhere(
    server: Server, make_desk: MakeDesk
) -> None:
    """One desk resolves the ticket and moves it to the tier-2 queue, the
    other sets it waiting in the tier-1 queue, a little later: the waiting
    desk wins both fields, and no replica keeps a closing time or tier 2."""
    one, two = add_queues(server)
    a, engine_a, b, engine_b = two_desks(server, make_desk)
    synced(engine_b)
    created = a.create("Router down", priority=3, group_id=None)
    synced(engine_a)
    synced(engine_b)
    a.change(created.id, status="resolved", group_id=two)
    assert a.ticket(created.id).closed_at is not None and a.ticket(created.id).tier == 2
    b.change(created.id, status="waiting_customer", group_id=one)
    synced(engine_a)
    synced(engine_b)
    synced(engine_a)
    row = server_ticket(server, created.id)
    assert (row["status"], row["closed_at"], row["group_id"], row["tier"]) == (
        "waiting_customer",
        None,
        one,
        1,
    )
    for desk in (a, b):
        assert invariant_problems(desk, created.id) == []
        ticket = desk.ticket(created.id)
        assert (ticket.status, ticket.closed_at, ticket.tier) == ("waiting_customer", None, 1)


def test_a_pulled_page_beside_a_pending_status_keeps_the_row_consistent(
    server: Server, make_desk: MakeDesk
) -> None:
    """b resolved the ticket and moved it to tier 2 (closed_at and tier came
    with the pulled row); a has a pending reopen and a pending queue change to
    tier 1. After the pull a shows its own status and queue, so no closing
    time and tier 1, not the pulled ones."""
    one, two = add_queues(server)
    a, engine_a, b, engine_b = two_desks(server, make_desk)
    synced(engine_b)
    created = a.create("Router down", priority=3, group_id=None)
    synced(engine_a)
    synced(engine_b)
    b.change(created.id, status="resolved", group_id=two)
    synced(engine_b)
    a.change(created.id, status="open", group_id=one)
    engine_a._pull_all()  # the page arrives while a's edit is pending
    ticket = a.ticket(created.id)
    assert (ticket.status, ticket.group_id) == ("open", one)
    assert (ticket.closed_at, ticket.tier) == (None, 1)
    assert ticket.version == 1  # the base of a's next edit: what it took whole
    synced(engine_a)
    synced(engine_b)
    assert a.tickets() == b.tickets()
    for desk in (a, b):
        assert invariant_problems(desk, created.id) == []
    # Both desks hear of the clash on the status.
    assert [kept for _m, _t, kept in conflicts(a, "status")] == ["mine"]
    assert [kept for _m, _t, kept in conflicts(b, "status")] == ["theirs"]


def test_desks_that_agreed_and_then_one_moved_on_have_a_conflict_both_see(
    server: Server, make_desk: MakeDesk
) -> None:
    """a and b both set "open" without seeing each other (no conflict); b then
    resolves, still offline. That loses a's "open", which b never saw."""
    a, engine_a, b, engine_b = two_desks(server, make_desk)
    created = a.create("Printer")
    synced(engine_a)
    synced(engine_b)

    a.change(created.id, status="open")
    synced(engine_a)
    b.change(created.id, status="open")
    b.change(created.id, status="resolved")
    assert engine_b.sync_once().conflicts == 1
    assert conflicts(b, "status") == [("resolved", "open", "mine")]
    synced(engine_a)
    assert conflicts(a, "status") == [("open", "resolved", "theirs")]
    assert a.tickets() == b.tickets()


def test_an_equal_write_that_changed_nothing_is_not_lost_to_the_owners_next_change(
    server: Server, make_desk: MakeDesk
) -> None:
    """b sets "open" first, offline; a sets "open" later and syncs first, so
    b's equal, older write changes nothing. a then closes, before seeing b's
    write: a conflict both desks see."""
    a, engine_a, b, engine_b = two_desks(server, make_desk)
    created = a.create("Printer")
    synced(engine_a)
    synced(engine_b)

    b.change(created.id, status="open")
    a.change(created.id, status="open")
    synced(engine_a)
    synced(engine_b)
    assert conflicts(b, "status") == []
    a.change(created.id, status="closed")
    assert engine_a.sync_once().conflicts == 1
    assert conflicts(a, "status") == [("closed", "open", "mine")]
    synced(engine_b)
    assert conflicts(b, "status") == [("open", "closed", "theirs")]
    assert a.tickets() == b.tickets()
