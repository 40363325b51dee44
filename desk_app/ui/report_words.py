"""The report's words in the reader's language: metric titles, dimension
headers, dimension values by name, and figures formatted as the locale
writes them. The printed report, the exports and the saved-report menu read
them from here, so a figure has one name everywhere.

A metric key the table below does not know (a metric added later) is shown
as "Other figure", never as its internal name.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QDate, QLocale, QObject

from desk_app.services.metrics_types import AGE_BUCKETS, Dimension, Figure, Unit
from desk_app.services.report_tables import Cell, figure_cell
from desk_app.ui import labels
from desk_app.ui.durations import span_text
from desk_app.ui.formatting import number


class ReportText(QObject):
    """Implements services.report_tables.ReportWords with ``self.tr``.

    ``names`` gives the people, queues and branches the report may name, by
    id, already in the reader's language (the caller has the directory)."""

    def __init__(
        self,
        names: Mapping[Dimension, Mapping[str, str]] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._names = names or {}

    # -- titles -------------------------------------------------------------
    def metric(self, key: str) -> str:
        # Keys as services.metrics names them.
        titles = {
            "opened": self.tr("Opened"),
            "resolved": self.tr("Resolved"),
            "backlog": self.tr("Open now"),
            "backlog_at": self.tr("Open at the end"),
            "fr_compliance": self.tr("First response on time"),
            "fr_missed": self.tr("First responses late"),
            "wr_compliance": self.tr("Written reply within 48 hours"),
            "wr_missed": self.tr("Written replies late"),
            "nu_compliance": self.tr("Updates on time"),
            "nu_missed": self.tr("Updates late"),
            "res_compliance": self.tr("Resolved on time"),
            "res_missed": self.tr("Resolved late"),
            "fcr_rate": self.tr("Resolved at first contact"),
            "fcr": self.tr("Resolved at first contact"),
            "reopen_rate": self.tr("Reopened"),
            "reopened": self.tr("Reopened"),
            "escalation_rate": self.tr("Escalated"),
            "escalated": self.tr("Escalated"),
            "escalated_in": self.tr("Escalations in"),
            "escalated_out": self.tr("Escalations out"),
            "tier0": self.tr("Solved by an article"),
            "satisfaction": self.tr("Satisfaction"),
            "not_asked": self.tr("Satisfaction not asked"),
            "sat_none": self.tr("Satisfaction not asked"),
            "frt_avg": self.tr("Average first response"),
            "contacts": self.tr("Contacts"),
            "contact_time": self.tr("Time on contacts"),
        }
        return titles.get(key, self.tr("Other figure"))

    def dimension(self, dimension: Dimension) -> str:
        return {
            Dimension.CHANNEL: self.tr("Channel"),
            Dimension.CATEGORY: self.tr("Category"),
            Dimension.PRIORITY: self.tr("Priority"),
            Dimension.TIER: self.tr("Tier"),
            Dimension.QUEUE: self.tr("Queue"),
            Dimension.BRANCH: self.tr("Branch"),
            Dimension.AGENT: self.tr("Agent"),
            Dimension.AGE: self.tr("Age"),
            Dimension.SATISFACTION: self.tr("Rating"),
        }[dimension]

    def table(self, key: str, dimension: Dimension | None) -> str:
        titles = {
            "volume": self.tr("Opened and resolved"),
            "backlog": self.tr("Open tickets over the period"),
            "service_levels": self.tr("Service levels over the period"),
            "backlog_by_age": self.tr("Open now, by age"),
            "backlog_by_queue": self.tr("Open now, by queue"),
            "backlog_by_tier": self.tr("Open now, by tier"),
            "backlog_by_branch": self.tr("Open now, by branch"),
            "agents": self.tr("Agents' workload"),
            "satisfaction": self.tr("Satisfaction ratings"),
            "escalations_by_tier": self.tr("Escalations by tier"),
        }
        if key in titles:
            return titles[key]
        if dimension is None:
            return self.tr("Over the period")
        return self.tr("By {dimension}").format(dimension=self.dimension(dimension).lower())

    def summary(self) -> str:
        return self.tr("Summary")

    def figure(self) -> str:
        return self.tr("Figure")

    def amount(self) -> str:
        return self.tr("Value")

    def bucket(self) -> str:
        return self.tr("From")

    def with_unit(self, title: str, unit: Unit) -> str:
        if unit is Unit.PERCENT:
            return self.tr("{title} (%)").format(title=title)
        if unit is Unit.SECONDS:
            return self.tr("{title} (minutes)").format(title=title)
        return title

    # -- values ------------------------------------------------------------
    def value(self, dimension: Dimension, key: str) -> str:
        if dimension is Dimension.CHANNEL:
            return labels.channel_label(key) if key else self.tr("No channel")
        if dimension is Dimension.CATEGORY:
            return labels.category_label(key)
        if dimension is Dimension.PRIORITY:
            return labels.priority_label(int(key)) if key.isdigit() else self.tr("No priority")
        if dimension is Dimension.TIER:
            return labels.tier_label(int(key)) if key.isdigit() else self.tr("No tier")
        if dimension is Dimension.AGE:
            return self.age(key)
        if dimension is Dimension.SATISFACTION:
            return number(int(key)) if key.isdigit() else self.tr("Not asked")
        named = self._names.get(dimension, {}).get(key)
        if named:
            return named
        if dimension is Dimension.AGENT:
            return self.tr("Unassigned") if not key else self.tr("A former colleague")
        if dimension is Dimension.QUEUE:
            return self.tr("In no queue") if not key else self.tr("A removed queue")
        return self.tr("Another branch")

    def age(self, key: str) -> str:
        for bucket, low, high in AGE_BUCKETS:
            if bucket != key:
                continue
            if low == 0 and high == 1:
                return self.tr("Under a day")
            if low == 0 and high is not None:
                return self.tr("Under {high} days").format(high=number(high))
            if high is None:
                return self.tr("Over {low} days").format(low=number(low))
            return self.tr("{low} to {high} days").format(low=number(low), high=number(high))
        return self.tr("Other age")

    # -- formatting -----------------------------------------------------------
    def shown(self, cell: Cell) -> str:
        """A cell as the printed report shows it, in the locale's digits."""
        value = cell.value
        if value is None:
            return "—"
        if isinstance(value, date):
            return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM")
        if isinstance(value, str):
            return value
        if cell.unit is Unit.PERCENT:
            return self.tr("{value}%").format(value=QLocale().toString(float(value), "f", 1))
        if cell.unit is Unit.SECONDS:
            return span_text(round(float(value)))  # cells keep minutes
        if cell.unit is Unit.SCORE:
            return QLocale().toString(float(value), "f", 2)
        return number(value)

    def figure_text(self, figure: Figure) -> str:
        return self.shown(figure_cell(figure))
