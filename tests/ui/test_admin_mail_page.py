"""The console's e-mail page in Arabic and English: a mistake said at its
field with nothing saved, then settings saved here with the password in
the keyring only (never in the document that syncs)."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest

from desk_app.models import Role
from desk_app.services.config_store import load_document
from desk_app.services.email_settings import DOCUMENT_KEY, KEYRING_SERVICE
from desk_app.sync.credentials import MemoryKeyring
from desk_app.ui.admin_console import open_console
from desk_app.ui.admin_mail_page import MailPage
from desk_app.ui.desk import Desk
from tests.ui.walk import set_role

_kept: list[object] = []


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


def test_mail_settings(desk: Desk, qtbot, lang: str, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    set_role(desk, Role.ADMIN)
    console = open_console(desk)
    assert console is not None
    qtbot.addWidget(console)
    _kept[:] = [console]
    page = console.show_page("mail")
    assert isinstance(page, MailPage)
    qtbot.waitUntil(lambda: page.version_label.text() != "")
    page.host.setText("mail.example.com")
    page.sender_address.setText("not an address")
    page.save()
    qtbot.waitUntil(lambda: page.errors["sender"].isVisible())
    with desk.db.reading() as session:
        assert load_document(session, DOCUMENT_KEY) is None
    page.sender_address.setText("service@example.com")
    page.username.setText("desk")
    page.password.setText("s3cret")
    page.save()
    qtbot.waitUntil(lambda: page.version == 1 or page.save_button.isEnabled(), timeout=10_000)
    assert page.version == 1, _debug(page)
    with desk.db.reading() as session:
        document = load_document(session, DOCUMENT_KEY)
    assert document is not None and "s3cret" not in str(document.body)
    assert keyring.get_password(KEYRING_SERVICE, "mail.example.com|desk") == "s3cret"
    assert page.password.text() == ""


def _debug(page: MailPage) -> str:
    return (
        page.status.text()
        + " | "
        + page.errors.message.text()
        + " | "
        + " ".join(f"{k}={v.text()}" for k, v in page.errors.labels.items() if v.text())
    )
