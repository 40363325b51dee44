"""What the supervisor's figures are, as plain values (services.metrics
computes them; the dashboard, the drill-down, the PDF report and the
exports read them).

Every number a supervisor can see is a ``Figure``: its value, the tickets
behind it (``count``) and how to list exactly those tickets (``drill``).
Dimension values are kept as the keys the database holds (a channel's value,
a queue's or a person's id, a priority's number): the interface names them in
the reader's language, so a report changes language without being computed
again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Bucket(StrEnum):
    """How a period is cut for a trend (days, ISO weeks, calendar months)."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"


class Unit(StrEnum):
    COUNT = "count"
    PERCENT = "percent"  # 0..100, None when the denominator is empty
    SECONDS = "seconds"  # a duration
    SCORE = "score"  # satisfaction, 1..5


class Dimension(StrEnum):
    """What figures are broken down by; a value is the stored key."""

    CHANNEL = "channel"
    CATEGORY = "category"
    PRIORITY = "priority"
    TIER = "tier"
    QUEUE = "queue"  # group id, "" for no queue
    BRANCH = "branch"
    AGENT = "agent"  # assignee id, "" for nobody
    AGE = "age"  # backlog age bucket: see AGE_BUCKETS
    SATISFACTION = "satisfaction"  # "1".."5", "" for not asked


# Backlog age buckets, in days: [lower, upper) with None for no upper bound.
AGE_BUCKETS: tuple[tuple[str, int, int | None], ...] = (
    ("lt1", 0, 1),
    ("1-3", 1, 3),
    ("3-7", 3, 7),
    ("7-30", 7, 30),
    ("gt30", 30, None),
)


@dataclass(frozen=True)
class Period:
    """[start, end) in UTC, cut into buckets for the trends. The interface
    builds it from the branch's calendar (today, this week, a Hijri month)."""

    start: datetime
    end: datetime
    bucket: Bucket = Bucket.DAY
    zone: str = "UTC"  # the branch's zone: where days begin


@dataclass(frozen=True)
class Scope:
    """Whose tickets: empty sets mean every one the person may see."""

    branch_ids: frozenset[str] = frozenset()
    queue_ids: frozenset[str] = frozenset()  # a team is its queues
    agent_ids: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Drill:
    """Exactly the tickets behind one figure. ``metric`` names a metric of
    services.metrics; ``dims`` narrows it (("channel", "phone"), ("day",
    "2026-12-01")). services.metrics turns it into a condition on the ticket
    list (TicketFilter.drill), so the list shows as many tickets as the
    figure counted."""

    metric: str
    period: Period
    scope: Scope = field(default_factory=Scope)
    dims: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Figure:
    key: str  # the metric's name in services.metrics
    value: float | int | None
    unit: Unit = Unit.COUNT
    count: int = 0  # tickets behind the figure (what its drill lists)
    drill: Drill | None = None


@dataclass(frozen=True)
class Series:
    """A trend: one value per bucket (``labels`` are ISO dates of each
    bucket's first day) for each named line or bar set."""

    key: str
    labels: tuple[str, ...]
    values: dict[str, tuple[Figure, ...]]


@dataclass(frozen=True)
class Table:
    """A breakdown: one row per value of ``dimension``, one cell per column
    (each a metric key)."""

    key: str
    dimension: Dimension
    columns: tuple[str, ...]
    rows: tuple[tuple[str, tuple[Figure, ...]], ...]


@dataclass(frozen=True)
class Dashboard:
    period: Period
    scope: Scope
    tiles: tuple[Figure, ...]
    series: tuple[Series, ...]
    tables: tuple[Table, ...]
    computed_at: datetime | None = None
    # False while the figures are still being derived from the journal
    # (after an upgrade): they count only the tickets done so far.
    complete: bool = True
