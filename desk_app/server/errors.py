"""Every refusal is an ErrorBody{code, message}: a stable code for programs, a
sentence for people. Client mistakes are 4xx, never 500."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException

from desk_app.sync.protocol import ErrorBody

log = logging.getLogger(__name__)

_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    429: "too_many_attempts",
}


class ApiError(Exception):
    """A refusal the route raises; becomes an ErrorBody response."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        supported: Sequence[int] = (),
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.supported = list(supported)
        self.headers = dict(headers or {})


def error_response(
    status: int,
    code: str,
    message: str,
    *,
    supported: Sequence[int] = (),
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    body = ErrorBody(code=code, message=message, supported=list(supported))
    return JSONResponse(body.model_dump(mode="json"), status_code=status, headers=headers)


def _describe_validation(errors: Sequence[Any]) -> tuple[str, str]:
    if any(e.get("type") == "json_invalid" for e in errors):
        return "malformed_json", "the request body is not valid JSON"
    parts = []
    for error in errors[:3]:
        where = ".".join(str(p) for p in error.get("loc", ()) if p != "body")
        parts.append(f"{where or 'body'}: {error.get('msg', 'invalid')}")
    more = f" (and {len(errors) - 3} more)" if len(errors) > 3 else ""
    return "invalid_request", ("; ".join(parts) + more)[:500]


async def _api_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(
        exc.status, exc.code, exc.message, supported=exc.supported, headers=exc.headers
    )


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    code, message = _describe_validation(exc.errors())
    return error_response(422, code, message)


async def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = _HTTP_CODES.get(exc.status_code, "http_error")
    message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
    return error_response(exc.status_code, code, message, headers=exc.headers)


async def _bad_text(_request: Request, exc: Exception) -> JSONResponse:
    # Text the database cannot store (a lone UTF-16 surrogate in JSON): the
    # transaction it reached was rolled back, so nothing changed.
    return error_response(422, "invalid_request", "the request has text that is not valid Unicode")


async def _unstorable(_request: Request, exc: Exception) -> JSONResponse:
    # A value the database refused to take at all (NUL in PostgreSQL text, a
    # number past its column): the input's fault, and the transaction it
    # reached was rolled back. Routes check what they can first; this is the
    # net for what they missed, so a client never sees a 500 for its input.
    assert isinstance(exc, DataError)
    log.warning("a request's value was refused by the database: %s", exc.orig)
    return error_response(422, "invalid_request", "the request has a value the server cannot store")


async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected server error", exc_info=exc)
    return error_response(500, "internal_error", "the server failed; the request changed nothing")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(UnicodeEncodeError, _bad_text)
    app.add_exception_handler(DataError, _unstorable)
    app.add_exception_handler(Exception, _unexpected)
