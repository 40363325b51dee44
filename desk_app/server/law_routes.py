"""The rights table and the audit log over HTTP (base path /api/v1/sync, so
the request guard refuses an unsigned or oversized request before it is read).

- GET  /sync/rights: the rights table in force, for every signed-in desk.
- PUT  /sync/rights: a new version, for a person who holds EDIT_RIGHTS; audited
  with before and after.
- POST /sync/audit: a desk's own audit entries, kept by their ids (sent twice,
  kept once); only entries of the token's branches (or of none) are taken.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter
from sqlalchemy import Connection, insert, select
from starlette.concurrency import run_in_threadpool

from desk_app.server.accounts import Caller
from desk_app.server.database import ServerDatabase
from desk_app.server.deps import CurrentCaller, Db
from desk_app.server.errors import ApiError
from desk_app.server.law import person_of, rights_in_force, write_audit
from desk_app.server.push import run_writing
from desk_app.server.schema import audit, rights
from desk_app.services.audit import AuditKind
from desk_app.services.permissions import (
    REASONS,
    Right,
    RightsTable,
    RightsTableError,
    check,
)
from desk_app.sync.law_messages import (
    AuditUploadRequest,
    AuditUploadResponse,
    RightsDocument,
)
from desk_app.sync.protocol import ErrorBody

law_router = APIRouter(
    prefix="/sync",
    tags=["rights and audit"],
    responses={s: {"model": ErrorBody} for s in (400, 401, 403, 413, 422, 426)},
)


def _document(table: RightsTable) -> RightsDocument:
    return RightsDocument.model_validate(json.loads(table.to_json()))


@law_router.get("/rights")
def get_rights(caller: CurrentCaller, db: Db) -> RightsDocument:
    with db.reading() as conn:
        return _document(rights_in_force(conn))


@law_router.put("/rights")
async def put_rights(body: RightsDocument, caller: CurrentCaller, db: Db) -> RightsDocument:
    return await run_in_threadpool(save_rights, db, caller, body)


def save_rights(db: ServerDatabase, caller: Caller, body: RightsDocument) -> RightsDocument:
    """Store ``body`` as the next version. ``body.version`` is the version the
    editor started from: a stale one (someone saved meanwhile) is a 409."""
    try:
        table = RightsTable.from_json(body.model_dump_json())
    except RightsTableError as error:
        raise ApiError(422, "invalid_rights", str(error)) from None
    now = datetime.now(UTC)
    with db.writing() as conn:
        person = person_of(conn, caller.user_id)
        before = rights_in_force(conn)
        denied = check(before, person, Right.EDIT_RIGHTS)
        if denied is not None:
            write_audit(
                conn,
                now,
                AuditKind.REFUSED.value,
                actor_id=caller.user_id,
                actor_name=caller.username,
                device_id=caller.device_id,
                subject="rights",
                detail={"right": denied.right.value, "action": "put_rights"},
            )
            refusal: ApiError | None = ApiError(403, "not_permitted", REASONS[denied.right])
        elif body.version != before.version:
            refusal = ApiError(
                409, "stale_rights", f"the rights table is at version {before.version}"
            )
        else:
            refusal = None
            saved = RightsTable(table.grants, before.version + 1)
            conn.execute(
                insert(rights).values(
                    version=saved.version,
                    grants=saved.to_json(),
                    changed_by=caller.user_id,
                    changed_at=now,
                )
            )
            write_audit(
                conn,
                now,
                AuditKind.RIGHTS_CHANGED.value,
                actor_id=caller.user_id,
                actor_name=caller.username,
                device_id=caller.device_id,
                subject=f"v{saved.version}",
                detail={
                    "before": json.loads(before.to_json()),
                    "after": json.loads(saved.to_json()),
                },
            )
    # Raised only now, so the refusal's audit entry is committed.
    if refusal is not None:
        raise refusal
    return _document(saved)


@law_router.post("/audit")
async def upload_audit(
    body: AuditUploadRequest, caller: CurrentCaller, db: Db
) -> AuditUploadResponse:
    return await run_in_threadpool(store_audit, db, caller, body)


def store_audit(
    db: ServerDatabase, caller: Caller, body: AuditUploadRequest
) -> AuditUploadResponse:
    now = datetime.now(UTC)
    ours = [e for e in body.entries if e.branch_id is None or e.branch_id in caller.branches]
    refused = [e.id for e in body.entries if e not in ours]
    ids = list(dict.fromkeys(e.id for e in ours))

    def work(conn: Connection) -> None:
        known = set(conn.execute(select(audit.c.id).where(audit.c.id.in_(ids))).scalars())
        fresh: dict[str, dict[str, Any]] = {}
        for entry in ours:
            if entry.id in known or entry.id in fresh:
                continue
            fresh[entry.id] = {
                **entry.model_dump(),
                "at": entry.at if entry.at.tzinfo else entry.at.replace(tzinfo=UTC),
                "device_id": caller.device_id,
                "source": "desk",
                "received_at": now,
            }
        if fresh:
            conn.execute(insert(audit), list(fresh.values()))

    # The same entries uploaded twice at once: the retry finds them stored.
    run_writing(db, work)
    return AuditUploadResponse(stored=ids, refused=refused)
