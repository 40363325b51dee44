"""A Dashboard's tiles, tables and trends as rows of plain cells: what the PDF
report prints and what the CSV and xlsx exports write, built once.

Words (a metric's title, a channel's or a queue's name) come from the caller,
who knows the reader's language; this module only arranges them. Cells keep
values, not formatted text: the PDF formats them in the reader's locale, the
exports write numbers that a spreadsheet can sum.

How a figure's value is kept in a cell, by unit:
* count: the integer;
* percent: 0..100 as a float (the xlsx writer turns it into a formatted
  fraction);
* seconds: minutes, as a float rounded to a tenth (an hour is 60.0): a
  spreadsheet reader thinks in minutes, not seconds;
* score: the average, rounded to hundredths.
A figure with no value (an empty denominator) is an empty cell, never 0.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

from desk_app.services.metrics_types import Dashboard, Dimension, Figure, Series, Table, Unit

CellValue = str | int | float | date | None


@dataclass(frozen=True)
class Cell:
    """One cell: ``unit`` is None for a label (a name or a date), else the
    unit of the figure the value came from."""

    value: CellValue
    unit: Unit | None = None

    @property
    def is_figure(self) -> bool:
        return self.unit is not None


@dataclass(frozen=True)
class Sheet:
    """One printable and exportable table: a title, its column headers and
    its rows, every row as long as the headers."""

    key: str
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


class ReportWords(Protocol):
    """The caller's words, in the reader's language."""

    def metric(self, key: str) -> str:
        """A metric's title ("Opened", "Resolution on time")."""
        ...

    def dimension(self, dimension: Dimension) -> str:
        """The header of a breakdown's first column ("Channel", "Queue")."""
        ...

    def value(self, dimension: Dimension, key: str) -> str:
        """A stored key in words ("Phone", a queue's name, "Nobody")."""
        ...

    def table(self, key: str, dimension: Dimension | None) -> str:
        """A table's or a trend's title."""
        ...

    def summary(self) -> str:
        """The title of the sheet of tiles."""
        ...

    def figure(self) -> str:
        """The header over the tiles' names."""
        ...

    def amount(self) -> str:
        """The header over the tiles' values."""
        ...

    def bucket(self) -> str:
        """The header over a trend's dates (the first day of each bucket)."""
        ...

    def with_unit(self, title: str, unit: Unit) -> str:
        """A header that says its unit where a bare number would not
        ("Resolution on time (%)", "First response (minutes)")."""
        ...


def cell_value(figure: Figure) -> CellValue:
    """A figure's value as a cell keeps it (see the module's docstring)."""
    value = figure.value
    if value is None:
        return None
    if figure.unit is Unit.COUNT:
        return int(value)
    if figure.unit is Unit.PERCENT:
        return round(float(value), 1)
    if figure.unit is Unit.SECONDS:
        return round(float(value) / 60, 1)
    return round(float(value), 2)


def figure_cell(figure: Figure) -> Cell:
    return Cell(cell_value(figure), figure.unit)


def _column_unit(figures: list[Figure]) -> Unit | None:
    units = {f.unit for f in figures}
    return units.pop() if len(units) == 1 else None


def _header(words: ReportWords, key: str, unit: Unit | None, units_in_headers: bool) -> str:
    title = words.metric(key)
    if units_in_headers and unit in (Unit.PERCENT, Unit.SECONDS):
        return words.with_unit(title, unit)
    return title


def tiles_sheet(dashboard: Dashboard, words: ReportWords, units_in_headers: bool) -> Sheet:
    rows = tuple(
        (Cell(_header(words, tile.key, tile.unit, units_in_headers)), figure_cell(tile))
        for tile in dashboard.tiles
    )
    return Sheet("summary", words.summary(), (words.figure(), words.amount()), rows)


def table_sheet(table: Table, words: ReportWords, units_in_headers: bool) -> Sheet:
    headers = [words.dimension(table.dimension)]
    for index, column in enumerate(table.columns):
        in_column = [cells[index] for _, cells in table.rows if index < len(cells)]
        headers.append(_header(words, column, _column_unit(in_column), units_in_headers))
    rows = []
    for value, cells in table.rows:
        row = [Cell(words.value(table.dimension, value))]
        row += [figure_cell(f) for f in cells[: len(table.columns)]]
        # A short row (a column the metric has no value for) still fills its width.
        row += [Cell(None)] * (len(headers) - len(row))
        rows.append(tuple(row))
    return Sheet(table.key, words.table(table.key, table.dimension), tuple(headers), tuple(rows))


def series_sheet(series: Series, words: ReportWords, units_in_headers: bool) -> Sheet:
    lines = list(series.values)
    headers = [words.bucket()]
    headers += [
        _header(words, line, _column_unit(list(series.values[line])), units_in_headers)
        for line in lines
    ]
    rows = []
    for index, label in enumerate(series.labels):
        row: list[Cell] = [Cell(bucket_date(label))]
        for line in lines:
            figures = series.values[line]
            row.append(figure_cell(figures[index]) if index < len(figures) else Cell(None))
        rows.append(tuple(row))
    return Sheet(series.key, words.table(series.key, None), tuple(headers), tuple(rows))


def bucket_date(label: str) -> CellValue:
    try:
        return date.fromisoformat(label)
    except ValueError:
        return label  # a label that is not a date is shown as it came


def dashboard_sheets(
    dashboard: Dashboard, words: ReportWords, units_in_headers: bool = True
) -> tuple[Sheet, ...]:
    """Every table of a dashboard, in the order a report prints them: the
    tiles, the trends, then the breakdowns. ``units_in_headers``: say a
    column's unit in its header (exports: a bare number there would not say
    it); a printed report shows units beside each value instead."""
    sheets = [tiles_sheet(dashboard, words, units_in_headers)] if dashboard.tiles else []
    sheets += [series_sheet(s, words, units_in_headers) for s in dashboard.series if s.labels]
    sheets += [table_sheet(t, words, units_in_headers) for t in dashboard.tables]
    return tuple(sheets)


def is_empty(dashboard: Dashboard) -> bool:
    """Nothing happened in the period: no ticket behind any tile, trend or
    table (a report then says so instead of printing zeros)."""
    figures: list[Figure] = list(dashboard.tiles)
    for series in dashboard.series:
        for line in series.values.values():
            figures += line
    for table in dashboard.tables:
        for _, cells in table.rows:
            figures += cells
    return all(f.count == 0 and not f.value for f in figures)
