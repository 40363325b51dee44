"""Field checks shared by every form: lengths, phones, emails, stray control characters."""

from __future__ import annotations

import re

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from sqlalchemy.orm import Session

from desk_app.models import SyncedMixin
from desk_app.services import messages as m
from desk_app.services.messages import FieldError

# C0/C1 controls other than tab and newlines: pasted from terminals or PDFs,
# they break exports and the search index, so they are refused, not stripped.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


# Arabic-Indic and Eastern Arabic-Indic (Persian) digits: what an Arabic keyboard types.
_ASCII_DIGITS = {0x0660 + i: str(i) for i in range(10)} | {0x06F0 + i: str(i) for i in range(10)}


def ascii_digits(value: str) -> str:
    """Digits as 0-9, so codes compare and search the same whichever were typed."""
    return value.translate(_ASCII_DIGITS)


def clean_line(value: str) -> str:
    """A single-line field: surrounding space trimmed, inner runs collapsed."""
    return " ".join(value.split())


def check_text(
    errors: list[FieldError], field: str, value: str, *, limit: int, required: bool = False
) -> None:
    if required and not value.strip():
        errors.append(FieldError(field, m.REQUIRED))
    elif len(value) > limit:
        errors.append(FieldError(field, m.TOO_LONG, {"length": len(value), "limit": limit}))
    elif _CONTROL.search(value):
        errors.append(FieldError(field, m.CONTROL_CHARACTERS))


def normalise_phone(errors: list[FieldError], field: str, raw: str, region: str) -> str:
    """E.164 form of a phone number typed in any common way ('' when empty)."""
    text = raw.strip()
    if not text:
        return ""
    text = ascii_digits(text)
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        errors.append(FieldError(field, m.BAD_PHONE))
        return ""
    if not phonenumbers.is_possible_number(number):
        errors.append(FieldError(field, m.BAD_PHONE))
        return ""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalise_email(errors: list[FieldError], field: str, raw: str) -> str:
    text = raw.strip()
    if not text:
        return ""
    try:
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError as error:
        errors.append(FieldError(field, m.BAD_EMAIL, {"reason": str(error)}))
        return ""


def check_reference(
    errors: list[FieldError],
    session: Session,
    field: str,
    model: type[SyncedMixin],
    key: str | None,
) -> None:
    """A chosen customer, queue or person must still exist (not a tombstone)."""
    if key is None:
        return
    row = session.get(model, key)
    if row is None or row.deleted_at is not None:
        errors.append(FieldError(field, m.UNKNOWN_REFERENCE))
