"""The outbox view and the conflict review: listing, resolving, retrying and
discarding (discarding only when asked)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from desk_app.models import OutboxOp, SyncConflict, TicketJournal
from desk_app.services.ids import new_id
from desk_app.services.messages import NotFound
from desk_app.sync.conflicts import (
    discard_rejected,
    list_conflicts,
    list_outbox,
    resolve_conflict,
    retry_rejected,
)
from desk_app.sync.status import OutboxEntry
from tests.sync.helpers import Desk, payload


def add_conflict(
    desk: Desk, ticket_id: str, field: str, mine: object, theirs: object, kept: str
) -> str:
    record_id = new_id()
    with desk.db.writing() as session:
        session.add(
            SyncConflict(
                id=record_id,
                op_id=new_id(),
                entity="ticket",
                entity_id=ticket_id,
                field=field,
                mine=json.dumps(mine),
                theirs=json.dumps(theirs),
                mine_hlc="000000000000002-00000-mine",
                theirs_hlc="000000000000003-00000-theirs",
                kept=kept,
                created_at=datetime.now(UTC),
                resolution="",
            )
        )
    return record_id


def reject(desk: Desk, op: OutboxOp, reason: str) -> None:
    with desk.db.writing() as session:
        row = session.get(OutboxOp, op.client_seq)
        assert row is not None
        row.state, row.error = "rejected", reason


def test_outbox_lists_pending_and_rejected_with_summaries(desk: Desk) -> None:
    created = desk.create("Printer")
    desk.change(created.id, priority=1, status="open")
    entries = {(e.entity, e.kind): e for e in reversed(list_outbox_of(desk))}
    assert entries[("ticket", "insert")].summary == created.number
    assert entries[("ticket", "update")].summary == f"{created.number}: priority, status"
    assert entries[("ticket_journal", "insert")].summary.startswith(created.number)
    assert entries[("customer", "insert")].summary == "Ahmad"
    assert all(e.state == "pending" for e in entries.values())


def list_outbox_of(desk: Desk) -> list[OutboxEntry]:
    with desk.db.reading() as session:
        return list_outbox(session)


def test_conflicts_are_listed_with_both_values_and_a_label(desk: Desk) -> None:
    created = desk.create("Printer")
    add_conflict(desk, created.id, "priority", 1, 2, "theirs")
    with desk.db.reading() as session:
        [entry] = list_conflicts(session)
    assert entry.label == f"{created.number} Printer"
    assert (entry.field, entry.mine, entry.theirs, entry.kept) == ("priority", "1", "2", "theirs")


def test_keeping_mine_writes_it_back_through_the_services(desk: Desk) -> None:
    created = desk.create()
    desk.change(created.id, priority=2)  # the row now has "theirs"
    record = add_conflict(desk, created.id, "priority", 1, 2, "theirs")
    before = len(desk.outbox())
    with desk.db.writing() as session:
        entry = resolve_conflict(session, desk.ctx, record, "mine")
    assert entry.field == "priority"
    assert desk.ticket(created.id).priority == 1
    ops = desk.outbox()[before:]
    assert {(o.entity, o.kind) for o in ops} == {("ticket", "update"), ("ticket_journal", "insert")}
    update = next(o for o in ops if o.entity == "ticket")
    assert payload(update) == {"priority": {"old": 2, "new": 1}}
    with desk.db.reading() as session:
        assert list_conflicts(session) == []
        resolved = session.get(SyncConflict, record)
        assert resolved is not None and resolved.resolution == "mine"
        assert (
            session.execute(select(TicketJournal).where(TicketJournal.field == "priority"))
            .scalars()
            .all()
        )


def test_keeping_the_value_the_row_has_writes_nothing(desk: Desk) -> None:
    created = desk.create()
    record = add_conflict(desk, created.id, "priority", 1, 3, "theirs")
    before = len(desk.outbox())
    with desk.db.writing() as session:
        resolve_conflict(session, desk.ctx, record, "theirs")
    assert len(desk.outbox()) == before


def test_editing_a_third_value_and_settling_older_records(desk: Desk) -> None:
    created = desk.create("Old subject")
    older = add_conflict(desk, created.id, "subject", "Mine 1", "Theirs 1", "theirs")
    newer = add_conflict(desk, created.id, "subject", "Mine 2", "Theirs 2", "mine")
    with desk.db.writing() as session:
        resolve_conflict(session, desk.ctx, newer, "edit", "Both combined")
    assert desk.ticket(created.id).subject == "Both combined"
    with desk.db.reading() as session:
        assert list_conflicts(session) == []
        assert len(list_conflicts(session, include_resolved=True)) == 2
    with pytest.raises(NotFound), desk.db.writing() as session:
        resolve_conflict(session, desk.ctx, older, "mine")


def test_an_edit_that_does_not_fit_the_field_is_refused(desk: Desk) -> None:
    created = desk.create()
    record = add_conflict(desk, created.id, "priority", 1, 2, "theirs")
    with pytest.raises(ValueError), desk.db.writing() as session:
        resolve_conflict(session, desk.ctx, record, "edit", "urgent")


def test_retry_puts_a_rejected_op_back_in_the_queue(desk: Desk) -> None:
    desk.create()
    op = desk.outbox()[0]
    reject(desk, op, "branch_not_allowed")
    with desk.db.writing() as session:
        assert retry_rejected(session, op.client_seq) == 1
    again = desk.outbox()[0]
    assert (again.client_seq, again.state, again.error) == (op.client_seq, "pending", "")


def test_discard_only_rejected_ops_and_put_the_field_back(desk: Desk) -> None:
    created = desk.create()
    desk.change(created.id, status="open")
    update = next(o for o in desk.outbox() if o.kind == "update")
    with desk.db.writing() as session:
        assert not discard_rejected(session, desk.ctx, update.client_seq)  # still pending
    reject(desk, update, "invalid_value")
    with desk.db.writing() as session:
        assert discard_rejected(session, desk.ctx, update.client_seq)
    assert update.client_seq not in {o.client_seq for o in desk.outbox()}
    assert desk.ticket(created.id).status == "new"
    with desk.db.reading() as session:
        history = session.execute(
            select(TicketJournal.old_value, TicketJournal.new_value)
            .where(TicketJournal.field == "status")
            .order_by(TicketJournal.id)
        ).all()
    assert [tuple(h) for h in history] == [("new", "open"), ("open", "new")]
