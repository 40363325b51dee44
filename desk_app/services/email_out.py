"""Sending a letter as an e-mail (issue 15, item 7): its text as the body,
its PDF attached, recorded in the register like any letter sent.

Arabic mail readers lose right-to-left when the direction is set once on a
wrapper (a known failure of helpdesk notifications): the HTML body gives
each paragraph its own ``dir`` (and alignment), taken from the paragraph's
first strong character, so an Arabic letter with an English name or a ticket
number in it reads right in every client. A plain-text part goes with it for
readers that show no HTML.

The message is built, sent and registered in one go: the entry is written in
the caller's transaction and the mail sent before it commits, so a mail
server that refuses leaves no entry claiming a letter went.
"""

from __future__ import annotations

import html
import smtplib
import ssl
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from email.message import EmailMessage
from email.utils import formataddr, make_msgid

from sqlalchemy.orm import Session

from desk_app.services.attachments import PDF, BlobStore, attachments_of
from desk_app.services.context import WriteContext
from desk_app.services.email_settings import Security, SmtpSettings
from desk_app.services.letters import FinalLetter, LetterRequest, SavedLetter, save_letter
from desk_app.services.messages import QT_TRANSLATE_NOOP, FieldError, ValidationFailed
from desk_app.services.register import RegisterChannel

TIMEOUT_S = 30

MAIL_NOT_SET_UP = QT_TRANSLATE_NOOP(
    "Validation", "E-mail is not set up on this desk: ask an administrator."
)
MAIL_REFUSED = QT_TRANSLATE_NOOP(
    "Validation", "The mail server did not accept the letter; it was not sent."
)
MAIL_UNREACHABLE = QT_TRANSLATE_NOOP(
    "Validation", "The mail server could not be reached; the letter was not sent."
)
MAIL_SIGN_IN = QT_TRANSLATE_NOOP(
    "Validation", "The mail server refused the user name or password kept on this computer."
)


def paragraph_direction(text: str) -> str:
    """'rtl' or 'ltr': the paragraph's first strong character decides, as
    the Unicode bidi algorithm does; a paragraph with none follows the letter."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return ""


def html_body(body: str, language: str) -> str:
    """The letter as HTML: one <p> per paragraph (blank lines part them,
    single line breaks stay), each with its own dir and alignment."""
    letter_dir = "rtl" if language == "ar" else "ltr"
    blocks = [b for b in body.replace("\r\n", "\n").split("\n\n") if b.strip()]
    out = []
    for block in blocks:
        direction = paragraph_direction(block) or letter_dir
        align = "right" if direction == "rtl" else "left"
        lines = "<br>".join(html.escape(line) for line in block.strip().split("\n"))
        out.append(f'<p dir="{direction}" style="text-align:{align};margin:0 0 1em">{lines}</p>')
    return (
        f'<!DOCTYPE html><html lang="{html.escape(language)}" dir="{letter_dir}"><head>'
        '<meta charset="utf-8"></head><body>' + "".join(out) + "</body></html>"
    )


def build_message(
    settings: SmtpSettings,
    to: str,
    letter: FinalLetter,
    pdf: bytes | None,
    pdf_name: str = "",
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = formataddr((settings.sender_name, settings.sender))
    message["To"] = to
    message["Subject"] = letter.subject
    domain = settings.sender.rpartition("@")[2] or None
    message["Message-ID"] = make_msgid(idstring=letter.reference, domain=domain)
    message["Content-Language"] = letter.language
    message.set_content(letter.body + "\n")
    message.add_alternative(html_body(letter.body, letter.language), subtype="html")
    if pdf is not None:
        maintype, subtype = PDF.split("/")
        message.add_attachment(
            pdf, maintype=maintype, subtype=subtype, filename=pdf_name or f"{letter.reference}.pdf"
        )
    return message


Transport = Callable[[EmailMessage], None]


def smtp_transport(settings: SmtpSettings, password: str | None) -> Transport:
    """Sends through the configured server; ValidationFailed (on ``email``)
    with our words for each way it can fail."""

    def send(message: EmailMessage) -> None:
        try:
            if settings.security is Security.TLS:
                context = ssl.create_default_context()
                client: smtplib.SMTP = smtplib.SMTP_SSL(
                    settings.host, settings.port, timeout=TIMEOUT_S, context=context
                )
            else:
                client = smtplib.SMTP(settings.host, settings.port, timeout=TIMEOUT_S)
            with client:
                if settings.security is Security.STARTTLS:
                    client.starttls(context=ssl.create_default_context())
                if settings.username:
                    client.login(settings.username, password or "")
                client.send_message(message)
        except smtplib.SMTPAuthenticationError:
            raise ValidationFailed([FieldError("email", MAIL_SIGN_IN)]) from None
        except smtplib.SMTPException:
            raise ValidationFailed([FieldError("email", MAIL_REFUSED)]) from None
        except OSError:
            raise ValidationFailed([FieldError("email", MAIL_UNREACHABLE)]) from None

    return send


@dataclass(frozen=True)
class SentEmail:
    saved: SavedLetter
    to: str
    message_id: str


def send_letter(
    session: Session,
    ctx: WriteContext,
    request: LetterRequest,
    store: BlobStore,
    settings: SmtpSettings | None,
    transport: Transport,
) -> SentEmail:
    """Register the letter as an outgoing e-mail (its PDF attached to the
    entry) and send it. ValidationFailed (nothing registered, nothing sent)
    for a bad letter, a customer without an e-mail address, mail not set up,
    or a mail server that refuses it."""
    if settings is None:
        raise ValidationFailed([FieldError("email", MAIL_NOT_SET_UP)])
    request = replace(request, channel=RegisterChannel.EMAIL)
    saved = save_letter(session, ctx, request, store)
    pdf = None
    if saved.attachment_id is not None:
        found = attachments_of(session, entry_id=saved.entry_id)
        pdf = store.read(found[0].sha256) if found else None
    to = saved.letter.addressee
    message = build_message(settings, to, saved.letter, pdf, request.pdf_name)
    transport(message)  # raises before the caller's transaction commits
    return SentEmail(saved, to, str(message["Message-ID"]))
