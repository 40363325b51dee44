"""Writing a letter from a ticket (issue 15): the placeholder values, the
template library in force, and saving the letter to the register.

No Qt: the desk's letter dialog, a report or a test all fill a template the
same way. The PDF is the UI's (Qt's own writer shapes Arabic); a save takes
it as bytes, or as a function called with the final text once the register
reference is known, so the reference printed on the page is the one filed.

The reference is not known before the save (allocating one for a preview
would burn numbers): until then ``{{reference}}`` is left in the text as
typed, and the save fills it in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import Branch, Customer, OpKind, Ticket
from desk_app.models.customers import POSTAL_ADDRESS_MAX, TITLE_MAX
from desk_app.services import config_store, journal
from desk_app.services import messages as m
from desk_app.services.acting import require_right
from desk_app.services.attachments import BlobStore, attach
from desk_app.services.context import WriteContext
from desk_app.services.letter_dates import gregorian_text, hijri_text
from desk_app.services.letter_starters import starter_library
from desk_app.services.letter_templates import (
    DOCUMENT_KEY,
    LetterTemplate,
    LetterText,
    Placeholder,
    TemplateLibrary,
    parse_library,
    render_letter,
)
from desk_app.services.messages import QT_TRANSLATE_NOOP, FieldError, ValidationFailed
from desk_app.services.permissions import Right
from desk_app.services.register import (
    LANGUAGES,
    REFERENCE_MARK,
    EntryDraft,
    RegisterChannel,
    RegisterDirection,
    register,
)
from desk_app.services.text import isolate
from desk_app.services.validation import check_text, clean_line

NO_TEXT_IN_LANGUAGE = QT_TRANSLATE_NOOP(
    "Validation",
    "This template has no text in the language chosen: choose another template or language.",
)
NO_POSTAL_ADDRESS = QT_TRANSLATE_NOOP(
    "Validation",
    "The customer has no postal address: add it to the customer, or send it another way.",
)
NO_EMAIL_ADDRESS = QT_TRANSLATE_NOOP(
    "Validation",
    "The customer has no e-mail address: add it to the customer, or send it another way.",
)
NO_FAX_NUMBER = QT_TRANSLATE_NOOP("Validation", "Say where the fax goes: a fax number.")
NO_CUSTOMER = QT_TRANSLATE_NOOP(
    "Validation", "This ticket has no customer to write to: choose the customer first."
)
EMPTY_LETTER = QT_TRANSLATE_NOOP("Validation", "The letter has no text: write it before saving.")
UNKNOWN_TEMPLATE = QT_TRANSLATE_NOOP("Validation", "This template is no longer in the library.")
NOT_A_MEMO_TEMPLATE = QT_TRANSLATE_NOOP(
    "Validation", "Choose a memo template: a letter template is for customers."
)


def template_library(session: Session) -> TemplateLibrary:
    """The library in force: the stored document (the administrators') when
    it reads, else the starter library shipped with Maktab."""
    document = config_store.load_document(session, DOCUMENT_KEY)
    if document is not None:
        try:
            return parse_library(document.body)
        except ValidationFailed:
            pass  # a damaged copy: the starters, rather than no letters at all
    return starter_library()


def default_language(customer_language: str, desk_language: str) -> str:
    """The language a letter to this customer is written in by default: the
    customer's when known, else the desk's (Arabic unless it is English)."""
    if customer_language in LANGUAGES:
        return customer_language
    return "en" if desk_language == "en" else "ar"


def letter_values(
    session: Session,
    ticket_id: str | None,
    language: str,
    writer: str,
    now: datetime,
    free_text: str = "",
    *,
    reference: str = "",
    branch_id: str | None = None,
) -> dict[str, str]:
    """Every placeholder's value for a letter on ``ticket_id`` (None: a memo
    or letter on no ticket) in ``language``: the customer's name and title,
    the ticket's number and subject, dates in both calendars in the branch's
    zone, the writer, the branch, the due date, the register reference
    (``{{reference}}`` left as typed until the save knows it)."""
    ticket = _ticket(session, ticket_id)
    customer = _customer(session, ticket.customer_id if ticket is not None else None)
    branch = _branch(session, ticket.branch_id if ticket is not None else branch_id)
    zone = _zone(branch.time_zone if branch is not None else "UTC")
    today = now.astimezone(zone).date()
    # Identifiers keep their own order inside Arabic sentences.
    ident = isolate if language == "ar" else str
    values = {
        Placeholder.CUSTOMER_NAME.value: _customer_name(customer, ticket),
        Placeholder.CUSTOMER_TITLE.value: customer.title if customer is not None else "",
        Placeholder.TICKET_NUMBER.value: ident(ticket.number) if ticket is not None else "",
        Placeholder.TICKET_SUBJECT.value: ticket.subject if ticket is not None else "",
        Placeholder.TODAY.value: gregorian_text(today, language),
        Placeholder.TODAY_HIJRI.value: hijri_text(today, language),
        Placeholder.AGENT_NAME.value: writer,
        Placeholder.BRANCH_NAME.value: _branch_name(branch, language),
        Placeholder.REFERENCE.value: ident(reference) if reference else REFERENCE_MARK,
        Placeholder.FREE_TEXT.value: free_text.strip(),
        Placeholder.OPENED_DATE.value: "",
        Placeholder.OPENED_DATE_HIJRI.value: "",
        Placeholder.DUE_DATE.value: "",
        Placeholder.DUE_DATE_HIJRI.value: "",
    }
    if ticket is not None:
        opened = ticket.created_at.astimezone(zone).date()
        values[Placeholder.OPENED_DATE.value] = gregorian_text(opened, language)
        values[Placeholder.OPENED_DATE_HIJRI.value] = hijri_text(opened, language)
        if ticket.sla_due_at is not None:
            due = ticket.sla_due_at.astimezone(zone).date()
            values[Placeholder.DUE_DATE.value] = gregorian_text(due, language)
            values[Placeholder.DUE_DATE_HIJRI.value] = hijri_text(due, language)
    return values


def compose(
    session: Session,
    template_id: str,
    language: str,
    values: dict[str, str],
    library: TemplateLibrary | None = None,
) -> LetterText:
    """The template filled in, for the editor. ValidationFailed (on
    ``language``) when the template has no text in the language asked, on
    ``template`` when it is gone from the library."""
    template = _template(session, template_id, library)
    if not template.has(language):
        raise ValidationFailed([FieldError("language", NO_TEXT_IN_LANGUAGE)])
    return render_letter(template, language, values)


def _template(
    session: Session, template_id: str, library: TemplateLibrary | None
) -> LetterTemplate:
    found = (library or template_library(session)).get(template_id)
    if found is None:
        raise ValidationFailed([FieldError("template", UNKNOWN_TEMPLATE)])
    return found


@dataclass(frozen=True)
class FinalLetter:
    """A letter as filed: what the PDF prints."""

    reference: str
    subject: str
    body: str
    language: str
    at: datetime
    addressee: str


@dataclass(frozen=True)
class LetterRequest:
    """An outgoing letter from a ticket, as the writer left it in the editor."""

    ticket_id: str
    template_id: str
    language: str
    channel: RegisterChannel  # letter, fax or email
    subject: str
    body: str
    in_reply_to_id: str | None = None
    fax_number: str = ""  # a fax: where it goes
    pdf: bytes | None = None
    # Called with the final letter (its reference known) when no ``pdf`` is given.
    render_pdf: Callable[[FinalLetter], bytes] | None = None
    pdf_name: str = ""


@dataclass(frozen=True)
class SavedLetter:
    entry_id: str
    reference: str
    letter: FinalLetter
    attachment_id: str | None


def validate_letter(
    session: Session, request: LetterRequest, library: TemplateLibrary | None = None
) -> tuple[list[FieldError], str]:
    """Every problem of a letter, each on its field, and the addressee it
    would go to (the postal address, the e-mail address, the fax number)."""
    errors: list[FieldError] = []
    ticket = _ticket(session, request.ticket_id)
    customer = _customer(session, ticket.customer_id if ticket is not None else None)
    if ticket is None:
        errors.append(FieldError("ticket", m.UNKNOWN_REFERENCE))
    template = (library or template_library(session)).get(request.template_id)
    if request.template_id and template is None:
        errors.append(FieldError("template", UNKNOWN_TEMPLATE))
    elif template is not None and not template.has(request.language):
        errors.append(FieldError("language", NO_TEXT_IN_LANGUAGE))
    if request.language not in LANGUAGES:
        errors.append(FieldError("language", m.BAD_CHOICE))
    if not request.body.strip():
        errors.append(FieldError("body", EMPTY_LETTER))
    addressee = ""
    if request.channel is RegisterChannel.FAX:
        addressee = clean_line(request.fax_number)
        if not addressee:
            errors.append(FieldError("fax_number", NO_FAX_NUMBER))
    elif ticket is not None and customer is None:
        errors.append(FieldError("customer", NO_CUSTOMER))
    elif customer is not None and request.channel is RegisterChannel.LETTER:
        addressee = customer.postal_address.strip()
        if not addressee:
            errors.append(FieldError("postal_address", NO_POSTAL_ADDRESS))
    elif customer is not None and request.channel is RegisterChannel.EMAIL:
        addressee = customer.email.strip()
        if not addressee:
            errors.append(FieldError("email", NO_EMAIL_ADDRESS))
    if request.channel is RegisterChannel.MEMO:
        errors.append(FieldError("channel", m.BAD_CHOICE))
    return errors, addressee


def save_letter(
    session: Session,
    ctx: WriteContext,
    request: LetterRequest,
    store: BlobStore | None = None,
    library: TemplateLibrary | None = None,
) -> SavedLetter:
    """Register an outgoing letter on its ticket (TAKE_CALLS), journal it
    there, and attach its PDF (given, or made by ``render_pdf`` with the
    reference) to the register entry. ValidationFailed: nothing written."""
    require_right(session, ctx, Right.TAKE_CALLS, action="save_letter")
    errors, addressee = validate_letter(session, request, library)
    if errors:
        raise ValidationFailed(errors)
    ticket = _ticket(session, request.ticket_id)
    assert ticket is not None  # validated
    row = register(
        session,
        ctx,
        EntryDraft(
            direction=RegisterDirection.OUTGOING,
            channel=request.channel,
            subject=request.subject.strip() or ticket.subject,
            body=request.body,
            customer_id=ticket.customer_id,
            ticket_id=ticket.id,
            language=request.language,
            template_id=request.template_id,
            addressee=addressee[:300],
            in_reply_to_id=request.in_reply_to_id,
        ),
    )
    final = FinalLetter(
        reference=row.reference,
        subject=row.subject,
        body=row.body,
        language=request.language,
        at=row.at,
        addressee=row.addressee,
    )
    pdf = request.pdf
    if pdf is None and request.render_pdf is not None:
        pdf = request.render_pdf(final)
    attachment_id = None
    if pdf is not None:
        if store is None:
            raise ValueError("a PDF to keep needs the desk's blob store")
        name = request.pdf_name or f"{row.reference}.pdf"
        attachment_id = attach(session, ctx, store, pdf, name, entry_id=row.id).id
    return SavedLetter(row.id, row.reference, final, attachment_id)


def set_letter_details(
    session: Session,
    ctx: WriteContext,
    customer_id: str,
    *,
    title: str,
    language: str,
    postal_address: str,
) -> None:
    """A customer's title, letter language and postal address (TAKE_CALLS):
    what a letter needs, synced like the customer's other fields."""
    require_right(session, ctx, Right.TAKE_CALLS, action="edit_customer")
    errors: list[FieldError] = []
    check_text(errors, "title", title, limit=TITLE_MAX)
    check_text(errors, "postal_address", postal_address, limit=POSTAL_ADDRESS_MAX)
    if language not in ("", *LANGUAGES):
        errors.append(FieldError("language", m.BAD_CHOICE))
    customer = _customer(session, customer_id)
    if customer is None:
        errors.append(FieldError("customer", m.UNKNOWN_REFERENCE))
    if errors:
        raise ValidationFailed(errors)
    assert customer is not None
    address = "\n".join(line.strip() for line in postal_address.strip().splitlines())
    values = {"title": clean_line(title), "language": language, "postal_address": address}
    diffs = {n: (getattr(customer, n), v) for n, v in values.items() if getattr(customer, n) != v}
    if not diffs:
        return
    hlc = ctx.stamp(session)
    for name, (_old, new) in diffs.items():
        setattr(customer, name, new)
    customer.updated_at = hlc
    payload = {name: {"old": old, "new": new} for name, (old, new) in diffs.items()}
    journal.queue_op(
        session, ctx, "customer", customer.id, OpKind.UPDATE, payload, customer.version, hlc
    )
    session.flush()


def _ticket(session: Session, ticket_id: str | None) -> Ticket | None:
    if not ticket_id:
        return None
    return session.execute(
        select(Ticket).where(Ticket.id == ticket_id, Ticket.deleted_at.is_(None))
    ).scalar_one_or_none()


def _customer(session: Session, customer_id: str | None) -> Customer | None:
    if not customer_id:
        return None
    return session.execute(
        select(Customer).where(Customer.id == customer_id, Customer.deleted_at.is_(None))
    ).scalar_one_or_none()


def _branch(session: Session, branch_id: str | None) -> Branch | None:
    if not branch_id:
        return None
    return session.execute(select(Branch).where(Branch.id == branch_id)).scalar_one_or_none()


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError):
        return ZoneInfo("UTC")


def _customer_name(customer: Customer | None, ticket: Ticket | None) -> str:
    if customer is not None:
        return customer.name
    return ticket.customer_name if ticket is not None else ""


def _branch_name(branch: Branch | None, language: str) -> str:
    if branch is None:
        return ""
    return (branch.name_ar or branch.name) if language == "ar" else (branch.name or branch.name_ar)
