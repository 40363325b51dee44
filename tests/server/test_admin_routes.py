"""People and devices over /api/v1/admin: what each level may do, on
PostgreSQL and SQLite; every change and every refusal in the audit log."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from desk_app.models import Role
from desk_app.server import directory
from desk_app.server.schema import rights
from desk_app.services.permissions import Right, RightsTable
from tests.server.helpers import PASSWORD, PROTOCOL, Desk, Server, audit_entries, snapshot

PEOPLE = "/api/v1/admin/people"
DEVICES = "/api/v1/admin/devices"
NEW_PASSWORD = "a new password 1"


def _person(server: Server, password_hash: str, username: str, role: str, *codes: str) -> str:
    with server.db.writing() as conn:
        user_id = directory.create_user(
            conn, username, username.title(), role, list(codes or ("RYD", "JED")), password_hash
        )
    server.users[username] = user_id
    return user_id


@pytest.fixture
def admin(server: Server, password_hash: str) -> Desk:
    _person(server, password_hash, "root", "admin")
    return server.login("root")


def _new(username: str = "layla", **over: Any) -> dict[str, Any]:
    body = {
        "username": username,
        "display_name": "Layla",
        "role": "agent",
        "branches": ["RYD"],
        "password": PASSWORD,
    }
    body.update(over)
    return body


def _send(desk: Desk, method: str, path: str, body: Any = None) -> Any:
    return desk.server.client.request(method, path, json=body, headers=desk.headers)


def _refusals(server: Server) -> list[dict[str, Any]]:
    return [{**e, "detail": json.loads(e["detail"])} for e in audit_entries(server.db, "refused")]


def test_level_6_does_each(server: Server, admin: Desk) -> None:
    listed = _send(admin, "GET", PEOPLE)
    assert listed.status_code == 200, listed.text
    names = {p["username"] for p in listed.json()["people"]}
    assert {"ahmed", "jamal", "sara", "root"} <= names
    assert [b["code"] for b in listed.json()["branches"]] == ["JED", "RYD"]

    made = _send(admin, "POST", PEOPLE, _new(username="  Layla ", display_name=" Layla  Q "))
    assert made.status_code == 200, made.text
    layla = made.json()
    assert (layla["username"], layla["display_name"], layla["role"]) == (
        "layla",
        "Layla Q",
        "agent",
    )
    assert layla["branches"] == ["RYD"] and layla["active"]
    server.login("layla")  # the initial password works

    path = f"{PEOPLE}/{layla['id']}"
    assert _send(admin, "PUT", f"{path}/role", {"role": "team_lead"}).json()["role"] == "team_lead"
    moved = _send(admin, "PUT", f"{path}/branches", {"branches": ["jed", "RYD"]})
    assert moved.json()["branches"] == ["JED", "RYD"]
    reset = _send(admin, "PUT", f"{path}/password", {"password": NEW_PASSWORD})
    assert reset.status_code == 200
    desk = server.login("layla", NEW_PASSWORD)
    off = _send(admin, "PUT", f"{path}/active", {"active": False})
    assert off.json()["active"] is False
    # Deactivation ends the person's tokens at once.
    refreshed = server.client.post(
        "/api/v1/auth/refresh",
        json={"refresh_token": desk.tokens["refresh_token"]},
        headers=PROTOCOL,
    )
    assert refreshed.status_code == 401
    assert _send(desk, "GET", "/api/v1/sync/rights").status_code == 401
    assert _send(admin, "PUT", f"{path}/active", {"active": True}).json()["active"] is True

    mine = [
        json.loads(e["detail"])
        for e in audit_entries(server.db, "user_changed")
        if e["actor_id"] == admin.tokens["user_id"]
    ]
    assert len(mine) == 6  # created, role, branches, password, off, on
    assert (mine[1]["before"], mine[1]["after"]) == ({"role": "agent"}, {"role": "team_lead"})
    assert mine[2]["after"] == {"branches": ["JED", "RYD"]}
    assert "password" not in json.dumps(mine[3]).replace("password_reset", "")


def test_devices_are_listed_and_a_revoked_one_cannot_refresh(server: Server, admin: Desk) -> None:
    desk = server.login("ahmed", device_name="counter 2")
    listed = _send(admin, "GET", DEVICES)
    assert listed.status_code == 200, listed.text
    (counter,) = [d for d in listed.json()["devices"] if d["username"] == "ahmed"]
    assert counter["name"] == "counter 2" and counter["revoked"] is False
    after = _send(admin, "POST", f"{DEVICES}/{counter['id']}/revoke")
    assert after.status_code == 200, after.text
    assert [d["revoked"] for d in after.json()["devices"] if d["id"] == counter["id"]] == [True]
    refreshed = server.client.post(
        "/api/v1/auth/refresh",
        json={"refresh_token": desk.tokens["refresh_token"]},
        headers=PROTOCOL,
    )
    assert refreshed.status_code == 401 and refreshed.json()["code"] == "device_revoked"
    (entry,) = audit_entries(server.db, "device_revoked")
    assert entry["actor_id"] == admin.tokens["user_id"] and entry["subject"] == counter["id"]
    missing = _send(admin, "POST", f"{DEVICES}/{'0' * 8}-0000-0000-0000-{'0' * 12}/revoke")
    assert missing.status_code == 404


def test_level_2_is_refused_everything_and_audited(server: Server, password_hash: str) -> None:
    _person(server, password_hash, "agent", "agent")
    desk = server.login("agent")
    ahmed = server.users["ahmed"]
    before = snapshot(server.db)
    for method, path, body in (
        ("GET", PEOPLE, None),
        ("POST", PEOPLE, _new()),
        ("PUT", f"{PEOPLE}/{ahmed}/role", {"role": "agent"}),
        ("PUT", f"{PEOPLE}/{ahmed}/branches", {"branches": ["RYD"]}),
        ("PUT", f"{PEOPLE}/{ahmed}/active", {"active": False}),
        ("PUT", f"{PEOPLE}/{ahmed}/password", {"password": NEW_PASSWORD}),
        ("GET", DEVICES, None),
    ):
        response = _send(desk, method, path, body)
        assert response.status_code == 403, (path, response.text)
        assert response.json()["code"] == "not_permitted"
    assert snapshot(server.db) == before
    refused = _refusals(server)
    assert len(refused) == 7
    assert {r["actor_id"] for r in refused} == {desk.tokens["user_id"]}
    assert refused[0]["detail"]["reason"] == "Your role may not manage people."


def test_level_5_may_only_what_the_table_allows(server: Server, password_hash: str) -> None:
    desk = server.login("ahmed")  # a supervisor of RYD
    assert _send(desk, "GET", PEOPLE).status_code == 403  # the default table: no
    with server.db.writing() as conn:
        grants = dict(RightsTable.sfia().grants)
        grants[Role.SUPERVISOR] = grants[Role.SUPERVISOR] | {Right.MANAGE_USERS}
        table = RightsTable(grants, 1).to_json()
        conn.execute(rights.insert().values(version=1, grants=table, changed_at=datetime.now(UTC)))
    root = _person(server, password_hash, "root", "admin")
    listed = _send(desk, "GET", PEOPLE).json()
    assert "jamal" not in {p["username"] for p in listed["people"]}  # JED only
    assert [b["code"] for b in listed["branches"]] == ["RYD"]
    assert _send(desk, "POST", PEOPLE, _new()).status_code == 200
    assert _send(desk, "GET", DEVICES).status_code == 403  # still not devices
    refusals = {
        "upwards": _send(desk, "POST", PEOPLE, _new("boss", role="admin")),
        "other branch": _send(desk, "POST", PEOPLE, _new("ali", branches=["JED"])),
        "above": _send(desk, "PUT", f"{PEOPLE}/{root}/active", {"active": False}),
        "jamal's": _send(desk, "PUT", f"{PEOPLE}/{server.users['jamal']}/role", {"role": "agent"}),
        "self": _send(desk, "PUT", f"{PEOPLE}/{server.users['ahmed']}/role", {"role": "agent"}),
    }
    assert {k: r.status_code for k, r in refusals.items()} == dict.fromkeys(refusals, 403)
    codes = [r["detail"]["code"] for r in _refusals(server)[-5:]]
    assert codes == ["higher_level", "other_branch", "higher_level", "other_branch", "yourself"]
    # Sara works in both: ahmed gives her RYD only, and her JED stays.
    sara = _send(desk, "PUT", f"{PEOPLE}/{server.users['sara']}/branches", {"branches": ["RYD"]})
    assert sara.json()["branches"] == ["JED", "RYD"]


def test_a_forged_role_in_the_payload_changes_nothing(server: Server, password_hash: str) -> None:
    _person(server, password_hash, "agent", "agent")
    desk = server.login("agent")
    before = snapshot(server.db)
    forged = {**_new(), "caller_role": "admin"}
    assert _send(desk, "POST", PEOPLE, forged).status_code == 422  # unknown fields refused
    role = {"role": "admin", "as": "admin"}
    assert _send(desk, "PUT", f"{PEOPLE}/{server.users['agent']}/role", role).status_code == 422
    assert (
        _send(desk, "PUT", f"{PEOPLE}/{server.users['agent']}/role", {"role": "admin"}).status_code
        == 403
    )
    assert snapshot(server.db) == before


def test_bad_values_are_refused_with_their_reason(server: Server, admin: Desk) -> None:
    before = snapshot(server.db)
    cases = {
        "invalid_username": _new(username="Bad Name!"),
        "invalid_display_name": _new(display_name="   "),
        "invalid_role": _new(role="overlord"),
        "invalid_branch": _new(branches=["XXX"]),
        "weak_password": _new(password="short"),
    }
    for code, body in cases.items():
        response = _send(admin, "POST", PEOPLE, body)
        assert (response.status_code, response.json()["code"]) == (422, code), code
    empty = _send(admin, "POST", PEOPLE, _new(branches=[]))
    assert empty.json()["code"] == "invalid_branch"
    taken = _send(admin, "POST", PEOPLE, _new(username=" AHMED "))
    assert (taken.status_code, taken.json()["code"]) == (409, "username_taken")
    for body in ({"username": 5}, {**_new(), "branches": "RYD"}, {**_new(), "password": None}):
        assert _send(admin, "POST", PEOPLE, body).status_code == 422
    huge = _send(admin, "POST", PEOPLE, _new(display_name="x" * 5000))
    assert huge.status_code == 422
    oversized = _send(admin, "POST", PEOPLE, _new(display_name="x" * (6 * 1024 * 1024)))
    assert oversized.status_code == 413
    ahmed = server.users["ahmed"]
    assert _send(admin, "PUT", f"{PEOPLE}/{ahmed}/role", {"role": "god"}).status_code == 422
    assert _send(admin, "PUT", f"{PEOPLE}/not-an-id/role", {"role": "agent"}).status_code == 422
    short = _send(admin, "PUT", f"{PEOPLE}/{ahmed}/password", {"password": "1234567"})
    assert short.json()["code"] == "weak_password"
    assert snapshot(server.db) == before
    assert len(_refusals(server)) >= 9


def test_administrators_stay_out_of_reach_below_them(
    server: Server, admin: Desk, password_hash: str
) -> None:
    root = admin.tokens["user_id"]
    other = _person(server, password_hash, "second", "admin")
    second = server.login("second")
    assert _send(second, "PUT", f"{PEOPLE}/{root}/role", {"role": "supervisor"}).status_code == 200
    # root is a supervisor now, without the right to manage people.
    assert _send(admin, "PUT", f"{PEOPLE}/{other}/role", {"role": "agent"}).status_code == 403
    # Nobody changes their own role or deactivates themselves.
    for path, body in (
        (f"{other}/role", {"role": "agent"}),
        (f"{other}/active", {"active": False}),
    ):
        response = _send(second, "PUT", f"{PEOPLE}/{path}", body)
        assert (response.status_code, response.json()["code"]) == (403, "yourself")
    codes = [r["detail"]["code"] for r in _refusals(server)]
    assert codes == ["not_permitted", "yourself", "yourself"]


def test_the_last_administrator_is_never_taken_away(server: Server, admin: Desk) -> None:
    """Only an administrator reaches another, so over the API two are always
    active when one is changed; the rule holds should that ever not be so."""
    from desk_app.server import people_reach

    with server.db.writing() as conn, pytest.raises(people_reach.Denied) as refused:
        people_reach.keep_an_administrator(conn, "admin", True)
    assert refused.value.refusal.code == "last_administrator"


def test_the_cli_still_manages_people(server: Server) -> None:
    with server.db.writing() as conn:
        directory.set_branches(conn, "ahmed", ["JED"])
    entry = audit_entries(server.db, "user_changed")[-1]
    assert json.loads(entry["detail"])["after"] == {"branches": ["JED"]}
    assert entry["actor_name"] == directory.ADMIN_ACTOR and entry["actor_id"] is None


def test_every_field_of_every_wrong_kind_is_a_4xx(server: Server, admin: Desk) -> None:
    from tests.server.test_fuzz_endpoints import WRONG_VALUES

    ahmed = server.users["ahmed"]
    bodies: list[tuple[str, str, dict[str, Any]]] = [
        ("POST", PEOPLE, _new()),
        ("PUT", f"{PEOPLE}/{ahmed}/role", {"role": "agent"}),
        ("PUT", f"{PEOPLE}/{ahmed}/branches", {"branches": ["RYD"]}),
        ("PUT", f"{PEOPLE}/{ahmed}/active", {"active": True}),
        ("PUT", f"{PEOPLE}/{ahmed}/password", {"password": NEW_PASSWORD}),
    ]
    for method, path, body in bodies:
        for field in body:
            for value in [*WRONG_VALUES, [None], ["\x00"], ["x" * 5000]]:
                response = _send(admin, method, path, {**body, field: value})
                what = f"{path} {field}={str(value)[:40]!r}"
                assert response.status_code < 500, f"{what}: {response.text[:300]}"
                if response.status_code >= 400:
                    assert set(response.json()) == {"code", "message", "supported"}, what
    for wrong in ("x" * 36, "%00" * 12, "%00", "😀"):
        response = _send(admin, "POST", f"{DEVICES}/{wrong}/revoke")
        assert response.status_code in (404, 422), wrong
