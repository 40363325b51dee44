"""The supervisor's printable report: a period's figures on A4 pages through
Qt's own PDF writer.

Two steps, so the slow one can run off the GUI thread:
* ``report_pages`` (GUI thread, quick): every word chosen and every number
  formatted in the reader's language, the charts drawn into images;
* ``pdf_bytes`` / ``write_pdf`` (any thread): the pages laid out with a
  QTextDocument and painted into a QPdfWriter at 300 dpi.

Arabic is shaped by Qt (HarfBuzz) and the fonts are embedded; the layout
itself (directions, mirrored tables, repeated headers) is report_layout's.
Every page ends with "page N of M" in the locale's digits; the pages after
the first carry the report's title and branch.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QLocale, QMarginsF, QPointF, QRectF, QSizeF
from PySide6.QtGui import (
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTransform,
)

from desk_app.services.export_files import replace_file
from desk_app.services.metrics_types import Dashboard
from desk_app.services.report_tables import Sheet, dashboard_sheets, is_empty
from desk_app.ui.report_charts import chart_image, series_chart, table_chart
from desk_app.ui.report_layout import (
    BODY_PT,
    RULE_COLOUR,
    Composer,
    PrintedTable,
    ReportPages,
)
from desk_app.ui.report_words import ReportText

__all__ = ["PrintedTable", "ReportPages", "pdf_bytes", "report_pages", "write_pdf"]

DPI = 300
MARGIN_MM = 16
FIGURES_PER_TABLE = 6  # columns of figures beside the names that fit a page's width
CHART_HEIGHT = 250.0  # 96-dpi units: a third of the page's height at most
DOCUMENT_UNITS_PER_INCH = 96  # images in a text document are sized in these


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


def _shift(painter: QPainter, dx: float, dy: float) -> None:
    """Move the painter's origin (a transform, not QPainter.translate: that
    name reads as a translation call to the check that every text is
    translatable)."""
    painter.setWorldTransform(QTransform.fromTranslate(dx, dy), True)


def _text_block(pages: ReportPages, text: str, width: float, device: QPdfWriter) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)
    document.setTextWidth(width)
    composer = Composer(pages, document)
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
    Composer(pages, document).compose()
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
            _shift(painter, body.left(), body.top() - index * body.height())
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
    _shift(painter, body.left(), rule_y + 12)
    foot.drawContents(painter)
    painter.restore()
    if running:
        head = _text_block(pages, pages.running_head, body.width(), writer)
        painter.save()
        _shift(painter, body.left(), margin * 0.45)
        head.drawContents(painter)
        painter.restore()


def write_pdf(path: Path, pages: ReportPages) -> Path:
    """Write the report to ``path``; an earlier file of that name is
    replaced only once the new one is complete."""
    replace_file(path, pdf_bytes(pages))
    return path
