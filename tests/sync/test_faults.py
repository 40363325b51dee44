"""Faults between desks and the real server on PostgreSQL: replies lost after
the server committed, replays in another order, a desk killed before it
pushed, skewed and backward clocks, a cursor older than the tombstones, a
branch taken away while offline, a delete meeting an edit, and a description
edited on two desks. In every case each op is applied once and nothing is lost."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from desk_app.models import ResyncSeen
from desk_app.server import directory
from desk_app.server.retention import purge_tombstones
from desk_app.server.schema import applied_op, conflict
from desk_app.services.hlc import HybridLogicalClock
from desk_app.services.ids import new_id
from desk_app.services.setup import BranchProfile, ensure_local_setup
from desk_app.storage.db import open_database
from desk_app.sync.account import restore_session
from desk_app.sync.client import SyncClient
from desk_app.sync.codec import synced_table
from desk_app.sync.compression import DICTIONARY_CODING, decompress
from desk_app.sync.conflicts import list_conflicts, list_outbox, retry_rejected
from desk_app.sync.credentials import CredentialStore
from desk_app.sync.engine import SyncEngine
from desk_app.sync.protocol import MAX_CLOCK_AHEAD_MS, Op, OpKind, PushRequest
from desk_app.sync.status import SyncState
from tests.sync.harness import SERVER_URL, FailingPulls, Server, running_server
from tests.sync.helpers import Desk

MakeDesk = Callable[..., Desk]
DAY_MS = 24 * 3600 * 1000


@pytest.fixture
def pg(tmp_path: Path) -> Iterator[Server]:
    """The real server over a throwaway PostgreSQL database."""
    with running_server(tmp_path, "postgresql") as running:
        running.add_user("agent1", ["HQ"])
        running.add_user("agent2", ["HQ"])
        running.add_user("agent3", ["HQ"])
        yield running


class LosingReplies(httpx.BaseTransport):
    """Forwards every request to the server, then loses the reply of the next
    ``lose`` pushes (the server has committed; the desk sees a reset)."""

    def __init__(self, inner: httpx.BaseTransport, lose: int = 1) -> None:
        self.inner = inner
        self.lose = lose
        self.push_bodies: list[bytes] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.url.path.endswith("/sync/push"):
            self.push_bodies.append(request.content)
            if self.lose > 0:
                self.lose -= 1
                response.read()
                response.close()
                raise httpx.ReadError("connection reset by peer", request=request)
        return response


def engine_through(
    server: Server, desk: Desk, username: str, transport: httpx.BaseTransport
) -> SyncEngine:
    """A desk signed in as ``username`` whose requests go through ``transport``."""
    http = httpx.Client(transport=transport, base_url=SERVER_URL)
    engine = server.engine_for(desk, username)
    engine.client = SyncClient(SERVER_URL, http)
    assert restore_session(engine.client, CredentialStore(), username=username)
    return engine


def synced(engine: SyncEngine) -> None:
    status = engine.sync_once()
    assert status.state is SyncState.SYNCED, status
    assert (status.pending, status.rejected) == (0, 0), outbox_of(engine.db)


def outbox_of(db: Any) -> list[Any]:
    with db.reading() as session:
        return list(list_outbox(session))


def server_count(server: Server, table: Any, *where: Any) -> int:
    with server.app.state.db.reading() as conn:
        return int(conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one())


def server_row(server: Server, entity: str, entity_id: str) -> dict[str, Any]:
    table = synced_table(entity)
    with server.app.state.db.reading() as conn:
        return dict(conn.execute(select(table).where(table.c.id == entity_id)).one()._mapping)


def notes_on_server(server: Server, ticket_id: str) -> list[str]:
    journal = synced_table("ticket_journal")
    with server.app.state.db.reading() as conn:
        return list(
            conn.execute(
                select(journal.c.body).where(
                    journal.c.ticket_id == ticket_id, journal.c.kind == "note"
                )
            ).scalars()
        )


def reopen(desk: Desk, path: Path, station: str, username: str) -> Desk:
    """The app started again on the same file (the old process is gone)."""
    desk.db.close()
    db = open_database(path)
    with db.writing() as session:
        ctx = ensure_local_setup(session, BranchProfile(code="HQ", station=station), username, "X")
    return Desk(db, ctx)


def restarted_engine(desk: Desk, server: Server, username: str) -> SyncEngine:
    client = SyncClient(SERVER_URL, server.http)
    assert restore_session(client, CredentialStore(), username=username)
    return SyncEngine(desk.db, desk.ctx, client)


def delete_on_server(engine: SyncEngine, entity_id: str) -> None:
    """Another desk deletes a ticket (the protocol's delete op, as a desk sends it)."""
    op = Op(
        op_id=new_id(),
        client_seq=10**9,
        entity="ticket",
        entity_id=entity_id,
        kind=OpKind.DELETE,
        base_version=0,
        hlc=engine.ctx.clock.now().encode(),
        fields={},
    )
    (result,) = engine.client.push(PushRequest(client_id=engine.ctx.client_id, ops=[op])).results
    assert result.status.value in ("applied", "merged", "conflict"), result


# -- lost replies, replays ------------------------------------------------------


def test_a_push_whose_reply_was_lost_is_applied_once(pg: Server, make_desk: MakeDesk) -> None:
    a = make_desk("a", station="1", username="agent1")
    transport = LosingReplies(pg.http._transport, lose=0)
    engine = engine_through(pg, a, "agent1", transport)
    synced(engine)
    created = a.create("Printer does not print", priority=3)
    a.change(created.id, priority=1, status="open")
    a.note(created.id, "asked for the model number")
    ops = len(a.outbox())
    assert ops >= 4

    transport.lose = 2  # the reply is lost, and again on the first retry
    lost = engine.sync_once()
    assert lost.state is SyncState.OFFLINE and lost.problem == "unreachable"
    assert lost.pending == ops  # the desk does not know the server has them
    assert engine.sync_once().state is SyncState.OFFLINE
    synced(engine)
    assert a.outbox() == []
    assert server_count(pg, applied_op) == ops
    row = server_row(pg, "ticket", created.id)
    assert (row["priority"], row["status"], row["version"]) == (1, "open", 2)
    assert notes_on_server(pg, created.id) == ["asked for the model number"]
    with pg.app.state.db.reading() as conn:
        assert conn.execute(select(func.count()).select_from(conflict)).scalar_one() == 0

    # The same request once more, and its ops in reverse order: stored answers,
    # nothing changes.
    body = decompress(DICTIONARY_CODING, transport.push_bodies[0], 1 << 20)
    request = PushRequest.model_validate_json(body)
    first = engine.client.push(request).results
    reordered = PushRequest(client_id=request.client_id, ops=list(reversed(request.ops)))
    second = engine.client.push(reordered).results
    assert [r.op_id for r in second] == [op.op_id for op in reordered.ops]
    assert {r.op_id: r for r in first} == {r.op_id: r for r in second}
    assert server_row(pg, "ticket", created.id) == row
    assert server_count(pg, applied_op) == ops
    assert notes_on_server(pg, created.id) == ["asked for the model number"]
    synced(engine)
    assert len({j[0] for j in a.journal()}) == len(a.journal())


def test_a_desk_killed_after_the_server_committed_pushes_once_after_restart(
    pg: Server, make_desk: MakeDesk, tmp_path: Path
) -> None:
    a = make_desk("a", station="1", username="agent1")
    transport = LosingReplies(pg.http._transport, lose=0)
    engine = engine_through(pg, a, "agent1", transport)
    synced(engine)
    created = a.create("Scanner jams")
    a.note(created.id, "sent a technician")
    ops = len(a.outbox())
    transport.lose = 1
    assert engine.sync_once().state is SyncState.OFFLINE
    del engine  # the process dies with the reply lost

    a = reopen(a, tmp_path / "a.sqlite3", "1", "agent1")
    assert len(a.outbox()) == ops
    synced(restarted_engine(a, pg, "agent1"))
    assert a.outbox() == []
    assert server_count(pg, applied_op) == ops
    assert notes_on_server(pg, created.id) == ["sent a technician"]
    a.db.close()


def test_a_desk_killed_between_writing_and_pushing_pushes_after_restart(
    pg: Server, make_desk: MakeDesk, tmp_path: Path
) -> None:
    a = make_desk("a", station="1", username="agent1")
    b = make_desk("b", station="2", username="agent2")
    engine_a, engine_b = pg.engine_for(a, "agent1"), pg.engine_for(b, "agent2")
    synced(engine_a)
    created = a.create("Router down", priority=2)
    a.change(created.id, status="open")
    written = a.tickets()
    del engine_a  # killed before any push

    a = reopen(a, tmp_path / "a.sqlite3", "1", "agent1")
    assert a.tickets() == written and a.outbox()
    synced(restarted_engine(a, pg, "agent1"))
    synced(engine_b)
    assert a.outbox() == []
    assert b.tickets() == a.tickets()
    assert b.ticket(created.id).status == "open"
    a.db.close()


# -- clocks -----------------------------------------------------------------------


def skew(desk: Desk, offset_ms: int) -> list[int]:
    """Give the desk a wall clock ``offset_ms`` off; returns a cell whose value
    is added on top (set it to move the clock afterwards, even backwards)."""
    extra = [0]

    def wall() -> int:
        return time.time_ns() // 1_000_000 + offset_ms + extra[0]

    desk.ctx.clock = HybridLogicalClock(desk.ctx.client_id, desk.ctx.clock.last, wall=wall)
    desk.ctx.now = lambda: datetime.now(UTC) + timedelta(milliseconds=offset_ms + extra[0])
    return extra


def test_clocks_a_day_apart_still_converge_and_block_nothing(
    pg: Server, make_desk: MakeDesk
) -> None:
    ahead = make_desk("a", station="1", username="agent1")
    behind = make_desk("b", station="2", username="agent2")
    # Ahead only as far as the server accepts (MAX_CLOCK_AHEAD_MS; a clock
    # further ahead is refused, tests/sync/test_clock_ahead.py), behind a day.
    skew(ahead, MAX_CLOCK_AHEAD_MS - 60_000)
    skew(behind, -DAY_MS)
    engine_a, engine_b = pg.engine_for(ahead, "agent1"), pg.engine_for(behind, "agent2")
    created = behind.create("Printer", priority=3)
    synced(engine_b)
    synced(engine_a)

    # Concurrent edits: the desk a day ahead has the later HLC and wins, but the
    # other value is kept for review and nothing is blocked.
    behind.change(created.id, priority=1)
    ahead.change(created.id, priority=2, subject="Printer on floor 2")
    synced(engine_b)
    synced(engine_a)
    synced(engine_b)
    assert ahead.tickets() == behind.tickets()
    assert behind.ticket(created.id).priority == 2
    with ahead.db.reading() as session:
        [entry] = list_conflicts(session)
    assert (entry.field, entry.mine, entry.theirs, entry.kept) == ("priority", "2", "1", "mine")
    assert server_count(pg, conflict, conflict.c.entity_id == created.id) == 1

    # Having seen the other desk's write, the desk a day behind writes after it:
    # its clock moved past, so its edit wins although its wall clock is a day late.
    behind.change(created.id, priority=4)
    synced(engine_b)
    synced(engine_a)
    assert ahead.ticket(created.id).priority == behind.ticket(created.id).priority == 4
    assert server_row(pg, "ticket", created.id)["priority"] == 4


def test_a_wall_clock_going_backwards_keeps_the_order_of_edits(
    pg: Server, make_desk: MakeDesk
) -> None:
    a = make_desk("a", station="1", username="agent1")
    b = make_desk("b", station="2", username="agent2")
    extra = skew(a, 0)
    engine_a, engine_b = pg.engine_for(a, "agent1"), pg.engine_for(b, "agent2")
    created = a.create("Printer", priority=3)
    synced(engine_a)
    synced(engine_b)
    a.change(created.id, subject="first")
    extra[0] = -3_600_000  # an hour back (NTP correction, a dead CMOS battery)
    a.change(created.id, subject="second")
    extra[0] = -7_200_000
    a.note(created.id, "written after the clock went back")
    hlcs = [op.hlc for op in a.outbox()]
    # One stamp per write (its journal entry shares it), later write by write.
    assert hlcs == sorted(hlcs) and len(set(hlcs)) == 3
    synced(engine_a)
    synced(engine_b)
    assert b.ticket(created.id).subject == a.ticket(created.id).subject == "second"
    assert a.tickets() == b.tickets() and a.journal() == b.journal()
    # Another desk's later edit still wins over the fast-forwarded clock's.
    b.change(created.id, subject="third")
    synced(engine_b)
    synced(engine_a)
    assert a.ticket(created.id).subject == "third"


# -- stale cursor, revoked branch ---------------------------------------------------


def stale_cursor_resync(pg: Server, make_desk: MakeDesk) -> tuple[Desk, Desk, str]:
    """b's cursor predates a purge of tombstones; b wrote offline meanwhile and
    syncs. Returns both desks (synced) and the purged ticket's id."""
    a = make_desk("a", station="1", username="agent1")
    b = make_desk("b", station="2", username="agent2")
    engine_a, engine_b = pg.engine_for(a, "agent1"), pg.engine_for(b, "agent2")
    doomed = a.create("Duplicate of another ticket")
    kept = a.create("Real problem")
    synced(engine_a)
    synced(engine_b)
    delete_on_server(engine_a, doomed.id)
    a.create("Written on a after the delete")
    synced(engine_a)
    far_future = datetime.now(UTC) + timedelta(days=365)
    summary = pg.admin(purge_tombstones, 90, far_future)
    assert summary.rows.get("ticket") == 1  # type: ignore[attr-defined]

    offline = b.create("Written on b while it was away")
    b.note(kept.id, "b's note")
    pending = len(b.outbox())
    assert pending > 0
    synced(engine_b)
    assert engine_b.last_report.resynced
    assert engine_b.last_report.pushed == pending
    synced(engine_a)
    assert offline.id in a.tickets()
    assert "b's note" in notes_on_server(pg, kept.id)
    assert doomed.id not in live(a)
    return a, b, doomed.id


def live(desk: Desk) -> dict[str, tuple[Any, ...]]:
    return {k: v for k, v in desk.tickets().items() if v[-1] is None}


def test_a_cursor_older_than_the_tombstones_resyncs_and_keeps_the_outbox(
    pg: Server, make_desk: MakeDesk
) -> None:
    a, b, doomed = stale_cursor_resync(pg, make_desk)
    assert {k: v for k, v in live(b).items() if k != doomed} == live(a)


def test_a_resync_removes_rows_the_server_no_longer_has(pg: Server, make_desk: MakeDesk) -> None:
    _, b, doomed = stale_cursor_resync(pg, make_desk)
    assert doomed not in live(b)


def purged_while_away(pg: Server, make_desk: MakeDesk) -> tuple[Desk, str, str]:
    """b synced a ticket that a then deleted and the server purged. Returns b,
    the purged ticket's id and a ticket that stays."""
    a = make_desk("a", station="1", username="agent1")
    b = make_desk("b", station="2", username="agent2")
    engine_a, engine_b = pg.engine_for(a, "agent1"), pg.engine_for(b, "agent2")
    doomed = a.create("Entered twice by mistake")
    kept = a.create("Scanner jams")
    for n in range(6):
        a.create(f"Other ticket {n}")
    synced(engine_a)
    synced(engine_b)
    delete_on_server(engine_a, doomed.id)
    synced(engine_a)
    pg.admin(purge_tombstones, 90, datetime.now(UTC) + timedelta(days=365))
    return b, doomed.id, kept.id


def test_a_resync_cut_off_midway_still_removes_purged_rows_when_it_resumes(
    pg: Server, make_desk: MakeDesk
) -> None:
    b, doomed, kept = purged_while_away(pg, make_desk)
    cut = engine_through(pg, b, "agent2", FailingPulls(pg.http._transport, allow=2))
    cut.pull_limit = 3
    assert cut.sync_once().state is not SyncState.SYNCED
    assert doomed in live(b)  # nothing swept from a partial download

    # The app is restarted and the link is back: the resync goes on from its
    # last committed page and still knows what the earlier pages brought.
    resumed = restarted_engine(b, pg, "agent2")
    resumed.pull_limit = 3
    synced(resumed)
    assert doomed not in live(b)
    assert kept in live(b) and len(live(b)) == 7
    with b.db.reading() as session:
        assert session.execute(select(func.count()).select_from(ResyncSeen)).scalar() == 0


def test_a_purged_ticket_edited_offline_stays_with_its_refused_edit(
    pg: Server, make_desk: MakeDesk
) -> None:
    b, doomed, _ = purged_while_away(pg, make_desk)
    b.change(doomed, priority=1)
    status = pg.engine_for(b, "agent2").sync_once()
    assert status.state is SyncState.SYNCED, status
    # The edit could not be applied; the ticket and the edit stay for the
    # person to see (and discard) rather than vanish under them.
    assert doomed in live(b)
    refused = outbox_of(b.db)
    assert refused and {e.state for e in refused} == {"rejected"}
    assert {e.entity_id for e in refused if e.entity == "ticket"} == {doomed}


def test_pending_ops_of_a_branch_revoked_while_offline_come_back_rejected(
    pg: Server, make_desk: MakeDesk
) -> None:
    a = make_desk("a", station="1", username="agent1")
    engine = pg.engine_for(a, "agent1")
    earlier = a.create("Synced before the revoke")
    synced(engine)
    created = a.create("Written offline")
    a.note(earlier.id, "note written offline")
    a.change(earlier.id, priority=1)
    pending = {op.client_seq for op in a.outbox()}
    before = a.tickets()

    pg.admin(directory.revoke_branch, "agent1", "HQ")
    status = engine.sync_once()
    assert status.state is SyncState.SYNCED, status
    entries = outbox_of(a.db)
    assert {e.client_seq for e in entries} == pending  # none dropped
    assert {e.state for e in entries} == {"rejected"}
    assert {e.error for e in entries} == {"branch_not_allowed"}
    assert status.rejected == len(pending) and status.pending == 0
    assert a.tickets().keys() == before.keys()  # nothing local was lost
    assert a.ticket(created.id).subject == "Written offline"
    assert a.ticket(earlier.id).priority == 1
    assert server_row(pg, "ticket", earlier.id)["priority"] != 1

    # Access back, the person retries: everything goes through, once.
    pg.admin(directory.grant_branch, "agent1", "HQ")
    with a.db.writing() as session:
        assert retry_rejected(session) == len(pending)
    synced(engine)
    assert server_row(pg, "ticket", earlier.id)["priority"] == 1
    assert notes_on_server(pg, earlier.id) == ["note written offline"]
    assert server_row(pg, "ticket", created.id)["subject"] == "Written offline"


# -- concurrent edits ---------------------------------------------------------------


def test_an_edit_of_a_ticket_deleted_meanwhile_is_rejected_and_kept(
    pg: Server, make_desk: MakeDesk
) -> None:
    a = make_desk("a", station="1", username="agent1")
    b = make_desk("b", station="2", username="agent2")
    engine_a, engine_b = pg.engine_for(a, "agent1"), pg.engine_for(b, "agent2")
    created = a.create("Printer", priority=3)
    other = a.create("Untouched")
    synced(engine_a)
    synced(engine_b)
    b.change(created.id, priority=1)  # b, offline, edits ...
    b.change(other.id, priority=2)
    delete_on_server(engine_a, created.id)  # ... what a deletes meanwhile
    synced(engine_a)

    status = engine_b.sync_once()
    assert status.state is SyncState.SYNCED
    [entry] = outbox_of(b.db)
    assert (entry.entity_id, entry.state, entry.error) == (created.id, "rejected", "deleted")
    assert b.ticket(created.id).deleted_at is not None  # the tombstone won here too
    assert b.ticket(other.id).priority == 2
    assert server_row(pg, "ticket", created.id)["deleted_at"] is not None
    assert server_row(pg, "ticket", other.id)["priority"] == 2
    assert server_count(pg, conflict, conflict.c.entity_id == created.id) >= 1
    synced(engine_a)
    assert a.tickets() == b.tickets()


def test_a_description_edited_on_two_desks_keeps_both_versions(
    pg: Server, make_desk: MakeDesk
) -> None:
    a = make_desk("a", station="1", username="agent1")
    b = make_desk("b", station="2", username="agent2")
    engine_a, engine_b = pg.engine_for(a, "agent1"), pg.engine_for(b, "agent2")
    created = a.create("Printer", description="It does not print.")
    synced(engine_a)
    synced(engine_b)
    mine_a = "It does not print.\nThe tray is empty; the customer refilled it.\n" * 20
    mine_b = "لا تطبع. تم تغيير الحبر ولم تُحل المشكلة.\n" * 20
    a.change(created.id, description=mine_a)
    b.change(created.id, description=mine_b)  # later HLC: kept in the row
    synced(engine_a)
    status = engine_b.sync_once()
    assert status.state is SyncState.SYNCED and status.conflicts == 1
    synced(engine_a)
    assert a.ticket(created.id).description == b.ticket(created.id).description == mine_b
    assert server_row(pg, "ticket", created.id)["description"] == mine_b
    with b.db.reading() as session:
        [entry] = list_conflicts(session)
    assert entry.field == "description"
    assert {entry.mine, entry.theirs} == {mine_a, mine_b}
    with pg.app.state.db.reading() as conn:
        [(kept, lost)] = conn.execute(
            select(conflict.c.kept_value, conflict.c.lost_value).where(
                conflict.c.entity_id == created.id
            )
        ).all()
    assert (kept, lost) == (mine_b, mine_a)
