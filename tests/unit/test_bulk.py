"""Bulk assign / status / priority: every ticket changed as if edited alone,
the ones the change does not suit left as they were and said why."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desk_app.models import OutboxOp, Ticket, TicketJournal
from desk_app.services.bulk import DONE_ALREADY, change_many
from desk_app.services.catalogue import default_catalogue
from desk_app.services.context import WriteContext
from desk_app.services.messages import UNKNOWN_REFERENCE, ValidationFailed
from desk_app.services.priority import PRIORITY_NOT_ALLOWED
from desk_app.services.tickets import change_fields
from desk_app.storage.db import Database
from tests.unit.helpers import create


def _tickets(db: Database) -> dict[str, Ticket]:
    with db.reading() as session:
        return {t.id: t for t in session.execute(select(Ticket)).scalars()}


def test_assign_many_journals_and_queues_each_ticket(db: Database, ctx: WriteContext) -> None:
    ids = [create(db, ctx, subject=f"t{i}").id for i in range(5)]
    me = ctx.actor.user_id
    with db.writing() as session:
        change_fields(session, ctx, ids[0], {"assignee_id": me})
        ops_before = session.execute(select(func.count()).select_from(OutboxOp)).scalar_one()
    with db.writing() as session:
        outcome = change_many(session, ctx, [*ids, ids[1]], "assignee_id", me)
    assert outcome.changed == ids[1:] and outcome.unchanged == [ids[0]] and not outcome.refused
    assert all(t.assignee_id == me for t in _tickets(db).values())
    with db.reading() as session:
        entries = session.execute(
            select(TicketJournal.ticket_id).where(TicketJournal.field == "assignee_id")
        ).scalars()
        assert sorted(entries) == sorted(ids)  # one entry per ticket, none twice
        ops = session.execute(select(func.count()).select_from(OutboxOp)).scalar_one()
    assert ops > ops_before


def test_status_skips_resolved_tickets_and_changes_the_rest(
    db: Database, ctx: WriteContext
) -> None:
    open_one, done = create(db, ctx).id, create(db, ctx).id
    with db.writing() as session:
        change_fields(session, ctx, done, {"status": "closed"})
    with db.writing() as session:
        outcome = change_many(session, ctx, [open_one, done], "status", "waiting_customer")
    assert outcome.changed == [open_one]
    (refusal,) = outcome.refused
    assert refusal.error.message == DONE_ALREADY and refusal.number.startswith("HQ")
    tickets = _tickets(db)
    assert tickets[open_one].status == "waiting_customer" and tickets[done].status == "closed"


def test_resolving_in_bulk_is_refused_outright(db: Database, ctx: WriteContext) -> None:
    ticket = create(db, ctx).id
    for value in ("resolved", "closed", "nonsense"):
        with db.writing() as session, pytest.raises(ValidationFailed):
            change_many(session, ctx, [ticket], "status", value)
    with pytest.raises(ValueError), db.writing() as session:
        change_many(session, ctx, [ticket], "subject", "x")


def test_priority_respects_each_tickets_category(db: Database, ctx: WriteContext) -> None:
    outage = create(db, ctx, category="network.outage", priority=1).id
    plain = create(db, ctx, priority=3).id
    with db.writing() as session:
        outcome = change_many(session, ctx, [outage, plain], "priority", 4, default_catalogue())
    assert outcome.changed == [plain]
    assert outcome.refused[0].error.message == PRIORITY_NOT_ALLOWED
    assert _tickets(db)[outage].priority == 1


def test_unknown_people_and_vanished_tickets_are_refused(db: Database, ctx: WriteContext) -> None:
    ticket = create(db, ctx).id
    with db.writing() as session:
        outcome = change_many(session, ctx, [ticket], "assignee_id", "no-such-user")
    assert outcome.refused[0].error.message == UNKNOWN_REFERENCE and not outcome.changed
    with db.writing() as session:
        outcome = change_many(session, ctx, ["no-such-ticket", ticket], "priority", 2)
    assert [r.error.message for r in outcome.refused] == [UNKNOWN_REFERENCE]
    assert outcome.changed == [ticket]
