"""The supervisor's figures for a period and a scope (no Qt).

Every metric is defined once, in services.metrics_catalog (formula in its
docstring and in the README); this module reads the kept summaries
(services.metrics_read) and lays the figures out as the dashboard, the
report and the exports read them (services.metrics_types): tiles, trends
per bucket and breakdown tables, each Figure with the number of tickets
behind it and the drill that lists exactly those tickets.

Periods are ranges of branch-local days (services.metrics_drill.period_days):
a ticket's day is the date, in its branch's zone, on which the thing counted
happened (services.metrics_facts).

What a Dashboard holds, by key:

- tiles: TILES, in that order (metric keys of metrics_catalog, and
  ``backlog``: open now);
- series (one Figure per bucket): ``volume`` (lines ``opened`` and
  ``resolved``), ``backlog`` (line ``backlog_at``: open at each bucket's
  end), ``service_levels`` (``fr_compliance``, ``wr_compliance``,
  ``nu_compliance``, ``res_compliance``);
- tables: ``by_channel``, ``by_category``, ``by_priority``, ``by_tier``,
  ``by_queue``, ``by_branch``, ``by_agent`` (BREAKDOWN_COLUMNS);
  ``backlog_by_age`` (AGE_BUCKETS in order), ``backlog_by_queue``,
  ``backlog_by_tier``, ``backlog_by_branch``; ``agents`` (AGENT_COLUMNS);
  ``satisfaction`` (rows "1".."5" and "" for not asked); and
  ``escalations_by_tier`` (``escalated_in``, ``escalated_out``: the value
  counts escalations, ``count`` the tickets).

A figure's tickets: ``TicketFilter(drill=figure.drill)`` (every status).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy.orm import Session

from desk_app.services.metrics_catalog import (
    BACKLOG,
    BACKLOG_AT,
    ESCALATED_IN,
    ESCALATED_OUT,
    FORMULAS,
    METRICS,
)
from desk_app.services.metrics_drill import period_days
from desk_app.services.metrics_facts import zone_info
from desk_app.services.metrics_read import (
    Rows,
    move_rows,
    open_rows,
    period_rows,
    totals_before,
    trend_rows,
)
from desk_app.services.metrics_types import (
    AGE_BUCKETS,
    Bucket,
    Dashboard,
    Dimension,
    Drill,
    Figure,
    Period,
    Scope,
    Series,
    Table,
    Unit,
)

TILES = (
    "opened",
    "resolved",
    BACKLOG,
    "fr_compliance",
    "wr_compliance",
    "nu_compliance",
    "res_compliance",
    "fcr_rate",
    "reopen_rate",
    "escalation_rate",
    "tier0",
    "satisfaction",
    "not_asked",
    "frt_avg",
)
BREAKDOWN_COLUMNS = (
    "opened",
    "resolved",
    "fr_compliance",
    "wr_compliance",
    "nu_compliance",
    "res_compliance",
    "res_missed",
    "fcr_rate",
    "reopen_rate",
    "escalation_rate",
    "satisfaction",
)
AGENT_COLUMNS = (BACKLOG, "resolved", "contacts", "contact_time", "frt_avg")
# Breakdowns read from summary rows of one dimension; queue and branch are
# part of every row's key, read from the totals' rows.
_SUMMARY_DIMENSIONS = (
    Dimension.CHANNEL,
    Dimension.CATEGORY,
    Dimension.PRIORITY,
    Dimension.TIER,
    Dimension.QUEUE,
    Dimension.BRANCH,
    Dimension.AGENT,
)
_SCORES = ("1", "2", "3", "4", "5", "")


def formulas() -> dict[str, str]:
    """Each metric's definition in words, by key (the README lists them)."""
    return dict(FORMULAS)


def dashboard(session: Session, period: Period, scope: Scope, now: datetime) -> Dashboard:
    """Every figure of the period for the scope, as of ``now``."""
    first, after = period_days(period)
    rows = period_rows(session, first, after, scope)
    today = now.astimezone(zone_info(period.zone)).date()
    opened_now = open_rows(session, today, scope)
    totals = _totals(rows, "")
    tiles = [
        _backlog_figure(period, scope, opened_now, (), today)
        if key == BACKLOG
        else figure(key, totals, Drill(key, period, scope))
        for key in TILES
    ]
    return Dashboard(
        period=period,
        scope=scope,
        tiles=tuple(tiles),
        series=tuple(_series(session, period, scope, first, after)),
        tables=(
            *(_breakdown(rows, period, scope, dim) for dim in _SUMMARY_DIMENSIONS),
            *_backlog_tables(period, scope, opened_now, today),
            _agent_table(rows, period, scope, opened_now, today),
            _satisfaction_table(totals, period, scope),
            _escalation_table(session, period, scope, first, after),
        ),
        computed_at=now,
    )


def figure(key: str, sums: Counter[str], drill: Drill) -> Figure:
    """One metric of the catalogue over summed measures."""
    metric = METRICS[key]
    return Figure(key, metric.value(sums), metric.unit, metric.count(sums), drill)


def buckets(period: Period) -> list[tuple[str, str]]:
    """The trend's buckets: [first day, after last day) of each, clipped to
    the period (a week begins on Monday, a month on its first)."""
    first, after = (date.fromisoformat(d) for d in period_days(period))
    found: list[tuple[str, str]] = []
    start = first
    while start < after:
        if period.bucket is Bucket.DAY:
            end = start + timedelta(days=1)
        elif period.bucket is Bucket.WEEK:
            end = start + timedelta(days=7 - start.weekday())
        else:
            end = (start.replace(day=1) + timedelta(days=32)).replace(day=1)
        end = min(end, after)
        found.append((start.isoformat(), end.isoformat()))
        start = end
    return found


def bucket_period(period: Period, first: str, after: str) -> Period:
    """The period of one bucket, in the same zone (its drill's period)."""
    zone = zone_info(period.zone)

    def midnight(day: str) -> datetime:
        return datetime.combine(date.fromisoformat(day), time(0), tzinfo=zone).astimezone(UTC)

    return Period(midnight(first), midnight(after), Bucket.DAY, period.zone)


# -- internals ---------------------------------------------------------------------


def _totals(rows: Rows, dim: str) -> Counter[str]:
    found: Counter[str] = Counter()
    for (row_dim, _value, _branch, _queue), sums in rows.items():
        if row_dim == dim:
            found.update(sums)
    return found


def _grouped(rows: Rows, dimension: Dimension) -> dict[str, Counter[str]]:
    found: dict[str, Counter[str]] = defaultdict(Counter)
    for (dim, value, branch, queue), sums in rows.items():
        if dimension is Dimension.QUEUE and dim == "":
            found[queue].update(sums)
        elif dimension is Dimension.BRANCH and dim == "":
            found[branch].update(sums)
        elif dim == dimension.value:
            found[value].update(sums)
    return {k: v for k, v in found.items() if any(v.values())}


def _breakdown(rows: Rows, period: Period, scope: Scope, dimension: Dimension) -> Table:
    grouped = _grouped(rows, dimension)
    return Table(
        key=f"by_{dimension.value}",
        dimension=dimension,
        columns=BREAKDOWN_COLUMNS,
        rows=tuple(
            (
                value,
                tuple(
                    figure(k, grouped[value], Drill(k, period, scope, ((dimension.value, value),)))
                    for k in BREAKDOWN_COLUMNS
                ),
            )
            for value in _ordered(grouped, dimension)
        ),
    )


def _ordered(values: Iterable[str], dimension: Dimension) -> list[str]:
    if dimension in (Dimension.PRIORITY, Dimension.TIER):
        return sorted(values, key=lambda v: int(v) if v.lstrip("-").isdigit() else 0)
    return sorted(values)


def _series(session: Session, period: Period, scope: Scope, first: str, after: str) -> list[Series]:
    cuts = buckets(period)
    labels = tuple(lo for lo, _ in cuts)
    per_bucket: list[Counter[str]] = []
    if period.bucket is Bucket.MONTH:
        # Whole months are read as one row each; a bucket is a month.
        months = trend_rows(session, first, after, scope, monthly=True)
        per_bucket = [months.get(lo[:7], Counter()) for lo, _ in cuts]
    else:
        days = trend_rows(session, first, after, scope, monthly=False)
        per_bucket = [Counter() for _ in cuts]
        starts = [lo for lo, _ in cuts]
        for day, counter in days.items():
            per_bucket[bisect_right(starts, day) - 1].update(counter)
    periods = [bucket_period(period, lo, hi) for lo, hi in cuts]

    def line(key: str) -> tuple[Figure, ...]:
        return tuple(
            figure(key, sums, Drill(key, p, scope))
            for sums, p in zip(per_bucket, periods, strict=True)
        )

    before = totals_before(session, first, scope)
    open_count = before["opened"] - before["resolved"]
    backlog = []
    for sums, p in zip(per_bucket, periods, strict=True):
        open_count += sums["opened"] - sums["resolved"]
        backlog.append(
            Figure(BACKLOG_AT, open_count, Unit.COUNT, open_count, Drill(BACKLOG_AT, p, scope))
        )
    return [
        Series("volume", labels, {"opened": line("opened"), "resolved": line("resolved")}),
        Series("backlog", labels, {BACKLOG_AT: tuple(backlog)}),
        Series(
            "service_levels",
            labels,
            {
                k: line(k)
                for k in ("fr_compliance", "wr_compliance", "nu_compliance", "res_compliance")
            },
        ),
    ]


_OpenRow = tuple[str, str, str, str, int, int]


def _backlog_figure(
    period: Period,
    scope: Scope,
    opened_now: list[_OpenRow],
    dims: tuple[tuple[str, str], ...],
    today: date,
) -> Figure:
    wanted = dict(dims)
    total = 0
    for age, branch, queue, agent, tier, n in opened_now:
        have = {"age": age, "branch": branch, "queue": queue, "agent": agent, "tier": str(tier)}
        if all(have[k] == v for k, v in wanted.items()):
            total += n
    drill_dims = (*dims, ("today", today.isoformat())) if "age" in wanted else dims
    return Figure(BACKLOG, total, Unit.COUNT, total, Drill(BACKLOG, period, scope, drill_dims))


def _backlog_tables(
    period: Period, scope: Scope, opened_now: list[_OpenRow], today: date
) -> list[Table]:
    by_age = tuple(
        (name, (_backlog_figure(period, scope, opened_now, (("age", name),), today),))
        for name, _lo, _hi in AGE_BUCKETS
    )
    tables = [Table("backlog_by_age", Dimension.AGE, (BACKLOG,), by_age)]
    for dimension, position in ((Dimension.QUEUE, 2), (Dimension.TIER, 4), (Dimension.BRANCH, 1)):
        values = {str(row[position]) for row in opened_now}
        tables.append(
            Table(
                f"backlog_by_{dimension.value}",
                dimension,
                (BACKLOG,),
                tuple(
                    (
                        v,
                        (
                            _backlog_figure(
                                period, scope, opened_now, ((dimension.value, v),), today
                            ),
                        ),
                    )
                    for v in _ordered(values, dimension)
                ),
            )
        )
    return tables


def _agent_table(
    rows: Rows, period: Period, scope: Scope, opened_now: list[_OpenRow], today: date
) -> Table:
    grouped = _grouped(rows, Dimension.AGENT)
    agents = set(grouped) | {row[3] for row in opened_now}
    return Table(
        "agents",
        Dimension.AGENT,
        AGENT_COLUMNS,
        tuple(
            (
                agent,
                tuple(
                    _backlog_figure(period, scope, opened_now, (("agent", agent),), today)
                    if key == BACKLOG
                    else figure(
                        key,
                        grouped.get(agent, Counter()),
                        Drill(key, period, scope, (("agent", agent),)),
                    )
                    for key in AGENT_COLUMNS
                ),
            )
            for agent in sorted(agents)
        ),
    )


def _satisfaction_table(totals: Counter[str], period: Period, scope: Scope) -> Table:
    rows = []
    for score in _SCORES:
        key = f"sat_{score}" if score else "sat_none"
        rows.append((score, (figure(key, totals, Drill(key, period, scope)),)))
    return Table("satisfaction", Dimension.SATISFACTION, ("resolved",), tuple(rows))


def _escalation_table(
    session: Session, period: Period, scope: Scope, first: str, after: str
) -> Table:
    into = move_rows(session, first, after, scope, into=True)
    out = move_rows(session, first, after, scope, into=False)
    rows = []
    for tier in sorted(set(into) | set(out)):
        cells = []
        for key, found in ((ESCALATED_IN, into), (ESCALATED_OUT, out)):
            moves, tickets = found.get(tier, (0, 0))
            drill = Drill(key, period, scope, (("tier", str(tier)),))
            cells.append(Figure(key, moves, Unit.COUNT, tickets, drill))
        rows.append((str(tier), tuple(cells)))
    return Table("escalations_by_tier", Dimension.TIER, (ESCALATED_IN, ESCALATED_OUT), tuple(rows))
