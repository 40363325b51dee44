"""Passwords (argon2id), access tokens (JWT HS256) and refresh tokens."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

ALGORITHM = "HS256"
REFRESH_TOKEN_BYTES = 32

_hasher = PasswordHasher()  # argon2id, RFC 9106 low-memory profile


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    try:
        return _hasher.check_needs_rehash(password_hash)
    except InvalidHashError:
        return False


@cache
def _dummy_hash() -> str:
    return _hasher.hash(secrets.token_urlsafe(16))


def burn_verify_time(password: str) -> None:
    """Spend what a real verification costs, so an unknown username answers
    as slowly as a wrong password and cannot be told apart by timing."""
    verify_password(_dummy_hash(), password)


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
