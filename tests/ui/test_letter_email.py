"""A letter sent as an e-mail from the letter dialog, in Arabic and English
windows: received by a real SMTP server in this process with every
paragraph's own direction in its HTML and the printed PDF attached, filed in
the register; the button is there only where the mail server is set up."""

from __future__ import annotations

import email
import email.policy
import socket
from collections.abc import Iterator
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from desk_app.models import Role
from desk_app.services.email_settings import save_settings
from desk_app.services.intake import IntakeForm, create_ticket
from desk_app.services.letters import set_letter_details
from desk_app.services.register_queries import entries
from desk_app.ui.desk import Desk
from desk_app.ui.letter_dialog import LetterDialog
from tests.ui.walk import set_role


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(envelope.content)
        return "250 OK"


@pytest.fixture
def smtp() -> Iterator[tuple[_Inbox, int]]:
    inbox = _Inbox()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def _ticket(desk: Desk) -> str:
    form = IntakeForm(
        subject="الطابعة لا تطبع", customer_name="سارة القحطاني", email="sara@example.com"
    )
    with desk.db.writing() as session:
        ticket = create_ticket(session, desk.ctx, form)
        assert ticket.customer_id is not None
        set_letter_details(
            session, desk.ctx, ticket.customer_id, title="", language="ar", postal_address=""
        )
        return ticket.id


def _open(desk: Desk, qtbot, ticket_id: str) -> LetterDialog:  # type: ignore[no-untyped-def]
    dialog = LetterDialog(desk, ticket_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.facts is not None)
    return dialog


def test_send_as_email(desk: Desk, qtbot, lang: str, smtp) -> None:  # type: ignore[no-untyped-def]
    inbox, port = smtp
    ticket_id = _ticket(desk)
    assert not _open(desk, qtbot, ticket_id).mail_button.isVisibleTo(None)
    set_role(desk, Role.ADMIN)
    body = {
        "host": "127.0.0.1",
        "port": port,
        "security": "none",
        "sender": "service@example.com",
        "sender_name": "Customer Service",
        "username": "",
    }
    with desk.db.writing() as session:
        save_settings(session, desk.ctx, body, 0)
    dialog = _open(desk, qtbot, ticket_id)
    assert dialog.mail_button.isVisible()
    dialog.template.setCurrentIndex(dialog.template.findData("follow-up"))
    dialog.body.insertPlainText("Please see the attached report.\n")
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.mail_button.click()
    assert len(inbox.messages) == 1
    message = email.message_from_bytes(inbox.messages[0], policy=email.policy.default)
    html_part = message.get_body(("html",))
    assert html_part is not None
    html = html_part.get_content()
    assert 'dir="rtl"' in html and 'dir="ltr"' in html  # each paragraph its own
    pdfs = [p for p in message.iter_attachments() if p.get_content_type() == "application/pdf"]
    assert len(pdfs) == 1 and pdfs[0].get_content().startswith(b"%PDF")
    with desk.db.reading() as session:
        filed = entries(session, desk.ctx.now(), ticket_id=ticket_id)
    assert [e.channel for e in filed] == ["email"]
    assert dialog.saved is not None and dialog.saved.reference == filed[0].reference
