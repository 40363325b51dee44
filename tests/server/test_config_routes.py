"""Configuration documents on the server: read by every desk, changed only
by who holds the right for that kind of document, versioned, audited."""

from __future__ import annotations

import json
from typing import Any

import pytest

from desk_app.server import directory
from desk_app.sync.config_messages import MAX_CONFIG_BYTES
from tests.server.helpers import Desk, Server, audit_entries

LEVELS = {
    "hours": ["08:00-12:00", "13:00-16:00"],
    "weekend": [5, 6],
    "holidays": [{"day": "2026-09-23", "name": "اليوم الوطني"}],
    "targets": {"3": {"first_response": 120, "written_reply": 2880, "next_update": 480,
                      "resolution": None}},
}  # fmt: skip
CATALOGUE = {
    "version": 1,
    "categories": [{"code": "net", "name": {"en": "Network", "ar": "الشبكة"}}],
}


def _people(server: Server, password_hash: str) -> dict[str, Desk]:
    with server.db.writing() as conn:
        directory.create_user(conn, "root", "Root", "admin", ["RYD"], password_hash)
        directory.create_user(conn, "agent", "Agent", "agent", ["RYD"], password_hash)
    return {"admin": server.login("root"), "agent": server.login("agent")}


def _put(desk: Desk, key: str, version: Any, body: Any) -> Any:
    return desk.server.client.put(
        f"/api/v1/sync/config/{key}",
        json={"version": version, "body": body},
        headers=desk.headers,
    )


def _get(desk: Desk) -> list[dict[str, Any]]:
    response = desk.server.client.get("/api/v1/sync/config", headers=desk.headers)
    assert response.status_code == 200, response.text
    return list(response.json()["documents"])


def test_an_administrator_changes_a_branch_and_every_desk_reads_it(
    server: Server, password_hash: str
) -> None:
    people = _people(server, password_hash)
    key = f"service_levels/{server.branches['RYD']}"
    assert _get(people["agent"]) == []
    first = _put(people["admin"], key, 0, LEVELS)
    assert first.status_code == 200, first.text
    assert first.json() == {"key": key, "version": 1, "body": LEVELS}
    changed = {**LEVELS, "holidays": []}
    second = _put(people["admin"], key, 1, changed)
    assert second.json()["version"] == 2
    assert _get(people["agent"]) == [{"key": key, "version": 2, "body": changed}]
    # Saved from the copy before: someone saved meanwhile.
    stale = _put(people["admin"], key, 1, LEVELS)
    assert (stale.status_code, stale.json()["code"]) == (409, "stale_config")
    entries = audit_entries(server.db, "config_changed")
    assert [e["subject"] for e in entries] == [f"{key} v1", f"{key} v2"]
    detail = json.loads(entries[1]["detail"])
    assert detail == {"before": LEVELS, "after": changed}


def test_the_catalogue_is_changed_by_who_may_configure_it(
    server: Server, password_hash: str
) -> None:
    people = _people(server, password_hash)
    supervisor = server.login("ahmed")  # level 5: the catalogue, not service levels
    assert _put(supervisor, "catalogue", 0, CATALOGUE).status_code == 200
    bad = _put(supervisor, "catalogue", 1, {"categories": "none"})
    assert (bad.status_code, bad.json()["code"]) == (422, "invalid_config")
    refused = _put(people["agent"], "catalogue", 1, CATALOGUE)
    assert refused.status_code == 403
    key = f"service_levels/{server.branches['RYD']}"
    assert _put(supervisor, key, 0, LEVELS).status_code == 403


def test_a_lower_level_is_refused_and_audited(server: Server, password_hash: str) -> None:
    people = _people(server, password_hash)
    key = f"service_levels/{server.branches['RYD']}"
    refused = _put(people["agent"], key, 0, LEVELS)
    assert (refused.status_code, refused.json()["code"]) == (403, "not_permitted")
    (entry,) = audit_entries(server.db, "refused")
    assert entry["actor_id"] and entry["subject"] == key
    assert "configure_sla" in entry["detail"]
    assert _get(people["admin"]) == []


def test_another_branch_is_refused_and_audited(server: Server, password_hash: str) -> None:
    people = _people(server, password_hash)
    key = f"service_levels/{server.branches['JED']}"  # root works in RYD only
    refused = _put(people["admin"], key, 0, LEVELS)
    assert refused.status_code == 403
    assert len(audit_entries(server.db, "refused")) == 1
    assert _get(people["admin"]) == []


@pytest.mark.parametrize(
    ("key", "status"),
    [
        ("service_levels/no-such-branch", 404),
        ("service_levels/", 404),
        ("service_levels/%2E%2E/catalogue", 404),
        ("service_levels/%2E%2E", 404),
        ("service_levels/a/b", 404),
        ("templates", 404),
        ("rights", 404),
        ("x" * 500, 404),
    ],
)
def test_keys_no_kind_has_are_not_found(
    server: Server, password_hash: str, key: str, status: int
) -> None:
    people = _people(server, password_hash)
    response = _put(people["admin"], key, 0, LEVELS)
    assert response.status_code == status, response.text
    assert _get(people["admin"]) == []


@pytest.mark.parametrize(
    "payload",
    [
        {"version": "0", "body": LEVELS},
        {"version": True, "body": LEVELS},
        {"version": -1, "body": LEVELS},
        {"version": 0, "body": [1, 2]},
        {"version": 0, "body": "text"},
        {"version": 0},
        {"body": LEVELS},
        {"version": 0, "body": LEVELS, "extra": 1},
        [],
    ],
)
def test_malformed_requests_are_refused(server: Server, password_hash: str, payload: Any) -> None:
    people = _people(server, password_hash)
    key = f"service_levels/{server.branches['RYD']}"
    response = server.client.put(
        f"/api/v1/sync/config/{key}", json=payload, headers=people["admin"].headers
    )
    assert response.status_code == 422, response.text
    assert _get(people["admin"]) == []


@pytest.mark.parametrize(
    "body",
    [
        {"hours": []},
        {"hours": ["16:00-08:00"]},
        {"hours": ["08:00-13:00", "12:00-16:00"]},
        {"weekend": [1, 2, 3, 4, 5, 6, 7]},
        {"weekend": ["fri"]},
        {"holidays": [{"day": "1800-01-01", "name": ""}]},
        {"holidays": ["2026-01-01", "2026-01-01"]},
        {"holidays": [{"day": "2026-01-01", "name": ["x"]}]},
        {"targets": {"5": {"resolution": 60}}},
        {"targets": {"3": {"resolution": -60}}},
        {"targets": {"3": {"resolution": 10**12}}},
        {"targets": {"3": {"resolution": "soon"}}},
        {"targets": []},
    ],
)
def test_a_document_that_does_not_read_is_refused(
    server: Server, password_hash: str, body: dict[str, Any]
) -> None:
    people = _people(server, password_hash)
    key = f"service_levels/{server.branches['RYD']}"
    response = _put(people["admin"], key, 0, body)
    assert (response.status_code, response.json()["code"]) == (422, "invalid_config")
    assert audit_entries(server.db, "config_changed") == []


def test_a_huge_document_is_refused(server: Server, password_hash: str) -> None:
    people = _people(server, password_hash)
    key = f"service_levels/{server.branches['RYD']}"
    name = "ع" * 150
    holidays = [
        {"day": f"{2030 + i // 300}-01-01", "name": name} for i in range(MAX_CONFIG_BYTES // 200)
    ]
    response = _put(people["admin"], key, 0, {**LEVELS, "holidays": holidays})
    assert response.status_code == 413, response.text
    assert _get(people["admin"]) == []


def test_config_needs_a_signed_in_desk(server: Server) -> None:
    assert server.client.get("/api/v1/sync/config").status_code in (401, 426)
