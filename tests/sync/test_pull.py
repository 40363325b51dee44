"""Applying pulled pages: upserts, protection of pending local edits, the
append-only journal, parking rows whose references come later, clocks."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from desk_app.models import (
    Customer,
    DeskGroup,
    ParkedChange,
    SyncState,
    Ticket,
    TicketJournal,
    User,
)
from desk_app.services.context import LAST_HLC_KEY
from desk_app.services.hlc import Timestamp
from desk_app.services.ids import new_id
from desk_app.services.ticket_list import TicketFilter, TicketQuery, fetch_page
from desk_app.sync import codec
from desk_app.sync.protocol import Change, PullResponse
from desk_app.sync.pull import CURSOR_KEY, apply_page, read_cursor
from tests.sync.helpers import Desk

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
REMOTE = "01a20000-0000-7000-8000-00000000beef"
_seq = itertools.count(1)


def hlc(ms: int = 1_790_000_000_000, counter: int = 0) -> str:
    return Timestamp(ms, counter, REMOTE).encode()


def _default(column: Any) -> Any:
    """What the server's row holds for a column the test does not set."""
    default = column.default
    return default.arg if default is not None and default.is_scalar else None


def change(entity: str, version: int = 1, **values: Any) -> Change:
    """A pulled change: the full row, as the server sends it."""
    table = codec.synced_table(entity)
    row: dict[str, Any] = {c.name: _default(c) for c in codec.wire_columns(table)}
    stamp = hlc()
    row.update(
        updated_at=stamp, version=version, origin_client_id=REMOTE, created_at=NOW, deleted_at=None
    )
    row.update(values)
    wire = codec.row_to_wire(row, table)
    return Change(
        seq=next(_seq), entity=entity, entity_id=row["id"], version=version, hlc=stamp, row=wire
    )


def ticket_change(desk: Desk, **values: Any) -> Change:
    base: dict[str, Any] = {
        "id": new_id(),
        "branch_id": desk.ctx.branch_id,
        "number": "HQ9-2026-000001",
        "subject": "Remote printer jam",
        "description": "",
        "category": "",
        "channel": "phone",
        "priority": 3,
        "status": "new",
        "tier": 1,
        "customer_name": "Remote customer",
        "equipment_location": "",
        "account_ref": "",
        "licence_ref": "",
        "product_ref": "",
        "last_activity_at": NOW,
    }
    base.update(values)
    return change("ticket", **base)


def journal_change(ticket_id: str, **values: Any) -> Change:
    base: dict[str, Any] = {
        "id": new_id(),
        "ticket_id": ticket_id,
        "kind": "note",
        "at": NOW,
        "author_name": "Remote agent",
        "field": "",
        "old_value": "",
        "new_value": "",
        "body": "remote note",
        "channel": "",
        "direction": "",
        "duration_s": 0,
    }
    base.update(values)
    return change("ticket_journal", **base)


def customer_change(**values: Any) -> Change:
    base: dict[str, Any] = {
        "id": new_id(),
        "name": "Huda",
        "name_norm": "huda",
        "phone": "",
        "phone_e164": "",
        "email": "",
        "national_id": "",
        "account_number": "",
    }
    base.update(values)
    return change("customer", **base)


def page(*changes: Change, cursor: str = "c1", more: bool = False) -> PullResponse:
    return PullResponse(changes=list(changes), cursor=cursor, has_more=more, server_hlc=hlc())


def apply(desk: Desk, response: PullResponse) -> None:
    with desk.db.writing() as session:
        apply_page(session, desk.ctx, response)


def search(desk: Desk, words: str) -> list[str]:
    query = TicketQuery(filter=TicketFilter(search=words))
    with desk.db.engine.connect() as conn:
        return [row.id for row in fetch_page(conn, query).rows]


def test_new_rows_arrive_with_their_journal_and_cursor(desk: Desk) -> None:
    remote = ticket_change(desk)
    note = journal_change(remote.entity_id)
    # Out of reference order within the page on purpose.
    apply(desk, page(note, remote, cursor="after-1"))
    ticket = desk.ticket(remote.entity_id)
    assert ticket.subject == "Remote printer jam" and ticket.row_no > 0
    assert ticket.version == 1 and ticket.updated_at == remote.hlc
    assert ticket.created_at == NOW
    assert search(desk, "jam") == [remote.entity_id]
    with desk.db.reading() as session:
        assert session.get(TicketJournal, note.entity_id) is not None
        assert read_cursor(session) == "after-1"
    assert desk.outbox() == []  # pulled rows are not pushed back


def test_an_update_keeps_the_local_row_number_and_reindexes(desk: Desk) -> None:
    remote = ticket_change(desk)
    apply(desk, page(remote))
    row_no = desk.ticket(remote.entity_id).row_no
    edited = ticket_change(desk, id=remote.entity_id, subject="Remote scanner fault")
    apply(desk, page(edited))
    ticket = desk.ticket(remote.entity_id)
    assert ticket.row_no == row_no and ticket.subject == "Remote scanner fault"
    assert search(desk, "scanner") == [remote.entity_id]
    assert search(desk, "jam") == []


def test_pending_local_edits_are_not_overwritten(desk: Desk) -> None:
    created = desk.create("Local subject")
    desk.change(created.id, status="open")  # pending: status
    local = desk.ticket(created.id)
    pulled = ticket_change(
        desk,
        id=created.id,
        number=created.number,
        status="closed",
        subject="Renamed elsewhere",
        customer_name=local.customer_name,
        customer_id=local.customer_id,
    )
    apply(desk, page(pulled))
    ticket = desk.ticket(created.id)
    assert ticket.status == "open"  # ours, still to be pushed
    # The insert is still pending too: the whole row is protected until acknowledged.
    assert ticket.subject == "Local subject"


def test_fields_of_acknowledged_ops_take_the_servers_value(desk: Desk) -> None:
    created = desk.create("Local subject")
    desk.change(created.id, status="open", priority=1)
    with desk.db.writing() as session:
        # The insert and the journal were pushed; only the field edit is pending.
        for op in desk.outbox():
            if not (op.entity == "ticket" and op.kind == "update"):
                session.delete(session.merge(op))
    local = desk.ticket(created.id)
    pulled = ticket_change(
        desk,
        id=created.id,
        version=7,
        number=created.number,
        status="closed",
        priority=4,
        subject="Renamed elsewhere",
        customer_id=local.customer_id,
    )
    apply(desk, page(pulled))
    ticket = desk.ticket(created.id)
    assert (ticket.status, ticket.priority) == ("open", 1)  # pending: kept
    assert ticket.subject == "Renamed elsewhere"  # not pending: the server's
    assert ticket.version == local.version  # the pending op was made on this version


def test_journal_entries_are_insert_only(desk: Desk) -> None:
    remote = ticket_change(desk)
    note = journal_change(remote.entity_id)
    apply(desk, page(remote, note))
    changed = journal_change(remote.entity_id, id=note.entity_id, body="rewritten")
    apply(desk, page(changed))  # an entry already here is left alone, no error
    with desk.db.reading() as session:
        entry = session.get(TicketJournal, note.entity_id)
        assert entry is not None and entry.body == "remote note"


def test_rows_wait_for_their_references(desk: Desk) -> None:
    customer = customer_change()
    remote = ticket_change(desk, customer_id=customer.entity_id)
    note = journal_change(remote.entity_id)
    apply(desk, page(remote, note, cursor="c1"))
    with desk.db.reading() as session:
        parked = session.execute(select(ParkedChange)).scalars().all()
        assert {p.entity_id for p in parked} == {remote.entity_id, note.entity_id}
        assert session.execute(select(Ticket).where(Ticket.id == remote.entity_id)).first() is None
        assert read_cursor(session) == "c1"  # the page is done; the rows wait here
    apply(desk, page(customer, cursor="c2"))
    assert desk.ticket(remote.entity_id).customer_id == customer.entity_id
    with desk.db.reading() as session:
        assert session.execute(select(ParkedChange)).first() is None
        assert session.get(TicketJournal, note.entity_id) is not None
    assert desk.foreign_key_problems() == []


def test_a_newer_state_replaces_a_parked_one(desk: Desk) -> None:
    customer = customer_change()
    remote = ticket_change(desk, customer_id=customer.entity_id, subject="old")
    apply(desk, page(remote))
    newer = ticket_change(desk, id=remote.entity_id, version=2, subject="new", customer_id=None)
    apply(desk, page(newer))
    assert desk.ticket(remote.entity_id).subject == "new"
    with desk.db.reading() as session:
        assert session.execute(select(ParkedChange)).first() is None


def test_a_clashing_ticket_number_waits_instead_of_failing(desk: Desk) -> None:
    created = desk.create()
    remote = ticket_change(desk, number=created.number)
    apply(desk, page(remote, cursor="c9"))
    with desk.db.reading() as session:
        parked = session.execute(select(ParkedChange)).scalar_one()
        assert parked.waiting_for == f"number:{created.number}"
        assert read_cursor(session) == "c9"


def test_the_clock_moves_past_remote_timestamps(desk: Desk) -> None:
    future = hlc(ms=9_000_000_000_000, counter=3)
    remote = ticket_change(desk)
    remote = remote.model_copy(update={"hlc": future})
    apply(desk, page(remote))
    assert desk.ctx.clock.last > Timestamp.decode(future)
    with desk.db.reading() as session:
        stored = session.get(SyncState, LAST_HLC_KEY)
        assert stored is not None and Timestamp.decode(stored.value) > Timestamp.decode(future)
    created = desk.create("After")
    assert desk.ticket(created.id).updated_at > future


def test_local_queues_and_people_adopt_the_servers_ids(desk: Desk) -> None:
    with desk.db.reading() as session:
        local_group = session.execute(
            select(DeskGroup).where(DeskGroup.name == "Service Desk")
        ).scalar_one()
        local_user = session.execute(select(User).where(User.username == "agent1")).scalar_one()
    created = desk.create(group_id=local_group.id, assignee_id=local_user.id)
    group = change("desk_group", id=new_id(), name="Service Desk", name_ar="", tier=1)
    person = change(
        "app_user",
        id=new_id(),
        username="agent1",
        display_name="Agent One",
        role="agent",
        branch_id=desk.ctx.branch_id,
        active=True,
    )
    apply(desk, page(group, person))
    ticket = desk.ticket(created.id)
    assert (ticket.group_id, ticket.assignee_id) == (group.entity_id, person.entity_id)
    with desk.db.reading() as session:
        names = session.execute(select(DeskGroup.name)).scalars().all()
        assert names.count("Service Desk") == 1
    assert desk.foreign_key_problems() == []


def test_a_tombstone_is_applied(desk: Desk) -> None:
    customer = customer_change()
    apply(desk, page(customer))
    gone = customer_change(id=customer.entity_id, deleted_at=NOW)
    apply(desk, page(gone))
    with desk.db.reading() as session:
        row = session.get(Customer, customer.entity_id)
        assert row is not None and row.deleted_at == NOW


def test_cursor_key_is_stable() -> None:
    # The UI and admin tools may read it; renaming it would restart every pull.
    assert CURSOR_KEY == "sync_pull_cursor"
