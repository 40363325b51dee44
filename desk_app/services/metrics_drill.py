"""Exactly the tickets behind a figure, as a condition on the ticket list
(TicketFilter.drill): the same definitions as the figure's (metrics_catalog
and the facts' days), read from ticket_facts, so the list's count equals the
figure's ``count``."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from desk_app.services.metrics_catalog import (
    BACKLOG,
    BACKLOG_AT,
    ESCALATED_IN,
    ESCALATED_OUT,
    MEASURE_TICKETS,
    METRICS,
)
from desk_app.services.metrics_facts import day_of, zone_info
from desk_app.services.metrics_types import AGE_BUCKETS, Drill, Period, Scope

# Dimensions a drill may narrow by, and the facts' column of each.
FACT_COLUMNS = {
    "channel": "f.channel",
    "category": "f.category",
    "priority": "f.priority",
    "tier": "f.tier",
    "queue": "f.queue",
    "branch": "f.branch_id",
    "agent": "f.agent",
}
_INTEGER_DIMS = frozenset({"priority", "tier"})


class UnknownDrill(ValueError):
    """A drill names no metric or dimension this desk knows (a saved view
    from a newer version, say): the list shows nothing rather than guesses."""


def period_days(period: Period) -> tuple[str, str]:
    """The branch-local days a period covers: [first, after last), ISO text.
    A period ending within a day includes that day."""
    zone = zone_info(period.zone)
    first = period.start.astimezone(zone).date()
    last = (period.end - timedelta(microseconds=1)).astimezone(zone).date()
    return first.isoformat(), (last + timedelta(days=1)).isoformat()


def age_days(label: str, today: date) -> tuple[str | None, str | None]:
    """The creation days (inclusive bounds, None for open-ended) of the open
    tickets in an age bucket: ages are whole days from creation to today."""
    for name, lower, upper in AGE_BUCKETS:
        if name == label:
            newest = None if lower == 0 else (today - timedelta(days=lower)).isoformat()
            oldest = None if upper is None else (today - timedelta(days=upper - 1)).isoformat()
            return oldest, newest
    raise UnknownDrill(label)


def clause(drill: Drill) -> tuple[str, list[Any]]:
    """SQL on the list's ticket ``t`` selecting the drill's tickets."""
    where: list[str] = []
    params: list[Any] = []
    dims = dict(drill.dims)
    if drill.metric in METRICS:
        first, after = period_days(drill.period)
        either = []
        for measure in METRICS[drill.metric].counted:
            day, condition = MEASURE_TICKETS[measure]
            either.append(f"(f.{day} >= ? AND f.{day} < ? AND {condition})")
            params += [first, after]
        where.append(f"({' OR '.join(either)})")
    elif drill.metric == BACKLOG:
        where.append("f.is_open = 1")
        if "age" in dims:
            today = date.fromisoformat(dims.pop("today", "")) if "today" in dims else None
            if today is None:
                raise UnknownDrill("age without today")
            oldest, newest = age_days(dims.pop("age"), today)
            if oldest is not None:
                where.append("f.created_day >= ?")
                params.append(oldest)
            if newest is not None:
                where.append("f.created_day <= ?")
                params.append(newest)
        dims.pop("today", None)
    elif drill.metric == BACKLOG_AT:
        first, after = period_days(drill.period)
        where.append("f.created_day < ? AND (f.resolved_day = '' OR f.resolved_day >= ?)")
        params += [after, after]
    elif drill.metric in (ESCALATED_IN, ESCALATED_OUT):
        sql, more = _moves(drill, dims.pop("tier", None))
        where.append(sql)
        params += more
    else:
        raise UnknownDrill(drill.metric)
    for name, value in dims.items():
        column = FACT_COLUMNS.get(name)
        if column is None:
            raise UnknownDrill(name)
        where.append(f"{column} = ?")
        params.append(int(value) if name in _INTEGER_DIMS else value)
    scope_sql, scope_params = scope_clause(drill.scope, "f")
    where += scope_sql
    params += scope_params
    return f"t.id IN (SELECT f.ticket_id FROM ticket_facts f WHERE {' AND '.join(where)})", params


def scope_clause(scope: Scope, alias: str) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    for column, values in (
        ("branch_id", scope.branch_ids),
        ("queue", scope.queue_ids),
        ("agent", scope.agent_ids),
    ):
        if values:
            where.append(f"{alias}.{column} IN ({','.join('?' * len(values))})")
            params += sorted(values)
    return where, params


def move_condition(into: bool, alias: str = "e", tier: str | None = "?") -> str:
    """An escalation that moved a ticket into (or out of) a tier (the
    parameter ``tier``; None: any tier): the tier changed, and the tier on
    that side is named."""
    a = alias
    if into:
        named = f"{a}.to_tier = {tier}" if tier else f"{a}.to_tier IS NOT NULL"
        return f"{named} AND ({a}.from_tier IS NULL OR {a}.from_tier <> {a}.to_tier)"
    named = f"{a}.from_tier = {tier}" if tier else f"{a}.from_tier IS NOT NULL"
    return f"{named} AND {a}.to_tier IS NOT NULL AND {a}.to_tier <> {a}.from_tier"


def _moves(drill: Drill, tier: str | None) -> tuple[str, list[Any]]:
    if tier is None:
        raise UnknownDrill("escalations without a tier")
    into = drill.metric == ESCALATED_IN
    first, after = period_days(drill.period)
    sql = (
        "f.ticket_id IN (SELECT e.ticket_id FROM ticket_fact_event e"
        f" WHERE e.day >= ? AND e.day < ? AND {move_condition(into)})"
    )
    return sql, [first, after, int(tier)]


__all__ = ["UnknownDrill", "age_days", "clause", "day_of", "period_days", "scope_clause"]
