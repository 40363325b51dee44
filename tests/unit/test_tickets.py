"""Changing a ticket after intake: every change is journalled and queued for
sync in one transaction, and the journal can only grow."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import exc, select, text

from desk_app.models import (
    DeskGroup,
    JournalKind,
    OpKind,
    OutboxOp,
    Priority,
    Status,
    Ticket,
    TicketJournal,
    Tier,
    User,
)
from desk_app.services.context import WriteContext
from desk_app.services.derived import hlc_time
from desk_app.services.intake import CreatedTicket
from desk_app.services.messages import NotFound, ValidationFailed
from desk_app.services.ticket_detail import load_ticket
from desk_app.services.tickets import ChangeResult, add_note, change_fields
from desk_app.storage.db import Database
from tests.unit.helpers import create, db_counts


class SteppingClock:
    """ctx.now for tests: each call is one minute after the previous one."""

    def __init__(self) -> None:
        self.moment = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.moment += timedelta(minutes=1)
        return self.moment


@pytest.fixture
def ticket(db: Database, ctx: WriteContext) -> CreatedTicket:
    ctx.now = SteppingClock()
    return create(db, ctx, subject="Printer does not print")


def change(db: Database, ctx: WriteContext, ticket_id: str, **changes: Any) -> ChangeResult:
    with db.writing() as session:
        return change_fields(session, ctx, ticket_id, changes)


def row(db: Database, ticket_id: str) -> Ticket:
    with db.reading() as session:
        return session.execute(select(Ticket).where(Ticket.id == ticket_id)).scalar_one()


def journal_of(db: Database, ticket_id: str) -> list[TicketJournal]:
    with db.reading() as session:
        return list(
            session.execute(
                select(TicketJournal)
                .where(TicketJournal.ticket_id == ticket_id)
                .order_by(TicketJournal.updated_at, TicketJournal.field)
            ).scalars()
        )


def update_ops(db: Database, ticket_id: str) -> list[OutboxOp]:
    with db.reading() as session:
        return list(
            session.execute(
                select(OutboxOp)
                .where(OutboxOp.entity_id == ticket_id, OutboxOp.kind == OpKind.UPDATE.value)
                .order_by(OutboxOp.client_seq)
            ).scalars()
        )


def test_status_change_is_journalled_versioned_and_queued(
    db: Database, ctx: WriteContext, ticket: CreatedTicket
) -> None:
    before = row(db, ticket.id)
    result = change(db, ctx, ticket.id, status=Status.OPEN.value)
    after = row(db, ticket.id)

    assert result == ChangeResult(ticket.id, ("status",))
    assert after.status == Status.OPEN.value
    # The version stays the server's: a local edit does not invent one.
    assert after.version == before.version == 1
    assert after.updated_at > before.updated_at
    assert after.last_activity_at > before.last_activity_at
    assert after.created_at == before.created_at

    entries = journal_of(db, ticket.id)
    assert [e.kind for e in entries] == [
        JournalKind.CREATED.value,
        JournalKind.STATUS_CHANGED.value,
    ]
    status_entry = entries[-1]
    assert (status_entry.field, status_entry.old_value, status_entry.new_value) == (
        "status",
        "new",
        "open",
    )
    assert status_entry.updated_at == after.updated_at

    (op,) = update_ops(db, ticket.id)
    assert op.entity == "ticket"
    assert op.base_version == 1
    assert op.hlc == after.updated_at
    assert json.loads(op.payload) == {"status": {"old": "new", "new": "open"}}
    # the journal entry travels too, as its own insert
    with db.reading() as session:
        journal_ops = session.execute(
            select(OutboxOp.entity_id).where(OutboxOp.entity == "ticket_journal")
        ).scalars()
        assert status_entry.id in set(journal_ops)


def test_several_fields_one_op_each_field_journalled(
    db: Database, ctx: WriteContext, ticket: CreatedTicket, agent: User
) -> None:
    with db.reading() as session:
        group = session.execute(
            select(DeskGroup).where(DeskGroup.tier == int(Tier.SPECIALIST)).limit(1)
        ).scalar_one()
    result = change(
        db,
        ctx,
        ticket.id,
        status=Status.WAITING_CUSTOMER.value,
        group_id=group.id,
        assignee_id=agent.id,
        priority=int(Priority.ENTERPRISE_FAILURE),
        subject="  Printer   on fire ",
    )
    assert set(result.changed) == {"status", "group_id", "assignee_id", "priority", "subject"}
    after = row(db, ticket.id)
    assert after.subject == "Printer on fire"
    assert after.tier == int(Tier.SPECIALIST)  # follows the queue
    assert after.version == 1  # the server's version, not counted up locally

    kinds = {e.field: e.kind for e in journal_of(db, ticket.id) if e.field}
    assert kinds == {
        "status": JournalKind.STATUS_CHANGED.value,
        "group_id": JournalKind.ASSIGNED.value,
        "assignee_id": JournalKind.ASSIGNED.value,
        "priority": JournalKind.FIELD_CHANGED.value,
        "subject": JournalKind.FIELD_CHANGED.value,
    }
    (op,) = update_ops(db, ticket.id)
    payload = json.loads(op.payload)
    assert payload == {
        "status": {"old": "new", "new": "waiting_customer"},
        "group_id": {"old": None, "new": group.id},
        "assignee_id": {"old": None, "new": agent.id},
        "priority": {"old": int(Priority.REGULAR), "new": int(Priority.ENTERPRISE_FAILURE)},
        "subject": {"old": "Printer does not print", "new": "Printer on fire"},
        # The tier follows the queue on every replica: it does not travel.
    }


def test_successive_edits_carry_their_base_version(
    db: Database, ctx: WriteContext, ticket: CreatedTicket
) -> None:
    change(db, ctx, ticket.id, status=Status.OPEN.value)
    change(db, ctx, ticket.id, priority=int(Priority.CRITICAL))
    change(db, ctx, ticket.id, status=Status.RESOLVED.value)
    ops = update_ops(db, ticket.id)
    # Each is based on what the server last said (here: the insert's version 1).
    assert [op.base_version for op in ops] == [1, 1, 1]
    assert [op.hlc for op in ops] == sorted(op.hlc for op in ops)
    assert len({op.hlc for op in ops}) == 3
    assert row(db, ticket.id).version == 1


def test_unchanged_values_write_nothing(
    db: Database, ctx: WriteContext, ticket: CreatedTicket
) -> None:
    before = row(db, ticket.id)
    counts_before = db_counts(db)
    result = change(
        db,
        ctx,
        ticket.id,
        status=Status.NEW.value,
        priority=int(Priority.REGULAR),
        subject=" Printer  does not print ",  # same once cleaned
        group_id=None,
    )
    assert result.changed == ()
    after = row(db, ticket.id)
    assert (after.version, after.updated_at, after.last_activity_at) == (
        before.version,
        before.updated_at,
        before.last_activity_at,
    )
    assert db_counts(db) == counts_before


@pytest.mark.parametrize("field", ["number", "id", "version", "created_at", "row_no", "nope"])
def test_non_editable_field_is_refused(
    db: Database, ctx: WriteContext, ticket: CreatedTicket, field: str
) -> None:
    before = db_counts(db)
    with pytest.raises(ValueError, match="cannot be edited"):
        change(db, ctx, ticket.id, **{field: "x"})
    assert db_counts(db) == before
    assert row(db, ticket.id).version == 1


@pytest.mark.parametrize(
    ("changes", "fields"),
    [
        ({"status": "bogus"}, {"status"}),
        ({"priority": 7}, {"priority"}),
        ({"priority": "1"}, {"priority"}),
        ({"channel": "pigeon"}, {"channel"}),
        ({"subject": "   "}, {"subject"}),
        ({"subject": "x" * 301}, {"subject"}),
        ({"description": "bad\x00"}, {"description"}),
        ({"group_id": "no-such-group"}, {"group_id"}),
        ({"assignee_id": "no-such-user"}, {"assignee_id"}),
        ({"status": "open", "priority": 0}, {"priority"}),
    ],
)
def test_invalid_change_writes_nothing(
    db: Database,
    ctx: WriteContext,
    ticket: CreatedTicket,
    changes: dict[str, Any],
    fields: set[str],
) -> None:
    before = db_counts(db)
    with pytest.raises(ValidationFailed) as raised:
        change(db, ctx, ticket.id, **changes)
    assert {e.field for e in raised.value.errors} == fields
    assert db_counts(db) == before
    assert row(db, ticket.id).status == Status.NEW.value


def test_closing_sets_closed_at_and_reopening_clears_it(
    db: Database, ctx: WriteContext, ticket: CreatedTicket
) -> None:
    change(db, ctx, ticket.id, status=Status.CLOSED.value)
    closed = row(db, ticket.id)
    assert closed.closed_at is not None
    # The time of the status's write, which every replica can tell.
    assert closed.closed_at == hlc_time(closed.updated_at)
    change(db, ctx, ticket.id, status=Status.OPEN.value)
    assert row(db, ticket.id).closed_at is None
    change(db, ctx, ticket.id, status=Status.RESOLVED.value)
    assert row(db, ticket.id).closed_at is not None
    change(db, ctx, ticket.id, status=Status.WAITING_THIRD_PARTY.value)
    assert row(db, ticket.id).closed_at is None


def test_unassigning_is_a_change(
    db: Database, ctx: WriteContext, ticket: CreatedTicket, agent: User
) -> None:
    change(db, ctx, ticket.id, assignee_id=agent.id)
    change(db, ctx, ticket.id, assignee_id=None)
    assert row(db, ticket.id).assignee_id is None
    last = journal_of(db, ticket.id)[-1]
    assert (last.kind, last.old_value, last.new_value) == ("assigned", agent.id, "")


def test_subject_change_is_searchable(
    db: Database, ctx: WriteContext, ticket: CreatedTicket
) -> None:
    change(db, ctx, ticket.id, subject="الشبكة مقطوعة")
    with db.engine.connect() as conn:
        found = conn.exec_driver_sql(
            "SELECT rowid FROM ticket_fts WHERE ticket_fts MATCH ?", ('"الشبكه"',)
        ).all()
        old = conn.exec_driver_sql(
            "SELECT rowid FROM ticket_fts WHERE ticket_fts MATCH ?", ('"printer"',)
        ).all()
    assert found == [(ticket.row_no,)]
    assert old == []


def test_add_note_is_journalled_and_queued(
    db: Database, ctx: WriteContext, ticket: CreatedTicket
) -> None:
    before = row(db, ticket.id)
    with db.writing() as session:
        entry_id = add_note(session, ctx, ticket.id, "  Called the customer back.  ")
    entries = journal_of(db, ticket.id)
    note = entries[-1]
    assert note.id == entry_id
    assert (note.kind, note.body, note.author_id) == (
        JournalKind.NOTE.value,
        "Called the customer back.",
        ctx.actor.user_id,
    )
    assert note.updated_at > before.updated_at
    after = row(db, ticket.id)
    assert after.last_activity_at > before.last_activity_at
    with db.reading() as session:
        ops = (
            session.execute(select(OutboxOp).where(OutboxOp.entity_id == entry_id)).scalars().all()
        )
    assert len(ops) == 1 and ops[0].kind == OpKind.INSERT.value
    assert json.loads(ops[0].payload)["body"] == "Called the customer back."


@pytest.mark.parametrize("body", ["", "   \n ", "x" * 64_001, "ring\x07"])
def test_invalid_note_writes_nothing(
    db: Database, ctx: WriteContext, ticket: CreatedTicket, body: str
) -> None:
    before = db_counts(db)
    with pytest.raises(ValidationFailed) as raised, db.writing() as session:
        add_note(session, ctx, ticket.id, body)
    assert [e.field for e in raised.value.errors] == ["note"]
    assert db_counts(db) == before


def test_tombstoned_or_missing_ticket_is_not_found(
    db: Database, ctx: WriteContext, ticket: CreatedTicket
) -> None:
    with db.writing() as session:
        session.execute(
            text("UPDATE ticket SET deleted_at = '2026-03-02 00:00:00.000000' WHERE id = :id"),
            {"id": ticket.id},
        )
    for ticket_id in (ticket.id, "no-such-ticket"):
        with pytest.raises(NotFound), db.writing() as session:
            change_fields(session, ctx, ticket_id, {"status": "open"})
        with pytest.raises(NotFound), db.writing() as session:
            add_note(session, ctx, ticket_id, "hello")
        with pytest.raises(NotFound), db.reading() as session:
            load_ticket(session, ticket_id)


def test_load_ticket_shows_history_in_order(
    db: Database, ctx: WriteContext, ticket: CreatedTicket
) -> None:
    change(db, ctx, ticket.id, status=Status.OPEN.value)
    with db.writing() as session:
        add_note(session, ctx, ticket.id, "first note")
    change(db, ctx, ticket.id, status=Status.RESOLVED.value)
    with db.reading() as session:
        detail = load_ticket(session, ticket.id)
    assert [e.kind for e in detail.journal] == [
        "created",
        "status_changed",
        "note",
        "status_changed",
    ]
    assert detail.version == 1
    assert detail.status == "resolved"
    assert detail.customer_name == "Ahmad"


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE ticket_journal SET body = 'rewritten'",
        "UPDATE ticket_journal SET deleted_at = '2026-01-01 00:00:00.000000'",
        "DELETE FROM ticket_journal",
    ],
)
def test_journal_is_append_only(db: Database, ticket: CreatedTicket, statement: str) -> None:
    with pytest.raises(exc.IntegrityError, match="append-only"), db.writing() as session:
        session.execute(text(statement))
    assert [e.kind for e in journal_of(db, ticket.id)] == ["created"]


def test_journal_is_append_only_through_the_orm(db: Database, ticket: CreatedTicket) -> None:
    with pytest.raises(exc.IntegrityError), db.writing() as session:
        entry = session.execute(select(TicketJournal)).scalar_one()
        entry.body = "rewritten"
    with pytest.raises(exc.IntegrityError), db.writing() as session:
        session.delete(session.execute(select(TicketJournal)).scalar_one())
    assert journal_of(db, ticket.id)[0].body == "Printer does not print"


def test_closing_derives_closed_at_without_sending_it(db, ctx):  # type: ignore[no-untyped-def]
    """Every replica must agree a resolved ticket is closed: each derives
    closed_at from the status, so only the status travels."""
    from desk_app.services.intake import IntakeForm, create_ticket
    from desk_app.services.tickets import change_fields

    with db.writing() as s:
        created = create_ticket(s, ctx, IntakeForm(subject="Close me"))
    with db.writing() as s:
        change_fields(s, ctx, created.id, {"status": "resolved"})
    (op,) = update_ops(db, created.id)
    payload = json.loads(op.payload)
    assert payload == {"status": {"old": "new", "new": "resolved"}}
    assert row(db, created.id).closed_at is not None
