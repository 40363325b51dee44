"""Per tier at a glance, for team leads and supervisors: for each tier and each
of its queues, the open tickets, the oldest one's age, how many are past a
service-level target, and the escalations into and out of it today.

Open, oldest and breaching are one grouped query over the ticket table;
the escalations are read only for the few tickets escalated since the start
of the branch's day, through the escalation service's own reading of the
journal (so the counts agree with what the timeline says)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from desk_app.models import DeskGroup, JournalKind, Status, Ticket, TicketJournal
from desk_app.services import escalation
from desk_app.services.acting import require_right
from desk_app.services.context import WriteContext
from desk_app.services.permissions import Right
from desk_app.services.sla import SlaState

OPEN_STATUSES = tuple(s.value for s in Status if s.is_open)


@dataclass(frozen=True)
class QueueGlance:
    queue_id: str | None  # None: open tickets that are in no queue
    name: str
    name_ar: str
    tier: int
    open: int = 0
    oldest_at: datetime | None = None  # when the oldest open ticket was created
    breaching: int = 0
    escalated_in: int = 0
    escalated_out: int = 0


@dataclass(frozen=True)
class TierGlance:
    tier: int
    queues: list[QueueGlance] = field(default_factory=list)

    @property
    def open(self) -> int:
        return sum(q.open for q in self.queues)

    @property
    def breaching(self) -> int:
        return sum(q.breaching for q in self.queues)

    @property
    def escalated_in(self) -> int:
        return sum(q.escalated_in for q in self.queues)

    @property
    def escalated_out(self) -> int:
        return sum(q.escalated_out for q in self.queues)

    @property
    def oldest_at(self) -> datetime | None:
        found = [q.oldest_at for q in self.queues if q.oldest_at is not None]
        return min(found) if found else None


def start_of_day(now: datetime, zone: str) -> datetime:
    """Midnight of ``now``'s day in the branch's zone, as a UTC moment."""
    try:
        local_zone = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        local_zone = ZoneInfo("UTC")
    local = now.astimezone(local_zone)
    return datetime.combine(local.date(), time(0), tzinfo=local_zone).astimezone(UTC)


def _open_by_queue(session: Session) -> dict[str | None, tuple[int, datetime | None, int]]:
    breached = case((Ticket.sla_state == SlaState.BREACHED.value, 1), else_=0)
    rows = session.execute(
        select(
            Ticket.group_id,
            func.count(),
            func.min(Ticket.created_at),
            func.coalesce(func.sum(breached), 0),
        )
        .where(
            and_(
                Ticket.status.in_(OPEN_STATUSES),
                Ticket.deleted_at.is_(None),
                Ticket.merged_into_id.is_(None),
            )
        )
        .group_by(Ticket.group_id)
    )
    found: dict[str | None, tuple[int, datetime | None, int]] = {}
    for group_id, count, oldest, breaching in rows:
        if oldest is not None and oldest.tzinfo is None:
            oldest = oldest.replace(tzinfo=UTC)
        found[group_id] = (int(count), oldest, int(breaching))
    return found


def _moves_today(session: Session, since: datetime) -> tuple[Counter[str], Counter[str]]:
    """Escalations into and out of each queue since ``since`` (a ticket that
    only asked a lead for attention moves nowhere and counts in neither)."""
    into: Counter[str] = Counter()
    out: Counter[str] = Counter()
    ticket_ids = session.scalars(
        select(TicketJournal.ticket_id)
        .where(TicketJournal.kind == JournalKind.ESCALATED.value, TicketJournal.at >= since)
        .distinct()
    ).all()
    for ticket_id in ticket_ids:
        for info in escalation.escalations(session, ticket_id):
            at = info.at if info.at.tzinfo is not None else info.at.replace(tzinfo=UTC)
            if at < since or info.to_queue_id == info.from_queue_id:
                continue
            if info.to_queue_id:
                into[info.to_queue_id] += 1
            if info.from_queue_id:
                out[info.from_queue_id] += 1
    return into, out


def tier_glance(
    session: Session, ctx: WriteContext, zone: str, now: datetime | None = None
) -> list[TierGlance]:
    """Each tier with its queues (lowest tier first; within a tier, by name).
    For those who may see the team's figures."""
    require_right(session, ctx, Right.REPORTS_TEAM, action="see the tiers at a glance")
    now = now or datetime.now(UTC)
    counts = _open_by_queue(session)
    into, out = _moves_today(session, start_of_day(now, zone))
    queues = session.scalars(select(DeskGroup).where(DeskGroup.deleted_at.is_(None))).all()
    tiers: dict[int, list[QueueGlance]] = {}
    for queue in queues:
        n, oldest, breaching = counts.pop(queue.id, (0, None, 0))
        tiers.setdefault(queue.tier, []).append(
            QueueGlance(
                queue.id,
                queue.name,
                queue.name_ar,
                queue.tier,
                n,
                oldest,
                breaching,
                into[queue.id],
                out[queue.id],
            )
        )
    unqueued = counts.pop(None, None)
    if unqueued is not None:
        # Tickets in no queue (or one since removed) are the first line's.
        n, oldest, breaching = unqueued
        tiers.setdefault(1, []).append(QueueGlance(None, "", "", 1, n, oldest, breaching))
    return [
        TierGlance(tier, sorted(found, key=lambda q: (q.queue_id is None, q.name.casefold())))
        for tier, found in sorted(tiers.items())
    ]
