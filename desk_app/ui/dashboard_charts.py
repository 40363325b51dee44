"""The dashboard's charts (QtCharts, which ships with PySide6: no second
plotting library in the installer, and its charts print through the same
QPainter as the PDF report).

In Arabic a chart reads from the right: the categories run from the right, the
value axis stands on the right, the legend lists its entries from the right,
and every number (axis labels included) is written in the locale's digits.
A click on a bar lists the tickets behind it; the tables below the charts
hold the same figures for the keyboard.
"""

from __future__ import annotations

from datetime import date
from html import escape
from math import ceil, floor, log10

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtWidgets import QWidget

from desk_app.services.metrics_types import Bucket, Figure, Series, Table, Unit
from desk_app.ui.dashboard_period import bucket_text
from desk_app.ui.dashboard_words import Namer, metric_name, part_name

CROWDED = 10  # more bars than this and their labels are shortened or turned


def day_number(label: str) -> str:
    try:
        return QLocale().toString(date.fromisoformat(label).day)
    except ValueError:
        return label


def tick_step(high: float) -> float:
    """A round step (1, 2, 5, 10, 20, 50 …) giving about five ticks up to ``high``."""
    rough = max(high, 1.0) / 5
    magnitude = 10.0 ** floor(log10(rough))
    for factor in (1, 2, 5, 10):
        if factor * magnitude >= rough:
            return max(1.0, float(factor * magnitude))
    return max(1.0, 10.0 * magnitude)


class FigureChart(QChartView):
    """Bars, each standing for a figure; ``drilled`` carries the one clicked."""

    drilled = Signal(object)  # the Figure

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        self._chart = QChart()
        super().__init__(self._chart, parent)
        self.setObjectName(name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its figures are in the tables
        self.setMinimumHeight(200)
        self.bar_sets: list[tuple[QBarSet, tuple[Figure, ...]]] = []
        chart = self._chart
        chart.setMargins(QMargins(12, 4, 12, 4))  # room for the value axis's labels
        chart.setBackgroundRoundness(0)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setLocale(QLocale())
        chart.setLocalizeNumbers(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)

    @property
    def rtl(self) -> bool:
        # The application's direction: a graphics view keeps its own
        # left-to-right one for the scene.
        return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def plot(
        self, title: str, categories: list[str], sets: list[tuple[str, tuple[Figure, ...]]]
    ) -> None:
        chart = self._chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.bar_sets = []
        # Titles and labels are read as rich text: "< 1 day" would vanish as a tag.
        chart.setTitle(escape(title))
        categories = [escape(c) for c in categories]
        if self.rtl:
            # A category axis cannot be reversed (Qt ignores setReverse on
            # it): the categories and their bars are laid out from the right.
            categories = categories[::-1]
            sets = [(label, figures[::-1]) for label, figures in sets]
        series = QBarSeries()
        top = 0.0
        for label, figures in sets:
            bar_set = QBarSet(escape(label))
            for figure in figures:
                value = float(figure.value) if figure.value is not None else 0.0
                bar_set.append(value)
                top = max(top, value)
            bar_set.clicked.connect(lambda index, f=figures: self._clicked(f, index))
            series.append(bar_set)
            self.bar_sets.append((bar_set, figures))
        chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append(categories)
        y_axis = QValueAxis()
        percent = any(f.unit is Unit.PERCENT for _label, fs in sets for f in fs)
        high = 100.0 if percent else top
        step = tick_step(high)
        y_axis.setRange(0, max(step, high if percent else step * ceil(high / step)))
        # Whole numbers at whole steps; "%.0f" (not "%i") is what the chart
        # writes in the locale's digits.
        y_axis.setLabelFormat("%.0f")
        y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        y_axis.setTickAnchor(0)
        y_axis.setTickInterval(step)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(
            y_axis, Qt.AlignmentFlag.AlignRight if self.rtl else Qt.AlignmentFlag.AlignLeft
        )
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        legend = chart.legend()
        legend.setReverseMarkers(self.rtl)
        legend.setVisible(len(sets) > 1)

    def _clicked(self, figures: tuple[Figure, ...], index: int) -> None:
        if 0 <= index < len(figures) and figures[index].drill is not None:
            self.drilled.emit(figures[index])

    def click_bar(self, set_index: int, index: int) -> None:
        """What a click on a bar does (for the keyboard-free check in tests)."""
        bar_set, _figures = self.bar_sets[set_index]
        bar_set.clicked.emit(index)


def plot_series(view: FigureChart, series: Series) -> None:
    """A trend: a group of bars per day (or week, or month), a bar per line."""
    bucket = next(
        (f.drill.period.bucket for fs in series.values.values() for f in fs if f.drill),
        None,
    )
    cut = bucket or Bucket.DAY
    if cut is Bucket.DAY and len(series.labels) > CROWDED:
        # A month of days: the day's number (a period of days is at most 31
        # days long, so no number repeats).
        categories = [day_number(label) for label in series.labels]
    else:
        categories = [bucket_text(label, cut) for label in series.labels]
    sets = [(metric_name(key), figures) for key, figures in series.values.items()]
    view.plot(part_name(series.key), thinned(categories), sets)
    if len(categories) > CROWDED:
        # A label may not be wider than its bar's slot: a month's slots fit
        # two digits only in a smaller type.
        for axis in view.chart().axes(Qt.Orientation.Horizontal):
            font = axis.labelsFont()
            font.setPointSizeF(font.pointSizeF() * 0.8)
            axis.setLabelsFont(font)


def thinned(labels: list[str], most: int = CROWDED) -> list[str]:
    """At most about ``most`` labels shown, evenly, the first one kept: a cut
    label says nothing. The others are blanks, each a different run of
    zero-width spaces (an axis's categories must differ)."""
    if len(labels) <= most:
        return labels
    step = -(-len(labels) // most)
    return [text if i % step == 0 else "\u200b" * (i + 1) for i, text in enumerate(labels)]


def plot_table(view: FigureChart, table: Table, namer: Namer, column: int = 0) -> None:
    """One column of a breakdown: a bar per row (an age bucket, a channel …)."""
    categories = [namer.value(table.dimension, value) for value, _cells in table.rows]
    figures = tuple(cells[column] for _value, cells in table.rows if column < len(cells))
    name = metric_name(table.columns[column]) if column < len(table.columns) else ""
    title = QCoreApplication.translate("DashboardCharts", "{part}: {figure}").format(
        part=part_name(table.key), figure=name
    )
    view.plot(
        title if len(table.columns) > 1 else part_name(table.key), categories, [(name, figures)]
    )
