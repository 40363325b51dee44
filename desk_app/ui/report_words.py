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

from desk_app.services.metrics_types import Dimension, Figure, Unit
from desk_app.services.report_tables import Cell, figure_cell
from desk_app.ui import labels
from desk_app.ui.dashboard_words import age_name, dimension_name, metric_name, part_name
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
    # The dashboard's own words (ui.dashboard_words): a figure is called the
    # same on screen, in the printed report and in an exported sheet.
    def metric(self, key: str) -> str:
        return metric_name(key)

    def dimension(self, dimension: Dimension) -> str:
        return dimension_name(dimension)

    def table(self, key: str, dimension: Dimension | None) -> str:
        return part_name(key)

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
        return age_name(key)

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
