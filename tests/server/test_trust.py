"""The server trusts a desk only as far as its token: what a push may not do
even inside its own branches (desk_app/server/trust.py). Every refusal is
checked against the stored data: nothing changed, on PostgreSQL and SQLite."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import String, inspect, select

from desk_app.server import directory
from desk_app.server.schema import applied_op, conflict
from desk_app.server.scope import SCOPE_COLUMN, references
from desk_app.server.trust import DIRECTORY_ENTITIES, prefix_owner
from desk_app.services.hlc import Timestamp
from desk_app.services.ids import new_id
from desk_app.sync.codec import synced_table, wire_columns
from desk_app.sync.protocol import MAX_CLOCK_AHEAD_MS, SYNCED_ENTITIES
from tests.server.helpers import (
    PASSWORD,
    PROTOCOL,
    Desk,
    Server,
    hlc,
    journal_fields,
    new_ticket,
    row,
    snapshot,
    ticket_fields,
)

YEAR_MS = 366 * 24 * 3600 * 1000


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def _reasons(results: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(r["status"], r["reason"]) for r in results]


def _queue(server: Server, name: str, branch_code: str | None) -> str:
    with server.db.writing() as conn:
        return directory.create_queue(conn, name, tier=1, branch_code=branch_code)


def _customer(desk: Desk, branch_id: str | None, name: str = "Huda") -> str:
    customer_id = new_id()
    fields = {"name": name, "name_norm": name.lower(), "branch_id": branch_id}
    (result,) = desk.push(desk.op("insert", "customer", customer_id, fields))
    assert result["status"] == "applied", result
    return customer_id


# Directory rows ----------------------------------------------------------------


def test_the_directory_is_every_table_of_the_directory_models() -> None:
    assert {"branch", "app_user", "desk_group"} == DIRECTORY_ENTITIES


def test_a_push_creates_no_person_branch_or_queue(server: Server) -> None:
    """No person or branch ever; a branch's queue only with configure_queues
    (test_law.py), which a team lead lacks; a queue of every branch never."""
    with server.db.writing() as conn:
        directory.set_role(conn, "ahmed", "team_lead")
    desk = server.login("ahmed")
    ryd = server.branches["RYD"]
    before = snapshot(server.db)
    results = desk.push(
        desk.op(
            "insert", "app_user", new_id(),
            {"username": "root", "display_name": "Root", "role": "admin", "branch_id": ryd},
        ),
        desk.op("insert", "app_user", new_id(),
                {"username": "shared", "display_name": "S", "role": "admin", "branch_id": None}),
        desk.op("insert", "desk_group", new_id(), {"name": "VIP", "tier": 1, "branch_id": ryd}),
        desk.op("insert", "desk_group", new_id(), {"name": "All", "tier": 1, "branch_id": None}),
        desk.op("insert", "branch", ryd, {"code": "RYD", "name": "Riyadh"}),
    )  # fmt: skip
    expected = [("rejected", "not_allowed")] * 5
    expected[2] = ("rejected", "not_permitted:configure_queues")
    assert _reasons(results) == expected
    assert snapshot(server.db) == before
    # The name stays free for the administrator, and nobody signs in with it.
    failed = server.client.post(
        "/api/v1/auth/login",
        json={"username": "root", "password": PASSWORD, "device_name": "x", "client_id": new_id()},
        headers=PROTOCOL,
    )
    assert failed.status_code == 401
    with server.db.writing() as conn:
        directory.create_user(conn, "root", "Root", "admin", ["RYD"], "x" * 20)


def test_directory_rows_change_only_in_their_display_names(server: Server) -> None:
    with server.db.writing() as conn:
        directory.set_role(conn, "ahmed", "team_lead")  # no right over people or queues
    desk = server.login("ahmed")
    me, sara = server.users["ahmed"], server.users["sara"]
    ryd = server.branches["RYD"]
    shared_queue = _queue(server, "Service Desk", None)
    branch_queue = _queue(server, "Riyadh VIP", "RYD")
    before = snapshot(server.db)
    refused = desk.push(
        desk.op("update", "app_user", me, {"role": "admin"}, base=1),
        desk.op("update", "app_user", me, {"active": False}, base=1),
        desk.op("update", "app_user", me, {"username": "root"}, base=1),
        desk.op("update", "app_user", me, {"branch_id": server.branches["JED"]}, base=1),
        desk.op("update", "app_user", me, {"branch_id": None}, base=1),
        desk.op("update", "app_user", sara, {"display_name": "Not Sara"}, base=1),
        desk.op("delete", "app_user", me, base=1),
        desk.op("update", "branch", ryd, {"code": "RY2"}, base=1),
        desk.op("update", "branch", ryd, {"time_zone": "UTC"}, base=1),
        desk.op("update", "branch", ryd, {"weekend_days": "1"}, base=1),
        desk.op("delete", "branch", ryd, base=1),
        desk.op("update", "desk_group", shared_queue, {"name": "Mine"}, base=1),
        desk.op("update", "desk_group", shared_queue, {"branch_id": ryd}, base=1),
        desk.op("update", "desk_group", branch_queue, {"tier": 3}, base=1),
        desk.op("update", "desk_group", branch_queue, {"name": "Renamed"}, base=1),
        desk.op("update", "desk_group", branch_queue, {"branch_id": None}, base=1),
        desk.op("delete", "desk_group", branch_queue, base=1),
    )
    expected = [("rejected", "not_allowed")] * len(refused)
    expected[3] = ("rejected", "branch_not_allowed")  # out of scope before anything else
    # Allowed to those with the right (test_law.py), not to a team lead.
    expected[5] = ("rejected", "not_permitted:manage_users")
    expected[13] = expected[14] = expected[16] = ("rejected", "not_permitted:configure_queues")
    assert _reasons(refused) == expected
    assert snapshot(server.db) == before
    allowed = desk.push(
        desk.op("update", "app_user", me, {"display_name": "Ahmed A."}, base=2),
        desk.op("update", "branch", ryd, {"name": "Riyadh HQ", "name_ar": "الرياض"}, base=1),
        # An unchanged guarded value beside an allowed change is no change.
        desk.op(
            "update", "app_user", me, {"role": "team_lead", "display_name": "Ahmed B."}, base=3
        ),
    )
    assert [r["status"] for r in allowed] == ["applied"] * 3
    stored = row(server.db, "app_user", me)
    assert stored is not None
    assert (stored["display_name"], stored["role"]) == ("Ahmed B.", "team_lead")


def test_a_shared_row_stays_shared_and_a_branch_row_stays_in_a_branch(server: Server) -> None:
    desk = server.login("ahmed")
    ryd = server.branches["RYD"]
    shared, own = _customer(desk, None, "Shared"), _customer(desk, ryd, "Own")
    before = snapshot(server.db)
    results = desk.push(
        desk.op("update", "customer", shared, {"branch_id": ryd}, base=1),
        desk.op("update", "customer", own, {"branch_id": None}, base=1),
    )
    assert _reasons(results) == [("rejected", "not_allowed")] * 2
    assert snapshot(server.db) == before


# Ticket numbers ----------------------------------------------------------------


def test_a_ticket_number_belongs_to_the_branch_of_its_prefix(server: Server) -> None:
    ryd_desk, jed_desk = server.login("ahmed"), server.login("jamal")
    ryd = server.branches["RYD"]
    with server.db.writing() as conn:
        directory.create_branch(conn, "RYD2", "Riyadh 2")
    mine, _ = new_ticket(ryd_desk)
    before = snapshot(server.db)
    refused = ryd_desk.push(
        ryd_desk.op("insert", "ticket", new_id(), ticket_fields(ryd, number="JED-2026-000001")),
        # Station "2" of RYD would read as branch RYD2's numbers: they are RYD2's.
        ryd_desk.op("insert", "ticket", new_id(), ticket_fields(ryd, number="RYD2-2026-000001")),
        ryd_desk.op("insert", "ticket", new_id(), ticket_fields(ryd, number="DMM-2026-000001")),
        ryd_desk.op("update", "ticket", mine, {"number": "JED-2026-000002"}, base=1),
        ryd_desk.op("insert", "ticket", new_id(), ticket_fields(ryd, number="RYD-000001")),
        ryd_desk.op("insert", "ticket", new_id(), ticket_fields(ryd, number="RYD-2026-٠٠٠٠٠١")),
    )
    assert _reasons(refused) == [
        *[("rejected", "branch_not_allowed")] * 4,
        *[("rejected", "invalid_value")] * 2,
    ]
    assert snapshot(server.db) == before
    # The owners' own numbers are still theirs to use.
    jed = server.branches["JED"]
    owner = jed_desk.push(
        jed_desk.op("insert", "ticket", new_id(), ticket_fields(jed, number="JED-2026-000001")),
        jed_desk.op("insert", "ticket", new_id(), ticket_fields(jed, number="JED-2026-000002")),
    )
    assert [r["status"] for r in owner] == ["applied"] * 2
    stations = ryd_desk.push(
        ryd_desk.op("insert", "ticket", new_id(), ticket_fields(ryd, number="RYD1-2026-000001")),
        ryd_desk.op("insert", "ticket", new_id(), ticket_fields(ryd, number="RYDB-2026-0000001")),
    )
    assert [r["status"] for r in stations] == ["applied"] * 2


def test_a_number_prefix_is_owned_by_the_longest_code_that_begins_it() -> None:
    codes = {"RY": "a", "RYD": "b", "RYD2": "c"}
    assert [prefix_owner(p, codes) for p in ("RY", "RY7", "RYD", "RYD1", "RYD2", "RYD22", "X")] == [
        "a", "a", "b", "b", "c", "c", None,
    ]  # fmt: skip


def test_a_moved_ticket_keeps_its_number(server: Server) -> None:
    both = server.login("sara")
    ticket_id, _ = new_ticket(both, "RYD")
    number = row(server.db, "ticket", ticket_id)["number"]  # type: ignore[index]
    (moved,) = both.push(
        both.op("update", "ticket", ticket_id, {"branch_id": server.branches["JED"]}, base=1)
    )
    assert moved["status"] == "applied"
    assert row(server.db, "ticket", ticket_id)["number"] == number  # type: ignore[index]


# References --------------------------------------------------------------------


def test_every_id_column_is_a_checked_reference_or_the_row_scope() -> None:
    """A column added later that holds another row's id cannot be missed: it is
    a foreign key (found from the models) or listed in SOFT_REFERENCES."""
    for entity in SYNCED_ENTITIES:
        table = synced_table(entity)
        id_columns = {
            c.name
            for c in wire_columns(table)
            if isinstance(c.type, String) and c.type.length == 36 and c.name.endswith("_id")
        } - {"origin_client_id"}
        checked = set(references(entity)) | {SCOPE_COLUMN.get(entity, "")}
        assert id_columns <= checked, entity


def test_a_row_refers_only_to_rows_its_pusher_can_see(server: Server) -> None:
    ryd_desk, jed_desk = server.login("ahmed"), server.login("jamal")
    ryd, jed = server.branches["RYD"], server.branches["JED"]
    theirs = _customer(jed_desk, jed, "Jeddah customer")
    their_queue = _queue(server, "Jeddah VIP", "JED")
    their_ticket, _ = new_ticket(jed_desk, "JED")
    asset = new_id()
    (made,) = jed_desk.push(
        jed_desk.op("insert", "asset", asset, {"product": "Printer", "customer_id": theirs})
    )
    assert made["status"] == "applied"
    mine, _ = new_ticket(ryd_desk)
    before = snapshot(server.db)
    cases = [
        ticket_fields(ryd, customer_id=theirs),
        ticket_fields(ryd, assignee_id=server.users["jamal"]),
        ticket_fields(ryd, group_id=their_queue),
        ticket_fields(ryd, merged_into_id=their_ticket),
        ticket_fields(ryd, merged_into_id=new_id()),  # nowhere: the same answer
    ]
    results = ryd_desk.push(
        *(ryd_desk.op("insert", "ticket", new_id(), fields) for fields in cases),
        ryd_desk.op("update", "ticket", mine, {"customer_id": theirs}, base=1),
        ryd_desk.op("update", "ticket", mine, {"merged_into_id": their_ticket}, base=1),
        ryd_desk.op(
            "insert", "ticket_journal", new_id(),
            journal_fields(mine, author_id=server.users["jamal"]),
        ),
        ryd_desk.op("insert", "asset", new_id(), {"product": "Laptop", "customer_id": theirs}),
    )  # fmt: skip
    assert _reasons(results) == [("rejected", "invalid_value")] * len(results)
    assert snapshot(server.db) == before
    # What the pusher may see: its own rows, shared ones, people of its branch.
    shared_queue = _queue(server, "Service Desk", None)
    own_customer, shared_customer = _customer(ryd_desk, ryd), _customer(ryd_desk, None)
    allowed = ryd_desk.push(
        ryd_desk.op(
            "insert", "ticket", new_id(),
            ticket_fields(ryd, customer_id=own_customer, group_id=shared_queue,
                          assignee_id=server.users["sara"], asset_id=asset),
        ),
        ryd_desk.op("update", "ticket", mine, {"customer_id": shared_customer}, base=1),
    )  # fmt: skip
    assert [r["status"] for r in allowed] == ["applied"] * 2


# Clocks ------------------------------------------------------------------------


def test_a_clock_far_ahead_is_refused_and_does_not_move_the_server_clock(server: Server) -> None:
    desk, honest = server.login("ahmed"), server.login("sara")
    ticket_id, _ = new_ticket(desk)
    now = _now_ms()
    ahead = hlc(desk.client_id, ms=now + YEAR_MS)
    before = snapshot(server.db)
    response = desk.push_raw(
        [
            desk.op(
                "update", "ticket", ticket_id, {"subject": "from the future"}, base=1, at=ahead
            ),
            desk.op("insert", "ticket", new_id(), ticket_fields(server.branches["RYD"]), at=ahead),
        ]
    )
    assert response.status_code == 200
    body = response.json()
    assert _reasons(body["results"]) == [("rejected", "clock_ahead")] * 2
    assert Timestamp.decode(body["server_hlc"]).wall_ms <= _now_ms() + 1000
    assert snapshot(server.db) == before
    # An honest edit made now wins without a conflict.
    (edit,) = honest.push(honest.op("update", "ticket", ticket_id, {"subject": "now"}, base=1))
    assert (edit["status"], edit["conflicts"]) == ("applied", [])
    assert row(server.db, "ticket", ticket_id)["subject"] == "now"  # type: ignore[index]


def test_the_clock_bound_is_on_the_future_only(server: Server) -> None:
    desk = server.login("ahmed")
    ticket_id, _ = new_ticket(desk)
    now = _now_ms()
    good_before = desk.op("insert", "ticket_journal", new_id(), journal_fields(ticket_id))
    just_inside = hlc(desk.client_id, ms=now + MAX_CLOCK_AHEAD_MS - 5_000)
    beyond = hlc(desk.client_id, ms=now + MAX_CLOCK_AHEAD_MS + 60_000)
    last_month = hlc(desk.client_id, ms=now - 31 * 24 * 3600 * 1000)
    results = desk.push(
        good_before,
        desk.op("update", "ticket", ticket_id, {"status": "open"}, base=1, at=beyond),
        desk.op("insert", "ticket_journal", new_id(), journal_fields(ticket_id), at=last_month),
        desk.op("update", "ticket", ticket_id, {"priority": 1}, base=1, at=just_inside),
    )
    assert _reasons(results) == [
        ("applied", ""),
        ("rejected", "clock_ahead"),
        ("applied", ""),
        ("applied", ""),
    ]
    stored = row(server.db, "ticket", ticket_id)
    assert stored is not None
    assert (stored["status"], stored["priority"]) == ("new", 1)
    # Refused, it is not remembered: pushed again in time, it is judged anew.
    with server.db.reading() as conn:
        kept = set(conn.execute(select(applied_op.c.op_id)).scalars())
    assert results[1]["op_id"] not in kept


# Idempotency per client --------------------------------------------------------


def test_an_op_id_is_its_clients_own(server: Server) -> None:
    a, b = server.login("ahmed"), server.login("sara")
    ticket_a, _ = new_ticket(a)
    ticket_b, _ = new_ticket(b)
    shared_id = new_id()
    first = a.op("update", "ticket", ticket_a, {"subject": "A's"}, base=1)
    first["op_id"] = shared_id
    (a_result,) = a.push(first)
    with server.db.reading() as conn:
        a_stored = conn.execute(
            select(applied_op).where(applied_op.c.client_id == a.client_id)
        ).all()
    second = b.op("update", "ticket", ticket_b, {"subject": "B's"}, base=1)
    second["op_id"] = shared_id
    (b_result,) = b.push(second)
    assert b_result["status"] == "applied"
    assert row(server.db, "ticket", ticket_b)["subject"] == "B's"  # type: ignore[index]
    with server.db.reading() as conn:
        assert (
            conn.execute(select(applied_op).where(applied_op.c.client_id == a.client_id)).all()
            == a_stored
        )
    # Each replay is answered with its own client's result.
    assert a.push(first) == [a_result]
    assert b.push(second) == [b_result]
    assert row(server.db, "ticket", ticket_a)["subject"] == "A's"  # type: ignore[index]


def test_conflicts_of_two_clients_ops_with_one_id_are_both_kept(server: Server) -> None:
    a, b, c = server.login("ahmed"), server.login("sara"), server.login("ahmed")
    ticket_id, _ = new_ticket(c)
    (edit,) = c.push(c.op("update", "ticket", ticket_id, {"subject": "C's"}, base=1))
    assert edit["status"] == "applied"
    shared_id = new_id()
    for desk, subject in ((a, "A's"), (b, "B's")):
        op = desk.op("update", "ticket", ticket_id, {"subject": subject}, base=1)
        op["op_id"] = shared_id
        (result,) = desk.push(op)
        assert result["status"] == "conflict"
    with server.db.reading() as conn:
        records = conn.execute(select(conflict.c.client_id, conflict.c.op_id)).all()
    assert sorted(records) == sorted([(a.client_id, shared_id), (b.client_id, shared_id)])


def test_remembered_results_are_keyed_by_client_and_op_id(server: Server) -> None:
    key = inspect(server.db.engine).get_pk_constraint(applied_op.name)
    assert key["constrained_columns"] == ["client_id", "op_id"]
