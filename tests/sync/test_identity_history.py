"""History written before a desk's first sign-in reaches the server naming
only rows the server has.

A desk works offline under ids it invented for its branch, its agent and its
queues; at its first sign-in and pull it takes the server's ids. Every kind of
entry that can name one of them (intake with a queue and an assignee,
assignment and queue changes, bulk changes, links and merges, custom fields,
call-backs, contacts, resolutions, notes) is written before that, and then:
the server stores no id it does not have, a second desk gets the same history,
and the first desk keeps no trace of its old ids.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import httpx
from sqlalchemy import select

from desk_app.models import Base, DeskGroup, User
from desk_app.server import directory
from desk_app.services import bulk, contacts, links
from desk_app.services.resolution import Resolution, resolve_ticket
from desk_app.sync.account import restore_session
from desk_app.sync.client import SyncClient
from desk_app.sync.credentials import CredentialStore
from desk_app.sync.engine import SyncEngine
from desk_app.sync.identity import ID_ALIASES_KEY
from desk_app.sync.pull import read_cursor
from desk_app.sync.status import SyncState
from tests.sync.harness import SERVER_URL, FailingPulls, Server
from tests.sync.helpers import Desk

MakeDesk = Callable[..., Desk]
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# Columns that name a client (a desk) rather than a row.
CLIENT_COLUMNS = {"origin_client_id", "updated_at"}


def queue_ids(desk: Desk) -> dict[str, str]:
    with desk.db.reading() as session:
        return {name: qid for qid, name in session.execute(select(DeskGroup.id, DeskGroup.name))}


def work_before_first_sign_in(desk: Desk) -> dict[str, str]:
    """Every kind of entry that names a queue, a person or a ticket. Returns
    the local ids it used, by what they are."""
    queues = queue_ids(desk)
    tech, billing = queues["Technical Support"], queues["Billing and Accounts"]
    me = desk.ctx.actor.user_id
    assert me is not None
    # Intake routed to a queue and an agent.
    printer = desk.create("Printer does not print", group_id=tech, assignee_id=me).id
    scanner = desk.create("Scanner jams").id
    email = desk.create("Email bounces", group_id=billing).id
    # Assignment and queue changes, one by one and in bulk.
    desk.change(scanner, assignee_id=me)
    desk.change(scanner, group_id=tech)
    desk.change(printer, group_id=billing)
    desk.change(printer, assignee_id=None)
    desk.change(printer, assignee_id=me)
    desk.change(email, group_id=tech)
    with desk.db.writing() as session:
        bulk.change_many(session, desk.ctx, [email, scanner], "assignee_id", me)
    # Custom fields that name a queue and a person (JSON inside a column, and
    # inside the journal entry and the queued update that record the change).
    desk.change(printer, custom_fields=json.dumps({"escalate_to": billing, "approved_by": me}))
    # Links and a merge between tickets.
    with desk.db.writing() as session:
        links.link_tickets(session, desk.ctx, printer, scanner)
        links.merge_tickets(session, desk.ctx, email, scanner)
    # A call-back plan, a logged contact, a note, a resolution.
    with desk.db.writing() as session:
        contacts.schedule_follow_up(
            session, desk.ctx, printer, desk.ctx.now() + timedelta(days=1), every_days=2
        )
        contacts.log_contact(session, desk.ctx, printer, contacts.ContactForm("called back"))
    desk.note(printer, "asked for the model number")
    with desk.db.writing() as session:
        resolve_ticket(
            session,
            desk.ctx,
            scanner,
            Resolution(cause="hardware", solution="replaced the roller", satisfaction=5),
        )
    return {
        "branch": desk.ctx.branch_id,
        "agent": me,
        **{f"queue {name}": qid for name, qid in queues.items()},
    }


def database_text(desk: Desk) -> str:
    """Everything the desk's database holds, as SQL text, but the record of
    re-keyed ids (which names the old ids on purpose)."""
    with desk.db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        return "\n".join(
            line for line in raw.iterdump() if not (ID_ALIASES_KEY in line and "sync_state" in line)
        )


def server_rows(server: Server) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {}
    with server.app.state.db.writing() as conn:
        for table in Base.metadata.sorted_tables:
            if "updated_at" not in table.c:
                continue  # local bookkeeping, not a synced entity
            rows[table.name] = [dict(r._mapping) for r in conn.execute(select(table))]
    return rows


def unknown_ids(rows: dict[str, list[dict[str, Any]]]) -> list[tuple[str, str, str]]:
    """Ids named in any column of any row that are no row's id."""
    known = {row["id"] for table_rows in rows.values() for row in table_rows}
    found = []
    for table_name, table_rows in rows.items():
        for row in table_rows:
            for column, value in row.items():
                if column in CLIENT_COLUMNS or not isinstance(value, str):
                    continue
                found += [(table_name, column, i) for i in UUID.findall(value) if i not in known]
    return found


def test_history_written_before_the_first_sign_in_names_only_server_rows(
    server: Server, make_desk: MakeDesk
) -> None:
    server.admin(directory.seed_default_queues)
    a = make_desk("a", station="1", username="agent1")
    old = work_before_first_sign_in(a)
    before = database_text(a)
    assert all(i in before for i in old.values())

    engine_a = server.engine_for(a, "agent1")
    status = engine_a.sync_once()
    assert status.state is SyncState.SYNCED, status
    assert (status.pending, status.rejected, status.conflicts) == (0, 0, 0), status

    # The first desk: no old id anywhere, not in a table, a journal value, a
    # JSON field or a queued payload; and its rows are the server's.
    after = database_text(a)
    assert [name for name, i in old.items() if i in after] == []
    assert a.foreign_key_problems() == []

    # The server: every id any stored row names is a row it has.
    stored = server_rows(server)
    assert unknown_ids(stored) == []
    server_queues = {q["name"]: q["id"] for q in stored["desk_group"]}
    assert queue_ids(a) == {name: server_queues[name] for name in queue_ids(a)}
    journal_values = {(j["field"], j["new_value"]) for j in stored["ticket_journal"] if j["field"]}
    agent1 = next(u["id"] for u in stored["app_user"] if u["username"] == "agent1")
    assert ("assignee_id", agent1) in journal_values
    assert ("group_id", server_queues["Technical Support"]) in journal_values
    custom = next(j for j in stored["ticket_journal"] if j["field"] == "custom_fields")
    assert json.loads(custom["new_value"]) == {
        "escalate_to": server_queues["Billing and Accounts"],
        "approved_by": agent1,
    }

    # A second desk (itself with offline defaults) gets the same picture.
    b = make_desk("b", station="2", username="agent2")
    engine_b = server.engine_for(b, "agent2")
    assert engine_b.sync_once().state is SyncState.SYNCED
    assert engine_a.sync_once().state is SyncState.SYNCED
    assert a.tickets() == b.tickets()
    assert a.journal() == b.journal()
    assert b.foreign_key_problems() == []
    with b.db.reading() as session:
        people = set(session.execute(select(User.id)).scalars())
    named = {j[7] for j in b.journal()} | {
        j[5] for j in b.journal() if j[3] == "assignee_id" and j[5]
    }
    assert named <= people


def test_a_first_download_cut_off_midway_still_comes_before_the_first_push(
    server: Server, make_desk: MakeDesk
) -> None:
    """A stored cursor does not mean the desk knows the server's queues: until
    one pull has reached the end, the desk pulls before it pushes."""
    server.admin(directory.seed_default_queues)
    a = make_desk("a", station="1", username="agent1")
    work_before_first_sign_in(a)

    cut = server.engine_for(a, "agent1")
    cut.client = SyncClient(
        SERVER_URL,
        httpx.Client(transport=FailingPulls(server.http._transport, allow=1), base_url=SERVER_URL),
    )
    assert restore_session(cut.client, CredentialStore(), username="agent1")
    cut.pull_limit = 1
    assert cut.sync_once().state is not SyncState.SYNCED
    with a.db.reading() as session:
        assert read_cursor(session)  # one page and its cursor were kept

    restarted = SyncClient(SERVER_URL, server.http)
    assert restore_session(restarted, CredentialStore(), username="agent1")
    engine = SyncEngine(a.db, a.ctx, restarted)
    engine.pull_limit = 2
    status = engine.sync_once()
    assert status.state is SyncState.SYNCED, status
    assert (status.pending, status.rejected) == (0, 0), status
    assert unknown_ids(server_rows(server)) == []
    assert a.foreign_key_problems() == []
