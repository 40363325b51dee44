"""Laying a printed report out in a QTextDocument: the letterhead, the
title, the tiles, the charts and the tables, each paragraph in its own
direction and aligned to the report's leading edge.

Qt lays a table's columns out left to right whatever its direction, so in a
right-to-left report the columns are inserted in mirror order: the first
column stands on the right and is read first. A table's title is its first
header row, so it never stands alone at the foot of a page, and it repeats
with the column headers on every page the table runs to.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextImageFormat,
    QTextLength,
    QTextTable,
    QTextTableFormat,
)

BODY_PT = 9.5
HEADING_COLOUR = QColor("#1f3f6b")
RULE_COLOUR = QColor("#9aa7b8")
TILE_BACKGROUND = QColor("#eef2f7")
HEADER_BACKGROUND = QColor("#dde4ee")
TILES_PER_ROW = 3
WIDE_TABLE = 5  # columns: a wider table is printed smaller
WIDE_PT = 8.0


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


def own_direction(text: str, fallback: Qt.LayoutDirection) -> Qt.LayoutDirection:
    """A paragraph's direction: its first strong letter's."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return fallback


class Composer:
    """Writes a report's pages into a QTextDocument."""

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
        table: QTextTable,
        row: int,
        column: int,
        text: str,
        alignment: Qt.AlignmentFlag,
        char: QTextCharFormat,
    ) -> None:
        cell = table.cellAt(row, column)
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
