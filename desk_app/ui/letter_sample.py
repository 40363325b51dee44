"""A printed letter's first page as a picture (``--dialog letter-pdf-ar`` or
``letter-pdf-en`` with ``--screenshot``): a request for information on the
ticket in the reading pane, in that language, printed to PDF and rendered by
QtPdf the way a reader sees it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from desk_app.services.letter_starters import starter_library
from desk_app.services.letter_templates import LetterKind, Placeholder, render_letter
from desk_app.ui.desk import Desk
from desk_app.ui.letter_dialog import tidy as _tidy
from desk_app.ui.letter_pdf import LetterPage, letter_page, pdf_bytes
from desk_app.ui.letter_source import load_facts
from desk_app.ui.pdf_pages import page_images
from desk_app.ui.report_language import speaking

PAGE_HEIGHT = 1400
SAMPLE_REFERENCE = {"ar": "HQ-2026-L000042", "en": "HQ-2026-L000042"}
FREE_TEXT = {
    "ar": "نرجو تزويدنا بالرقم التسلسلي للطابعة HP LaserJet M404 وصورة من فاتورة الشراء.",
    "en": "Please send us the serial number of the HP LaserJet M404 and a copy of the invoice.",
}


def render_letter_page(desk: Desk, path: Path, language: str, ticket_id: str = "") -> None:
    if not ticket_id:
        with desk.db.reading() as session:
            from sqlalchemy import select

            from desk_app.models import Ticket

            ticket_id = session.scalars(select(Ticket.id).order_by(Ticket.created_at)).first() or ""
    zone = desk.settings.branch.time_zone
    with desk.db.reading() as session:
        facts = load_facts(session, desk.ctx, ticket_id, language)
    template = facts.library.of_kind(LetterKind.REQUEST_FOR_INFORMATION)[0]
    values = {
        **facts.values[language],
        Placeholder.FREE_TEXT.value: FREE_TEXT[language],
        Placeholder.REFERENCE.value: SAMPLE_REFERENCE[language],
    }
    text = render_letter(template, language, values)
    # An empty value between two words leaves two spaces: one is enough.
    text = replace(text, subject=_tidy(text.subject), body=_tidy(text.body))
    with speaking(language):
        page = letter_page(
            language=language,
            branch=facts.branch_names.get(language, ""),
            subtitle=QCoreApplication.translate("LetterDialog", "Customer service"),
            reference="",
            day=desk.ctx.now().astimezone(ZoneInfo(zone)).date(),
            subject=text.subject,
            body=text.body,
        )
    page = replace(page, reference=SAMPLE_REFERENCE[language])
    image = page_images(pdf_bytes(page), 1, PAGE_HEIGHT)[0]
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path)):
        raise OSError(f"could not write {path}")


# A paragraph of a long letter, with a ticket number, a product code and a
# name of the other script inside it.
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
LONG_PARAGRAPHS = 12  # enough for a second page in both languages


def two_page_letter(language: str) -> LetterPage:
    """A request for information two pages long (the benchmark's letter)."""
    template = starter_library().of_kind(LetterKind.REQUEST_FOR_INFORMATION)[0]
    arabic = language == "ar"
    values = {
        "customer_name": "محمد العتيبي" if arabic else "John Smith",
        "customer_title": "الأستاذ" if arabic else "Mr",
        "ticket_number": "\u2068HQ-2026-000123\u2069" if arabic else "HQ-2026-000123",
        "ticket_subject": "الطابعة لا تطبع" if arabic else "The printer does not print",
        "agent_name": "سارة" if arabic else "Sara",
        "branch_name": "الرياض" if arabic else "Riyadh",
        "free_text": "\n\n".join([PARAGRAPHS[language]] * LONG_PARAGRAPHS),
    }
    text = render_letter(template, language, values)
    return letter_page(
        language=language,
        branch="فرع الرياض" if arabic else "Riyadh branch",
        subtitle="خدمة العملاء" if arabic else "Customer service",
        reference="HQ-2026-L000042",
        day=date(2026, 12, 7),
        subject=text.subject,
        body=text.body,
    )
