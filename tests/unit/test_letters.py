"""Writing a letter from a ticket: the placeholder values, the library in
force, saving to the register with its PDF, memos, and each bad input."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from desk_app.models import Customer, JournalKind, OutboxOp, RegisterEntry, TicketJournal
from desk_app.services import config_store
from desk_app.services.attachments import BlobStore, attachments_of
from desk_app.services.context import WriteContext
from desk_app.services.letter_templates import DOCUMENT_KEY
from desk_app.services.letters import (
    EMPTY_LETTER,
    NO_EMAIL_ADDRESS,
    NO_POSTAL_ADDRESS,
    NO_TEXT_IN_LANGUAGE,
    NOT_A_MEMO_TEMPLATE,
    FinalLetter,
    LetterRequest,
    compose,
    default_language,
    letter_values,
    save_letter,
    set_letter_details,
    template_library,
)
from desk_app.services.memos import MemoRequest, write_memo
from desk_app.services.messages import ValidationFailed
from desk_app.services.register import RegisterChannel
from desk_app.storage.db import Database
from tests.unit.helpers import create

NOW = datetime(2026, 12, 6, 7, 0, tzinfo=UTC)
PDF = b"%PDF-1.7\n%fake but signed\n"


@pytest.fixture
def fixed(ctx: WriteContext) -> WriteContext:
    return dataclasses.replace(ctx, now=lambda: NOW)


@pytest.fixture
def store(tmp_path: Path) -> BlobStore:
    return BlobStore(tmp_path / "attachments")


def _ticket_for(db: Database, ctx: WriteContext, **customer: str) -> str:
    ticket = create(db, ctx, customer_name="سارة القحطاني", email=customer.pop("email", ""))
    with db.writing() as session:
        assert ticket.customer_id is not None
        set_letter_details(
            session,
            ctx,
            ticket.customer_id,
            title=customer.get("title", "الأستاذة"),
            language=customer.get("language", "ar"),
            postal_address=customer.get("postal_address", "ص.ب ١٢٣\nالرياض ١١٤٦١"),
        )
    return ticket.id


def test_values_fill_every_placeholder_in_both_calendars(db: Database, fixed: WriteContext) -> None:
    ticket_id = _ticket_for(db, fixed)
    with db.reading() as session:
        ar = letter_values(session, ticket_id, "ar", "أحمد", NOW, "نرجو إرسال صورة الفاتورة")
        en = letter_values(session, ticket_id, "en", "Ahmad", NOW)
    assert ar["customer_name"] == "سارة القحطاني" and ar["customer_title"] == "الأستاذة"
    assert ar["ticket_number"] == "\u2066HQ-2026-000001\u2069"  # isolated in Arabic
    assert en["ticket_number"] == "HQ-2026-000001"
    assert ar["today"] == "٦ ديسمبر ٢٠٢٦م"
    assert ar["today_hijri"].endswith("هـ") and ar["opened_date"] == ar["today"]
    assert en["today"] == "6 December 2026" and en["today_hijri"].endswith("AH")
    assert ar["branch_name"] == "المكتب الرئيسي" and en["branch_name"] == "Head Office"
    assert ar["reference"] == "{{reference}}"  # until the save allocates it
    assert ar["free_text"] == "نرجو إرسال صورة الفاتورة"


def test_the_stored_library_is_in_force_else_the_starters(db: Database, ctx: WriteContext) -> None:
    with db.writing() as session:
        assert template_library(session).get("request-for-information") is not None
        body = {
            "templates": [
                {
                    "id": "only-en",
                    "kind": "follow_up",
                    "name": {"en": "Follow-up"},
                    "en": {"subject": "About {{ticket_number}}", "body": "Dear {{customer_name}}"},
                }
            ]
        }
        config_store.save_local(session, ctx, DOCUMENT_KEY, body, base_version=0)
    with db.reading() as session:
        library = template_library(session)
        assert [t.id for t in library.templates] == ["only-en"]
        # An Arabic customer and a template with no Arabic: said on the language.
        with pytest.raises(ValidationFailed) as raised:
            compose(session, "only-en", "ar", {}, library)
        assert raised.value.errors[0].field == "language"
        assert raised.value.errors[0].message == NO_TEXT_IN_LANGUAGE


def test_default_language_is_the_customers() -> None:
    assert default_language("en", "ar") == "en"
    assert default_language("", "ar") == "ar"
    assert default_language("", "pl") == "ar"
    assert default_language("", "en") == "en"


def test_a_letter_is_registered_journalled_and_its_pdf_attached(
    db: Database, fixed: WriteContext, store: BlobStore
) -> None:
    ticket_id = _ticket_for(db, fixed)
    with db.reading() as session:
        values = letter_values(session, ticket_id, "ar", "أحمد", NOW, "صورة الهوية")
        text = compose(session, "request-for-information", "ar", values)
    assert "HQ-2026-000001" in text.subject and "الأستاذة سارة القحطاني" in text.body
    made: list[FinalLetter] = []

    def render(letter: FinalLetter) -> bytes:
        made.append(letter)
        return PDF + letter.reference.encode()

    request = LetterRequest(
        ticket_id=ticket_id,
        template_id="request-for-information",
        language="ar",
        channel=RegisterChannel.LETTER,
        subject=text.subject,
        body=text.body + "\nالمرجع: {{reference}}",
        render_pdf=render,
    )
    with db.writing() as session:
        saved = save_letter(session, fixed, request, store)
    assert saved.reference == "HQ-2026-L000001"
    assert made and made[0].reference == saved.reference
    assert "المرجع: \u2066HQ-2026-L000001\u2069" in made[0].body
    assert made[0].addressee == "ص.ب ١٢٣\nالرياض ١١٤٦١"
    with db.reading() as session:
        row = session.execute(
            select(RegisterEntry).where(RegisterEntry.id == saved.entry_id)
        ).scalar_one()
        assert row.direction == "outgoing" and row.template_id == "request-for-information"
        assert "{{reference}}" not in row.body
        files = attachments_of(session, entry_id=saved.entry_id)
        assert [(f.file_name, f.media_type) for f in files] == [
            ("HQ-2026-L000001.pdf", "application/pdf")
        ]
        assert store.read(files[0].sha256).startswith(PDF)
        kinds = session.execute(
            select(TicketJournal.kind, TicketJournal.new_value).where(
                TicketJournal.ticket_id == ticket_id
            )
        ).all()
        assert (JournalKind.LETTER_SENT.value, saved.entry_id) in kinds


@pytest.mark.parametrize(
    ("channel", "customer", "body", "field", "message"),
    [
        (RegisterChannel.LETTER, {"postal_address": ""}, "نص", "postal_address", NO_POSTAL_ADDRESS),
        (RegisterChannel.EMAIL, {}, "نص", "email", NO_EMAIL_ADDRESS),
        (RegisterChannel.LETTER, {}, "  \n ", "body", EMPTY_LETTER),
    ],
)
def test_bad_letters_are_refused_on_their_field_and_nothing_is_written(
    db: Database,
    fixed: WriteContext,
    store: BlobStore,
    channel: RegisterChannel,
    customer: dict[str, str],
    body: str,
    field: str,
    message: str,
) -> None:
    ticket_id = _ticket_for(db, fixed, **customer)
    request = LetterRequest(ticket_id, "follow-up", "ar", channel, "متابعة", body, pdf=PDF)
    with db.reading() as session:
        before = session.execute(select(OutboxOp.op_id)).all()
    with db.writing() as session, pytest.raises(ValidationFailed) as raised:
        save_letter(session, fixed, request, store)
    assert (raised.value.errors[0].field, raised.value.errors[0].message) == (field, message)
    with db.reading() as session:
        assert session.execute(select(OutboxOp.op_id)).all() == before
        assert session.execute(select(RegisterEntry.id)).all() == []


def test_an_arabic_customer_and_a_template_without_arabic(
    db: Database, fixed: WriteContext, store: BlobStore
) -> None:
    ticket_id = _ticket_for(db, fixed)
    with db.writing() as session:
        body = {
            "templates": [
                {
                    "id": "only-en",
                    "kind": "follow_up",
                    "name": {"en": "Follow-up"},
                    "en": {"subject": "About", "body": "Dear {{customer_name}}"},
                }
            ]
        }
        config_store.save_local(session, fixed, DOCUMENT_KEY, body, base_version=0)
    request = LetterRequest(ticket_id, "only-en", "ar", RegisterChannel.LETTER, "s", "text")
    with db.writing() as session, pytest.raises(ValidationFailed) as raised:
        save_letter(session, fixed, request, store)
    assert raised.value.errors[0].message == NO_TEXT_IN_LANGUAGE


def test_letter_details_sync_as_customer_fields(db: Database, fixed: WriteContext) -> None:
    ticket_id = _ticket_for(
        db, fixed, title="Dr", language="en", postal_address="1 King Rd\nRiyadh"
    )
    with db.reading() as session:
        customer = session.execute(select(Customer)).scalar_one()
        assert (customer.title, customer.language, customer.postal_address) == (
            "Dr",
            "en",
            "1 King Rd\nRiyadh",
        )
        ops = session.execute(
            select(OutboxOp.kind, OutboxOp.payload).where(
                OutboxOp.entity == "customer", OutboxOp.kind == "update"
            )
        ).all()
        assert ops and "postal_address" in ops[-1].payload
    assert ticket_id


def test_a_memo_is_internal_and_from_a_memo_template(db: Database, fixed: WriteContext) -> None:
    ticket_id = _ticket_for(db, fixed)
    with db.writing() as session:
        memo = write_memo(
            session,
            fixed,
            MemoRequest(
                "قسم الفوترة", "مراجعة فاتورة", "نرجو المراجعة", ticket_id, "internal-memo"
            ),
        )
        assert (memo.direction, memo.channel, memo.addressee) == ("internal", "memo", "قسم الفوترة")
        assert memo.reply_due_at is None
    with db.writing() as session, pytest.raises(ValidationFailed) as raised:
        write_memo(session, fixed, MemoRequest("", "s", "b", ticket_id, "follow-up"))
    fields = {(e.field, e.message) for e in raised.value.errors}
    assert ("template", NOT_A_MEMO_TEMPLATE) in fields
    assert "addressee" in {f for f, _ in fields}
