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


# Separators people type inside a phone number; anything else but digits and a
# leading + is not part of one (phonenumbers would read letters as a keypad).
_PHONE_SEPARATORS = re.compile(r"[\s\-./()\u00a0]")
_PHONE_SHAPE = re.compile(r"^\+?\d+$")
_Reason = phonenumbers.ValidationResult
_Parse = phonenumbers.NumberParseException


def phone_problem(text: str, region: str) -> FieldError | None:
    """Why ``text`` (ASCII digits) is not a phone number, the way the agent can
    fix it: letters, too few or too many digits, an unknown country code."""
    compact = _PHONE_SEPARATORS.sub("", text)
    if not _PHONE_SHAPE.match(compact):
        return FieldError("", m.BAD_PHONE)
    count: dict[str, str | int] = {"count": len(compact.lstrip("+"))}
    try:
        number = phonenumbers.parse(text, region)
    except _Parse as error:
        if error.error_type == _Parse.INVALID_COUNTRY_CODE:
            return FieldError("", m.PHONE_COUNTRY)
        if error.error_type == _Parse.TOO_LONG:
            return FieldError("", m.PHONE_TOO_LONG, count)
        if error.error_type in (_Parse.TOO_SHORT_NSN, _Parse.TOO_SHORT_AFTER_IDD):
            return FieldError("", m.PHONE_TOO_SHORT, count)
        # NOT_A_NUMBER for digits alone: too few of them to be anything.
        return FieldError("", m.PHONE_TOO_SHORT, count)
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason == _Reason.IS_POSSIBLE:
        return None
    if reason == _Reason.INVALID_COUNTRY_CODE:
        return FieldError("", m.PHONE_COUNTRY)
    if reason == _Reason.TOO_LONG:
        return FieldError("", m.PHONE_TOO_LONG, count)
    if reason in (_Reason.TOO_SHORT, _Reason.IS_POSSIBLE_LOCAL_ONLY):
        return FieldError("", m.PHONE_TOO_SHORT, count)
    return FieldError("", m.BAD_PHONE)


def normalise_phone(errors: list[FieldError], field: str, raw: str, region: str) -> str:
    """E.164 form of a phone number typed in any common way ('' when empty)."""
    text = raw.strip()
    if not text:
        return ""
    text = ascii_digits(text)
    problem = phone_problem(text, region)
    if problem is not None:
        errors.append(FieldError(field, problem.message, problem.params))
        return ""
    number = phonenumbers.parse(text, region)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalise_email(errors: list[FieldError], field: str, raw: str) -> str:
    text = raw.strip()
    if not text:
        return ""
    try:
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError:
        # The library's own sentence is English: say it in our words instead.
        errors.append(FieldError(field, email_problem(text)))
        return ""


def email_problem(text: str) -> str:
    """Which of our (translated) messages says what is wrong with an address
    the validator refused."""
    if any(char.isspace() for char in text):
        return m.EMAIL_SPACE
    name, at, domain = text.partition("@")
    if not at or not name or "@" in domain:
        return m.EMAIL_AT
    parts = domain.split(".")
    if len(parts) < 2 or any(not p or p.startswith("-") or p.endswith("-") for p in parts):
        return m.EMAIL_DOMAIN
    return m.BAD_EMAIL


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
