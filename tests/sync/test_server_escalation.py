"""The server evaluates the automatic escalation rules too: while a desk is
offline, the server fires an overdue ticket's rules for the branch's other
desks; the offline desk fires the same rules on its own, and after both
sync there is exactly one escalation entry per firing everywhere, with the
ticket in the next tier's queue. A desk that fired first makes the server's
pass a no-op; a branch the server holds no levels for is left to its desks;
nothing that fell due before the server first evaluated the rules fires."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, insert, select

from desk_app.models import DeskGroup, JournalKind, TicketJournal
from desk_app.server import directory
from desk_app.server.escalation_upkeep import RULES_SINCE_KEY, escalate_once
from desk_app.server.schema import config, conflict, server_state
from desk_app.services import escalation_rules
from desk_app.services.branch_levels import levels_key, load_branch_levels, to_body
from desk_app.services.escalation import escalations
from desk_app.sync.engine import SyncEngine
from desk_app.sync.status import SyncState
from tests.sync.harness import Server
from tests.sync.helpers import Desk

MakeDesk = Callable[..., Desk]
LATER = timedelta(days=40)  # past every rule of a regular ticket


def _queue(desk: Desk, name: str) -> str:
    with desk.db.reading() as session:
        return str(session.execute(select(DeskGroup.id).where(DeskGroup.name == name)).scalar())


def _escalation_ids(desk: Desk, ticket_id: str) -> list[str]:
    with desk.db.reading() as session:
        return [e.entry_id for e in escalations(session, ticket_id)]


def _server_escalations(server: Server) -> list[str]:
    journal = TicketJournal.__table__
    with server.app.state.db.reading() as conn:
        return sorted(
            conn.execute(
                select(journal.c.id).where(journal.c.kind == JournalKind.ESCALATED.value)
            ).scalars()
        )


def _synced(engine: SyncEngine) -> None:
    status = engine.sync_once()
    assert (status.state, status.pending, status.rejected) == (SyncState.SYNCED, 0, 0)


def _hold_levels(server: Server, desk: Desk) -> None:
    """The server holds the branch's service levels (the defaults, as a document)."""
    with desk.db.reading() as session:
        body = to_body(load_branch_levels(session, desk.ctx.branch_id))

    def keep(conn: Connection) -> None:
        conn.execute(
            insert(config).values(
                key=levels_key(desk.ctx.branch_id),
                version=1,
                body=json.dumps(body),
                changed_by=None,
                changed_at=datetime.now(UTC),
            )
        )

    server.admin(keep)


def _set_up(server: Server, make_desk: MakeDesk) -> tuple[Desk, Desk, list[SyncEngine], str]:
    server.admin(directory.seed_default_queues)
    server.add_user("lead", ["HQ"], role="team_lead")
    one = make_desk("one", station="1", username="agent1")
    two = make_desk("two", station="2", username="agent2")
    engines = [server.engine_for(one, "agent1"), server.engine_for(two, "agent2")]
    for engine in engines:
        _synced(engine)
    ticket = one.create(channel="phone", priority=3, group_id=_queue(one, "Service Desk")).id
    for engine in engines:
        _synced(engine)
    return one, two, engines, ticket


def test_the_server_fires_for_the_online_desk_and_the_offline_desk_adds_nothing(
    server: Server, make_desk: MakeDesk
) -> None:
    one, two, engines, ticket = _set_up(server, make_desk)
    _hold_levels(server, one)
    for engine in engines:
        _synced(engine)  # both desks run on the document the server holds
    db = server.app.state.db
    assert escalate_once(db).fired == 0  # notes when the server's rules came
    later = datetime.now(UTC) + LATER

    # Desk one is offline and fires both rules on its own.
    with one.db.writing() as session:
        fired = escalation_rules.evaluate_due(session, one.ctx, later)
    ids = [f.entry_id for f in fired]
    assert len(ids) == 2
    # Meanwhile the server fires them for desk two, which only pulls.
    summary = escalate_once(db, later)
    assert summary.fired == 2
    assert _server_escalations(server) == sorted(ids)
    _synced(engines[1])
    assert _escalation_ids(two, ticket) == ids
    row = two.ticket(ticket)
    with two.db.reading() as session:
        # The first queue of the next tier, as every desk chooses it.
        specialists = escalation_rules.next_tier_queue(session, 1, row.branch_id)
    assert specialists is not None
    assert (row.group_id, row.tier, row.priority, row.escalation_kind) == (
        specialists,
        2,
        2,
        "up",
    )
    # Desk one comes back: one escalation per firing everywhere.
    for engine in (engines[0], *engines):
        _synced(engine)
    assert _escalation_ids(one, ticket) == _escalation_ids(two, ticket) == ids
    assert _server_escalations(server) == sorted(ids)
    assert one.journal() == two.journal()
    for desk in (one, two):
        row = desk.ticket(ticket)
        assert (row.group_id, row.tier, row.priority) == (specialists, 2, 2)
    with server.app.state.db.reading() as conn:
        assert conn.execute(select(conflict.c.id)).all() == []
    # Nobody fires again: not the server, not either desk.
    assert escalate_once(db, later).fired == 0
    for desk in (one, two):
        with desk.db.writing() as session:
            assert escalation_rules.evaluate_due(session, desk.ctx, later) == []


def test_a_desk_that_fired_first_makes_the_servers_pass_a_no_op(
    server: Server, make_desk: MakeDesk
) -> None:
    one, two, engines, ticket = _set_up(server, make_desk)
    _hold_levels(server, one)
    db = server.app.state.db
    escalate_once(db)
    later = datetime.now(UTC) + LATER
    with one.db.writing() as session:
        fired = escalation_rules.evaluate_due(session, one.ctx, later)
    _synced(engines[0])
    assert escalate_once(db, later).fired == 0
    _synced(engines[1])
    assert _escalation_ids(two, ticket) == [f.entry_id for f in fired]


def test_the_server_leaves_a_branch_without_levels_and_the_past_alone(
    server: Server, make_desk: MakeDesk
) -> None:
    one, _two, _engines, _ticket = _set_up(server, make_desk)
    db = server.app.state.db
    later = datetime.now(UTC) + LATER
    # No document for the branch: its desks' machine profiles decide.
    assert escalate_once(db, later).tickets == 0
    _hold_levels(server, one)
    # The rules came (the server's first pass) after the ticket's rules fell due.
    summary = escalate_once(db, later)
    assert (summary.tickets, summary.fired) == (1, 0)
    with db.reading() as conn:
        noted = conn.execute(
            select(server_state.c.value).where(server_state.c.key == RULES_SINCE_KEY)
        ).scalar()
    assert noted is not None and datetime.fromisoformat(noted) <= later
    assert _server_escalations(server) == []


def test_a_pass_reads_only_the_tickets_due_or_changed(server: Server, make_desk: MakeDesk) -> None:
    one, _two, engines, ticket = _set_up(server, make_desk)
    _hold_levels(server, one)
    db = server.app.state.db
    now = datetime.now(UTC)
    assert escalate_once(db, now).tickets == 1  # timed once: its next rule is days away
    assert escalate_once(db, now + timedelta(minutes=5)).tickets == 0
    # A note from a desk may move its rules: the ticket is timed again.
    one.note(ticket, "called the customer back")
    _synced(engines[0])
    assert escalate_once(db, now + timedelta(minutes=10)).tickets == 1
    assert escalate_once(db, now + timedelta(minutes=15)).tickets == 0
    # New levels for the branch: every ticket of it is timed again.
    with one.db.reading() as session:
        body = to_body(load_branch_levels(session, one.ctx.branch_id))

    def newer(conn: Connection) -> None:
        conn.execute(
            insert(config).values(
                key=levels_key(one.ctx.branch_id),
                version=2,
                body=json.dumps({**body, "escalation": {"3": []}}),
                changed_by=None,
                changed_at=datetime.now(UTC),
            )
        )

    server.admin(newer)
    assert escalate_once(db, now + timedelta(minutes=20)).tickets == 1
    # No rules for its priority any more: nothing is ever due, nothing fires.
    summary = escalate_once(db, now + LATER)
    assert (summary.tickets, summary.fired) == (0, 0)
    # Once due, it is read when its moment comes and fires then.
    server.admin(
        lambda conn: conn.execute(
            insert(config).values(
                key=levels_key(one.ctx.branch_id),
                version=3,
                body=json.dumps(body),
                changed_by=None,
                changed_at=datetime.now(UTC),
            )
        )
    )
    assert escalate_once(db, now + timedelta(minutes=25)).fired == 0
    summary = escalate_once(db, now + LATER)
    assert (summary.tickets, summary.fired) == (1, 2)
    assert len(_server_escalations(server)) == 2
