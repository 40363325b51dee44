"""The desk's audit log: who did what to the desk's people, rights and
configuration, and what was refused. Append-only (the table's triggers refuse
anything else); uploaded to the server when there is one."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import AuditEntry
from desk_app.services.context import WriteContext
from desk_app.services.ids import new_id


class AuditKind(StrEnum):
    SIGN_IN = "sign_in"
    SIGN_IN_FAILED = "sign_in_failed"
    SIGN_OUT = "sign_out"
    LOCKED = "locked"
    USER_CHANGED = "user_changed"  # created, role, branches, deactivated, PIN reset
    QUEUE_CHANGED = "queue_changed"  # a queue or its members
    RIGHTS_CHANGED = "rights_changed"
    CONFIG_CHANGED = "config_changed"  # service levels, calendars, catalogue, templates
    DEVICE_REVOKED = "device_revoked"
    REFUSED = "refused"  # an operation the person had no right to
    EXPORTED = "exported"  # data taken out of the desk (CSV, reports)


def record(
    session: Session,
    ctx: WriteContext,
    kind: AuditKind,
    subject: str = "",
    detail: Mapping[str, Any] | None = None,
    actor: tuple[str | None, str] | None = None,
) -> str:
    """Append one entry in the caller's transaction. ``actor`` overrides the
    context's person (a failed sign-in names who was tried, not who is at the
    desk). ``detail`` is JSON: before and after of a change, a refusal's reason."""
    actor_id, actor_name = actor if actor is not None else (ctx.actor.user_id, ctx.actor.name)
    entry = AuditEntry(
        id=new_id(),
        at=ctx.now(),
        actor_id=actor_id,
        actor_name=actor_name,
        branch_id=ctx.branch_id,
        kind=kind.value,
        subject=subject[:200],
        detail=json.dumps(dict(detail or {}), ensure_ascii=False, sort_keys=True, default=str),
    )
    session.add(entry)
    return entry.id


def entries(
    session: Session,
    *,
    kinds: frozenset[str] | None = None,
    actor_id: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    branch_id: str | None = None,
    limit: int = 1000,
) -> list[AuditEntry]:
    """Newest first, narrowed by what the viewer chose."""
    query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    if kinds:
        query = query.where(AuditEntry.kind.in_(sorted(kinds)))
    if actor_id is not None:
        query = query.where(AuditEntry.actor_id == actor_id)
    if since is not None:
        query = query.where(AuditEntry.at >= since)
    if until is not None:
        query = query.where(AuditEntry.at < until)
    if branch_id is not None:
        query = query.where(AuditEntry.branch_id == branch_id)
    return list(session.scalars(query.limit(limit)))
