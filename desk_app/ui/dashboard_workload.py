"""Who carries what: the open tickets assigned to each agent and those past
or near a due time, and per queue the open tickets nobody has yet. Counted
with the ticket list's own conditions (the numbers are what the list shows
for the same choice), on a reading thread."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection

from desk_app.services import ticket_list
from desk_app.services.ticket_list import UNASSIGNED, TicketFilter
from desk_app.services.views import BREACHING_SOON_MINUTES, OPEN_STATUSES


@dataclass(frozen=True)
class Load:
    key: str  # a person's or a queue's id
    open: int
    breaching: int


@dataclass(frozen=True)
class Workload:
    agents: tuple[Load, ...]
    queues: tuple[Load, ...]  # open tickets nobody has, per queue


def breaching_by(now: datetime) -> datetime:
    """A running clock due by then is breaching (overdue or within the hour),
    as the "Breaching soon" and "Overdue" views count it together."""
    return now + timedelta(minutes=BREACHING_SOON_MINUTES)


def open_filter(queue_ids: frozenset[str] = frozenset(), **changes: Any) -> TicketFilter:
    return replace(TicketFilter(statuses=OPEN_STATUSES, group_ids=queue_ids), **changes)


def unassigned_filter(queue_ids: frozenset[str]) -> TicketFilter:
    return open_filter(queue_ids, assignee_ids=frozenset({UNASSIGNED}))


def breaching_filter(queue_ids: frozenset[str], now: datetime) -> TicketFilter:
    return open_filter(queue_ids, sla_due_by=breaching_by(now))


def read_workload(
    conn: Connection,
    agent_ids: list[str],
    queue_ids: list[str],
    team: frozenset[str],
    now: datetime,
) -> Workload:
    """Each agent's open and breaching tickets within ``team`` (every queue
    when empty), and each queue's unassigned ones."""
    due = breaching_by(now)
    agents = []
    for agent in agent_ids:
        mine = open_filter(team, assignee_ids=frozenset({agent}))
        agents.append(
            Load(
                agent,
                ticket_list.count(conn, mine),
                ticket_list.count(conn, replace(mine, sla_due_by=due)),
            )
        )
    queues = []
    for queue in queue_ids:
        waiting = unassigned_filter(frozenset({queue}))
        queues.append(
            Load(
                queue,
                ticket_list.count(conn, waiting),
                ticket_list.count(conn, replace(waiting, sla_due_by=due)),
            )
        )
    return Workload(tuple(agents), tuple(queues))
