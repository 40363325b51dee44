"""Several requests at once on PostgreSQL, as behind a load balancer: a batch
pushed twice at the same moment is applied once, and a puller running during
many pushes misses nothing."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select

from desk_app.server.rows import Change, record_changes
from desk_app.server.schema import applied_op, change_log
from desk_app.services.ids import new_id
from tests.server.helpers import Server, row, ticket_fields


def test_one_batch_pushed_twice_at_once_is_applied_once(pg_server: Server) -> None:
    server = pg_server
    desk = server.login("ahmed")
    ops: list[dict[str, Any]] = []
    tickets = [new_id() for _ in range(20)]
    for ticket_id in tickets:
        ops.append(desk.op("insert", "ticket", ticket_id, ticket_fields(server.branches["RYD"])))
        ops.append(desk.op("update", "ticket", ticket_id, {"status": "open"}, base=1))
    barrier = threading.Barrier(3)

    def push() -> list[dict[str, Any]]:
        barrier.wait()
        return desk.push(*ops)

    with ThreadPoolExecutor(3) as pool:
        answers = list(pool.map(lambda _: push(), range(3)))
    assert answers[0] == answers[1] == answers[2]
    assert {r["status"] for r in answers[0]} == {"applied"}
    with server.db.reading() as conn:
        assert conn.execute(select(func.count()).select_from(applied_op)).scalar_one() == len(ops)
    for ticket_id in tickets:
        stored = row(server.db, "ticket", ticket_id)
        assert stored is not None and stored["version"] == 2


def test_a_puller_during_concurrent_pushes_misses_nothing(pg_server: Server) -> None:
    server = pg_server
    desks = [server.login("ahmed") for _ in range(4)]
    reader = server.login("sara")
    _, cursor = reader.pull_all()
    pushed: set[str] = set()
    seen: set[str] = set()
    done = threading.Event()

    def write(desk_index: int) -> None:
        desk = desks[desk_index]
        for _ in range(15):
            ticket_id = new_id()
            desk.push(desk.op("insert", "ticket", ticket_id, ticket_fields(server.branches["RYD"])))
            pushed.add(ticket_id)

    def read() -> str:
        position = cursor
        while not done.is_set():
            page = reader.pull(position, limit=7)
            seen.update(c["entity_id"] for c in page["changes"])
            position = page["cursor"]
        return position

    with ThreadPoolExecutor(5) as pool:
        reading = pool.submit(read)
        writers = [pool.submit(write, i) for i in range(len(desks))]
        for writer in writers:
            writer.result()
        done.set()
        position = reading.result()
    rest, _ = reader.pull_all(position)
    seen.update(c["entity_id"] for c in rest)
    assert len(pushed) == 60
    assert pushed <= seen


def test_change_numbers_are_handed_out_in_commit_order(pg_server: Server) -> None:
    """A writer that took a change number holds back the next writer until it
    commits: otherwise a puller could see seq N+1, move past it, and never see
    seq N committed a moment later."""
    engine = pg_server.db.engine
    now = datetime.now(UTC)
    first, second = new_id(), new_id()
    second_committed = threading.Event()

    def later_writer() -> None:
        with engine.begin() as conn:
            record_changes(conn, [Change("organisation", second, None)], now)
        second_committed.set()

    with engine.connect() as conn:
        transaction = conn.begin()
        record_changes(conn, [Change("organisation", first, None)], now)
        thread = threading.Thread(target=later_writer)
        thread.start()
        assert not second_committed.wait(0.5), "the second writer did not wait its turn"
        transaction.commit()
    thread.join(10)
    assert second_committed.is_set()
    with engine.connect() as conn:
        seqs = dict(
            conn.execute(
                select(change_log.c.entity_id, change_log.c.seq).where(
                    change_log.c.entity_id.in_([first, second])
                )
            ).all()
        )
    assert seqs[first] < seqs[second]
