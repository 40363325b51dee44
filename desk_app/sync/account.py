"""Signing a desk in to the sync server and out again.

The refresh token lives in the OS keyring only (credentials.py); the client
is told to store each new one, because refresh tokens rotate. Signing in also
adopts the server's ids for this desk's branch and agent (identity.py).
"""

from __future__ import annotations

from collections.abc import Callable

from desk_app.services.context import WriteContext
from desk_app.storage.db import Database
from desk_app.sync.client import SyncClient
from desk_app.sync.credentials import CredentialStore
from desk_app.sync.errors import CredentialsUnavailable
from desk_app.sync.identity import AdoptedIdentity, adopt_server_identity
from desk_app.sync.protocol import TokenResponse


def token_saver(
    store: CredentialStore, server_url: str, username: str
) -> Callable[[TokenResponse], None]:
    def save(tokens: TokenResponse) -> None:
        store.save(server_url, username, tokens.refresh_token)

    return save


def sign_in(
    db: Database,
    ctx: WriteContext,
    client: SyncClient,
    store: CredentialStore,
    *,
    username: str,
    password: str,
    device_name: str,
) -> AdoptedIdentity:
    """Sign in with a password, keep the refresh token in the keyring, adopt
    the server's ids. Raises the client's typed errors (AuthFailed for a wrong
    password, RateLimited, Unreachable …) and CredentialsUnavailable when there
    is no keyring (then nothing is kept, not even in memory)."""
    client.on_tokens = token_saver(store, client.base_url, username)
    try:
        tokens = client.login(username, password, device_name, ctx.client_id)
    except CredentialsUnavailable:
        client.forget()
        raise
    with db.writing() as session:
        return adopt_server_identity(session, ctx, tokens)


def restore_session(client: SyncClient, store: CredentialStore, *, username: str) -> bool:
    """Resume the device's session from the keyring at start-up, without a
    password. False when no token is stored (the person has to sign in).
    The first sync round refreshes it and adopts the server's ids."""
    token = store.load(client.base_url, username)
    if not token:
        return False
    client.on_tokens = token_saver(store, client.base_url, username)
    client.restore(token)
    return True


def sign_out(client: SyncClient, store: CredentialStore, *, username: str) -> None:
    """Forget the device's tokens here. (The server keeps the device until an
    administrator revokes it; the outbox is kept and pushed at the next sign-in.)"""
    client.forget()
    store.delete(client.base_url, username)
