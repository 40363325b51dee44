"""Escalations between desks and the server: two desks that fire the same
automatic rules while offline make one escalation of each after sync, on
both desks and on the server; a hand escalation reaches the other desk with
its list columns; a level-1 desk's escalation is refused and audited."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from desk_app.models import DeskGroup, JournalKind, OutboxOp, TicketJournal
from desk_app.server import directory
from desk_app.server.schema import audit
from desk_app.services import escalation_rules
from desk_app.services.audit import AuditKind
from desk_app.services.escalation import (
    EscalationKind,
    EscalationRequest,
    Reason,
    escalate,
    escalations,
    write_escalation,
)
from desk_app.services.permissions import Right
from desk_app.sync.status import SyncState
from tests.sync.harness import Server
from tests.sync.helpers import Desk

MakeDesk = Callable[..., Desk]


def _queue(desk: Desk, name: str) -> str:
    with desk.db.reading() as session:
        return str(session.execute(select(DeskGroup.id).where(DeskGroup.name == name)).scalar())


def _escalation_ids(desk: Desk, ticket_id: str) -> list[str]:
    with desk.db.reading() as session:
        return [e.entry_id for e in escalations(session, ticket_id)]


def test_two_offline_desks_firing_the_same_rules_make_one_escalation_each(
    server: Server, make_desk: MakeDesk
) -> None:
    server.admin(directory.seed_default_queues)
    server.add_user("lead", ["HQ"], role="team_lead")
    one = make_desk("one", station="1", username="agent1")
    two = make_desk("two", station="2", username="agent2")
    engines = [server.engine_for(one, "agent1"), server.engine_for(two, "agent2")]
    for engine in engines:
        assert engine.sync_once().state is SyncState.SYNCED
    ticket = one.create(channel="phone", priority=3, group_id=_queue(one, "Service Desk")).id
    for engine in engines:
        engine.sync_once()
    assert two.ticket(ticket).group_id == _queue(two, "Service Desk")

    # Both desks, offline, pass the breach: each fires both rules.
    later = datetime.now(UTC) + timedelta(days=40)
    fired = []
    for desk in (one, two):
        with desk.db.writing() as session:
            fired.append(escalation_rules.evaluate_due(session, desk.ctx, later))
    assert [f.entry_id for f in fired[0]] == [f.entry_id for f in fired[1]]
    assert len(fired[0]) == 2

    for engine in (*engines, *engines):
        status = engine.sync_once()
        assert (status.state, status.pending, status.rejected) == (SyncState.SYNCED, 0, 0)
    ids = [f.entry_id for f in fired[0]]
    assert _escalation_ids(one, ticket) == _escalation_ids(two, ticket) == ids
    assert one.journal() == two.journal()
    for desk in (one, two):
        row = desk.ticket(ticket)
        assert (row.tier, row.priority, row.escalation_kind) == (2, 2, "up")
    with server.app.state.db.reading() as conn:
        stored = conn.execute(
            select(TicketJournal.__table__.c.id).where(
                TicketJournal.__table__.c.kind == JournalKind.ESCALATED.value
            )
        ).scalars()
        assert sorted(stored) == sorted(ids)
    # Neither desk fires again.
    for desk in (one, two):
        with desk.db.writing() as session:
            assert escalation_rules.evaluate_due(session, desk.ctx, later) == []


def test_a_level_1_desks_escalation_is_refused_and_audited(
    server: Server, make_desk: MakeDesk
) -> None:
    server.admin(directory.seed_default_queues)
    server.add_user("intake", ["HQ"], role="intake")
    desk = make_desk("a", station="1", username="intake")
    engine = server.engine_for(desk, "intake")
    engine.sync_once()
    ticket = desk.create(channel="phone", group_id=_queue(desk, "Service Desk")).id
    assert engine.sync_once().rejected == 0
    request = EscalationRequest(
        ticket,
        EscalationKind.UP,
        Reason.SPECIALIST,
        "needs a specialist",
        to_queue_id=_queue(desk, "Technical Support"),
    )
    with desk.db.writing() as session:  # a tampered desk: its own check skipped
        row = desk.ticket(ticket)
        row = session.merge(row)
        write_escalation(session, desk.ctx, row, request, {})
    status = engine.sync_once()
    assert status.rejected == 1
    with desk.db.reading() as session:
        (op,) = session.scalars(select(OutboxOp)).all()
    assert op.error == f"not_permitted:{Right.ESCALATE_UP.value}"
    with server.app.state.db.reading() as conn:
        kinds = conn.execute(select(audit.c.kind, audit.c.detail)).all()
        escalated = conn.execute(
            select(TicketJournal.__table__.c.id).where(
                TicketJournal.__table__.c.kind == JournalKind.ESCALATED.value
            )
        ).all()
    assert escalated == []
    assert any(k == AuditKind.REFUSED.value and Right.ESCALATE_UP.value in d for k, d in kinds)


def test_an_escalation_reaches_the_other_desk_with_its_list_columns(
    server: Server, make_desk: MakeDesk
) -> None:
    server.admin(directory.seed_default_queues)
    one = make_desk("one", station="1", username="agent1")
    two = make_desk("two", station="2", username="agent2")
    engines = [server.engine_for(one, "agent1"), server.engine_for(two, "agent2")]
    for engine in engines:
        engine.sync_once()
    ticket = one.create(channel="phone", group_id=_queue(one, "Service Desk")).id
    specialists = _queue(one, "Technical Support")
    request = EscalationRequest(
        ticket, EscalationKind.UP, Reason.SPECIALIST, "needs a network specialist", specialists
    )
    with one.db.writing() as session:
        escalate(session, one.ctx, request)
    for engine in (*engines, *engines):
        status = engine.sync_once()
        assert (status.pending, status.rejected) == (0, 0)
    row = two.ticket(ticket)
    assert (row.group_id, row.tier, row.escalation_kind) == (specialists, 2, "up")
    assert row.escalated_queue_id == specialists
    with two.db.reading() as session:
        (info,) = escalations(session, ticket)
    assert (info.note, info.to_queue_id, info.from_tier, info.to_tier) == (
        "needs a network specialist",
        specialists,
        1,
        2,
    )
