"""Correcting a register entry after it was saved (TAKE_CALLS): the subject,
the addressee, the sender's reference, the customer and ticket it belongs
to, and whether an incoming item still waits for a reply (one answered by
telephone needs no letter).

The reference, direction, channel, date and text as sent never change: what
was sent was sent. Each change is one update op of the entry, based on the
version this desk last took from the server, as ticket edits are; an entry
newly put on a ticket is journalled there as if it had been registered on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from desk_app.models import Customer, OpKind, RegisterEntry, Ticket
from desk_app.models.correspondence import ADDRESSEE_MAX, SUBJECT_MAX, THEIR_REFERENCE_MAX
from desk_app.services import journal
from desk_app.services import messages as m
from desk_app.services.acting import require_right
from desk_app.services.context import WriteContext
from desk_app.services.messages import FieldError, NotFound, ValidationFailed
from desk_app.services.permissions import Right
from desk_app.services.register import (
    JOURNAL_DIRECTION,
    JOURNAL_KIND,
    RegisterDirection,
    is_live,
    journal_channel,
    live_entry,
    reply_due_at,
    ticket_row,
)
from desk_app.services.validation import check_text, clean_line

_KEEP: Any = object()  # a field the edit leaves as it is


@dataclass(frozen=True)
class EntryChanges:
    """What to change; a field left at its default is kept."""

    subject: str | None = None
    addressee: str | None = None
    their_reference: str | None = None
    customer_id: Any = _KEEP  # str, or None to clear
    ticket_id: Any = _KEEP
    needs_reply: bool | None = None  # incoming written items only


def edit_entry(
    session: Session, ctx: WriteContext, entry_id: str, changes: EntryChanges
) -> RegisterEntry:
    """Apply ``changes``; ValidationFailed (nothing written) for bad input,
    NotFound for an entry that is gone."""
    require_right(session, ctx, Right.TAKE_CALLS, action="edit_register_entry")
    row = live_entry(session, entry_id)
    if row is None:
        raise NotFound(entry_id)
    errors: list[FieldError] = []
    values: dict[str, Any] = {}
    if changes.subject is not None:
        check_text(errors, "subject", changes.subject, limit=SUBJECT_MAX, required=True)
        values["subject"] = clean_line(changes.subject)
    if changes.addressee is not None:
        check_text(errors, "addressee", changes.addressee, limit=ADDRESSEE_MAX)
        values["addressee"] = changes.addressee.replace("\r\n", "\n").strip()
    if changes.their_reference is not None:
        limit = THEIR_REFERENCE_MAX
        check_text(errors, "their_reference", changes.their_reference, limit=limit)
        values["their_reference"] = clean_line(changes.their_reference)
    for name, model, field in (
        ("customer_id", Customer, "customer"),
        ("ticket_id", Ticket, "ticket"),
    ):
        wanted = getattr(changes, name)
        if wanted is _KEEP:
            continue
        if wanted is not None and not is_live(session, model, wanted):
            errors.append(FieldError(field, m.UNKNOWN_REFERENCE))
        values[name] = wanted
    if changes.needs_reply is not None and row.direction == RegisterDirection.INCOMING.value:
        waiting = row.reply_due_at is not None
        if changes.needs_reply and not waiting:
            values["reply_due_at"] = reply_due_at(session, row.branch_id, row.at)
        elif not changes.needs_reply and waiting:
            values["reply_due_at"] = None
    if errors:
        raise ValidationFailed(errors)
    diffs = {n: (getattr(row, n), v) for n, v in values.items() if getattr(row, n) != v}
    if not diffs:
        return row
    hlc = ctx.stamp(session)
    for name, (_old, new) in diffs.items():
        setattr(row, name, new)
    row.updated_at = hlc
    payload = {name: {"old": old, "new": new} for name, (old, new) in diffs.items()}
    journal.queue_op(
        session, ctx, "register_entry", row.id, OpKind.UPDATE, payload, row.version, hlc
    )
    session.flush()
    new_ticket = diffs.get("ticket_id", (None, None))[1]
    ticket = ticket_row(session, new_ticket)
    if ticket is not None:
        direction = RegisterDirection(row.direction)
        journal.append(
            session,
            ctx,
            ticket_id=ticket.id,
            kind=JOURNAL_KIND[direction],
            at=row.at,
            hlc=ctx.stamp(session),
            new_value=row.id,
            body=row.reference,
            channel=journal_channel(row.channel),
            direction=JOURNAL_DIRECTION[direction],
        )
    return row
