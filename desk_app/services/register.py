"""The letter register (issue 15): every letter, fax and e-mail that comes in
or goes out, and every internal memo, with its reference, and the 48-hour
reply of the incoming written ones.

Rules:
- A reference is PREFIX-YEAR-LNNNNNN, the prefix being the desk station's
  ticket prefix (branch code and station): each station has its own series,
  kept beside the ticket numbers' (services.numbering), so two desks working
  offline never hand out the same reference.
- Registering takes TAKE_CALLS, as logging a contact does; the server checks
  the same (server.law). Memos (direction internal) are staff notes: never
  sent, never shown to a customer.
- An incoming letter, fax or e-mail needs a reply: its due time is the
  written-reply target of the service levels in force for its branch (48
  hours by default, counted as the SLA engine counts a written reply: round
  the clock in the branch's zone unless the levels say otherwise), from the
  time it was received. An outgoing entry naming it in ``in_reply_to_id``
  answers it. That is derived, never stored on the incoming row, so replies
  written on two offline desks merge by union.
- An entry on a ticket appends a journal entry (letter_received,
  letter_sent, memo_written) naming the register entry, in the same
  transaction.

Reading the register (lists, search, replies due) is in
services.register_queries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import Branch, Customer, JournalKind, OpKind, Priority, RegisterEntry, Ticket
from desk_app.models.correspondence import (
    ADDRESSEE_MAX,
    LETTER_BODY_MAX,
    SUBJECT_MAX,
    THEIR_REFERENCE_MAX,
)
from desk_app.services import journal, sla_clock
from desk_app.services import messages as m
from desk_app.services.acting import require_right
from desk_app.services.branch_clocks import branch_settings
from desk_app.services.business_calendar import BusinessCalendar
from desk_app.services.context import WriteContext
from desk_app.services.ids import new_id
from desk_app.services.messages import QT_TRANSLATE_NOOP, FieldError, ValidationFailed
from desk_app.services.numbering import next_number
from desk_app.services.permissions import Right
from desk_app.services.sla import Target
from desk_app.services.sla_settings import SlaSettings
from desk_app.services.text import isolate
from desk_app.services.validation import check_text, clean_line

# The register's series sits beside the ticket numbers' in the same table,
# under the station's prefix with this mark (a branch code never has "/").
SERIES_MARK = "/L"
REFERENCE_LETTER = "L"
LANGUAGES = ("ar", "en")
# A letter's text holds this until its save allocates the reference, which
# then takes its place (services.letters: a preview must not burn numbers).
REFERENCE_MARK = "{{reference}}"


class RegisterDirection(StrEnum):
    INCOMING = "incoming"
    OUTGOING = "outgoing"
    INTERNAL = "internal"  # a memo


class RegisterChannel(StrEnum):
    LETTER = "letter"  # postal or delivered by hand
    FAX = "fax"
    EMAIL = "email"
    MEMO = "memo"  # internal, never to a customer


# What carries the 48-hour reply (services.sla.WRITTEN_CHANNELS).
WRITTEN = frozenset({RegisterChannel.LETTER, RegisterChannel.FAX, RegisterChannel.EMAIL})

MEMO_IS_INTERNAL = QT_TRANSLATE_NOOP(
    "Validation", "A memo is internal: register letters, faxes and e-mails as incoming or outgoing."
)
INTERNAL_IS_MEMO = QT_TRANSLATE_NOOP("Validation", "An internal entry is a memo.")
MEMO_NEEDS_ADDRESSEE = QT_TRANSLATE_NOOP(
    "Validation", "Say whom the memo is for: a person, a queue or a department."
)
REPLY_TO_INCOMING = QT_TRANSLATE_NOOP(
    "Validation", "A reply answers an incoming item: choose a received letter, fax or e-mail."
)
ONLY_OUTGOING_REPLIES = QT_TRANSLATE_NOOP("Validation", "Only an outgoing item can be a reply.")
BAD_LANGUAGE = QT_TRANSLATE_NOOP("Validation", "Choose Arabic or English.")
IN_THE_FUTURE = QT_TRANSLATE_NOOP("Validation", "This date is in the future: check it.")


@dataclass(frozen=True)
class EntryDraft:
    """What a person (or a service) registers. ``at``: when it was received,
    sent or written (None: now)."""

    direction: RegisterDirection
    channel: RegisterChannel
    subject: str = ""
    body: str = ""
    at: datetime | None = None
    customer_id: str | None = None
    ticket_id: str | None = None
    language: str = ""
    template_id: str = ""
    addressee: str = ""
    their_reference: str = ""
    in_reply_to_id: str | None = None
    # An incoming written item waits for a reply unless told otherwise
    # (an acknowledgement from a supplier, a copy for the file).
    needs_reply: bool = True


def reference_of(prefix: str, year: int, value: int) -> str:
    return f"{prefix}-{year}-{REFERENCE_LETTER}{value:06d}"


def next_reference(session: Session, prefix: str, year: int) -> str:
    """The station's next register reference for ``year``: RYD-2026-L000001."""
    number = next_number(session, prefix + SERIES_MARK, year)
    return reference_of(prefix, year, int(number.rsplit("-", 1)[1]))


def reply_due_at(
    session: Session, branch_id: str, received_at: datetime, priority: int = Priority.REGULAR
) -> datetime | None:
    """When an incoming written item received at ``received_at`` must be
    answered: the written-reply target of the branch's service levels, in
    the calendar the SLA engine counts it in. None if the levels set none."""
    branch = session.execute(select(Branch).where(Branch.id == branch_id)).scalar_one_or_none()
    settings = branch_settings(session, {branch_id}, sla_clock.current_settings())[branch_id]
    zone = branch.time_zone if branch is not None else "UTC"
    weekend = branch.weekend_days if branch is not None else "5,6"
    return _due(settings, priority, received_at, zone, weekend)


def _due(
    settings: SlaSettings, priority: int, received_at: datetime, zone: str, weekend: str
) -> datetime | None:
    policy = settings.policy(priority, RegisterChannel.LETTER.value)
    minutes = policy.first_response_minutes
    if minutes is None:
        return None
    if Target.FIRST_RESPONSE in policy.elapsed:
        calendar = BusinessCalendar.always(zone)
    else:
        calendar = sla_clock.calendar_of(settings, zone, weekend)
    return calendar.add_business_minutes(received_at, minutes)


def validate(session: Session, draft: EntryDraft, now: datetime) -> list[FieldError]:
    """Every problem of a draft, each on its field."""
    errors: list[FieldError] = []
    check_text(errors, "subject", draft.subject, limit=SUBJECT_MAX, required=True)
    check_text(errors, "body", draft.body, limit=LETTER_BODY_MAX)
    check_text(errors, "addressee", draft.addressee, limit=ADDRESSEE_MAX)
    check_text(errors, "their_reference", draft.their_reference, limit=THEIR_REFERENCE_MAX)
    internal = draft.direction is RegisterDirection.INTERNAL
    memo = draft.channel is RegisterChannel.MEMO
    if memo and not internal:
        errors.append(FieldError("direction", MEMO_IS_INTERNAL))
    elif internal and not memo:
        errors.append(FieldError("channel", INTERNAL_IS_MEMO))
    if memo and not draft.addressee.strip():
        errors.append(FieldError("addressee", MEMO_NEEDS_ADDRESSEE))
    if draft.language not in ("", *LANGUAGES):
        errors.append(FieldError("language", BAD_LANGUAGE))
    if draft.at is not None and draft.at > now:
        errors.append(FieldError("at", IN_THE_FUTURE))
    if draft.customer_id is not None and not is_live(session, Customer, draft.customer_id):
        errors.append(FieldError("customer", m.UNKNOWN_REFERENCE))
    if draft.ticket_id is not None and not is_live(session, Ticket, draft.ticket_id):
        errors.append(FieldError("ticket", m.UNKNOWN_REFERENCE))
    if draft.in_reply_to_id is not None:
        if draft.direction is not RegisterDirection.OUTGOING:
            errors.append(FieldError("in_reply_to", ONLY_OUTGOING_REPLIES))
        else:
            answered = live_entry(session, draft.in_reply_to_id)
            if answered is None:
                errors.append(FieldError("in_reply_to", m.UNKNOWN_REFERENCE))
            elif answered.direction != RegisterDirection.INCOMING.value:
                errors.append(FieldError("in_reply_to", REPLY_TO_INCOMING))
    return errors


def is_live(session: Session, model: Any, row_id: str) -> bool:
    found = session.execute(
        select(model.id).where(model.id == row_id, model.deleted_at.is_(None))
    ).first()
    return found is not None


def live_entry(session: Session, entry_id: str) -> RegisterEntry | None:
    return session.execute(
        select(RegisterEntry).where(
            RegisterEntry.id == entry_id, RegisterEntry.deleted_at.is_(None)
        )
    ).scalar_one_or_none()


def register(session: Session, ctx: WriteContext, draft: EntryDraft) -> RegisterEntry:
    """Register an item (TAKE_CALLS). ValidationFailed (nothing written) for bad
    input; PermissionDenied (audited) without the right. An entry on a ticket
    is journalled on it; a reply that names the incoming item's ticket
    counts as the ticket's response to the customer."""
    require_right(session, ctx, Right.TAKE_CALLS, action="register_letter")
    now = ctx.now()
    errors = validate(session, draft, now)
    if errors:
        raise ValidationFailed(errors)
    at = draft.at or now
    ticket = ticket_row(session, draft.ticket_id)
    customer_id = draft.customer_id or (ticket.customer_id if ticket is not None else None)
    due = None
    if (
        draft.direction is RegisterDirection.INCOMING
        and draft.channel in WRITTEN
        and draft.needs_reply
    ):
        due = reply_due_at(
            session, ctx.branch_id, at, ticket.priority if ticket is not None else Priority.REGULAR
        )
    reference = next_reference(session, ctx.number_prefix, _local_year(session, ctx, at))
    # In Arabic text the reference keeps its own left-to-right order.
    filled = isolate(reference) if draft.language == "ar" else reference
    hlc = ctx.stamp(session)
    row = RegisterEntry(
        id=new_id(),
        reference=reference,
        branch_id=ctx.branch_id,
        direction=draft.direction.value,
        channel=draft.channel.value,
        at=at,
        customer_id=customer_id,
        ticket_id=draft.ticket_id,
        subject=clean_line(draft.subject).replace(REFERENCE_MARK, filled)[:SUBJECT_MAX],
        body=draft.body.replace("\r\n", "\n").strip().replace(REFERENCE_MARK, filled),
        language=draft.language,
        template_id=draft.template_id.strip(),
        handler_id=ctx.actor.user_id,
        handler_name=ctx.actor.name,
        addressee=draft.addressee.replace("\r\n", "\n").strip(),
        their_reference=clean_line(draft.their_reference),
        in_reply_to_id=draft.in_reply_to_id,
        reply_due_at=due,
        created_at=now,
        updated_at=hlc,
        version=1,
        origin_client_id=ctx.client_id,
    )
    session.add(row)
    session.flush()
    journal.queue_op(
        session, ctx, "register_entry", row.id, OpKind.INSERT, journal.row_values(row), 0, hlc
    )
    if ticket is not None:
        journal.append(
            session,
            ctx,
            ticket_id=ticket.id,
            kind=JOURNAL_KIND[draft.direction],
            at=at,
            hlc=ctx.stamp(session),
            new_value=row.id,
            body=row.reference,
            channel=journal_channel(row.channel),
            direction=JOURNAL_DIRECTION[draft.direction],
        )
    return row


JOURNAL_KIND = {
    RegisterDirection.INCOMING: JournalKind.LETTER_RECEIVED,
    RegisterDirection.OUTGOING: JournalKind.LETTER_SENT,
    RegisterDirection.INTERNAL: JournalKind.MEMO_WRITTEN,
}
# The journal's contact direction: a letter sent is the desk's outbound
# contact, one received the customer's inbound; a memo is neither.
JOURNAL_DIRECTION = {
    RegisterDirection.INCOMING: "inbound",
    RegisterDirection.OUTGOING: "outbound",
    RegisterDirection.INTERNAL: "",
}


def journal_channel(channel: str) -> str:
    """The channel a journal entry records: a ticket's channels only (a memo
    reached no customer, so its entry has none)."""
    return "" if channel == RegisterChannel.MEMO.value else channel


def ticket_row(session: Session, ticket_id: str | None) -> Ticket | None:
    if ticket_id is None:
        return None
    return session.execute(select(Ticket).where(Ticket.id == ticket_id)).scalar_one_or_none()


def _local_year(session: Session, ctx: WriteContext, at: datetime) -> int:
    """The year of the reference: the branch's calendar year at ``at``."""
    zone = session.execute(
        select(Branch.time_zone).where(Branch.id == ctx.branch_id)
    ).scalar_one_or_none()
    try:
        return at.astimezone(ZoneInfo(zone or "UTC")).year
    except (KeyError, ValueError):
        return at.year
