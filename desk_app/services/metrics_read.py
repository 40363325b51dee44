"""Reading the kept summaries (models.metrics) for a period and a scope.

A period is a range of branch-local days; the whole months inside it are
read from ``metric_month`` and the days at either end from ``metric_day``,
so a year is about a dozen month rows per branch, queue and dimension value.
A scope naming agents is read from the agents' own facts (a few thousand
tickets), through the same contributions the summaries add up.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from desk_app.models.metrics import MEASURES, ticket_facts
from desk_app.services.metrics_catalog import MEASURE_TICKETS
from desk_app.services.metrics_drill import age_days, move_condition, scope_clause
from desk_app.services.metrics_facts import DIMENSION_FIELDS, Facts, contributions
from desk_app.services.metrics_types import AGE_BUCKETS, Scope

# (dim, value, branch, queue) -> summed measures
Rows = dict[tuple[str, str, str, str], Counter[str]]
_SUMS = ", ".join(f"SUM({m})" for m in MEASURES)
_FACT_COLUMNS = tuple(c.name for c in ticket_facts.columns)


def period_rows(session: Session, first: str, after: str, scope: Scope) -> Rows:
    """Every summary row of the days [first, after), summed per dimension
    value, branch and queue."""
    if scope.agent_ids:
        return _agent_rows(session, first, after, scope)
    rows: Rows = defaultdict(Counter)
    for table, key, lo, hi in _spans(first, after):
        where, params = _summary_scope(scope)
        sql = (
            f"SELECT dim, value, branch_id, queue, {_SUMS} FROM {table}"
            f" WHERE {key} >= ? AND {key} < ?{where} GROUP BY dim, value, branch_id, queue"
        )
        for row in session.execute(text(_positional(sql)), _named([lo, hi, *params])):
            _accumulate(rows[(row[0], row[1], row[2], row[3])], row[4:])
    return rows


def trend_rows(
    session: Session, first: str, after: str, scope: Scope, monthly: bool
) -> dict[str, Counter[str]]:
    """The totals of each day (or month) of [first, after)."""
    if scope.agent_ids:
        found: dict[str, Counter[str]] = defaultdict(Counter)
        for facts in _agent_facts(session, first, after, scope):
            for day, measure, amount in contributions(facts):
                if first <= day < after:
                    found[day[:7] if monthly else day][measure] += amount
        return found
    where, params = _summary_scope(scope)
    result: dict[str, Counter[str]] = defaultdict(Counter)
    spans = _spans(first, after) if monthly else [("metric_day", "day", first, after)]
    for table, key, lo, hi in spans:
        # A month's trend point sums its days where the month is not whole.
        label = f"substr({key}, 1, 7)" if monthly else key
        sql = (
            f"SELECT {label}, {_SUMS} FROM {table} WHERE dim = '' AND {key} >= ? AND {key} < ?"
            f"{where} GROUP BY {label}"
        )
        for row in session.execute(text(_positional(sql)), _named([lo, hi, *params])):
            _accumulate(result[row[0]], row[1:])
    return result


def totals_before(session: Session, day: str, scope: Scope) -> Counter[str]:
    """The totals of every day before ``day`` (for the backlog's trend):
    whole months from the month table, the rest of ``day``'s month by day."""
    found: Counter[str] = Counter()
    month_start = f"{day[:7]}-01"
    if scope.agent_ids:
        for counter in trend_rows(session, "0000-01-01", day, scope, monthly=False).values():
            found.update(counter)
        return found
    where, params = _summary_scope(scope)
    for table, key, hi in (("metric_month", "month", day[:7]), ("metric_day", "day", day)):
        lo = "" if key == "month" else month_start
        sql = f"SELECT {_SUMS} FROM {table} WHERE dim = '' AND {key} >= ? AND {key} < ?{where}"
        row = session.execute(text(_positional(sql)), _named([lo, hi, *params])).one()
        _accumulate(found, row)
    return found


def open_rows(
    session: Session, today: date, scope: Scope
) -> list[tuple[str, str, str, str, int, int]]:
    """Open tickets now: (age bucket, branch, queue, agent, tier, count)."""
    cases = []
    params: list[Any] = []
    for name, _lower, _upper in AGE_BUCKETS:
        oldest, newest = age_days(name, today)
        parts = []
        if oldest is not None:
            parts.append("created_day >= ?")
            params.append(oldest)
        if newest is not None:
            parts.append("created_day <= ?")
            params.append(newest)
        cases.append(f"WHEN {' AND '.join(parts) or '1 = 1'} THEN '{name}'")
    where, scope_params = scope_clause(scope, "o")
    sql = (
        f"SELECT CASE {' '.join(cases)} END AS age, branch_id, queue, agent, tier, SUM(n)"
        " FROM metric_open o WHERE n <> 0"
        + "".join(f" AND {w}" for w in where)
        + " GROUP BY age, branch_id, queue, agent, tier"
    )
    rows = session.execute(text(_positional(sql)), _named([*params, *scope_params]))
    return [(str(r[0]), r[1], r[2], r[3], int(r[4]), int(r[5])) for r in rows if r[5]]


def move_rows(
    session: Session, first: str, after: str, scope: Scope, into: bool
) -> dict[int, tuple[int, int]]:
    """Escalations into (or out of) each tier: tier -> (escalations, tickets)."""
    side = "to_tier" if into else "from_tier"
    where, params = scope_clause(scope, "f")
    sql = (
        f"SELECT e.{side}, COUNT(*), COUNT(DISTINCT e.ticket_id) FROM ticket_fact_event e"
        " JOIN ticket_facts f ON f.ticket_id = e.ticket_id"
        f" WHERE e.day >= ? AND e.day < ? AND {move_condition(into, tier=None)}"
        + "".join(f" AND {w}" for w in where)
        + f" GROUP BY e.{side}"
    )
    rows = session.execute(text(_positional(sql)), _named([first, after, *params]))
    return {int(r[0]): (int(r[1]), int(r[2])) for r in rows if r[0] is not None}


# -- internals ---------------------------------------------------------------------


def _spans(first: str, after: str) -> list[tuple[str, str, str, str]]:
    """(table, key, lo, hi) pieces covering [first, after): whole months from
    the month table, the rest from the day table."""
    start_month = first[:7] if first.endswith("-01") else _next_month(first[:7])
    end_month = after[:7]
    if start_month >= end_month:
        return [("metric_day", "day", first, after)]
    spans = [("metric_month", "month", start_month, end_month)]
    if first < f"{start_month}-01":
        spans.append(("metric_day", "day", first, f"{start_month}-01"))
    if f"{end_month}-01" < after:
        spans.append(("metric_day", "day", f"{end_month}-01", after))
    return spans


def _next_month(month: str) -> str:
    year, number = int(month[:4]), int(month[5:7])
    return f"{year + number // 12:04d}-{number % 12 + 1:02d}"


def _summary_scope(scope: Scope) -> tuple[str, list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    for column, values in (("branch_id", scope.branch_ids), ("queue", scope.queue_ids)):
        if values:
            where.append(f"{column} IN ({','.join('?' * len(values))})")
            params += sorted(values)
    return "".join(f" AND {w}" for w in where), params


def _accumulate(counter: Counter[str], values: Iterable[Any]) -> None:
    for measure, value in zip(MEASURES, values, strict=True):
        if value:
            counter[measure] += int(value)


def _agent_facts(session: Session, first: str, after: str, scope: Scope) -> list[Facts]:
    days = sorted({day for day, _ in MEASURE_TICKETS.values()})
    in_period = " OR ".join(f"(f.{d} >= ? AND f.{d} < ?)" for d in days)
    where, params = scope_clause(scope, "f")
    sql = f"SELECT {', '.join(_FACT_COLUMNS)} FROM ticket_facts f WHERE ({in_period})" + "".join(
        f" AND {w}" for w in where
    )
    values = [first, after] * len(days) + params
    rows = session.execute(text(_positional(sql)), _named(values)).mappings()
    return [Facts(**{c: r[c] for c in _FACT_COLUMNS}) for r in rows]


def _agent_rows(session: Session, first: str, after: str, scope: Scope) -> Rows:
    rows: Rows = defaultdict(Counter)
    for facts in _agent_facts(session, first, after, scope):
        keys = [(dim, facts.dimension(field)) for dim, field in DIMENSION_FIELDS]
        for day, measure, amount in contributions(facts):
            if first <= day < after:
                for dim, value in keys:
                    rows[(dim, value, facts.branch_id, facts.queue)][measure] += amount
    return rows


def _positional(sql: str) -> str:
    """'?' marks as SQLAlchemy's numbered names (:p0, :p1, …)."""
    parts = sql.split("?")
    return "".join(p + (f":p{i}" if i < len(parts) - 1 else "") for i, p in enumerate(parts))


def _named(params: list[Any]) -> dict[str, Any]:
    return {f"p{i}": p for i, p in enumerate(params)}
