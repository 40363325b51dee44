"""The contact log and the follow-up schedule of a ticket.

Every contact with the customer, on any channel and in either direction, is
a journal entry (kind CONTACT_LOGGED: channel, direction, duration, summary),
so contacts made on two desks offline both arrive. A ticket may have a
follow-up schedule ("call back every 2 days until solved"): the next call is
due at ``follow_up_next_at``; an outbound contact moves it on by the
interval; resolving the ticket ends it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import Channel, Direction, JournalKind, Status, Ticket
from desk_app.models.tickets import NOTE_MAX
from desk_app.services import journal
from desk_app.services import messages as m
from desk_app.services.acting import require_right
from desk_app.services.context import WriteContext
from desk_app.services.messages import QT_TRANSLATE_NOOP, FieldError, ValidationFailed
from desk_app.services.permissions import Right
from desk_app.services.tickets import change_fields, live_ticket, write_changes
from desk_app.services.validation import check_text

MAX_DURATION_S = 24 * 3600
MAX_EVERY_DAYS = 365

TOO_LONG_A_CALL = QT_TRANSLATE_NOOP("Validation", "A contact lasts less than a day.")
IN_THE_PAST = QT_TRANSLATE_NOOP("Validation", "Choose a time that is still to come.")
TICKET_CLOSED = QT_TRANSLATE_NOOP(
    "Validation", "The ticket is resolved; reopen it to plan a follow-up."
)


@dataclass(frozen=True)
class ContactForm:
    summary: str
    channel: str = Channel.PHONE.value
    direction: str = Direction.OUTBOUND.value
    duration_s: int = 0


@dataclass(frozen=True)
class FollowUp:
    """A follow-up that is due, for the agent's list and reminders."""

    ticket_id: str
    number: str
    subject: str
    customer_name: str
    due_at: datetime
    every_days: int | None


def log_contact(session: Session, ctx: WriteContext, ticket_id: str, form: ContactForm) -> str:
    """Log one contact with the customer; returns the journal entry's id. An
    outbound contact on a ticket with a follow-up schedule moves it on."""
    ticket = live_ticket(session, ticket_id)
    require_right(session, ctx, Right.TAKE_CALLS, action="log_contact", ticket=ticket)
    errors: list[FieldError] = []
    check_text(errors, "summary", form.summary, limit=NOTE_MAX, required=True)
    if form.channel not in {c.value for c in Channel}:
        errors.append(FieldError("channel", m.BAD_CHOICE))
    if form.direction not in {d.value for d in Direction}:
        errors.append(FieldError("direction", m.BAD_CHOICE))
    if isinstance(form.duration_s, bool) or not isinstance(form.duration_s, int):
        errors.append(FieldError("duration", m.BAD_CHOICE))
    elif form.duration_s < 0 or form.duration_s > MAX_DURATION_S:
        errors.append(FieldError("duration", TOO_LONG_A_CALL))
    if errors:
        raise ValidationFailed(errors)
    now = ctx.now()
    entry = journal.append(
        session,
        ctx,
        ticket_id=ticket.id,
        kind=JournalKind.CONTACT_LOGGED,
        at=now,
        hlc=ctx.stamp(session),
        channel=form.channel,
        direction=form.direction,
        duration_s=form.duration_s,
        body=form.summary.strip(),
    )
    ticket.last_activity_at = now
    if (
        form.direction == Direction.OUTBOUND.value
        and ticket.follow_up_every_days
        and Status(ticket.status).is_open
    ):
        following = now + timedelta(days=ticket.follow_up_every_days)
        # Part of the contact: whoever may log it moves the schedule on.
        write_changes(session, ctx, ticket.id, {"follow_up_next_at": following})
    return entry.id


def schedule_follow_up(
    session: Session,
    ctx: WriteContext,
    ticket_id: str,
    next_at: datetime,
    every_days: int | None = None,
) -> None:
    """Call the customer back at ``next_at`` (and every ``every_days`` after
    each call, until the ticket is solved)."""
    ticket = live_ticket(session, ticket_id)
    errors: list[FieldError] = []
    if not Status(ticket.status).is_open:
        errors.append(FieldError("follow_up_next_at", TICKET_CLOSED))
    elif next_at <= ctx.now():
        errors.append(FieldError("follow_up_next_at", IN_THE_PAST))
    if every_days is not None and not 1 <= every_days <= MAX_EVERY_DAYS:
        errors.append(
            FieldError("follow_up_every_days", m.OUT_OF_RANGE, {"low": 1, "high": MAX_EVERY_DAYS})
        )
    if errors:
        raise ValidationFailed(errors)
    change_fields(
        session,
        ctx,
        ticket.id,
        {"follow_up_next_at": next_at, "follow_up_every_days": every_days},
    )


def clear_follow_up(session: Session, ctx: WriteContext, ticket_id: str) -> None:
    live_ticket(session, ticket_id)
    change_fields(
        session, ctx, ticket_id, {"follow_up_next_at": None, "follow_up_every_days": None}
    )


def due_follow_ups(
    session: Session, user_id: str | None, now: datetime, limit: int = 200
) -> list[FollowUp]:
    """Open tickets assigned to ``user_id`` whose next call is due, oldest first."""
    query = (
        select(
            Ticket.id,
            Ticket.number,
            Ticket.subject,
            Ticket.customer_name,
            Ticket.follow_up_next_at,
            Ticket.follow_up_every_days,
        )
        .where(
            Ticket.follow_up_next_at.is_not(None),
            Ticket.follow_up_next_at <= now,
            Ticket.deleted_at.is_(None),
            Ticket.status.not_in([Status.RESOLVED.value, Status.CLOSED.value]),
        )
        .order_by(Ticket.follow_up_next_at)
        .limit(limit)
    )
    if user_id is not None:
        query = query.where(Ticket.assignee_id == user_id)
    return [
        FollowUp(row.id, row.number, row.subject, row.customer_name, due, row.follow_up_every_days)
        for row in session.execute(query)
        if (due := row.follow_up_next_at) is not None
    ]
