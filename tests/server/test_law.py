"""The server enforces rights from the token, not the payload (issue 12, item 3).

A matrix of the six SFIA levels × the ticket-write rights, each pushed by a
desk signed in as a person of that level: a refused op changes nothing, is
refused with ``not_permitted:<right>`` and lands in the server's audit log.
Then the ways a tampered desk might try to pass: another person's author id,
a forged role, another branch's ids. And the rights table over HTTP, the audit
upload and the sign-in entries.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import text

from desk_app.models import Role
from desk_app.server import directory
from desk_app.server.schema import rights
from desk_app.services.escalation_policy import EscalationRule, RuleAction
from desk_app.services.escalation_state import EntryValues, firing_id
from desk_app.services.ids import new_id
from desk_app.services.permissions import LEVELS, SFIA_DEFAULTS, Right, RightsTable
from desk_app.services.teams import membership_id
from tests.server.helpers import (
    PROTOCOL,
    Desk,
    Server,
    audit_entries,
    journal_fields,
    new_ticket,
    row,
    snapshot,
    ticket_fields,
)


@dataclass
class World:
    server: Server
    desk: Desk  # the person of the level under test
    me: str
    queue: str  # a queue the person is a member of
    other_queue: str
    own: str  # a ticket assigned to the person, in other_queue
    in_queue: str  # an unassigned ticket of queue
    others: str  # a ticket of sara's in other_queue
    target: str  # a ticket to merge into
    upper: str  # a queue of tier 2


def _world(server: Server, password_hash: str, role: Role) -> World:
    with server.db.writing() as conn:
        me = directory.create_user(conn, "pusher", "Pusher", role.value, ["RYD"], password_hash)
        queue = directory.create_queue(conn, "Printers", branch_code="RYD")
        other_queue = directory.create_queue(conn, "Network", branch_code="RYD")
        upper = directory.create_queue(conn, "Specialists", branch_code="RYD", tier=2)
        directory.write_row(conn, "queue_member", new_id(), {"user_id": me, "group_id": queue})
    admin = server.login("sara")
    sara = server.users["sara"]
    own, _ = new_ticket(admin, group_id=other_queue, assignee_id=me, status="open")
    in_queue, _ = new_ticket(admin, group_id=queue, status="open")
    others, _ = new_ticket(admin, group_id=other_queue, assignee_id=sara, status="open")
    target, _ = new_ticket(admin, group_id=other_queue, assignee_id=me, status="open")
    desk = server.login("pusher")
    return World(server, desk, me, queue, other_queue, own, in_queue, others, target, upper)


def _escalation(w: World, kind: str, ticket: str, old: str, to: str, **more: Any) -> dict[str, Any]:
    entry_id = more.pop("entry_id", None) or new_id()
    values = EntryValues(to, None, None, "specialist", None, **more)
    fields = journal_fields(
        ticket,
        kind="escalated",
        field=kind,
        old_value=old,
        new_value=values.encode(),
        author_id=w.me,
    )
    return w.desk.op("insert", "ticket_journal", entry_id, fields)


def _update(w: World, ticket: str, fields: dict[str, Any]) -> dict[str, Any]:
    base = row(w.server.db, "ticket", ticket)
    assert base is not None
    return w.desk.op("update", "ticket", ticket, fields, base=base["version"])


# case → (the rights it needs, the op)
CASES: dict[str, tuple[tuple[Right, ...], Callable[[World], dict[str, Any]]]] = {
    "create": (
        (Right.TAKE_CALLS,),
        lambda w: w.desk.op("insert", "ticket", new_id(), ticket_fields(w.server.branches["RYD"])),
    ),
    "create_priority_1": (
        (Right.TAKE_CALLS, Right.SET_PRIORITY_1),
        lambda w: w.desk.op(
            "insert", "ticket", new_id(), ticket_fields(w.server.branches["RYD"], priority=1)
        ),
    ),
    "note": (
        (Right.TAKE_CALLS,),
        lambda w: w.desk.op(
            "insert", "ticket_journal", new_id(), journal_fields(w.own, author_id=w.me)
        ),
    ),
    "edit_own": ((Right.EDIT_OWN,), lambda w: _update(w, w.own, {"subject": "mine"})),
    "edit_queue": ((Right.EDIT_QUEUE,), lambda w: _update(w, w.in_queue, {"subject": "ours"})),
    "edit_any": ((Right.EDIT_ANY,), lambda w: _update(w, w.others, {"subject": "theirs"})),
    "route": ((Right.EDIT_OWN, Right.ROUTE), lambda w: _update(w, w.own, {"group_id": w.queue})),
    "assign_others": (
        (Right.EDIT_OWN, Right.ASSIGN_OTHERS),
        lambda w: _update(w, w.own, {"assignee_id": w.server.users["sara"]}),
    ),
    "priority_1": (
        (Right.EDIT_OWN, Right.SET_PRIORITY_1),
        lambda w: _update(w, w.own, {"priority": 1}),
    ),
    "priority_1_journal": (
        (Right.TAKE_CALLS, Right.SET_PRIORITY_1),
        lambda w: w.desk.op(
            "insert",
            "ticket_journal",
            new_id(),
            journal_fields(
                w.own,
                kind="field_changed",
                field="priority",
                old_value="3",
                new_value="1",
                author_id=w.me,
            ),
        ),
    ),
    "resolve": (
        (Right.EDIT_OWN, Right.RESOLVE),
        lambda w: _update(w, w.own, {"status": "resolved"}),
    ),
    "merge": (
        (Right.EDIT_OWN, Right.MERGE_SPLIT),
        lambda w: _update(w, w.own, {"merged_into_id": w.target}),
    ),
    # Escalations are judged by the tiers the server knows, whatever the
    # entry's kind says.
    "escalate_up": (
        (Right.TAKE_CALLS, Right.ESCALATE_UP),
        lambda w: _escalation(w, "up", w.own, w.other_queue, w.upper),
    ),
    "escalate_up_said_functional": (
        (Right.TAKE_CALLS, Right.ESCALATE_WITHIN_TIER, Right.ESCALATE_UP),
        lambda w: _escalation(w, "functional", w.own, w.other_queue, w.upper),
    ),
    "escalate_within_tier": (
        (Right.TAKE_CALLS, Right.ESCALATE_WITHIN_TIER),
        lambda w: _escalation(w, "functional", w.own, w.other_queue, w.queue),
    ),
    "de_escalate": (
        (Right.TAKE_CALLS, Right.DE_ESCALATE),
        lambda w: _escalation(w, "returned", w.own, w.upper, w.queue),
    ),
    "rule_firing": (
        (Right.TAKE_CALLS,),
        lambda w: _escalation(
            w,
            "up",
            w.own,
            w.other_queue,
            w.upper,
            automatic=True,
            rule="100:escalate_up",
            entry_id=firing_id(w.own, EscalationRule(100, RuleAction.ESCALATE_UP)),
        ),
    ),
    "forged_rule_firing": (
        (Right.TAKE_CALLS, Right.ESCALATE_UP),
        lambda w: _escalation(
            w, "up", w.own, w.other_queue, w.upper, automatic=True, rule="100:escalate_up"
        ),
    ),
    "queue_member": (
        (Right.CONFIGURE_QUEUES,),
        lambda w: w.desk.op(
            "insert",
            "queue_member",
            new_id(),
            {"user_id": w.server.users["ahmed"], "group_id": w.queue},
        ),
    ),
}


def _expected_refusal(role: Role, needed: tuple[Right, ...]) -> Right | None:
    held = SFIA_DEFAULTS[role]
    for right in needed:
        if right not in held:
            # Editing another's ticket without EDIT_QUEUE names the narrower right.
            if right is Right.EDIT_ANY and Right.EDIT_QUEUE not in held:
                return Right.EDIT_QUEUE
            return right
    return None


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("role", LEVELS, ids=[r.value for r in LEVELS])
def test_each_level_may_push_only_what_its_rights_allow(
    server: Server, password_hash: str, role: Role, case: str
) -> None:
    world = _world(server, password_hash, role)
    needed, make = CASES[case]
    op = make(world)
    before = snapshot(server.db)
    refused_before = len(audit_entries(server.db, "refused"))
    (result,) = world.desk.push(op)
    lacked = _expected_refusal(role, needed)
    if lacked is None:
        assert result["status"] in ("applied", "merged"), result
        assert snapshot(server.db) != before
        assert len(audit_entries(server.db, "refused")) == refused_before
        return
    assert (result["status"], result["reason"]) == ("rejected", f"not_permitted:{lacked.value}")
    assert snapshot(server.db) == before
    (entry,) = audit_entries(server.db, "refused")[refused_before:]
    assert entry["actor_id"] == world.me
    assert entry["device_id"] == world.desk.tokens["device_id"]
    assert f'"right": "{lacked.value}"' in entry["detail"]
    assert op["entity_id"] in entry["subject"]


def test_another_persons_author_id_is_refused_and_audited(
    server: Server, password_hash: str
) -> None:
    world = _world(server, password_hash, Role.ADMIN)
    before = snapshot(server.db)
    forged = journal_fields(world.own, author_id=server.users["sara"], author_name="Sara")
    (result,) = world.desk.push(world.desk.op("insert", "ticket_journal", new_id(), forged))
    assert (result["status"], result["reason"]) == ("rejected", "not_allowed")
    assert snapshot(server.db) == before
    (entry,) = audit_entries(server.db, "refused")
    assert entry["actor_id"] == world.me and server.users["sara"] in entry["detail"]
    # Signed as themselves (or unsigned), the same entry is taken.
    mine = journal_fields(world.own, author_id=world.me)
    (result,) = world.desk.push(world.desk.op("insert", "ticket_journal", new_id(), mine))
    assert result["status"] == "applied"


def test_a_forged_role_in_the_payload_changes_nothing(server: Server, password_hash: str) -> None:
    world = _world(server, password_hash, Role.AGENT)
    desk = world.desk
    before = snapshot(server.db)
    me = row(server.db, "app_user", world.me)
    assert me is not None
    forged = desk.push(
        # Promoting oneself is a directory change a desk never makes …
        desk.op("update", "app_user", world.me, {"role": "admin"}, base=me["version"]),
        # … a role beside a ticket's fields is no field of a ticket …
        _update(world, world.own, {"priority": 1, "role": "admin"}),
        # … and the priority-1 change alone is still judged by the stored role.
        _update(world, world.own, {"priority": 1}),
    )
    reasons = [(r["status"], r["reason"]) for r in forged]
    assert reasons == [
        ("rejected", "not_allowed"),
        ("rejected", "unknown_field"),
        ("rejected", "not_permitted:set_priority_1"),
    ]
    assert snapshot(server.db) == before


def test_another_branchs_ids_are_refused(server: Server, password_hash: str) -> None:
    world = _world(server, password_hash, Role.ADMIN)  # every right, in RYD only
    jeddah = server.login("jamal")
    theirs, _ = new_ticket(jeddah, branch="JED")
    desk = world.desk
    before = snapshot(server.db)
    base = row(server.db, "ticket", theirs)
    assert base is not None
    results = desk.push(
        desk.op("update", "ticket", theirs, {"priority": 1}, base=base["version"]),
        desk.op("insert", "ticket_journal", new_id(), journal_fields(theirs, author_id=world.me)),
        desk.op("insert", "ticket", new_id(), ticket_fields(server.branches["JED"])),
        _update(world, world.own, {"merged_into_id": theirs}),
    )
    assert [(r["status"], r["reason"]) for r in results] == [
        ("rejected", "branch_not_allowed"),
        ("rejected", "branch_not_allowed"),
        ("rejected", "branch_not_allowed"),
        ("rejected", "invalid_value"),
    ]
    assert snapshot(server.db) == before


def test_memberships_decide_which_queues_a_level_2_agent_works(
    server: Server, password_hash: str
) -> None:
    world = _world(server, password_hash, Role.AGENT)
    desk = world.desk
    (refused,) = desk.push(_update(world, world.others, {"subject": "not my queue"}))
    assert refused["reason"] == "not_permitted:edit_any"
    # Made a member of the other queue by the administrator, the same edit passes.
    with server.db.writing() as conn:
        assert directory.add_member(conn, "pusher", world.other_queue)
        assert not directory.add_member(conn, "pusher", "Network")  # by name: once
    (allowed,) = desk.push(_update(world, world.others, {"subject": "my queue now"}))
    assert allowed["status"] == "applied"
    (member,) = [
        c
        for c in desk.pull_all()[0]
        if c["entity"] == "queue_member" and c["row"]["group_id"] == world.other_queue
    ]
    assert member["entity_id"] == membership_id(world.me, world.other_queue)
    with server.db.writing() as conn:
        assert directory.remove_member(conn, "pusher", world.other_queue)
        assert not directory.remove_member(conn, "pusher", world.other_queue)
    (again,) = desk.push(_update(world, world.others, {"subject": "not any more"}))
    assert again["reason"] == "not_permitted:edit_any"
    changed = [e["detail"] for e in audit_entries(server.db, "queue_changed")]
    assert any("member_added" in d for d in changed) and any("member_removed" in d for d in changed)


# --- the rights table -------------------------------------------------------


def _put(desk: Desk, body: dict[str, Any]) -> Any:
    return desk.server.client.put("/api/v1/sync/rights", json=body, headers=desk.headers)


def _get(desk: Desk) -> dict[str, Any]:
    response = desk.server.client.get("/api/v1/sync/rights", headers=desk.headers)
    assert response.status_code == 200, response.text
    return dict(response.json())


def _without(table: dict[str, Any], role: Role, right: Right) -> dict[str, Any]:
    grants = {
        k: [r for r in v if not (k == role.value and r == right.value)]
        for k, v in table["grants"].items()
    }
    return {"version": table["version"], "grants": grants}


def test_the_rights_table_is_read_by_all_and_changed_by_level_6(
    server: Server, password_hash: str
) -> None:
    lead = _world(server, password_hash, Role.TEAM_LEAD)
    with server.db.writing() as conn:
        directory.create_user(conn, "root", "Root", "admin", ["RYD"], password_hash)
    admin = server.login("root")
    table = _get(lead.desk)
    assert table == _get(admin)
    assert RightsTable.from_json(json.dumps(table)) == RightsTable.sfia()

    change = _without(table, Role.TEAM_LEAD, Right.SET_PRIORITY_1)
    refused = _put(lead.desk, change)
    assert (refused.status_code, refused.json()["code"]) == (403, "not_permitted")
    assert refused.json()["message"] == "Your role may not change rights."
    (entry,) = audit_entries(server.db, "refused")
    assert entry["actor_id"] == lead.me and "edit_rights" in entry["detail"]
    assert _get(admin)["version"] == 0

    locked_out = _without(table, Role.ADMIN, Right.EDIT_RIGHTS)
    assert _put(admin, locked_out).status_code == 422

    saved = _put(admin, change)
    assert saved.status_code == 200, saved.text
    assert saved.json()["version"] == 1
    assert "set_priority_1" not in _get(lead.desk)["grants"]["team_lead"]
    (changed,) = audit_entries(server.db, "rights_changed")
    assert '"before"' in changed["detail"] and '"after"' in changed["detail"]
    # Saved from a stale copy: refused, so nobody's change is lost silently.
    assert _put(admin, change).status_code == 409

    # The server enforces the table it stores: a team lead no longer declares P1.
    (result,) = lead.desk.push(_update(lead, lead.own, {"priority": 1}))
    assert result["reason"] == "not_permitted:set_priority_1"


# --- the audit log ----------------------------------------------------------


def _entry(branch_id: str | None, **over: Any) -> dict[str, Any]:
    return {
        "id": new_id(),
        "at": "2026-12-01T10:00:00Z",
        "actor_id": None,
        "actor_name": "Local Huda",
        "branch_id": branch_id,
        "kind": "sign_in",
        "subject": "huda",
        "detail": "{}",
        **over,
    }


def _upload(desk: Desk, entries: list[dict[str, Any]]) -> Any:
    return desk.server.client.post(
        "/api/v1/sync/audit", json={"entries": entries}, headers=desk.headers
    )


def test_a_desks_audit_upload_is_kept_once_and_only_for_its_branches(server: Server) -> None:
    desk = server.login("ahmed")
    ours = [_entry(server.branches["RYD"]), _entry(None, kind="locked")]
    theirs = _entry(server.branches["JED"])
    first = _upload(desk, [*ours, theirs])
    assert first.status_code == 200, first.text
    assert first.json() == {"stored": [e["id"] for e in ours], "refused": [theirs["id"]]}
    again = _upload(desk, ours)
    assert again.json()["stored"] == [e["id"] for e in ours]
    uploaded = [e for e in audit_entries(server.db) if e["source"] == "desk"]
    assert sorted(e["id"] for e in uploaded) == sorted(e["id"] for e in ours)
    assert {e["device_id"] for e in uploaded} == {desk.tokens["device_id"]}
    unsigned = server.client.post("/api/v1/sync/audit", json={"entries": ours}, headers=PROTOCOL)
    assert unsigned.status_code == 401


def test_sign_ins_are_audited_success_and_failure(server: Server) -> None:
    desk = server.login("ahmed")
    wrong = server.client.post(
        "/api/v1/auth/login",
        json={
            "username": "ahmed",
            "password": "wrong password",
            "device_name": "front desk",
            "client_id": new_id(),
        },
        headers=PROTOCOL,
    )
    assert wrong.status_code == 401
    (ok,) = audit_entries(server.db, "sign_in")
    assert (ok["actor_id"], ok["device_id"]) == (server.users["ahmed"], desk.tokens["device_id"])
    (failed,) = audit_entries(server.db, "sign_in_failed")
    assert failed["actor_id"] == server.users["ahmed"]
    assert "invalid_credentials" in failed["detail"]


def test_directory_changes_are_audited(server: Server) -> None:
    with server.db.writing() as conn:
        directory.set_role(conn, "ahmed", "team_lead")
    entry = audit_entries(server.db, "user_changed")[-1]
    assert entry["subject"] == "ahmed" and "supervisor" in entry["detail"]
    assert "team_lead" in entry["detail"]


def test_the_audit_log_refuses_rewrites_on_postgresql(pg_server: Server) -> None:
    with pg_server.db.writing() as conn:
        directory.set_role(conn, "ahmed", "team_lead")
    for statement in ("UPDATE server_audit SET kind = 'x'", "DELETE FROM server_audit"):
        with pytest.raises(Exception, match="append-only"), pg_server.db.writing() as conn:
            conn.execute(text(statement))
    assert audit_entries(pg_server.db, "user_changed")[-1]["subject"] == "ahmed"


# --- directory writes from desks ---------------------------------------------


def test_a_supervisor_configures_the_branchs_queues_from_a_desk(
    server: Server, password_hash: str
) -> None:
    world = _world(server, password_hash, Role.SUPERVISOR)
    desk, ryd = world.desk, server.branches["RYD"]
    new_queue = new_id()
    queue_row = row(server.db, "desk_group", world.queue)
    assert queue_row is not None
    results = desk.push(
        desk.op("insert", "desk_group", new_queue, {"name": "Night", "tier": 2, "branch_id": ryd}),
        desk.op(
            "update",
            "desk_group",
            world.queue,
            {"name": "Printers and scanners", "tier": 2},
            base=queue_row["version"],
        ),
        desk.op(
            "insert", "desk_group", new_id(), {"name": "Everyone's", "tier": 1, "branch_id": None}
        ),
    )
    assert [(r["status"], r["reason"]) for r in results] == [
        ("applied", ""),
        ("applied", ""),
        ("rejected", "not_allowed"),  # a queue of every branch is the administrator's
    ]
    stored = row(server.db, "desk_group", world.queue)
    assert stored is not None and (stored["name"], stored["tier"]) == ("Printers and scanners", 2)
    changed = [e for e in audit_entries(server.db, "queue_changed") if e["actor_id"] == world.me]
    assert len(changed) == 2
    renamed = json.loads(changed[1]["detail"])
    assert renamed["before"] == {"name": "Printers", "tier": 1}
    assert renamed["after"] == {"name": "Printers and scanners", "tier": 2}


def test_people_are_managed_from_a_desk_only_with_the_right_and_never_upwards(
    server: Server, password_hash: str
) -> None:
    world = _world(server, password_hash, Role.ADMIN)
    desk, ahmed = world.desk, server.users["ahmed"]
    base = row(server.db, "app_user", ahmed)
    assert base is not None
    (demoted,) = desk.push(
        desk.op("update", "app_user", ahmed, {"role": "agent"}, base=base["version"])
    )
    assert demoted["status"] == "applied"
    # A table that lets supervisors manage people still does not let them make an admin.
    with server.db.writing() as conn:
        grants = dict(RightsTable.sfia().grants)
        grants[Role.SUPERVISOR] = grants[Role.SUPERVISOR] | {Right.MANAGE_USERS}
        table = RightsTable(grants, 1).to_json()
        conn.execute(rights.insert().values(version=1, grants=table, changed_at=datetime.now(UTC)))
        directory.set_role(conn, "pusher", "supervisor")
    stored = row(server.db, "app_user", ahmed)
    assert stored is not None
    before = snapshot(server.db)
    (upwards,) = desk.push(
        desk.op("update", "app_user", ahmed, {"role": "admin"}, base=stored["version"])
    )
    assert upwards["reason"] == "not_permitted:edit_rights"
    assert snapshot(server.db) == before
    (sideways,) = desk.push(
        desk.op(
            "update",
            "app_user",
            ahmed,
            {"role": "supervisor", "active": False},
            base=stored["version"],
        )
    )
    assert sideways["status"] == "applied"
