"""Attachments' bytes over HTTP (issue 15), under /api/v1/sync so the request
guard checks the token before a byte is read; this route alone takes bodies
up to the attachment limit (settings.max_attachment_bytes).

- PUT /sync/blobs/<sha256>: a file's bytes, from a desk that attached it.
  Needs TAKE_CALLS (as attaching does); the bytes must hash to the name
  (422 ``hash_mismatch``) and be a kind the desk accepts, by content
  (422 ``refused_type``: the server does not trust the desk's check). Kept
  once: a file already held is acknowledged, not stored again.
- GET /sync/blobs/<sha256>: the bytes, to a caller who can see an
  attachment naming them (one of their branches) or who uploaded them;
  404 otherwise, so a hash alone reveals nothing.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from fastapi import APIRouter, Request, Response
from sqlalchemy import Connection, insert, select
from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool

from desk_app.models import Attachment
from desk_app.server.accounts import Caller
from desk_app.server.database import ServerDatabase
from desk_app.server.deps import CurrentCaller, Db, Settings
from desk_app.server.errors import ApiError
from desk_app.server.law import person_of, rights_in_force
from desk_app.server.schema import blob
from desk_app.services.attachments import check_file, sha256_of
from desk_app.services.messages import ValidationFailed
from desk_app.services.permissions import REASONS, Right, check
from desk_app.sync.blob_messages import BlobStored
from desk_app.sync.protocol import ErrorBody

BLOBS_PATH = "/sync/blobs/"
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_attachments = Attachment.__table__

blob_router = APIRouter(
    prefix="/sync",
    tags=["attachments"],
    responses={s: {"model": ErrorBody} for s in (400, 401, 403, 404, 413, 422, 426)},
)


def _checked_hash(sha256: str) -> str:
    if not _SHA256.match(sha256):
        raise ApiError(404, "unknown_blob", "no file has this name")
    return sha256


@blob_router.put("/blobs/{sha256}")
async def put_blob(
    sha256: str, request: Request, caller: CurrentCaller, db: Db, settings: Settings
) -> BlobStored:
    sha256 = _checked_hash(sha256)
    data = await request.body()
    return await run_in_threadpool(
        store_blob, db, caller, sha256, data, settings.max_attachment_bytes
    )


@blob_router.get("/blobs/{sha256}")
async def get_blob(sha256: str, caller: CurrentCaller, db: Db) -> Response:
    sha256 = _checked_hash(sha256)
    data, media_type = await run_in_threadpool(read_blob, db, caller, sha256)
    return Response(content=data, media_type=media_type)


def store_blob(
    db: ServerDatabase, caller: Caller, sha256: str, data: bytes, max_bytes: int
) -> BlobStored:
    if len(data) > max_bytes:
        raise ApiError(413, "payload_too_large", f"a file has at most {max_bytes} bytes")
    if sha256_of(data) != sha256:
        raise ApiError(422, "hash_mismatch", "the bytes do not hash to the name they were sent as")
    try:
        media_type = check_file(data, max_bytes)
    except ValidationFailed as error:
        raise ApiError(422, "refused_type", error.errors[0].english()) from None
    with db.writing() as conn:
        denied = check(rights_in_force(conn), person_of(conn, caller.user_id), Right.TAKE_CALLS)
        if denied is not None:
            raise ApiError(403, "not_permitted", REASONS[denied.right])
        if _held(conn, sha256):
            return BlobStored(sha256=sha256, size=len(data), stored=False)
    try:
        with db.writing() as conn:
            conn.execute(
                insert(blob).values(
                    sha256=sha256,
                    size=len(data),
                    media_type=media_type,
                    data=data,
                    uploaded_by=caller.user_id,
                    uploaded_at=datetime.now(UTC),
                )
            )
    except IntegrityError:
        # Another desk sent the same file a moment before: it is held.
        return BlobStored(sha256=sha256, size=len(data), stored=False)
    return BlobStored(sha256=sha256, size=len(data), stored=True)


def _held(conn: Connection, sha256: str) -> bool:
    return conn.execute(select(blob.c.sha256).where(blob.c.sha256 == sha256)).first() is not None


def read_blob(db: ServerDatabase, caller: Caller, sha256: str) -> tuple[bytes, str]:
    with db.reading() as conn:
        row = conn.execute(
            select(blob.c.data, blob.c.media_type, blob.c.uploaded_by).where(
                blob.c.sha256 == sha256
            )
        ).first()
        if row is None:
            raise ApiError(404, "unknown_blob", "no file has this name")
        if row.uploaded_by != caller.user_id and not _visible(conn, caller, sha256):
            raise ApiError(404, "unknown_blob", "no file has this name")
        return bytes(row.data), str(row.media_type)


def _visible(conn: Connection, caller: Caller, sha256: str) -> bool:
    found = conn.execute(
        select(_attachments.c.id)
        .where(
            _attachments.c.sha256 == sha256,
            _attachments.c.deleted_at.is_(None),
            _attachments.c.branch_id.in_(sorted(caller.branches)),
        )
        .limit(1)
    ).first()
    return found is not None
