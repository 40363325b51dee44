"""What the ticket list is asked and what it gives back, as plain values
(services.ticket_list runs the query): the filter, the sort, one row of a
page. Kept apart so views, the dashboard's drill-down and the interface
build queries without the SQL."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from desk_app.services.metrics_types import Drill

UNASSIGNED = "__unassigned__"


class SortColumn(StrEnum):
    NUMBER = "number"
    PRIORITY = "priority"
    SUBJECT = "subject"
    CUSTOMER = "customer"
    STATUS = "status"
    QUEUE = "queue"
    ASSIGNEE = "assignee"
    CREATED = "created"
    LAST_ACTIVITY = "last_activity"
    SLA_DUE = "sla_due"
    FOLLOW_UP = "follow_up"
    TIER = "tier"


@dataclass(frozen=True)
class TicketFilter:
    statuses: frozenset[str] = frozenset()
    priorities: frozenset[int] = frozenset()
    group_ids: frozenset[str] = frozenset()
    assignee_ids: frozenset[str] = frozenset()  # may hold UNASSIGNED
    search: str = ""
    complaints_only: bool = False
    # A running SLA clock due by then (overdue ones included).
    sla_due_by: datetime | None = None
    # A running SLA clock due after then (not yet overdue, with sla_due_by=now).
    sla_due_after: datetime | None = None
    # A call-back planned for then or earlier.
    follow_up_due_by: datetime | None = None
    # Escalated into one of these queues (functional or up) and still there.
    escalated_to_queues: frozenset[str] = frozenset()
    # Whose attention a hierarchical escalation asks for, not yet answered.
    escalated_to_user: str | None = None
    # Returned (de-escalated) to one of these queues or to this person.
    returned_to_queues: frozenset[str] = frozenset()
    returned_to_user: str | None = None
    # The branch's phone region ("SA"): a number searched for in national
    # form is read with its rules. Not part of what the filter selects.
    phone_region: str = field(default="", compare=False)
    # Exactly the tickets behind one of the supervisor's figures
    # (services.metrics_drill); the caller shows every status with it.
    drill: Drill | None = None


@dataclass(frozen=True)
class TicketQuery:
    filter: TicketFilter = field(default_factory=TicketFilter)
    sort: SortColumn = SortColumn.LAST_ACTIVITY
    descending: bool = True

    def with_filter(self, **changes: Any) -> TicketQuery:
        return replace(self, filter=replace(self.filter, **changes))


@dataclass(frozen=True)
class TicketRow:
    """One line of the list: plain data, safe to hand to the GUI thread."""

    row_no: int
    id: str
    number: str
    subject: str
    customer_name: str
    status: str
    priority: int
    channel: str
    group_id: str | None
    assignee_id: str | None
    created_at: datetime
    last_activity_at: datetime
    complaint: bool = False
    sla_due_at: datetime | None = None
    sla_state: str = ""
    follow_up_next_at: datetime | None = None
    customer_phone: str = ""  # the number to call back
    tier: int = 1
    escalation_kind: str = ""  # the latest escalation's kind ("" none)


# Position of the page's last row in the sort order: its sort values, then row_no.
Keyset = tuple[Any, ...]


@dataclass(frozen=True)
class Page:
    rows: list[TicketRow]
    next_key: Keyset | None  # None when this was the last page
