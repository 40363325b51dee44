"""Intake: turning a call, letter or visit into a ticket, as the SOP orders it —
customer, the problem, equipment and account data, then routing and priority.

With a category catalogue (services.catalogue) the category's extra fields
are checked and stored on the ticket, and a priority the category does not
use is refused; every problem is reported on its own field at once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import (
    Asset,
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
from desk_app.services.acting import refuse, require_right
from desk_app.services.assets import CODE_MAX, create_asset
from desk_app.services.catalogue import Catalogue, validate_extra
from desk_app.services.catalogue import clean_extra as clean_extra_values
from desk_app.services.context import WriteContext
from desk_app.services.ids import new_id
from desk_app.services.messages import FieldError, ValidationFailed
from desk_app.services.numbering import next_number
from desk_app.services.permissions import Right, TicketScope, check, rights_for_change
from desk_app.services.priority import LEVEL_VALUES, check_allowed
from desk_app.services.text import normalise
from desk_app.services.tickets import CUSTOM_FIELDS_MAX
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
# Branch, site and room are stored together in ticket.equipment_location.
LOCATION_PART_MAX = 90
LOCATION_SEPARATOR = " – "


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
    # The category's extra fields, {key: value as typed}.
    extra: dict[str, Any] = field(default_factory=dict)
    # Equipment, account and product. Where the faulty equipment is: branch,
    # site and room (or all of it in equipment_location).
    location_branch: str = ""
    location_site: str = ""
    location_room: str = ""
    equipment_location: str = ""
    product_ref: str = ""
    licence_ref: str = ""
    account_ref: str = ""
    # A known asset, or a new one registered from product_ref / licence_ref.
    asset_id: str | None = None
    new_asset: bool = False
    asset_model: str = ""
    asset_serial: str = ""
    # Routing. Impact and urgency (high/medium/low) record how the priority
    # was assessed; they are kept with the extra fields.
    impact: str = ""
    urgency: str = ""
    group_id: str | None = None
    assignee_id: str | None = None


@dataclass(frozen=True)
class CreatedTicket:
    id: str
    number: str
    row_no: int
    customer_id: str | None = None
    asset_id: str | None = None


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
    for name in ("location_branch", "location_site", "location_room"):
        check_text(errors, name, getattr(form, name), limit=LOCATION_PART_MAX)
    for name in ("asset_model", "asset_serial"):
        check_text(errors, name, getattr(form, name), limit=CODE_MAX)
    if form.new_asset and not form.product_ref.strip():
        errors.append(FieldError("product_ref", m.REQUIRED))
    for name in ("impact", "urgency"):
        if getattr(form, name) not in ("", *LEVEL_VALUES):
            errors.append(FieldError(name, m.BAD_CHOICE))
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


def equipment_location(form: IntakeForm) -> str:
    """Branch, site and room (and any free text) as one line."""
    parts = (form.location_branch, form.location_site, form.location_room, form.equipment_location)
    return LOCATION_SEPARATOR.join(p for p in (clean_line(x) for x in parts) if p)


def custom_fields(
    form: IntakeForm, catalogue: Catalogue | None, errors: list[FieldError]
) -> dict[str, Any]:
    """The extra field values as stored, checked against the category; the
    priority checked against the levels the category allows."""
    stored: dict[str, Any] = {}
    category = catalogue.get(form.category) if catalogue is not None and form.category else None
    if catalogue is not None and form.category and category is None:
        errors.append(FieldError("category", m.BAD_CHOICE))
    if category is not None:
        problems = validate_extra(category, form.extra)
        errors.extend(problems)
        if not problems:
            stored.update(clean_extra_values(category, form.extra))
        refused = check_allowed(category.allowed_priorities, form.priority)
        if refused is not None:
            errors.append(refused)
    elif catalogue is None and form.extra:
        # No catalogue to check against (an import, a split): plain values only.
        if all(isinstance(v, str | int | float) for v in form.extra.values()):
            stored.update(form.extra)
        else:
            errors.append(FieldError("custom_fields", m.BAD_FIELDS))
    for name in ("impact", "urgency"):
        if getattr(form, name):
            stored[name] = getattr(form, name)
    return stored


def create_ticket(
    session: Session,
    ctx: WriteContext,
    form: IntakeForm,
    catalogue: Catalogue | None = None,
    *,
    link_to: str | None = None,
) -> CreatedTicket:
    """Validate and save one ticket with its 'created' journal entry and outbox ops.

    ``catalogue`` checks the category's extra fields and priorities; without it
    the category is taken as given. ``link_to``: another ticket of the same
    contact (the SOP's one ticket per problem), linked to this one.

    Raises ValidationFailed (nothing written) when a field breaks a rule, and
    PermissionDenied (nothing written, the refusal audited) when the acting
    person may not take calls, give the ticket to someone else or declare an
    enterprise failure."""
    who = require_right(session, ctx, Right.TAKE_CALLS, action="create_ticket")
    wanted = {"assignee_id": form.assignee_id, "priority": form.priority}
    for right in rights_for_change(who.person, TicketScope(None, None), wanted):
        found = check(who.table, who.person, right)
        if found is not None:
            refuse(session, ctx, found, action="create_ticket")
    return write_ticket(session, ctx, form, catalogue, link_to=link_to)


def write_ticket(
    session: Session,
    ctx: WriteContext,
    form: IntakeForm,
    catalogue: Catalogue | None = None,
    *,
    link_to: str | None = None,
) -> CreatedTicket:
    """``create_ticket`` for a service that has checked the person's rights
    itself (a split)."""
    errors, contact = validate(form, ctx.phone_region)
    _check_references(session, form, errors)
    extra = custom_fields(form, catalogue, errors)
    extra_json = json.dumps(extra, ensure_ascii=False) if extra else "{}"
    if len(extra_json) > CUSTOM_FIELDS_MAX:
        errors.append(
            FieldError(
                "custom_fields", m.TOO_LONG, {"length": len(extra_json), "limit": CUSTOM_FIELDS_MAX}
            )
        )
    location = equipment_location(form)
    if len(location) > LOCATION_MAX:
        params: dict[str, str | int] = {"length": len(location), "limit": LOCATION_MAX}
        errors.append(FieldError("location_room", m.TOO_LONG, params))
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
    asset_id = form.asset_id
    if form.new_asset and asset_id is None:
        asset_id = create_asset(
            session,
            ctx,
            hlc,
            product=form.product_ref,
            model_number=form.asset_model,
            serial_number=form.asset_serial,
            licence=form.licence_ref,
            location=location,
            customer_id=customer_id,
        )

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
        asset_id=asset_id,
        custom_fields=extra_json,
        equipment_location=location,
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
    if link_to is not None and _is_live(session, link_to):
        # links builds on intake (a split creates a ticket), so it is imported here.
        # Linking the new ticket to the caller's other one is part of taking
        # the call, whoever's that one is.
        from desk_app.services.links import write_link

        write_link(session, ctx, link_to, ticket.id)
    return CreatedTicket(ticket.id, ticket.number, ticket.row_no, customer_id, asset_id)


def _is_live(session: Session, ticket_id: str) -> bool:
    row = session.execute(select(Ticket.deleted_at).where(Ticket.id == ticket_id)).first()
    return row is not None and row.deleted_at is None


def _check_references(session: Session, form: IntakeForm, errors: list[FieldError]) -> None:
    check_reference(errors, session, "customer_id", Customer, form.customer_id)
    check_reference(errors, session, "group_id", DeskGroup, form.group_id)
    check_reference(errors, session, "assignee_id", User, form.assignee_id)
    check_reference(errors, session, "product_ref", Asset, form.asset_id)


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
