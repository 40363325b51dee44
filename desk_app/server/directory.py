"""The administrator's changes to branches, people and devices (desk-admin
server …). Changes to synced rows go through the same merge and change log as
a push, so every branch hears of them at its next pull. Branches and queues
are here; people and devices in server.people_directory, what both share in
server.directory_base (all of it is reachable from here, as callers use it)."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Connection, select

from desk_app.models import Tier
from desk_app.server.directory_base import (
    ADMIN_ACTOR,
    BRANCH_CODE,
    CLI,
    QUEUE_NAME_LENGTH,
    ROLES,
    TIERS,
    WEEKEND,
    Actor,
    AdminError,
    AlreadyExists,
    NotFound,
    acting_as,
    audit_change,
    branch_id_of,
    branches,
    members,
    now_text,
    queues,
    user_id_of,
    users,
    write_row,
)
from desk_app.server.people_directory import (
    DeviceInfo,
    branch_codes_of,
    check_password,
    create_user,
    grant_branch,
    list_devices,
    revoke_branch,
    revoke_device,
    set_active,
    set_branches,
    set_password,
    set_role,
)
from desk_app.services.audit import AuditKind
from desk_app.services.ids import new_id
from desk_app.services.setup import DEFAULT_GROUPS

__all__ = [
    "ADMIN_ACTOR",
    "BRANCH_CODE",
    "CLI",
    "QUEUE_NAME_LENGTH",
    "ROLES",
    "TIERS",
    "WEEKEND",
    "Actor",
    "AdminError",
    "AlreadyExists",
    "DeviceInfo",
    "NotFound",
    "acting_as",
    "add_member",
    "branch_codes_of",
    "branch_id_of",
    "branches",
    "check_password",
    "create_branch",
    "create_queue",
    "create_user",
    "grant_branch",
    "list_devices",
    "members",
    "queue_id_of",
    "queues",
    "remove_member",
    "revoke_branch",
    "revoke_device",
    "seed_default_queues",
    "set_active",
    "set_branches",
    "set_password",
    "set_role",
    "user_id_of",
    "users",
    "write_row",
]


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
            "created_at": now_text(),
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
    audit_change(conn, AuditKind.QUEUE_CHANGED, name, created=queue_id, tier=tier, branch=branch_id)
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
        {"user_id": user_id, "group_id": group_id, "created_at": now_text()},
    )
    audit_change(conn, AuditKind.QUEUE_CHANGED, queue, member_added=username)
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
        audit_change(conn, AuditKind.QUEUE_CHANGED, queue, member_removed=username)
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
