"""What the letter screens read and write, behind one seam.

``LetterFacts`` is plain data read on a worker: the library in force (the
administrator's "letter_templates" document, or the starter library), the
snippets kept beside it, the ticket's values for each language and what the
desk knows of the customer's language and address. ``save_letter`` keeps a
written letter on its ticket.

The values are filled here from the ticket, the branch and the person at the
desk; identifiers are isolated for right-to-left text so a ticket number in
an Arabic sentence keeps its order.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from desk_app.models import Branch, Customer, Ticket, User
from desk_app.services.config_store import load_document
from desk_app.services.context import WriteContext
from desk_app.services.letter_dates import gregorian_text, hijri_text
from desk_app.services.letter_starters import starter_library
from desk_app.services.letter_templates import (
    DOCUMENT_KEY,
    LANGUAGES,
    Placeholder,
    TemplateLibrary,
    parse_library,
)
from desk_app.services.messages import ValidationFailed
from desk_app.services.text import isolate
from desk_app.services.tickets import add_note, live_ticket
from desk_app.ui.snippets import Snippet, parse_snippets


@dataclass(frozen=True)
class LetterFacts:
    ticket_id: str
    ticket_number: str
    customer_name: str
    customer_language: str  # "ar" or "en"
    customer_address: str | None  # None: the desk keeps no postal address
    library: TemplateLibrary
    snippets: tuple[Snippet, ...]
    values: Mapping[str, Mapping[str, str]]  # language -> placeholder -> text
    branch_names: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class WrittenLetter:
    ticket_id: str
    template_id: str
    language: str
    subject: str
    body: str


@dataclass(frozen=True)
class SavedLetter:
    reference: str  # "" where the desk has no register yet
    journal_id: str
    pdf_path: Path


def library_in_force(session: Session) -> tuple[TemplateLibrary, tuple[Snippet, ...], int]:
    """The saved library (or the starter one), its snippets, and its version
    (0 when none was saved)."""
    document = load_document(session, DOCUMENT_KEY)
    if document is None:
        return starter_library(), (), 0
    try:
        library = parse_library(document.body)
    except ValidationFailed:
        library = starter_library()  # a damaged copy: the starters hold
    return library, parse_snippets(document.body.get("snippets")), document.version


def _day_texts(moment: datetime | None, zone: ZoneInfo, language: str) -> tuple[str, str]:
    if moment is None:
        return "", ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    day = moment.astimezone(zone).date()
    return gregorian_text(day, language), hijri_text(day, language)


def ticket_values(
    session: Session, ctx: WriteContext, ticket: Ticket, zone: ZoneInfo, language: str
) -> dict[str, str]:
    rtl = language == "ar"
    names = branch_names(session, ctx)
    agent = session.get(User, ctx.actor.user_id) if ctx.actor.user_id else None
    customer = session.get(Customer, ticket.customer_id) if ticket.customer_id else None
    opened, opened_hijri = _day_texts(ticket.created_at, zone, language)
    today, today_hijri = _day_texts(ctx.now(), zone, language)
    due, due_hijri = _day_texts(ticket.sla_due_at, zone, language)

    def ident(text: str) -> str:
        return isolate(text) if rtl and text else text

    return {
        Placeholder.CUSTOMER_NAME: customer.name if customer is not None else "",
        Placeholder.CUSTOMER_TITLE: "",
        Placeholder.TICKET_NUMBER: ident(ticket.number),
        Placeholder.TICKET_SUBJECT: ticket.subject,
        Placeholder.OPENED_DATE: opened,
        Placeholder.OPENED_DATE_HIJRI: opened_hijri,
        Placeholder.TODAY: today,
        Placeholder.TODAY_HIJRI: today_hijri,
        Placeholder.DUE_DATE: due,
        Placeholder.DUE_DATE_HIJRI: due_hijri,
        Placeholder.AGENT_NAME: agent.display_name if agent is not None else ctx.actor.name,
        Placeholder.BRANCH_NAME: names.get(language, ""),
        Placeholder.REFERENCE: "",
    }


def branch_names(session: Session, ctx: WriteContext) -> dict[str, str]:
    branch = session.get(Branch, ctx.branch_id)
    if branch is None:
        return {}
    return {"en": branch.name, "ar": branch.name_ar or branch.name}


def load_facts(session: Session, ctx: WriteContext, ticket_id: str, zone: str) -> LetterFacts:
    ticket = live_ticket(session, ticket_id)
    library, snippets, _version = library_in_force(session)
    where = ZoneInfo(zone)
    values = {lang: ticket_values(session, ctx, ticket, where, lang) for lang in LANGUAGES}
    customer = session.get(Customer, ticket.customer_id) if ticket.customer_id else None
    name = customer.name if customer is not None else ""
    return LetterFacts(
        ticket_id=ticket.id,
        ticket_number=ticket.number,
        customer_name=name,
        customer_language=_language_of(name),
        customer_address=None,
        library=library,
        snippets=snippets,
        values=values,
        branch_names=branch_names(session, ctx),
    )


def _language_of(name: str) -> str:
    """Until customers carry a language: an Arabic name is written to in Arabic."""
    return "ar" if any("\u0600" <= char <= "\u06ff" for char in name) else "en"


def save_letter(
    session: Session,
    ctx: WriteContext,
    letter: WrittenLetter,
    make_pdf: Callable[[str], bytes],
    folder: Path,
) -> SavedLetter:
    """Keep ``letter`` on its ticket: a journal entry that says it was
    written, and its PDF (printed with the reference) kept in ``folder``."""
    reference = ""
    pdf = make_pdf(reference)
    journal_id = add_note(session, ctx, letter.ticket_id, f"{letter.subject}\n\n{letter.body}")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"letter-{journal_id}.pdf"
    path.write_bytes(pdf)
    return SavedLetter(reference, journal_id, path)


def plain(values: Mapping[str, Any]) -> dict[str, str]:
    return {str(k): str(v) for k, v in values.items()}
