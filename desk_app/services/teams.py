"""Teams: people as members of queues (queue_member rows, synced)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import QueueMember


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
