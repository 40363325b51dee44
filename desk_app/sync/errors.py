"""Typed failures of talking to the sync server.

Each carries a stable ``code`` the engine puts into ``SyncStatus.problem`` and
the UI turns into a sentence; none of them is ever shown to a person raw.
"""

from __future__ import annotations


class SyncError(Exception):
    """Base of every sync failure; ``code`` is stable, the message is for logs."""

    code = "sync_error"

    def __init__(self, code: str | None = None, message: str = "") -> None:
        if code is not None:
            self.code = code
        super().__init__(f"{self.code}: {message}" if message else self.code)
        self.message = message


class Unreachable(SyncError):
    """No answer: connection refused, DNS, TLS or a timeout. Try again later."""

    code = "unreachable"


class ProtocolMismatch(SyncError):
    """The server does not speak our protocol version (HTTP 426).

    ``code`` is "protocol_too_old" (update Maktab) or "protocol_too_new" (the
    server needs an update); ``supported`` is the server's [min, max]."""

    code = "protocol_mismatch"

    def __init__(self, code: str, supported: list[int], message: str = "") -> None:
        super().__init__(code, message)
        self.supported = supported


class AuthFailed(SyncError):
    """401/403: wrong password, a revoked device, an inactive user, an expired
    refresh token. The person has to sign in again (or an admin has to act)."""

    code = "auth_failed"


class RateLimited(SyncError):
    """429: too many failed sign-ins; ``retry_after`` in seconds when known."""

    code = "too_many_attempts"

    def __init__(self, code: str | None = None, message: str = "", retry_after: float = 0) -> None:
        super().__init__(code, message)
        self.retry_after = retry_after


class ServerRefused(SyncError):
    """Any other 4xx: the server understood and refused; nothing was changed."""

    code = "refused"


class ServerFault(SyncError):
    """5xx, or an answer that is not what the protocol promises. Transient."""

    code = "server_fault"


class CredentialsUnavailable(SyncError):
    """The OS keyring cannot be used (none installed, locked, refused).

    There is deliberately no plain-text fallback: the desk keeps working
    offline and the UI explains what to install or unlock."""

    code = "no_keyring"
