"""Sign-in, devices and tokens (docs/sync-protocol.md, "Accounts, devices, tokens").

Login attempts are counted in the database (per username and per client
address), so the limit holds across every worker behind a load balancer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, and_, delete, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from desk_app.models import Branch, User
from desk_app.server.database import ServerDatabase
from desk_app.server.errors import ApiError
from desk_app.server.law import write_audit
from desk_app.server.schema import credential, device, login_attempt, user_branch
from desk_app.server.security import (
    AccessClaims,
    Passwords,
    TokenError,
    make_access_token,
    new_refresh_token,
    read_access_token,
    refresh_token_hash,
)
from desk_app.server.settings import ServerSettings
from desk_app.server.text import has_control_characters, without_control_characters
from desk_app.services.audit import AuditKind
from desk_app.services.ids import new_id
from desk_app.sync.protocol import BranchInfo, LoginRequest, RefreshRequest, TokenResponse

users = User.__table__
branches = Branch.__table__
UNNAMED_DEVICE = "unnamed device"


@dataclass(frozen=True)
class Caller:
    """Who is calling, resolved from the access token and re-checked against
    the database on every request."""

    user_id: str
    username: str
    device_id: str
    client_id: str
    branches: frozenset[str]


@dataclass(frozen=True)
class AuthConfig:
    secret: str
    access_ttl: timedelta
    max_failures: int
    window: timedelta
    passwords: Passwords
    refresh_grace: timedelta = timedelta(0)

    @classmethod
    def from_settings(cls, settings: ServerSettings, secret: str) -> AuthConfig:
        return cls(
            secret=secret,
            passwords=Passwords.from_settings(settings),
            access_ttl=timedelta(seconds=settings.access_token_ttl_seconds),
            max_failures=settings.login_max_failures,
            window=timedelta(seconds=settings.login_window_seconds),
            refresh_grace=timedelta(seconds=settings.refresh_grace_seconds),
        )


def normalise_username(username: str) -> str:
    return username.strip().casefold()


def _unauthorized(code: str, message: str) -> ApiError:
    return ApiError(401, code, message, headers={"WWW-Authenticate": "Bearer"})


def _inactive() -> ApiError:
    return _unauthorized("user_inactive", "this account has been deactivated")


def _revoked() -> ApiError:
    return _unauthorized("device_revoked", "this device has been signed out by an administrator")


def login(
    db: ServerDatabase, config: AuthConfig, request: LoginRequest, address: str
) -> TokenResponse:
    if has_control_characters(request.username):
        # No account has such a name (and PostgreSQL cannot even compare NUL).
        raise ApiError(422, "invalid_request", "username: control characters are not allowed")
    # The device name is shown to administrators: kept without control
    # characters, never refused for them (it is often the computer's name).
    device_name = without_control_characters(request.device_name) or UNNAMED_DEVICE
    request = request.model_copy(update={"device_name": device_name})
    with db.writing() as conn:
        outcome = _login(conn, config, request, address, datetime.now(UTC))
    # Raised only now, so a failed attempt is committed and counted.
    if isinstance(outcome, ApiError):
        raise outcome
    return outcome


def _login(
    conn: Connection, config: AuthConfig, request: LoginRequest, address: str, now: datetime
) -> TokenResponse | ApiError:
    username = normalise_username(request.username)
    _lock_login(conn, username, address)
    if _too_many_failures(conn, config, username, address, now):
        return ApiError(
            429,
            "too_many_attempts",
            "too many failed sign-ins; wait a few minutes and try again",
            headers={"Retry-After": str(int(config.window.total_seconds()))},
        )
    account = conn.execute(
        select(
            users.c.id,
            users.c.display_name,
            users.c.role,
            users.c.active,
            users.c.deleted_at,
            credential.c.password_hash,
            credential.c.active.label("can_sign_in"),
        )
        .join(credential, credential.c.user_id == users.c.id)
        .where(users.c.username == username)
    ).first()
    if account is None:
        config.passwords.burn_verify_time(request.password)
    if account is None or not config.passwords.verify(account.password_hash, request.password):
        conn.execute(insert(login_attempt).values(username=username, address=address, at=now))
        conn.execute(delete(login_attempt).where(login_attempt.c.at < now - config.window))
        _audit_sign_in(conn, now, account, username, address, "invalid_credentials")
        return _unauthorized("invalid_credentials", "wrong username or password")
    # The password was right: only now may the answer say more about the account.
    if not _is_active(account.active, account.can_sign_in, account.deleted_at):
        _audit_sign_in(conn, now, account, username, address, "user_inactive")
        return _inactive()
    if config.passwords.needs_rehash(account.password_hash):
        conn.execute(
            update(credential)
            .where(credential.c.user_id == account.id)
            .values(password_hash=config.passwords.hash(request.password))
        )
    existing = conn.execute(
        select(device.c.id, device.c.revoked_at).where(
            device.c.user_id == account.id, device.c.client_id == request.client_id
        )
    ).first()
    if existing is not None and existing.revoked_at is not None:
        _audit_sign_in(conn, now, account, username, address, "device_revoked")
        return _revoked()
    token = new_refresh_token()
    device_id = _register_device(
        conn, account.id, request, None if existing is None else existing.id, token, now
    )
    _audit_sign_in(conn, now, account, username, address, "", device_id)
    conn.execute(delete(login_attempt).where(login_attempt.c.username == username))
    allowed = _branches_of(conn, account.id)
    return _tokens(
        config, account.id, username, account.display_name, account.role, device_id,
        token, allowed, now,
    )  # fmt: skip


def _audit_sign_in(
    conn: Connection,
    now: datetime,
    account: Any,
    username: str,
    address: str,
    refused: str,
    device_id: str | None = None,
) -> None:
    """Every sign-in, and every refused one with why (the audit log, server.law)."""
    write_audit(
        conn,
        now,
        (AuditKind.SIGN_IN_FAILED if refused else AuditKind.SIGN_IN).value,
        actor_id=None if account is None else account.id,
        actor_name=username,
        device_id=device_id,
        subject=username,
        detail={"address": address, **({"reason": refused} if refused else {})},
    )


def refresh(db: ServerDatabase, config: AuthConfig, request: RefreshRequest) -> TokenResponse:
    """A new access token and a new refresh token for the old refresh token.

    The token just replaced is honoured exactly once more within the grace
    period: a desk whose refresh reply was lost on a poor link retries with it.
    Honouring it rotates again, so the token in the lost reply never works, and
    spends the grace, so the replaced token never works again; after the grace
    period an old token is refused like any unknown one.

    Redemptions of one device's tokens take turns (a row lock on PostgreSQL,
    the single writer on SQLite) and each sees what the one before committed,
    so both backends answer parallel redemptions alike."""
    old_hash = refresh_token_hash(request.refresh_token)
    with db.writing() as conn:
        found = conn.execute(
            select(
                device.c.id,
                device.c.revoked_at,
                device.c.refresh_hash,
                device.c.previous_refresh_hash,
                device.c.rotated_at,
                users.c.id.label("user_id"),
                users.c.username,
                users.c.display_name,
                users.c.role,
                users.c.active,
                users.c.deleted_at,
                credential.c.active.label("can_sign_in"),
            )
            .join(users, users.c.id == device.c.user_id)
            .join(credential, credential.c.user_id == users.c.id)
            .where(
                or_(device.c.refresh_hash == old_hash, device.c.previous_refresh_hash == old_hash)
            )
            .limit(1)
            # A redemption waiting here re-reads the row once the one before
            # commits: the token it holds may have become the replaced one.
            .with_for_update(of=device)
        ).first()
        # Read once the row is ours: a redemption that waited for the one
        # before must not be older than the rotation it waited for (its
        # retry would fall outside the grace, "before" the rotation).
        now = datetime.now(UTC)
        if found is None:
            raise _unauthorized("invalid_token", "the refresh token is not valid; sign in again")
        if found.revoked_at is not None:
            raise _revoked()
        replaced = found.refresh_hash != old_hash
        if replaced and not _within_grace(found.rotated_at, config.refresh_grace, now):
            raise _unauthorized("invalid_token", "the refresh token is not valid; sign in again")
        if not _is_active(found.active, found.can_sign_in, found.deleted_at):
            raise _inactive()
        token = new_refresh_token()
        values: dict[str, object] = {"refresh_hash": refresh_token_hash(token), "last_seen_at": now}
        if replaced:
            # The grace is spent. The first rotation's time is kept, so a
            # retry cannot stretch the grace period either.
            values["previous_refresh_hash"] = None
        else:
            values.update(previous_refresh_hash=old_hash, rotated_at=now)
        # Conditional on both hashes read: whatever the locking, of two
        # redemptions that read the same row only one can rotate it.
        rotated = conn.execute(
            update(device)
            .where(
                device.c.id == found.id,
                device.c.refresh_hash == found.refresh_hash,
                device.c.previous_refresh_hash == old_hash
                if replaced
                else device.c.refresh_hash == old_hash,
            )
            .values(**values)
        ).rowcount
        if rotated != 1:
            raise _unauthorized("invalid_token", "the refresh token is not valid; sign in again")
        allowed = _branches_of(conn, found.user_id)
    return _tokens(
        config, found.user_id, found.username, found.display_name, found.role, found.id,
        token, allowed, now,
    )  # fmt: skip


def _within_grace(rotated_at: datetime | None, grace: timedelta, now: datetime) -> bool:
    if rotated_at is None or grace <= timedelta(0):
        return False
    if rotated_at.tzinfo is None:
        rotated_at = rotated_at.replace(tzinfo=UTC)
    return timedelta(0) <= now - rotated_at <= grace


def bearer_claims(secret: str, authorization: str | None) -> AccessClaims:
    """The claims of a valid, unexpired access token in an ``Authorization:
    Bearer`` header, checked without the database (ApiError 401 otherwise).
    Cheap enough to run before a request's body is read."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise _unauthorized("invalid_token", "sign in first (no access token)")
    try:
        return read_access_token(secret, token.strip())
    except TokenError as error:
        raise _unauthorized(error.code, error.message) from None


def authenticate(db: ServerDatabase, config: AuthConfig, authorization: str | None) -> Caller:
    """The caller of a request, from its ``Authorization: Bearer`` header."""
    claims = bearer_claims(config.secret, authorization)
    with db.reading() as conn:
        found = conn.execute(
            select(
                device.c.user_id,
                device.c.client_id,
                device.c.revoked_at,
                users.c.username,
                users.c.active,
                users.c.deleted_at,
                credential.c.active.label("can_sign_in"),
            )
            .join(users, users.c.id == device.c.user_id)
            .join(credential, credential.c.user_id == users.c.id)
            .where(device.c.id == claims.device_id)
        ).first()
        if found is None or found.user_id != claims.user_id:
            raise _unauthorized("invalid_token", "the access token is not valid")
        if found.revoked_at is not None:
            raise _revoked()
        if not _is_active(found.active, found.can_sign_in, found.deleted_at):
            raise _inactive()
        granted = {b.id for b in _branches_of(conn, claims.user_id)}
    return Caller(
        user_id=claims.user_id,
        username=found.username,
        device_id=claims.device_id,
        client_id=found.client_id,
        # The token's branches, less any access revoked since it was issued.
        branches=frozenset(claims.branches) & granted,
    )


def _is_active(user_active: bool, can_sign_in: bool, deleted_at: datetime | None) -> bool:
    return bool(user_active) and bool(can_sign_in) and deleted_at is None


def _lock_login(conn: Connection, username: str, address: str) -> None:
    """On PostgreSQL, attempts for one username (and one address) take turns,
    so parallel guesses cannot all slip under the limit before any is counted."""
    if conn.dialect.name != "postgresql":
        return
    for key in sorted((f"login-user:{username}", f"login-address:{address}")):
        conn.execute(select(func.pg_advisory_xact_lock(func.hashtext(key))))


def _too_many_failures(
    conn: Connection, config: AuthConfig, username: str, address: str, now: datetime
) -> bool:
    since = now - config.window
    counts = conn.execute(
        select(
            func.count().filter(login_attempt.c.username == username),
            func.count().filter(login_attempt.c.address == address),
        ).where(
            login_attempt.c.at >= since,
            or_(login_attempt.c.username == username, login_attempt.c.address == address),
        )
    ).one()
    return max(counts[0], counts[1]) >= config.max_failures


def _register_device(
    conn: Connection,
    user_id: str,
    request: LoginRequest,
    existing_id: str | None,
    refresh_token: str,
    now: datetime,
) -> str:
    values = {
        "name": request.device_name,
        "refresh_hash": refresh_token_hash(refresh_token),
        # A new sign-in ends the grace of any token replaced before it.
        "previous_refresh_hash": None,
        "rotated_at": None,
        "last_seen_at": now,
    }
    if existing_id is not None:
        conn.execute(update(device).where(device.c.id == existing_id).values(**values))
        return existing_id
    device_id = new_id()
    try:
        with conn.begin_nested():
            conn.execute(
                insert(device).values(
                    id=device_id,
                    user_id=user_id,
                    client_id=request.client_id,
                    created_at=now,
                    **values,
                )
            )
    except IntegrityError:
        # The same replica signing in twice at once: use the row the other made.
        device_id = conn.execute(
            select(device.c.id).where(
                and_(device.c.user_id == user_id, device.c.client_id == request.client_id)
            )
        ).scalar_one()
        conn.execute(update(device).where(device.c.id == device_id).values(**values))
    return device_id


def _branches_of(conn: Connection, user_id: str) -> list[BranchInfo]:
    rows = conn.execute(
        select(branches.c.id, branches.c.code, branches.c.name)
        .join(user_branch, user_branch.c.branch_id == branches.c.id)
        .where(user_branch.c.user_id == user_id, branches.c.deleted_at.is_(None))
        .order_by(branches.c.code)
    )
    return [BranchInfo(id=r.id, code=r.code, name=r.name) for r in rows]


def _tokens(
    config: AuthConfig,
    user_id: str,
    username: str,
    display_name: str,
    role: str,
    device_id: str,
    refresh_token: str,
    allowed: list[BranchInfo],
    now: datetime,
) -> TokenResponse:
    claims = AccessClaims(user_id, device_id, tuple(b.id for b in allowed))
    access = make_access_token(config.secret, claims, now=now, ttl=config.access_ttl)
    return TokenResponse(
        access_token=access,
        refresh_token=refresh_token,
        expires_in=int(config.access_ttl.total_seconds()),
        device_id=device_id,
        user_id=user_id,
        username=username,
        display_name=display_name,
        role=role,
        branches=allowed,
    )
