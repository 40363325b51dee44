"""Relations between tickets: link, unlink, merge and split.

The SOP wants one ticket per problem, so one call often becomes several
tickets that belong together, and two agents sometimes open a ticket for the
same problem. Relations are journal entries on both tickets (LINKED /
UNLINKED / MERGED). The journal is append-only and synced as a union, so links
made on two desks while offline both arrive, and the current links are a fold
of the entries in time (HLC) order, the same on every desk.

A merge keeps both tickets and both journals: the merged ticket is closed and
points at the survivor (``merged_into_id``), and the survivor's history shows
the merged ticket's entries with its own (``merged_history``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import JournalKind, Status, Ticket, TicketJournal
from desk_app.services import journal
from desk_app.services.acting import require_edit, require_right
from desk_app.services.context import WriteContext
from desk_app.services.intake import CreatedTicket, IntakeForm, write_ticket
from desk_app.services.messages import (
    QT_TRANSLATE_NOOP,
    REQUIRED,
    FieldError,
    ValidationFailed,
)
from desk_app.services.permissions import Right
from desk_app.services.tickets import live_ticket, write_changes
from desk_app.services.validation import ascii_digits, clean_line

LINK_FIELD = "link"
MERGE_FIELD = "merged_from"
# How far a chain of merges is followed (a merged into b merged into c …).
MAX_MERGE_CHAIN = 20

SAME_TICKET = QT_TRANSLATE_NOOP("Validation", "A ticket cannot be linked or merged with itself.")
ALREADY_LINKED = QT_TRANSLATE_NOOP("Validation", "These tickets are linked already.")
NOT_LINKED = QT_TRANSLATE_NOOP("Validation", "These tickets are not linked.")
ALREADY_MERGED = QT_TRANSLATE_NOOP("Validation", "This ticket was merged into {number} already.")
MERGE_LOOP = QT_TRANSLATE_NOOP(
    "Validation", "{number} was merged into this ticket; merge the other way round."
)


NO_SUCH_TICKET = QT_TRANSLATE_NOOP("Validation", "No ticket has the number {number}.")
SEVERAL_TICKETS = QT_TRANSLATE_NOOP(
    "Validation", "Several tickets end in {number}; type more of the number."
)


@dataclass(frozen=True)
class RelatedTicket:
    id: str
    number: str
    subject: str
    status: str


@dataclass(frozen=True)
class Relations:
    """What the reading pane and the related-tickets dialog show."""

    number: str
    linked: tuple[RelatedTicket, ...] = ()
    merged_from: tuple[RelatedTicket, ...] = ()  # tickets merged into this one
    merged_into: RelatedTicket | None = None  # the survivor, if this one was merged


def relations(session: Session, ticket_id: str) -> Relations:
    ticket = live_ticket(session, ticket_id)
    merged = _related(session, merged_history(session, ticket_id))
    into = None
    if ticket.merged_into_id is not None:
        into = next(iter(_related(session, [ticket.merged_into_id])), None)
    return Relations(ticket.number, tuple(linked_tickets(session, ticket_id)), tuple(merged), into)


def find_ticket(session: Session, typed: str) -> RelatedTicket:
    """The ticket an agent means by a number they typed: the whole number in
    any case and digits (Arabic-Indic too), or its last digits when only one
    ticket ends in them. ValidationFailed says why not."""
    text = ascii_digits(clean_line(typed)).upper()
    if not text:
        raise ValidationFailed([FieldError("other_ticket", REQUIRED)])
    columns = (Ticket.id, Ticket.number, Ticket.subject, Ticket.status)
    live = Ticket.deleted_at.is_(None)
    exact = session.execute(select(*columns).where(Ticket.number == text, live)).first()
    if exact is not None:
        return RelatedTicket(*exact)
    if text.isdigit():
        # The series pads numbers to six digits: "123" is "…-000123".
        tail = "-" + text.rjust(6, "0")
        found = session.execute(
            select(*columns).where(Ticket.number.endswith(tail, autoescape=True), live).limit(2)
        ).all()
        if len(found) == 1:
            return RelatedTicket(*found[0])
        if len(found) > 1:
            raise ValidationFailed([FieldError("other_ticket", SEVERAL_TICKETS, {"number": text})])
    raise ValidationFailed([FieldError("other_ticket", NO_SUCH_TICKET, {"number": text})])


def _related(session: Session, ids: Sequence[str]) -> list[RelatedTicket]:
    if not ids:
        return []
    rows = session.execute(
        select(Ticket.id, Ticket.number, Ticket.subject, Ticket.status)
        .where(Ticket.id.in_(list(ids)))
        .order_by(Ticket.number)
    ).all()
    return [RelatedTicket(*row) for row in rows]


def link_tickets(session: Session, ctx: WriteContext, ticket_id: str, other_id: str) -> None:
    """Link two tickets (both journals record it). The person must be one
    who may edit ``ticket_id``."""
    ticket, _ = _pair(session, ticket_id, other_id)
    require_edit(session, ctx, ticket, action="link_tickets")
    write_link(session, ctx, ticket_id, other_id)


def write_link(session: Session, ctx: WriteContext, ticket_id: str, other_id: str) -> None:
    """``link_tickets`` for a service that has checked the person's rights
    itself (intake linking a new ticket to the caller's other one)."""
    ticket, other = _pair(session, ticket_id, other_id)
    if other.id in _linked_ids(session, ticket.id):
        raise ValidationFailed([FieldError("other_ticket", ALREADY_LINKED)])
    _record_pair(session, ctx, ticket, other, JournalKind.LINKED)


def unlink_tickets(session: Session, ctx: WriteContext, ticket_id: str, other_id: str) -> None:
    ticket, other = _pair(session, ticket_id, other_id)
    require_edit(session, ctx, ticket, action="unlink_tickets")
    if other.id not in _linked_ids(session, ticket.id):
        raise ValidationFailed([FieldError("other_ticket", NOT_LINKED)])
    _record_pair(session, ctx, ticket, other, JournalKind.UNLINKED)


def linked_tickets(session: Session, ticket_id: str) -> list[RelatedTicket]:
    """The tickets linked to this one now, by number."""
    ids = _linked_ids(session, ticket_id)
    if not ids:
        return []
    rows = session.execute(
        select(Ticket.id, Ticket.number, Ticket.subject, Ticket.status)
        .where(Ticket.id.in_(ids), Ticket.deleted_at.is_(None))
        .order_by(Ticket.number)
    ).all()
    return [RelatedTicket(*row) for row in rows]


def merge_tickets(session: Session, ctx: WriteContext, source_id: str, target_id: str) -> str:
    """Merge ``source`` into ``target`` (or into whatever target was itself
    merged into). Returns the survivor's id."""
    source, _ = _pair(session, source_id, target_id)
    who = require_right(session, ctx, Right.MERGE_SPLIT, action="merge_tickets", ticket=source)
    require_edit(session, ctx, source, action="merge_tickets", who=who)
    if source.merged_into_id is not None:
        survivor = live_ticket(session, source.merged_into_id)
        raise ValidationFailed(
            [FieldError("other_ticket", ALREADY_MERGED, {"number": survivor.number})]
        )
    target = _survivor(session, target_id)
    if target.id == source.id:
        raise ValidationFailed([FieldError("other_ticket", SAME_TICKET)])
    if source.id in _merge_ancestors(session, target):
        raise ValidationFailed([FieldError("other_ticket", MERGE_LOOP, {"number": source.number})])
    require_edit(session, ctx, target, action="merge_tickets", who=who)
    changes: dict[str, object] = {"merged_into_id": target.id}
    if Status(source.status).is_open:
        changes["status"] = Status.CLOSED.value
    write_changes(session, ctx, source.id, changes)
    now, hlc = ctx.now(), ctx.stamp(session)
    journal.append(
        session,
        ctx,
        ticket_id=target.id,
        kind=JournalKind.MERGED,
        at=now,
        hlc=hlc,
        field=MERGE_FIELD,
        new_value=source.id,
        body=source.number,
    )
    target.last_activity_at = now
    return target.id


def merged_history(session: Session, ticket_id: str) -> list[str]:
    """Ids of the tickets merged (directly or in a chain) into this one, whose
    journals belong in its history."""
    found: list[str] = []
    frontier = [ticket_id]
    for _ in range(MAX_MERGE_CHAIN):
        if not frontier:
            break
        children = list(
            session.execute(
                select(Ticket.id).where(
                    Ticket.merged_into_id.in_(frontier), Ticket.deleted_at.is_(None)
                )
            ).scalars()
        )
        found.extend(children)
        frontier = children
    return found


def split_ticket(
    session: Session, ctx: WriteContext, ticket_id: str, subject: str, description: str = ""
) -> CreatedTicket:
    """A new ticket for another problem found in this one: same customer,
    channel, category, place and queue; linked to it."""
    source = live_ticket(session, ticket_id)
    who = require_right(session, ctx, Right.MERGE_SPLIT, action="split_ticket", ticket=source)
    require_edit(session, ctx, source, action="split_ticket", who=who)
    created = write_ticket(
        session,
        ctx,
        IntakeForm(
            subject=subject,
            description=description,
            channel=source.channel,
            category=source.category,
            priority=source.priority,
            customer_id=source.customer_id,
            customer_name=source.customer_name,
            equipment_location=source.equipment_location,
            account_ref=source.account_ref,
            licence_ref=source.licence_ref,
            product_ref=source.product_ref,
            group_id=source.group_id,
        ),
    )
    new = live_ticket(session, created.id)
    _record_pair(session, ctx, source, new, JournalKind.LINKED)
    return created


# -- helpers --------------------------------------------------------------------


def _pair(session: Session, ticket_id: str, other_id: str) -> tuple[Ticket, Ticket]:
    if ticket_id == other_id:
        raise ValidationFailed([FieldError("other_ticket", SAME_TICKET)])
    return live_ticket(session, ticket_id), live_ticket(session, other_id)


def _survivor(session: Session, ticket_id: str) -> Ticket:
    ticket = live_ticket(session, ticket_id)
    for _ in range(MAX_MERGE_CHAIN):
        if ticket.merged_into_id is None:
            return ticket
        ticket = live_ticket(session, ticket.merged_into_id)
    return ticket


def _merge_ancestors(session: Session, ticket: Ticket) -> set[str]:
    """Tickets already merged into ``ticket`` (merging one of them back would
    make a loop)."""
    return set(merged_history(session, ticket.id))


def _record_pair(
    session: Session, ctx: WriteContext, ticket: Ticket, other: Ticket, kind: JournalKind
) -> None:
    now, hlc = ctx.now(), ctx.stamp(session)
    for this, that in ((ticket, other), (other, ticket)):
        journal.append(
            session,
            ctx,
            ticket_id=this.id,
            kind=kind,
            at=now,
            hlc=hlc,
            field=LINK_FIELD,
            new_value=that.id,
            body=that.number,
        )
        this.last_activity_at = now


def _linked_ids(session: Session, ticket_id: str) -> set[str]:
    """Fold the ticket's link entries in time order (HLC breaks ties, so every
    desk folds the same union the same way)."""
    entries = session.execute(
        select(TicketJournal.kind, TicketJournal.new_value)
        .where(
            TicketJournal.ticket_id == ticket_id,
            TicketJournal.kind.in_([JournalKind.LINKED.value, JournalKind.UNLINKED.value]),
        )
        .order_by(TicketJournal.at, TicketJournal.updated_at)
    ).all()
    linked: set[str] = set()
    for kind, other in entries:
        if kind == JournalKind.LINKED.value:
            linked.add(other)
        else:
            linked.discard(other)
    return linked
