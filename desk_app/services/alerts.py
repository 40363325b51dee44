"""What the desk should tell an agent without being asked: call-backs that
are due, tickets about to miss a service-level target, tickets newly assigned
to them, tickets on which a colleague asks for their attention (a
hierarchical escalation). The UI decides how (tray or status bar) and remembers what it said."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import Status, Ticket
from desk_app.services.contacts import FollowUp, due_follow_ups
from desk_app.services.sla_clock import StoredState

SOON = timedelta(minutes=30)
_CLOSED = (Status.RESOLVED.value, Status.CLOSED.value)


@dataclass(frozen=True)
class TicketRef:
    id: str
    number: str
    subject: str
    due_at: datetime | None = None


@dataclass(frozen=True)
class Alerts:
    follow_ups: tuple[FollowUp, ...] = ()
    breaching: tuple[TicketRef, ...] = ()  # due within SOON (or overdue already)
    mine: frozenset[str] = frozenset()  # ids of the agent's open tickets
    # Open tickets whose latest escalation asks for the agent's attention;
    # due_at is when it was asked (a new request is a new reminder).
    attention: tuple[TicketRef, ...] = ()


def pending_alerts(
    session: Session, user_id: str | None, now: datetime, soon: timedelta = SOON
) -> Alerts:
    if user_id is None:
        return Alerts()
    open_mine = (
        Ticket.assignee_id == user_id,
        Ticket.deleted_at.is_(None),
        Ticket.status.not_in(_CLOSED),
    )
    breaching = session.execute(
        select(Ticket.id, Ticket.number, Ticket.subject, Ticket.sla_due_at)
        .where(
            *open_mine,
            Ticket.sla_state == StoredState.RUNNING.value,
            Ticket.sla_due_at.is_not(None),
            Ticket.sla_due_at <= now + soon,
        )
        .order_by(Ticket.sla_due_at)
        .limit(50)
    ).all()
    mine = frozenset(session.execute(select(Ticket.id).where(*open_mine)).scalars())
    attention = session.execute(
        select(Ticket.id, Ticket.number, Ticket.subject, Ticket.escalated_at)
        .where(
            Ticket.escalation_kind == "hierarchical",
            Ticket.escalated_to_user_id == user_id,
            Ticket.deleted_at.is_(None),
            Ticket.status.not_in(_CLOSED),
        )
        .order_by(Ticket.escalated_at)
        .limit(50)
    ).all()
    return Alerts(
        follow_ups=tuple(due_follow_ups(session, user_id, now, limit=50)),
        breaching=tuple(TicketRef(*row) for row in breaching),
        mine=mine,
        attention=tuple(TicketRef(*row) for row in attention),
    )
