"""Typed FastAPI dependencies: the database, the auth settings, the caller."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header, Request

from desk_app.server.accounts import AuthConfig, Caller, authenticate
from desk_app.server.database import ServerDatabase
from desk_app.server.settings import ServerSettings


def get_db(request: Request) -> ServerDatabase:
    db: ServerDatabase = request.app.state.db
    return db


def get_auth_config(request: Request) -> AuthConfig:
    config: AuthConfig = request.app.state.auth
    return config


def get_settings(request: Request) -> ServerSettings:
    settings: ServerSettings = request.app.state.settings
    return settings


Db = Annotated[ServerDatabase, Depends(get_db)]
Auth = Annotated[AuthConfig, Depends(get_auth_config)]
Settings = Annotated[ServerSettings, Depends(get_settings)]


def get_caller(
    db: Db,
    config: Auth,
    authorization: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> Caller:
    return authenticate(db, config, authorization)


CurrentCaller = Annotated[Caller, Depends(get_caller)]


def client_address(request: Request) -> str:
    return request.client.host[:64] if request.client else "unknown"
