"""The supervisor's printable report: a period's figures on A4 pages through
Qt's own PDF writer.

Two steps, so the slow one can run off the GUI thread:
* ``report_pages`` (GUI thread, quick): every word chosen and every number
  formatted in the reader's language, the charts drawn into images;
* ``pdf_bytes`` / ``write_pdf`` (any thread): the pages laid out with a
  QTextDocument and painted into a QPdfWriter at 300 dpi.

Arabic is shaped by Qt (HarfBuzz) and the fonts are embedded. Each paragraph
runs by its own first strong letter (a Latin branch name in an Arabic
report keeps its order) and aligns to the report's leading edge. Qt lays a
table's columns out left to right whatever its direction, so in a
right-to-left report the columns are inserted in mirror order: the first
column stands on the right and is read first. A table that runs over a page
repeats its header row. Every page ends with "page N of M" in the locale's
digits; the pages after the first carry the report's title and branch.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QIODevice,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextImageFormat,
    QTextLength,
    QTextTableFormat,
)

from desk_app.services.export_files import replace_file
from desk_app.services.metrics_types import Dashboard
from desk_app.services.report_tables import Sheet, dashboard_sheets, is_empty
from desk_app.ui.report_charts import chart_image, series_chart, table_chart
from desk_app.ui.report_words import ReportText

DPI = 300
MARGIN_MM = 16
BODY_PT = 9.5
HEADING_COLOUR = QColor("#1f3f6b")
RULE_COLOUR = QColor("#9aa7b8")
TILE_BACKGROUND = QColor("#eef2f7")
HEADER_BACKGROUND = QColor("#dde4ee")
TILES_PER_ROW = 3
FIGURES_PER_TABLE = 6  # columns of figures beside the names that fit a page's width
WIDE_TABLE = 5  # columns: a wider table is printed smaller
WIDE_PT = 8.0
CHART_HEIGHT = 250.0  # 96-dpi units: a third of the page's height at most
DOCUMENT_UNITS_PER_INCH = 96  # images in a text document are sized in these


@dataclass(frozen=True)
class PrintedTable:
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[bool, ...]  # per column: centred figures, or a name


@dataclass(frozen=True)
class ReportPages:
    """Everything a report prints, words chosen and numbers formatted."""

    rtl: bool
    locale_name: str  # the page numbers' digits
    branch: str
    subtitle: str
    title: str
    period_lines: tuple[str, ...]
    printed_at: str
    empty_note: str  # "" when the period had tickets
    tiles: tuple[tuple[str, str], ...]  # (title, value)
    charts: tuple[QImage, ...]
    tables: tuple[PrintedTable, ...]
    page_words: str  # "Page {page} of {pages}"
    running_head: str  # on every page after the first


def printed_tables(sheet: Sheet, words: ReportText) -> list[PrintedTable]:
    """A sheet as printed tables: one with more figures than a page's width
    holds is cut into parts of a few columns, each with the names' column
    again and the same title."""
    rows = tuple(tuple(words.shown(cell) for cell in row) for row in sheet.rows)
    figures = list(range(1, len(sheet.headers)))
    parts = [figures[i : i + FIGURES_PER_TABLE] for i in range(0, len(figures), FIGURES_PER_TABLE)]
    tables = []
    for part in parts or [[]]:
        columns = [0, *part]
        tables.append(
            PrintedTable(
                sheet.title,
                tuple(sheet.headers[c] for c in columns),
                tuple(tuple(row[c] for c in columns) for row in rows),
                tuple(c > 0 for c in columns),
            )
        )
    return tables


def chart_width() -> float:
    """The body's width in the document's 96-dpi units."""
    page = QPageSize(QPageSize.PageSizeId.A4).size(QPageSize.Unit.Inch)
    inches = page.width() - 2 * MARGIN_MM / 25.4
    return inches * DOCUMENT_UNITS_PER_INCH


def report_pages(
    dashboard: Dashboard,
    words: ReportText,
    *,
    rtl: bool,
    branch: str,
    subtitle: str,
    title: str,
    period_lines: tuple[str, ...],
    printed_at: str,
    empty_note: str,
    page_words: str,
) -> ReportPages:
    """Build on the GUI thread (charts are drawn here); print anywhere."""
    empty = is_empty(dashboard)
    sheets = dashboard_sheets(dashboard, words, units_in_headers=False)
    tiles = tuple((words.metric(t.key), words.figure_text(t)) for t in dashboard.tiles)
    charts: list[QImage] = []
    tables: list[PrintedTable] = []
    if not empty:
        size = QSizeF(chart_width(), CHART_HEIGHT)
        for series in dashboard.series:
            if series.labels:
                charts.append(
                    chart_image(series_chart(series, words, rtl, dashboard.period.bucket), size)
                )
        for table in dashboard.tables:
            chart = table_chart(table, words, rtl)
            if chart is not None:
                charts.append(chart_image(chart, size))
        # The tiles are printed as tiles and the trends as charts, not again
        # as tables (the exports hold them as tables).
        trends = {s.key for s in dashboard.series}
        for sheet in sheets:
            if sheet.key != "summary" and sheet.key not in trends and sheet.rows:
                tables += printed_tables(sheet, words)
    return ReportPages(
        rtl=rtl,
        locale_name=QLocale().name(),
        branch=branch,
        subtitle=subtitle,
        title=title,
        period_lines=period_lines,
        printed_at=printed_at,
        empty_note=empty_note if empty else "",
        tiles=tiles,
        charts=tuple(charts),
        tables=tuple(tables),
        page_words=page_words,
        running_head=f"{title} — {branch}",
    )


# -- laying out ----------------------------------------------------------------
def own_direction(text: str, fallback: Qt.LayoutDirection) -> Qt.LayoutDirection:
    """A paragraph's direction: its first strong letter's."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return fallback


class _Composer:
    def __init__(self, pages: ReportPages, document: QTextDocument) -> None:
        self.pages = pages
        self.document = document
        self.cursor = QTextCursor(document)
        self.direction = (
            Qt.LayoutDirection.RightToLeft if pages.rtl else Qt.LayoutDirection.LeftToRight
        )
        # The report's leading edge, whatever a paragraph's own direction.
        self.leading = Qt.AlignmentFlag.AlignAbsolute | (
            Qt.AlignmentFlag.AlignRight if pages.rtl else Qt.AlignmentFlag.AlignLeft
        )
        self._first = True

    def block(
        self, alignment: Qt.AlignmentFlag | None = None, text: str = "", space: float = 0
    ) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setLayoutDirection(own_direction(text, self.direction))
        fmt.setAlignment(alignment if alignment is not None else self.leading)
        fmt.setTopMargin(space)
        return fmt

    def paragraph(
        self,
        text: str,
        size: float = BODY_PT,
        bold: bool = False,
        colour: QColor | None = None,
        space: float = 0,
    ) -> None:
        fmt = self.block(text=text, space=space)
        if self._first:
            self.cursor.setBlockFormat(fmt)
            self._first = False
        else:
            self.cursor.insertBlock(fmt)
        self.cursor.insertText(text, self.char(size, bold, colour))

    @staticmethod
    def char(
        size: float = BODY_PT, bold: bool = False, colour: QColor | None = None
    ) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFontPointSize(size)
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        if colour is not None:
            fmt.setForeground(QBrush(colour))
        return fmt

    def rule(self) -> None:
        """A line across the page (as HTML's <hr> makes one)."""
        fmt = self.block(space=4)
        fmt.setProperty(
            QTextFormat.Property.BlockTrailingHorizontalRulerWidth,
            QTextLength(QTextLength.Type.PercentageLength, 100),
        )
        self.cursor.insertBlock(fmt)
        fmt.setBottomMargin(6)

    def _columns(self, count: int) -> list[int]:
        """Logical column i sits in visual column ``order[i]`` (mirrored
        in a right-to-left report)."""
        return [count - 1 - i for i in range(count)] if self.pages.rtl else list(range(count))

    def _table_format(self, header_rows: int, border: float) -> QTextTableFormat:
        fmt = QTextTableFormat()
        fmt.setHeaderRowCount(header_rows)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setBorder(border)
        fmt.setBorderBrush(QBrush(RULE_COLOUR))
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setBorderCollapse(True)
        fmt.setCellPadding(4)
        fmt.setCellSpacing(0)
        fmt.setTopMargin(6)
        fmt.setBottomMargin(6)
        return fmt

    def _fill(
        self,
        table: object,
        row: int,
        column: int,
        text: str,
        alignment: Qt.AlignmentFlag,
        char: QTextCharFormat,
    ) -> None:
        cell = table.cellAt(row, column)  # type: ignore[attr-defined]
        cursor = cell.firstCursorPosition()
        cursor.setBlockFormat(self.block(alignment, text))
        cursor.insertText(text, char)

    def tiles(self) -> None:
        tiles = self.pages.tiles
        if not tiles:
            return
        rows = -(-len(tiles) // TILES_PER_ROW)
        table = self.cursor.insertTable(rows, TILES_PER_ROW, self._table_format(0, 0))
        order = self._columns(TILES_PER_ROW)
        centre = Qt.AlignmentFlag.AlignHCenter
        for index, (name, value) in enumerate(tiles):
            row, column = divmod(index, TILES_PER_ROW)
            cell = table.cellAt(row, order[column])
            fmt = cell.format()
            fmt.setBackground(QBrush(TILE_BACKGROUND))
            cell.setFormat(fmt)
            cursor = cell.firstCursorPosition()
            cursor.setBlockFormat(self.block(centre, value))
            cursor.insertText(value, self.char(16, bold=True, colour=HEADING_COLOUR))
            cursor.insertBlock(self.block(centre, name))
            cursor.insertText(name, self.char(8.5))
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def image(self, name: str, image: QImage) -> None:
        self.document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        ratio = image.devicePixelRatio() or 1.0
        fmt = QTextImageFormat()
        fmt.setName(name)
        fmt.setWidth(image.width() / ratio)
        fmt.setHeight(image.height() / ratio)
        self.cursor.insertBlock(self.block(Qt.AlignmentFlag.AlignHCenter, space=8))
        self.cursor.insertImage(fmt)

    def table(self, printed: PrintedTable) -> None:
        """A titled table. The title is the first header row (spanning the
        table), so it never stands alone at the foot of a page and is
        repeated, with the column headers, on every page the table runs to."""
        columns = len(printed.headers)
        fmt = self._table_format(2, 0.5)
        fmt.setTopMargin(14)
        wide = columns > WIDE_TABLE
        size = WIDE_PT if wide else BODY_PT
        if columns > 1:
            # The names' column wider than the figures' (mirrored in right to left).
            first = 25.0 if wide else 34.0
            rest = (100.0 - first) / (columns - 1)
            widths = [first] + [rest] * (columns - 1)
            if self.pages.rtl:
                widths.reverse()
            fmt.setColumnWidthConstraints(
                [QTextLength(QTextLength.Type.PercentageLength, w) for w in widths]
            )
        table = self.cursor.insertTable(2 + len(printed.rows), columns, fmt)
        table.mergeCells(0, 0, 1, columns)
        self._fill(
            table,
            0,
            0,
            printed.title,
            self.leading,
            self.char(11, bold=True, colour=HEADING_COLOUR),
        )
        order = self._columns(columns)
        centre = Qt.AlignmentFlag.AlignHCenter
        head = self.char(size, bold=True)
        body = self.char(size)
        for i, header in enumerate(printed.headers):
            cell = table.cellAt(1, order[i])
            cell_format = cell.format()
            cell_format.setBackground(QBrush(HEADER_BACKGROUND))
            cell.setFormat(cell_format)
            alignment = centre if printed.numeric[i] else self.leading
            self._fill(table, 1, order[i], header, alignment, head)
        for r, row in enumerate(printed.rows, start=2):
            for i, text in enumerate(row):
                alignment = centre if printed.numeric[i] else self.leading
                self._fill(table, r, order[i], text, alignment, body)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def compose(self) -> None:
        # One edit block: the document is laid out once at the end, not
        # again after every cell (which made a long table take seconds).
        self.cursor.beginEditBlock()
        try:
            self._compose()
        finally:
            self.cursor.endEditBlock()

    def _compose(self) -> None:
        p = self.pages
        self.paragraph(p.branch, 16, bold=True, colour=HEADING_COLOUR)
        if p.subtitle:
            self.paragraph(p.subtitle, 9, colour=RULE_COLOUR.darker(150))
        self.rule()
        self.paragraph(p.title, 18, bold=True)
        for line in p.period_lines:
            self.paragraph(line, 10.5, space=2)
        self.paragraph(p.printed_at, 8, colour=RULE_COLOUR.darker(150), space=2)
        if p.empty_note:
            self.paragraph(p.empty_note, 12, bold=True, colour=HEADING_COLOUR, space=18)
        self.cursor.insertBlock(self.block(space=10))
        self.tiles()
        for index, image in enumerate(p.charts):
            self.image(f"chart:{index}", image)
        for printed in p.tables:
            self.table(printed)


def _text_block(pages: ReportPages, text: str, width: float, device: QPdfWriter) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)
    document.setTextWidth(width)
    composer = _Composer(pages, document)
    composer.paragraph(text, 8, colour=RULE_COLOUR.darker(170))
    return document


def pdf_bytes(pages: ReportPages) -> bytes:
    """The report as a PDF file's bytes (runs on any thread)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setTitle(pages.running_head)
    writer.setCreator("Maktab")
    page = writer.pageLayout().fullRectPixels(DPI)
    margin = MARGIN_MM / 25.4 * DPI
    head_room = 0.45 * margin  # the running head and the footer sit in the margins
    body = QRectF(margin, margin, page.width() - 2 * margin, page.height() - 2 * margin - head_room)

    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    font = QFont()
    font.setPointSizeF(BODY_PT)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setPageSize(body.size())
    _Composer(pages, document).compose()
    count = document.pageCount()
    locale = QLocale(pages.locale_name)

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("the PDF writer could not start")
    try:
        for index in range(count):
            if index:
                writer.newPage()
            painter.save()
            painter.translate(body.left(), body.top() - index * body.height())
            document.drawContents(
                painter, QRectF(0, index * body.height(), body.width(), body.height())
            )
            painter.restore()
            footer = pages.page_words.format(
                page=locale.toString(index + 1), pages=locale.toString(count)
            )
            _decorate(painter, pages, writer, body, footer, running=index > 0, margin=margin)
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data().data())


def _decorate(
    painter: QPainter,
    pages: ReportPages,
    writer: QPdfWriter,
    body: QRectF,
    footer: str,
    running: bool,
    margin: float,
) -> None:
    rule_y = body.bottom() + 0.25 * margin
    painter.setPen(QPen(RULE_COLOUR, 2))
    painter.drawLine(QPointF(body.left(), rule_y), QPointF(body.right(), rule_y))
    foot = _text_block(pages, footer, body.width(), writer)
    painter.save()
    painter.translate(body.left(), rule_y + 12)
    foot.drawContents(painter)
    painter.restore()
    if running:
        head = _text_block(pages, pages.running_head, body.width(), writer)
        painter.save()
        painter.translate(body.left(), margin * 0.45)
        head.drawContents(painter)
        painter.restore()


def write_pdf(path: Path, pages: ReportPages) -> Path:
    """Write the report to ``path``; an earlier file of that name is
    replaced only once the new one is complete."""
    replace_file(path, pdf_bytes(pages))
    return path
