"""The FastAPI application factory."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from typing import Any

from fastapi import FastAPI

from desk_app.server.accounts import AuthConfig
from desk_app.server.admin_routes import admin_router
from desk_app.server.attachment_routes import BLOBS_PATH, blob_router
from desk_app.server.config_routes import config_router
from desk_app.server.database import ServerDatabase
from desk_app.server.errors import install_error_handlers
from desk_app.server.escalation_upkeep import run_escalation_upkeep
from desk_app.server.housekeeping import run_housekeeping
from desk_app.server.kb_routes import kb_router
from desk_app.server.law_routes import law_router
from desk_app.server.middleware import RequestGuard
from desk_app.server.routes import PUSH_SCHEMAS, auth_router, health_router, sync_router
from desk_app.server.settings import ServerSettings, resolve_secret_key

API_PREFIX = "/api/v1"
OPENAPI_PATH = f"{API_PREFIX}/openapi.json"
DOCS_PATH = f"{API_PREFIX}/docs"


def create_app(settings: ServerSettings | None = None) -> FastAPI:
    """A server over ``settings.database_url``. The schema must be current
    (desk-server migrates on start; tests migrate in their fixture)."""
    settings = settings or ServerSettings()
    secret = resolve_secret_key(settings)
    db = ServerDatabase(settings.database_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        upkeep: list[asyncio.Task[None]] = []
        if settings.housekeeping_interval_seconds > 0:
            upkeep.append(asyncio.create_task(run_housekeeping(db, settings)))
        if settings.escalation_interval_seconds > 0:
            upkeep.append(asyncio.create_task(run_escalation_upkeep(db, settings)))
        yield
        for task in upkeep:
            task.cancel()
            with suppress(asyncio.CancelledError):
                await task
        db.dispose()

    app = FastAPI(
        title="Maktab server",
        summary="Central server of the Maktab helpdesk: accounts and offline sync.",
        version="1",
        openapi_url=OPENAPI_PATH,
        docs_url=DOCS_PATH,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.db = db
    app.state.auth = AuthConfig.from_settings(settings, secret)
    routers = (
        health_router,
        auth_router,
        sync_router,
        law_router,
        config_router,
        admin_router,
        blob_router,
    )
    for router in routers:
        app.include_router(router, prefix=API_PREFIX)
    # The public knowledge base: a page for people, outside the desks' API.
    app.include_router(kb_router, include_in_schema=False)
    install_error_handlers(app)
    _publish_schemas(app, PUSH_SCHEMAS)
    app.add_middleware(
        RequestGuard,
        max_body_bytes=settings.max_body_bytes,
        api_prefix=API_PREFIX + "/",
        exempt=frozenset({f"{API_PREFIX}/health", OPENAPI_PATH, DOCS_PATH}),
        signed_in_prefix=(f"{API_PREFIX}/sync/", f"{API_PREFIX}/admin/"),
        token_secret=secret,
        larger_bodies=((f"{API_PREFIX}{BLOBS_PATH}", settings.max_attachment_bytes),),
    )
    return app


def _publish_schemas(app: FastAPI, schemas: dict[str, Any]) -> None:
    """Add request schemas of routes that read their body themselves."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = generate()
            app.openapi_schema.setdefault("components", {}).setdefault("schemas", {}).update(
                schemas
            )
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
