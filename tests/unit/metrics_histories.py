"""Hand-made ticket histories for the supervisor's figures: tickets and
journal entries written with the times a test chooses (as a pulled change is
written), their clocks and facts recomputed on commit as on any desk."""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import Ticket, TicketJournal
from desk_app.services import sla_clock
from desk_app.services.context import WriteContext

# Sunday 2 November 2025, 09:00 in Riyadh: a working day's morning, well in the past.
SUNDAY_MORNING = datetime(2025, 11, 2, 6, 0, tzinfo=UTC)
ZONE = "Asia/Riyadh"
_ids = itertools.count(1)


def _id(prefix: str) -> str:
    return f"{prefix}-{next(_ids):032d}"[:36]


def _hlc(at: datetime, n: int) -> str:
    return f"{at.astimezone(UTC).strftime('%Y%m%dT%H%M%S%f')}-{n:08d}"


@dataclass
class History:
    """Writes tickets and journal entries for one branch."""

    session: Session
    ctx: WriteContext
    tickets: list[str] = field(default_factory=list)

    def ticket(
        self,
        at: datetime,
        *,
        channel: str = "web",
        priority: int = 3,
        category: str = "printing",
        queue: str | None = None,
        agent: str | None = None,
        tier: int = 1,
    ) -> str:
        ticket_id = _id("t")
        n = next(_ids)
        self.session.add(
            Ticket(
                id=ticket_id,
                updated_at=_hlc(at, n),
                origin_client_id=self.ctx.client_id,
                created_at=at,
                branch_id=self.ctx.branch_id,
                number=f"T-{n:07d}",
                subject=f"Ticket {n}",
                category=category,
                channel=channel,
                priority=priority,
                status="new",
                tier=tier,
                group_id=queue,
                assignee_id=agent,
                last_activity_at=at,
            )
        )
        self.session.flush()
        self._entry(ticket_id, "created", at)
        self.tickets.append(ticket_id)
        return ticket_id

    def status(self, ticket_id: str, at: datetime, status: str) -> None:
        ticket = self._row(ticket_id)
        self._entry(ticket_id, "status_changed", at, field="status", old=ticket.status, new=status)
        latest = self._latest_status(ticket_id)
        ticket.status = latest
        ticket.closed_at = at if latest in ("resolved", "closed") else None

    def contact(
        self, ticket_id: str, at: datetime, *, direction: str = "outbound", seconds: int = 60
    ) -> None:
        self._entry(
            ticket_id, "contact_logged", at, channel="phone", direction=direction, duration=seconds
        )

    def escalate(
        self,
        ticket_id: str,
        at: datetime,
        *,
        from_queue: str,
        to_queue: str,
        from_tier: int,
        to_tier: int,
    ) -> None:
        values = {"to_queue": to_queue, "from_tier": from_tier, "to_tier": to_tier}
        self._entry(ticket_id, "escalated", at, field="up", old=from_queue, new=json.dumps(values))
        ticket = self._row(ticket_id)
        ticket.group_id, ticket.tier = to_queue, to_tier

    def article(self, ticket_id: str, at: datetime) -> None:
        self._entry(ticket_id, "article_used", at, new="article-1")

    def rate(self, ticket_id: str, score: int | None) -> None:
        ticket = self._row(ticket_id)
        ticket.satisfaction = score
        sla_clock.mark(self.session, [ticket_id])

    def assign(self, ticket_id: str, at: datetime, agent: str | None) -> None:
        self._entry(ticket_id, "assigned", at, field="assignee_id", new=agent or "")
        ticket = self._row(ticket_id)
        ticket.assignee_id = agent

    def _row(self, ticket_id: str) -> Ticket:
        return self.session.execute(select(Ticket).where(Ticket.id == ticket_id)).scalar_one()

    def _latest_status(self, ticket_id: str) -> str:
        rows = (
            self.session.query(TicketJournal)
            .filter(TicketJournal.ticket_id == ticket_id, TicketJournal.kind == "status_changed")
            .all()
        )
        if not rows:
            return "new"
        latest = max(rows, key=lambda r: (_aware(r.at), r.updated_at))
        return latest.new_value

    def _entry(
        self,
        ticket_id: str,
        kind: str,
        at: datetime,
        *,
        field: str = "",
        old: str = "",
        new: str = "",
        channel: str = "",
        direction: str = "",
        duration: int = 0,
    ) -> None:
        n = next(_ids)
        self.session.add(
            TicketJournal(
                id=_id("j"),
                updated_at=_hlc(at, n),
                origin_client_id=self.ctx.client_id,
                created_at=at,
                ticket_id=ticket_id,
                kind=kind,
                at=at,
                field=field,
                old_value=old,
                new_value=new,
                channel=channel,
                direction=direction,
                duration_s=duration,
            )
        )
        self.session.flush()
        sla_clock.mark(self.session, [ticket_id])


def _aware(at: datetime) -> datetime:
    return at if at.utcoffset() is not None else at.replace(tzinfo=UTC)


def days(n: float) -> timedelta:
    return timedelta(days=n)


def hours(n: float) -> timedelta:
    return timedelta(hours=n)
