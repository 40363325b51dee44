"""Random interleavings of edits, notes, syncs and crashes on two desks and the
real server on PostgreSQL: whatever the order, no op is lost, none is applied
twice, and the desks and the server end with the same ticket."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desk_app.models import OutboxOp, Ticket, TicketJournal
from desk_app.server.schema import applied_op
from desk_app.services.setup import BranchProfile, ensure_local_setup
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
FIELDS = ("subject", "priority", "status", "description")
USERS = {"a": "agent1", "b": "agent2"}


@pytest.fixture
def pg(tmp_path: Path) -> Iterator[Server]:
    with running_server(tmp_path, "postgresql") as running:
        running.add_user("agent1", ["HQ"])
        running.add_user("agent2", ["HQ"])
        yield running


values = {
    "subject": st.sampled_from(["Printer", "الطابعة لا تطبع", "Printer on floor 2", "Scanner"]),
    "priority": st.integers(min_value=1, max_value=4),
    "status": st.sampled_from(["new", "open", "waiting_customer", "resolved", "closed"]),
    "description": st.sampled_from(["", "It does not print.", "وصف طويل\n" * 30, "x" * 2000]),
}
desks = st.sampled_from(["a", "b"])
steps = st.one_of(
    st.tuples(st.just("edit"), desks, st.sampled_from(FIELDS)).flatmap(
        lambda t: st.tuples(st.just(t[0]), st.just(t[1]), st.just(t[2]), values[t[2]])
    ),
    st.tuples(st.just("note"), desks),
    st.tuples(st.just("sync"), desks),
    st.tuples(st.just("crash"), desks),
)


class Replica:
    """One desk, its file and its engine; ``crash`` drops both and starts over
    on the same file, the session restored from the keyring."""

    def __init__(self, server: Server, desk: Desk, path: Path, username: str, station: str) -> None:
        self.server, self.desk, self.path = server, desk, path
        self.username, self.station = username, station
        self.engine: SyncEngine | None = server.engine_for(desk, self.username)
        self.written: set[str] = set()  # op ids seen in the outbox

    def remember_outbox(self) -> None:
        with self.desk.db.reading() as session:
            self.written.update(session.execute(select(OutboxOp.op_id)).scalars())

    def sync(self) -> None:
        self.remember_outbox()
        if self.engine is None:
            client = SyncClient(SERVER_URL, self.server.http)
            assert restore_session(client, CredentialStore(), username=self.username)
            self.engine = SyncEngine(self.desk.db, self.desk.ctx, client)
        status = self.engine.sync_once()
        assert status.state is SyncState.SYNCED, status
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


def ticket_state(desk: Desk, ticket_id: str) -> tuple[Any, ...]:
    with desk.db.reading() as session:
        t = session.execute(select(Ticket).where(Ticket.id == ticket_id)).scalar_one()
        return (t.subject, t.priority, t.status, t.description, t.closed_at, t.deleted_at)


def journal_ids(desk: Desk, ticket_id: str) -> list[str]:
    with desk.db.reading() as session:
        return list(
            session.execute(
                select(TicketJournal.id).where(TicketJournal.ticket_id == ticket_id)
            ).scalars()
        )


def notes(desk: Desk, ticket_id: str) -> list[str]:
    with desk.db.reading() as session:
        return sorted(
            session.execute(
                select(TicketJournal.body).where(
                    TicketJournal.ticket_id == ticket_id, TicketJournal.kind == "note"
                )
            ).scalars()
        )


def server_ticket(server: Server, ticket_id: str) -> tuple[tuple[Any, ...], list[str], list[str]]:
    ticket, journal = synced_table("ticket"), synced_table("ticket_journal")
    with server.app.state.db.reading() as conn:
        row = conn.execute(select(ticket).where(ticket.c.id == ticket_id)).one()
        entries = conn.execute(
            select(journal.c.id, journal.c.kind, journal.c.body).where(
                journal.c.ticket_id == ticket_id
            )
        ).all()
    state = (row.subject, row.priority, row.status, row.description)
    return state, [e.id for e in entries], sorted(e.body for e in entries if e.kind == "note")


def applied_op_ids(server: Server) -> list[str]:
    with server.app.state.db.reading() as conn:
        return list(conn.execute(select(applied_op.c.op_id)).scalars())


@settings(
    max_examples=35,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(script=st.lists(steps, min_size=1, max_size=14))
def test_any_interleaving_converges_without_losing_or_repeating_ops(
    pg: Server, tmp_path: Path, make_desk: MakeDesk, script: list[tuple[Any, ...]]
) -> None:
    run = next(_runs)
    replicas: dict[str, Replica] = {}
    for i, (name, username) in enumerate(USERS.items()):
        # Every example has its own desks on the one server: their own stations,
        # so their ticket numbers never meet those of earlier examples.
        label, station = f"{name}{run}", str(2 * run + i + 1)
        desk = make_desk(label, station=station, username=username)
        replicas[name] = Replica(pg, desk, tmp_path / f"{label}.sqlite3", username, station)
    a, b = replicas["a"], replicas["b"]
    ticket_id = a.desk.create("Printer", priority=3).id
    a.sync()
    b.sync()

    written_notes: list[str] = []
    for step in script:
        replica = replicas[step[1]]
        if step[0] == "edit":
            replica.desk.change(ticket_id, **{step[2]: step[3]})
        elif step[0] == "note":
            body = f"note {len(written_notes)} from {step[1]}"
            replica.desk.note(ticket_id, body)
            written_notes.append(body)
        elif step[0] == "sync":
            replica.sync()
        else:
            replica.crash()
    a.sync()
    b.sync()
    a.sync()

    assert a.desk.outbox() == [] and b.desk.outbox() == []
    # Converged: the same ticket on both desks and on the server.
    state_a, state_b = ticket_state(a.desk, ticket_id), ticket_state(b.desk, ticket_id)
    assert state_a == state_b
    on_server, server_journal, server_notes = server_ticket(pg, ticket_id)
    assert on_server == state_a[:4]
    # No op lost: every note once everywhere; every op written was acknowledged.
    assert notes(a.desk, ticket_id) == notes(b.desk, ticket_id) == server_notes
    assert server_notes == sorted(written_notes)
    applied = applied_op_ids(pg)
    assert (a.written | b.written) <= set(applied)
    # None applied twice: journal ids unique, the same entries everywhere.
    ids_a, ids_b = journal_ids(a.desk, ticket_id), journal_ids(b.desk, ticket_id)
    assert len(ids_a) == len(set(ids_a)) == len(ids_b) == len(server_journal)
    assert set(ids_a) == set(ids_b) == set(server_journal)
    assert len(applied) == len(set(applied))
    a.desk.db.close()
    b.desk.db.close()


_runs = itertools.count()
