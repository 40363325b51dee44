"""What the user sees for each stored code, in their language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from desk_app.models import Channel, Priority, Status
from desk_app.services.messages import VALIDATION, FieldError


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def status_label(code: str) -> str:
    table: dict[object, str] = {
        Status.NEW: _t("New"),
        Status.OPEN: _t("Open"),
        Status.WAITING_CUSTOMER: _t("Waiting for customer"),
        Status.WAITING_THIRD_PARTY: _t("Waiting for third party"),
        Status.RESOLVED: _t("Resolved"),
        Status.CLOSED: _t("Closed"),
    }
    return table.get(code, code)


def priority_label(level: int) -> str:
    table: dict[object, str] = {
        Priority.ENTERPRISE_FAILURE: _t("Enterprise failure"),
        Priority.CRITICAL: _t("Critical"),
        Priority.REGULAR: _t("Regular service"),
        Priority.PLANNED: _t("Planned event"),
    }
    return table.get(level, str(level))


PRIORITY_COLOURS: dict[int, QColor] = {
    Priority.ENTERPRISE_FAILURE: QColor("#b3261e"),
    Priority.CRITICAL: QColor("#e8710a"),
    Priority.REGULAR: QColor("#1a73e8"),
    Priority.PLANNED: QColor("#5f6368"),
}


def channel_label(code: str) -> str:
    table: dict[object, str] = {
        Channel.PHONE: _t("Phone"),
        Channel.EMAIL: _t("Email"),
        Channel.FAX: _t("Fax"),
        Channel.LETTER: _t("Postal mail"),
        Channel.FACE_TO_FACE: _t("Face to face"),
        Channel.CHAT: _t("Chat"),
        Channel.WEB: _t("Web"),
    }
    return table.get(code, code)


# Categories of enquiry (seed 003: billing, product support, purchases …).
CATEGORIES = (
    "hardware",
    "software",
    "network",
    "access_request",
    "billing",
    "product_support",
    "purchase",
    "complaint",
    "other",
)


def category_label(code: str) -> str:
    table: dict[object, str] = {
        "hardware": _t("Hardware and equipment"),
        "software": _t("Software"),
        "network": _t("Network and connectivity"),
        "access_request": _t("Access request"),
        "billing": _t("Billing"),
        "product_support": _t("Product support"),
        "purchase": _t("Purchase"),
        "complaint": _t("Complaint"),
        "other": _t("Other"),
        "": _t("Uncategorised"),
    }
    return table.get(code, code)


def journal_kind_label(kind: str) -> str:
    table: dict[object, str] = {
        "created": _t("Ticket created"),
        "field_changed": _t("Field changed"),
        "note": _t("Note"),
        "contact_logged": _t("Contact logged"),
        "assigned": _t("Assignment changed"),
        "status_changed": _t("Status changed"),
    }
    return table.get(kind, kind)


def field_label(name: str) -> str:
    table: dict[object, str] = {
        "subject": _t("Subject"),
        "description": _t("Description"),
        "category": _t("Category"),
        "channel": _t("Channel"),
        "priority": _t("Priority"),
        "status": _t("Status"),
        "group_id": _t("Queue"),
        "assignee_id": _t("Assignee"),
        "equipment_location": _t("Equipment location"),
        "account_ref": _t("Account number"),
        "licence_ref": _t("Licence agreement"),
        "product_ref": _t("Product / model / serial"),
        "customer_name": _t("Customer name"),
        "phone": _t("Phone"),
        "email": _t("Email"),
        "national_id": _t("National ID"),
        "account_number": _t("Account number"),
        "note": _t("Note"),
    }
    return table.get(name, name)


def error_text(error: FieldError) -> str:
    """A service's validation message in the user's language."""
    template = QCoreApplication.translate(VALIDATION, error.message)
    try:
        return template.format(**error.params)
    except (KeyError, IndexError, ValueError):
        # A translation that broke a placeholder must not hide the message.
        return error.message.format(**error.params)
