"""Who carries what (allocation): each agent's open tickets and those past or
near a due time, and each queue's open tickets nobody has yet.

Two reads, neither of which visits every open ticket (a tenth of a mature
desk's rows; reading each of them for its agent and queue takes a second at
a million tickets): the open tickets per agent and queue from the summary
kept with every change (services.metrics_read, ``metric_open``), and the
breaching ones along the open tickets' due-time index, which holds only
those. The conditions are the ticket list's own, word for word (open
statuses, nobody as '', the list's due-time expression), so a load is the
count of the list that shows the same tickets (tests compare them).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from desk_app.models.tickets import OPEN_TICKETS, SLA_DUE_SORT
from desk_app.services.metrics_read import open_rows
from desk_app.services.metrics_types import Scope
from desk_app.services.ticket_list import UNASSIGNED, TicketFilter
from desk_app.services.views import BREACHING_SOON_MINUTES, OPEN_STATUSES

_OPEN = OPEN_TICKETS.replace("status", "t.status").replace("deleted_at", "t.deleted_at")
_DUE = SLA_DUE_SORT.replace("(", "(t.", 1)
# Named, or the planner walks every open ticket in assignee order for the
# GROUP BY instead of the few due by then.
_BREACHING = (
    "SELECT ifnull(t.assignee_id, ''), ifnull(t.group_id, ''), count(*)"
    f" FROM ticket AS t INDEXED BY ix_ticket_open_sla_due WHERE {_OPEN} AND {_DUE} <= ?"
    " GROUP BY 1, 2"
)


@dataclass(frozen=True)
class Load:
    key: str  # a person's or a queue's id
    open: int
    breaching: int


@dataclass(frozen=True)
class Workload:
    agents: tuple[Load, ...]  # in the order asked
    queues: tuple[Load, ...]  # open tickets nobody has, per queue


def breaching_by(now: datetime) -> datetime:
    """A running clock due by then is breaching (overdue, or due within the
    hour): the "Overdue" and "Breaching soon" views together."""
    return now + timedelta(minutes=BREACHING_SOON_MINUTES)


def unassigned_filter(queue_ids: frozenset[str]) -> TicketFilter:
    """The list of open tickets nobody has (in these queues; all when empty)."""
    return TicketFilter(
        statuses=OPEN_STATUSES, group_ids=queue_ids, assignee_ids=frozenset({UNASSIGNED})
    )


def breaching_filter(queue_ids: frozenset[str], now: datetime) -> TicketFilter:
    """The list of open tickets past or near a due time (in these queues)."""
    return TicketFilter(statuses=OPEN_STATUSES, group_ids=queue_ids, sla_due_by=breaching_by(now))


def read_workload(
    session: Session,
    agent_ids: list[str],
    queue_ids: list[str],
    team: frozenset[str],
    now: datetime,
) -> Workload:
    """Each agent's open and breaching tickets within ``team`` (every queue
    when empty), and each queue's unassigned ones."""
    agents: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    queues: dict[str, list[int]] = defaultdict(lambda: [0, 0])

    def add(who: str, queue: str, column: int, count: int) -> None:
        if who == "":
            queues[queue][column] += count
        elif not team or queue in team:
            agents[who][column] += count

    today = now.astimezone(UTC).date()  # only ages depend on the day: not read here
    for _age, _branch, queue, who, _tier, count in open_rows(session, today, Scope()):
        add(who or "", queue or "", 0, count)
    # As the database keeps moments (naive UTC text), as the list compares them.
    moment = breaching_by(now).astimezone(UTC).replace(tzinfo=None)
    due = moment.isoformat(sep=" ", timespec="microseconds")
    for who, queue, count in session.connection().exec_driver_sql(_BREACHING, (due,)):
        add(who, queue, 1, count)
    return Workload(
        tuple(Load(a, *agents.get(a, (0, 0))) for a in agent_ids),
        tuple(Load(q, *queues.get(q, (0, 0))) for q in queue_ids),
    )
