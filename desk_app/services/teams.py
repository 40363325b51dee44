"""Teams: people as members of queues (queue_member rows, synced).

A membership's id derives from its person and queue (and how many times the
pair was removed before), so two desks that add the same membership offline
write one row, not two, and the server merges their inserts. Removing is a
tombstone; adding the pair again makes the next id of the pair.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import OpKind, QueueMember
from desk_app.services import journal
from desk_app.services.audit import AuditKind, record
from desk_app.services.context import WriteContext
from desk_app.services.permissions import Right

# The namespace of membership ids ("maktab" + "team"): fixed forever, or two
# releases would give one membership two ids.
_MEMBERSHIP_IDS = uuid.UUID("6d616b74-6162-4000-8000-7465616d0000")


def member_queues(session: Session, user_id: str | None) -> frozenset[str]:
    """Ids of the queues ``user_id`` is a member of now."""
    if user_id is None:
        return frozenset()
    rows = session.execute(
        select(QueueMember.group_id).where(
            QueueMember.user_id == user_id, QueueMember.deleted_at.is_(None)
        )
    ).scalars()
    return frozenset(rows)


def default_my_queues(
    session: Session, user_id: str | None, first_line: Iterable[str]
) -> frozenset[str]:
    """What "My queues" holds until the person chooses: the queues they are a
    member of; with none, the first-line queues (the desk's own)."""
    return member_queues(session, user_id) or frozenset(first_line)


def queue_members(session: Session, group_id: str) -> frozenset[str]:
    """Ids of the people who are members of ``group_id`` now."""
    rows = session.execute(
        select(QueueMember.user_id).where(
            QueueMember.group_id == group_id, QueueMember.deleted_at.is_(None)
        )
    ).scalars()
    return frozenset(rows)


def membership_id(user_id: str, group_id: str, removed_before: int = 0) -> str:
    """The id every desk gives the pair's membership after ``removed_before`` removals."""
    name = f"{user_id}/{group_id}" + (f"/{removed_before}" if removed_before else "")
    return str(uuid.uuid5(_MEMBERSHIP_IDS, name))


def _rows(session: Session, user_id: str, group_id: str) -> list[QueueMember]:
    return list(
        session.scalars(
            select(QueueMember).where(
                QueueMember.user_id == user_id, QueueMember.group_id == group_id
            )
        )
    )


def add_member(session: Session, ctx: WriteContext, user_id: str, group_id: str) -> str:
    """Make ``user_id`` a member of ``group_id`` (nothing if they are one);
    the row, its outbox op and an audit entry land in the caller's transaction.
    Refused (and audited) without the right to configure queues."""
    _require_configure(session, ctx)
    return write_member(session, ctx, user_id, group_id)


def write_member(session: Session, ctx: WriteContext, user_id: str, group_id: str) -> str:
    """add_member without the rights check, for callers that made it (and for
    a test playing a desk that skips it: the server must refuse that desk)."""
    rows = _rows(session, user_id, group_id)
    live = [r for r in rows if r.deleted_at is None]
    if live:
        return live[0].id
    member_id = membership_id(user_id, group_id, len(rows))
    hlc = ctx.stamp(session)
    member = QueueMember(
        id=member_id,
        user_id=user_id,
        group_id=group_id,
        created_at=ctx.now(),
        updated_at=hlc,
        version=1,
        origin_client_id=ctx.client_id,
    )
    session.add(member)
    session.flush()
    values = journal.row_values(member)
    journal.queue_op(session, ctx, "queue_member", member_id, OpKind.INSERT, values, 0, hlc)
    record(
        session,
        ctx,
        AuditKind.QUEUE_CHANGED,
        subject=group_id,
        detail={"member_added": user_id},
    )
    return member_id


def remove_member(session: Session, ctx: WriteContext, user_id: str, group_id: str) -> bool:
    """End the membership (a tombstone, synced); False if there was none."""
    _require_configure(session, ctx)
    live = [r for r in _rows(session, user_id, group_id) if r.deleted_at is None]
    if not live:
        return False
    hlc = ctx.stamp(session)
    for member in live:
        member.deleted_at = ctx.now()
        member.updated_at = hlc
        journal.queue_op(
            session, ctx, "queue_member", member.id, OpKind.DELETE, {}, member.version, hlc
        )
    record(
        session,
        ctx,
        AuditKind.QUEUE_CHANGED,
        subject=group_id,
        detail={"member_removed": user_id},
    )
    return True


def _require_configure(session: Session, ctx: WriteContext) -> None:
    # acting reads member_queues from here: imported late to keep one direction.
    from desk_app.services.acting import require_right

    require_right(session, ctx, Right.CONFIGURE_QUEUES, action="queue_members")
