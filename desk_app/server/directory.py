"""The administrator's changes to branches, people and devices (desk-admin
server …). Changes to synced rows go through the same merge and change log as
a push, so every branch hears of them at its next pull."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Connection, delete, insert, select, update

from desk_app.models import Branch, DeskGroup, QueueMember, Role, Tier, User
from desk_app.server.law import write_audit
from desk_app.server.rows import (
    Change,
    load_meta,
    load_values,
    record_changes,
    stored_row,
    write_result,
)
from desk_app.server.schema import credential, device, user_branch
from desk_app.server.scope import row_branch
from desk_app.server.state import clock_after, read_state
from desk_app.services.audit import AuditKind
from desk_app.services.ids import new_id
from desk_app.services.setup import DEFAULT_GROUPS
from desk_app.sync.codec import canonical_fields, format_datetime, synced_table
from desk_app.sync.merge import merge
from desk_app.sync.people_rules import MIN_PASSWORD_LENGTH, USERNAME
from desk_app.sync.protocol import Op, OpKind, OpStatus, Scalar

users = User.__table__
members = QueueMember.__table__
branches = Branch.__table__
queues = DeskGroup.__table__

BRANCH_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")
WEEKEND = re.compile(r"^[1-7](,[1-7]){0,6}$")
ROLES = tuple(r.value for r in Role)
TIERS = frozenset(int(t) for t in Tier)
QUEUE_NAME_LENGTH = 200


class AdminError(Exception):
    """A request the administrator can correct; the message says how.
    ``status`` is the HTTP answer when the request came over the API."""

    status = 422


class AlreadyExists(AdminError):
    status = 409


class NotFound(AdminError):
    status = 404


def write_row(
    conn: Connection,
    entity: str,
    entity_id: str,
    fields: dict[str, Scalar],
    *,
    delete: bool = False,
) -> int:
    """Insert or change (or, ``delete``, tombstone) a synced row as the server
    itself; returns its version."""
    table = synced_table(entity)
    node = read_state(conn).database_id
    current = load_values(conn, table, entity_id, lock=True)
    meta = load_meta(conn, entity, entity_id) if current is not None else None
    stored = stored_row(current, meta) if current is not None else None
    seen = [] if stored is None else [stored.updated_at, *stored.field_hlc.values()]
    hlc = clock_after(node, seen).now().encode()  # later than anything on the row
    op = Op(
        op_id=new_id(),
        client_seq=1,
        entity=entity,
        entity_id=entity_id,
        kind=OpKind.DELETE if delete else OpKind.INSERT if stored is None else OpKind.UPDATE,
        base_version=0 if stored is None else stored.version,
        hlc=hlc,
        fields=fields,
    )
    result = merge(entity, stored, op, canonical_fields(table, fields), node)
    if result.status is OpStatus.REJECTED:
        raise AdminError(f"{entity} {entity_id}: {result.reason}")
    write_result(
        conn, entity, entity_id, result, exists=current is not None, meta_exists=meta is not None
    )
    if result.writes_row:
        values = {**(current or {}), **result.changes}
        branch = row_branch(conn, entity, values)
        record_changes(conn, [Change(entity, entity_id, branch)], datetime.now(UTC))
    return result.version


ADMIN_ACTOR = "desk-admin"  # the audit log's name for changes made with the CLI


@dataclass(frozen=True)
class Actor:
    """Who the audit log names for a change: the CLI, or a signed-in person."""

    user_id: str | None
    name: str
    device_id: str | None = None


CLI = Actor(None, ADMIN_ACTOR)
# The same changes are made by the CLI and by the API's routes (server.
# people_admin); the routes say who acts for the length of one transaction.
_acting: ContextVar[Actor] = ContextVar("acting", default=CLI)


@contextmanager
def acting_as(actor: Actor) -> Iterator[None]:
    token = _acting.set(actor)
    try:
        yield
    finally:
        _acting.reset(token)


def _audit(conn: Connection, kind: AuditKind, subject: str, **detail: object) -> None:
    """A change of people, queues or devices, in the server's audit log."""
    actor = _acting.get()
    write_audit(
        conn,
        datetime.now(UTC),
        kind.value,
        actor_id=actor.user_id,
        actor_name=actor.name,
        device_id=actor.device_id,
        subject=subject,
        detail=detail,
    )


def _now_text() -> str:
    return format_datetime(datetime.now(UTC))


def branch_id_of(conn: Connection, code: str) -> str:
    found = conn.execute(
        select(branches.c.id).where(
            branches.c.code == code.strip().upper(), branches.c.deleted_at.is_(None)
        )
    ).scalar_one_or_none()
    if found is None:
        raise AdminError(f"no branch with the code {code.strip().upper()}")
    return str(found)


def user_id_of(conn: Connection, username: str) -> str:
    found = conn.execute(
        select(users.c.id).where(users.c.username == username.strip().casefold())
    ).scalar_one_or_none()
    if found is None:
        raise NotFound(f"no user named {username}")
    return str(found)


def create_branch(
    conn: Connection,
    code: str,
    name: str,
    *,
    name_ar: str = "",
    time_zone: str = "UTC",
    weekend_days: str = "5,6",
) -> str:
    code = code.strip().upper()
    if not BRANCH_CODE.match(code):
        raise AdminError("a branch code is 2 to 8 letters or digits, starting with a letter")
    if not name.strip():
        raise AdminError("the branch needs a name")
    try:
        ZoneInfo(time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise AdminError(f"unknown time zone {time_zone!r} (e.g. Asia/Riyadh)") from None
    if not WEEKEND.match(weekend_days):
        raise AdminError("weekend days are ISO weekday numbers, e.g. 5,6 for Friday and Saturday")
    if conn.execute(select(branches.c.id).where(branches.c.code == code)).first() is not None:
        raise AdminError(f"a branch with the code {code} exists already")
    branch_id = new_id()
    write_row(
        conn,
        "branch",
        branch_id,
        {
            "code": code,
            "name": name.strip(),
            "name_ar": name_ar.strip(),
            "time_zone": time_zone,
            "weekend_days": weekend_days,
            "created_at": _now_text(),
        },
    )
    return branch_id


def create_queue(
    conn: Connection,
    name: str,
    *,
    name_ar: str = "",
    tier: int = int(Tier.FIRST_LINE),
    branch_code: str | None = None,
) -> str:
    """A queue every desk of ``branch_code`` sees (every desk when None). A desk
    that made a queue of the same name for itself adopts this one at its next
    pull, so tickets already routed to it keep their queue."""
    name, name_ar = " ".join(name.split()), " ".join(name_ar.split())
    if not name:
        raise AdminError("the queue needs a name")
    if len(name) > QUEUE_NAME_LENGTH or len(name_ar) > QUEUE_NAME_LENGTH:
        raise AdminError(f"a queue name has at most {QUEUE_NAME_LENGTH} characters")
    if tier not in TIERS:
        raise AdminError(f"the tier is one of {', '.join(map(str, sorted(TIERS)))}")
    branch_id = None if branch_code is None else branch_id_of(conn, branch_code)
    clash = select(queues.c.id).where(
        queues.c.name == name,
        queues.c.deleted_at.is_(None),
        queues.c.branch_id.is_(None) if branch_id is None else queues.c.branch_id == branch_id,
    )
    if conn.execute(clash).first() is not None:
        raise AdminError(f"a queue named {name!r} exists already")
    queue_id = new_id()
    write_row(
        conn,
        "desk_group",
        queue_id,
        {"name": name, "name_ar": name_ar, "tier": tier, "branch_id": branch_id},
    )
    _audit(conn, AuditKind.QUEUE_CHANGED, name, created=queue_id, tier=tier, branch=branch_id)
    return queue_id


def queue_id_of(conn: Connection, queue: str) -> str:
    """A live queue by id, or by name when only one queue has it."""
    live = queues.c.deleted_at.is_(None)
    found = conn.execute(select(queues.c.id).where(queues.c.id == queue.strip(), live)).scalar()
    if found is not None:
        return str(found)
    named = conn.execute(select(queues.c.id).where(queues.c.name == queue.strip(), live)).all()
    if len(named) != 1:
        what = "no queue" if not named else "more than one queue"
        raise AdminError(f"{what} named {queue!r}; give the queue's id")
    return str(named[0].id)


def add_member(conn: Connection, username: str, queue: str) -> bool:
    """Make the user a member of the queue (its team); False if they were one.
    The id is the one desks derive (services.teams), so a desk that added the
    same membership offline writes this row, not a second one."""
    from desk_app.services.teams import membership_id

    user_id, group_id = user_id_of(conn, username), queue_id_of(conn, queue)
    rows = conn.execute(
        select(members.c.id, members.c.deleted_at).where(
            members.c.user_id == user_id, members.c.group_id == group_id
        )
    ).all()
    if any(r.deleted_at is None for r in rows):
        return False
    write_row(
        conn,
        "queue_member",
        membership_id(user_id, group_id, len(rows)),
        {"user_id": user_id, "group_id": group_id, "created_at": _now_text()},
    )
    _audit(conn, AuditKind.QUEUE_CHANGED, queue, member_added=username)
    return True


def remove_member(conn: Connection, username: str, queue: str) -> bool:
    """End the membership; False if there was none."""
    user_id, group_id = user_id_of(conn, username), queue_id_of(conn, queue)
    live = conn.execute(
        select(members.c.id).where(
            members.c.user_id == user_id,
            members.c.group_id == group_id,
            members.c.deleted_at.is_(None),
        )
    ).scalars()
    removed = False
    for member_id in list(live):
        write_row(conn, "queue_member", member_id, {}, delete=True)
        removed = True
    if removed:
        _audit(conn, AuditKind.QUEUE_CHANGED, queue, member_removed=username)
    return removed


def seed_default_queues(conn: Connection) -> list[str]:
    """The queues every new desk starts with, shared by all branches; those
    that exist already (by name) are left alone. Returns the names created."""
    existing = set(
        conn.execute(
            select(queues.c.name).where(queues.c.branch_id.is_(None), queues.c.deleted_at.is_(None))
        ).scalars()
    )
    created = []
    for name, name_ar, tier in DEFAULT_GROUPS:
        if name not in existing:
            create_queue(conn, name, name_ar=name_ar, tier=int(tier))
            created.append(name)
    return created


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
            "created_at": _now_text(),
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
    _audit(conn, AuditKind.USER_CHANGED, username, created=user_id, before=None, after=after)
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
    _audit(conn, AuditKind.USER_CHANGED, username, granted_branch=code)
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
        _audit(conn, AuditKind.USER_CHANGED, username, revoked_branch=code)
    return bool(removed)


def set_role(conn: Connection, username: str, role: str) -> None:
    if role not in ROLES:
        raise AdminError(f"unknown role {role!r}; one of: {', '.join(ROLES)}")
    user_id = user_id_of(conn, username)
    before = conn.execute(select(users.c.role).where(users.c.id == user_id)).scalar()
    write_row(conn, "app_user", user_id, {"role": role})
    _audit(conn, AuditKind.USER_CHANGED, username, before={"role": before}, after={"role": role})


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
        _audit(conn, AuditKind.USER_CHANGED, username, before={"branches": before}, after=after)


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
    _audit(conn, AuditKind.USER_CHANGED, username, active=active, before=before, after=after)


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
    _audit(conn, AuditKind.USER_CHANGED, username, password_reset=True)


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
    _audit(
        conn,
        AuditKind.DEVICE_REVOKED,
        device_id.strip(),
        before={"revoked": False},
        after={"revoked": True},
    )
    return True
