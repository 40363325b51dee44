"""Escalation as the desk's services do it: the event in the journal, the
move beside it, the SLA effect shown before equal to the one applied, the
refusals (rights audited, bad input per field) and the list's columns."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import DeskGroup, JournalKind, Role, Ticket, TicketJournal, User
from desk_app.services import escalation as esc
from desk_app.services.audit import AuditKind, entries
from desk_app.services.context import Actor, WriteContext
from desk_app.services.escalation import EscalationKind, EscalationRequest, Reason
from desk_app.services.ids import new_id
from desk_app.services.messages import ValidationFailed
from desk_app.services.permissions import PermissionDenied
from desk_app.services.sla_clock import clocks_for
from desk_app.services.tickets import add_note
from desk_app.storage.db import Database
from tests.unit.helpers import counts, create

NOON = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday morning


def person(db: Database, ctx: WriteContext, username: str, role: Role) -> str:
    with db.writing() as session:
        user = User(
            id=new_id(),
            username=username,
            display_name=username.title(),
            role=role.value,
            branch_id=ctx.branch_id,
            updated_at=ctx.stamp(session),
            version=1,
            origin_client_id=ctx.client_id,
            created_at=ctx.now(),
        )
        session.add(user)
        return user.id


def as_(ctx: WriteContext, user_id: str, name: str = "someone") -> WriteContext:
    return dataclasses.replace(ctx, actor=Actor(user_id, name))


def queues(db: Database) -> dict[str, str]:
    with db.reading() as session:
        return {g.name: g.id for g in session.execute(select(DeskGroup)).scalars()}


@pytest.fixture
def fixed(ctx: WriteContext) -> WriteContext:
    return dataclasses.replace(ctx, now=lambda: NOON)


@pytest.fixture
def ticket(db: Database, fixed: WriteContext) -> str:
    desk = queues(db)["Service Desk"]
    return create(db, fixed, channel="email", priority=3, group_id=desk).id


def up(ticket_id: str, to_queue: str, **more: object) -> EscalationRequest:
    values: dict[str, object] = {
        "ticket_id": ticket_id,
        "kind": EscalationKind.UP,
        "reason": Reason.SPECIALIST,
        "note": "needs a network specialist",
        "to_queue_id": to_queue,
    }
    values.update(more)
    return EscalationRequest(**values)  # type: ignore[arg-type]


def test_escalating_up_moves_the_ticket_and_records_the_event(
    db: Database, fixed: WriteContext, ticket: str
) -> None:
    q = queues(db)
    with db.writing() as session:
        entry_id = esc.escalate(session, fixed, up(ticket, q["Technical Support"]))
    with db.reading() as session:
        row = session.execute(select(Ticket).where(Ticket.id == ticket)).scalar_one()
        assert (row.group_id, row.tier, row.assignee_id) == (q["Technical Support"], 2, None)
        assert row.escalation_kind == "up"
        assert row.escalated_queue_id == q["Technical Support"]
        info = esc.latest_escalation(session, ticket)
        kinds = [
            e.kind
            for e in session.execute(
                select(TicketJournal).where(TicketJournal.ticket_id == ticket)
            ).scalars()
        ]
    assert info is not None and info.entry_id == entry_id
    assert (info.kind, info.reason, info.note) == (
        EscalationKind.UP,
        Reason.SPECIALIST,
        "needs a network specialist",
    )
    assert (info.from_queue_id, info.to_queue_id) == (q["Service Desk"], q["Technical Support"])
    assert (info.from_tier, info.to_tier, info.automatic) == (1, 2, False)
    assert JournalKind.ESCALATED.value in kinds and JournalKind.ASSIGNED.value in kinds


def test_the_effect_shown_is_the_effect_applied(
    db: Database, fixed: WriteContext, ticket: str
) -> None:
    q = queues(db)
    request = up(ticket, q["Technical Support"], new_priority=2, inform_customer=True)
    with db.reading() as session:
        before = clocks_for(session, ticket, NOON)
        effect = esc.preview(session, fixed, request)
    with db.writing() as session:
        esc.escalate(session, fixed, request)
    with db.reading() as session:
        applied = clocks_for(session, ticket, NOON)
    assert (effect.priority_before, effect.priority_after) == (3, 2)
    shown = {c.target: (c.before, c.after) for c in effect.changes}
    for clock in applied.clocks:
        old = before.clock(clock.target)
        assert shown[clock.target.value] == (None if old is None else old.due_at, clock.due_at)
    # A critical ticket is due sooner than a regular one.
    resolution = shown["resolution"]
    assert resolution[0] is not None and resolution[1] is not None
    assert resolution[1] < resolution[0]


def test_bad_input_is_refused_field_by_field_and_nothing_is_written(
    db: Database, fixed: WriteContext, ticket: str
) -> None:
    q = queues(db)
    cases = {
        "reason": up(ticket, q["Technical Support"], reason=""),
        "note": up(ticket, q["Technical Support"], note="  "),
        "to_queue": up(ticket, None),
    }
    same = up(ticket, q["Service Desk"], kind=EscalationKind.FUNCTIONAL)
    wrong_tier = up(ticket, q["Service Desk"])
    functional_up = up(ticket, q["Technical Support"], kind=EscalationKind.FUNCTIONAL)
    lead_missing = up(ticket, None, kind=EscalationKind.HIERARCHICAL)
    with db.reading() as session:
        before = counts(session)
    for name, request in [
        *cases.items(),
        ("to_queue", same),
        ("to_queue", wrong_tier),
        ("to_queue", functional_up),
        ("to_user", lead_missing),
    ]:
        with db.writing() as session, pytest.raises(ValidationFailed) as raised:
            esc.escalate(session, fixed, request)
        assert name in {e.field for e in raised.value.errors}, name
    with db.reading() as session:
        assert counts(session) == before


def test_a_person_without_the_right_is_refused_and_audited(
    db: Database, fixed: WriteContext, ticket: str
) -> None:
    q = queues(db)
    agent = person(db, fixed, "agent2", Role.AGENT)
    with db.reading() as session:
        before = counts(session)
    with db.writing() as session, pytest.raises(PermissionDenied):
        esc.escalate(session, as_(fixed, agent), up(ticket, q["Technical Support"]))
    with db.reading() as session:
        assert counts(session) == before
        refused = [e for e in entries(session) if e.kind == AuditKind.REFUSED.value]
    assert refused and json.loads(refused[-1].detail)["action"] == "escalate"


def test_targets_follow_the_rights(db: Database, fixed: WriteContext, ticket: str) -> None:
    senior = person(db, fixed, "senior", Role.SENIOR_AGENT)
    lead = person(db, fixed, "lead", Role.TEAM_LEAD)
    agent = person(db, fixed, "agent2", Role.AGENT)
    with db.reading() as session:
        seen = esc.escalation_targets(session, as_(fixed, senior), ticket)
        none = esc.escalation_targets(session, as_(fixed, agent), ticket)
    assert seen.tier == 1
    assert [c.name for c in seen.up] == [
        "Billing and Accounts",
        "Technical Support",
        "Specialist Investigations",
    ]
    assert seen.functional == () and seen.returned == ()
    assert [p.id for p in seen.leads] == [lead]
    assert (none.functional, none.up, none.returned, none.leads) == ((), (), (), ())


def test_hierarchical_escalation_reaches_the_lead_until_answered(
    db: Database, fixed: WriteContext, ticket: str
) -> None:
    lead = person(db, fixed, "lead", Role.TEAM_LEAD)
    request = EscalationRequest(
        ticket, EscalationKind.HIERARCHICAL, Reason.COMPLAINT, "customer angry", to_user_id=lead
    )
    with db.writing() as session:
        esc.escalate(session, fixed, request)
    assert _columns(db, ticket)[:2] == ("hierarchical", lead)
    later = dataclasses.replace(as_(fixed, lead), now=lambda: NOON.replace(hour=10))
    with db.writing() as session:
        add_note(session, later, ticket, "I will call them")
    assert _columns(db, ticket)[:2] == ("hierarchical", None)


def test_returning_a_ticket_gives_it_back_with_instructions(
    db: Database, fixed: WriteContext, ticket: str, agent: User
) -> None:
    q = queues(db)
    with db.writing() as session:
        esc.escalate(session, fixed, up(ticket, q["Technical Support"]))
    back = EscalationRequest(
        ticket,
        EscalationKind.RETURNED,
        Reason.OTHER,
        "restart the router, then call",
        to_queue_id=q["Service Desk"],
        to_user_id=agent.id,
    )
    with db.writing() as session:
        esc.escalate(session, fixed, back)
    with db.reading() as session:
        row = session.execute(select(Ticket).where(Ticket.id == ticket)).scalar_one()
        history = esc.escalations(session, ticket)
    assert (row.tier, row.assignee_id, row.escalation_kind) == (1, agent.id, "returned")
    assert [h.kind for h in history] == [EscalationKind.UP, EscalationKind.RETURNED]


def test_moving_on_clears_the_escalated_queue(
    db: Database, fixed: WriteContext, ticket: str
) -> None:
    q = queues(db)
    with db.writing() as session:
        esc.escalate(session, fixed, up(ticket, q["Technical Support"]))
        esc.escalate(
            session,
            fixed,
            up(ticket, q["Billing and Accounts"], kind=EscalationKind.FUNCTIONAL),
        )
    assert _columns(db, ticket)[2] == q["Billing and Accounts"]
    from desk_app.services.tickets import change_fields

    with db.writing() as session:
        change_fields(session, fixed, ticket, {"group_id": q["Technical Support"]})
    assert _columns(db, ticket)[2] is None


def _columns(db: Database, ticket_id: str) -> tuple[str | None, str | None, str | None]:
    with db.reading() as session:
        return _read(session, ticket_id)


def _read(session: Session, ticket_id: str) -> tuple[str | None, str | None, str | None]:
    row = session.execute(
        select(
            Ticket.escalation_kind, Ticket.escalated_to_user_id, Ticket.escalated_queue_id
        ).where(Ticket.id == ticket_id)
    ).one()
    return row.escalation_kind, row.escalated_to_user_id, row.escalated_queue_id
