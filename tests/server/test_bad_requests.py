"""A client's mistake (or an attacker's) gets a 4xx ErrorBody and changes nothing."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import jwt
import pytest

from desk_app.services.ids import new_id
from tests.server.helpers import PROTOCOL, SECRET, Desk, Server, new_ticket, snapshot


def _is_error_body(response: Any, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"code", "message", "supported"}
    assert body["code"] == code
    assert body["message"]


@pytest.fixture
def desk(server: Server) -> Desk:
    desk = server.login("ahmed")
    new_ticket(desk)
    return desk


def _post(server: Server, desk: Desk, **kwargs: Any) -> Any:
    headers = {**desk.headers, **kwargs.pop("headers", {})}
    return server.client.post("/api/v1/sync/push", headers=headers, **kwargs)


def test_malformed_json(server: Server, desk: Desk) -> None:
    before = snapshot(server.db)
    response = _post(
        server, desk, content=b'{"client_id": ', headers={"content-type": "application/json"}
    )
    _is_error_body(response, 422, "malformed_json")
    assert snapshot(server.db) == before


@pytest.mark.parametrize(
    "body",
    [
        {"ops": []},  # no client_id
        {"client_id": 42, "ops": []},
        {"client_id": "x", "ops": []},
        {"client_id": "<id>", "ops": "all of them"},
        {"client_id": "<id>", "ops": [{"op_id": "nope"}]},
        {"client_id": "<id>", "ops": [], "extra": True},  # unknown keys are refused
        [1, 2, 3],
    ],
)
def test_wrong_shapes_and_types(server: Server, desk: Desk, body: Any) -> None:
    if isinstance(body, dict) and body.get("client_id") == "<id>":
        body["client_id"] = desk.client_id
    before = snapshot(server.db)
    _is_error_body(_post(server, desk, json=body), 422, "invalid_request")
    assert snapshot(server.db) == before


def test_an_op_with_a_bad_hlc_or_kind_refuses_the_whole_request(server: Server, desk: Desk) -> None:
    good = desk.op("update", "ticket", new_id(), {"status": "open"}, base=1)
    for bad in (dict(good, hlc="yesterday"), dict(good, kind="upsert"), dict(good, client_seq=0)):
        before = snapshot(server.db)
        response = _post(server, desk, json={"client_id": desk.client_id, "ops": [good, bad]})
        _is_error_body(response, 422, "invalid_request")
        assert snapshot(server.db) == before


def test_more_than_500_ops(server: Server, desk: Desk) -> None:
    ops = [desk.op("update", "ticket", new_id(), {}, base=1) for _ in range(501)]
    response = _post(server, desk, json={"client_id": desk.client_id, "ops": ops})
    _is_error_body(response, 422, "invalid_request")


def test_a_body_over_the_limit_by_its_length(server: Server, desk: Desk) -> None:
    before = snapshot(server.db)
    body = b'{"client_id": "' + b"x" * (server.settings.max_body_bytes + 1) + b'"}'
    response = _post(server, desk, content=body, headers={"content-type": "application/json"})
    _is_error_body(response, 413, "payload_too_large")
    assert snapshot(server.db) == before


def test_a_body_over_the_limit_sent_without_a_length(server: Server, desk: Desk) -> None:
    chunk = b"x" * 65536
    count = server.settings.max_body_bytes // len(chunk) + 2

    def stream() -> Iterator[bytes]:
        yield b'{"client_id": "'
        for _ in range(count):
            yield chunk
        yield b'"}'

    before = snapshot(server.db)
    response = _post(server, desk, content=stream(), headers={"content-type": "application/json"})
    _is_error_body(response, 413, "payload_too_large")
    assert snapshot(server.db) == before


def _token(server: Server, desk: Desk, secret: str = SECRET, **claims: Any) -> str:
    body = {
        "sub": desk.tokens["user_id"],
        "dev": desk.tokens["device_id"],
        "br": list(server.branches.values()),
        "iat": int(time.time()),
        "exp": int(time.time()) + 600,
    }
    body.update(claims)
    return jwt.encode(body, secret, algorithm="HS256")


def _forged(server: Server, desk: Desk) -> dict[str, str]:
    unsigned = jwt.encode(
        {"sub": desk.tokens["user_id"], "dev": desk.tokens["device_id"], "br": [], "exp": 2**40},
        key=None,
        algorithm="none",
    )
    return {
        "another key": _token(server, desk, secret="another-secret-" + "z" * 40),
        "no signature": unsigned,
        "garbage": "not.a.token",
        "unknown device": _token(server, desk, dev=new_id()),
        "someone else's device": _token(server, desk, sub=server.users["jamal"]),
        "claims of the wrong type": _token(server, desk, br="RYD"),
    }


def test_forged_tokens_are_refused(server: Server, desk: Desk) -> None:
    ticket = new_id()
    op = desk.op("insert", "ticket", ticket, {"subject": "x"})
    before = snapshot(server.db)
    for name, token in _forged(server, desk).items():
        headers = {**PROTOCOL, "Authorization": f"Bearer {token}"}
        response = server.client.post(
            "/api/v1/sync/push", json={"client_id": desk.client_id, "ops": [op]}, headers=headers
        )
        _is_error_body(response, 401, "invalid_token")
        assert response.headers["WWW-Authenticate"] == "Bearer", name
    for headers in ({}, {"Authorization": "Basic abc"}, {"Authorization": "Bearer "}):
        response = server.client.get("/api/v1/sync/pull", headers={**PROTOCOL, **headers})
        _is_error_body(response, 401, "invalid_token")
    assert snapshot(server.db) == before


def test_an_expired_token_asks_for_a_refresh(server: Server, desk: Desk) -> None:
    expired = _token(server, desk, exp=int(time.time()) - 5)
    response = server.client.get(
        "/api/v1/sync/pull", headers={**PROTOCOL, "Authorization": f"Bearer {expired}"}
    )
    _is_error_body(response, 401, "token_expired")


def test_login_and_refresh_refuse_bad_bodies(server: Server) -> None:
    before = snapshot(server.db)
    login = server.client.post(
        "/api/v1/auth/login",
        json={"username": "ahmed", "password": 5, "device_name": "x", "client_id": "y"},
        headers=PROTOCOL,
    )
    _is_error_body(login, 422, "invalid_request")
    short = server.client.post(
        "/api/v1/auth/refresh", json={"refresh_token": "short"}, headers=PROTOCOL
    )
    _is_error_body(short, 422, "invalid_request")
    unknown = server.client.post(
        "/api/v1/auth/refresh", json={"refresh_token": "x" * 43}, headers=PROTOCOL
    )
    _is_error_body(unknown, 401, "invalid_token")
    text = server.client.post(
        "/api/v1/auth/login",
        content=json.dumps({"username": "ahmed"}).encode(),
        headers={**PROTOCOL, "content-type": "text/plain"},
    )
    assert 400 <= text.status_code < 500
    assert snapshot(server.db) == before


def test_text_the_database_cannot_store_is_refused(server: Server, desk: Desk) -> None:
    ticket, _ = new_ticket(desk)
    op = desk.op("update", "ticket", ticket, {"subject": "a\ud800b"}, base=1)
    before = snapshot(server.db)
    # json.dumps escapes the lone surrogate as \ud800, as a careless client might send it.
    body = json.dumps({"client_id": desk.client_id, "ops": [op]}).encode()
    response = _post(server, desk, content=body, headers={"content-type": "application/json"})
    assert response.status_code == 200
    assert response.json()["results"][0]["reason"] == "invalid_value"
    login = json.dumps(
        {"username": "ahmed", "password": "x", "device_name": "pc\ud800", "client_id": new_id()}
    ).encode()
    refused = server.client.post(
        "/api/v1/auth/login",
        content=login,
        headers={**PROTOCOL, "content-type": "application/json"},
    )
    _is_error_body(refused, 422, "invalid_request")
    assert snapshot(server.db) == before


def test_numbers_and_clocks_out_of_range(server: Server, desk: Desk) -> None:
    ticket_id, _ = new_ticket(desk)
    before = snapshot(server.db)
    huge = desk.op("update", "ticket", ticket_id, {"status": "open"}, base=1)
    huge["client_seq"] = 2**70
    _is_error_body(desk.push_raw([huge]), 422, "invalid_request")
    far = desk.op(
        "delete", "ticket", ticket_id, base=1, at=f"999999999999999-00000-{desk.client_id}"
    )
    (result,) = desk.push(far)
    assert (result["status"], result["reason"]) == ("rejected", "invalid_value")
    assert snapshot(server.db) == before
