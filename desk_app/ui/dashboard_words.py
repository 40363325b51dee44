"""The dashboard's figures in words: metric names, the values a breakdown is
by (channels, priorities, tiers, queues, people, age buckets), a figure's
value in the locale's digits, and the title of a drill-down ("Opened, Phone,
1–7 Dec 2026").

A metric or dimension this module does not know is named by a neutral word,
never by its key: a person never reads "first_response_pct".
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale

from desk_app.services.messages import QT_TRANSLATE_NOOP
from desk_app.services.metrics_types import Dimension, Drill, Figure, Period, Unit
from desk_app.services.ticket_detail import ReferenceData
from desk_app.ui import labels
from desk_app.ui.dashboard_period import bucket_text, period_text
from desk_app.ui.durations import span_text
from desk_app.ui.formatting import number

CONTEXT = "DashboardWords"

# Metric keys of services.metrics_catalog and their names (one place for
# every screen: tiles, column headers, legends, drill-down titles).
METRIC_NAMES: Mapping[str, str] = {
    "opened": QT_TRANSLATE_NOOP("DashboardWords", "Opened"),
    "resolved": QT_TRANSLATE_NOOP("DashboardWords", "Resolved"),
    "backlog": QT_TRANSLATE_NOOP("DashboardWords", "Open now"),
    "backlog_at": QT_TRANSLATE_NOOP("DashboardWords", "Open at the end of the day"),
    "fr_compliance": QT_TRANSLATE_NOOP("DashboardWords", "First response on time"),
    "wr_compliance": QT_TRANSLATE_NOOP("DashboardWords", "Written reply on time"),
    "nu_compliance": QT_TRANSLATE_NOOP("DashboardWords", "Updates on time"),
    "res_compliance": QT_TRANSLATE_NOOP("DashboardWords", "Resolved on time"),
    "fr_missed": QT_TRANSLATE_NOOP("DashboardWords", "First responses late"),
    "wr_missed": QT_TRANSLATE_NOOP("DashboardWords", "Written replies late"),
    "nu_missed": QT_TRANSLATE_NOOP("DashboardWords", "Updates late"),
    "res_missed": QT_TRANSLATE_NOOP("DashboardWords", "Resolved late"),
    "fcr_rate": QT_TRANSLATE_NOOP("DashboardWords", "Resolved at first contact"),
    "fcr": QT_TRANSLATE_NOOP("DashboardWords", "Resolved at first contact"),
    "reopen_rate": QT_TRANSLATE_NOOP("DashboardWords", "Reopened"),
    "reopened": QT_TRANSLATE_NOOP("DashboardWords", "Reopened"),
    "escalation_rate": QT_TRANSLATE_NOOP("DashboardWords", "Escalated"),
    "escalated": QT_TRANSLATE_NOOP("DashboardWords", "Escalated"),
    "escalated_in": QT_TRANSLATE_NOOP("DashboardWords", "Escalated in"),
    "escalated_out": QT_TRANSLATE_NOOP("DashboardWords", "Escalated out"),
    "tier0": QT_TRANSLATE_NOOP("DashboardWords", "Solved by an article"),
    "satisfaction": QT_TRANSLATE_NOOP("DashboardWords", "Satisfaction"),
    "not_asked": QT_TRANSLATE_NOOP("DashboardWords", "Satisfaction not asked"),
    "sat_1": QT_TRANSLATE_NOOP("DashboardWords", "Resolved"),
    "sat_2": QT_TRANSLATE_NOOP("DashboardWords", "Resolved"),
    "sat_3": QT_TRANSLATE_NOOP("DashboardWords", "Resolved"),
    "sat_4": QT_TRANSLATE_NOOP("DashboardWords", "Resolved"),
    "sat_5": QT_TRANSLATE_NOOP("DashboardWords", "Resolved"),
    "sat_none": QT_TRANSLATE_NOOP("DashboardWords", "Satisfaction not asked"),
    "contacts": QT_TRANSLATE_NOOP("DashboardWords", "Contacts"),
    "contact_time": QT_TRANSLATE_NOOP("DashboardWords", "Time on contacts"),
    "frt_avg": QT_TRANSLATE_NOOP("DashboardWords", "Average first response"),
}

# Tables and trends by their keys.
PART_NAMES: Mapping[str, str] = {
    "volume": QT_TRANSLATE_NOOP("DashboardWords", "Opened and resolved"),
    "backlog": QT_TRANSLATE_NOOP("DashboardWords", "Open tickets over the period"),
    "service_levels": QT_TRANSLATE_NOOP("DashboardWords", "Service levels"),
    "by_channel": QT_TRANSLATE_NOOP("DashboardWords", "By channel"),
    "by_category": QT_TRANSLATE_NOOP("DashboardWords", "By category"),
    "by_priority": QT_TRANSLATE_NOOP("DashboardWords", "By priority"),
    "by_tier": QT_TRANSLATE_NOOP("DashboardWords", "By tier"),
    "by_queue": QT_TRANSLATE_NOOP("DashboardWords", "By queue"),
    "by_branch": QT_TRANSLATE_NOOP("DashboardWords", "By branch"),
    "by_agent": QT_TRANSLATE_NOOP("DashboardWords", "By agent"),
    "backlog_by_age": QT_TRANSLATE_NOOP("DashboardWords", "Open now, by age"),
    "backlog_by_queue": QT_TRANSLATE_NOOP("DashboardWords", "Open now, by queue"),
    "backlog_by_tier": QT_TRANSLATE_NOOP("DashboardWords", "Open now, by tier"),
    "backlog_by_branch": QT_TRANSLATE_NOOP("DashboardWords", "Open now, by branch"),
    "agents": QT_TRANSLATE_NOOP("DashboardWords", "Agents' workload"),
    "satisfaction": QT_TRANSLATE_NOOP("DashboardWords", "Satisfaction scores"),
    "escalations_by_tier": QT_TRANSLATE_NOOP("DashboardWords", "Escalations by tier"),
}

DIMENSION_NAMES: Mapping[str, str] = {
    Dimension.CHANNEL: QT_TRANSLATE_NOOP("DashboardWords", "Channel"),
    Dimension.CATEGORY: QT_TRANSLATE_NOOP("DashboardWords", "Category"),
    Dimension.PRIORITY: QT_TRANSLATE_NOOP("DashboardWords", "Priority"),
    Dimension.TIER: QT_TRANSLATE_NOOP("DashboardWords", "Tier"),
    Dimension.QUEUE: QT_TRANSLATE_NOOP("DashboardWords", "Queue"),
    Dimension.BRANCH: QT_TRANSLATE_NOOP("DashboardWords", "Branch"),
    Dimension.AGENT: QT_TRANSLATE_NOOP("DashboardWords", "Agent"),
    Dimension.AGE: QT_TRANSLATE_NOOP("DashboardWords", "Age"),
    Dimension.SATISFACTION: QT_TRANSLATE_NOOP("DashboardWords", "Score"),
}

AGE_NAMES: Mapping[str, str] = {
    "lt1": QT_TRANSLATE_NOOP("DashboardWords", "< 1 day"),
    "1-3": QT_TRANSLATE_NOOP("DashboardWords", "1–3 days"),
    "3-7": QT_TRANSLATE_NOOP("DashboardWords", "3–7 days"),
    "7-30": QT_TRANSLATE_NOOP("DashboardWords", "7–30 days"),
    "gt30": QT_TRANSLATE_NOOP("DashboardWords", "> 30 days"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def metric_name(key: str) -> str:
    found = METRIC_NAMES.get(key)
    return _tr(found) if found else QCoreApplication.translate("DashboardWords", "Figure")


def part_name(key: str) -> str:
    found = PART_NAMES.get(key) or METRIC_NAMES.get(key)
    return _tr(found) if found else QCoreApplication.translate("DashboardWords", "Breakdown")


def dimension_name(dimension: str) -> str:
    found = DIMENSION_NAMES.get(dimension)
    return _tr(found) if found else QCoreApplication.translate("DashboardWords", "Breakdown")


def _age_name(value: str) -> str:
    found = AGE_NAMES.get(value)
    if found is None:
        return value
    # The bucket's digits in the locale's: "١–٣ أيام".
    text = _tr(found)
    return "".join(QLocale().toString(int(c)) if c.isdigit() else c for c in text)


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
            return _age_name(value)
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
