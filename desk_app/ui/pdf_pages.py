"""A4 pages through Qt's own PDF writer, shared by everything the desk
prints one page after another (letters now; the report's machinery has the
same shape): the writer at 300 dpi with no margins of its own, the body's
rectangle inside the page's margins, a laid-out QTextDocument painted page
by page, a rule and a footer ("page N of M" in the locale's digits) in the
bottom margin and, on the pages after the first, a running head.

Each line of the footer and head runs by its own first strong letter and
stands on the document's leading edge, as in the report.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSize, Qt
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
)
from PySide6.QtPdf import QPdfDocument

from desk_app.ui.report_layout import RULE_COLOUR, own_direction
from desk_app.ui.report_pdf import DPI, MARGIN_MM


@dataclass(frozen=True)
class PageFrame:
    """Where things go on a page, in the writer's pixels."""

    body: QRectF
    margin: float


def a4_writer(buffer: QBuffer, title: str) -> tuple[QPdfWriter, PageFrame]:
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator("Maktab")
    page = writer.pageLayout().fullRectPixels(DPI)
    margin = MARGIN_MM / 25.4 * DPI
    head_room = 0.45 * margin  # the running head and the footer sit in the margins
    body = QRectF(margin, margin, page.width() - 2 * margin, page.height() - 2 * margin - head_room)
    return writer, PageFrame(body, margin)


def body_document(writer: QPdfWriter, frame: PageFrame, point_size: float) -> QTextDocument:
    """An empty document laid out for the writer, one page per body."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    font = QFont()
    font.setPointSizeF(point_size)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setPageSize(frame.body.size())
    return document


def one_line(
    writer: QPdfWriter, text: str, width: float, rtl: bool, size: float = 8.0
) -> QTextDocument:
    """A line in its own direction on the document's leading edge."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDocumentMargin(0)
    document.setTextWidth(width)
    fallback = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    block = QTextBlockFormat()
    block.setLayoutDirection(own_direction(text, fallback))
    block.setAlignment(
        Qt.AlignmentFlag.AlignAbsolute
        | (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
    )
    char = QTextCharFormat()
    char.setFontPointSize(size)
    char.setForeground(QBrush(QColor(RULE_COLOUR.darker(170))))
    cursor = QTextCursor(document)
    cursor.setBlockFormat(block)
    cursor.insertText(text, char)
    return document


def paint_pages(
    writer: QPdfWriter,
    frame: PageFrame,
    document: QTextDocument,
    *,
    rtl: bool,
    footer: Callable[[int, int], str],
    running_head: str,
) -> int:
    """Paint ``document`` page by page with its footer (``footer(page,
    pages)``, counted from one) and, after the first page, the running head.
    Returns the number of pages."""
    body = frame.body
    count = document.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("the PDF writer could not start")
    try:
        for index in range(count):
            if index:
                writer.newPage()
            painter.save()
            painter.translate(QPointF(body.left(), body.top() - index * body.height()))
            document.drawContents(
                painter, QRectF(0, index * body.height(), body.width(), body.height())
            )
            painter.restore()
            rule_y = body.bottom() + 0.25 * frame.margin
            painter.setPen(QPen(RULE_COLOUR, 2))
            painter.drawLine(QPointF(body.left(), rule_y), QPointF(body.right(), rule_y))
            foot = one_line(writer, footer(index + 1, count), body.width(), rtl)
            painter.save()
            painter.translate(QPointF(body.left(), rule_y + 12))
            foot.drawContents(painter)
            painter.restore()
            if index and running_head:
                head = one_line(writer, running_head, body.width(), rtl)
                painter.save()
                painter.translate(QPointF(body.left(), frame.margin * 0.45))
                head.drawContents(painter)
                painter.restore()
    finally:
        painter.end()
    return count


def page_images(data: bytes, pages: int, height: int) -> list[QImage]:
    """The first ``pages`` pages of a PDF, each ``height`` pixels tall."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    images = []
    for index in range(min(pages, document.pageCount())):
        points = document.pagePointSize(index)
        width = round(points.width() * height / points.height())
        images.append(document.render(index, QSize(width, height)))
    document.close()
    return images


def pdf_text(data: bytes) -> list[str]:
    """Each page's text as QtPdf extracts it (for tests and checks)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    texts = [document.getAllText(index).text() for index in range(document.pageCount())]
    document.close()
    return texts
