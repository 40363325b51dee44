"""A small dashboard of known figures over real tickets (one queue's open
tickets, by channel), for the dashboard's screen tests: what the figures
are does not matter here, only that each lists exactly its tickets."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import DeskGroup, Ticket
from desk_app.services.metrics_types import (
    Dashboard,
    Dimension,
    Drill,
    Figure,
    Period,
    Scope,
    Series,
    Table,
)
from desk_app.services.ticket_list import TicketFilter

QUEUE_NAME = "Technical Support"


def queue_id(session: Session) -> str:
    return session.scalars(select(DeskGroup.id).where(DeskGroup.name == QUEUE_NAME)).one()


def fake_compute(session: Session, period: Period, scope: Scope, now: datetime) -> Dashboard:
    """Tiles: the queue's tickets; a table of them by channel; a trend."""
    queue = queue_id(session)
    tickets = session.execute(
        select(Ticket.channel).where(Ticket.group_id == queue, Ticket.deleted_at.is_(None))
    ).all()
    by_channel: dict[str, int] = {}
    for (channel,) in tickets:
        by_channel[channel] = by_channel.get(channel, 0) + 1
    total = len(tickets)

    def figure(key: str, count: int, dims: tuple[tuple[str, str], ...]) -> Figure:
        drill = Drill(key, period, scope, (("queue", queue), *dims))
        return Figure(key, count, count=count, drill=drill)

    tiles = (
        figure("opened", total, ()),
        Figure("resolved", 0, count=0, drill=None),
    )
    rows = tuple(
        (channel, (figure("opened", n, (("channel", channel),)),))
        for channel, n in sorted(by_channel.items())
    )
    table = Table("volume", Dimension.CHANNEL, ("opened",), rows)
    first_day = period.start.date().isoformat()
    series = Series("volume", (first_day,), {"opened": (figure("opened", total, ()),)})
    return Dashboard(period, scope, tiles, (series,), (table,), now)


def fake_filter(drill: Drill) -> TicketFilter:
    """The fake figures' tickets, through the list's own conditions."""
    dims = dict(drill.dims)
    queue = dims.get("queue", "")
    # The list has no channel condition: the fixture's channel rows hold one
    # channel's tickets only when every ticket of the queue came by it.
    return TicketFilter(group_ids=frozenset({queue}))
