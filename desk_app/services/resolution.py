"""Resolving and reopening a ticket.

Resolving records why it happened (cause), what solved it (solution) and, when
the customer was asked (on the phone, or in a letter), their satisfaction
from 1 to 5; it ends any follow-up schedule. Reopening keeps all of that in
the history: the journal shows the resolution and the reopening, and the
fields keep the last resolution until the ticket is resolved again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from desk_app.models import Channel, Status
from desk_app.models.tickets import DESCRIPTION_MAX
from desk_app.services.acting import require_edit, require_right
from desk_app.services.context import WriteContext
from desk_app.services.messages import (
    BAD_CHOICE,
    OUT_OF_RANGE,
    QT_TRANSLATE_NOOP,
    FieldError,
    ValidationFailed,
)
from desk_app.services.permissions import Right
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
    # How the score was given: a Channel value (asked on the phone, written in
    # a letter …), kept on the score's history entry.
    satisfaction_channel: str = Channel.PHONE.value


def resolve_ticket(session: Session, ctx: WriteContext, ticket_id: str, form: Resolution) -> None:
    ticket = live_ticket(session, ticket_id)
    who = require_right(session, ctx, Right.RESOLVE, action="resolve_ticket", ticket=ticket)
    require_edit(session, ctx, ticket, action="resolve_ticket", who=who)
    errors: list[FieldError] = []
    if ticket.merged_into_id is not None:
        errors.append(FieldError("status", MERGED_TICKET))
    elif not Status(ticket.status).is_open:
        errors.append(FieldError("status", ALREADY_RESOLVED))
    check_text(errors, "resolution_cause", form.cause, limit=RESOLUTION_CAUSE_MAX, required=True)
    check_text(errors, "solution", form.solution, limit=DESCRIPTION_MAX, required=True)
    score = form.satisfaction
    if score is not None and (isinstance(score, bool) or score not in range(1, 6)):
        errors.append(FieldError("satisfaction", OUT_OF_RANGE, {"low": 1, "high": 5}))
    elif score is not None and form.satisfaction_channel not in _CHANNELS:
        errors.append(FieldError("satisfaction_channel", BAD_CHOICE))
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
            "status": status.value,
            "follow_up_next_at": None,
            "follow_up_every_days": None,
        },
    )
    # The score on its own history entry, saying how the customer gave it.
    channel = form.satisfaction_channel if form.satisfaction is not None else ""
    change_fields(session, ctx, ticket.id, {"satisfaction": form.satisfaction}, channel=channel)


_CHANNELS = frozenset(c.value for c in Channel)


def satisfaction_channel(entries: Iterable[Any]) -> str:
    """How the latest satisfaction score was given ('' when not said), from
    a ticket's history entries (oldest first)."""
    found = ""
    for entry in entries:
        if entry.field == "satisfaction":
            found = entry.channel if entry.new_value else ""
    return found


def reopen_ticket(session: Session, ctx: WriteContext, ticket_id: str) -> None:
    ticket = live_ticket(session, ticket_id)
    who = require_right(session, ctx, Right.RESOLVE, action="reopen_ticket", ticket=ticket)
    require_edit(session, ctx, ticket, action="reopen_ticket", who=who)
    if Status(ticket.status).is_open:
        raise ValidationFailed([FieldError("status", NOT_RESOLVED)])
    change_fields(session, ctx, ticket.id, {"status": Status.OPEN.value})
