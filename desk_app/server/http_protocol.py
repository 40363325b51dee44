"""The HTTP/1.1 protocol desk-server runs under uvicorn: h11, whose refusals
of a request it cannot parse (headers past the limit, broken framing) are
given as an ErrorBody like every other refusal, not as uvicorn's plain text.

Those refusals happen before the application sees a request, so the answer is
written here, by hand, and the connection closed (the stream cannot be trusted
past a malformed request).
"""

from __future__ import annotations

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from desk_app.server.middleware import MAX_HEADER_BYTES
from desk_app.sync.protocol import ErrorBody

__all__ = ["MAX_HEADER_BYTES", "ErrorBodyH11Protocol"]


class ErrorBodyH11Protocol(H11Protocol):
    """uvicorn's h11 protocol, answering an unparseable request with an ErrorBody.

    h11 trips its limit only on headers still incomplete when it runs out of
    buffered data; headers that arrived whole are held to the same limit by
    RequestGuard, so the answer does not depend on how the bytes came."""

    def send_400_response(self, msg: str) -> None:
        buffered, _closed = self.conn.trailing_data
        head = buffered[: MAX_HEADER_BYTES + 4]
        if len(buffered) > MAX_HEADER_BYTES and b"\r\n\r\n" not in head:
            status, reason = 431, b"Request Header Fields Too Large"
            body = ErrorBody(
                code="headers_too_large",
                message=f"the request's headers are larger than {MAX_HEADER_BYTES} bytes",
            )
        else:
            status, reason = 400, b"Bad Request"
            body = ErrorBody(code="malformed_http", message="the request is not valid HTTP/1.1")
        content = body.model_dump_json().encode("utf-8")
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(content)).encode("ascii")),
            (b"connection", b"close"),
        ]
        # After the client's protocol error h11 still lets the server send
        # one response (what uvicorn's own plain-text answer does).
        parts = [
            self.conn.send(h11.Response(status_code=status, headers=headers, reason=reason)),
            self.conn.send(h11.Data(data=content)),
            self.conn.send(h11.EndOfMessage()),
        ]
        self.transport.write(b"".join(part for part in parts if part))
        self.transport.close()
