"""Words for the letter screens: the kinds of letter, the placeholders (an
administrator inserts "the customer's name", never ``customer_name``), and
the two languages a letter is written in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.services.letter_templates import LetterKind, Placeholder
from desk_app.services.messages import QT_TRANSLATE_NOOP

CONTEXT = "LetterWords"

KINDS: dict[LetterKind, str] = {
    LetterKind.ACKNOWLEDGEMENT: QT_TRANSLATE_NOOP("LetterWords", "Acknowledgement"),
    LetterKind.REQUEST_FOR_INFORMATION: QT_TRANSLATE_NOOP("LetterWords", "Request for information"),
    LetterKind.FOLLOW_UP: QT_TRANSLATE_NOOP("LetterWords", "Follow-up"),
    LetterKind.RESOLUTION: QT_TRANSLATE_NOOP("LetterWords", "Resolution"),
    LetterKind.REJECTION: QT_TRANSLATE_NOOP("LetterWords", "Rejection"),
    LetterKind.COMPLAINT_RESPONSE: QT_TRANSLATE_NOOP("LetterWords", "Complaint response"),
    LetterKind.INTERNAL_MEMO: QT_TRANSLATE_NOOP("LetterWords", "Internal memo"),
}

PLACEHOLDERS: dict[Placeholder, str] = {
    Placeholder.CUSTOMER_NAME: QT_TRANSLATE_NOOP("LetterWords", "Customer's name"),
    Placeholder.CUSTOMER_TITLE: QT_TRANSLATE_NOOP("LetterWords", "Customer's title"),
    Placeholder.TICKET_NUMBER: QT_TRANSLATE_NOOP("LetterWords", "Ticket number"),
    Placeholder.TICKET_SUBJECT: QT_TRANSLATE_NOOP("LetterWords", "Ticket subject"),
    Placeholder.OPENED_DATE: QT_TRANSLATE_NOOP("LetterWords", "Date opened"),
    Placeholder.OPENED_DATE_HIJRI: QT_TRANSLATE_NOOP("LetterWords", "Date opened (Hijri)"),
    Placeholder.TODAY: QT_TRANSLATE_NOOP("LetterWords", "Today's date"),
    Placeholder.TODAY_HIJRI: QT_TRANSLATE_NOOP("LetterWords", "Today's date (Hijri)"),
    Placeholder.DUE_DATE: QT_TRANSLATE_NOOP("LetterWords", "Due date"),
    Placeholder.DUE_DATE_HIJRI: QT_TRANSLATE_NOOP("LetterWords", "Due date (Hijri)"),
    Placeholder.AGENT_NAME: QT_TRANSLATE_NOOP("LetterWords", "Agent's name"),
    Placeholder.BRANCH_NAME: QT_TRANSLATE_NOOP("LetterWords", "Branch name"),
    Placeholder.REFERENCE: QT_TRANSLATE_NOOP("LetterWords", "Register reference"),
    Placeholder.FREE_TEXT: QT_TRANSLATE_NOOP("LetterWords", "Free text for this letter"),
}

LANGUAGE_NAMES = {
    "ar": QT_TRANSLATE_NOOP("LetterWords", "Arabic"),
    "en": QT_TRANSLATE_NOOP("LetterWords", "English"),
}


def kind_name(kind: LetterKind) -> str:
    return QCoreApplication.translate(CONTEXT, KINDS[kind])


def placeholder_name(placeholder: Placeholder) -> str:
    return QCoreApplication.translate(CONTEXT, PLACEHOLDERS[placeholder])


def language_name(language: str) -> str:
    return QCoreApplication.translate(CONTEXT, LANGUAGE_NAMES.get(language, language))
