"""Checks made before any route runs (pure ASGI, so they also cover requests
FastAPI would refuse on its own): the protocol version, the access token of a
sync request, the body size, and the decoding of a compressed body."""

from __future__ import annotations

from anyio import to_thread
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from desk_app.server.accounts import bearer_claims
from desk_app.server.errors import ApiError, error_response
from desk_app.sync.compression import REQUEST_CODINGS, BodyError, BodyTooLarge, decompress
from desk_app.sync.protocol import MIN_PROTOCOL_VERSION, PROTOCOL_HEADER, PROTOCOL_VERSION

SUPPORTED = (MIN_PROTOCOL_VERSION, PROTOCOL_VERSION)
_HEADER = PROTOCOL_HEADER.lower().encode("latin-1")
_ENCODING = b"content-encoding"
_LENGTH = b"content-length"
_AUTHORIZATION = b"authorization"
# The most a request's line and headers may take (431 past it; desk-server
# gives h11 the same limit). A desk sends well under 2 KiB.
MAX_HEADER_BYTES = 16 * 1024
# A compressed body larger than this is decoded on a worker thread, not on the
# event loop.
_DECODE_INLINE_BYTES = 16 * 1024
# Told with a 415 (RFC 7694): what a request body may be encoded with.
_ACCEPTED = {"Accept-Encoding": ", ".join(REQUEST_CODINGS)}


class BodyOverLimit(HTTPException):
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"the request body is larger than {limit} bytes")


class RequestGuard:
    """Refuses a request with a protocol outside the supported range (426), a
    sync request without a valid access token (401) or a body above
    ``max_body_bytes`` (413), before it reaches a route, and hands routes a
    compressed body decoded (docs/sync-protocol.md, "Compression"): the limit
    holds for the body as sent and for the body once decoded.

    The token is checked from the headers alone (signature and expiry; the
    route checks the device against the database), so a stranger's body is
    never read, decoded or validated."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        max_body_bytes: int,
        api_prefix: str,
        exempt: frozenset[str],
        signed_in_prefix: str | tuple[str, ...],
        token_secret: str,
        larger_bodies: tuple[tuple[str, int], ...] = (),
    ) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        # (path prefix, limit): routes that take more than a sync body, an
        # attachment's bytes (server.attachment_routes).
        self.larger_bodies = larger_bodies
        self.api_prefix = api_prefix
        self.exempt = exempt
        self.signed_in_prefix = signed_in_prefix
        self.token_secret = token_secret

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        path: str = scope["path"]
        head_size = len(scope.get("raw_path") or b"") + len(scope.get("query_string", b""))
        head_size += sum(len(key) + len(value) + 4 for key, value in scope["headers"])

        async def refuse(
            status: int, code: str, message: str, extra: dict[str, str] | None = None
        ) -> None:
            supported = SUPPORTED if status == 426 else ()
            response = error_response(status, code, message, supported=supported, headers=extra)
            await response(scope, receive, send)

        if head_size > MAX_HEADER_BYTES:
            message = f"the request's headers are larger than {MAX_HEADER_BYTES} bytes"
            await refuse(431, "headers_too_large", message)
            return
        if path.startswith(self.api_prefix) and path not in self.exempt:
            refusal = _protocol_refusal(headers.get(_HEADER))
            if refusal is not None:
                await refuse(426, *refusal)
                return
        if path.startswith(self.signed_in_prefix):
            authorization = headers.get(_AUTHORIZATION)
            try:
                bearer_claims(self.token_secret, _latin1(authorization))
            except ApiError as error:
                await refuse(error.status, error.code, error.message, error.headers)
                return
        limit = next(
            (size for prefix, size in self.larger_bodies if path.startswith(prefix)),
            self.max_body_bytes,
        )
        declared = headers.get(_LENGTH)
        if declared is not None:
            try:
                length = int(declared)
            except ValueError:
                length = -1
            if length < 0:
                await refuse(400, "bad_request", "invalid Content-Length")
                return
            if length > limit:
                await refuse(413, "payload_too_large", BodyOverLimit(limit).detail)
                return
        try:
            coding = _content_coding(scope["headers"])
        except ValueError as error:
            await refuse(415, "unsupported_encoding", str(error), _ACCEPTED)
            return
        if coding is None:
            await self.app(scope, self._counting(receive, limit), send)
            return

        # A compressed body is read whole (it is at most max_body_bytes) and
        # decoded here, before any route or dependency runs.
        try:
            sent = await self._read(receive, limit)
        except BodyOverLimit as error:
            await refuse(413, "payload_too_large", error.detail)
            return
        if sent is None:
            return  # the client went away mid-body: there is no one to answer
        try:
            if len(sent) > _DECODE_INLINE_BYTES:
                body = await to_thread.run_sync(decompress, coding, sent, limit)
            else:
                body = decompress(coding, sent, limit)
        except BodyTooLarge as error:
            await refuse(413, "payload_too_large", str(error))
            return
        except BodyError as error:
            await refuse(400, "malformed_body", str(error))
            return
        # The route sees the body as if it had been sent plain.
        as_plain = [(k, v) for k, v in scope["headers"] if k not in (_ENCODING, _LENGTH)]
        as_plain.append((_LENGTH, str(len(body)).encode("latin-1")))
        await self.app({**scope, "headers": as_plain}, _replaying(body, receive), send)

    def _counting(self, receive: Receive, limit: int) -> Receive:
        """A body sent without a length is counted as it arrives."""
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyOverLimit(limit)
            return message

        return counted

    async def _read(self, receive: Receive, limit: int) -> bytes | None:
        """The whole body as sent (BodyOverLimit past the limit), None on a disconnect."""
        chunks: list[bytes] = []
        received = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return None
            chunk: bytes = message.get("body", b"")
            received += len(chunk)
            if received > limit:
                raise BodyOverLimit(limit)
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)


def _latin1(raw: bytes | None) -> str | None:
    return None if raw is None else raw.decode("latin-1")


def _content_coding(raw_headers: list[tuple[bytes, bytes]]) -> str | None:
    """The one coding a body is sent with (None: as it is); ValueError for a
    coding the server cannot decode, or for several applied one over another
    (no client of ours does that, and each would need its own limit)."""
    names = [
        name.strip().lower()
        for key, value in raw_headers
        if key == _ENCODING
        for name in value.decode("latin-1").split(",")
    ]
    codings = [name for name in names if name and name != "identity"]
    accepted = " or ".join(REQUEST_CODINGS)
    if len(codings) > 1:
        raise ValueError(f"a request body may have one content coding ({accepted}), not several")
    if not codings:
        return None
    if codings[0] not in REQUEST_CODINGS:
        raise ValueError(
            f"the content coding {codings[0][:40]!r} is not supported; send {accepted} or none"
        )
    return codings[0]


def _replaying(body: bytes, receive: Receive) -> Receive:
    """A receive that gives ``body`` once, then whatever the client sends next
    (its disconnect)."""
    given = False

    async def replay() -> Message:
        nonlocal given
        if given:
            return await receive()
        given = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replay


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
