"""The administrator's changes to people and devices (desk-admin server …,
and the API's routes through server.people_admin): accounts, passwords,
roles, branches, activation, devices. Audited with before and after."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, delete, insert, select, update

from desk_app.server.directory_base import (
    ROLES,
    AdminError,
    AlreadyExists,
    NotFound,
    audit_change,
    branch_id_of,
    branches,
    now_text,
    user_id_of,
    users,
    write_row,
)
from desk_app.server.schema import credential, device, user_branch
from desk_app.services.audit import AuditKind
from desk_app.services.ids import new_id
from desk_app.sync.people_rules import MIN_PASSWORD_LENGTH, USERNAME


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AdminError(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")


def create_user(
    conn: Connection,
    username: str,
    display_name: str,
    role: str,
    branch_codes: list[str],
    password_hash: str,
) -> str:
    username = username.strip().casefold()
    if not USERNAME.match(username):
        raise AdminError(
            "a username is up to 64 lower-case letters, digits and . _ @ -,"
            " starting with a letter or digit"
        )
    if role not in ROLES:
        raise AdminError(f"unknown role {role!r}; one of: {', '.join(ROLES)}")
    if not display_name.strip():
        raise AdminError("the user needs a display name")
    if not branch_codes:
        raise AdminError("give the user at least one branch (--branch CODE)")
    branch_ids = [branch_id_of(conn, code) for code in branch_codes]
    if conn.execute(select(users.c.id).where(users.c.username == username)).first() is not None:
        raise AlreadyExists(f"a user named {username} exists already")
    user_id = new_id()
    write_row(
        conn,
        "app_user",
        user_id,
        {
            "username": username,
            "display_name": display_name.strip(),
            "role": role,
            "branch_id": branch_ids[0],
            "active": True,
            "created_at": now_text(),
        },
    )
    now = datetime.now(UTC)
    conn.execute(
        insert(credential).values(
            user_id=user_id, password_hash=password_hash, active=True, changed_at=now
        )
    )
    for branch_id in dict.fromkeys(branch_ids):
        grant = {"user_id": user_id, "branch_id": branch_id, "granted_at": now}
        conn.execute(insert(user_branch).values(**grant))
    after = {"role": role, "branches": sorted({c.strip().upper() for c in branch_codes})}
    audit_change(conn, AuditKind.USER_CHANGED, username, created=user_id, before=None, after=after)
    return user_id


def grant_branch(conn: Connection, username: str, code: str) -> bool:
    """Give the user access to a branch; False if they had it already."""
    user_id, branch_id = user_id_of(conn, username), branch_id_of(conn, code)
    exists = conn.execute(
        select(user_branch.c.user_id).where(
            user_branch.c.user_id == user_id, user_branch.c.branch_id == branch_id
        )
    ).first()
    if exists is not None:
        return False
    grant = {"user_id": user_id, "branch_id": branch_id, "granted_at": datetime.now(UTC)}
    conn.execute(insert(user_branch).values(**grant))
    audit_change(conn, AuditKind.USER_CHANGED, username, granted_branch=code)
    return True


def revoke_branch(conn: Connection, username: str, code: str) -> bool:
    """Take a branch away (honoured at the user's next request); False if they had no access."""
    user_id, branch_id = user_id_of(conn, username), branch_id_of(conn, code)
    removed = conn.execute(
        delete(user_branch).where(
            user_branch.c.user_id == user_id, user_branch.c.branch_id == branch_id
        )
    ).rowcount
    if removed:
        audit_change(conn, AuditKind.USER_CHANGED, username, revoked_branch=code)
    return bool(removed)


def set_role(conn: Connection, username: str, role: str) -> None:
    if role not in ROLES:
        raise AdminError(f"unknown role {role!r}; one of: {', '.join(ROLES)}")
    user_id = user_id_of(conn, username)
    before = conn.execute(select(users.c.role).where(users.c.id == user_id)).scalar()
    write_row(conn, "app_user", user_id, {"role": role})
    audit_change(
        conn, AuditKind.USER_CHANGED, username, before={"role": before}, after={"role": role}
    )


def branch_codes_of(conn: Connection, user_id: str) -> list[str]:
    return sorted(
        conn.execute(
            select(branches.c.code)
            .join(user_branch, user_branch.c.branch_id == branches.c.id)
            .where(user_branch.c.user_id == user_id, branches.c.deleted_at.is_(None))
        ).scalars()
    )


def set_branches(conn: Connection, username: str, codes: list[str]) -> None:
    """Give the user exactly these branches (at least one)."""
    wanted = sorted({code.strip().upper() for code in codes})
    if not wanted:
        raise AdminError("give the user at least one branch")
    for code in wanted:
        branch_id_of(conn, code)  # every code must name a branch before anything changes
    user_id = user_id_of(conn, username)
    before = branch_codes_of(conn, user_id)
    now = datetime.now(UTC)
    for code in sorted(set(wanted) - set(before)):
        grant = {"user_id": user_id, "branch_id": branch_id_of(conn, code), "granted_at": now}
        conn.execute(insert(user_branch).values(**grant))
    for code in sorted(set(before) - set(wanted)):
        conn.execute(
            delete(user_branch).where(
                user_branch.c.user_id == user_id,
                user_branch.c.branch_id == branch_id_of(conn, code),
            )
        )
    if before != wanted:
        after = {"branches": wanted}
        audit_change(
            conn, AuditKind.USER_CHANGED, username, before={"branches": before}, after=after
        )


def set_active(conn: Connection, username: str, active: bool) -> None:
    """Deactivate (or reactivate) an account: its tokens stop working at once."""
    user_id = user_id_of(conn, username)
    was = conn.execute(select(users.c.active).where(users.c.id == user_id)).scalar()
    conn.execute(
        update(credential)
        .where(credential.c.user_id == user_id)
        .values(active=active, changed_at=datetime.now(UTC))
    )
    write_row(conn, "app_user", user_id, {"active": active})
    before, after = {"active": bool(was)}, {"active": active}
    audit_change(conn, AuditKind.USER_CHANGED, username, active=active, before=before, after=after)


def set_password(conn: Connection, username: str, password_hash: str) -> None:
    user_id = user_id_of(conn, username)
    now = datetime.now(UTC)
    done = conn.execute(
        update(credential)
        .where(credential.c.user_id == user_id)
        .values(password_hash=password_hash, changed_at=now)
    ).rowcount
    if not done:
        values = {"password_hash": password_hash, "active": True, "changed_at": now}
        conn.execute(insert(credential).values(user_id=user_id, **values))
    audit_change(conn, AuditKind.USER_CHANGED, username, password_reset=True)


@dataclass(frozen=True)
class DeviceInfo:
    id: str
    username: str
    name: str
    client_id: str
    created_at: datetime
    last_seen_at: datetime
    revoked_at: datetime | None


def list_devices(conn: Connection, username: str | None = None) -> list[DeviceInfo]:
    query = (
        select(
            device.c.id,
            users.c.username,
            device.c.name,
            device.c.client_id,
            device.c.created_at,
            device.c.last_seen_at,
            device.c.revoked_at,
        )
        .join(users, users.c.id == device.c.user_id)
        .order_by(users.c.username, device.c.created_at)
    )
    if username is not None:
        query = query.where(device.c.user_id == user_id_of(conn, username))
    return [DeviceInfo(*row) for row in conn.execute(query)]


def revoke_device(conn: Connection, device_id: str) -> bool:
    """Sign a device out for good; False if it was revoked already."""
    found = conn.execute(
        select(device.c.revoked_at).where(device.c.id == device_id.strip())
    ).first()
    if found is None:
        raise NotFound(f"no device with the id {device_id}")
    if found.revoked_at is not None:
        return False
    conn.execute(
        update(device).where(device.c.id == device_id.strip()).values(revoked_at=datetime.now(UTC))
    )
    audit_change(
        conn,
        AuditKind.DEVICE_REVOKED,
        device_id.strip(),
        before={"revoked": False},
        after={"revoked": True},
    )
    return True
