"""People and devices managed over the API (server.admin_routes): the same
changes as desk-admin server … (server.directory), made by a signed-in person,
within what server.people_reach allows. Every change is audited by directory
(before and after), every refusal by people_reach.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, select

from desk_app.server import directory
from desk_app.server.accounts import Caller
from desk_app.server.database import ServerDatabase
from desk_app.server.law import person_of, rights_in_force
from desk_app.server.people_reach import (
    Denied,
    caller_codes,
    check_branches,
    check_password,
    check_role,
    clean_display_name,
    clean_username,
    guarded,
    keep_an_administrator,
    within_reach,
)
from desk_app.server.schema import credential, device, user_branch
from desk_app.server.text import without_control_characters
from desk_app.services.permissions import Right, check
from desk_app.sync.admin_messages import (
    BranchChoice,
    DeviceInfo,
    DeviceList,
    NewPerson,
    PeopleList,
    PersonInfo,
    QueueRef,
)
from desk_app.sync.people_rules import MIN_PASSWORD_LENGTH

users, branches, queues, members = (
    directory.users,
    directory.branches,
    directory.queues,
    directory.members,
)

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
    mine = select(branches.c.id).where(branches.c.code.in_(caller_codes(conn, caller)))
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
        codes = caller_codes(conn, caller)
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

    return guarded(db, caller, Right.MANAGE_USERS, "list_people", "people", work)


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

    return guarded(db, caller, Right.MANAGE_DEVICES, "list_devices", "devices", work)


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
    subject = without_control_characters(body.username).casefold()[:200]
    hashed = _hashed(db, caller, body.password, hash_password)

    def work(conn: Connection) -> PersonInfo:
        username = clean_username(body.username)
        name = clean_display_name(body.display_name)
        check_role(conn, caller, body.role)
        codes = check_branches(conn, caller, body.branches)
        check_password(body.password)
        taken = select(users.c.id).where(users.c.username == username)
        if conn.execute(taken).first() is not None:
            raise Denied(409, "username_taken", f"a person named {username} exists already")
        user_id = directory.create_user(conn, username, name, body.role, codes, hashed)
        return person_info(conn, user_id)

    return guarded(db, caller, Right.MANAGE_USERS, "create_person", subject, work)


def change_role(db: ServerDatabase, caller: Caller, user_id: str, role: str) -> PersonInfo:
    def work(conn: Connection) -> PersonInfo:
        username, before = within_reach(conn, caller, user_id)
        check_role(conn, caller, role)
        if role != before:
            if user_id == caller.user_id:
                raise Denied(403, "yourself", "ask another person to change your own role")
            keep_an_administrator(conn, before, True)
            directory.set_role(conn, username, role)
        return person_info(conn, user_id)

    return guarded(db, caller, Right.MANAGE_USERS, "change_role", user_id, work)


def change_branches(
    db: ServerDatabase, caller: Caller, user_id: str, codes: list[str]
) -> PersonInfo:
    def work(conn: Connection) -> PersonInfo:
        username, _role = within_reach(conn, caller, user_id)
        wanted = check_branches(conn, caller, codes)
        # Branches the caller does not work in are not theirs to take away.
        kept = set(directory.branch_codes_of(conn, user_id)) - caller_codes(conn, caller)
        directory.set_branches(conn, username, sorted(set(wanted) | kept))
        return person_info(conn, user_id)

    return guarded(db, caller, Right.MANAGE_USERS, "change_branches", user_id, work)


def set_active(db: ServerDatabase, caller: Caller, user_id: str, active: bool) -> PersonInfo:
    def work(conn: Connection) -> PersonInfo:
        username, role = within_reach(conn, caller, user_id)
        if not active:
            if user_id == caller.user_id:
                raise Denied(403, "yourself", "ask another person to deactivate you")
            if person_info(conn, user_id).active:
                keep_an_administrator(conn, role, True)
        directory.set_active(conn, username, active)
        return person_info(conn, user_id)

    return guarded(db, caller, Right.MANAGE_USERS, "set_active", user_id, work)


def reset_password(
    db: ServerDatabase,
    caller: Caller,
    user_id: str,
    password: str,
    hash_password: Callable[[str], str],
) -> PersonInfo:
    hashed = _hashed(db, caller, password, hash_password)

    def work(conn: Connection) -> PersonInfo:
        username, _role = within_reach(conn, caller, user_id)
        check_password(password)
        directory.set_password(conn, username, hashed)
        return person_info(conn, user_id)

    return guarded(db, caller, Right.MANAGE_USERS, "reset_password", user_id, work)


def revoke_device(db: ServerDatabase, caller: Caller, device_id: str) -> DeviceList:
    def work(conn: Connection) -> DeviceList:
        owner = conn.execute(select(device.c.user_id).where(device.c.id == device_id)).scalar()
        if owner is None:
            raise Denied(404, "not_found", "no such device")
        within_reach(conn, caller, str(owner))
        directory.revoke_device(conn, device_id)
        return DeviceList(devices=[])

    guarded(db, caller, Right.MANAGE_DEVICES, "revoke_device", device_id, work)
    return list_devices(db, caller)
