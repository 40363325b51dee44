"""Random interleavings of several offline edits per desk on the same fields
of one ticket, notes, pushes, pulls, syncs and crashes on two desks and the
real server on PostgreSQL. Whatever the order, after a final sync:

- no op is lost and none is applied twice;
- every replica holds the same ticket (every field) and the same journal;
- every field holds its latest write by HLC (no conflict is resolved here);
- every pair of edits of one field made on different desks without either
  seeing the other, with different values, is a conflict record on both
  desks (a desk's later edit of a value it wrote itself is its own business);
  no record pairs a desk with itself;
- the derived fields hold on every replica: closed_at is set exactly when the
  status is resolved or closed, and the tier is the queue's.

A model beside the desks tracks what each desk had seen of each field when it
made each edit: a pull shows a desk every edit the server had received of the
fields it has no pending edit of (docs/sync-protocol.md)."""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desk_app.models import OutboxOp, SyncConflict, Ticket, TicketJournal
from desk_app.server import directory
from desk_app.server.schema import applied_op
from desk_app.services import derived
from desk_app.services.hlc import HybridLogicalClock, Timestamp
from desk_app.services.setup import BranchProfile, ensure_local_setup
from desk_app.services.tickets import queue_tier
from desk_app.storage.db import open_database
from desk_app.sync.account import restore_session
from desk_app.sync.client import SyncClient
from desk_app.sync.codec import synced_table
from desk_app.sync.conflicts import list_outbox
from desk_app.sync.credentials import CredentialStore
from desk_app.sync.engine import SyncEngine
from desk_app.sync.status import SyncState
from tests.sync.harness import SERVER_URL, Server, running_server
from tests.sync.helpers import Desk

MakeDesk = Callable[..., Desk]
FIELDS = ("subject", "priority", "status", "description", "group_id")
COMPARED = (*FIELDS, "closed_at", "tier", "deleted_at")
USERS = {"a": "agent1", "b": "agent2"}
QUEUES = {"one": 1, "two": 2}  # queue label → tier, made on the server


@dataclass
class Queues:
    ids: dict[str, str]


@pytest.fixture
def pg(tmp_path: Path) -> Iterator[tuple[Server, Queues]]:
    with running_server(tmp_path, "postgresql") as running:
        running.add_user("agent1", ["HQ"])
        running.add_user("agent2", ["HQ"])
        ids = {
            label: str(running.admin(directory.create_queue, f"Line {label}", name_ar="", tier=t))
            for label, t in QUEUES.items()
        }
        yield running, Queues(ids)


values = {
    "subject": st.sampled_from(["Printer", "الطابعة لا تطبع", "Printer on floor 2", "Scanner"]),
    "priority": st.integers(min_value=1, max_value=4),
    "status": st.sampled_from(["new", "open", "waiting_customer", "resolved", "closed"]),
    "description": st.sampled_from(["", "It does not print.", "وصف طويل\n" * 30, "x" * 2000]),
    "group_id": st.sampled_from([None, "one", "two"]),
}
desks = st.sampled_from(["a", "b"])
edit = st.tuples(st.just("edit"), desks, st.sampled_from(FIELDS)).flatmap(
    lambda t: st.tuples(st.just(t[0]), st.just(t[1]), st.just(t[2]), values[t[2]])
)
steps = st.one_of(
    edit,
    edit,  # edits twice as likely: several offline edits per desk and field
    st.tuples(st.just("note"), desks),
    st.tuples(st.sampled_from(["sync", "push", "pull", "crash"]), desks),
)


@dataclass(frozen=True)
class Edit:
    """One write of one field, and the edits of that field its desk had seen."""

    number: int
    desk: str
    field: str
    value: Any
    hlc: str
    known: frozenset[int]


class Model:
    """What each desk has seen: the server receives a desk's pending edits
    when it pushes; a pull shows the desk every edit the server has received
    of each field it has no pending edit of."""

    def __init__(self) -> None:
        self.edits: list[Edit] = []
        self.pending: dict[str, list[Edit]] = {"a": [], "b": []}
        self.received: dict[str, list[int]] = {f: [] for f in FIELDS}
        self.known: dict[str, dict[str, set[int]]] = {d: {f: set() for f in FIELDS} for d in "ab"}

    def wrote(self, desk: str, field: str, value: Any, hlc: str) -> None:
        number = len(self.edits)
        seen = frozenset(self.known[desk][field])
        made = Edit(number, desk, field, value, hlc, seen)
        self.edits.append(made)
        self.known[desk][field].add(number)
        self.pending[desk].append(made)

    def pushed(self, desk: str) -> None:
        for made in self.pending[desk]:
            self.received[made.field].append(made.number)
        self.pending[desk] = []

    def pulled(self, desk: str) -> None:
        held = {made.field for made in self.pending[desk]}
        for field in FIELDS:
            if field not in held:
                self.known[desk][field].update(self.received[field])

    def concurrent(self, x: Edit, y: Edit) -> bool:
        return x.number not in y.known and y.number not in x.known

    def excused(self, x: Edit, y: Edit) -> bool:
        """x's desk went on to write y's value itself, still unaware of y: the
        two desks ended agreeing, and equal values are no conflict. (A desk
        that agreed with y first and then moved away from it loses y: that
        is a conflict, and not excused.)"""
        return any(
            z.desk == x.desk and z.field == x.field and z.number > x.number
            and z.value == y.value and self.concurrent(z, y)
            for z in self.edits
        )  # fmt: skip

    def clashing_fields(self) -> set[str]:
        """Fields with concurrent, different, unexcused edits of both desks."""
        found: set[str] = set()
        for x, y in itertools.product(self.edits, repeat=2):
            if (x.desk, y.desk) != ("a", "b") or x.field != y.field or x.value == y.value:
                continue
            if self.concurrent(x, y) and not self.excused(x, y) and not self.excused(y, x):
                found.add(x.field)
        return found

    def latest(self, field: str) -> Any:
        writes = [e for e in self.edits if e.field == field]
        return max(writes, key=lambda e: (e.hlc, json.dumps(e.value, sort_keys=True))).value


class SharedWall:
    """One wall clock for both desks of an example, a millisecond on at every
    reading and a little ahead of the server's: HLCs, and so the outcome of
    every merge, depend on the script alone, and a failing example replays."""

    def __init__(self) -> None:
        self.ms = time.time_ns() // 1_000_000 + 10_000

    def __call__(self) -> int:
        self.ms += 1
        return self.ms


class Replica:
    """One desk, its file and its engine; ``crash`` drops both and starts over
    on the same file, the session restored from the keyring."""

    def __init__(
        self, server: Server, desk: Desk, path: Path, username: str, station: str, wall: SharedWall
    ) -> None:
        self.server, self.desk, self.path = server, desk, path
        self.username, self.station = username, station
        self.wall = wall
        self.set_clock()
        self.engine: SyncEngine | None = server.engine_for(desk, self.username)
        self.written: set[str] = set()  # op ids seen in the outbox

    def set_clock(self) -> None:
        ctx = self.desk.ctx
        ctx.clock = HybridLogicalClock(ctx.client_id, ctx.clock.last, wall=self.wall)

    def remember_outbox(self) -> None:
        with self.desk.db.reading() as session:
            self.written.update(session.execute(select(OutboxOp.op_id)).scalars())

    def ready(self) -> SyncEngine:
        self.remember_outbox()
        if self.engine is None:
            client = SyncClient(SERVER_URL, self.server.http)
            assert restore_session(client, CredentialStore(), username=self.username)
            self.engine = SyncEngine(self.desk.db, self.desk.ctx, client)
            self.engine.client.refresh()
            self.engine._ensure_session()
        return self.engine

    def sync(self) -> None:
        status = self.ready().sync_once()
        assert status.state is SyncState.SYNCED, status
        self.nothing_refused()

    def push(self) -> None:
        _pushed, rejected, _conflicts = self.ready()._push_all()
        assert rejected == 0
        self.nothing_refused()

    def pull(self) -> None:
        engine = self.ready()
        engine._pull_all()
        engine._read_conflict_feed()

    def nothing_refused(self) -> None:
        with self.desk.db.reading() as session:
            assert [e for e in list_outbox(session) if e.state != "pending"] == []

    def crash(self) -> None:
        self.remember_outbox()
        self.engine = None
        self.desk.db.close()
        db = open_database(self.path)
        with db.writing() as session:
            ctx = ensure_local_setup(
                session, BranchProfile(code="HQ", station=self.station), self.username, "X"
            )
        self.desk = Desk(db, ctx)
        self.set_clock()

    def last_ticket_op(self, ticket_id: str) -> tuple[int, str]:
        with self.desk.db.reading() as session:
            row = session.execute(
                select(OutboxOp.client_seq, OutboxOp.hlc)
                .where(OutboxOp.entity == "ticket", OutboxOp.entity_id == ticket_id)
                .order_by(OutboxOp.client_seq.desc())
                .limit(1)
            ).first()
        return (0, "") if row is None else (row[0], row[1])


def ticket_state(desk: Desk, ticket_id: str) -> dict[str, Any]:
    with desk.db.reading() as session:
        t = session.execute(select(Ticket).where(Ticket.id == ticket_id)).scalar_one()
        return {name: getattr(t, name) for name in COMPARED}


def derived_problems(desk: Desk, ticket_id: str) -> list[str]:
    with desk.db.reading() as session:
        state = ticket_state(desk, ticket_id)
        return derived.violations(state, lambda queue: queue_tier(session, queue))


def journal_entries(desk: Desk, ticket_id: str) -> list[tuple[Any, ...]]:
    with desk.db.reading() as session:
        rows = session.execute(
            select(TicketJournal).where(TicketJournal.ticket_id == ticket_id)
        ).scalars()
        return sorted(
            (j.id, j.kind, j.field, j.old_value, j.new_value, j.body, j.author_id) for j in rows
        )


def conflict_records(desk: Desk, ticket_id: str) -> list[tuple[str, str, str]]:
    with desk.db.reading() as session:
        rows = session.execute(
            select(SyncConflict.field, SyncConflict.mine_hlc, SyncConflict.theirs_hlc).where(
                SyncConflict.entity == "ticket", SyncConflict.entity_id == ticket_id
            )
        ).all()
    return [(r.field, r.mine_hlc, r.theirs_hlc) for r in rows]


def server_ticket(server: Server, ticket_id: str) -> tuple[dict[str, Any], list[tuple[Any, ...]]]:
    ticket, journal = synced_table("ticket"), synced_table("ticket_journal")
    with server.app.state.db.reading() as conn:
        row = conn.execute(select(ticket).where(ticket.c.id == ticket_id)).one()
        entries = conn.execute(
            select(
                journal.c.id,
                journal.c.kind,
                journal.c.field,
                journal.c.old_value,
                journal.c.new_value,
                journal.c.body,
                journal.c.author_id,
            ).where(journal.c.ticket_id == ticket_id)
        ).all()
    return {name: getattr(row, name) for name in COMPARED}, sorted(tuple(e) for e in entries)


def applied_op_ids(server: Server) -> list[str]:
    with server.app.state.db.reading() as conn:
        return list(conn.execute(select(applied_op.c.op_id)).scalars())


def node(hlc: str) -> str:
    return Timestamp.decode(hlc).node


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(script=st.lists(steps, min_size=1, max_size=16))
def test_any_interleaving_converges_without_losing_repeating_or_hiding(
    pg: tuple[Server, Queues], make_desk: MakeDesk, tmp_path: Path, script: list[tuple[Any, ...]]
) -> None:
    server, queues = pg
    run = next(_runs)
    replicas: dict[str, Replica] = {}
    wall = SharedWall()
    for i, (name, username) in enumerate(USERS.items()):
        # Every example has its own desks on the one server: their own stations,
        # so their ticket numbers never meet those of earlier examples.
        label, station = f"{name}{run}", str(2 * run + i + 1)
        desk = make_desk(label, station=station, username=username)
        replicas[name] = Replica(
            server, desk, tmp_path / f"{label}.sqlite3", username, station, wall
        )
    a, b = replicas["a"], replicas["b"]
    a.sync()  # the server's queues reach the desk before the ticket is filed
    ticket_id = a.desk.create("Printer", priority=3).id
    _seq, insert_hlc = a.last_ticket_op(ticket_id)
    a.sync()
    b.sync()

    model = Model()
    created = ticket_state(a.desk, ticket_id)
    for field in FIELDS:
        model.wrote("a", field, created[field], insert_hlc)
    for desk_name in "ab":
        model.pushed(desk_name)
        model.pulled(desk_name)
    clients = {name: replica.desk.ctx.client_id for name, replica in replicas.items()}

    written_notes: list[str] = []
    for step in script:
        replica = replicas[step[1]]
        if step[0] == "edit":
            field, value = step[2], step[3]
            if field == "group_id" and value is not None:
                value = queues.ids[value]
            before, _ = replica.last_ticket_op(ticket_id)
            replica.desk.change(ticket_id, **{field: value})
            seq, hlc = replica.last_ticket_op(ticket_id)
            if seq != before:  # an unchanged value writes nothing
                model.wrote(step[1], field, value, hlc)
        elif step[0] == "note":
            body = f"note {len(written_notes)} from {step[1]}"
            replica.desk.note(ticket_id, body)
            written_notes.append(body)
        elif step[0] == "sync":
            replica.sync()
            model.pushed(step[1])
            model.pulled(step[1])
        elif step[0] == "push":
            replica.push()
            model.pushed(step[1])
        elif step[0] == "pull":
            replica.pull()
            model.pulled(step[1])
        else:
            replica.crash()
    for name in "aba":
        replicas[name].sync()
        model.pushed(name)
        model.pulled(name)

    assert a.desk.outbox() == [] and b.desk.outbox() == []
    # Converged: every field of the ticket and every journal entry, everywhere.
    state_a, state_b = ticket_state(a.desk, ticket_id), ticket_state(b.desk, ticket_id)
    on_server, server_journal = server_ticket(server, ticket_id)
    assert state_a == state_b == on_server
    assert journal_entries(a.desk, ticket_id) == journal_entries(b.desk, ticket_id)
    assert [e[0] for e in journal_entries(a.desk, ticket_id)] == [e[0] for e in server_journal]
    # No op lost: every note once everywhere; every op written was acknowledged.
    notes = sorted(e[5] for e in server_journal if e[1] == "note")
    assert notes == sorted(written_notes)
    applied = applied_op_ids(server)
    assert (a.written | b.written) <= set(applied)
    # None applied twice.
    assert len(applied) == len(set(applied))
    assert len({e[0] for e in server_journal}) == len(server_journal)

    # Every field ends on its latest write by HLC.
    for field in FIELDS:
        assert state_a[field] == model.latest(field), field

    # Every clash of the two desks on a field is a record on both desks, and
    # every record is between the two desks.
    for name, replica in replicas.items():
        other = clients["b" if name == "a" else "a"]
        records = conflict_records(replica.desk, ticket_id)
        for field, mine, theirs in records:
            assert (node(mine), node(theirs)) == (clients[name], other), (name, field)
        missing = model.clashing_fields() - {field for field, _m, _t in records}
        assert missing == set(), (name, missing, model.edits)

    # Derived fields hold together on every replica.
    for replica in replicas.values():
        assert derived_problems(replica.desk, ticket_id) == []
    server_tiers = {queues.ids[label]: tier for label, tier in QUEUES.items()}
    assert derived.violations(on_server, server_tiers.get) == []
    a.desk.db.close()
    b.desk.db.close()


_runs = itertools.count()
