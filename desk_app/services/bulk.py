"""One change to many tickets at once: assign, set a status, set a priority.

Each ticket is changed as if edited on its own (journal entry, outbox op,
clocks recomputed), all in one transaction. A ticket the change does not suit
is left as it was and said why; the others are changed all the same, so one
resolved ticket in a selection of fifty does not cost the agent the forty-nine.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import Status, Ticket
from desk_app.services.acting import note_refusal, require_right, scope_of
from desk_app.services.catalogue import Catalogue
from desk_app.services.context import WriteContext
from desk_app.services.messages import (
    BAD_CHOICE,
    QT_TRANSLATE_NOOP,
    UNKNOWN_REFERENCE,
    FieldError,
    NotFound,
    ValidationFailed,
)
from desk_app.services.permissions import Right, check_change
from desk_app.services.priority import check_allowed
from desk_app.services.tickets import write_changes

# Resolving and closing ask for a cause and a solution (the Resolve dialog);
# a bulk change moves tickets between the states of work only.
BULK_STATUSES = tuple(s.value for s in Status if s.is_open)
FIELDS = ("assignee_id", "status", "priority")

DONE_ALREADY = QT_TRANSLATE_NOOP("Validation", "Resolved or closed: reopen it first.")


@dataclass(frozen=True)
class Refusal:
    number: str
    error: FieldError
    # The person lacks a right: ``error.message`` is a Permissions message.
    denied: bool = False


@dataclass
class BulkOutcome:
    changed: list[str] = field(default_factory=list)  # ticket ids
    unchanged: list[str] = field(default_factory=list)  # had the value already
    refused: list[Refusal] = field(default_factory=list)


def change_many(
    session: Session,
    ctx: WriteContext,
    ticket_ids: Iterable[str],
    name: str,
    value: Any,
    catalogue: Catalogue | None = None,
) -> BulkOutcome:
    """Set ``name`` to ``value`` on every ticket that takes it. Raises
    PermissionDenied when the person may not change tickets in bulk; a ticket
    they may not make this change to is refused (and audited) on its own."""
    if name not in FIELDS:
        raise ValueError(f"{name!r} is not changed in bulk")
    if name == "status" and value not in BULK_STATUSES:
        raise ValidationFailed([FieldError("status", BAD_CHOICE)])
    who = require_right(session, ctx, Right.BULK_CHANGE, action="change_many")
    outcome = BulkOutcome()
    ids = list(dict.fromkeys(ticket_ids))
    tickets = {
        t.id: t
        for t in session.execute(
            select(Ticket).where(Ticket.id.in_(ids), Ticket.deleted_at.is_(None))
        ).scalars()
    }
    for ticket_id in ids:
        ticket = tickets.get(ticket_id)
        if ticket is None:
            # Purged or merged away by a sync since the list was drawn.
            outcome.refused.append(Refusal("", FieldError(name, UNKNOWN_REFERENCE)))
            continue
        denied = check_change(who.table, who.person, scope_of(ticket), {name: value})
        if denied is not None:
            note_refusal(session, ctx, denied, action="change_many", ticket=ticket, fields=[name])
            outcome.refused.append(Refusal(ticket.number, FieldError(name, denied.message), True))
            continue
        refusal = _refusal(ticket, name, value, catalogue)
        if refusal is not None:
            outcome.refused.append(Refusal(ticket.number, refusal))
            continue
        try:
            result = write_changes(session, ctx, ticket_id, {name: value})
        except ValidationFailed as failed:
            outcome.refused.append(Refusal(ticket.number, failed.errors[0]))
        except NotFound:
            outcome.refused.append(Refusal(ticket.number, FieldError(name, UNKNOWN_REFERENCE)))
        else:
            (outcome.changed if result.changed else outcome.unchanged).append(ticket_id)
    return outcome


def _refusal(
    ticket: Ticket, name: str, value: Any, catalogue: Catalogue | None
) -> FieldError | None:
    if name == "status" and not Status(ticket.status).is_open:
        return FieldError("status", DONE_ALREADY)
    if name == "priority" and catalogue is not None and ticket.category:
        return check_allowed(catalogue.allowed_priorities(ticket.category), value)
    return None
