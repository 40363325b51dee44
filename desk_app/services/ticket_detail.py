"""Reading one ticket with its history, and the small lookups the forms need."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desk_app.models import Branch, Customer, DeskGroup, Ticket, TicketJournal, User
from desk_app.services.messages import NotFound
from desk_app.services.text import normalise


@dataclass(frozen=True)
class JournalEntry:
    id: str
    kind: str
    at: datetime
    author_name: str
    field: str
    old_value: str
    new_value: str
    body: str
    channel: str
    direction: str = ""  # a contact: inbound or outbound
    duration_s: int = 0  # a contact: how long the call lasted


@dataclass(frozen=True)
class TicketDetail:
    id: str
    number: str
    subject: str
    description: str
    category: str
    channel: str
    priority: int
    status: str
    tier: int
    group_id: str | None
    assignee_id: str | None
    customer_name: str
    customer_phone: str
    customer_email: str
    equipment_location: str
    account_ref: str
    licence_ref: str
    product_ref: str
    created_at: datetime
    last_activity_at: datetime
    version: int
    journal: tuple[JournalEntry, ...]
    complaint: bool = False
    custom_fields: dict[str, object] = field(default_factory=dict)
    resolution_cause: str = ""
    solution: str = ""
    satisfaction: int | None = None
    follow_up_next_at: datetime | None = None
    follow_up_every_days: int | None = None
    # Number by id of the tickets the history names (links, merges), so a
    # person reads a ticket number where the journal keeps an id.
    ticket_numbers: dict[str, str] = field(default_factory=dict)


# Journal entries whose values are ticket ids (new_value, and old_value for a
# field change of merged_into_id).
_TICKET_VALUE_KINDS = frozenset({"linked", "unlinked", "merged"})
TICKET_ID_FIELDS = frozenset({"merged_into_id", "link", "merged_from"})


def ticket_numbers(session: Session, ids: Iterable[str]) -> dict[str, str]:
    """Ticket number by ticket id, for the ids that name a ticket here."""
    wanted = sorted({i for i in ids if i})
    numbers: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        rows = session.execute(select(Ticket.id, Ticket.number).where(Ticket.id.in_(chunk)))
        numbers.update((ticket_id, number) for ticket_id, number in rows)
    return numbers


def _extra_values(raw: str) -> dict[str, object]:
    """The extra fields as stored; a damaged value (a hand-edited database, a
    newer version's format) reads as none rather than failing the ticket."""
    try:
        values = json.loads(raw or "{}")
    except ValueError:
        return {}
    return values if isinstance(values, dict) else {}


def load_ticket(session: Session, ticket_id: str) -> TicketDetail:
    t = session.execute(select(Ticket).where(Ticket.id == ticket_id)).scalar_one_or_none()
    if t is None or t.deleted_at is not None:
        raise NotFound(ticket_id)
    customer = session.get(Customer, t.customer_id) if t.customer_id else None
    entries = session.execute(
        select(TicketJournal)
        .where(TicketJournal.ticket_id == ticket_id)
        .order_by(TicketJournal.at, TicketJournal.updated_at)
    ).scalars()
    journal = tuple(
        JournalEntry(
            e.id,
            e.kind,
            e.at,
            e.author_name,
            e.field,
            e.old_value,
            e.new_value,
            e.body,
            e.channel,
            e.direction,
            e.duration_s,
        )
        for e in entries
    )
    named = [t.merged_into_id or ""]
    for e in journal:
        if e.kind in _TICKET_VALUE_KINDS or e.field in TICKET_ID_FIELDS:
            named += [e.old_value, e.new_value]
    return TicketDetail(
        id=t.id,
        number=t.number,
        subject=t.subject,
        description=t.description,
        category=t.category,
        channel=t.channel,
        priority=t.priority,
        status=t.status,
        tier=t.tier,
        group_id=t.group_id,
        assignee_id=t.assignee_id,
        customer_name=t.customer_name,
        customer_phone=customer.phone if customer else "",
        customer_email=customer.email if customer else "",
        equipment_location=t.equipment_location,
        account_ref=t.account_ref,
        licence_ref=t.licence_ref,
        product_ref=t.product_ref,
        created_at=t.created_at,
        last_activity_at=t.last_activity_at,
        version=t.version,
        complaint=bool(t.complaint),
        custom_fields=_extra_values(t.custom_fields),
        resolution_cause=t.resolution_cause,
        solution=t.solution,
        satisfaction=t.satisfaction,
        follow_up_next_at=t.follow_up_next_at,
        follow_up_every_days=t.follow_up_every_days,
        journal=journal,
        ticket_numbers=ticket_numbers(session, named),
    )


@dataclass(frozen=True)
class CustomerMatch:
    id: str
    name: str
    phone: str
    email: str
    national_id: str
    account_number: str


def lookup_customers(session: Session, typed: str, limit: int = 12) -> list[CustomerMatch]:
    """Customers whose name starts with, or whose phone, email, national id or
    account number contains, what was typed — in Arabic or Latin letters."""
    needle = normalise(typed)
    if len(needle) < 2:
        return []
    # Phones are stored in E.164: drop the national trunk zero the caller types.
    digits = "".join(ch for ch in needle if ch.isdigit()).lstrip("0")
    conditions = [
        Customer.name_norm.startswith(needle, autoescape=True),
        Customer.name_norm.contains(" " + needle, autoescape=True),
        Customer.email.startswith(needle, autoescape=True),
        Customer.national_id.startswith(needle, autoescape=True),
        Customer.account_number.startswith(needle, autoescape=True),
    ]
    if len(digits) >= 3:
        conditions.append(Customer.phone_e164.contains(digits, autoescape=True))
        conditions.append(Customer.phone.contains(digits, autoescape=True))
    rows = session.execute(
        select(Customer)
        .where(Customer.deleted_at.is_(None), or_(*conditions))
        .order_by(Customer.name_norm)
        .limit(limit)
    ).scalars()
    return [
        CustomerMatch(c.id, c.name, c.phone, c.email, c.national_id, c.account_number) for c in rows
    ]


@dataclass(frozen=True)
class Named:
    id: str
    name: str
    name_ar: str = ""
    tier: int = 0


@dataclass(frozen=True)
class ReferenceData:
    """Small tables the UI shows names from; loaded once, refreshed on change."""

    branch: Named
    groups: tuple[Named, ...]
    users: tuple[Named, ...]

    def group_name(self, group_id: str | None, arabic: bool) -> str:
        return _name_of(self.groups, group_id, arabic)

    def user_name(self, user_id: str | None, arabic: bool) -> str:
        return _name_of(self.users, user_id, arabic)


def _name_of(items: tuple[Named, ...], key: str | None, arabic: bool) -> str:
    for item in items:
        if item.id == key:
            return item.name_ar if arabic and item.name_ar else item.name
    return ""


def load_reference_data(session: Session, branch_id: str) -> ReferenceData:
    branch = session.get(Branch, branch_id)
    if branch is None:
        raise NotFound(branch_id)
    groups = session.execute(
        select(DeskGroup)
        .where(DeskGroup.deleted_at.is_(None))
        .order_by(DeskGroup.tier, DeskGroup.name)
    ).scalars()
    users = session.execute(
        select(User).where(User.deleted_at.is_(None), User.active).order_by(User.display_name)
    ).scalars()
    return ReferenceData(
        branch=Named(branch.id, branch.name, branch.name_ar),
        groups=tuple(Named(g.id, g.name, g.name_ar, g.tier) for g in groups),
        users=tuple(Named(u.id, u.display_name) for u in users),
    )
