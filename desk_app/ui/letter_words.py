"""Words for the letter screens: the kinds of letter, the placeholders (an
administrator inserts "the customer's name", never ``customer_name``), and
the two languages a letter is written in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.services.letter_templates import LetterKind, Placeholder


def kinds() -> dict[LetterKind, str]:
    return {
        LetterKind.ACKNOWLEDGEMENT: QCoreApplication.translate("LetterWords", "Acknowledgement"),
        LetterKind.REQUEST_FOR_INFORMATION: QCoreApplication.translate(
            "LetterWords", "Request for information"
        ),
        LetterKind.FOLLOW_UP: QCoreApplication.translate("LetterWords", "Follow-up"),
        LetterKind.RESOLUTION: QCoreApplication.translate("LetterWords", "Resolution"),
        LetterKind.REJECTION: QCoreApplication.translate("LetterWords", "Rejection"),
        LetterKind.COMPLAINT_RESPONSE: QCoreApplication.translate(
            "LetterWords", "Complaint response"
        ),
        LetterKind.INTERNAL_MEMO: QCoreApplication.translate("LetterWords", "Internal memo"),
    }


def placeholders() -> dict[Placeholder, str]:
    return {
        Placeholder.CUSTOMER_NAME: QCoreApplication.translate("LetterWords", "Customer's name"),
        Placeholder.CUSTOMER_TITLE: QCoreApplication.translate("LetterWords", "Customer's title"),
        Placeholder.TICKET_NUMBER: QCoreApplication.translate("LetterWords", "Ticket number"),
        Placeholder.TICKET_SUBJECT: QCoreApplication.translate("LetterWords", "Ticket subject"),
        Placeholder.OPENED_DATE: QCoreApplication.translate("LetterWords", "Date opened"),
        Placeholder.OPENED_DATE_HIJRI: QCoreApplication.translate(
            "LetterWords", "Date opened (Hijri)"
        ),
        Placeholder.TODAY: QCoreApplication.translate("LetterWords", "Today's date"),
        Placeholder.TODAY_HIJRI: QCoreApplication.translate("LetterWords", "Today's date (Hijri)"),
        Placeholder.DUE_DATE: QCoreApplication.translate("LetterWords", "Due date"),
        Placeholder.DUE_DATE_HIJRI: QCoreApplication.translate("LetterWords", "Due date (Hijri)"),
        Placeholder.AGENT_NAME: QCoreApplication.translate("LetterWords", "Agent's name"),
        Placeholder.BRANCH_NAME: QCoreApplication.translate("LetterWords", "Branch name"),
        Placeholder.REFERENCE: QCoreApplication.translate("LetterWords", "Register reference"),
        Placeholder.FREE_TEXT: QCoreApplication.translate(
            "LetterWords", "Free text for this letter"
        ),
    }


def language_names() -> dict[str, str]:
    return {
        "ar": QCoreApplication.translate("LetterWords", "Arabic"),
        "en": QCoreApplication.translate("LetterWords", "English"),
    }


def kind_name(kind: LetterKind) -> str:
    return kinds()[kind]


def placeholder_name(placeholder: Placeholder) -> str:
    return placeholders()[placeholder]


def language_name(language: str) -> str:
    return language_names().get(language, language)
