"""The outgoing mail server (issue 15, item 7): a configuration document
("smtp") an administrator edits, and its password in the OS keyring alone.

The document holds what every desk may read (host, port, security, sender,
user name); the password never enters it, nor the database, nor a sync:
each workstation that sends mail has it in its own keyring, under service
"maktab-smtp" and the key "<host>|<user name>". No mail server is needed for
anything else: a desk without the document simply offers no e-mail.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import keyring
import keyring.errors
from sqlalchemy.orm import Session

from desk_app.services import config_store
from desk_app.services import messages as m
from desk_app.services.acting import require_right
from desk_app.services.context import WriteContext
from desk_app.services.messages import QT_TRANSLATE_NOOP, FieldError, ValidationFailed
from desk_app.services.permissions import Right
from desk_app.services.validation import normalise_email

DOCUMENT_KEY = "smtp"
KEYRING_SERVICE = "maktab-smtp"
# Channels are the administrator's (level 6), as service levels are.
RIGHT = Right.CONFIGURE_SLA

NO_HOST = QT_TRANSLATE_NOOP("Validation", "Give the mail server's name or address.")
BAD_HOST = QT_TRANSLATE_NOOP(
    "Validation", "A server name has letters, digits, dots and hyphens only."
)
NO_SENDER = QT_TRANSLATE_NOOP("Validation", "Give the address letters are sent from.")
NO_KEYRING = QT_TRANSLATE_NOOP(
    "Validation",
    "This computer has no keyring to keep the password in: mail cannot be set up here.",
)


class Security(StrEnum):
    STARTTLS = "starttls"  # plain connection made secure (port 587)
    TLS = "tls"  # secure from the start (port 465)
    NONE = "none"  # only for a server on this machine or a closed network


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 587
    security: Security = Security.STARTTLS
    sender: str = ""  # the From address
    sender_name: str = ""  # shown beside it ("Customer Service")
    username: str = ""  # '' for a server that needs no sign-in

    def body(self) -> dict[str, Any]:
        return {
            "host": self.host,
            "port": self.port,
            "security": self.security.value,
            "sender": self.sender,
            "sender_name": self.sender_name,
            "username": self.username,
        }


def _host_ok(host: str) -> bool:
    return all(c.isalnum() or c in ".-:[]" for c in host) and not host.startswith("-")


def parse_settings(body: Any) -> SmtpSettings:
    """Settings from a document; ValidationFailed with every problem, each on its field."""
    errors: list[FieldError] = []
    data = body if isinstance(body, dict) else {}
    host = str(data.get("host", "")).strip()
    if not host:
        errors.append(FieldError("host", NO_HOST))
    elif not _host_ok(host) or len(host) > 253:
        errors.append(FieldError("host", BAD_HOST))
    port = data.get("port", 587)
    if not isinstance(port, int) or isinstance(port, bool) or not 1 <= port <= 65535:
        errors.append(FieldError("port", m.OUT_OF_RANGE, {"low": 1, "high": 65535}))
        port = 587
    try:
        security = Security(str(data.get("security", Security.STARTTLS.value)))
    except ValueError:
        errors.append(FieldError("security", m.BAD_CHOICE))
        security = Security.STARTTLS
    raw_sender = str(data.get("sender", "")).strip()
    sender = normalise_email(errors, "sender", raw_sender)
    if not raw_sender:
        errors.append(FieldError("sender", NO_SENDER))
    sender_name = " ".join(str(data.get("sender_name", "")).split())[:200]
    username = str(data.get("username", "")).strip()[:254]
    if errors:
        raise ValidationFailed(errors)
    return SmtpSettings(host, port, security, sender, sender_name, username)


def body_problems(body: dict[str, Any]) -> list[str]:
    """For the server's check of a saved document (English, empty when valid)."""
    try:
        parse_settings(body)
    except ValidationFailed as error:
        return [f"{e.field}: {e.english()}" for e in error.errors]
    return []


def load_settings(session: Session) -> SmtpSettings | None:
    """The settings in force; None when mail is not set up (or the stored
    document no longer reads)."""
    document = config_store.load_document(session, DOCUMENT_KEY)
    if document is None:
        return None
    try:
        return parse_settings(document.body)
    except ValidationFailed:
        return None


def save_settings(
    session: Session, ctx: WriteContext, settings_body: dict[str, Any], base_version: int
) -> SmtpSettings:
    """An administrator's settings, kept on this desk (a desk with a server
    sends them there instead: sync.client.put_config with DOCUMENT_KEY)."""
    require_right(session, ctx, RIGHT, action="configure_mail")
    settings = parse_settings(settings_body)
    config_store.save_local(session, ctx, DOCUMENT_KEY, settings.body(), base_version=base_version)
    return settings


def keyring_key(settings: SmtpSettings) -> str:
    return f"{settings.host}|{settings.username}"


def store_password(settings: SmtpSettings, password: str) -> None:
    """Keep the password in this computer's keyring; ValidationFailed (on
    ``password``) when there is none."""
    try:
        keyring.set_password(KEYRING_SERVICE, keyring_key(settings), password)
    except keyring.errors.KeyringError:  # NoKeyringError is one of these
        raise ValidationFailed([FieldError("password", NO_KEYRING)]) from None


def load_password(settings: SmtpSettings) -> str | None:
    """The password from the keyring; None when none is kept (or no keyring)."""
    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_key(settings))
    except keyring.errors.KeyringError:
        return None
