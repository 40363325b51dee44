"""Configuration documents over HTTP (base path /api/v1/sync, so the request
guard refuses an unsigned or oversized request before it is read).

- GET /sync/config: the newest version of every document, for every
  signed-in desk (each keeps the server's copy after its sync).
- PUT /sync/config/<key>: the next version of one document, from the version
  the editor started from (a stale one is a 409). Who may change a document
  depends on its kind (``KINDS``); a refusal is audited, and so is every
  change, with before and after.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter
from sqlalchemy import Connection, func, insert, select
from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool

from desk_app.models import Branch
from desk_app.server.accounts import Caller
from desk_app.server.database import ServerDatabase
from desk_app.server.deps import CurrentCaller, Db
from desk_app.server.errors import ApiError
from desk_app.server.law import person_of, rights_in_force, write_audit
from desk_app.server.schema import config
from desk_app.services import branch_levels, email_settings, letter_templates
from desk_app.services.audit import AuditKind
from desk_app.services.catalogue import CatalogueError, parse_catalogue
from desk_app.services.messages import ValidationFailed
from desk_app.services.permissions import REASONS, Right, check
from desk_app.sync.config_messages import (
    MAX_CONFIG_BYTES,
    MAX_CONFIG_KEY,
    ConfigDocumentOut,
    ConfigDocuments,
    ConfigPut,
)
from desk_app.sync.protocol import ErrorBody

config_router = APIRouter(
    prefix="/sync",
    tags=["configuration"],
    responses={s: {"model": ErrorBody} for s in (400, 401, 403, 404, 409, 413, 422, 426)},
)

_BRANCH_ID = re.compile(r"^[A-Za-z0-9_-]{1,36}$")
_branches = Branch.__table__
OTHER_BRANCH = "Only a branch you work in can be configured from your desk."


@dataclass(frozen=True)
class ConfigKind:
    right: Right
    problems: Callable[[dict[str, Any]], list[str]]  # English, empty when valid
    branch_id: str | None = None  # the branch the document belongs to


def _catalogue_problems(body: dict[str, Any]) -> list[str]:
    try:
        parse_catalogue(body)
    except CatalogueError as error:
        return [str(error)]
    return []


def _template_problems(body: dict[str, Any]) -> list[str]:
    try:
        letter_templates.parse_library(body)
    except ValidationFailed as error:
        return [f"{e.field}: {e.english()}" for e in error.errors]
    return []


def kind_of(key: str) -> ConfigKind | None:
    """What ``key`` names, or None for a key no kind has."""
    if key == "catalogue":
        return ConfigKind(Right.CONFIGURE_CATALOGUE, _catalogue_problems)
    if key == letter_templates.DOCUMENT_KEY:
        return ConfigKind(Right.CONFIGURE_TEMPLATES, _template_problems)
    if key == email_settings.DOCUMENT_KEY:
        return ConfigKind(email_settings.RIGHT, email_settings.body_problems)
    branch_id = branch_levels.branch_of_key(key)
    if branch_id is not None and _BRANCH_ID.match(branch_id):
        return ConfigKind(Right.CONFIGURE_SLA, branch_levels.body_problems, branch_id)
    return None


@config_router.get("/config")
def get_config(caller: CurrentCaller, db: Db) -> ConfigDocuments:
    with db.reading() as conn:
        return ConfigDocuments(documents=newest_documents(conn))


@config_router.put("/config/{key:path}")
async def put_config(key: str, body: ConfigPut, caller: CurrentCaller, db: Db) -> ConfigDocumentOut:
    return await run_in_threadpool(save_config, db, caller, key, body)


def newest_documents(conn: Connection) -> list[ConfigDocumentOut]:
    newest = (
        select(config.c.key, func.max(config.c.version).label("version"))
        .group_by(config.c.key)
        .subquery()
    )
    rows = conn.execute(
        select(config.c.key, config.c.version, config.c.body)
        .join(newest, (config.c.key == newest.c.key) & (config.c.version == newest.c.version))
        .order_by(config.c.key)
    )
    return [ConfigDocumentOut(key=r.key, version=r.version, body=json.loads(r.body)) for r in rows]


def save_config(db: ServerDatabase, caller: Caller, key: str, body: ConfigPut) -> ConfigDocumentOut:
    kind = kind_of(key) if len(key) <= MAX_CONFIG_KEY else None
    if kind is None:
        raise ApiError(404, "unknown_config", "no configuration document has this key")
    text = json.dumps(body.body, ensure_ascii=False, sort_keys=True)
    if len(text.encode()) > MAX_CONFIG_BYTES:
        raise ApiError(413, "payload_too_large", f"a document has at most {MAX_CONFIG_BYTES} bytes")
    now = datetime.now(UTC)
    try:
        with db.writing() as conn:
            refusal, saved = _save(conn, caller, key, kind, body, text, now)
    except IntegrityError:
        # Another editor saved the same version a moment before.
        raise ApiError(409, "stale_config", f"{key} was saved meanwhile") from None
    # Raised only now, so the refusal's audit entry is committed.
    if refusal is not None:
        raise refusal
    assert saved is not None
    return saved


def _save(
    conn: Connection,
    caller: Caller,
    key: str,
    kind: ConfigKind,
    body: ConfigPut,
    text: str,
    now: datetime,
) -> tuple[ApiError | None, ConfigDocumentOut | None]:
    denied = check(rights_in_force(conn), person_of(conn, caller.user_id), kind.right)
    reason = REASONS[denied.right] if denied is not None else None
    if reason is None and kind.branch_id is not None:
        if not _branch_exists(conn, kind.branch_id):
            return ApiError(404, "unknown_branch", "no branch has this id"), None
        if kind.branch_id not in caller.branches:
            reason = OTHER_BRANCH
    if reason is not None:
        write_audit(
            conn,
            now,
            AuditKind.REFUSED.value,
            actor_id=caller.user_id,
            actor_name=caller.username,
            branch_id=kind.branch_id if kind.branch_id in caller.branches else None,
            device_id=caller.device_id,
            subject=key,
            detail={"right": kind.right.value, "action": "put_config", "reason": reason},
        )
        return ApiError(403, "not_permitted", reason), None
    before = _current(conn, key)
    current = before.version if before is not None else 0
    if body.version != current:
        return ApiError(409, "stale_config", f"{key} is at version {current}"), None
    problems = kind.problems(body.body)
    if problems:
        return ApiError(422, "invalid_config", "; ".join(problems)[:2000]), None
    saved = ConfigDocumentOut(key=key, version=current + 1, body=body.body)
    conn.execute(
        insert(config).values(
            key=key, version=saved.version, body=text, changed_by=caller.user_id, changed_at=now
        )
    )
    write_audit(
        conn,
        now,
        AuditKind.CONFIG_CHANGED.value,
        actor_id=caller.user_id,
        actor_name=caller.username,
        branch_id=kind.branch_id,
        device_id=caller.device_id,
        subject=f"{key} v{saved.version}",
        detail={"before": before.body if before is not None else None, "after": body.body},
    )
    return None, saved


def _current(conn: Connection, key: str) -> ConfigDocumentOut | None:
    row = conn.execute(
        select(config.c.version, config.c.body)
        .where(config.c.key == key)
        .order_by(config.c.version.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    return ConfigDocumentOut(key=key, version=row.version, body=json.loads(row.body))


def _branch_exists(conn: Connection, branch_id: str) -> bool:
    found = conn.execute(
        select(_branches.c.id).where(_branches.c.id == branch_id, _branches.c.deleted_at.is_(None))
    ).first()
    return found is not None
