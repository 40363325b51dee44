"""Health, OpenAPI and protocol negotiation."""

from __future__ import annotations

from tests.server.helpers import PROTOCOL, Server


def test_health_answers_without_auth_or_header(server: Server) -> None:
    response = server.client.get("/api/v1/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "protocol": [1, 1]}


def test_openapi_schema_is_published(server: Server) -> None:
    response = server.client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    assert {"/api/v1/auth/login", "/api/v1/sync/push", "/api/v1/sync/pull"} <= set(paths)


def test_a_client_too_old_is_told_to_update(server: Server) -> None:
    response = server.client.post("/api/v1/auth/login", json={}, headers={"X-Maktab-Protocol": "0"})
    assert response.status_code == 426
    assert response.json() == {
        "code": "protocol_too_old",
        "message": response.json()["message"],
        "supported": [1, 1],
    }


def test_a_client_too_new_is_told_the_server_needs_an_update(server: Server) -> None:
    response = server.client.get("/api/v1/sync/pull", headers={"X-Maktab-Protocol": "2"})
    assert response.status_code == 426
    body = response.json()
    assert body["code"] == "protocol_too_new"
    assert body["supported"] == [1, 1]


def test_a_request_without_the_header_is_refused(server: Server) -> None:
    for headers in ({}, {"X-Maktab-Protocol": "one"}):
        response = server.client.post("/api/v1/sync/push", json={}, headers=headers)
        assert response.status_code == 426
        assert response.json()["code"] == "protocol_missing"


def test_unknown_paths_and_methods_answer_with_an_error_body(server: Server) -> None:
    missing = server.client.get("/api/v1/nothing-here", headers=PROTOCOL)
    assert missing.status_code == 404
    assert missing.json()["code"] == "not_found"
    wrong = server.client.get("/api/v1/sync/push", headers=PROTOCOL)
    assert wrong.status_code == 405
    assert wrong.json()["code"] == "method_not_allowed"
