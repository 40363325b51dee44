"""Every endpoint but push, fed inputs of every wrong kind (wrong JSON types,
NUL and other control characters, huge, negative, far past any range, any
script): each answer is a success or a 4xx ErrorBody, never a 500.

(Push has its own tests per op, test_bad_requests.py and the trust tests.)"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select

from desk_app.server.schema import device
from desk_app.server.state import read_state
from desk_app.services.ids import new_id
from tests.server.helpers import PASSWORD, PROTOCOL, Desk, Server

# JSON values of every kind, and text of every awkward sort.
WRONG_VALUES: list[Any] = [
    None,
    True,
    False,
    0,
    -1,
    2**63,
    -(2**63) - 1,
    10**400,
    1.5,
    -0.0,
    1e308,
    [],
    ["a"],
    {},
    {"a": 1},
    "",
    " ",
    "\x00",
    "ahmed\x00",
    "\x1b[2J\x1b[31mred",
    "a\tb\nc\rd\x7f\x85",
    "\u202eevil\u202c",
    "مكتب الرياض",
    "😀" * 40,
    "x" * 5000,
    "x" * 300_000,
]
# Query strings: what a URL can carry.
WRONG_QUERY: list[str] = [
    "",
    "true",
    "null",
    "-1",
    "0",
    "1e3",
    "1.5",
    "99999999999999999999999",
    "٣",
    "\x00",
    "%00",
    "x" * 999,
    "x" * 5000,
    "مكتب",
    "😀",
    "a|b",
    "2026-01-01T00:00:00+00:00|" + "0" * 36,
]


def _assert_not_a_server_error(response: Any, what: str) -> None:
    assert response.status_code < 500, f"{what}: {response.status_code} {response.text[:300]}"
    if response.status_code >= 400:
        body = response.json()
        assert set(body) == {"code", "message", "supported"}, what
        assert body["code"] and body["message"], what


def _cursor(body: Any) -> str:
    raw = json.dumps(body, separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _pull_cursors(server: Server, desk: Desk) -> Iterator[str]:
    """A real cursor of each feed with one field at a time made wrong."""
    for path, keys in (("pull", "vsedb"), ("conflicts", "vsd")):
        response = server.client.get(f"/api/v1/sync/{path}", headers=desk.headers)
        assert response.status_code == 200, response.text
        valid = response.json()["cursor"]
        body = json.loads(base64.urlsafe_b64decode(valid + "=" * (-len(valid) % 4)))
        assert set(body) == set(keys)
        for key in keys:
            for value in WRONG_VALUES:
                if not (isinstance(value, str) and len(value) > 300):
                    yield _cursor({**body, key: value})
            yield _cursor({k: v for k, v in body.items() if k != key})
        yield _cursor([body])
        yield _cursor("[" * 400 + "]" * 400)
        yield _cursor(json.loads("[" * 300 + "]" * 300))


@pytest.fixture
def desk(server: Server) -> Desk:
    return server.login("ahmed")


def _login_body(**over: Any) -> dict[str, Any]:
    body = {
        "username": "ahmed",
        "password": PASSWORD,
        "device_name": "front desk",
        "client_id": new_id(),
    }
    body.update(over)
    return body


def test_login_fields_of_every_wrong_kind(server: Server) -> None:
    for field in ("username", "password", "device_name", "client_id"):
        for value in WRONG_VALUES:
            response = server.client.post(
                "/api/v1/auth/login", json=_login_body(**{field: value}), headers=PROTOCOL
            )
            _assert_not_a_server_error(response, f"login {field}={str(value)[:40]!r}")
    for raw in (
        b'{"username": "a\\ud800", "password": "x", "device_name": "d", "client_id": "x"}',
        b'{"username": "\\u0000", "password": "x"}',
        b"\xff\xfe",
        b"[" * 5000,
        b"",
        b"null",
    ):
        response = server.client.post(
            "/api/v1/auth/login",
            content=raw,
            headers={**PROTOCOL, "content-type": "application/json"},
        )
        _assert_not_a_server_error(response, f"login body {raw[:40]!r}")


def test_control_characters_are_refused_in_usernames_and_dropped_from_device_names(
    server: Server,
) -> None:
    nul = server.client.post(
        "/api/v1/auth/login", json=_login_body(username="ahmed\x00"), headers=PROTOCOL
    )
    assert (nul.status_code, nul.json()["code"]) == (422, "invalid_request")
    named = server.client.post(
        "/api/v1/auth/login",
        json=_login_body(device_name="front\x00desk\x1b[2J\n2"),
        headers=PROTOCOL,
    )
    assert named.status_code == 200, named.text
    only_controls = server.client.post(
        "/api/v1/auth/login", json=_login_body(device_name="\x00\x1b\x07"), headers=PROTOCOL
    )
    assert only_controls.status_code == 200, only_controls.text
    with server.db.reading() as conn:
        names = set(conn.execute(select(device.c.name)).scalars())
    assert names == {"front desk [2J 2", "unnamed device"}


def test_refresh_tokens_of_every_wrong_kind(server: Server, desk: Desk) -> None:
    for value in [*WRONG_VALUES, "x" * 43 + "\x00", desk.tokens["access_token"]]:
        response = server.client.post(
            "/api/v1/auth/refresh", json={"refresh_token": value}, headers=PROTOCOL
        )
        _assert_not_a_server_error(response, f"refresh {str(value)[:40]!r}")
    # The real token still works afterwards.
    good = server.client.post(
        "/api/v1/auth/refresh",
        json={"refresh_token": desk.tokens["refresh_token"]},
        headers=PROTOCOL,
    )
    assert good.status_code == 200


@pytest.mark.parametrize("path", ["pull", "conflicts"])
def test_feed_queries_of_every_wrong_kind(server: Server, desk: Desk, path: str) -> None:
    url = f"/api/v1/sync/{path}"
    for value in WRONG_QUERY:
        for name in ("cursor", "limit"):
            response = server.client.get(url, params={name: value}, headers=desk.headers)
            _assert_not_a_server_error(response, f"{path} {name}={value[:40]!r}")
    for cursor in _pull_cursors(server, desk):
        response = server.client.get(url, params={"cursor": cursor}, headers=desk.headers)
        _assert_not_a_server_error(response, f"{path} cursor {cursor[:60]}")


def test_a_cursor_number_given_as_true_is_a_bad_cursor(server: Server, desk: Desk) -> None:
    with server.db.reading() as conn:
        database_id = read_state(conn).database_id
    feed = _cursor({"v": 2, "s": True, "d": database_id})
    response = server.client.get(
        "/api/v1/sync/conflicts", params={"cursor": feed}, headers=desk.headers
    )
    assert (response.status_code, response.json()["code"]) == (400, "bad_cursor")
    page = desk.pull()
    body = json.loads(base64.urlsafe_b64decode(page["cursor"] + "=="))
    for key in ("s", "e"):
        response = desk.pull_raw(_cursor({**body, key: True}))
        assert (response.status_code, response.json()["code"]) == (400, "invalid_cursor")


def test_authorization_headers_of_every_wrong_kind(server: Server) -> None:
    for value in (
        "",
        "Bearer",
        "Bearer ",
        "Basic YWhtZWQ6eA==",
        "Bearer " + "x" * 8000,
        "Bearer a.b.c",
        "bearer \u00e9\u00e9".encode("latin-1"),
        "Bearer 😀".encode(),
    ):
        for method, path in (("GET", "pull"), ("GET", "conflicts"), ("POST", "push")):
            response = server.client.request(
                method, f"/api/v1/sync/{path}", headers={**PROTOCOL, "Authorization": value}
            )
            _assert_not_a_server_error(response, f"{path} Authorization {value[:30]!r}")
            assert response.status_code == 401


def test_health_with_any_query_or_header(server: Server) -> None:
    for value in WRONG_QUERY:
        response = server.client.get(
            "/api/v1/health",
            params={"x": value},
            headers={PROTOCOL_HEADER_NAME: value[:50].encode()},
        )
        _assert_not_a_server_error(response, f"health {value[:30]!r}")


PROTOCOL_HEADER_NAME = next(iter(PROTOCOL))
