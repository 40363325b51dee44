"""The HTTP surface: health, auth, push and pull (base path /api/v1)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from desk_app.server import accounts, conflict_feed, pull, push
from desk_app.server.deps import Auth, CurrentCaller, Db, client_address
from desk_app.server.errors import ApiError
from desk_app.server.middleware import SUPPORTED
from desk_app.sync.protocol import (
    DEFAULT_PULL_LIMIT,
    MAX_PULL_LIMIT,
    ConflictFeed,
    ErrorBody,
    LoginRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    RefreshRequest,
    TokenResponse,
)

_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody} for status in (400, 401, 403, 413, 415, 422, 426, 429)
}

health_router = APIRouter(tags=["health"])
auth_router = APIRouter(prefix="/auth", tags=["auth"], responses=_ERRORS)
sync_router = APIRouter(prefix="/sync", tags=["sync"], responses=_ERRORS)


@health_router.get("/health")
def health(db: Db) -> dict[str, Any]:
    """Liveness and readiness: answers only when the database does."""
    try:
        with db.reading() as conn:
            conn.execute(text("SELECT 1"))
    except DBAPIError:
        message = "the server cannot reach its database"
        raise ApiError(503, "database_unavailable", message) from None
    return {"status": "ok", "protocol": list(SUPPORTED)}


@auth_router.post("/login")
def login(body: LoginRequest, request: Request, db: Db, config: Auth) -> TokenResponse:
    return accounts.login(db, config, body, client_address(request))


@auth_router.post("/refresh")
def refresh(body: RefreshRequest, db: Db, config: Auth) -> TokenResponse:
    return accounts.refresh(db, config, body)


@sync_router.post("/push")
def push_ops(body: PushRequest, caller: CurrentCaller, db: Db) -> PushResponse:
    return push.push(db, caller, body)


@sync_router.get("/pull")
def pull_changes(
    caller: CurrentCaller,
    db: Db,
    cursor: Annotated[str, Query(max_length=1000)] = "",
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT,
) -> PullResponse:
    return pull.pull(db, caller, cursor, limit)


@sync_router.get("/conflicts")
def conflicts(
    caller: CurrentCaller,
    db: Db,
    cursor: Annotated[str, Query(max_length=200)] = "",
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT,
) -> ConflictFeed:
    """Conflicts other desks' pushes recorded in the caller's branches."""
    return conflict_feed.conflicts_since(db, caller, cursor, limit)
