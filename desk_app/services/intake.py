"""Intake: turning a call, letter or visit into a ticket, as the SOP orders it —
customer, the problem, equipment and account data, then routing and priority."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import (
    Channel,
    Customer,
    DeskGroup,
    JournalKind,
    OpKind,
    Priority,
    Status,
    Ticket,
    User,
)
from desk_app.models.tickets import DESCRIPTION_MAX, SUBJECT_MAX
from desk_app.services import journal
from desk_app.services import messages as m
from desk_app.services.context import WriteContext
from desk_app.services.ids import new_id
from desk_app.services.messages import FieldError, ValidationFailed
from desk_app.services.numbering import next_number
from desk_app.services.text import normalise
from desk_app.services.validation import (
    ascii_digits,
    check_reference,
    check_text,
    clean_line,
    normalise_email,
    normalise_phone,
)

NAME_MAX = 300
SHORT_MAX = 100
LOCATION_MAX = 300


@dataclass
class IntakeForm:
    """What the agent typed. Plain strings, exactly as entered."""

    subject: str = ""
    description: str = ""
    channel: str = Channel.PHONE.value
    category: str = ""
    priority: int = Priority.REGULAR.value
    # Customer: an existing one by id, or the details of a new one.
    customer_id: str | None = None
    customer_name: str = ""
    phone: str = ""
    email: str = ""
    national_id: str = ""
    account_number: str = ""
    # Equipment, account and product.
    equipment_location: str = ""
    product_ref: str = ""
    licence_ref: str = ""
    account_ref: str = ""
    # Routing.
    group_id: str | None = None
    assignee_id: str | None = None


@dataclass(frozen=True)
class CreatedTicket:
    id: str
    number: str
    row_no: int
    customer_id: str | None = None


@dataclass(frozen=True)
class CleanContact:
    name: str
    phone: str
    phone_e164: str
    email: str


def validate(form: IntakeForm, phone_region: str) -> tuple[list[FieldError], CleanContact]:
    """Check every field; collect all problems so the form can mark each one."""
    errors: list[FieldError] = []
    check_text(errors, "subject", form.subject, limit=SUBJECT_MAX, required=True)
    check_text(errors, "description", form.description, limit=DESCRIPTION_MAX)
    check_text(errors, "customer_name", form.customer_name, limit=NAME_MAX)
    for name in ("national_id", "account_number", "licence_ref", "account_ref"):
        check_text(errors, name, getattr(form, name), limit=SHORT_MAX)
    for name in ("equipment_location", "product_ref"):
        check_text(errors, name, getattr(form, name), limit=LOCATION_MAX)
    if form.channel not in {c.value for c in Channel}:
        errors.append(FieldError("channel", m.BAD_CHOICE))
    if form.priority not in {p.value for p in Priority}:
        errors.append(FieldError("priority", m.BAD_CHOICE))
    phone_e164 = normalise_phone(errors, "phone", form.phone, phone_region)
    email = normalise_email(errors, "email", form.email)
    if form.customer_id is None and not form.customer_name.strip() and (phone_e164 or email):
        # Contact details with no name would create a nameless customer.
        errors.append(FieldError("customer_name", m.REQUIRED))
    contact = CleanContact(clean_line(form.customer_name), form.phone.strip(), phone_e164, email)
    return errors, contact


def create_ticket(session: Session, ctx: WriteContext, form: IntakeForm) -> CreatedTicket:
    """Validate and save one ticket with its 'created' journal entry and outbox ops.

    Raises ValidationFailed (nothing written) when a field breaks a rule."""
    errors, contact = validate(form, ctx.phone_region)
    _check_references(session, form, errors)
    if errors:
        raise ValidationFailed(errors)

    now = ctx.now()
    hlc = ctx.stamp(session)
    customer_id = form.customer_id
    customer_name = contact.name
    if customer_id is None and contact.name:
        customer_id = _create_customer(session, ctx, form, contact, hlc)
    elif customer_id is not None and not customer_name:
        customer = session.get(Customer, customer_id)
        customer_name = customer.name if customer else ""

    ticket = Ticket(
        id=new_id(),
        branch_id=ctx.branch_id,
        number=next_number(session, ctx.number_prefix, now.year),
        subject=clean_line(form.subject),
        description=form.description.strip(),
        category=form.category,
        channel=form.channel,
        priority=form.priority,
        status=Status.NEW.value if form.assignee_id is None else Status.OPEN.value,
        tier=_tier_of(session, form.group_id),
        group_id=form.group_id,
        assignee_id=form.assignee_id,
        customer_id=customer_id,
        customer_name=customer_name,
        equipment_location=clean_line(form.equipment_location),
        account_ref=clean_line(form.account_ref),
        licence_ref=clean_line(form.licence_ref),
        product_ref=clean_line(form.product_ref),
        last_activity_at=now,
        created_at=now,
        updated_at=hlc,
        version=1,
        origin_client_id=ctx.client_id,
    )
    session.add(ticket)
    session.flush()  # assigns row_no; the FTS triggers index the ticket here
    journal.queue_op(
        session, ctx, "ticket", ticket.id, OpKind.INSERT, journal.row_values(ticket), 0, hlc
    )
    journal.append(
        session,
        ctx,
        ticket_id=ticket.id,
        kind=JournalKind.CREATED,
        at=now,
        hlc=hlc,
        channel=form.channel,
        body=ticket.subject,
    )
    return CreatedTicket(ticket.id, ticket.number, ticket.row_no, customer_id)


def _check_references(session: Session, form: IntakeForm, errors: list[FieldError]) -> None:
    check_reference(errors, session, "customer_id", Customer, form.customer_id)
    check_reference(errors, session, "group_id", DeskGroup, form.group_id)
    check_reference(errors, session, "assignee_id", User, form.assignee_id)


def _tier_of(session: Session, group_id: str | None) -> int:
    if group_id is None:
        return 1
    tier = session.execute(select(DeskGroup.tier).where(DeskGroup.id == group_id)).scalar()
    return 1 if tier is None else int(tier)


def _create_customer(
    session: Session, ctx: WriteContext, form: IntakeForm, contact: CleanContact, hlc: str
) -> str:
    customer = Customer(
        id=new_id(),
        name=contact.name,
        name_norm=normalise(contact.name),
        phone=contact.phone,
        phone_e164=contact.phone_e164,
        email=contact.email,
        # Stored with ASCII digits: lookup_customers matches these by prefix
        # against normalised input, which never has Arabic-Indic digits.
        national_id=ascii_digits(clean_line(form.national_id)),
        account_number=ascii_digits(clean_line(form.account_number)),
        branch_id=ctx.branch_id,
        created_at=ctx.now(),
        updated_at=hlc,
        version=1,
        origin_client_id=ctx.client_id,
    )
    session.add(customer)
    session.flush()
    journal.queue_op(
        session, ctx, "customer", customer.id, OpKind.INSERT, journal.row_values(customer), 0, hlc
    )
    return customer.id
