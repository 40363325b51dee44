"""Compressed push bodies: decoded before the route, idempotent like plain ones,
and every bad one refused with a 4xx ErrorBody that changes nothing."""

from __future__ import annotations

import gzip
import json
import random
import zlib
from collections.abc import Iterator
from typing import Any

import pytest

from desk_app.services.ids import new_id
from desk_app.sync.compression import DICTIONARY_CODING, GZIP, compress
from tests.server.helpers import Desk, Server, new_ticket, row, snapshot, ticket_fields


def _json(desk: Desk, *ops: dict[str, Any]) -> bytes:
    return json.dumps({"client_id": desk.client_id, "ops": list(ops)}).encode("utf-8")


def _post(desk: Desk, body: Any, *encodings: str) -> Any:
    headers = {**desk.headers, "Content-Type": "application/json"}
    if encodings:
        headers["Content-Encoding"] = ", ".join(encodings)
    return desk.server.client.post("/api/v1/sync/push", content=body, headers=headers)


def _refused(response: Any, status: int, code: str) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"code", "message", "supported"}
    assert body["code"] == code and body["message"]
    return str(body["message"])


@pytest.fixture
def desk(server: Server) -> Desk:
    return server.login("ahmed")


def _edit(desk: Desk) -> tuple[str, dict[str, Any]]:
    ticket_id, _ = new_ticket(desk)
    return ticket_id, desk.op("update", "ticket", ticket_id, {"priority": 1}, base=1)


@pytest.mark.parametrize("coding", [DICTIONARY_CODING, GZIP, "identity", "GZip"])
def test_a_compressed_push_is_applied_like_a_plain_one(
    server: Server, desk: Desk, coding: str
) -> None:
    ticket_id, op = _edit(desk)
    plain = _json(desk, op)
    body = {DICTIONARY_CODING: compress, "identity": bytes}.get(coding, gzip.compress)(plain)
    response = _post(desk, body, coding)
    assert response.status_code == 200, response.text
    [result] = response.json()["results"]
    assert (result["status"], result["version"]) == ("applied", 2)
    stored = row(server.db, "ticket", ticket_id)
    assert stored is not None and stored["priority"] == 1


def test_a_replayed_compressed_push_returns_the_stored_results(server: Server, desk: Desk) -> None:
    _, op = _edit(desk)
    body = compress(_json(desk, op))
    first = _post(desk, body, DICTIONARY_CODING).json()["results"]
    after = snapshot(server.db)
    # The same ops again, compressed the other way: the coding is transport only.
    again = _post(desk, gzip.compress(_json(desk, op)), GZIP).json()["results"]
    assert again == first
    assert snapshot(server.db) == after


def test_an_insert_without_the_columns_the_server_sets_gets_them(
    server: Server, desk: Desk
) -> None:
    ticket_id = new_id()
    fields = ticket_fields(server.branches["RYD"])
    del fields["deleted_at"]
    op = desk.op("insert", "ticket", ticket_id, fields)
    [result] = _post(desk, compress(_json(desk, op)), DICTIONARY_CODING).json()["results"]
    assert result["status"] == "applied"
    stored = row(server.db, "ticket", ticket_id)
    assert stored is not None
    assert (stored["id"], stored["version"], stored["updated_at"]) == (ticket_id, 1, op["hlc"])
    assert (stored["origin_client_id"], stored["deleted_at"]) == (desk.client_id, None)


def test_the_columns_the_server_sets_are_ignored_when_sent(server: Server, desk: Desk) -> None:
    ticket_id = new_id()
    fields = ticket_fields(
        server.branches["RYD"],
        version=7,
        updated_at="999999999999999-00000-someone-else",
        origin_client_id=new_id(),
        deleted_at="2026-11-01T08:00:00.000000Z",
    )
    op = desk.op("insert", "ticket", ticket_id, fields)
    assert desk.push(op)[0]["status"] == "applied"
    stored = row(server.db, "ticket", ticket_id)
    assert stored is not None
    assert (stored["version"], stored["updated_at"]) == (1, op["hlc"])
    assert (stored["origin_client_id"], stored["deleted_at"]) == (desk.client_id, None)


def _other_dictionary(data: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 15, zdict=b'{"client_id":"01","ops":[')
    return packer.compress(data) + packer.flush()


@pytest.mark.parametrize(
    ("name", "make", "coding", "says"),
    [
        ("not compressed at all", lambda b: b, DICTIONARY_CODING, "not valid"),
        ("gzip sent as ours", gzip.compress, DICTIONARY_CODING, "not valid"),
        ("ours sent as gzip", compress, GZIP, "not valid gzip"),
        ("another dictionary", _other_dictionary, DICTIONARY_CODING, "another dictionary"),
        ("cut short", lambda b: compress(b)[:-6], DICTIONARY_CODING, "incomplete"),
        ("gzip cut short", lambda b: gzip.compress(b)[:-3], GZIP, "incomplete"),
        ("empty", lambda b: b"", GZIP, "incomplete"),
        ("bytes after the end", lambda b: compress(b) + b"{}", DICTIONARY_CODING, "after"),
        ("two gzip members", lambda b: gzip.compress(b) * 2, GZIP, "after"),
        (
            "a corrupt checksum",
            lambda b: gzip.compress(b)[:-8] + b"\0\0\0\0" + gzip.compress(b)[-4:],
            GZIP,
            "incorrect data check",
        ),
    ],
)
def test_a_malformed_compressed_body_is_a_bad_request(
    server: Server, desk: Desk, name: str, make: Any, coding: str, says: str
) -> None:
    _, op = _edit(desk)
    before = snapshot(server.db)
    message = _refused(_post(desk, make(_json(desk, op)), coding), 400, "malformed_body")
    assert says in message, name
    assert snapshot(server.db) == before


def test_compressed_text_that_is_not_json_is_malformed_json(server: Server, desk: Desk) -> None:
    response = _post(desk, compress(b'{"client_id": '), DICTIONARY_CODING)
    _refused(response, 422, "malformed_json")


@pytest.mark.parametrize(
    "codings",
    [
        ("br",),
        ("deflate",),  # the zlib format, but not with our dictionary
        ("compress",),
        ("gzip", "gzip"),
        (DICTIONARY_CODING, GZIP),
        ("x" * 500,),
    ],
)
def test_a_coding_the_server_does_not_decode_is_refused(
    server: Server, desk: Desk, codings: tuple[str, ...]
) -> None:
    _, op = _edit(desk)
    before = snapshot(server.db)
    response = _post(desk, gzip.compress(_json(desk, op)), *codings)
    message = _refused(response, 415, "unsupported_encoding")
    assert len(message) < 200  # a long header is not echoed whole
    assert response.headers["Accept-Encoding"] == f"{DICTIONARY_CODING}, {GZIP}"
    assert snapshot(server.db) == before


def test_two_content_encoding_headers_are_two_codings(server: Server, desk: Desk) -> None:
    _, op = _edit(desk)
    headers = [
        *desk.headers.items(),
        ("Content-Encoding", GZIP),
        ("Content-Encoding", GZIP),
    ]
    body = gzip.compress(gzip.compress(_json(desk, op)))
    response = server.client.post("/api/v1/sync/push", content=body, headers=headers)
    _refused(response, 415, "unsupported_encoding")


@pytest.mark.parametrize("coding", [DICTIONARY_CODING, GZIP])
def test_a_body_that_decompresses_past_the_limit_is_too_large(
    server: Server, desk: Desk, coding: str
) -> None:
    """A zip bomb: a few kilobytes that would inflate to four times the limit.
    Refused once the decoded body passes the limit, without inflating the rest."""
    limit = server.settings.max_body_bytes
    huge = b'{"client_id": "' + b"x" * (4 * limit) + b'"}'
    bomb = compress(huge) if coding == DICTIONARY_CODING else gzip.compress(huge)
    assert len(bomb) < limit // 10
    before = snapshot(server.db)
    message = _refused(_post(desk, bomb, coding), 413, "payload_too_large")
    assert "decompressed" in message
    assert snapshot(server.db) == before


def test_a_body_that_decompresses_to_exactly_the_limit_is_read(server: Server, desk: Desk) -> None:
    limit = server.settings.max_body_bytes
    body = b'{"client_id": "' + b"x" * (limit - 17) + b'"}'
    assert len(body) == limit
    response = _post(desk, gzip.compress(body), GZIP)
    _refused(response, 422, "invalid_request")  # read and judged, not refused for its size


def test_a_compressed_body_over_the_limit_as_sent_is_too_large(server: Server, desk: Desk) -> None:
    limit = server.settings.max_body_bytes
    noise = random.Random(1).randbytes(limit + 1)  # its size is judged before its form
    _refused(_post(desk, noise, GZIP), 413, "payload_too_large")

    def stream() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        for start in range(0, len(noise), 65536):
            yield noise[start : start + 65536]

    _refused(_post(desk, stream(), GZIP), 413, "payload_too_large")
