"""The conflict feed pages by commit order: a push that began first but
committed last is still delivered to a reader that already read past the
other; old cursors start the desk over; pages are bounded by bytes."""

from __future__ import annotations

import base64
import json
import threading
import time
from typing import Any

from sqlalchemy import func, select, text

from desk_app.server import accounts, push
from desk_app.server.schema import conflict
from desk_app.server.state import read_state
from desk_app.sync.protocol import PushRequest, PushResponse
from tests.server.helpers import Desk, Server, hlc, new_ticket

URL = "/api/v1/sync/conflicts"


def _feed(desk: Desk, cursor: str = "", limit: int | None = None) -> dict[str, Any]:
    params: dict[str, Any] = {"cursor": cursor}
    if limit is not None:
        params["limit"] = limit
    response = desk.server.client.get(URL, params=params, headers=desk.headers)
    assert response.status_code == 200, response.text
    return dict(response.json())


def _read_all(desk: Desk, cursor: str = "") -> tuple[list[str], str]:
    ids: list[str] = []
    while True:
        page = _feed(desk, cursor)
        ids += [n["id"] for n in page["conflicts"]]
        cursor = page["cursor"]
        if not page["has_more"]:
            return ids, cursor


def _soon(offset_ms: int = 0) -> int:
    return time.time_ns() // 1_000_000 + 60_000 + offset_ms


def _colliding_op(
    server: Server, winner: Desk, loser: Desk, value: str, field: str = "subject"
) -> dict[str, Any]:
    """A ticket ``winner`` changed, and ``loser``'s op on the same field made on
    the version before, with a later clock: pushed, it is a conflict."""
    ticket_id, _ = new_ticket(winner)
    soon = _soon()
    (first,) = winner.push(
        winner.op("update", "ticket", ticket_id, {field: "kept"}, base=1,
                  at=hlc(winner.client_id, ms=soon))
    )  # fmt: skip
    assert first["status"] == "applied"
    return loser.op(
        "update", "ticket", ticket_id, {field: value}, base=1,
        at=hlc(loser.client_id, ms=soon + 500),
    )  # fmt: skip


def _push_directly(server: Server, desk: Desk, op: dict[str, Any]) -> PushResponse:
    """A push on its own thread and database connection, as a worker runs it."""
    config = server.client.app.state.auth  # type: ignore[attr-defined]
    caller = accounts.authenticate(server.db, config, desk.headers["Authorization"])
    request = PushRequest.model_validate({"client_id": desk.client_id, "ops": [op]})
    return push.push(server.db, caller, request)


def test_a_push_that_began_first_but_committed_last_is_not_skipped(pg_server: Server) -> None:
    server = pg_server
    reader, writer = server.login("ahmed"), server.login("sara")
    slow_op = _colliding_op(server, reader, writer, "slow")
    quick_op = _colliding_op(server, reader, writer, "quick")
    _, cursor = _read_all(reader)

    # Hold the slow push's ticket, so it starts (and stamps its time) but
    # waits before writing; the quick push starts later and commits first.
    blocker = server.db.engine.connect()
    blocker.begin()
    blocker.execute(
        text("SELECT id FROM ticket WHERE id = :id FOR UPDATE"), {"id": slow_op["entity_id"]}
    )
    results: list[PushResponse] = []
    slow = threading.Thread(target=lambda: results.append(_push_directly(server, writer, slow_op)))
    slow.start()
    try:
        _wait_for_a_lock_wait(server)
        (quick,) = _push_directly(server, writer, quick_op).results
        assert quick.status == "conflict"
        seen, cursor = _read_all(reader, cursor)
        assert len(seen) == 1  # the quick one; the slow one has not committed
    finally:
        blocker.rollback()
        blocker.close()
        slow.join(30)
    (slow_result,) = results[0].results
    assert slow_result.status == "conflict"

    with server.db.reading() as conn:
        rows = conn.execute(
            select(conflict.c.id, conflict.c.created_at, conflict.c.seq).order_by(conflict.c.seq)
        ).all()
    quick_row, slow_row = rows
    assert quick_row.id == seen[0]
    # Stamped earlier, committed later: a feed paged by time would skip it.
    assert slow_row.created_at < quick_row.created_at
    assert slow_row.seq > quick_row.seq
    later, _ = _read_all(reader, cursor)
    assert later == [slow_row.id]


def _wait_for_a_lock_wait(server: Server) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with server.db.reading() as conn:
            waiting = conn.execute(
                select(func.count()).select_from(text("pg_locks")).where(text("NOT granted"))
            ).scalar_one()
        if waiting:
            return
        time.sleep(0.02)
    raise AssertionError("the slow push never waited for the ticket")


def test_records_are_numbered_in_the_order_they_commit(server: Server) -> None:
    reader, writer = server.login("ahmed"), server.login("sara")
    ops = [_colliding_op(server, reader, writer, f"value {i}") for i in range(3)]
    for op in ops:
        writer.push(op)
    with server.db.reading() as conn:
        seqs = conn.execute(select(conflict.c.seq).order_by(conflict.c.created_at)).scalars()
        numbers = list(seqs)
    assert None not in numbers and numbers == sorted(numbers) and len(set(numbers)) == 3
    ids, _ = _read_all(reader)
    assert len(ids) == 3


def test_a_cursor_of_the_earlier_kind_or_another_database_starts_over(server: Server) -> None:
    reader, writer = server.login("ahmed"), server.login("sara")
    writer.push(_colliding_op(server, reader, writer, "theirs"))
    everything, cursor = _read_all(reader)
    assert len(everything) == 1
    assert _read_all(reader, cursor)[0] == []
    # A desk that last read the feed when it was paged by time.
    legacy = f"2099-01-01T00:00:00+00:00|{everything[0]}"
    assert _read_all(reader, legacy)[0] == everything
    # A cursor another (restored, replaced) database issued.
    body = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    with server.db.reading() as conn:
        assert body["d"] == read_state(conn).database_id
    foreign = {**body, "d": "another database"}
    raw = base64.urlsafe_b64encode(json.dumps(foreign).encode()).decode().rstrip("=")
    assert _read_all(reader, raw)[0] == everything


def test_feed_pages_are_bounded_by_bytes(server: Server) -> None:
    reader, writer = server.login("ahmed"), server.login("sara")
    app = server.client.app
    app.state.settings = server.settings.model_copy(update={"max_page_bytes": 16 * 1024})  # type: ignore[attr-defined]
    for i in range(4):
        op = _colliding_op(server, reader, writer, f"{i} " + "ع" * 3000, "description")
        (result,) = writer.push(op)
        assert result["status"] == "conflict"
    pages = []
    cursor = ""
    while True:
        page = _feed(reader, cursor)
        pages.append(len(page["conflicts"]))
        cursor = page["cursor"]
        if not page["has_more"]:
            break
    assert sum(pages) == 4
    assert max(pages) <= 2 and all(pages[:-1])
