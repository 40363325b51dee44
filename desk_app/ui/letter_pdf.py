"""A letter on A4 through Qt's own PDF writer: the branch's letterhead, the
register's reference and the date (in both calendars for Arabic), the
subject, the body, and "page N of M" in the letter's digits at the foot of
every page; the pages after the first repeat the reference at the top.

Arabic is shaped by Qt (HarfBuzz) and the fonts are embedded. Every
paragraph of the body runs **and aligns** by its own first strong letter
(``dir`` per paragraph, see PITFALLS): an English paragraph in an Arabic
letter stands on the left, and an English name or a ticket number inside an
Arabic sentence keeps its order because the values arrive isolated.

Two steps, as for the report: ``letter_page`` chooses the words (GUI thread,
in the letter's language), ``pdf_bytes`` prints (any thread).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QLocale, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLength,
)

from desk_app.services.export_files import replace_file
from desk_app.services.letter_dates import gregorian_text, hijri_text
from desk_app.ui.pdf_pages import a4_writer, body_document, paint_pages
from desk_app.ui.report_layout import HEADING_COLOUR, RULE_COLOUR, own_direction

BODY_PT = 11.5
LINE_HEIGHT = 115  # per cent: a letter is read, not scanned
CONTEXT = "LetterPdf"


@dataclass(frozen=True)
class LetterPage:
    """Everything a letter prints, its words chosen in its own language."""

    rtl: bool
    locale_name: str  # the page numbers' digits
    branch: str
    subtitle: str
    reference: str  # "" before the letter has one (set when it is saved)
    reference_words: str  # "Reference: {reference}"
    date_lines: tuple[str, ...]
    subject_line: str
    body: str
    page_words: str  # "Page {page} of {pages}"
    running_head: str  # "{reference}" in it stands for the reference

    @property
    def reference_line(self) -> str:
        if not self.reference:
            return ""
        shown = f"\u2068{self.reference}\u2069" if self.rtl else self.reference
        return self.reference_words.format(reference=shown)

    @property
    def head(self) -> str:
        shown = f"\u2068{self.reference}\u2069" if self.rtl and self.reference else self.reference
        return self.running_head.format(reference=shown).strip(" —")


def letter_page(
    *,
    language: str,
    branch: str,
    subtitle: str,
    reference: str,
    day: date,
    subject: str,
    body: str,
) -> LetterPage:
    """The letter's page in ``language`` (call within ``report_language.speaking``
    when it differs from the window's, so the labels are the letter's)."""
    rtl = language == "ar"
    lines = [
        QCoreApplication.translate("LetterPdf", "Date: {date}").format(
            date=gregorian_text(day, language)
        )
    ]
    hijri = hijri_text(day, language)
    if rtl and hijri:
        # Arabic correspondence dates a letter in both calendars.
        lines.append(
            QCoreApplication.translate("LetterPdf", "Corresponding to: {date}").format(date=hijri)
        )
    subject_line = subject and QCoreApplication.translate("LetterPdf", "Subject: {subject}").format(
        subject=subject
    )
    return LetterPage(
        rtl=rtl,
        locale_name="ar_SA" if rtl else "en_GB",
        branch=branch,
        subtitle=subtitle,
        reference=reference,
        reference_words=QCoreApplication.translate("LetterPdf", "Reference: {reference}"),
        date_lines=tuple(lines),
        subject_line=subject_line,
        body=body,
        page_words=QCoreApplication.translate("LetterPdf", "Page {page} of {pages}"),
        running_head=branch.replace("{", "{{").replace("}", "}}") + " — {reference}",
    )


class _Writer:
    """Puts the letter's paragraphs into a document."""

    def __init__(self, page: LetterPage, document: QTextDocument) -> None:
        self.page = page
        self.cursor = QTextCursor(document)
        self.direction = (
            Qt.LayoutDirection.RightToLeft if page.rtl else Qt.LayoutDirection.LeftToRight
        )
        self.leading = Qt.AlignmentFlag.AlignAbsolute | (
            Qt.AlignmentFlag.AlignRight if page.rtl else Qt.AlignmentFlag.AlignLeft
        )
        self.first = True

    def paragraph(
        self,
        text: str,
        size: float = BODY_PT,
        *,
        bold: bool = False,
        colour: QColor | None = None,
        space: float = 0,
        own_edge: bool = False,
    ) -> None:
        block = QTextBlockFormat()
        block.setLayoutDirection(own_direction(text, self.direction))
        # The letterhead stands on the letter's leading edge; the body's
        # paragraphs on their own (AlignLeading follows the block's direction).
        block.setAlignment(Qt.AlignmentFlag.AlignLeading if own_edge else self.leading)
        block.setTopMargin(space)
        block.setLineHeight(LINE_HEIGHT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        char = QTextCharFormat()
        char.setFontPointSize(size)
        char.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        if colour is not None:
            char.setForeground(QBrush(colour))
        if self.first:
            self.cursor.setBlockFormat(block)
            self.first = False
        else:
            self.cursor.insertBlock(block)
        self.cursor.insertText(text, char)

    def rule(self) -> None:
        block = QTextBlockFormat()
        block.setTopMargin(4)
        block.setBottomMargin(10)
        block.setProperty(
            QTextFormat.Property.BlockTrailingHorizontalRulerWidth,
            QTextLength(QTextLength.Type.PercentageLength, 100),
        )
        self.cursor.insertBlock(block)

    def compose(self) -> None:
        self.cursor.beginEditBlock()
        try:
            p = self.page
            grey = RULE_COLOUR.darker(150)
            self.paragraph(p.branch, 17, bold=True, colour=HEADING_COLOUR)
            if p.subtitle:
                self.paragraph(p.subtitle, 9.5, colour=grey)
            self.rule()
            if p.reference_line:
                self.paragraph(p.reference_line, 10)
            for line in p.date_lines:
                self.paragraph(line, 10)
            if p.subject_line:
                self.paragraph(p.subject_line, 12, bold=True, space=18)
            first = True
            for line in p.body.split("\n"):
                self.paragraph(line, space=14 if first else 0, own_edge=True)
                first = False
        finally:
            self.cursor.endEditBlock()


def pdf_bytes(page: LetterPage) -> bytes:
    """The letter as a PDF file's bytes (runs on any thread)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer, frame = a4_writer(buffer, page.head)
    document = body_document(writer, frame, BODY_PT)
    _Writer(page, document).compose()
    locale = QLocale(page.locale_name)
    paint_pages(
        writer,
        frame,
        document,
        rtl=page.rtl,
        footer=lambda n, count: page.page_words.format(
            page=locale.toString(n), pages=locale.toString(count)
        ),
        running_head=page.head,
    )
    del writer  # the file is complete once the writer is gone
    buffer.close()
    return bytes(buffer.data().data())


def write_pdf(path: Path, page: LetterPage) -> Path:
    """Write the letter to ``path``; an earlier file of that name is replaced
    only once the new one is complete."""
    replace_file(path, pdf_bytes(page))
    return path
