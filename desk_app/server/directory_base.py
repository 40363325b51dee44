"""What every change of the server's directory shares (server.directory,
server.people_directory): the errors an administrator can correct, writing a
synced row as the server itself, who the audit log names, and finding a
branch or a person by what people call them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, select

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
from desk_app.server.scope import row_branch
from desk_app.server.state import clock_after, read_state
from desk_app.services.audit import AuditKind
from desk_app.services.ids import new_id
from desk_app.sync.codec import canonical_fields, format_datetime, synced_table
from desk_app.sync.merge import merge
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


def audit_change(conn: Connection, kind: AuditKind, subject: str, **detail: object) -> None:
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


def now_text() -> str:
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
