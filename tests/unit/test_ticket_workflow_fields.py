"""The desk-workflow fields of a ticket are edited like any other: validated,
journalled and queued for sync, with a message for each mistake."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from desk_app.models import OutboxOp, Ticket, TicketJournal
from desk_app.services import messages as m
from desk_app.services.context import WriteContext
from desk_app.services.intake import IntakeForm, create_ticket
from desk_app.services.messages import ValidationFailed
from desk_app.services.tickets import change_fields
from desk_app.storage.db import Database


@pytest.fixture
def ticket_id(db: Database, ctx: WriteContext) -> str:
    with db.writing() as session:
        return create_ticket(session, ctx, IntakeForm(subject="Printer", customer_name="Ali")).id


def test_workflow_fields_are_journalled_and_queued(
    db: Database, ctx: WriteContext, ticket_id: str
) -> None:
    due = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    changes = {
        "complaint": True,
        "satisfaction": 4,
        "resolution_cause": "  worn   roller ",
        "solution": "Replaced the pickup roller.",
        "follow_up_every_days": 2,
        "follow_up_next_at": due,
        "custom_fields": json.dumps({"serial": "X-1"}),
    }
    with db.writing() as session:
        result = change_fields(session, ctx, ticket_id, dict(changes))
    assert set(result.changed) == set(changes)
    with db.reading() as session:
        ticket = session.execute(select(Ticket).where(Ticket.id == ticket_id)).scalar_one()
        assert ticket.complaint is True and ticket.satisfaction == 4
        assert ticket.resolution_cause == "worn roller"
        assert ticket.follow_up_next_at == due
        fields = set(
            session.execute(
                select(TicketJournal.field).where(TicketJournal.ticket_id == ticket_id)
            ).scalars()
        )
        assert set(changes) <= fields
        [update] = session.execute(
            select(OutboxOp.payload).where(OutboxOp.entity == "ticket", OutboxOp.kind == "update")
        ).scalars()
        assert set(json.loads(update)) >= set(changes)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("satisfaction", 0, m.OUT_OF_RANGE),
        ("satisfaction", 6, m.OUT_OF_RANGE),
        ("satisfaction", "4", m.OUT_OF_RANGE),
        ("satisfaction", True, m.OUT_OF_RANGE),
        ("follow_up_every_days", 0, m.OUT_OF_RANGE),
        ("follow_up_every_days", 400, m.OUT_OF_RANGE),
        ("complaint", "yes", m.BAD_CHOICE),
        ("custom_fields", "[1, 2]", m.BAD_FIELDS),
        ("custom_fields", "{not json", m.BAD_FIELDS),
        ("custom_fields", json.dumps({"x": "y" * 20_000}), m.TOO_LONG),
        ("resolution_cause", "x" * 101, m.TOO_LONG),
        ("merged_into_id", "01234567-0000-7000-8000-000000000000", m.UNKNOWN_REFERENCE),
    ],
)
def test_bad_workflow_values_are_refused_with_a_message(
    db: Database, ctx: WriteContext, ticket_id: str, field: str, value: object, message: str
) -> None:
    with db.writing() as session, pytest.raises(ValidationFailed) as raised:
        change_fields(session, ctx, ticket_id, {field: value})
    assert [(e.field, e.message) for e in raised.value.errors] == [(field, message)]


def test_a_naive_follow_up_time_is_a_programming_error(
    db: Database, ctx: WriteContext, ticket_id: str
) -> None:
    with db.writing() as session, pytest.raises(ValueError):
        change_fields(session, ctx, ticket_id, {"follow_up_next_at": datetime(2026, 12, 1)})
