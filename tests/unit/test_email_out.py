"""A letter sent as an e-mail: received by a real SMTP server in this
process, with a right-to-left HTML body (dir on every paragraph), a plain
text part and its PDF; recorded in the register; nothing recorded when the
mail server refuses it. The settings: checked on save, password in the keyring."""

from __future__ import annotations

import dataclasses
import email
import email.policy
import re
import socket
from collections.abc import Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import keyring
import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select

from desk_app.models import RegisterEntry
from desk_app.services.attachments import BlobStore
from desk_app.services.context import WriteContext
from desk_app.services.email_out import (
    MAIL_NOT_SET_UP,
    MAIL_UNREACHABLE,
    html_body,
    paragraph_direction,
    send_letter,
    smtp_transport,
)
from desk_app.services.email_settings import (
    NO_HOST,
    NO_KEYRING,
    Security,
    SmtpSettings,
    load_password,
    load_settings,
    parse_settings,
    save_settings,
    store_password,
)
from desk_app.services.letters import NO_EMAIL_ADDRESS, LetterRequest, set_letter_details
from desk_app.services.messages import ValidationFailed
from desk_app.services.register import RegisterChannel
from desk_app.storage.db import Database
from desk_app.sync.credentials import MemoryKeyring
from tests.unit.helpers import create

NOW = datetime(2026, 12, 6, 7, 0, tzinfo=UTC)
PDF = b"%PDF-1.7\n%letter\n"
ARABIC_LETTER = (
    "حضرة الأستاذة سارة القحطاني المحترمة،\n\n"
    "نفيدكم بأن طلبكم رقم HQ-2026-000001 قيد المعالجة.\n\n"
    "Ref: {{reference}}\n\n"
    "وتفضلوا بقبول فائق الاحترام،\nأحمد"
)


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 OK"


@pytest.fixture
def smtp() -> Iterator[tuple[_Inbox, int]]:
    inbox = _Inbox()
    with socket.socket() as probe:  # a free port (the controller tests it once started)
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


@pytest.fixture
def fixed(ctx: WriteContext) -> WriteContext:
    return dataclasses.replace(ctx, now=lambda: NOW)


def _ticket(db: Database, ctx: WriteContext, email_address: str) -> str:
    ticket = create(db, ctx, customer_name="سارة القحطاني", email=email_address)
    assert ticket.customer_id is not None
    with db.writing() as session:
        set_letter_details(
            session, ctx, ticket.customer_id, title="الأستاذة", language="ar", postal_address=""
        )
    return ticket.id


def _request(ticket_id: str) -> LetterRequest:
    return LetterRequest(
        ticket_id=ticket_id,
        template_id="follow-up",
        language="ar",
        channel=RegisterChannel.EMAIL,
        subject="متابعة طلبكم {{reference}}",
        body=ARABIC_LETTER,
        pdf=PDF,
    )


def test_an_arabic_letter_arrives_right_to_left_with_its_pdf(
    db: Database, fixed: WriteContext, tmp_path: Path, smtp: tuple[_Inbox, int]
) -> None:
    inbox, port = smtp
    settings = SmtpSettings("127.0.0.1", port, Security.NONE, "desk@maktab.example", "خدمة العملاء")
    ticket_id = _ticket(db, fixed, "sara@example.com")
    store = BlobStore(tmp_path / "blobs")
    with db.writing() as session:
        sent = send_letter(
            session, fixed, _request(ticket_id), store, settings, smtp_transport(settings, None)
        )
    assert sent.to == "sara@example.com"
    [(sender, recipients, raw)] = inbox.messages
    assert (sender, recipients) == ("desk@maktab.example", ["sara@example.com"])
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    assert message["Subject"] == "متابعة طلبكم \u2066HQ-2026-L000001\u2069"
    html_part = message.get_body(("html",))
    text_part = message.get_body(("plain",))
    assert html_part is not None and text_part is not None
    page = html_part.get_content()
    paragraphs = re.findall(r"<p ([^>]*)>(.*?)</p>", page, flags=re.S)
    assert len(paragraphs) == 4
    # Every block carries its own direction: Arabic ones rtl, the Latin one ltr.
    assert [re.search(r'dir="(\w+)"', attrs).group(1) for attrs, _ in paragraphs] == [  # type: ignore[union-attr]
        "rtl",
        "rtl",
        "ltr",
        "rtl",
    ]
    assert "HQ-2026-000001" in paragraphs[1][1] and "Ref: \u2066HQ-2026-L000001" in paragraphs[2][1]
    assert "نفيدكم" in text_part.get_content()
    [pdf] = list(message.iter_attachments())
    assert pdf.get_content_type() == "application/pdf"
    assert pdf.get_filename() == "HQ-2026-L000001.pdf"
    assert pdf.get_content() == PDF
    with db.reading() as session:
        row = session.execute(select(RegisterEntry)).scalar_one()
        assert (row.channel, row.direction, row.addressee) == (
            "email",
            "outgoing",
            "sara@example.com",
        )


def test_nothing_is_registered_when_the_mail_is_not_sent(
    db: Database, fixed: WriteContext, tmp_path: Path
) -> None:
    ticket_id = _ticket(db, fixed, "sara@example.com")
    store = BlobStore(tmp_path / "blobs")
    # Port 9 on this machine: nothing listens there.
    settings = SmtpSettings("127.0.0.1", 9, Security.NONE, "desk@maktab.example")
    with pytest.raises(ValidationFailed) as raised, db.writing() as session:
        send_letter(
            session, fixed, _request(ticket_id), store, settings, smtp_transport(settings, None)
        )
    assert raised.value.errors[0].message == MAIL_UNREACHABLE
    with pytest.raises(ValidationFailed) as raised, db.writing() as session:
        send_letter(
            session, fixed, _request(ticket_id), store, None, smtp_transport(settings, None)
        )
    assert raised.value.errors[0].message == MAIL_NOT_SET_UP
    with db.reading() as session:
        assert session.execute(select(RegisterEntry.id)).all() == []


def test_a_customer_without_an_address_gets_no_mail(
    db: Database, fixed: WriteContext, tmp_path: Path
) -> None:
    ticket_id = _ticket(db, fixed, "")
    settings = SmtpSettings("127.0.0.1", 9, Security.NONE, "desk@maktab.example")
    sent: list[EmailMessage] = []
    with pytest.raises(ValidationFailed) as raised, db.writing() as session:
        send_letter(session, fixed, _request(ticket_id), BlobStore(tmp_path), settings, sent.append)
    assert (raised.value.errors[0].field, raised.value.errors[0].message) == (
        "email",
        NO_EMAIL_ADDRESS,
    )
    assert sent == []


def test_paragraph_direction_follows_the_first_strong_letter() -> None:
    assert paragraph_direction("123 مرحبا") == "rtl"
    assert paragraph_direction("HQ-2026 رقم") == "ltr"
    assert paragraph_direction("12:30") == ""
    page = html_body("<b>x</b> & y\n\n١٢٣", "ar")
    assert "&lt;b&gt;x&lt;/b&gt; &amp; y" in page
    assert '<p dir="rtl"' in page  # digits alone follow the Arabic letter


def test_settings_are_checked_and_the_password_kept_in_the_keyring(
    db: Database, ctx: WriteContext
) -> None:
    with pytest.raises(ValidationFailed) as raised:
        parse_settings({"host": "", "port": 70000, "security": "x", "sender": "not an address"})
    fields = {e.field for e in raised.value.errors}
    assert fields == {"host", "port", "security", "sender"}
    assert raised.value.errors[0].message == NO_HOST
    with db.writing() as session:
        saved = save_settings(
            session,
            ctx,
            {"host": "mail.example.com", "port": 465, "security": "tls", "sender": "a@example.com"},
            0,
        )
    with db.reading() as session:
        assert load_settings(session) == saved
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        store_password(saved, "s3cret")
        assert load_password(saved) == "s3cret"
    finally:
        keyring.set_keyring(previous)


def test_no_keyring_is_said_plainly() -> None:
    from keyring.backends.fail import Keyring as NoKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        settings = SmtpSettings("mail.example.com", sender="a@example.com")
        with pytest.raises(ValidationFailed) as raised:
            store_password(settings, "x")
        assert raised.value.errors[0].message == NO_KEYRING
        assert load_password(settings) is None
    finally:
        keyring.set_keyring(previous)
