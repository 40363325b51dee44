"""Pull: paging, the cursor, scope, tombstones and resync."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import update

from desk_app.server import directory
from desk_app.server.retention import purge_tombstones
from desk_app.server.schema import applied_op, change_log
from desk_app.services.ids import new_id
from tests.server.helpers import Server, journal_fields, new_ticket, row


def _ids(changes: list[dict[str, Any]], entity: str | None = None) -> list[str]:
    return [c["entity_id"] for c in changes if entity is None or c["entity"] == entity]


def test_a_first_pull_brings_the_branch_its_people_and_rows(server: Server) -> None:
    desk = server.login("ahmed")
    ticket_id, _ = new_ticket(desk)
    changes, _cursor = desk.pull_all()
    assert _ids(changes, "branch") == [server.branches["RYD"]]
    assert set(_ids(changes, "app_user")) == {server.users["ahmed"], server.users["sara"]}
    assert _ids(changes, "ticket") == [ticket_id]
    ticket = next(c for c in changes if c["entity"] == "ticket")
    assert ticket["version"] == 1
    assert ticket["hlc"] == ticket["row"]["updated_at"]
    assert "row_no" not in ticket["row"]  # the server's own key never travels
    assert ticket["row"]["created_at"] == "2026-11-01T08:00:00.000000Z"
    seqs = [c["seq"] for c in changes]
    assert seqs == sorted(seqs)


def test_pages_follow_the_cursor_and_meet_each_row_once(server: Server) -> None:
    desk = server.login("ahmed")
    _, cursor = desk.pull_all()
    tickets = [new_ticket(desk)[0] for _ in range(7)]
    # Changed again: it moves to the end, and is still met only once.
    desk.push(desk.op("update", "ticket", tickets[0], {"status": "open"}, base=1))
    pages = []
    while True:
        page = desk.pull(cursor, limit=3)
        pages.append(page)
        cursor = page["cursor"]
        if not page["has_more"]:
            break
    assert [len(p["changes"]) for p in pages] == [3, 3, 1]
    assert [p["has_more"] for p in pages] == [True, True, False]
    pulled = [c for p in pages for c in p["changes"]]
    assert _ids(pulled) == [*tickets[1:], tickets[0]]
    assert pulled[-1]["row"]["status"] == "open"
    assert all(p["server_hlc"] for p in pages)
    # Nothing new: an empty page and the same position.
    again = desk.pull(cursor)
    assert (again["changes"], again["has_more"]) == ([], False)
    assert again["cursor"] == cursor


def test_each_desk_sees_only_its_branches_and_the_shared_rows(server: Server) -> None:
    ryd, jed, both = server.login("ahmed"), server.login("jamal"), server.login("sara")
    ryd_ticket, _ = new_ticket(ryd, "RYD")
    jed_ticket, _ = new_ticket(jed, "JED")
    note = new_id()
    jed.push(jed.op("insert", "ticket_journal", note, journal_fields(jed_ticket)))
    org = new_id()
    jed.push(jed.op("insert", "organisation", org, {"name": "Acme"}))

    ryd_sees = _ids(ryd.pull_all()[0])
    jed_sees = _ids(jed.pull_all()[0])
    assert ryd_ticket in ryd_sees and jed_ticket not in ryd_sees and note not in ryd_sees
    assert jed_ticket in jed_sees and note in jed_sees and ryd_ticket not in jed_sees
    assert org in ryd_sees and org in jed_sees
    assert server.branches["JED"] not in ryd_sees
    assert {ryd_ticket, jed_ticket, note} <= set(_ids(both.pull_all()[0]))


def test_tombstones_are_pulled(server: Server) -> None:
    desk = server.login("ahmed")
    ticket_id, _ = new_ticket(desk)
    _, cursor = desk.pull_all()
    desk.push(desk.op("delete", "ticket", ticket_id, base=1))
    (change,) = desk.pull(cursor)["changes"]
    assert change["entity_id"] == ticket_id
    assert change["row"]["deleted_at"] is not None
    assert change["version"] == 2


def _age_change_log(server: Server, days: int) -> None:
    with server.db.writing() as conn:
        conn.execute(update(change_log).values(at=datetime.now(UTC) - timedelta(days=days)))


def test_a_cursor_older_than_purged_tombstones_needs_a_resync(server: Server) -> None:
    desk = server.login("ahmed")
    _, old_cursor = desk.pull_all()
    gone, _ = new_ticket(desk)
    kept, _ = new_ticket(desk)
    desk.push(desk.op("insert", "ticket_journal", new_id(), journal_fields(gone)))
    desk.push(desk.op("delete", "ticket", gone, base=1))
    _, recent_cursor = desk.pull_all(old_cursor)
    _age_change_log(server, 100)
    with server.db.writing() as conn:
        summary = purge_tombstones(conn, 90, datetime.now(UTC))
    assert summary.rows == {"ticket": 1, "ticket_journal": 1}
    assert row(server.db, "ticket", gone) is None
    assert row(server.db, "ticket", kept) is not None

    stale = desk.pull(old_cursor)
    assert stale["resync_required"] is True
    assert (stale["changes"], stale["cursor"], stale["has_more"]) == ([], "", True)
    # A desk that had already seen the tombstone carries on.
    fresh = desk.pull(recent_cursor)
    assert fresh["resync_required"] is False
    # Starting over brings everything that is left.
    assert kept in _ids(desk.pull_all("")[0])


def test_recent_tombstones_and_referenced_rows_are_not_purged(server: Server) -> None:
    desk = server.login("ahmed")
    recent, _ = new_ticket(desk)
    desk.push(desk.op("delete", "ticket", recent, base=1))
    customer = new_id()
    desk.push(
        desk.op("insert", "customer", customer, {"name": "Huda", "name_norm": "huda"}),
    )
    new_ticket(desk, customer_id=customer)
    desk.push(desk.op("delete", "customer", customer, base=1))
    with server.db.writing() as conn:
        conn.execute(
            update(change_log)
            .where(change_log.c.entity == "customer")
            .values(at=datetime.now(UTC) - timedelta(days=100))
        )
        summary = purge_tombstones(conn, 90, datetime.now(UTC))
    assert summary.total == 0  # the ticket is recent; the customer is still referred to
    assert row(server.db, "customer", customer) is not None


def test_a_change_of_branches_needs_a_resync(server: Server) -> None:
    desk = server.login("sara")
    _, cursor = desk.pull_all()
    with server.db.writing() as conn:
        directory.revoke_branch(conn, "sara", "JED")
    page = desk.pull(cursor)
    assert page["resync_required"] is True
    changes, _ = desk.pull_all()
    assert server.branches["JED"] not in _ids(changes)


def test_a_cursor_from_another_database_needs_a_resync(server: Server) -> None:
    desk = server.login("ahmed")
    _, cursor = desk.pull_all()
    body = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    body["d"] = new_id()
    foreign = base64.urlsafe_b64encode(json.dumps(body).encode()).decode().rstrip("=")
    assert desk.pull(foreign)["resync_required"] is True


def test_a_cursor_not_made_by_the_server_is_a_client_error(server: Server) -> None:
    desk = server.login("ahmed")
    huge = {"v": 1, "s": 2**70, "e": 0, "d": "x", "b": "y"}
    for bad in (
        "not base64!",
        "e30",
        base64.urlsafe_b64encode(b'{"v":1,"s":"x"}').decode(),
        base64.urlsafe_b64encode(json.dumps(huge).encode()).decode(),
        "٣٣",
    ):
        response = desk.pull_raw(bad)
        assert response.status_code == 400, bad
        assert response.json()["code"] == "invalid_cursor"


def test_the_page_size_is_bounded(server: Server) -> None:
    desk = server.login("ahmed")
    for limit in (0, 5001, -1):
        response = desk.pull_raw(limit=limit)
        assert response.status_code == 422
        assert response.json()["code"] == "invalid_request"
    assert desk.pull_raw(limit=5000).status_code == 200


def test_old_op_results_are_forgotten_with_the_tombstones(server: Server) -> None:
    desk = server.login("ahmed")
    new_ticket(desk)
    with server.db.writing() as conn:
        conn.execute(update(applied_op).values(applied_at=datetime.now(UTC) - timedelta(days=100)))
        summary = purge_tombstones(conn, 90, datetime.now(UTC))
    assert summary.applied_ops == 1


def _with_page_bytes(server: Server, max_bytes: int) -> None:
    app = server.client.app
    app.state.settings = server.settings.model_copy(update={"max_page_bytes": max_bytes})  # type: ignore[attr-defined]


def test_pages_are_bounded_by_bytes_as_well_as_rows(server: Server) -> None:
    desk = server.login("ahmed")
    _, cursor = desk.pull_all()
    budget = 16 * 1024
    _with_page_bytes(server, budget)
    small = [new_ticket(desk)[0] for _ in range(3)]
    large = [new_ticket(desk, description="ع" * 3000)[0] for _ in range(4)]  # ~6 KB each
    huge = new_ticket(desk, description="x" * 40_000)[0]  # past the budget on its own
    pages = []
    while True:
        response = desk.pull_raw(cursor, limit=1000)
        assert response.status_code == 200
        page = response.json()
        pages.append((page, len(response.content)))
        cursor = page["cursor"]
        if not page["has_more"]:
            break
    pulled = [c["entity_id"] for page, _ in pages for c in page["changes"]]
    assert pulled == [*small, *large, huge]  # each row once, in order
    for page, size in pages:
        assert page["changes"], "every page makes progress"
        if len(page["changes"]) > 1:
            assert size <= budget + 2048  # the estimate is close to what is sent
    # Three rows of ~6 KB cannot share one 16 KiB page; the row limit alone
    # (1000) would have sent everything at once.
    assert max(len(page["changes"]) for page, _ in pages[:-1]) <= 4
    assert len(pages) >= 4
    assert [c["entity_id"] for c in pages[-1][0]["changes"]] == [huge]
    assert pages[-1][1] > budget  # a row larger than the budget still comes, alone


def test_the_default_page_byte_bound_is_four_mib(server: Server) -> None:
    assert server.settings.max_page_bytes == 4 * 1024 * 1024
