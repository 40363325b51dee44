"""A refused phone or email is explained in our own (translatable) words: the
right reason for the number, never the validator library's English sentence."""

from __future__ import annotations

import pytest

from desk_app.services import messages as m
from desk_app.services.messages import FieldError
from desk_app.services.validation import normalise_email, normalise_phone

# Every message a phone or an email can be refused with: each is a source
# string lupdate collects, so each has its translation.
OUR_MESSAGES = {
    m.BAD_PHONE,
    m.PHONE_TOO_SHORT,
    m.PHONE_TOO_LONG,
    m.PHONE_COUNTRY,
    m.BAD_EMAIL,
    m.EMAIL_AT,
    m.EMAIL_SPACE,
    m.EMAIL_DOMAIN,
}


def phone_errors(raw: str) -> list[FieldError]:
    errors: list[FieldError] = []
    normalise_phone(errors, "phone", raw, "SA")
    return errors


@pytest.mark.parametrize(
    ("raw", "message", "count"),
    [
        ("05", m.PHONE_TOO_SHORT, 2),
        ("٠٥٠١", m.PHONE_TOO_SHORT, 4),  # typed on an Arabic keyboard
        ("+1", m.PHONE_TOO_SHORT, 1),
        ("050 123 456 789 012 345", m.PHONE_TOO_LONG, 18),
        ("+999 123 456", m.PHONE_COUNTRY, None),
        ("12ab", m.BAD_PHONE, None),
        ("call me", m.BAD_PHONE, None),
    ],
)
def test_a_refused_phone_says_why(raw: str, message: str, count: int | None) -> None:
    (error,) = phone_errors(raw)
    assert (error.field, error.message) == ("phone", message)
    assert error.params.get("count") == count


@pytest.mark.parametrize("raw", ["0501234567", "+966 50 123 4567", "٠٥٠١٢٣٤٥٦٧", "(050) 123-4567"])
def test_phone_numbers_as_people_type_them_pass(raw: str) -> None:
    errors: list[FieldError] = []
    assert normalise_phone(errors, "phone", raw, "SA") == "+966501234567"
    assert errors == []


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("jan", m.EMAIL_AT),
        ("jan@@example.com", m.EMAIL_AT),
        ("@example.com", m.EMAIL_AT),
        ("jan kowalski@example.com", m.EMAIL_SPACE),
        ("jan@example", m.EMAIL_DOMAIN),
        ("jan@example..com", m.EMAIL_DOMAIN),
        ("jan@-example.com", m.EMAIL_DOMAIN),
        ("jan@exa_mple.com", m.BAD_EMAIL),
    ],
)
def test_a_refused_email_is_said_in_our_words(raw: str, message: str) -> None:
    errors: list[FieldError] = []
    assert normalise_email(errors, "email", raw) == ""
    (error,) = errors
    assert (error.field, error.message, error.params) == ("email", message, {})
    # Nothing of the library's sentence ("…the @-sign…") reaches the person.
    assert "@-sign" not in error.english() and raw not in error.english()


def test_every_refusal_uses_one_of_our_messages() -> None:
    samples = ["1", "12345678901234567890", "+0 1", "x", "+", "++966", "٠"]
    for raw in samples:
        for error in phone_errors(raw):
            assert error.message in OUR_MESSAGES
    for raw in ["a@b@c", "a@b.", " @ ", "ä@ö", "a@b.c-", "a..b@c.com"]:
        errors: list[FieldError] = []
        normalise_email(errors, "email", raw)
        assert all(e.message in OUR_MESSAGES and not e.params for e in errors)
