"""Translatable messages raised below the UI.

The services layer has no Qt, yet its messages must reach the user in their
language. Messages are English source strings marked with QT_TRANSLATE_NOOP,
which pyside6-lupdate collects into the .ts files; the UI translates them with
QCoreApplication.translate(context, message) and then fills in the parameters.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

# The context every validation message is translated in. lupdate only reads
# literal strings, so the calls below spell it out rather than use this name.
VALIDATION = "Validation"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


@dataclass(frozen=True)
class FieldError:
    """A problem with one field of a form. ``message`` is an English source
    string (context ``Validation``) with ``{name}`` placeholders for ``params``."""

    field: str
    message: str
    params: dict[str, str | int] = dataclasses.field(default_factory=dict)

    def english(self) -> str:
        return self.message.format(**self.params)


class ValidationFailed(Exception):
    """Raised by a service when its input breaks a rule. Nothing was written."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(e.english() for e in errors))
        self.errors = errors


class NotFound(Exception):
    """The row asked for does not exist (or is a tombstone)."""


REQUIRED = QT_TRANSLATE_NOOP("Validation", "This field is required.")
TOO_LONG = QT_TRANSLATE_NOOP(
    "Validation", "Too long: {length} characters, at most {limit} are allowed."
)
BAD_PHONE = QT_TRANSLATE_NOOP(
    "Validation", "Not a valid phone number. Use digits, optionally starting with +."
)
PHONE_TOO_SHORT = QT_TRANSLATE_NOOP(
    "Validation", "Too few digits for a phone number ({count} typed)."
)
PHONE_TOO_LONG = QT_TRANSLATE_NOOP(
    "Validation", "Too many digits for a phone number ({count} typed)."
)
PHONE_COUNTRY = QT_TRANSLATE_NOOP(
    "Validation", "Unknown country code: after the + comes the code of the country."
)
# Email: our own sentences, never the validator library's English one.
BAD_EMAIL = QT_TRANSLATE_NOOP(
    "Validation", "Not a valid email address: check the characters typed."
)
EMAIL_AT = QT_TRANSLATE_NOOP(
    "Validation", "An email address has one @ between a name and a domain."
)
EMAIL_SPACE = QT_TRANSLATE_NOOP("Validation", "An email address has no spaces.")
EMAIL_DOMAIN = QT_TRANSLATE_NOOP(
    "Validation", "After the @ comes a domain name with a dot in it; check that part."
)
BAD_CHOICE = QT_TRANSLATE_NOOP("Validation", "Choose one of the offered values.")
UNKNOWN_REFERENCE = QT_TRANSLATE_NOOP("Validation", "This record no longer exists.")
CONTROL_CHARACTERS = QT_TRANSLATE_NOOP("Validation", "Contains characters that cannot be stored.")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("Validation", "Enter a whole number from {low} to {high}.")
BAD_FIELDS = QT_TRANSLATE_NOOP("Validation", "The extra fields could not be read.")
NAME_TAKEN = QT_TRANSLATE_NOOP("Validation", "You already have a view with this name.")
