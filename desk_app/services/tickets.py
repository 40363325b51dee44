"""Changing a ticket after intake: fields, notes. Every change is journalled
and queued for sync in the same transaction."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import (
    Channel,
    DeskGroup,
    JournalKind,
    OpKind,
    Priority,
    Status,
    Ticket,
    User,
)
from desk_app.models.tickets import DESCRIPTION_MAX, NOTE_MAX, SUBJECT_MAX
from desk_app.services import derived, journal
from desk_app.services import messages as m
from desk_app.services.acting import require_right, require_ticket_change
from desk_app.services.context import WriteContext
from desk_app.services.derived import hlc_time
from desk_app.services.messages import FieldError, NotFound, ValidationFailed
from desk_app.services.permissions import Right
from desk_app.services.validation import check_reference, check_text, clean_line

# The fields an agent may edit after intake, and the journal kind of each.
EDITABLE: dict[str, JournalKind] = {
    "subject": JournalKind.FIELD_CHANGED,
    "description": JournalKind.FIELD_CHANGED,
    "category": JournalKind.FIELD_CHANGED,
    "channel": JournalKind.FIELD_CHANGED,
    "priority": JournalKind.FIELD_CHANGED,
    "status": JournalKind.STATUS_CHANGED,
    "group_id": JournalKind.ASSIGNED,
    "assignee_id": JournalKind.ASSIGNED,
    "equipment_location": JournalKind.FIELD_CHANGED,
    "account_ref": JournalKind.FIELD_CHANGED,
    "licence_ref": JournalKind.FIELD_CHANGED,
    "product_ref": JournalKind.FIELD_CHANGED,
    "complaint": JournalKind.FIELD_CHANGED,
    "custom_fields": JournalKind.FIELD_CHANGED,
    "resolution_cause": JournalKind.FIELD_CHANGED,
    "solution": JournalKind.FIELD_CHANGED,
    "satisfaction": JournalKind.FIELD_CHANGED,
    "follow_up_every_days": JournalKind.FIELD_CHANGED,
    "follow_up_next_at": JournalKind.FIELD_CHANGED,
    "merged_into_id": JournalKind.FIELD_CHANGED,
}

# Whole-number fields that may be cleared (None), and their allowed range.
_RANGES: dict[str, tuple[int, int]] = {
    "satisfaction": (1, 5),
    "follow_up_every_days": (1, 365),
}
CUSTOM_FIELDS_MAX = 16_000
RESOLUTION_CAUSE_MAX = 100


_CHOICES: dict[str, frozenset[object]] = {
    "status": frozenset(s.value for s in Status),
    "channel": frozenset(c.value for c in Channel),
    "priority": frozenset(p.value for p in Priority),
}


@dataclass(frozen=True)
class ChangeResult:
    ticket_id: str
    changed: tuple[str, ...]


def change_fields(
    session: Session,
    ctx: WriteContext,
    ticket_id: str,
    changes: dict[str, Any],
    *,
    channel: str = "",
) -> ChangeResult:
    """Apply field changes; fields whose value is unchanged are ignored.
    ``channel`` says how the change reached the desk when that matters (a
    satisfaction score given on the phone or in a letter); it is kept on the
    history entries.

    Raises PermissionDenied (nothing written, the refusal audited) when the
    acting person may not make these changes to this ticket."""
    ticket = live_ticket(session, ticket_id)
    require_ticket_change(session, ctx, ticket, changes, action="change_fields")
    return write_changes(session, ctx, ticket_id, changes, channel=channel)


def write_changes(
    session: Session,
    ctx: WriteContext,
    ticket_id: str,
    changes: dict[str, Any],
    *,
    channel: str = "",
    entry_ids: Callable[[str], str] | None = None,
) -> ChangeResult:
    """``change_fields`` for a service that has checked the person's rights
    itself (a merge, a bulk change, a follow-up moved on by a contact).
    ``entry_ids`` gives the history entry of each field its id (from the
    field's name) where every desk must derive the same one."""
    ticket = live_ticket(session, ticket_id)
    errors = _validate_changes(session, changes)
    if errors:
        raise ValidationFailed(errors)

    diffs = {
        name: (getattr(ticket, name), value)
        for name, value in changes.items()
        if getattr(ticket, name) != value
    }
    if not diffs:
        return ChangeResult(ticket_id, ())

    now = ctx.now()
    hlc = ctx.stamp(session)
    before = {name: getattr(ticket, name) for name in ("status", "closed_at")}
    for name, (old, new) in diffs.items():
        setattr(ticket, name, new)
        journal.append(
            session,
            ctx,
            ticket_id=ticket.id,
            kind=EDITABLE[name],
            at=now,
            hlc=hlc,
            field=name,
            old_value="" if old is None else str(old),
            new_value="" if new is None else str(new),
            channel=channel,
            entry_id=None if entry_ids is None else entry_ids(name),
        )
    settle_derived(session, ticket, previous=before, changed_at=hlc_time(hlc))
    # Last activity is not sent: each replica moves it forward on its own, and
    # sending it would make every pair of concurrent edits collide on it.
    ticket.last_activity_at = now
    ticket.updated_at = hlc
    # The op is based on the version this desk last took from the server; the
    # local version stays that number until the next pull brings the server's
    # (a second offline edit claims no version the server never gave).
    # Derived fields (closed_at, tier) do not travel: every replica derives them.
    payload = {name: {"old": old, "new": new} for name, (old, new) in diffs.items()}
    journal.queue_op(session, ctx, "ticket", ticket.id, OpKind.UPDATE, payload, ticket.version, hlc)
    return ChangeResult(ticket_id, tuple(diffs))


def add_note(session: Session, ctx: WriteContext, ticket_id: str, body: str) -> str:
    """Append an internal note; returns the journal entry's id."""
    ticket = live_ticket(session, ticket_id)
    require_right(session, ctx, Right.TAKE_CALLS, action="add_note", ticket=ticket)
    errors: list[FieldError] = []
    check_text(errors, "note", body, limit=NOTE_MAX, required=True)
    if errors:
        raise ValidationFailed(errors)
    now = ctx.now()
    hlc = ctx.stamp(session)
    entry = journal.append(
        session, ctx, ticket_id=ticket.id, kind=JournalKind.NOTE, at=now, hlc=hlc, body=body.strip()
    )
    # Last activity is a local display convenience; it is not synced as an edit.
    ticket.last_activity_at = now
    return entry.id


def live_ticket(session: Session, ticket_id: str) -> Ticket:
    """The ticket, or NotFound when it does not exist or is a tombstone."""
    ticket = session.execute(select(Ticket).where(Ticket.id == ticket_id)).scalar_one_or_none()
    if ticket is None or ticket.deleted_at is not None:
        raise NotFound(ticket_id)
    return ticket


def _validate_changes(session: Session, changes: dict[str, Any]) -> list[FieldError]:
    errors: list[FieldError] = []
    for name, value in changes.items():
        if name not in EDITABLE:
            raise ValueError(f"field {name!r} cannot be edited")
        if name == "subject":
            check_text(errors, name, value, limit=SUBJECT_MAX, required=True)
            changes[name] = clean_line(value)
        elif name == "description":
            check_text(errors, name, value, limit=DESCRIPTION_MAX)
        elif name in ("equipment_location", "account_ref", "licence_ref", "product_ref"):
            check_text(errors, name, value, limit=300)
            changes[name] = clean_line(value)
        elif name in _CHOICES and value not in _CHOICES[name]:
            errors.append(FieldError(name, m.BAD_CHOICE))
        elif name in ("group_id", "assignee_id"):
            check_reference(errors, session, name, DeskGroup if name == "group_id" else User, value)
        elif name == "complaint" and not isinstance(value, bool):
            errors.append(FieldError(name, m.BAD_CHOICE))
        elif name in _RANGES:
            _check_range(errors, name, value, *_RANGES[name])
        elif name == "resolution_cause":
            check_text(errors, name, value, limit=RESOLUTION_CAUSE_MAX)
            changes[name] = clean_line(value)
        elif name == "solution":
            check_text(errors, name, value, limit=DESCRIPTION_MAX)
        elif name == "custom_fields":
            _check_custom_fields(errors, value)
        elif name == "follow_up_next_at" and value is not None and not _is_aware(value):
            raise ValueError("follow_up_next_at must be an aware datetime")
        elif name == "merged_into_id" and value is not None:
            # Tickets are keyed by row_no locally; look the survivor up by id.
            survivor = session.execute(select(Ticket.deleted_at).where(Ticket.id == value)).first()
            if survivor is None or survivor.deleted_at is not None:
                errors.append(FieldError(name, m.UNKNOWN_REFERENCE))
    return errors


def _check_range(errors: list[FieldError], name: str, value: Any, low: int, high: int) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        errors.append(FieldError(name, m.OUT_OF_RANGE, {"low": low, "high": high}))


def _check_custom_fields(errors: list[FieldError], value: Any) -> None:
    """Stored as a JSON object; what each key may hold is the catalogue's rule."""
    try:
        parsed = json.loads(value) if isinstance(value, str) else None
    except ValueError:
        parsed = None
    if not isinstance(parsed, dict):
        errors.append(FieldError("custom_fields", m.BAD_FIELDS))
    elif len(value) > CUSTOM_FIELDS_MAX:
        errors.append(
            FieldError(
                "custom_fields", m.TOO_LONG, {"length": len(value), "limit": CUSTOM_FIELDS_MAX}
            )
        )


def _is_aware(value: Any) -> bool:
    return isinstance(value, datetime) and value.utcoffset() is not None


def queue_tier(session: Session, group_id: str) -> int | None:
    """The tier of a queue this desk knows, None for one it does not."""
    tier = session.execute(select(DeskGroup.tier).where(DeskGroup.id == group_id)).scalar()
    return None if tier is None else int(tier)


def settle_derived(
    session: Session, ticket: Ticket, *, previous: Mapping[str, Any], changed_at: datetime
) -> None:
    """Set the ticket's derived fields (services.derived) from its values.
    ``previous`` holds a status and closed_at that belong together."""
    values = {c: getattr(ticket, c) for c in ("status", "closed_at", "group_id", "tier")}
    wanted = derived.ticket_fields(
        values,
        previous=previous,
        changed_at=changed_at,
        tier_of=lambda group_id: queue_tier(session, group_id),
    )
    for name, value in wanted.items():
        if getattr(ticket, name) != value:
            setattr(ticket, name, value)
