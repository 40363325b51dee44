"""The HTTP surface: health, auth, push and pull (base path /api/v1)."""

from __future__ import annotations

import json
from typing import Annotated, Any

from anyio import CapacityLimiter, to_thread
from fastapi import APIRouter, Query, Request
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from starlette.concurrency import run_in_threadpool

from desk_app.server import accounts, conflict_feed, pull, push
from desk_app.server.deps import Auth, CurrentCaller, Db, Settings, client_address
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


# The push body is read by the route itself, after the caller is known: an
# unauthenticated body is never read, decoded or validated (the middleware
# refuses it from its headers), and validation runs on a worker thread, so a
# large or malformed body never holds up the event loop (/health stays live).
# Its schema is therefore published by hand: the app adds PUSH_SCHEMAS to the
# OpenAPI components.
_REF = "#/components/schemas/{model}"
_push_schema = PushRequest.model_json_schema(ref_template=_REF)
PUSH_SCHEMAS: dict[str, Any] = {**_push_schema.pop("$defs", {}), "PushRequest": _push_schema}
_PUSH_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": _REF.format(model="PushRequest")}}},
    }
}


# Parsing a body of several MB holds the interpreter for tens of ms at a time
# (the JSON parser and the validator are C and Rust): bodies are parsed one at
# a time per process, so however many arrive at once, other requests wait for
# at most one such stretch, and at most one parsed copy is in memory.
PUSH_PARSERS = 1


@sync_router.post("/push", openapi_extra=_PUSH_BODY)
async def push_ops(request: Request, caller: CurrentCaller, db: Db) -> PushResponse:
    raw = await request.body()
    body = await to_thread.run_sync(read_push_request, raw, limiter=_parsers(request))
    del raw
    return await run_in_threadpool(push.push, db, caller, body)


def _parsers(request: Request) -> CapacityLimiter:
    # Made on first use, inside the event loop that will use it.
    limiter: CapacityLimiter | None = getattr(request.app.state, "push_parsers", None)
    if limiter is None:
        limiter = request.app.state.push_parsers = CapacityLimiter(PUSH_PARSERS)
    return limiter


def read_push_request(raw: bytes) -> PushRequest:
    """The push body, parsed and validated as FastAPI would (Python's JSON, so
    a lone surrogate reaches the codec and refuses its op only), with the same
    422 answers."""
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):  # not JSON, not UTF-8, nested past reason
        malformed = {"type": "json_invalid", "loc": ("body",), "msg": "JSON decode error"}
        raise RequestValidationError([malformed]) from None
    try:
        return PushRequest.model_validate(data)
    except ValidationError as error:
        errors = error.errors(include_url=False, include_input=False, include_context=False)
        located = [{**e, "loc": ("body", *e["loc"])} for e in errors]
        raise RequestValidationError(located) from None


@sync_router.get("/pull")
def pull_changes(
    caller: CurrentCaller,
    db: Db,
    settings: Settings,
    cursor: Annotated[str, Query(max_length=1000)] = "",
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT,
) -> PullResponse:
    return pull.pull(db, caller, cursor, limit, settings.max_page_bytes)


@sync_router.get("/conflicts")
def conflicts(
    caller: CurrentCaller,
    db: Db,
    settings: Settings,
    cursor: Annotated[str, Query(max_length=200)] = "",
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT,
) -> ConflictFeed:
    """Conflicts other desks' pushes recorded in the caller's branches."""
    return conflict_feed.conflicts_since(db, caller, cursor, limit, settings.max_page_bytes)
