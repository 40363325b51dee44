"""What the letter screens read and write, as plain data for the widgets.

``LetterFacts`` is read on a worker: the library in force
(services.letters), the snippets kept beside it in the same document, the
ticket's values for each language (``letter_values``: identifiers come
isolated for right-to-left text, so a ticket number in an Arabic sentence
keeps its order) and what the desk knows of the customer: the
language to write in and the postal and e-mail addresses. ``save`` files a
written letter through ``services.letters.save_letter``: the register entry,
the journal link and the PDF, printed with the reference the save allocated.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from desk_app.models import Branch, Customer, Ticket
from desk_app.services import register_queries
from desk_app.services.attachments import store_beside
from desk_app.services.config_store import load_document
from desk_app.services.context import WriteContext
from desk_app.services.email_out import send_letter, smtp_transport
from desk_app.services.email_settings import load_password, load_settings
from desk_app.services.letter_templates import (
    DOCUMENT_KEY,
    LANGUAGES,
    TemplateLibrary,
)
from desk_app.services.letters import (
    FinalLetter,
    LetterRequest,
    SavedLetter,
    default_language,
    letter_values,
    save_letter,
    template_library,
)
from desk_app.services.register import RegisterChannel, RegisterDirection
from desk_app.services.tickets import live_ticket
from desk_app.ui.snippets import Snippet, parse_snippets


@dataclass(frozen=True)
class LetterFacts:
    ticket_id: str
    ticket_number: str
    customer_name: str
    customer_language: str  # "ar" or "en": the letter's language by default
    postal_address: str
    email: str
    library: TemplateLibrary
    snippets: tuple[Snippet, ...]
    values: Mapping[str, Mapping[str, str]]  # language -> placeholder -> text
    branch_names: Mapping[str, str] = field(default_factory=dict)
    mail_ready: bool = False  # an administrator set up the mail server
    # The ticket's incoming letters, faxes and e-mails still waiting for a
    # reply, oldest first: (entry id, reference, subject). A letter written
    # in reply to one closes it.
    awaiting: tuple[tuple[str, str, str], ...] = ()


@dataclass(frozen=True)
class WrittenLetter:
    ticket_id: str
    template_id: str
    language: str
    channel: RegisterChannel
    subject: str
    body: str
    fax_number: str = ""
    in_reply_to_id: str | None = None


def library_in_force(session: Session) -> tuple[TemplateLibrary, tuple[Snippet, ...]]:
    """The library letters are written from, and the snippets kept with it."""
    document = load_document(session, DOCUMENT_KEY)
    snippets = parse_snippets(document.body.get("snippets")) if document is not None else ()
    return template_library(session), snippets


def branch_names(session: Session, branch_id: str) -> dict[str, str]:
    branch = session.get(Branch, branch_id)
    if branch is None:
        return {}
    return {"en": branch.name or branch.name_ar, "ar": branch.name_ar or branch.name}


def load_facts(
    session: Session, ctx: WriteContext, ticket_id: str, ui_language: str
) -> LetterFacts:
    ticket: Ticket = live_ticket(session, ticket_id)
    library, snippets = library_in_force(session)
    now = ctx.now()
    # Identifiers come isolated for Arabic text (letter_values does it).
    values = {
        language: letter_values(session, ticket_id, language, ctx.actor.name, now)
        for language in LANGUAGES
    }
    customer = session.get(Customer, ticket.customer_id) if ticket.customer_id else None
    return LetterFacts(
        ticket_id=ticket.id,
        ticket_number=ticket.number,
        customer_name=customer.name if customer is not None else ticket.customer_name,
        customer_language=default_language(
            customer.language if customer is not None else "", ui_language
        ),
        postal_address=customer.postal_address if customer is not None else "",
        email=customer.email if customer is not None else "",
        library=library,
        snippets=snippets,
        values=values,
        branch_names=branch_names(session, ticket.branch_id),
        mail_ready=load_settings(session) is not None,
        awaiting=awaiting_replies(session, ticket.id, now),
    )


def awaiting_replies(
    session: Session, ticket_id: str, now: datetime
) -> tuple[tuple[str, str, str], ...]:
    waiting = [
        item
        for item in register_queries.entries(
            session, now, direction=RegisterDirection.INCOMING.value, ticket_id=ticket_id
        )
        if item.reply_due_at is not None and item.reply_id is None
    ]
    return tuple((i.id, i.reference, i.subject) for i in reversed(waiting))


def _request(letter: WrittenLetter, render_pdf: Callable[[FinalLetter], bytes]) -> LetterRequest:
    return LetterRequest(
        ticket_id=letter.ticket_id,
        template_id=letter.template_id,
        language=letter.language,
        channel=letter.channel,
        subject=letter.subject,
        body=letter.body,
        fax_number=letter.fax_number,
        in_reply_to_id=letter.in_reply_to_id,
        render_pdf=render_pdf,
    )


def send(
    session: Session,
    ctx: WriteContext,
    letter: WrittenLetter,
    render_pdf: Callable[[FinalLetter], bytes],
    database_path: Path,
) -> SavedLetter:
    """Send ``letter`` by e-mail with its PDF and file it as sent (nothing
    filed when the mail server refuses it: ValidationFailed on "email")."""
    settings = load_settings(session)
    password = load_password(settings) if settings is not None and settings.username else None
    transport = smtp_transport(settings, password) if settings is not None else _not_set_up
    request = _request(letter, render_pdf)
    return send_letter(
        session, ctx, request, store_beside(database_path), settings, transport
    ).saved


def _not_set_up(_message: object) -> None:
    raise AssertionError("send_letter refuses before sending when mail is not set up")


def save(
    session: Session,
    ctx: WriteContext,
    letter: WrittenLetter,
    render_pdf: Callable[[FinalLetter], bytes],
    database_path: Path,
) -> SavedLetter:
    """File ``letter`` on its ticket with its PDF (ValidationFailed, by
    field, with nothing written when it cannot be)."""
    request = _request(letter, render_pdf)
    return save_letter(session, ctx, request, store_beside(database_path))
