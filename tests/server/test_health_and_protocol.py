"""Health, OpenAPI and protocol negotiation."""

from __future__ import annotations

import pytest

from desk_app.sync.protocol import MIN_PROTOCOL_VERSION, PROTOCOL_VERSION
from tests.server.helpers import PROTOCOL, Server

SUPPORTED = [MIN_PROTOCOL_VERSION, PROTOCOL_VERSION]


def test_health_answers_without_auth_or_header(server: Server) -> None:
    response = server.client.get("/api/v1/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "protocol": [2, 2]}


def test_openapi_schema_is_published(server: Server) -> None:
    response = server.client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    assert {"/api/v1/auth/login", "/api/v1/sync/push", "/api/v1/sync/pull"} <= set(paths)


@pytest.mark.parametrize("version", ["0", "1"])
def test_a_client_too_old_is_told_to_update(server: Server, version: str) -> None:
    """Version 1 never shipped: a build that speaks it is told to update, like
    any older one."""
    response = server.client.post(
        "/api/v1/auth/login", json={}, headers={"X-Maktab-Protocol": version}
    )
    assert response.status_code == 426
    assert response.json() == {
        "code": "protocol_too_old",
        "message": response.json()["message"],
        "supported": SUPPORTED,
    }


def test_a_client_too_new_is_told_the_server_needs_an_update(server: Server) -> None:
    newer = str(PROTOCOL_VERSION + 1)
    response = server.client.get("/api/v1/sync/pull", headers={"X-Maktab-Protocol": newer})
    assert response.status_code == 426
    body = response.json()
    assert body["code"] == "protocol_too_new"
    assert body["supported"] == SUPPORTED


def test_a_request_without_the_header_is_refused(server: Server) -> None:
    for headers in ({}, {"X-Maktab-Protocol": "one"}):
        response = server.client.post("/api/v1/sync/push", json={}, headers=headers)
        assert response.status_code == 426
        assert response.json()["code"] == "protocol_missing"


def test_unknown_paths_and_methods_answer_with_an_error_body(server: Server) -> None:
    missing = server.client.get("/api/v1/nothing-here", headers=PROTOCOL)
    assert missing.status_code == 404
    assert missing.json()["code"] == "not_found"
    # Every sync path asks a stranger to sign in first, whatever the method.
    stranger = server.client.get("/api/v1/sync/push", headers=PROTOCOL)
    assert stranger.status_code == 401
    assert stranger.json()["code"] == "invalid_token"
    desk = server.login("ahmed")
    wrong = server.client.get("/api/v1/sync/push", headers=desk.headers)
    assert wrong.status_code == 405
    assert wrong.json()["code"] == "method_not_allowed"
