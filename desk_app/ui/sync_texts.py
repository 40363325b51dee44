"""What synchronisation says to the user: problems, refusals, states, values.

The engine and the server speak in stable codes ("unreachable",
"protocol_too_old", "branch_not_allowed" …); this module turns each one into a
sentence in the user's language. A code nobody foresaw is still shown, so a
problem is never silently hidden.
"""

from __future__ import annotations

from datetime import date, datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, QTime

from desk_app.services.permissions import PERMISSIONS, REASONS, Right
from desk_app.services.text import isolate
from desk_app.sync.protocol import RejectReason, refused_right
from desk_app.ui import labels
from desk_app.ui.errors import describe

# Codes the engine, the client and the server use for a problem, beside the
# ErrorBody codes of docs/sync-protocol.md.
UNREACHABLE = "unreachable"
TIMEOUT = "timeout"
AUTH_FAILED = "auth_failed"
BAD_CREDENTIALS = "invalid_credentials"
INVALID_TOKEN = "invalid_token"
BAD_SERVER_URL = "bad_server_url"
TOO_MANY_ATTEMPTS = "too_many_attempts"
PROTOCOL_TOO_OLD = "protocol_too_old"
PROTOCOL_TOO_NEW = "protocol_too_new"
NO_KEYRING = "no_keyring"
DEVICE_REVOKED = "device_revoked"
USER_INACTIVE = "user_inactive"
SIGNED_OUT = "signed_out"
SERVER_FAULT = "server_fault"
REFUSED = "refused"
CLOCK_AHEAD = "clock_ahead"  # this desk's clock is ahead of the server's (SyncStatus)
# Codes after which retrying on a timer is pointless until someone acts.
NEEDS_A_PERSON = frozenset(
    {
        AUTH_FAILED,
        BAD_CREDENTIALS,
        INVALID_TOKEN,
        BAD_SERVER_URL,
        PROTOCOL_TOO_OLD,
        PROTOCOL_TOO_NEW,
        NO_KEYRING,
        DEVICE_REVOKED,
        USER_INACTIVE,
        SIGNED_OUT,
    }
)


def problem_text(code: str, signing_in: bool = False) -> str:
    """One sentence for a problem code; the work on this desk always goes on.
    A refused sign-in means a wrong password while signing in, and a sign-in
    that has to be repeated when it happens during a sync."""
    code = _canonical(code)
    if signing_in and code in (AUTH_FAILED, BAD_CREDENTIALS):
        return QCoreApplication.translate("Sync", "The user name or the password is wrong.")
    table = {
        UNREACHABLE: QCoreApplication.translate(
            "Sync",
            "The server cannot be reached. Check the network and the server address; "
            "Maktab keeps working on this desk and tries again by itself.",
        ),
        TIMEOUT: QCoreApplication.translate(
            "Sync",
            "The server did not answer in time. Maktab keeps working on this desk and "
            "tries again by itself.",
        ),
        AUTH_FAILED: QCoreApplication.translate(
            "Sync", "The server no longer accepts this desk's sign-in. Sign in again."
        ),
        BAD_CREDENTIALS: QCoreApplication.translate(
            "Sync", "The server no longer accepts this desk's sign-in. Sign in again."
        ),
        TOO_MANY_ATTEMPTS: QCoreApplication.translate(
            "Sync",
            "Too many sign-in attempts failed. Wait a few minutes before trying again.",
        ),
        PROTOCOL_TOO_OLD: QCoreApplication.translate(
            "Sync",
            "This version of Maktab is too old for the server. Update Maktab to "
            "synchronise; until then it keeps working on this desk.",
        ),
        PROTOCOL_TOO_NEW: QCoreApplication.translate(
            "Sync",
            "The server needs an update before it can work with this version of Maktab. "
            "Tell your administrator; until then Maktab keeps working on this desk.",
        ),
        NO_KEYRING: QCoreApplication.translate(
            "Sync",
            "No system keyring is available. Maktab keeps the server's secrets only in "
            "the system keyring, never in a file, so it cannot stay signed in. Ask your "
            "administrator to set up a keyring (for example GNOME Keyring or KWallet).",
        ),
        DEVICE_REVOKED: QCoreApplication.translate(
            "Sync",
            "The server no longer accepts this desk (its access was withdrawn). Sign in "
            "again or ask your administrator.",
        ),
        USER_INACTIVE: QCoreApplication.translate(
            "Sync", "Your account on the server is disabled. Ask your administrator."
        ),
        SIGNED_OUT: QCoreApplication.translate(
            "Sync", "Nobody is signed in to the server on this desk."
        ),
        SERVER_FAULT: QCoreApplication.translate(
            "Sync",
            "The server had a problem of its own, or the address does not point to a "
            "Maktab server. Maktab keeps working on this desk and tries again by itself.",
        ),
        REFUSED: QCoreApplication.translate(
            "Sync", "The server refused the request; nothing was changed."
        ),
        BAD_SERVER_URL: QCoreApplication.translate("Sync", "The server address is not valid."),
        CLOCK_AHEAD: clock_ahead_text(0),
    }
    if code in table:
        return table[code]
    return QCoreApplication.translate("Sync", "The server refused: {code}").format(code=code)


class ClockTexts(QObject):
    """How far this computer's clock is ahead, in words. Plurals go through
    self.tr() (pyside6-lupdate records a plural only for tr(text, "", n))."""

    def amount(self, ahead_ms: int) -> str:
        minutes = max(1, round(ahead_ms / 60_000))
        if minutes < 90:
            return self.tr("%Ln minute(s)", "", minutes)
        hours = round(minutes / 60)
        if hours < 36:
            return self.tr("%Ln hour(s)", "", hours)
        return self.tr("%Ln day(s)", "", round(hours / 24))


def clock_ahead_text(ahead_ms: int) -> str:
    """The clock_ahead problem in a sentence: how far ahead (when known) and
    what to do about it."""
    if ahead_ms <= 0:
        return QCoreApplication.translate(
            "Sync",
            "This computer's clock is ahead of the server's, so the server refuses its "
            "changes; they are kept here. Correct the date, time and time zone of this "
            "computer: they are then sent by themselves.",
        )
    return QCoreApplication.translate(
        "Sync",
        "This computer's clock is about {amount} ahead of the server's, so the server "
        "refuses its changes; they are kept here. Correct the date, time and time zone "
        "of this computer: they are then sent by themselves.",
    ).format(amount=ClockTexts().amount(ahead_ms))


def clock_ahead_short(ahead_ms: int) -> str:
    """The clock_ahead problem where space is short (the status bar)."""
    if ahead_ms <= 0:
        return QCoreApplication.translate(
            "Sync", "This computer's clock is ahead: correct the date and time"
        )
    return QCoreApplication.translate(
        "Sync", "This computer's clock is about {amount} ahead: correct the date and time"
    ).format(amount=ClockTexts().amount(ahead_ms))


def _canonical(code: str) -> str:
    """Codes that mean the same to a person (HTTP fallbacks of the client)."""
    if code in (INVALID_TOKEN, "http_401", "http_403"):
        return AUTH_FAILED
    if code == "http_429":
        return TOO_MANY_ATTEMPTS
    if code in ("bad_response", "sync_error") or code.startswith("http_5"):
        return SERVER_FAULT
    if code.startswith("http_4"):
        return REFUSED
    return code


def problem_code(error: BaseException) -> str:
    """The problem code of an exception raised by the sync client or engine."""
    code = getattr(error, "code", None)
    if isinstance(code, str) and code:
        return code
    # Imported here, on the error path: the desk starts without loading them.
    import httpx
    from keyring.errors import KeyringError

    if isinstance(error, KeyringError):
        return NO_KEYRING
    if isinstance(error, httpx.TimeoutException):
        return TIMEOUT
    if isinstance(error, httpx.TransportError | ConnectionError):
        return UNREACHABLE
    return ""


def error_text(error: BaseException, signing_in: bool = False) -> str:
    """An exception from signing in or syncing, said in the user's language."""
    code = problem_code(error)
    if code:
        return problem_text(code, signing_in)
    return describe(error)


def reject_reason_text(code: str) -> str:
    """Why the server refused one change (RejectReason in the protocol)."""
    table = {
        "branch_not_allowed": QCoreApplication.translate(
            "Sync", "This account may not change that branch's data."
        ),
        "unknown_entity": QCoreApplication.translate(
            "Sync", "The server does not know this kind of record."
        ),
        "unknown_field": QCoreApplication.translate(
            "Sync", "The server does not know one of the changed fields."
        ),
        "not_found": QCoreApplication.translate("Sync", "The record does not exist on the server."),
        "invalid_value": QCoreApplication.translate("Sync", "A value was not accepted."),
        "deleted": QCoreApplication.translate("Sync", "The record was deleted on another desk."),
        "not_allowed": QCoreApplication.translate(
            "Sync",
            "The server does not let a desk make this change (people, branches and "
            "queues are changed by the administrator).",
        ),
        "clock_ahead": QCoreApplication.translate(
            "Sync",
            "This computer's clock is ahead of the server's, so the server refused the "
            "change. Set the correct date, time and time zone on this computer; the "
            "change is kept here.",
        ),
    }
    if code in table:
        return table[code]
    if not code:
        return ""
    lacked = permission_text(code)
    if lacked:
        return lacked
    return QCoreApplication.translate("Sync", "Refused: {code}").format(code=code)


def permission_text(code: str) -> str:
    """A ``not_permitted:<right>`` refusal in the person's words: the message of
    that right (permissions.REASONS, context "Permissions"); "" for another code."""
    if code.partition(":")[0] != RejectReason.NOT_PERMITTED.value:
        return ""
    name = refused_right(code)
    try:
        source = REASONS[Right(name or "")]
    except ValueError:
        return QCoreApplication.translate(
            "Sync", "The server refused this change: your role does not allow it."
        )
    return QCoreApplication.translate(PERMISSIONS, source)


def entity_label(entity: str) -> str:
    table = {
        "ticket": QCoreApplication.translate("Sync", "Ticket"),
        "ticket_journal": QCoreApplication.translate("Sync", "Ticket history"),
        "customer": QCoreApplication.translate("Sync", "Customer"),
        "organisation": QCoreApplication.translate("Sync", "Organisation"),
        "asset": QCoreApplication.translate("Sync", "Equipment"),
        "branch": QCoreApplication.translate("Sync", "Branch"),
        "app_user": QCoreApplication.translate("Sync", "User"),
        "desk_group": QCoreApplication.translate("Sync", "Queue"),
        "queue_member": QCoreApplication.translate("Sync", "Queue member"),
        "kb_article": QCoreApplication.translate("Sync", "Knowledge base article"),
    }
    return table.get(entity, entity)


def op_kind_label(kind: str) -> str:
    table = {
        "insert": QCoreApplication.translate("Sync", "New"),
        "update": QCoreApplication.translate("Sync", "Changed"),
        "delete": QCoreApplication.translate("Sync", "Deleted"),
    }
    return table.get(kind, kind)


def op_state_label(state: str) -> str:
    table = {
        "pending": QCoreApplication.translate("Sync", "Waiting to be sent"),
        "rejected": QCoreApplication.translate("Sync", "Refused by the server"),
    }
    return table.get(state, state)


def field_label(field: str) -> str:
    """A field's name in words; never the stored key (describe.field_name)."""
    from desk_app.ui.describe import field_name

    return field_name(field)


def value_text(field: str, value: str, names: dict[str, str] | None = None) -> str:
    """A stored value as the user knows it: a status's name, not its code."""
    if value == "":
        return QCoreApplication.translate("Sync", "(empty)")
    if field == "status":
        return labels.status_label(value)
    if field == "priority":
        try:
            return labels.priority_label(int(value))
        except ValueError:
            return value
    if field == "channel":
        return labels.channel_label(value)
    if field == "category":
        return labels.category_label(value)
    if names and value in names:
        return names[value]
    return value


# Fields whose value is a code or an id: they are chosen, never typed, so a
# conflict on them is settled by keeping one side, not by writing a merge.
# The same for yes/no, numbers, moments and ticket references: a person
# picks a side, not a spelling of a stored value.
CHOSEN_FIELDS = frozenset(
    {
        "status",
        "priority",
        "channel",
        "category",
        "group_id",
        "assignee_id",
        "tier",
        "complaint",
        "satisfaction",
        "follow_up_every_days",
        "follow_up_next_at",
        "merged_into_id",
        "custom_fields",
        "closed_at",
        "deleted_at",
        "customer_id",
        "asset_id",
        "organisation_id",
        "branch_id",
        "active",
        "role",
    }
)


def _has_rtl(text: str) -> bool:
    return any("\u0590" <= c <= "\u08ff" or "\ufb1d" <= c <= "\ufefc" for c in text)


def mixed_label(text: str, rtl: bool) -> str:
    """A label the engine wrote, like "HQ-2026-000123 الطابعة لا تعمل", for
    Arabic text: the ticket number and each Latin run keep their own order
    (isolated), Arabic words flow right to left around them."""
    if not rtl or not text:
        return text
    head, _space, rest = text.partition(" ")
    parts = [p for p in (head, rest) if p]
    if not any(_has_rtl(p) for p in parts):
        return isolate(text)
    return " ".join(p if _has_rtl(p) else isolate(p) for p in parts)


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def moment_text(moment: datetime, zone: str, today: date | None = None) -> str:
    """A UTC moment in the branch's time zone: the time alone when it is today,
    the date and time otherwise, in the user's locale."""
    local = moment.astimezone(_zone(zone))
    time = QTime(local.hour, local.minute, local.second)
    now = datetime.now(local.tzinfo).date() if today is None else today
    locale = QLocale()
    if local.date() == now:
        return locale.toString(time, QLocale.FormatType.ShortFormat)
    stamp = QDateTime(QDate(local.year, local.month, local.day), time)
    return locale.toString(stamp, QLocale.FormatType.ShortFormat)


def check_server_url(text: str) -> tuple[str, str]:
    """(normalised address, "") or ("", what is wrong with it)."""
    address = text.strip()
    if not address:
        return "", QCoreApplication.translate(
            "Sync", "Enter the server's address, for example https://maktab.example.org"
        )
    try:
        parts = urlsplit(address)
        port = parts.port
    except ValueError:
        return "", QCoreApplication.translate("Sync", "The server address is not valid.")
    if parts.scheme.lower() not in ("http", "https"):
        return "", QCoreApplication.translate(
            "Sync", "The server address must start with https:// or http://."
        )
    if not parts.hostname or " " in address:
        return "", QCoreApplication.translate("Sync", "The server address has no valid host name.")
    del port  # read only to validate it
    return address.rstrip("/"), ""
