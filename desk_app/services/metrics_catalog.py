"""Every metric of the supervisor's figures, defined once.

A metric is computed from the summed measures (models.metrics.MEASURES) of
the tickets in a period: each measure is a count of tickets (or a sum over
them) that a ticket's facts add on one day (services.metrics_facts). The
tickets behind a figure (its ``count``, what its drill-down lists) are those
counted by the metric's ``counted`` measures; for a rate that is its
denominator: the tickets it is measured over.

The README ("Supervisor's figures") gives the same formulas in words.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from desk_app.services.metrics_types import Unit

Sums = Mapping[str, int]

# For each measure: the facts' day it is dated by, and which tickets it
# counts (SQL over ticket_facts as ``f``). A day column is '' when the thing
# has not happened, which no period contains.
MEASURE_TICKETS: dict[str, tuple[str, str]] = {
    "opened": ("created_day", "1 = 1"),
    "escalated": ("created_day", "f.escalations > 0"),
    "resolved": ("resolved_day", "1 = 1"),
    "res_met": ("resolved_day", "f.res_outcome = 'met'"),
    "res_missed": ("resolved_day", "f.res_outcome = 'missed'"),
    "nu_met": ("resolved_day", "f.nu_outcome = 'met'"),
    "nu_missed": ("resolved_day", "f.nu_outcome = 'missed'"),
    "fr_met": ("fr_day", "f.fr_outcome = 'met' AND f.written = 0"),
    "fr_missed": ("fr_day", "f.fr_outcome = 'missed' AND f.written = 0"),
    "wr_met": ("fr_day", "f.fr_outcome = 'met' AND f.written = 1"),
    "wr_missed": ("fr_day", "f.fr_outcome = 'missed' AND f.written = 1"),
    "frt_n": ("frt_day", "f.frt_seconds IS NOT NULL"),
    "reopened": ("resolved_day", "f.reopened = 1"),
    "fcr": ("resolved_day", "f.fcr = 1"),
    "tier0": ("resolved_day", "f.tier0 = 1"),
    "sat_none": ("resolved_day", "f.satisfaction IS NULL"),
    **{f"sat_{k}": ("resolved_day", f"f.satisfaction = {k}") for k in range(1, 6)},
    "contacted": ("resolved_day", "f.contacts > 0"),
}


@dataclass(frozen=True)
class Metric:
    key: str
    unit: Unit
    formula: str
    value: Callable[[Sums], float | int | None]
    counted: tuple[str, ...]

    def count(self, sums: Sums) -> int:
        return sum(sums.get(m, 0) for m in self.counted)


def _sum(*measures: str) -> Callable[[Sums], int]:
    return lambda s: sum(s.get(m, 0) for m in measures)


def _share(part: tuple[str, ...], whole: tuple[str, ...]) -> Callable[[Sums], float | None]:
    def value(s: Sums) -> float | None:
        below = sum(s.get(m, 0) for m in whole)
        return None if below == 0 else 100.0 * sum(s.get(m, 0) for m in part) / below

    return value


def _mean(total: str, n: str) -> Callable[[Sums], float | None]:
    return lambda s: None if not s.get(n, 0) else s.get(total, 0) / s[n]


def _satisfaction(s: Sums) -> float | None:
    rated = sum(s.get(f"sat_{k}", 0) for k in range(1, 6))
    return None if rated == 0 else sum(k * s.get(f"sat_{k}", 0) for k in range(1, 6)) / rated


def _compliance(prefix: str, what: str) -> Metric:
    met, missed = f"{prefix}_met", f"{prefix}_missed"
    return Metric(
        f"{prefix}_compliance",
        Unit.PERCENT,
        f"{what} met within target ÷ {what} decided in the period (met or missed), × 100",
        _share((met,), (met, missed)),
        (met, missed),
    )


_RATED = tuple(f"sat_{k}" for k in range(1, 6))
METRICS: dict[str, Metric] = {
    m.key: m
    for m in (
        Metric("opened", Unit.COUNT, "tickets created in the period", _sum("opened"), ("opened",)),
        Metric(
            "resolved",
            Unit.COUNT,
            "tickets whose current resolution began in the period",
            _sum("resolved"),
            ("resolved",),
        ),
        _compliance("fr", "first responses (not email, fax or letter)"),
        _compliance("wr", "written replies (email, fax, letter; 48 h)"),
        _compliance("nu", "resolved tickets' next updates"),
        _compliance("res", "resolutions"),
        *(
            Metric(
                f"{p}_missed",
                Unit.COUNT,
                f"{p} targets missed",
                _sum(f"{p}_missed"),
                (f"{p}_missed",),
            )
            for p in ("fr", "wr", "nu", "res")
        ),
        Metric(
            "fcr_rate",
            Unit.PERCENT,
            "resolved tickets never reopened nor escalated, with no contact logged after"
            " the intake ÷ resolved, × 100",
            _share(("fcr",), ("resolved",)),
            ("resolved",),
        ),
        Metric("fcr", Unit.COUNT, "resolved at first contact", _sum("fcr"), ("fcr",)),
        Metric(
            "reopen_rate",
            Unit.PERCENT,
            "resolved tickets that had been reopened ÷ resolved, × 100",
            _share(("reopened",), ("resolved",)),
            ("resolved",),
        ),
        Metric("reopened", Unit.COUNT, "resolved after a reopen", _sum("reopened"), ("reopened",)),
        Metric(
            "escalation_rate",
            Unit.PERCENT,
            "tickets created in the period escalated at least once ÷ created, × 100",
            _share(("escalated",), ("opened",)),
            ("opened",),
        ),
        Metric("escalated", Unit.COUNT, "created and escalated", _sum("escalated"), ("escalated",)),
        Metric(
            "tier0",
            Unit.COUNT,
            "resolved tickets answered by a knowledge base article",
            _sum("tier0"),
            ("tier0",),
        ),
        Metric(
            "satisfaction",
            Unit.SCORE,
            "mean score (1-5) of the resolved tickets that were asked",
            _satisfaction,
            _RATED,
        ),
        Metric(
            "not_asked",
            Unit.PERCENT,
            "resolved tickets with no score ÷ resolved, × 100",
            _share(("sat_none",), ("resolved",)),
            ("resolved",),
        ),
        *(
            Metric(
                f"sat_{k}", Unit.COUNT, f"resolved with score {k}", _sum(f"sat_{k}"), (f"sat_{k}",)
            )
            for k in range(1, 6)
        ),
        Metric("sat_none", Unit.COUNT, "resolved, not asked", _sum("sat_none"), ("sat_none",)),
        Metric(
            "frt_avg",
            Unit.SECONDS,
            "mean seconds from creation to the first agent response, over the first"
            " responses made in the period",
            _mean("frt_sum", "frt_n"),
            ("frt_n",),
        ),
        Metric(
            "contacts",
            Unit.COUNT,
            "contacts logged on the tickets resolved in the period",
            _sum("contacts"),
            ("contacted",),
        ),
        Metric(
            "contact_time",
            Unit.SECONDS,
            "total duration of those contacts",
            _sum("contact_secs"),
            ("contacted",),
        ),
    )
}

# Figures read from the open tickets and the escalations, not the summaries.
BACKLOG = "backlog"  # open tickets now (by age: AGE_BUCKETS in whole local days)
BACKLOG_AT = "backlog_at"  # open at the end of a bucket: created before, not resolved before
ESCALATED_IN = "escalated_in"  # escalations into a tier in the period
ESCALATED_OUT = "escalated_out"  # escalations out of a tier in the period
FORMULAS: dict[str, str] = {
    **{k: m.formula for k, m in METRICS.items()},
    BACKLOG: "tickets open now (not resolved or closed), aged in whole days of the branch",
    BACKLOG_AT: "tickets created before the bucket's end and not resolved before it",
    ESCALATED_IN: "escalations that moved a ticket into the tier in the period",
    ESCALATED_OUT: "escalations that moved a ticket out of the tier in the period",
}
