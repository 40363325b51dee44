"""Resolving and reopening a ticket.

Resolving records why it happened (cause), what solved it (solution) and, when
the customer was asked (on the phone, or in a letter), their satisfaction
from 1 to 5; it ends any follow-up schedule. Reopening keeps all of that in
the history: the journal shows the resolution and the reopening, and the
fields keep the last resolution until the ticket is resolved again.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from desk_app.models import Status
from desk_app.models.tickets import DESCRIPTION_MAX
from desk_app.services.context import WriteContext
from desk_app.services.messages import QT_TRANSLATE_NOOP, FieldError, ValidationFailed
from desk_app.services.tickets import RESOLUTION_CAUSE_MAX, change_fields, live_ticket
from desk_app.services.validation import check_text

ALREADY_RESOLVED = QT_TRANSLATE_NOOP("Validation", "The ticket is resolved already.")
MERGED_TICKET = QT_TRANSLATE_NOOP(
    "Validation", "This ticket was merged into another; resolve that one."
)
NOT_RESOLVED = QT_TRANSLATE_NOOP("Validation", "Only a resolved or closed ticket can be reopened.")


@dataclass(frozen=True)
class Resolution:
    cause: str
    solution: str
    satisfaction: int | None = None  # 1-5, None when the customer was not asked
    close: bool = False  # closed at once rather than resolved (awaiting confirmation)


def resolve_ticket(session: Session, ctx: WriteContext, ticket_id: str, form: Resolution) -> None:
    ticket = live_ticket(session, ticket_id)
    errors: list[FieldError] = []
    if ticket.merged_into_id is not None:
        errors.append(FieldError("status", MERGED_TICKET))
    elif not Status(ticket.status).is_open:
        errors.append(FieldError("status", ALREADY_RESOLVED))
    check_text(errors, "resolution_cause", form.cause, limit=RESOLUTION_CAUSE_MAX, required=True)
    check_text(errors, "solution", form.solution, limit=DESCRIPTION_MAX, required=True)
    if errors:
        raise ValidationFailed(errors)
    status = Status.CLOSED if form.close else Status.RESOLVED
    change_fields(
        session,
        ctx,
        ticket.id,
        {
            "resolution_cause": form.cause,
            "solution": form.solution.strip(),
            "satisfaction": form.satisfaction,
            "status": status.value,
            "follow_up_next_at": None,
            "follow_up_every_days": None,
        },
    )


def reopen_ticket(session: Session, ctx: WriteContext, ticket_id: str) -> None:
    ticket = live_ticket(session, ticket_id)
    if Status(ticket.status).is_open:
        raise ValidationFailed([FieldError("status", NOT_RESOLVED)])
    change_fields(session, ctx, ticket.id, {"status": Status.OPEN.value})
