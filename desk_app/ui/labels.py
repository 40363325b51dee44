"""What the user sees for each stored code, in their language."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor

from desk_app.models import Channel, Priority, Role, Status
from desk_app.services.catalogue import Catalogue
from desk_app.services.messages import VALIDATION, FieldError
from desk_app.services.text import FSI, PDI

# The category catalogue in use (ui.catalogue_source sets it): category names
# come from it, in the user's language, before the built-in table below.
_catalogue: Catalogue | None = None


def use_catalogue(catalogue: Catalogue) -> None:
    global _catalogue
    _catalogue = catalogue


def used_catalogue() -> Catalogue | None:
    """The category catalogue in use, if one was set."""
    return _catalogue


def ui_language() -> str:
    """The language the user interface speaks (app.apply_language sets the locale)."""
    language = QLocale().language()
    if language == QLocale.Language.Arabic:
        return "ar"
    if language == QLocale.Language.Polish:
        return "pl"
    return "en"


def status_label(code: str) -> str:
    table: dict[object, str] = {
        Status.NEW: QCoreApplication.translate("Labels", "New"),
        Status.OPEN: QCoreApplication.translate("Labels", "Open"),
        Status.WAITING_CUSTOMER: QCoreApplication.translate("Labels", "Waiting for customer"),
        Status.WAITING_THIRD_PARTY: QCoreApplication.translate("Labels", "Waiting for third party"),
        Status.RESOLVED: QCoreApplication.translate("Labels", "Resolved"),
        Status.CLOSED: QCoreApplication.translate("Labels", "Closed"),
    }
    return table.get(code, code)


def queue_label(tier: int, name: str, name_ar: str, arabic: bool) -> str:
    """A queue as lists offer it: its tier first, digits as the locale writes them."""
    shown = name_ar if arabic and name_ar else name
    return QCoreApplication.translate("Labels", "Tier {tier}: {name}").format(
        tier=QLocale().toString(tier), name=shown
    )


def priority_label(level: int) -> str:
    table: dict[object, str] = {
        Priority.ENTERPRISE_FAILURE: QCoreApplication.translate("Labels", "Enterprise failure"),
        Priority.CRITICAL: QCoreApplication.translate("Labels", "Critical"),
        Priority.REGULAR: QCoreApplication.translate("Labels", "Regular service"),
        Priority.PLANNED: QCoreApplication.translate("Labels", "Planned event"),
    }
    return table.get(level, str(level))


# Only the exceptional priorities are coloured (and, the urgent ones, bold):
# regular service is most rows and reads in the normal text colour, not in a
# link blue. Each colour reads at 4.5:1 on the list's rows (ui.contrast).
PRIORITY_COLOURS: dict[int, QColor] = {
    Priority.ENTERPRISE_FAILURE: QColor("#b3261e"),
    Priority.CRITICAL: QColor("#a84b00"),
    Priority.PLANNED: QColor("#5f6368"),
}
URGENT_PRIORITIES = frozenset({Priority.ENTERPRISE_FAILURE, Priority.CRITICAL})


def channel_label(code: str) -> str:
    table: dict[object, str] = {
        Channel.PHONE: QCoreApplication.translate("Labels", "Phone"),
        Channel.EMAIL: QCoreApplication.translate("Labels", "Email"),
        Channel.FAX: QCoreApplication.translate("Labels", "Fax"),
        Channel.LETTER: QCoreApplication.translate("Labels", "Postal mail"),
        Channel.FACE_TO_FACE: QCoreApplication.translate("Labels", "Face to face"),
        Channel.CHAT: QCoreApplication.translate("Labels", "Chat"),
        Channel.WEB: QCoreApplication.translate("Labels", "Web"),
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
    category = _catalogue.get(code) if _catalogue is not None else None
    if category is not None:
        return category.label(ui_language())
    table: dict[object, str] = {
        "hardware": QCoreApplication.translate("Labels", "Hardware and equipment"),
        "software": QCoreApplication.translate("Labels", "Software"),
        "network": QCoreApplication.translate("Labels", "Network and connectivity"),
        "access_request": QCoreApplication.translate("Labels", "Access request"),
        "billing": QCoreApplication.translate("Labels", "Billing"),
        "product_support": QCoreApplication.translate("Labels", "Product support"),
        "purchase": QCoreApplication.translate("Labels", "Purchase"),
        "complaint": QCoreApplication.translate("Labels", "Complaint"),
        "other": QCoreApplication.translate("Labels", "Other"),
        "": QCoreApplication.translate("Labels", "Uncategorised"),
    }
    return table.get(code, code)


def journal_kind_label(kind: str) -> str:
    table: dict[object, str] = {
        "created": QCoreApplication.translate("Labels", "Ticket created"),
        "field_changed": QCoreApplication.translate("Labels", "Field changed"),
        "note": QCoreApplication.translate("Labels", "Note"),
        "contact_logged": QCoreApplication.translate("Labels", "Contact logged"),
        "assigned": QCoreApplication.translate("Labels", "Assignment changed"),
        "status_changed": QCoreApplication.translate("Labels", "Status changed"),
        "linked": QCoreApplication.translate("Labels", "Tickets linked"),
        "unlinked": QCoreApplication.translate("Labels", "Link removed"),
        "merged": QCoreApplication.translate("Labels", "Ticket merged"),
        "article_used": QCoreApplication.translate("Labels", "Answered by an article"),
    }
    return table.get(kind, kind)


def field_label(name: str) -> str:
    table: dict[object, str] = {
        "subject": QCoreApplication.translate("Labels", "Subject"),
        "description": QCoreApplication.translate("Labels", "Description"),
        "category": QCoreApplication.translate("Labels", "Category"),
        "channel": QCoreApplication.translate("Labels", "Channel"),
        "priority": QCoreApplication.translate("Labels", "Priority"),
        "status": QCoreApplication.translate("Labels", "Status"),
        "group_id": QCoreApplication.translate("Labels", "Queue"),
        "assignee_id": QCoreApplication.translate("Labels", "Assignee"),
        "equipment_location": QCoreApplication.translate("Labels", "Equipment location"),
        "account_ref": QCoreApplication.translate("Labels", "Account number"),
        "licence_ref": QCoreApplication.translate("Labels", "Licence agreement"),
        "product_ref": QCoreApplication.translate("Labels", "Product / model / serial"),
        "customer_name": QCoreApplication.translate("Labels", "Customer name"),
        "phone": QCoreApplication.translate("Labels", "Phone"),
        "email": QCoreApplication.translate("Labels", "Email"),
        "national_id": QCoreApplication.translate("Labels", "National ID"),
        "account_number": QCoreApplication.translate("Labels", "Account number"),
        "note": QCoreApplication.translate("Labels", "Note"),
        "resolution_cause": QCoreApplication.translate("Labels", "Cause"),
        "solution": QCoreApplication.translate("Labels", "Solution"),
        "satisfaction": QCoreApplication.translate("Labels", "Satisfaction"),
        "complaint": QCoreApplication.translate("Labels", "Complaint"),
        "follow_up_next_at": QCoreApplication.translate("Labels", "Call back"),
        "follow_up_every_days": QCoreApplication.translate("Labels", "Repeat the call-back"),
        "custom_fields": QCoreApplication.translate("Labels", "Details of the category"),
        "merged_into_id": QCoreApplication.translate("Labels", "Merged into"),
        "merged_from": QCoreApplication.translate("Labels", "Merged ticket"),
        "link": QCoreApplication.translate("Labels", "Linked ticket"),
        "tier": QCoreApplication.translate("Labels", "Tier"),
        "number": QCoreApplication.translate("Labels", "Ticket number"),
        "customer_id": QCoreApplication.translate("Labels", "Customer"),
        "asset_id": QCoreApplication.translate("Labels", "Equipment"),
        "organisation_id": QCoreApplication.translate("Labels", "Organisation"),
        "branch_id": QCoreApplication.translate("Labels", "Branch"),
        "closed_at": QCoreApplication.translate("Labels", "Closed at"),
        "deleted_at": QCoreApplication.translate("Labels", "Deleted at"),
        "created_at": QCoreApplication.translate("Labels", "Created at"),
        "last_activity_at": QCoreApplication.translate("Labels", "Last activity"),
        "name": QCoreApplication.translate("Labels", "Name"),
        "name_ar": QCoreApplication.translate("Labels", "Name in Arabic"),
        "product": QCoreApplication.translate("Labels", "Product"),
        "model_number": QCoreApplication.translate("Labels", "Model"),
        "serial_number": QCoreApplication.translate("Labels", "Serial number"),
        "licence": QCoreApplication.translate("Labels", "Licence"),
        "location": QCoreApplication.translate("Labels", "Location"),
        "username": QCoreApplication.translate("Labels", "User name"),
        "display_name": QCoreApplication.translate("Labels", "Name shown"),
        "role": QCoreApplication.translate("Labels", "Role"),
        "active": QCoreApplication.translate("Labels", "Active"),
        "code": QCoreApplication.translate("Labels", "Code"),
        "time_zone": QCoreApplication.translate("Labels", "Time zone"),
        "weekend_days": QCoreApplication.translate("Labels", "Weekend days"),
        "summary": QCoreApplication.translate("Labels", "Summary"),
        "direction": QCoreApplication.translate("Labels", "Direction"),
        "duration": QCoreApplication.translate("Labels", "Duration"),
        "duration_s": QCoreApplication.translate("Labels", "Duration"),
    }
    return table.get(name, name)


def role_label(code: str) -> str:
    """A person's role at the desk (SFIA levels 1-6)."""
    table: dict[object, str] = {
        Role.INTAKE: QCoreApplication.translate("Labels", "Intake"),
        Role.AGENT: QCoreApplication.translate("Labels", "Agent"),
        Role.SENIOR_AGENT: QCoreApplication.translate("Labels", "Senior agent"),
        Role.TEAM_LEAD: QCoreApplication.translate("Labels", "Team lead"),
        Role.SUPERVISOR: QCoreApplication.translate("Labels", "Supervisor"),
        Role.ADMIN: QCoreApplication.translate("Labels", "Administrator"),
    }
    return table.get(code, code)


# Parameters of validation messages that are numbers (a limit, a count, a
# range's ends), not identifiers: shown in the locale's digits.
_NUMERIC_PARAMS = frozenset({"length", "limit", "low", "high", "count", "left", "minutes"})


def _localised(key: str, value: str | int) -> str | int:
    if isinstance(value, bool) or key not in _NUMERIC_PARAMS:
        return value
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        return value
    if amount == amount.to_integral_value():
        return QLocale().toString(int(amount))
    return QLocale().toString(float(amount), "g", 15)


def error_text(error: FieldError) -> str:
    """A service's validation message in the user's language."""
    template = QCoreApplication.translate(VALIDATION, error.message)
    # Counts and limits in the locale's digits, like every number but identifiers.
    params = {key: _localised(key, value) for key, value in error.params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        # A translation that broke a placeholder must not hide the message.
        return error.message.format(**error.params)


def change_text(old: str, new: str, rtl: bool) -> str:
    """ "old → new" for a change a person reads, the arrow pointing the way
    the line reads (← in Arabic: U+2192 is not mirrored by bidi, so → there
    would read new-to-old). Each value is a first-strong isolate, so a Latin
    value inside Arabic text (or the reverse) keeps its place beside the arrow."""
    arrow = "←" if rtl else "→"
    return f"{FSI}{old}{PDI} {arrow} {FSI}{new}{PDI}"
