"""Push: per-op results, merge outcomes, scope, idempotency and the journal."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import func, select

from desk_app.server.schema import applied_op, change_log, conflict
from desk_app.services.ids import new_id
from tests.server.helpers import (
    Desk,
    Server,
    hlc,
    journal_fields,
    new_ticket,
    row,
    snapshot,
    ticket_fields,
)


def _soon() -> int:
    """A clock a minute ahead (ms): later than any HLC a desk stamped so far,
    well inside the skew the server accepts (see test_trust.py)."""
    return time.time_ns() // 1_000_000 + 60_000


def _count(server: Server, table: Any) -> int:
    with server.db.reading() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def test_insert_update_delete_are_applied_and_recorded(server: Server) -> None:
    desk = server.login("ahmed")
    ticket_id, inserted = new_ticket(desk, subject="printer")
    assert inserted["status"] == "applied"
    assert inserted["version"] == 1
    stored = row(server.db, "ticket", ticket_id)
    assert stored is not None
    assert stored["subject"] == "printer"
    assert stored["origin_client_id"] == desk.client_id
    assert stored["updated_at"].endswith(desk.client_id)

    (updated,) = desk.push(desk.op("update", "ticket", ticket_id, {"status": "open"}, base=1))
    assert (updated["status"], updated["version"]) == ("applied", 2)
    (deleted,) = desk.push(desk.op("delete", "ticket", ticket_id, base=2))
    assert (deleted["status"], deleted["version"]) == ("applied", 3)
    gone = row(server.db, "ticket", ticket_id)
    assert gone is not None and gone["deleted_at"] is not None  # a tombstone, not a DELETE
    assert gone["status"] == "open"


def test_edits_of_different_fields_merge(server: Server) -> None:
    desk_a, desk_b = server.login("ahmed"), server.login("sara")
    ticket_id, _ = new_ticket(desk_a)
    (a,) = desk_a.push(desk_a.op("update", "ticket", ticket_id, {"status": "open"}, base=1))
    (b,) = desk_b.push(desk_b.op("update", "ticket", ticket_id, {"priority": 1}, base=1))
    assert a["status"] == "applied"
    assert (b["status"], b["version"], b["conflicts"]) == ("merged", 3, [])
    stored = row(server.db, "ticket", ticket_id)
    assert stored is not None
    assert (stored["status"], stored["priority"]) == ("open", 1)


def test_the_same_field_edited_on_both_sides_keeps_both_values(server: Server) -> None:
    desk_a, desk_b = server.login("ahmed"), server.login("sara")
    ticket_id, _ = new_ticket(desk_a)
    soon = _soon()
    earlier = hlc(desk_b.client_id, ms=soon)
    later = hlc(desk_a.client_id, ms=soon + 500)
    # B's edit was made later by the clock but arrives second.
    (first,) = desk_a.push(
        desk_a.op("update", "ticket", ticket_id, {"subject": "A's"}, base=1, at=earlier)
    )
    (second,) = desk_b.push(
        desk_b.op("update", "ticket", ticket_id, {"subject": "B's"}, base=1, at=later)
    )
    assert first["status"] == "applied"
    assert second["status"] == "conflict"
    (info,) = second["conflicts"]
    assert (info["field"], info["kept"], info["lost"]) == ("subject", "B's", "A's")
    assert (info["kept_hlc"], info["lost_hlc"]) == (later, earlier)
    stored = row(server.db, "ticket", ticket_id)
    assert stored is not None and stored["subject"] == "B's"
    with server.db.reading() as conn:
        record = conn.execute(select(conflict)).one()
    assert (record.kept_value, record.lost_value) == ("B's", "A's")
    assert record.branch_id == server.branches["RYD"]
    assert record.resolved_at is None


def test_a_late_edit_with_an_older_clock_loses_but_is_kept(server: Server) -> None:
    desk_a, desk_b = server.login("ahmed"), server.login("sara")
    ticket_id, _ = new_ticket(desk_a)
    soon = _soon()
    desk_a.push(
        desk_a.op(
            "update", "ticket", ticket_id, {"description": "new"}, base=1,
            at=hlc(desk_a.client_id, ms=soon + 500),
        )
    )  # fmt: skip
    (result,) = desk_b.push(
        desk_b.op(
            "update", "ticket", ticket_id, {"description": "other"}, base=1,
            at=hlc(desk_b.client_id, ms=soon),
        )
    )  # fmt: skip
    assert result["status"] == "conflict"
    assert result["version"] == 2  # nothing written
    assert (result["conflicts"][0]["kept"], result["conflicts"][0]["lost"]) == ("new", "other")


def test_rejections_say_why_and_change_nothing(server: Server) -> None:
    desk = server.login("ahmed")
    ticket_id, _ = new_ticket(desk)
    before = snapshot(server.db)
    cases = {
        "unknown_entity": desk.op("insert", "invoice", new_id(), {"x": 1}),
        "unknown_field": desk.op("update", "ticket", ticket_id, {"colour": "red"}, base=1),
        "invalid_value": desk.op("update", "ticket", ticket_id, {"priority": "high"}, base=1),
        "not_allowed": desk.op("update", "ticket", ticket_id, {"version": 9}, base=1),
        "not_found": desk.op("update", "organisation", new_id(), {"name": "x"}, base=1),
    }
    too_long = desk.op("update", "ticket", ticket_id, {"subject": "x" * 301}, base=1)
    missing = desk.op("insert", "ticket", new_id(), {"subject": "no branch or number"})
    nul = desk.op("update", "ticket", ticket_id, {"subject": "a\x00b"}, base=1)
    bad_time = desk.op("update", "ticket", ticket_id, {"closed_at": "yesterday"}, base=1)
    naive = desk.op("update", "ticket", ticket_id, {"closed_at": "2026-11-01T08:00:00"}, base=1)
    results = desk.push(*cases.values(), too_long, missing, nul, bad_time, naive)
    assert [(r["status"], r["reason"]) for r in results] == [
        *(("rejected", reason) for reason in cases),
        *(("rejected", "invalid_value"),) * 5,
    ]
    assert all(r["version"] == 0 for r in results)
    assert snapshot(server.db) == before


def test_a_reference_the_database_refuses_rejects_only_that_op(server: Server) -> None:
    desk = server.login("ahmed")
    good, bad, good_too = new_id(), new_id(), new_id()
    branch = server.branches["RYD"]
    results = desk.push(
        desk.op("insert", "ticket", good, ticket_fields(branch)),
        desk.op("insert", "ticket", bad, ticket_fields(branch, customer_id=new_id())),
        desk.op("insert", "ticket", good_too, ticket_fields(branch)),
    )
    assert [(r["status"], r["reason"]) for r in results] == [
        ("applied", ""),
        ("rejected", "invalid_value"),
        ("applied", ""),
    ]
    assert row(server.db, "ticket", bad) is None
    assert row(server.db, "ticket", good_too) is not None


def test_edit_of_a_deleted_row_is_rejected_and_kept_for_review(server: Server) -> None:
    desk_a, desk_b = server.login("ahmed"), server.login("sara")
    ticket_id, _ = new_ticket(desk_a)
    desk_a.push(desk_a.op("delete", "ticket", ticket_id, base=1))
    (late,) = desk_b.push(desk_b.op("update", "ticket", ticket_id, {"status": "open"}, base=1))
    assert (late["status"], late["reason"]) == ("rejected", "deleted")
    assert [(c["field"], c["lost"]) for c in late["conflicts"]] == [("status", "open")]
    assert _count(server, conflict) == 1


def test_delete_of_a_row_edited_meanwhile_stands_as_a_conflict(server: Server) -> None:
    desk_a, desk_b = server.login("ahmed"), server.login("sara")
    ticket_id, _ = new_ticket(desk_a)
    desk_a.push(desk_a.op("update", "ticket", ticket_id, {"status": "open"}, base=1))
    (result,) = desk_b.push(desk_b.op("delete", "ticket", ticket_id, base=1))
    assert result["status"] == "conflict"
    assert result["conflicts"][0]["field"] == "deleted_at"
    stored = row(server.db, "ticket", ticket_id)
    assert stored is not None and stored["deleted_at"] is not None


# --- idempotency -------------------------------------------------------------


def _batch(desk: Desk, server: Server) -> list[dict[str, Any]]:
    ticket_id = new_id()
    return [
        desk.op("insert", "ticket", ticket_id, ticket_fields(server.branches["RYD"])),
        desk.op("update", "ticket", ticket_id, {"status": "open"}, base=1),
        desk.op("insert", "ticket_journal", new_id(), journal_fields(ticket_id)),
        desk.op("update", "ticket", ticket_id, {"priority": 1}, base=2),
    ]


def test_the_same_batch_twice_is_applied_once(server: Server) -> None:
    desk = server.login("ahmed")
    ops = _batch(desk, server)
    first = desk.push(*ops)
    after_first = snapshot(server.db)
    second = desk.push(*ops)
    assert second == first
    assert snapshot(server.db) == after_first
    assert [r["version"] for r in first] == [1, 2, 1, 3]


def test_a_reordered_or_partial_replay_returns_the_stored_results(server: Server) -> None:
    desk = server.login("ahmed")
    ops = _batch(desk, server)
    first = desk.push(*ops)
    after = snapshot(server.db)
    replay = desk.push(ops[3], ops[1], ops[0])
    assert replay == [first[3], first[1], first[0]]
    assert snapshot(server.db) == after


def test_a_retry_after_a_lost_reply_adds_only_the_new_ops(server: Server) -> None:
    desk = server.login("ahmed")
    ops = _batch(desk, server)
    desk.push(*ops[:2])  # committed, but say the reply was lost
    results = desk.push(*ops)
    assert [r["status"] for r in results] == ["applied", "applied", "applied", "applied"]
    assert [r["version"] for r in results] == [1, 2, 1, 3]
    assert _count(server, applied_op) == 4


def test_a_duplicate_inside_one_batch_is_applied_once(server: Server) -> None:
    desk = server.login("ahmed")
    ticket_id, _ = new_ticket(desk)
    update = desk.op("update", "ticket", ticket_id, {"status": "open"}, base=1)
    first, again = desk.push(update, update)
    assert first == again
    stored = row(server.db, "ticket", ticket_id)
    assert stored is not None and stored["version"] == 2


def test_a_rejected_op_is_judged_again_when_pushed_again(server: Server) -> None:
    desk = server.login("ahmed")
    ticket_id = new_id()
    insert = desk.op("insert", "ticket", ticket_id, ticket_fields(server.branches["RYD"]))
    note = desk.op("insert", "ticket_journal", new_id(), journal_fields(ticket_id))
    (early,) = desk.push(note)  # the ticket is not there yet
    assert (early["status"], early["reason"]) == ("rejected", "branch_not_allowed")
    assert [r["status"] for r in desk.push(insert, note)] == ["applied", "applied"]


# --- the journal ---------------------------------------------------------------


def test_journal_entries_from_two_desks_are_a_union(server: Server) -> None:
    desk_a, desk_b = server.login("ahmed"), server.login("sara")
    ticket_id, _ = new_ticket(desk_a)
    note_a = desk_a.op("insert", "ticket_journal", new_id(), journal_fields(ticket_id, "from A"))
    note_b = desk_b.op("insert", "ticket_journal", new_id(), journal_fields(ticket_id, "from B"))
    assert desk_a.push(note_a)[0]["status"] == "applied"
    assert desk_b.push(note_b)[0]["status"] == "applied"
    # The same entry arriving again through another desk is already there.
    echo = dict(note_a, op_id=new_id())
    (again,) = desk_b.push(echo)
    assert (again["status"], again["version"]) == ("applied", 1)
    with server.db.reading() as conn:
        bodies = sorted(r.body for r in conn.execute(select(row_table("ticket_journal").c.body)))
    assert bodies == ["from A", "from B"]


def test_journal_entries_are_never_rewritten(server: Server) -> None:
    desk = server.login("ahmed")
    ticket_id, _ = new_ticket(desk)
    entry = new_id()
    desk.push(desk.op("insert", "ticket_journal", entry, journal_fields(ticket_id)))
    results = desk.push(
        desk.op("update", "ticket_journal", entry, {"body": "rewritten"}, base=1),
        desk.op("delete", "ticket_journal", entry, base=1),
    )
    assert [(r["status"], r["reason"]) for r in results] == [
        ("rejected", "not_allowed"),
        ("rejected", "not_allowed"),
    ]


# --- scope ---------------------------------------------------------------------


def test_another_branchs_rows_are_refused_without_revealing_them(server: Server) -> None:
    ryd, jed = server.login("ahmed"), server.login("jamal")
    theirs, _ = new_ticket(jed, "JED")
    before = snapshot(server.db)
    probes = [
        ryd.op("update", "ticket", theirs, {"status": "closed"}, base=1),
        ryd.op("delete", "ticket", theirs, base=1),
        ryd.op("insert", "ticket", theirs, ticket_fields(server.branches["RYD"])),
        ryd.op("insert", "ticket_journal", new_id(), journal_fields(theirs)),
    ]
    nowhere = new_id()
    controls = [
        ryd.op("update", "ticket", nowhere, {"status": "closed"}, base=1),
        ryd.op("delete", "ticket", nowhere, base=1),
        None,
        ryd.op("insert", "ticket_journal", new_id(), journal_fields(nowhere)),
    ]
    results = ryd.push(*probes)
    for probe, result, control in zip(probes, results, controls, strict=True):
        assert result == {
            "op_id": probe["op_id"],
            "status": "rejected",
            "reason": "branch_not_allowed",
            "version": 0,
            "conflicts": [],
        }
        if control is not None:
            (same,) = ryd.push(control)  # a row that does not exist: the same answer
            assert {**same, "op_id": ""} == {**result, "op_id": ""}
    assert snapshot(server.db) == before


def test_a_row_cannot_be_moved_or_created_in_another_branch(server: Server) -> None:
    desk = server.login("ahmed")
    ticket_id, _ = new_ticket(desk)
    results = desk.push(
        desk.op("update", "ticket", ticket_id, {"branch_id": server.branches["JED"]}, base=1),
        desk.op("insert", "ticket", new_id(), ticket_fields(server.branches["JED"])),
        desk.op("insert", "branch", new_id(), {"code": "DMM", "name": "Dammam"}),
    )
    assert [r["reason"] for r in results] == ["branch_not_allowed"] * 3


def test_shared_rows_and_branchless_customers_are_open_to_every_branch(server: Server) -> None:
    ryd, jed = server.login("ahmed"), server.login("jamal")
    org, customer = new_id(), new_id()
    created = ryd.push(
        ryd.op("insert", "organisation", org, {"name": "Acme"}),
        ryd.op(
            "insert", "customer", customer,
            {"name": "Huda", "name_norm": "huda", "organisation_id": org, "branch_id": None},
        ),
    )  # fmt: skip
    assert [r["status"] for r in created] == ["applied", "applied"]
    edited = jed.push(
        jed.op("update", "organisation", org, {"name": "Acme Ltd"}, base=1),
        jed.op("update", "customer", customer, {"phone": "0500000000"}, base=1),
    )
    assert [r["status"] for r in edited] == ["applied", "applied"]


def test_people_cannot_change_roles_or_activation_by_push(server: Server) -> None:
    desk = server.login("ahmed")
    me = server.users["ahmed"]
    results = desk.push(
        desk.op("update", "app_user", me, {"role": "admin"}, base=1),
        desk.op("update", "app_user", me, {"active": False}, base=1),
        desk.op("update", "app_user", me, {"display_name": "Ahmed A."}, base=1),
    )
    assert [(r["status"], r["reason"]) for r in results] == [
        ("rejected", "not_allowed"),
        ("rejected", "not_allowed"),
        ("applied", ""),
    ]


def test_push_for_another_replica_is_refused(server: Server) -> None:
    desk = server.login("ahmed")
    response = server.client.post(
        "/api/v1/sync/push", json={"client_id": new_id(), "ops": []}, headers=desk.headers
    )
    assert response.status_code == 403
    assert response.json()["code"] == "client_mismatch"


def test_every_write_moves_its_row_to_the_end_of_the_change_log(server: Server) -> None:
    desk = server.login("ahmed")
    ticket_id, _ = new_ticket(desk)
    other, _ = new_ticket(desk)
    desk.push(desk.op("update", "ticket", ticket_id, {"status": "open"}, base=1))
    with server.db.reading() as conn:
        log = conn.execute(
            select(change_log.c.entity_id, change_log.c.branch_id).order_by(change_log.c.seq)
        ).all()
    ids = [entry.entity_id for entry in log]
    assert ids[-2:] == [other, ticket_id]
    assert ids.count(ticket_id) == 1
    assert log[-1].branch_id == server.branches["RYD"]


def row_table(entity: str) -> Any:
    from desk_app.sync.codec import synced_table

    return synced_table(entity)


def test_people_and_branches_are_not_deleted_or_recoded_by_push(server: Server) -> None:
    desk = server.login("ahmed")
    results = desk.push(
        desk.op("delete", "app_user", server.users["ahmed"], base=1),
        desk.op("delete", "branch", server.branches["RYD"], base=1),
        desk.op("update", "branch", server.branches["RYD"], {"code": "RY2"}, base=1),
        desk.op("update", "branch", server.branches["RYD"], {"name_ar": "الرياض"}, base=1),
    )
    assert [(r["status"], r["reason"]) for r in results] == [
        *(("rejected", "not_allowed"),) * 3,
        ("applied", ""),
    ]


def test_a_ticket_moved_to_another_branch_takes_its_journal_along(server: Server) -> None:
    both, jed = server.login("sara"), server.login("jamal")
    ticket_id, _ = new_ticket(both, "RYD")
    note = new_id()
    both.push(both.op("insert", "ticket_journal", note, journal_fields(ticket_id)))
    _, cursor = jed.pull_all()
    moved = both.push(
        both.op("update", "ticket", ticket_id, {"branch_id": server.branches["JED"]}, base=1)
    )
    assert moved[0]["status"] == "applied"
    arrived = [c["entity_id"] for c in jed.pull(cursor)["changes"]]
    assert sorted(arrived) == sorted([ticket_id, note])
