"""Who may change which person over the API, and the refusals (server.
people_admin). Rights come from the server's rights table for the token's
person, never from the request: a person reaches only the people of their
own branches (or of none), gives only their own branches, never gives a role
above their own level nor changes someone above it, and never changes their
own role or activation. The last active administrator keeps that role and
stays active, or nobody could manage the server from a desk.

A refusal, of a right or of a value, is audited in its own committed
transaction, then raised with a code the desk turns into words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar

from sqlalchemy import Connection, func, select

from desk_app.models import Role
from desk_app.server import directory
from desk_app.server.accounts import Caller
from desk_app.server.database import ServerDatabase
from desk_app.server.errors import ApiError
from desk_app.server.law import person_of, rights_in_force, write_audit
from desk_app.server.schema import credential
from desk_app.server.text import has_control_characters, printable
from desk_app.services.audit import AuditKind
from desk_app.services.permissions import LEVELS, REASONS, Right, check
from desk_app.sync.people_rules import username_ok

T = TypeVar("T")
users = directory.users


@dataclass(frozen=True)
class Refusal:
    status: int
    code: str
    message: str


def level(role: str) -> int:
    try:
        return LEVELS.index(Role(role)) + 1
    except ValueError:
        return 0


def audit_refusal(
    conn: Connection, caller: Caller, action: str, subject: str, why: Refusal
) -> None:
    write_audit(
        conn,
        datetime.now(UTC),
        AuditKind.REFUSED.value,
        actor_id=caller.user_id,
        actor_name=caller.username,
        device_id=caller.device_id,
        subject=subject,
        detail={"action": action, "code": why.code, "reason": why.message},
    )


def guarded(
    db: ServerDatabase,
    caller: Caller,
    right: Right,
    action: str,
    subject: str,
    work: Callable[[Connection], T],
) -> T:
    """``work`` in one transaction, if the caller holds ``right``. A refusal
    (the right, or ``work`` raising AdminError or Denied) leaves nothing of
    the work behind but is itself audited and committed before it is raised."""
    refusal: Refusal | None = None
    result: T | None = None
    actor = directory.Actor(caller.user_id, caller.username, caller.device_id)
    with db.writing() as conn:
        denied = check(rights_in_force(conn), person_of(conn, caller.user_id), right)
        if denied is not None:
            refusal = Refusal(403, "not_permitted", REASONS[denied.right])
        else:
            try:
                with conn.begin_nested(), directory.acting_as(actor):
                    result = work(conn)
            except Denied as error:
                refusal = error.refusal
            except directory.AdminError as error:
                refusal = Refusal(error.status, _code_of(error), str(error))
        if refusal is not None:
            audit_refusal(conn, caller, action, subject, refusal)
    if refusal is not None:
        raise ApiError(refusal.status, refusal.code, refusal.message)
    assert result is not None
    return result


class Denied(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.refusal = Refusal(status, code, message)


def _code_of(error: directory.AdminError) -> str:
    if isinstance(error, directory.AlreadyExists):
        return "username_taken"
    if isinstance(error, directory.NotFound):
        return "not_found"
    return "invalid_request"


# --- what a person may reach ---------------------------------------------------


def my_level(conn: Connection, caller: Caller) -> int:
    return level(person_of(conn, caller.user_id).role)


def _person_row(conn: Connection, user_id: str) -> tuple[str, str]:
    """(username, role) of a live person, or 404."""
    found = conn.execute(
        select(users.c.username, users.c.role).where(
            users.c.id == user_id, users.c.deleted_at.is_(None)
        )
    ).first()
    if found is None:
        raise Denied(404, "not_found", "no such person")
    return str(found.username), str(found.role)


def within_reach(conn: Connection, caller: Caller, user_id: str) -> tuple[str, str]:
    """The person, if they share a branch with the caller (or have none yet)
    and are not above the caller's level."""
    username, role = _person_row(conn, user_id)
    theirs = set(directory.branch_codes_of(conn, user_id))
    if theirs and not theirs & caller_codes(conn, caller):
        raise Denied(403, "other_branch", "this person works in branches you do not")
    if level(role) > my_level(conn, caller):
        raise Denied(403, "higher_level", "this person's level is above yours")
    return username, role


def caller_codes(conn: Connection, caller: Caller) -> set[str]:
    return set(directory.branch_codes_of(conn, caller.user_id))


def check_branches(conn: Connection, caller: Caller, codes: list[str]) -> list[str]:
    wanted = sorted({code.strip().upper() for code in codes if code.strip()})
    if not wanted:
        raise Denied(422, "invalid_branch", "give at least one branch")
    for code in wanted:
        try:
            # A code that cannot be one is refused before the database sees it.
            if not directory.BRANCH_CODE.match(code):
                raise directory.AdminError(code)
            directory.branch_id_of(conn, code)
        except directory.AdminError:
            shown = printable(code[:20])
            raise Denied(422, "invalid_branch", f"no branch with the code {shown}") from None
    if set(wanted) - caller_codes(conn, caller):
        raise Denied(403, "other_branch", "you may give only the branches you work in")
    return wanted


def check_role(conn: Connection, caller: Caller, role: str) -> None:
    if role not in directory.ROLES:
        raise Denied(422, "invalid_role", f"unknown role; one of: {', '.join(directory.ROLES)}")
    if level(role) > my_level(conn, caller):
        raise Denied(403, "higher_level", REASONS[Right.EDIT_RIGHTS])


def _active_admins(conn: Connection) -> int:
    return int(
        conn.execute(
            select(func.count())
            .select_from(users.join(credential, credential.c.user_id == users.c.id))
            .where(
                users.c.role == Role.ADMIN.value,
                users.c.active.is_(True),
                users.c.deleted_at.is_(None),
                credential.c.active.is_(True),
            )
        ).scalar_one()
    )


def keep_an_administrator(conn: Connection, role: str, active: bool) -> None:
    """Refuse to take away the last active administrator (by role or activation)."""
    if role == Role.ADMIN.value and active and _active_admins(conn) <= 1:
        raise Denied(409, "last_administrator", "this is the last active administrator")


def check_password(password: str) -> None:
    try:
        directory.check_password(password)
    except directory.AdminError as error:
        raise Denied(422, "weak_password", str(error)) from None


def clean_display_name(name: str) -> str:
    name = " ".join(name.split())
    if not name or has_control_characters(name) or len(name) > 200:
        raise Denied(422, "invalid_display_name", "a name of 1 to 200 printable characters")
    return name


def clean_username(username: str) -> str:
    username = username.strip().casefold()
    if not username_ok(username):
        raise Denied(
            422,
            "invalid_username",
            "a username is up to 64 lower-case letters, digits and . _ @ -,"
            " starting with a letter or digit",
        )
    return username
