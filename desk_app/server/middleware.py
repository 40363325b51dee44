"""Checks made before any route runs (pure ASGI, so they also cover requests
FastAPI would refuse on its own): the protocol version and the body size."""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from desk_app.server.errors import error_response
from desk_app.sync.protocol import MIN_PROTOCOL_VERSION, PROTOCOL_HEADER, PROTOCOL_VERSION

SUPPORTED = (MIN_PROTOCOL_VERSION, PROTOCOL_VERSION)
_HEADER = PROTOCOL_HEADER.lower().encode("latin-1")


class BodyTooLarge(HTTPException):
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"the request body is larger than {limit} bytes")


class RequestGuard:
    """Refuses a request with a protocol outside the supported range (426) or a
    body above ``max_body_bytes`` (413), before it reaches a route."""

    def __init__(
        self, app: ASGIApp, *, max_body_bytes: int, api_prefix: str, exempt: frozenset[str]
    ) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.api_prefix = api_prefix
        self.exempt = exempt

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        path: str = scope["path"]
        if path.startswith(self.api_prefix) and path not in self.exempt:
            refusal = _protocol_refusal(headers.get(_HEADER))
            if refusal is not None:
                code, message = refusal
                response = error_response(426, code, message, supported=SUPPORTED)
                await response(scope, receive, send)
                return
        declared = headers.get(b"content-length")
        if declared is not None:
            try:
                length = int(declared)
            except ValueError:
                length = -1
            if length < 0:
                response = error_response(400, "bad_request", "invalid Content-Length")
                await response(scope, receive, send)
                return
            if length > self.max_body_bytes:
                response = error_response(
                    413,
                    "payload_too_large",
                    f"the request body is larger than {self.max_body_bytes} bytes",
                )
                await response(scope, receive, send)
                return
        await self.app(scope, self._counting(receive), send)

    def _counting(self, receive: Receive) -> Receive:
        """A body sent without a length is counted as it arrives."""
        received = 0
        limit = self.max_body_bytes

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit)
            return message

        return counted


def _protocol_refusal(raw: bytes | None) -> tuple[str, str] | None:
    low, high = SUPPORTED
    try:
        version = int(raw) if raw is not None else None
    except ValueError:
        version = None
    if version is None:
        return "protocol_missing", f"send the header {PROTOCOL_HEADER}: {PROTOCOL_VERSION}"
    if version < low:
        return "protocol_too_old", "this version of Maktab is too old for the server; update it"
    if version > high:
        return "protocol_too_new", "the server is older than this version of Maktab; update it"
    return None
