"""A printed letter's first page as a picture (``--dialog letter-pdf-ar`` or
``letter-pdf-en`` with ``--screenshot``): a request for information on the
ticket in the reading pane, in that language, printed to PDF and rendered by
QtPdf the way a reader sees it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from desk_app.services.letter_templates import LetterKind, Placeholder, render_letter
from desk_app.ui.desk import Desk
from desk_app.ui.letter_pdf import letter_page, pdf_bytes
from desk_app.ui.letter_source import load_facts
from desk_app.ui.pdf_pages import page_images
from desk_app.ui.report_language import speaking

PAGE_HEIGHT = 1400
SAMPLE_REFERENCE = {"ar": "RYD-OUT-2026-00042", "en": "RYD-OUT-2026-00042"}
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
