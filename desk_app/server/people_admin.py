"""People and devices managed over the API (server.admin_routes): the same
changes as desk-admin server … (server.directory), made by a signed-in person.

Who may is decided here, from the server's rights table for the token's
person (never from what the request says): MANAGE_USERS for people,
MANAGE_DEVICES for devices. A person reaches only the people of their own
branches, gives only their own branches, and never gives a role above their
own level nor changes someone above it. The last active administrator keeps
that role and stays active, or nobody could manage the server from a desk.

Every change is audited by directory (before and after); every refusal, of a
right or of a value, is audited here, in its own committed transaction, then
raised with a code the desk turns into words.
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
from desk_app.server.schema import credential, device, user_branch
from desk_app.server.text import has_control_characters
from desk_app.services.audit import AuditKind
from desk_app.services.permissions import LEVELS, REASONS, Right, check
from desk_app.sync.admin_messages import (
    BranchChoice,
    DeviceInfo,
    DeviceList,
    NewPerson,
    PeopleList,
    PersonInfo,
    QueueRef,
)
from desk_app.sync.people_rules import MIN_PASSWORD_LENGTH, username_ok

T = TypeVar("T")
users, branches, queues, members = (
    directory.users,
    directory.branches,
    directory.queues,
    directory.members,
)


@dataclass(frozen=True)
class _Refusal:
    status: int
    code: str
    message: str


def level(role: str) -> int:
    try:
        return LEVELS.index(Role(role)) + 1
    except ValueError:
        return 0


def _refused(conn: Connection, caller: Caller, action: str, subject: str, why: _Refusal) -> None:
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


def _guarded(
    db: ServerDatabase,
    caller: Caller,
    right: Right,
    action: str,
    subject: str,
    work: Callable[[Connection], T],
) -> T:
    """``work`` in one transaction, if the caller holds ``right``. A refusal
    (the right, or ``work`` raising AdminError or _Denied) leaves nothing of
    the work behind but is itself audited and committed before it is raised."""
    refusal: _Refusal | None = None
    result: T | None = None
    actor = directory.Actor(caller.user_id, caller.username, caller.device_id)
    with db.writing() as conn:
        denied = check(rights_in_force(conn), person_of(conn, caller.user_id), right)
        if denied is not None:
            refusal = _Refusal(403, "not_permitted", REASONS[denied.right])
        else:
            try:
                with conn.begin_nested(), directory.acting_as(actor):
                    result = work(conn)
            except _Denied as error:
                refusal = error.refusal
            except directory.AdminError as error:
                refusal = _Refusal(error.status, _code_of(error), str(error))
        if refusal is not None:
            _refused(conn, caller, action, subject, refusal)
    if refusal is not None:
        raise ApiError(refusal.status, refusal.code, refusal.message)
    assert result is not None
    return result


class _Denied(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.refusal = _Refusal(status, code, message)


def _code_of(error: directory.AdminError) -> str:
    if isinstance(error, directory.AlreadyExists):
        return "username_taken"
    if isinstance(error, directory.NotFound):
        return "not_found"
    return "invalid_request"


# --- what a person may reach ---------------------------------------------------


def _my_level(conn: Connection, caller: Caller) -> int:
    return level(person_of(conn, caller.user_id).role)


def _person_row(conn: Connection, user_id: str) -> tuple[str, str]:
    """(username, role) of a live person, or 404."""
    found = conn.execute(
        select(users.c.username, users.c.role).where(
            users.c.id == user_id, users.c.deleted_at.is_(None)
        )
    ).first()
    if found is None:
        raise _Denied(404, "not_found", "no such person")
    return str(found.username), str(found.role)


def _within_reach(conn: Connection, caller: Caller, user_id: str) -> tuple[str, str]:
    """The person, if they share a branch with the caller (or have none yet)
    and are not above the caller's level."""
    username, role = _person_row(conn, user_id)
    theirs = set(directory.branch_codes_of(conn, user_id))
    if theirs and not theirs & _caller_codes(conn, caller):
        raise _Denied(403, "other_branch", "this person works in branches you do not")
    if level(role) > _my_level(conn, caller):
        raise _Denied(403, "higher_level", "this person's level is above yours")
    return username, role


def _caller_codes(conn: Connection, caller: Caller) -> set[str]:
    return set(directory.branch_codes_of(conn, caller.user_id))


def _check_branches(conn: Connection, caller: Caller, codes: list[str]) -> list[str]:
    wanted = sorted({code.strip().upper() for code in codes if code.strip()})
    if not wanted:
        raise _Denied(422, "invalid_branch", "give at least one branch")
    for code in wanted:
        try:
            directory.branch_id_of(conn, code)
        except directory.AdminError:
            raise _Denied(422, "invalid_branch", f"no branch with the code {code}") from None
    if set(wanted) - _caller_codes(conn, caller):
        raise _Denied(403, "other_branch", "you may give only the branches you work in")
    return wanted


def _check_role(conn: Connection, caller: Caller, role: str) -> None:
    if role not in directory.ROLES:
        raise _Denied(422, "invalid_role", f"unknown role; one of: {', '.join(directory.ROLES)}")
    if level(role) > _my_level(conn, caller):
        raise _Denied(403, "higher_level", REASONS[Right.EDIT_RIGHTS])


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


def _keep_an_administrator(conn: Connection, role: str, active: bool) -> None:
    """Refuse to take away the last active administrator (by role or activation)."""
    if role == Role.ADMIN.value and active and _active_admins(conn) <= 1:
        raise _Denied(409, "last_administrator", "this is the last active administrator")


def check_password(password: str) -> None:
    try:
        directory.check_password(password)
    except directory.AdminError as error:
        raise _Denied(422, "weak_password", str(error)) from None


def _clean_display_name(name: str) -> str:
    name = " ".join(name.split())
    if not name or has_control_characters(name) or len(name) > 200:
        raise _Denied(422, "invalid_display_name", "a name of 1 to 200 printable characters")
    return name


def _clean_username(username: str) -> str:
    username = username.strip().casefold()
    if not username_ok(username):
        raise _Denied(
            422,
            "invalid_username",
            "a username is up to 64 lower-case letters, digits and . _ @ -,"
            " starting with a letter or digit",
        )
    return username


# --- reading ---------------------------------------------------------------------


def person_info(conn: Connection, user_id: str) -> PersonInfo:
    row = conn.execute(select(users).where(users.c.id == user_id)).one()
    can_sign_in = conn.execute(
        select(credential.c.active).where(credential.c.user_id == user_id)
    ).scalar()
    joined = conn.execute(
        select(queues.c.id, queues.c.name)
        .join(members, members.c.group_id == queues.c.id)
        .where(members.c.user_id == user_id, members.c.deleted_at.is_(None))
        .order_by(queues.c.name)
    )
    return PersonInfo(
        id=row.id,
        username=row.username,
        display_name=row.display_name,
        role=row.role,
        branches=directory.branch_codes_of(conn, user_id),
        active=bool(row.active) and can_sign_in is not False,
        queues=[QueueRef(id=q.id, name=q.name) for q in joined],
    )


def _reachable_ids(conn: Connection, caller: Caller) -> list[str]:
    mine = select(branches.c.id).where(branches.c.code.in_(_caller_codes(conn, caller)))
    shared = select(user_branch.c.user_id).where(user_branch.c.branch_id.in_(mine))
    anywhere = select(user_branch.c.user_id)
    query = (
        select(users.c.id)
        .where(users.c.deleted_at.is_(None))
        .where(users.c.id.in_(shared) | users.c.id.not_in(anywhere))
        .order_by(users.c.display_name, users.c.username)
    )
    return [str(i) for i in conn.execute(query).scalars()]


def list_people(db: ServerDatabase, caller: Caller) -> PeopleList:
    def work(conn: Connection) -> PeopleList:
        codes = _caller_codes(conn, caller)
        choices = conn.execute(
            select(branches.c.id, branches.c.code, branches.c.name, branches.c.name_ar)
            .where(branches.c.code.in_(codes), branches.c.deleted_at.is_(None))
            .order_by(branches.c.code)
        )
        return PeopleList(
            people=[person_info(conn, i) for i in _reachable_ids(conn, caller)],
            branches=[
                BranchChoice(id=b.id, code=b.code, name=b.name, name_ar=b.name_ar or "")
                for b in choices
            ],
        )

    return _guarded(db, caller, Right.MANAGE_USERS, "list_people", "people", work)


def list_devices(db: ServerDatabase, caller: Caller) -> DeviceList:
    def work(conn: Connection) -> DeviceList:
        reach = _reachable_ids(conn, caller)
        rows = conn.execute(
            select(
                device.c.id,
                device.c.name,
                device.c.user_id,
                device.c.last_seen_at,
                device.c.revoked_at,
                users.c.username,
                users.c.display_name,
            )
            .join(users, users.c.id == device.c.user_id)
            .where(device.c.user_id.in_(reach))
            .order_by(device.c.last_seen_at.desc())
        )
        return DeviceList(
            devices=[
                DeviceInfo(
                    id=r.id,
                    name=r.name,
                    user_id=r.user_id,
                    username=r.username,
                    display_name=r.display_name,
                    last_seen_at=r.last_seen_at,
                    revoked=r.revoked_at is not None,
                )
                for r in rows
            ]
        )

    return _guarded(db, caller, Right.MANAGE_DEVICES, "list_devices", "devices", work)


# --- changing ---------------------------------------------------------------------


def _hashed(
    db: ServerDatabase, caller: Caller, password: str, hash_password: Callable[[str], str]
) -> str:
    """The password's hash, made before the write transaction (it is slow on
    purpose) and only for a caller who may manage people: a stranger's request
    costs no hashing. Empty when it is not needed; the refusal comes later."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return ""
    with db.reading() as conn:
        allowed = check(rights_in_force(conn), person_of(conn, caller.user_id), Right.MANAGE_USERS)
    return hash_password(password) if allowed is None else ""


def create_person(
    db: ServerDatabase, caller: Caller, body: NewPerson, hash_password: Callable[[str], str]
) -> PersonInfo:
    subject = body.username.strip().casefold()[:200]
    hashed = _hashed(db, caller, body.password, hash_password)

    def work(conn: Connection) -> PersonInfo:
        username = _clean_username(body.username)
        name = _clean_display_name(body.display_name)
        _check_role(conn, caller, body.role)
        codes = _check_branches(conn, caller, body.branches)
        check_password(body.password)
        taken = select(users.c.id).where(users.c.username == username)
        if conn.execute(taken).first() is not None:
            raise _Denied(409, "username_taken", f"a person named {username} exists already")
        user_id = directory.create_user(conn, username, name, body.role, codes, hashed)
        return person_info(conn, user_id)

    return _guarded(db, caller, Right.MANAGE_USERS, "create_person", subject, work)


def change_role(db: ServerDatabase, caller: Caller, user_id: str, role: str) -> PersonInfo:
    def work(conn: Connection) -> PersonInfo:
        username, before = _within_reach(conn, caller, user_id)
        _check_role(conn, caller, role)
        if role != before:
            if user_id == caller.user_id:
                raise _Denied(403, "yourself", "ask another person to change your own role")
            _keep_an_administrator(conn, before, True)
            directory.set_role(conn, username, role)
        return person_info(conn, user_id)

    return _guarded(db, caller, Right.MANAGE_USERS, "change_role", user_id, work)


def change_branches(
    db: ServerDatabase, caller: Caller, user_id: str, codes: list[str]
) -> PersonInfo:
    def work(conn: Connection) -> PersonInfo:
        username, _role = _within_reach(conn, caller, user_id)
        wanted = _check_branches(conn, caller, codes)
        # Branches the caller does not work in are not theirs to take away.
        kept = set(directory.branch_codes_of(conn, user_id)) - _caller_codes(conn, caller)
        directory.set_branches(conn, username, sorted(set(wanted) | kept))
        return person_info(conn, user_id)

    return _guarded(db, caller, Right.MANAGE_USERS, "change_branches", user_id, work)


def set_active(db: ServerDatabase, caller: Caller, user_id: str, active: bool) -> PersonInfo:
    def work(conn: Connection) -> PersonInfo:
        username, role = _within_reach(conn, caller, user_id)
        if not active:
            if user_id == caller.user_id:
                raise _Denied(403, "yourself", "ask another person to deactivate you")
            if person_info(conn, user_id).active:
                _keep_an_administrator(conn, role, True)
        directory.set_active(conn, username, active)
        return person_info(conn, user_id)

    return _guarded(db, caller, Right.MANAGE_USERS, "set_active", user_id, work)


def reset_password(
    db: ServerDatabase,
    caller: Caller,
    user_id: str,
    password: str,
    hash_password: Callable[[str], str],
) -> PersonInfo:
    hashed = _hashed(db, caller, password, hash_password)

    def work(conn: Connection) -> PersonInfo:
        username, _role = _within_reach(conn, caller, user_id)
        check_password(password)
        directory.set_password(conn, username, hashed)
        return person_info(conn, user_id)

    return _guarded(db, caller, Right.MANAGE_USERS, "reset_password", user_id, work)


def revoke_device(db: ServerDatabase, caller: Caller, device_id: str) -> DeviceList:
    def work(conn: Connection) -> DeviceList:
        owner = conn.execute(select(device.c.user_id).where(device.c.id == device_id)).scalar()
        if owner is None:
            raise _Denied(404, "not_found", "no such device")
        _within_reach(conn, caller, str(owner))
        directory.revoke_device(conn, device_id)
        return DeviceList(devices=[])

    _guarded(db, caller, Right.MANAGE_DEVICES, "revoke_device", device_id, work)
    return list_devices(db, caller)
