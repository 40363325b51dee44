"""``--only letters-pdf``: the time to print a two-page letter to PDF, in
Arabic and in English, beside a baseline run in the same process: the same
plain text put in a QTextDocument and printed with ``QTextDocument.print_``
to a QPdfWriter (Qt's plainest way to a PDF: one direction for the whole
text, no letterhead, no per-paragraph direction, no page footer).

Also checks that each letter really has two pages."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

from bench.qt_views import application
from bench.report import Figure
from bench.stats import measure
from desk_app.services.letter_starters import starter_library
from desk_app.services.letter_templates import LetterKind, render_letter
from desk_app.ui.letter_pdf import LetterPage, letter_page, pdf_bytes
from desk_app.ui.pdf_pages import pdf_text

PARAGRAPHS = {
    "ar": (
        "وقد تبيّن بعد مراجعة طلبكم رقم \u2068HQ-2026-000123\u2069 أن الطابعة HP LaserJet M404"
        " تحتاج إلى استبدال وحدة التسخين، وسيتواصل معكم الفني المختص خلال يومي عمل."
    ),
    "en": (
        "Having reviewed your request HQ-2026-000123, the HP LaserJet M404 needs a new fuser"
        " unit; the technician, Mr \u062e\u0627\u0644\u062f, will call you within two"
        " working days to arrange the visit."
    ),
}
FREE_TEXT_PARAGRAPHS = 12  # enough for a second page in both languages


def _page(language: str) -> LetterPage:
    template = starter_library().of_kind(LetterKind.REQUEST_FOR_INFORMATION)[0]
    free = "\n\n".join([PARAGRAPHS[language]] * FREE_TEXT_PARAGRAPHS)
    values = {
        "customer_name": "محمد العتيبي" if language == "ar" else "John Smith",
        "customer_title": "الأستاذ" if language == "ar" else "Mr",
        "ticket_number": "HQ-2026-000123",
        "ticket_subject": "الطابعة لا تطبع" if language == "ar" else "The printer does not print",
        "agent_name": "سارة" if language == "ar" else "Sara",
        "branch_name": "الرياض" if language == "ar" else "Riyadh",
        "free_text": free,
    }
    text = render_letter(template, language, values)
    return letter_page(
        language=language,
        branch="فرع الرياض" if language == "ar" else "Riyadh branch",
        subtitle="خدمة العملاء" if language == "ar" else "Customer service",
        reference="HQ-2026-L000042",
        day=date(2026, 12, 7),
        subject=text.subject,
        body=text.body,
    )


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
        page = _page(language)
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
