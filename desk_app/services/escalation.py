"""Escalation: passing a ticket to another queue of its tier (functional), up
to a higher tier, asking a lead for attention without moving it
(hierarchical), or returning it to a lower tier with instructions.

An escalation is an event of its own in the journal (services.escalation_state
says how it is kept); a kind that moves the ticket also changes its queue
(and the tier that follows), its assignee and, when asked, its priority in
the same transaction, through the ticket's ordinary change path, so sync,
the outbox, the clocks and the search index all follow as for any edit.

What an escalation does to the service level is computed before it is made,
by the SLA engine on the journal as it will be (``preview``), so the effect
shown is the effect applied.
"""

from __future__ import annotations

from datetime import datetime
from types import SimpleNamespace
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desk_app.models import Channel, DeskGroup, Direction, JournalKind, Priority, Role, Ticket, User
from desk_app.models.tickets import NOTE_MAX
from desk_app.services import journal
from desk_app.services import messages as m
from desk_app.services.acting import acting, require_right, require_ticket_change
from desk_app.services.context import WriteContext
from desk_app.services.escalation_state import EntryValues, latest_entries
from desk_app.services.escalation_types import (
    MOVING,
    RIGHT_OF,
    DueChange,
    EscalationInfo,
    EscalationKind,
    EscalationRequest,
    EscalationTargets,
    PersonChoice,
    QueueChoice,
    Reason,
    SlaEffect,
    effect_of,
)
from desk_app.services.messages import QT_TRANSLATE_NOOP, FieldError, ValidationFailed
from desk_app.services.permissions import Right
from desk_app.services.sla_clock import clocks_with
from desk_app.services.tickets import live_ticket, write_changes
from desk_app.services.validation import check_text

__all__ = [
    "LEAD_ROLES",
    "MOVING",
    "RIGHT_OF",
    "DueChange",
    "EscalationInfo",
    "EscalationKind",
    "EscalationRequest",
    "EscalationTargets",
    "PersonChoice",
    "QueueChoice",
    "Reason",
    "SlaEffect",
    "escalate",
    "escalation_targets",
    "escalations",
    "latest_escalation",
    "preview",
    "write_escalation",
]

SAME_QUEUE = QT_TRANSLATE_NOOP("Validation", "The ticket is already in this queue.")
QUEUE_NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "Validation", "You may not send the ticket to this queue this way."
)
NOT_A_LEAD = QT_TRANSLATE_NOOP("Validation", "Choose a team lead or supervisor.")
NOT_ACTIVE = QT_TRANSLATE_NOOP("Validation", "This person cannot receive tickets.")

# Whom a hierarchical escalation may ask: team leads and supervisors.
LEAD_ROLES = (Role.TEAM_LEAD.value, Role.SUPERVISOR.value)


def escalation_targets(session: Session, ctx: WriteContext, ticket_id: str) -> EscalationTargets:
    ticket = live_ticket(session, ticket_id)
    who = acting(session, ctx)
    queues = _branch_queues(session, ticket.branch_id)
    others = [q for q in queues if q.id != ticket.group_id]
    within = who.holds(Right.ESCALATE_WITHIN_TIER)
    return EscalationTargets(
        tier=ticket.tier,
        queue_id=ticket.group_id,
        functional=tuple(q for q in others if q.tier == ticket.tier) if within else (),
        up=tuple(q for q in others if q.tier > ticket.tier) if who.holds(Right.ESCALATE_UP) else (),
        returned=(
            tuple(q for q in others if q.tier < ticket.tier) if who.holds(Right.DE_ESCALATE) else ()
        ),
        leads=tuple(p for p in _leads(session, ticket.branch_id) if p.id != ctx.actor.user_id)
        if within
        else (),
    )


def preview(session: Session, ctx: WriteContext, request: EscalationRequest) -> SlaEffect:
    """What the escalation would do to the ticket's clocks, computed by the
    SLA engine on the journal as ``escalate`` will leave it."""
    ticket = live_ticket(session, request.ticket_id)
    now = ctx.now()
    before = clocks_with(session, ticket.id, [], now)
    after = clocks_with(session, ticket.id, _clock_rows(ticket, request, now), now)
    return effect_of(before, after, ticket.priority, _priority_after(ticket, request))


def escalate(session: Session, ctx: WriteContext, request: EscalationRequest) -> str:
    """Escalate as asked; returns the journal entry's id. PermissionDenied
    (audited) without the kind's right or the ticket change's; ValidationFailed
    on bad input. Nothing is written then."""
    ticket = live_ticket(session, request.ticket_id)
    kind = _kind(request.kind)
    who = require_right(session, ctx, RIGHT_OF[kind], action="escalate", ticket=ticket)
    _validate(session, ticket, request, kind)
    changes = _changes(ticket, request, kind)
    require_ticket_change(session, ctx, ticket, changes, action="escalate", who=who)
    entry_id = write_escalation(session, ctx, ticket, request, changes)
    if request.inform_customer:
        _log_contact(session, ctx, ticket, request)
    return entry_id


def write_escalation(
    session: Session,
    ctx: WriteContext,
    ticket: Ticket,
    request: EscalationRequest,
    changes: dict[str, Any],
    *,
    rule: str = "",
    entry_id: str | None = None,
) -> str:
    """The entry and the move, for a caller that has checked everything
    (``escalate``, or an automatic rule with its firing's id)."""
    kind = _kind(request.kind)
    to_queue = request.to_queue_id if kind in MOVING else None
    values = EntryValues(
        to_queue=to_queue,
        from_tier=ticket.tier,
        to_tier=_queue_tier(session, to_queue) if to_queue else ticket.tier,
        reason=str(request.reason),
        to_user=request.to_user_id,
        automatic=bool(rule),
        rule=rule,
    )
    now = ctx.now()
    entry = journal.append(
        session,
        ctx,
        ticket_id=ticket.id,
        kind=JournalKind.ESCALATED,
        at=now,
        hlc=ctx.stamp(session),
        entry_id=entry_id,
        field=kind.value,
        old_value=ticket.group_id or "",
        new_value=values.encode(),
        body=request.note.strip(),
    )
    if changes:
        # A firing's own moves get ids from its id, so two desks make one.
        ids = None if entry_id is None else (lambda name: derived_entry_id(entry.id, name))
        write_changes(session, ctx, ticket.id, changes, entry_ids=ids)
    ticket.last_activity_at = now
    return entry.id


def latest_escalation(session: Session, ticket_id: str) -> EscalationInfo | None:
    found = escalations(session, ticket_id)
    return found[-1] if found else None


def escalations(session: Session, ticket_id: str) -> list[EscalationInfo]:
    """The ticket's escalations, oldest first."""
    return [_info(e) for e in latest_entries(session, [ticket_id])[ticket_id]]


# -- internals ----------------------------------------------------------------------


def _kind(value: Any) -> EscalationKind:
    try:
        return EscalationKind(value)
    except ValueError:
        raise ValidationFailed([FieldError("kind", m.BAD_CHOICE)]) from None


def _validate(
    session: Session, ticket: Ticket, request: EscalationRequest, kind: EscalationKind
) -> None:
    errors: list[FieldError] = []
    if not request.reason:
        errors.append(FieldError("reason", m.REQUIRED))
    elif request.reason not in {r.value for r in Reason}:
        errors.append(FieldError("reason", m.BAD_CHOICE))
    check_text(errors, "note", request.note, limit=NOTE_MAX, required=True)
    if kind in MOVING:
        _check_queue(session, ticket, request.to_queue_id, kind, errors)
    if kind is EscalationKind.HIERARCHICAL:
        leads = {p.id for p in _leads(session, ticket.branch_id)}
        if not request.to_user_id:
            errors.append(FieldError("to_user", m.REQUIRED))
        elif request.to_user_id not in leads:
            errors.append(FieldError("to_user", NOT_A_LEAD))
    elif request.to_user_id is not None and not _active(session, request.to_user_id):
        errors.append(FieldError("to_user", NOT_ACTIVE))
    priority = request.new_priority
    if priority is not None and priority not in {int(p) for p in Priority}:
        errors.append(FieldError("priority", m.BAD_CHOICE))
    if errors:
        raise ValidationFailed(errors)


def _check_queue(
    session: Session,
    ticket: Ticket,
    queue_id: str | None,
    kind: EscalationKind,
    errors: list[FieldError],
) -> None:
    if not queue_id:
        errors.append(FieldError("to_queue", m.REQUIRED))
        return
    if queue_id == ticket.group_id:
        errors.append(FieldError("to_queue", SAME_QUEUE))
        return
    queue = next((q for q in _branch_queues(session, ticket.branch_id) if q.id == queue_id), None)
    fits = queue is not None and (
        (kind is EscalationKind.FUNCTIONAL and queue.tier == ticket.tier)
        or (kind is EscalationKind.UP and queue.tier > ticket.tier)
        or (kind is EscalationKind.RETURNED and queue.tier < ticket.tier)
    )
    if not fits:
        errors.append(FieldError("to_queue", QUEUE_NOT_ALLOWED))


def _changes(ticket: Ticket, request: EscalationRequest, kind: EscalationKind) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    if kind in MOVING:
        changes["group_id"] = request.to_queue_id
        # The receiving queue picks it up, unless it goes to someone named.
        changes["assignee_id"] = request.to_user_id
    if request.new_priority is not None and request.new_priority != ticket.priority:
        changes["priority"] = request.new_priority
    return {k: v for k, v in changes.items() if getattr(ticket, k) != v}


def _priority_after(ticket: Ticket, request: EscalationRequest) -> int:
    return ticket.priority if request.new_priority is None else request.new_priority


def _clock_rows(ticket: Ticket, request: EscalationRequest, now: datetime) -> list[Any]:
    """The journal rows the clocks read that the escalation adds (its own
    entry and the queue move do not count for them)."""
    rows: list[Any] = []
    after = _priority_after(ticket, request)
    # Sorts after every real stamp at the same instant, as the write will.
    last = "\uffff"
    if after != ticket.priority:
        rows.append(
            _row(JournalKind.FIELD_CHANGED, now, last, "priority", str(ticket.priority), str(after))
        )
    if request.inform_customer:
        row = _row(JournalKind.CONTACT_LOGGED, now, last, "", "", "")
        row.channel = _contact_channel(ticket)
        row.direction = Direction.OUTBOUND.value
        rows.append(row)
    return rows


def _row(
    kind: JournalKind, at: datetime, hlc: str, name: str, old: str, new: str
) -> SimpleNamespace:
    return SimpleNamespace(
        kind=kind.value,
        at=at,
        updated_at=hlc,
        field=name,
        old_value=old,
        new_value=new,
        channel="",
        direction="",
    )


def _log_contact(
    session: Session, ctx: WriteContext, ticket: Ticket, request: EscalationRequest
) -> None:
    # Imported here: contacts builds on tickets, as this module does.
    from desk_app.services.contacts import ContactForm, log_contact

    form = ContactForm(
        summary=request.note.strip(),
        channel=_contact_channel(ticket),
        direction=Direction.OUTBOUND.value,
    )
    log_contact(session, ctx, ticket.id, form)


def _contact_channel(ticket: Ticket) -> str:
    known = {c.value for c in Channel}
    return ticket.channel if ticket.channel in known else Channel.PHONE.value


def _branch_queues(session: Session, branch_id: str) -> list[QueueChoice]:
    """The live queues of the branch and those every branch shares; tier 0
    (self-service) takes no tickets from a person."""
    rows = session.execute(
        select(DeskGroup.id, DeskGroup.name, DeskGroup.name_ar, DeskGroup.tier)
        .where(
            DeskGroup.deleted_at.is_(None),
            DeskGroup.tier > 0,
            or_(DeskGroup.branch_id.is_(None), DeskGroup.branch_id == branch_id),
        )
        .order_by(DeskGroup.tier, DeskGroup.name, DeskGroup.id)
    )
    return [QueueChoice(r.id, r.name, r.name_ar, int(r.tier)) for r in rows]


def _leads(session: Session, branch_id: str) -> list[PersonChoice]:
    rows = session.execute(
        select(User.id, User.display_name, User.role)
        .where(
            User.deleted_at.is_(None),
            User.active.is_(True),
            User.role.in_(LEAD_ROLES),
            or_(User.branch_id.is_(None), User.branch_id == branch_id),
        )
        .order_by(User.display_name, User.id)
    )
    return [PersonChoice(r.id, r.display_name, r.role) for r in rows]


def _active(session: Session, user_id: str) -> bool:
    row = session.execute(select(User.active, User.deleted_at).where(User.id == user_id)).first()
    return row is not None and bool(row.active) and row.deleted_at is None


def _queue_tier(session: Session, queue_id: str) -> int | None:
    tier = session.execute(select(DeskGroup.tier).where(DeskGroup.id == queue_id)).scalar()
    return None if tier is None else int(tier)


def derived_entry_id(entry_id: str, name: str) -> str:
    """The id of a firing's history entry for field ``name`` (the server
    derives the same one)."""
    import uuid

    return str(uuid.uuid5(uuid.UUID(entry_id), name))


def _info(entry: Any) -> EscalationInfo:
    data = EntryValues.decode(entry.new_value)
    try:
        kind = EscalationKind(entry.field)
    except ValueError:
        kind = EscalationKind.FUNCTIONAL
    try:
        reason = Reason(data.reason)
    except ValueError:
        reason = Reason.OTHER
    return EscalationInfo(
        entry_id=entry.id,
        kind=kind,
        reason=reason,
        note=entry.body,
        from_queue_id=entry.old_value or None,
        to_queue_id=data.to_queue,
        from_tier=data.from_tier,
        to_tier=data.to_tier,
        by_id=entry.author_id,
        by_name=entry.author_name,
        to_user_id=data.to_user,
        at=entry.at,
        automatic=data.automatic,
    )
