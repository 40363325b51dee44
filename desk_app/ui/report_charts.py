"""The report's charts: QtCharts drawn into images the printed page holds.

A chart is laid out at the page's width in 96-dpi units (the unit the text
document's images are measured in) and drawn at three times that, so it
prints sharp at 300 dpi. No widget is made: the chart lives in a graphics
scene of its own, rendered straight into the image.

Right to left for an Arabic reader: the time axis runs from the right, the
value axis stands on the right, the legend reads from the right, and every
number is in the locale's digits.
"""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from PySide6.QtCharts import (
    QAbstractSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QLocale, QMargins, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene

from desk_app.services.metrics_types import Bucket, Dimension, Series, Table, Unit
from desk_app.services.report_tables import bucket_date, figure_cell
from desk_app.ui.report_words import ReportText

# Colours that stay apart in print and for the colour-blind (blue, orange,
# green, purple), then repeat.
PALETTE = ("#1f5fa8", "#d9822b", "#2e8540", "#7a4fa3")
T = TypeVar("T")
MAX_LABELS = 16  # bucket labels an axis the page's width holds
MAX_DAY_LABELS = 31
SHARPNESS = 3.0  # device pixels per 96-dpi unit: 288 dpi, what the page prints at
# Breakdowns worth a picture: a few values each, all counts.
CHARTED_DIMENSIONS = (Dimension.AGE, Dimension.CHANNEL, Dimension.PRIORITY, Dimension.TIER)


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _new_chart(title: str, rtl: bool) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setTitleFont(_font(10, bold=True))
    chart.setLocale(QLocale())
    chart.setLocalizeNumbers(True)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    legend = chart.legend()
    legend.setFont(_font(8))
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _axes(
    chart: QChart,
    categories: list[str],
    series: list[QAbstractSeries],
    unit: Unit,
    rtl: bool,
    top: float,
) -> None:
    x = QBarCategoryAxis()
    x.append(categories)
    x.setLabelsFont(_font(7.5))
    y = QValueAxis()
    y.setLabelsFont(_font(7.5))
    y.setLabelFormat("%.0f")
    y.setRange(0, 100 if unit is Unit.PERCENT else max(top * 1.1, 1))
    y.applyNiceNumbers()
    y.setGridLinePen(QPen(QColor("#d0d0d0")))
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
    for s in series:
        s.attachAxis(x)
        s.attachAxis(y)


def bucket_labels(labels: tuple[str, ...], bucket: Bucket) -> list[str]:
    """Short axis labels: the day's number within one month, the week's
    first day, the month's name (with its year when the years differ)."""
    days = [bucket_date(label) for label in labels]
    if not all(isinstance(d, date) for d in days):
        return list(labels)
    dated = [d for d in days if isinstance(d, date)]
    locale = QLocale()
    if bucket is Bucket.MONTH:
        form = "MMM" if len({d.year for d in dated}) == 1 else "MMM yyyy"
    elif bucket is Bucket.DAY and len({(d.year, d.month) for d in dated}) == 1:
        form = "d"
    else:
        form = "d MMM"
    shown = [locale.toString(QDate(d.year, d.month, d.day), form) for d in dated]
    # A day's number is short: a month of them fits the axis.
    if len(shown) > (MAX_DAY_LABELS if form == "d" else MAX_LABELS):
        # Every few buckets named; each blank a different width, as the
        # axis needs its categories unique.
        step = -(-len(shown) // MAX_LABELS)
        shown = [t if i % step == 0 else _blank(i) for i, t in enumerate(shown)]
    return shown


def _blank(index: int) -> str:
    """An unseen label, different for each index (a few zero-width characters)."""
    marks = "\u200b\u200c\u200d\u2060"
    text = ""
    while True:
        index, digit = divmod(index, len(marks))
        text += marks[digit]
        if not index:
            return text


def _mirrored(items: list[T], rtl: bool) -> list[T]:
    """Right to left, the first bucket or value stands on the right: the
    data is laid out in mirror order (an axis reversed by QtCharts moves its
    labels but not the bars on it)."""
    return items[::-1] if rtl else items


def series_chart(series: Series, words: ReportText, rtl: bool, bucket: Bucket) -> QChart:
    """Counts as bars side by side, rates and durations as lines."""
    lines = list(series.values)
    units = {f.unit for line in series.values.values() for f in line}
    unit = units.pop() if len(units) == 1 else Unit.COUNT
    categories = _mirrored(bucket_labels(series.labels, bucket), rtl)
    chart = _new_chart(words.table(series.key, None), rtl)
    shown: list[QAbstractSeries] = []
    top = 0.0
    if unit is Unit.COUNT:
        bars = QBarSeries()
        for index, line in enumerate(lines):
            bar_set = QBarSet(words.metric(line))
            bar_set.setColor(QColor(PALETTE[index % len(PALETTE)]))
            bar_set.setBorderColor(QColor(PALETTE[index % len(PALETTE)]))
            for figure in _mirrored(list(series.values[line]), rtl):
                value = float(figure.value or 0)
                bar_set.append(value)
                top = max(top, value)
            bars.append(bar_set)
        chart.addSeries(bars)
        shown.append(bars)
    else:
        for index, line in enumerate(lines):
            curve = QLineSeries()
            curve.setName(words.metric(line))
            curve.setPen(QPen(QColor(PALETTE[index % len(PALETTE)]), 2))
            for position, figure in enumerate(_mirrored(list(series.values[line]), rtl)):
                point = figure_cell(figure).value
                if isinstance(point, int | float):
                    curve.append(position, float(point))
                    top = max(top, float(point))
            chart.addSeries(curve)
            shown.append(curve)
    _axes(chart, categories, shown, unit, rtl, top)
    return chart


def table_chart(table: Table, words: ReportText, rtl: bool) -> QChart | None:
    """A breakdown's first count column as bars, one per value; None for a
    breakdown that does not make a picture (many values, no counts)."""
    if table.dimension not in CHARTED_DIMENSIONS or not table.rows:
        return None
    column = next(
        (
            i
            for i in range(len(table.columns))
            if all(i < len(cells) and cells[i].unit is Unit.COUNT for _, cells in table.rows)
        ),
        None,
    )
    if column is None:
        return None
    title = words.table(table.key, table.dimension)
    chart = _new_chart(title, rtl)
    bar_set = QBarSet(words.metric(table.columns[column]))
    bar_set.setColor(QColor(PALETTE[0]))
    top = 0.0
    rows = _mirrored(list(table.rows), rtl)
    for _, cells in rows:
        value = float(cells[column].value or 0)
        bar_set.append(value)
        top = max(top, value)
    bars = QBarSeries()
    bars.append(bar_set)
    chart.addSeries(bars)
    chart.legend().hide()
    categories = [words.value(table.dimension, value) for value, _ in rows]
    _axes(chart, categories, [bars], Unit.COUNT, rtl, top)
    return chart


def chart_image(chart: QChart, size: QSizeF) -> QImage:
    """``chart`` drawn at ``size`` (96-dpi units), SHARPNESS times as dense."""
    scene = QGraphicsScene()
    scene.addItem(chart)  # the scene owns the chart from here and deletes it
    chart.setGeometry(QRectF(0, 0, size.width(), size.height()))
    image = QImage(
        round(size.width() * SHARPNESS),
        round(size.height() * SHARPNESS),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(SHARPNESS)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    area = QRectF(0, 0, size.width(), size.height())
    scene.render(painter, area, area)
    painter.end()
    return image
