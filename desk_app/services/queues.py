"""Queues as an administrator changes them from the console: create, rename
(in Arabic and English), set the tier, move to a branch.

A queue (``desk_group``) is a synced directory row, so each change writes the
row and its outbox op in one transaction, like every other synced write, and
an audit entry with the queue's values before and after. Only a person whose
role holds ``CONFIGURE_QUEUES`` may change queues; the server checks again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import Branch, DeskGroup, OpKind, Tier, User
from desk_app.services import journal
from desk_app.services import messages as m
from desk_app.services.audit import AuditKind, record
from desk_app.services.context import WriteContext
from desk_app.services.ids import new_id
from desk_app.services.messages import QT_TRANSLATE_NOOP, FieldError, NotFound, ValidationFailed
from desk_app.services.permissions import Person, Right, require
from desk_app.services.rights_store import load_rights
from desk_app.services.validation import check_reference, check_text, clean_line

NAME_LIMIT = 200
TIER_LOW = min(int(t) for t in Tier)
TIER_HIGH = max(int(t) for t in Tier)
FIELDS = ("name", "name_ar", "tier", "branch_id")

QUEUE_NAME_TAKEN = QT_TRANSLATE_NOOP(
    "Validation", "Another queue of this branch already has this name."
)


@dataclass(frozen=True)
class QueueForm:
    """What the administrator typed. ``tier`` is None when nothing was chosen;
    ``branch_id`` None is a queue every branch sees."""

    name: str
    name_ar: str
    tier: int | None
    branch_id: str | None = None


@dataclass(frozen=True)
class QueueRow:
    id: str
    name: str
    name_ar: str
    tier: int
    branch_id: str | None


def list_queues(session: Session) -> list[QueueRow]:
    rows = session.scalars(
        select(DeskGroup)
        .where(DeskGroup.deleted_at.is_(None))
        .order_by(DeskGroup.tier, DeskGroup.name)
    )
    return [QueueRow(g.id, g.name, g.name_ar, g.tier, g.branch_id) for g in rows]


def acting_person(session: Session, ctx: WriteContext) -> Person:
    """The person at the desk as the rights see them: their role from the
    directory (a person not in it may do nothing)."""
    user_id = ctx.actor.user_id
    role = None
    if user_id is not None:
        role = session.scalar(select(User.role).where(User.id == user_id))
    return Person(user_id, role or "")


def _values(group: DeskGroup) -> dict[str, Any]:
    return {name: getattr(group, name) for name in FIELDS}


def _fold(name: str) -> str:
    return clean_line(name).casefold()


def validate(
    session: Session, form: QueueForm, queue_id: str | None = None
) -> tuple[str, str, list[FieldError]]:
    """The names as they will be stored (trimmed, inner spaces collapsed) and
    every problem, one per field."""
    errors: list[FieldError] = []
    name, name_ar = clean_line(form.name), clean_line(form.name_ar)
    check_text(errors, "name", name, limit=NAME_LIMIT, required=True)
    check_text(errors, "name_ar", name_ar, limit=NAME_LIMIT, required=True)
    if form.tier is None:
        errors.append(FieldError("tier", m.BAD_CHOICE))
    elif not TIER_LOW <= form.tier <= TIER_HIGH:
        errors.append(FieldError("tier", m.OUT_OF_RANGE, {"low": TIER_LOW, "high": TIER_HIGH}))
    check_reference(errors, session, "branch_id", Branch, form.branch_id)
    taken = {f.field for f in errors}
    same_branch = (
        DeskGroup.branch_id.is_(None)
        if form.branch_id is None
        else DeskGroup.branch_id == form.branch_id
    )
    others = session.execute(
        select(DeskGroup.name, DeskGroup.name_ar).where(
            DeskGroup.deleted_at.is_(None), same_branch, DeskGroup.id != (queue_id or "")
        )
    ).all()
    if "name" not in taken and _fold(name) in {_fold(n) for n, _a in others}:
        errors.append(FieldError("name", QUEUE_NAME_TAKEN))
    if "name_ar" not in taken and _fold(name_ar) in {_fold(a) for _n, a in others if a}:
        errors.append(FieldError("name_ar", QUEUE_NAME_TAKEN))
    return name, name_ar, errors


def save_queue(
    session: Session, ctx: WriteContext, form: QueueForm, queue_id: str | None = None
) -> str:
    """Create a queue (``queue_id`` None) or change one; returns its id.
    Refused (PermissionDenied) without the right, ValidationFailed on bad
    input; nothing is written then."""
    require(load_rights(session), acting_person(session, ctx), Right.CONFIGURE_QUEUES)
    group = None
    if queue_id is not None:
        group = session.get(DeskGroup, queue_id)
        if group is None or group.deleted_at is not None:
            raise NotFound(queue_id)
    name, name_ar, errors = validate(session, form, queue_id)
    if errors:
        raise ValidationFailed(errors)
    after: dict[str, Any] = {
        "name": name,
        "name_ar": name_ar,
        "tier": form.tier,
        "branch_id": form.branch_id,
    }
    hlc = ctx.stamp(session)
    if group is None:
        group = DeskGroup(
            id=new_id(),
            updated_at=hlc,
            version=1,
            origin_client_id=ctx.client_id,
            created_at=ctx.now(),
            **after,
        )
        session.add(group)
        session.flush()
        journal.queue_op(
            session, ctx, "desk_group", group.id, OpKind.INSERT, journal.row_values(group), 0, hlc
        )
        before: dict[str, Any] = {}
    else:
        before = _values(group)
        diffs = {k: (before[k], v) for k, v in after.items() if before[k] != v}
        if not diffs:
            return group.id
        for key, (_old, new) in diffs.items():
            setattr(group, key, new)
        group.updated_at = hlc
        payload = {key: {"old": old, "new": new} for key, (old, new) in diffs.items()}
        journal.queue_op(
            session, ctx, "desk_group", group.id, OpKind.UPDATE, payload, group.version, hlc
        )
    record(
        session,
        ctx,
        AuditKind.QUEUE_CHANGED,
        subject=name,
        detail={"before": before, "after": after},
    )
    return group.id


def create_queue(session: Session, ctx: WriteContext, form: QueueForm) -> str:
    return save_queue(session, ctx, form)


def _current(session: Session, queue_id: str) -> QueueForm:
    group = session.get(DeskGroup, queue_id)
    if group is None or group.deleted_at is not None:
        raise NotFound(queue_id)
    return QueueForm(group.name, group.name_ar, group.tier, group.branch_id)


def rename_queue(
    session: Session, ctx: WriteContext, queue_id: str, name: str, name_ar: str
) -> str:
    current = _current(session, queue_id)
    form = QueueForm(name, name_ar, current.tier, current.branch_id)
    return save_queue(session, ctx, form, queue_id)


def set_tier(session: Session, ctx: WriteContext, queue_id: str, tier: int) -> str:
    current = _current(session, queue_id)
    form = QueueForm(current.name, current.name_ar, tier, current.branch_id)
    return save_queue(session, ctx, form, queue_id)
