"""What the server answered when an administration page asked it something,
in the user's language and, where it is about one field, the field it is
about. The server's own message is English and never shown as is, except a
refusal of a right, which is one of permissions.REASONS (translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.services.permissions import REASONS
from desk_app.services.text import isolate
from desk_app.sync.admin_messages import MAX_USERNAME
from desk_app.sync.errors import AuthFailed, RateLimited, SyncError, Unreachable
from desk_app.sync.people_rules import MIN_PASSWORD_LENGTH
from desk_app.ui.admin_words import denial_text
from desk_app.ui.errors import describe
from desk_app.ui.formatting import number

_REASONS = frozenset(REASONS.values())
# The signs a username may hold, kept together and in their order in a line
# of either direction (no break between them, left to right).
_SIGNS = isolate("\u00a0".join([".", "_", "@", "-"]))


def refusal(error: BaseException) -> tuple[str | None, str]:
    """(the field the answer is about or None, the answer in words)."""
    if not isinstance(error, SyncError):
        return None, describe(error)
    code = error.code or ""
    if isinstance(error, AuthFailed) and code == "not_permitted":
        message = error.message if error.message in _REASONS else ""
        return None, denial_text(message) if message else _not_allowed()
    if isinstance(error, Unreachable):
        return None, QCoreApplication.translate(
            "ServerAdmin", "The server cannot be reached. Check the connection and try again."
        )
    if isinstance(error, RateLimited):
        return None, QCoreApplication.translate(
            "ServerAdmin", "The server is busy. Try again in a minute."
        )
    if isinstance(error, AuthFailed) and code not in _FIELD_CODES:
        return None, QCoreApplication.translate(
            "ServerAdmin", "The server asks you to sign in again (Sync menu)."
        )
    return answer(code)


def _not_allowed() -> str:
    return QCoreApplication.translate(
        "ServerAdmin", "The server refused: your role may not do this."
    )


_FIELD_CODES = frozenset(
    {
        "higher_level",
        "other_branch",
        "yourself",
        "last_administrator",
        "username_taken",
        "invalid_username",
        "invalid_display_name",
        "invalid_role",
        "invalid_branch",
        "weak_password",
        "not_found",
        "stale_rights",
    }
)


def answer(code: str) -> tuple[str | None, str]:
    """The words of a refusal by its code (the server's, or the form's own
    check before sending), and the field it is about."""
    if code == "higher_level":
        return "role", QCoreApplication.translate(
            "ServerAdmin", "You may not give a role above your own, or change someone above it."
        )
    if code == "other_branch":
        return "branches", QCoreApplication.translate(
            "ServerAdmin", "You may manage only the people and branches you work in."
        )
    if code == "yourself":
        return None, QCoreApplication.translate(
            "ServerAdmin", "You cannot do this to yourself: ask another administrator."
        )
    if code == "last_administrator":
        return "role", QCoreApplication.translate(
            "ServerAdmin", "This is the last active administrator: make another one first."
        )
    if code == "username_taken":
        return "username", QCoreApplication.translate(
            "ServerAdmin", "Someone already has this user name."
        )
    if code == "invalid_username":
        return "username", QCoreApplication.translate(
            "ServerAdmin",
            "User names: up to {count} small Latin letters and digits, no spaces, and {signs}",
        ).format(count=number(MAX_USERNAME), signs=_SIGNS)
    if code == "invalid_display_name":
        return "display_name", QCoreApplication.translate("ServerAdmin", "Type the person's name.")
    if code == "invalid_role":
        return "role", QCoreApplication.translate("ServerAdmin", "Choose a role from the list.")
    if code == "invalid_branch":
        return "branches", QCoreApplication.translate("ServerAdmin", "Choose at least one branch.")
    if code == "weak_password":
        return "password", QCoreApplication.translate(
            "ServerAdmin", "A password needs at least {count} characters."
        ).format(count=number(MIN_PASSWORD_LENGTH))
    if code == "passwords_differ":
        return "password_again", QCoreApplication.translate(
            "ServerAdmin", "The two passwords differ."
        )
    if code == "not_found":
        return None, QCoreApplication.translate(
            "ServerAdmin", "This is no longer on the server. The list has been reloaded."
        )
    if code == "stale_rights":
        return None, QCoreApplication.translate(
            "ServerAdmin",
            "Someone saved the rights meanwhile. Their table is shown now; make your change again.",
        )
    return None, QCoreApplication.translate("ServerAdmin", "The server refused the change.")
