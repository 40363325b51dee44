"""``--only letters-pdf``: the time to print a two-page letter to PDF, in
Arabic and in English, beside a baseline run in the same process: the same
plain text put in a QTextDocument and printed with ``QTextDocument.print_``
to a QPdfWriter (Qt's plainest way to a PDF: one direction for the whole
text, no letterhead, no per-paragraph direction, no page footer).

Also checks that each letter really has two pages."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

from bench.qt_views import application
from bench.report import Figure
from bench.stats import measure
from desk_app.ui.letter_pdf import LetterPage, pdf_bytes
from desk_app.ui.letter_sample import two_page_letter
from desk_app.ui.pdf_pages import pdf_text


def _plain_print(page: LetterPage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    document = QTextDocument()
    document.setPlainText(f"{page.branch}\n{page.subject_line}\n\n{page.body}")
    document.print_(writer)
    del writer
    buffer.close()
    return bytes(buffer.data().data())


def run_letters_pdf(repeat: int = 20) -> list[Figure]:
    application()
    figures = []
    for language in ("ar", "en"):
        page = two_page_letter(language)
        pages = len(pdf_text(pdf_bytes(page)))
        ours = measure(lambda page=page: pdf_bytes(page), repeat=repeat)
        base = measure(lambda page=page: _plain_print(page), repeat=repeat)
        figures.append(
            Figure(
                group="letters",
                name=f"two-page letter to PDF ({language})",
                size=pages,
                value=ours.median,
                baseline=base.median,
                baseline_name="QTextDocument.print_ of the same text",
                budget="< 500 ms",
                verdict="PASS" if ours.median < 500 and pages == 2 else "OVER",
                note=f"{pages} pages",
                details={"ours": ours.summary(), "baseline": base.summary()},
            )
        )
    return figures


if __name__ == "__main__":
    from bench.report import print_table

    print_table(run_letters_pdf())
