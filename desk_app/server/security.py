"""Passwords (argon2id), access tokens (JWT HS256) and refresh tokens."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from desk_app.server.settings import ServerSettings

ALGORITHM = "HS256"
REFRESH_TOKEN_BYTES = 32


class Passwords:
    """argon2id hashing with the configured cost. A stored hash carries its own
    parameters; one made with other parameters is rehashed at the next login."""

    def __init__(self, time_cost: int = 3, memory_kib: int = 65536, parallelism: int = 4) -> None:
        # The defaults are argon2-cffi's, RFC 9106's low-memory profile.
        self._hasher = PasswordHasher(
            time_cost=time_cost, memory_cost=memory_kib, parallelism=parallelism
        )
        self._dummy: str | None = None

    @classmethod
    def from_settings(cls, settings: ServerSettings) -> Passwords:
        return cls(
            settings.password_time_cost, settings.password_memory_kib, settings.password_parallelism
        )

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def verify(self, password_hash: str, password: str) -> bool:
        try:
            return self._hasher.verify(password_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, password_hash: str) -> bool:
        try:
            return self._hasher.check_needs_rehash(password_hash)
        except InvalidHashError:
            return False

    def burn_verify_time(self, password: str) -> None:
        """Spend what a real verification costs, so an unknown username answers
        as slowly as a wrong password and cannot be told apart by timing."""
        if self._dummy is None:
            self._dummy = self.hash(secrets.token_urlsafe(16))
        self.verify(self._dummy, password)


def hash_password(password: str) -> str:
    """A hash with the default cost (what the server verifies whatever its settings)."""
    return Passwords().hash(password)


def new_refresh_token() -> str:
    return secrets.token_urlsafe(REFRESH_TOKEN_BYTES)


def refresh_token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class AccessClaims:
    user_id: str
    device_id: str
    branches: tuple[str, ...]


class TokenError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def make_access_token(secret: str, claims: AccessClaims, *, now: datetime, ttl: timedelta) -> str:
    payload = {
        "sub": claims.user_id,
        "dev": claims.device_id,
        "br": list(claims.branches),
        "iat": int(now.timestamp()),
        "exp": int((now + ttl).timestamp()),
    }
    return jwt.encode(payload, secret, algorithm=ALGORITHM)


def read_access_token(secret: str, token: str) -> AccessClaims:
    try:
        payload = jwt.decode(
            token, secret, algorithms=[ALGORITHM], options={"require": ["exp", "sub", "dev", "br"]}
        )
    except jwt.ExpiredSignatureError:
        raise TokenError("token_expired", "the access token has expired; refresh it") from None
    except jwt.InvalidTokenError:
        raise TokenError("invalid_token", "the access token is not valid") from None
    sub, dev, br = payload["sub"], payload["dev"], payload["br"]
    if not (
        isinstance(sub, str)
        and isinstance(dev, str)
        and isinstance(br, list)
        and all(isinstance(b, str) for b in br)
    ):
        raise TokenError("invalid_token", "the access token is not valid")
    return AccessClaims(user_id=sub, device_id=dev, branches=tuple(br))
