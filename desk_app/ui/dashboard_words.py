"""The dashboard's figures in words: metric names, the values a breakdown is
by (channels, priorities, tiers, queues, people, age buckets), a figure's
value in the locale's digits, and the title of a drill-down ("Opened, Phone,
1–7 Dec 2026").

A metric or dimension this module does not know is named by a neutral word,
never by its key: a person never reads "first_response_pct".
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QLocale

from desk_app.services.metrics_types import Dimension, Drill, Figure, Period, Unit
from desk_app.services.ticket_detail import ReferenceData
from desk_app.ui import labels
from desk_app.ui.dashboard_period import bucket_text, period_text
from desk_app.ui.durations import span_text
from desk_app.ui.formatting import number
from desk_app.ui.labels import ui_language


# Metric keys of services.metrics_catalog and their names (one place for
# every screen: tiles, column headers, legends, drill-down titles), made once
# per language.
@lru_cache(maxsize=4)
def _metric_names(_language: str) -> dict[str, str]:
    return {
        "opened": QCoreApplication.translate("DashboardWords", "Opened"),
        "resolved": QCoreApplication.translate("DashboardWords", "Resolved"),
        "backlog": QCoreApplication.translate("DashboardWords", "Open now"),
        "backlog_at": QCoreApplication.translate("DashboardWords", "Open at the end of the day"),
        "fr_compliance": QCoreApplication.translate("DashboardWords", "First response on time"),
        "wr_compliance": QCoreApplication.translate("DashboardWords", "Written reply on time"),
        "nu_compliance": QCoreApplication.translate("DashboardWords", "Updates on time"),
        "res_compliance": QCoreApplication.translate("DashboardWords", "Resolved on time"),
        "fr_missed": QCoreApplication.translate("DashboardWords", "First responses late"),
        "wr_missed": QCoreApplication.translate("DashboardWords", "Written replies late"),
        "nu_missed": QCoreApplication.translate("DashboardWords", "Updates late"),
        "res_missed": QCoreApplication.translate("DashboardWords", "Resolved late"),
        "fcr_rate": QCoreApplication.translate("DashboardWords", "Resolved at first contact"),
        "fcr": QCoreApplication.translate("DashboardWords", "Resolved at first contact"),
        "reopen_rate": QCoreApplication.translate("DashboardWords", "Reopened"),
        "reopened": QCoreApplication.translate("DashboardWords", "Reopened"),
        "escalation_rate": QCoreApplication.translate("DashboardWords", "Escalated"),
        "escalated": QCoreApplication.translate("DashboardWords", "Escalated"),
        "escalated_in": QCoreApplication.translate("DashboardWords", "Escalated in"),
        "escalated_out": QCoreApplication.translate("DashboardWords", "Escalated out"),
        "tier0": QCoreApplication.translate("DashboardWords", "Solved by an article"),
        "satisfaction": QCoreApplication.translate("DashboardWords", "Satisfaction"),
        "not_asked": QCoreApplication.translate("DashboardWords", "Satisfaction not asked"),
        "sat_1": QCoreApplication.translate("DashboardWords", "Resolved"),
        "sat_2": QCoreApplication.translate("DashboardWords", "Resolved"),
        "sat_3": QCoreApplication.translate("DashboardWords", "Resolved"),
        "sat_4": QCoreApplication.translate("DashboardWords", "Resolved"),
        "sat_5": QCoreApplication.translate("DashboardWords", "Resolved"),
        "sat_none": QCoreApplication.translate("DashboardWords", "Satisfaction not asked"),
        "contacts": QCoreApplication.translate("DashboardWords", "Contacts"),
        "contact_time": QCoreApplication.translate("DashboardWords", "Time on contacts"),
        "frt_avg": QCoreApplication.translate("DashboardWords", "Average first response"),
    }


# Tables and trends by their keys.
@lru_cache(maxsize=4)
def _part_names(_language: str) -> dict[str, str]:
    return {
        "volume": QCoreApplication.translate("DashboardWords", "Opened and resolved"),
        "backlog": QCoreApplication.translate("DashboardWords", "Open tickets over the period"),
        "service_levels": QCoreApplication.translate("DashboardWords", "Service levels"),
        "by_channel": QCoreApplication.translate("DashboardWords", "By channel"),
        "by_category": QCoreApplication.translate("DashboardWords", "By category"),
        "by_priority": QCoreApplication.translate("DashboardWords", "By priority"),
        "by_tier": QCoreApplication.translate("DashboardWords", "By tier"),
        "by_queue": QCoreApplication.translate("DashboardWords", "By queue"),
        "by_branch": QCoreApplication.translate("DashboardWords", "By branch"),
        "by_agent": QCoreApplication.translate("DashboardWords", "By agent"),
        "backlog_by_age": QCoreApplication.translate("DashboardWords", "Open now, by age"),
        "backlog_by_queue": QCoreApplication.translate("DashboardWords", "Open now, by queue"),
        "backlog_by_tier": QCoreApplication.translate("DashboardWords", "Open now, by tier"),
        "backlog_by_branch": QCoreApplication.translate("DashboardWords", "Open now, by branch"),
        "agents": QCoreApplication.translate("DashboardWords", "Agents' workload"),
        "satisfaction": QCoreApplication.translate("DashboardWords", "Satisfaction scores"),
        "escalations_by_tier": QCoreApplication.translate("DashboardWords", "Escalations by tier"),
    }


@lru_cache(maxsize=4)
def _dimension_names(_language: str) -> dict[str, str]:
    return {
        Dimension.CHANNEL: QCoreApplication.translate("DashboardWords", "Channel"),
        Dimension.CATEGORY: QCoreApplication.translate("DashboardWords", "Category"),
        Dimension.PRIORITY: QCoreApplication.translate("DashboardWords", "Priority"),
        Dimension.TIER: QCoreApplication.translate("DashboardWords", "Tier"),
        Dimension.QUEUE: QCoreApplication.translate("DashboardWords", "Queue"),
        Dimension.BRANCH: QCoreApplication.translate("DashboardWords", "Branch"),
        Dimension.AGENT: QCoreApplication.translate("DashboardWords", "Agent"),
        Dimension.AGE: QCoreApplication.translate("DashboardWords", "Age"),
        Dimension.SATISFACTION: QCoreApplication.translate("DashboardWords", "Score"),
    }


@lru_cache(maxsize=4)
def _age_names(_language: str) -> dict[str, str]:
    return {
        "lt1": QCoreApplication.translate("DashboardWords", "< 1 day"),
        "1-3": QCoreApplication.translate("DashboardWords", "1–3 days"),
        "3-7": QCoreApplication.translate("DashboardWords", "3–7 days"),
        "7-30": QCoreApplication.translate("DashboardWords", "7–30 days"),
        "gt30": QCoreApplication.translate("DashboardWords", "> 30 days"),
    }


def metric_name(key: str) -> str:
    found = _metric_names(ui_language()).get(key)
    return found or QCoreApplication.translate("DashboardWords", "Figure")


def part_name(key: str) -> str:
    language = ui_language()
    found = _part_names(language).get(key) or _metric_names(language).get(key)
    return found or QCoreApplication.translate("DashboardWords", "Breakdown")


def dimension_name(dimension: str) -> str:
    found = _dimension_names(ui_language()).get(dimension)
    return found or QCoreApplication.translate("DashboardWords", "Breakdown")


def age_name(value: str) -> str:
    found = _age_names(ui_language()).get(value)
    if found is None:
        return value
    # The bucket's digits in the locale's: "١–٣ أيام".
    return "".join(QLocale().toString(int(c)) if c.isdigit() else c for c in found)


class Namer:
    """Names dimension values with the desk's reference data (queues, people
    and the branches the dashboard has read)."""

    def __init__(
        self,
        reference: ReferenceData,
        rtl: bool,
        branches: Mapping[str, str] | None = None,
    ) -> None:
        self.reference = reference
        self.rtl = rtl
        self.branches = dict(branches or {})

    def value(self, dimension: str, value: str) -> str:
        if dimension == Dimension.CHANNEL:
            return labels.channel_label(value)
        if dimension == Dimension.CATEGORY:
            return (
                labels.category_label(value)
                if value
                else QCoreApplication.translate("DashboardWords", "No category")
            )
        if dimension == Dimension.PRIORITY:
            return labels.priority_label(int(value)) if value.isdigit() else value
        if dimension == Dimension.TIER:
            return labels.tier_label(int(value)) if value.isdigit() else value
        if dimension == Dimension.QUEUE:
            if not value:
                return QCoreApplication.translate("DashboardWords", "In no queue")
            return self.reference.group_name(value, self.rtl) or QCoreApplication.translate(
                "DashboardWords", "Another queue"
            )
        if dimension == Dimension.AGENT:
            if not value:
                return QCoreApplication.translate("DashboardWords", "Unassigned")
            return self.reference.user_name(value, self.rtl) or QCoreApplication.translate(
                "DashboardWords", "Another agent"
            )
        if dimension == Dimension.BRANCH:
            return self.branches.get(value) or QCoreApplication.translate(
                "DashboardWords", "Another branch"
            )
        if dimension == Dimension.AGE:
            return age_name(value)
        if dimension == Dimension.SATISFACTION:
            return (
                number(int(value))
                if value.isdigit()
                else QCoreApplication.translate("DashboardWords", "Not asked")
            )
        return value

    def dims_text(self, drill: Drill) -> list[str]:
        """Each of a drill's narrowing values in words (a day as a date)."""
        words = []
        for dimension, value in drill.dims:
            if dimension == "today":
                continue  # the day an age is counted from: the title says "open now"
            if dimension in ("day", "week", "month", "bucket"):
                words.append(bucket_text(value, drill.period.bucket))
            else:
                words.append(self.value(dimension, value))
        return words

    def drill_title(self, figure: Figure, hijri: tuple[int, int] | None = None) -> str:
        """What a drill-down lists: "Opened, Phone, 1–7 Dec 2026"."""
        drill = figure.drill
        period: Period | None = drill.period if drill is not None else None
        parts = [metric_name(drill.metric if drill is not None else figure.key)]
        if drill is not None:
            parts.extend(self.dims_text(drill))
        if period is not None:
            parts.append(period_text(period, hijri))
        return QCoreApplication.translate("DashboardWords", ", ").join(parts)


def value_text(figure: Figure) -> str:
    """A figure's value as a tile or a cell shows it, in the locale's digits."""
    value = figure.value
    if value is None:
        return "—"
    if figure.unit is Unit.PERCENT:
        locale = QLocale()
        return locale.toString(float(value), "f", 0) + locale.percent()
    if figure.unit is Unit.SECONDS:
        return span_text(int(value) // 60)
    if figure.unit is Unit.SCORE:
        return QLocale().toString(float(value), "f", 1)
    return number(value)
