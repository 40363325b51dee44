"""Automatic escalation with `desk-server` as a real process over PostgreSQL,
its own escalation pass running every second, and two desks talking HTTP to
it: desk A, offline, fires an overdue ticket's rules; the server has fired
them too meanwhile, and desk B sees the escalation at its next sync; after
both sync there is exactly one escalation entry per firing on each desk and
on the server, and the ticket is in the next tier's queue everywhere."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import pytest
from sqlalchemy import insert, select

from desk_app.models import DeskGroup, JournalKind, Ticket, TicketJournal
from desk_app.server import directory
from desk_app.server.database import ServerDatabase
from desk_app.server.escalation_upkeep import RULES_SINCE_KEY
from desk_app.server.schema import config, server_state
from desk_app.server.security import Passwords
from desk_app.services import escalation_rules
from desk_app.services.branch_levels import levels_key, load_branch_levels, to_body
from desk_app.services.escalation import escalations
from desk_app.services.intake import IntakeForm, create_ticket
from desk_app.storage.db import open_database
from desk_app.sync.account import sign_in
from desk_app.sync.client import SyncClient
from desk_app.sync.credentials import CredentialStore, MemoryKeyring
from desk_app.sync.engine import SyncEngine
from desk_app.sync.status import SyncState
from tests.e2e.processes import ServerProcess, free_port, prepare_directory
from tests.sync.harness import PASSWORD, throwaway_postgres
from tests.sync.helpers import Desk, open_desk


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[ServerProcess, ServerDatabase, Path, Path]]:
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    with ExitStack() as stack:
        stack.callback(keyring.set_keyring, previous)
        url = stack.enter_context(throwaway_postgres())
        prepare_directory(url, [])
        db = ServerDatabase(url)
        stack.callback(db.dispose)
        hashed = Passwords(1, 1024, 1).hash(PASSWORD)
        with db.writing() as conn:
            directory.seed_default_queues(conn)
            for name in ("agent1", "agent2"):
                directory.create_user(conn, name, name.title(), "supervisor", ["HQ"], hashed)
            directory.create_user(conn, "lead", "Lead", "team_lead", ["HQ"], hashed)
            # A server whose rules came into force a month ago.
            since = datetime.now(UTC) - timedelta(days=30)
            conn.execute(insert(server_state).values(key=RULES_SINCE_KEY, value=since.isoformat()))
        server = ServerProcess(url, free_port(), tmp_path / "server.log", escalation_interval_s=1)
        server.start()
        stack.callback(server.stop)
        template = tmp_path / "template.sqlite3"
        open_database(template).close()
        yield server, db, tmp_path, template


def _desk(
    world: tuple[ServerProcess, ServerDatabase, Path, Path], name: str, station: str
) -> tuple[Desk, SyncEngine]:
    server, _db, tmp, template = world
    desk = open_desk(tmp / f"{name}.sqlite3", template, station=station)
    client = SyncClient(server.base_url)
    sign_in(
        desk.db,
        desk.ctx,
        client,
        CredentialStore(),
        username=name,
        password=PASSWORD,
        device_name=f"desk of {name}",
    )
    return desk, SyncEngine(desk.db, desk.ctx, client)


def _synced(engine: SyncEngine) -> None:
    status = engine.sync_once()
    assert (status.state, status.pending, status.rejected) == (SyncState.SYNCED, 0, 0)


def _server_escalations(db: ServerDatabase, ticket_id: str) -> list[str]:
    journal = TicketJournal.__table__
    with db.reading() as conn:
        return sorted(
            conn.execute(
                select(journal.c.id).where(
                    journal.c.ticket_id == ticket_id,
                    journal.c.kind == JournalKind.ESCALATED.value,
                )
            ).scalars()
        )


def _ids(desk: Desk, ticket_id: str) -> list[str]:
    with desk.db.reading() as session:
        return [e.entry_id for e in escalations(session, ticket_id)]


@pytest.mark.timeout(120)
def test_an_offline_desk_and_the_server_fire_once(world) -> None:  # type: ignore[no-untyped-def]
    _server, db, _tmp, _template = world
    a, engine_a = _desk(world, "agent1", "1")
    b, engine_b = _desk(world, "agent2", "2")
    try:
        for engine in (engine_a, engine_b):
            _synced(engine)
        with a.db.reading() as session:
            first_line = session.scalar(select(DeskGroup.id).where(DeskGroup.tier == 1))
            body = to_body(load_branch_levels(session, a.ctx.branch_id))
        # A regular ticket taken ten days ago: both its rules are due.
        taken = datetime.now(UTC) - timedelta(days=10)
        form = IntakeForm(
            subject="Printer does not print",
            customer_name="Ahmad",
            channel="phone",
            priority=3,
            group_id=first_line,
        )
        with a.db.writing() as session:
            ticket = create_ticket(session, replace(a.ctx, now=lambda: taken), form).id
        _synced(engine_a)
        _synced(engine_b)
        # The server holds the branch's levels; the desks take them at their sync.
        with db.writing() as conn:
            conn.execute(
                insert(config).values(
                    key=levels_key(a.ctx.branch_id),
                    version=1,
                    body=json.dumps(body),
                    changed_by=None,
                    changed_at=datetime.now(UTC),
                )
            )

        # Desk A, offline, fires both rules.
        with a.db.writing() as session:
            fired = escalation_rules.evaluate_due(session, a.ctx)
        ids = sorted(f.entry_id for f in fired)
        assert len(ids) == 2
        # The server's pass fires them for desk B's view.
        deadline = time.monotonic() + 60
        while _server_escalations(db, ticket) != ids:
            assert time.monotonic() < deadline, "the server never fired the rules"
            time.sleep(0.5)
        _synced(engine_b)
        assert sorted(_ids(b, ticket)) == ids
        with b.db.reading() as session:
            upper = escalation_rules.next_tier_queue(session, 1, a.ctx.branch_id)
        row = b.ticket(ticket)
        assert (row.group_id, row.tier, row.priority) == (upper, 2, 2)

        # Desk A comes back online: one escalation per firing everywhere.
        for engine in (engine_a, engine_b, engine_a):
            _synced(engine)
        assert sorted(_ids(a, ticket)) == sorted(_ids(b, ticket)) == ids
        assert _server_escalations(db, ticket) == ids
        assert a.journal() == b.journal()
        for desk in (a, b):
            row = desk.ticket(ticket)
            assert (row.group_id, row.tier, row.priority) == (upper, 2, 2)
        with db.reading() as conn:
            ticket_table = Ticket.__table__
            stored = conn.execute(
                select(ticket_table.c.group_id, ticket_table.c.tier).where(
                    ticket_table.c.id == ticket
                )
            ).one()
        assert tuple(stored) == (upper, 2)
    finally:
        a.db.close()
        b.db.close()
