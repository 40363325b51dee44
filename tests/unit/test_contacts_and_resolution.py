"""Contacts with the customer, call-back schedules, resolving and reopening."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import Ticket, TicketJournal
from desk_app.services import contacts, resolution
from desk_app.services.contacts import ContactForm
from desk_app.services.context import WriteContext
from desk_app.services.intake import IntakeForm, create_ticket
from desk_app.services.messages import ValidationFailed
from desk_app.services.resolution import Resolution
from desk_app.services.tickets import change_fields
from desk_app.storage.db import Database

NOW = datetime(2026, 11, 26, 9, tzinfo=UTC)


@pytest.fixture
def ticket(db: Database, ctx: WriteContext) -> str:
    ctx.now = lambda: NOW
    with db.writing() as session:
        made = create_ticket(session, ctx, IntakeForm(subject="Printer", customer_name="Ali"))
        change_fields(session, ctx, made.id, {"assignee_id": ctx.actor.user_id})
        return made.id


def row(db: Database, ticket_id: str) -> Ticket:
    with db.reading() as session:
        return session.execute(select(Ticket).where(Ticket.id == ticket_id)).scalar_one()


def test_a_call_is_logged_and_an_outbound_one_moves_the_follow_up_on(
    db: Database, ctx: WriteContext, ticket: str
) -> None:
    with db.writing() as session:
        contacts.schedule_follow_up(session, ctx, ticket, NOW + timedelta(hours=2), every_days=2)
    with db.reading() as session:
        assert contacts.due_follow_ups(session, ctx.actor.user_id, NOW) == []
        due = contacts.due_follow_ups(session, ctx.actor.user_id, NOW + timedelta(hours=3))
        assert [f.ticket_id for f in due] == [ticket] and due[0].every_days == 2
    later = NOW + timedelta(hours=3)
    ctx.now = lambda: later
    with db.writing() as session:
        contacts.log_contact(
            session, ctx, ticket, ContactForm("Called back: it prints now", duration_s=270)
        )
    assert row(db, ticket).follow_up_next_at == later + timedelta(days=2)
    with db.reading() as session:
        entry = session.execute(
            select(TicketJournal).where(
                TicketJournal.ticket_id == ticket, TicketJournal.kind == "contact_logged"
            )
        ).scalar_one()
        assert (entry.channel, entry.direction, entry.duration_s) == ("phone", "outbound", 270)
    # An inbound call does not count as our call-back.
    with db.writing() as session:
        contacts.log_contact(
            session, ctx, ticket, ContactForm("Customer rang", direction="inbound")
        )
    assert row(db, ticket).follow_up_next_at == later + timedelta(days=2)


@pytest.mark.parametrize(
    ("form", "field"),
    [
        (ContactForm("   "), "summary"),
        (ContactForm("x", channel="pigeon"), "channel"),
        (ContactForm("x", direction="sideways"), "direction"),
        (ContactForm("x", duration_s=-5), "duration"),
        (ContactForm("x", duration_s=2 * 24 * 3600), "duration"),
    ],
)
def test_contact_mistakes_are_refused_on_their_field(
    db: Database, ctx: WriteContext, ticket: str, form: ContactForm, field: str
) -> None:
    with pytest.raises(ValidationFailed) as raised, db.writing() as session:
        contacts.log_contact(session, ctx, ticket, form)
    assert [e.field for e in raised.value.errors] == [field]


def test_a_follow_up_in_the_past_or_on_a_solved_ticket_is_refused(
    db: Database, ctx: WriteContext, ticket: str
) -> None:
    with pytest.raises(ValidationFailed) as raised, db.writing() as session:
        contacts.schedule_follow_up(session, ctx, ticket, NOW - timedelta(minutes=1))
    assert raised.value.errors[0].message == contacts.IN_THE_PAST
    with pytest.raises(ValidationFailed) as raised, db.writing() as session:
        contacts.schedule_follow_up(session, ctx, ticket, NOW + timedelta(days=1), every_days=0)
    assert raised.value.errors[0].field == "follow_up_every_days"
    with db.writing() as session:
        resolution.resolve_ticket(session, ctx, ticket, Resolution("Paper jam", "Cleared it"))
    with pytest.raises(ValidationFailed) as raised, db.writing() as session:
        contacts.schedule_follow_up(session, ctx, ticket, NOW + timedelta(days=1))
    assert raised.value.errors[0].message == contacts.TICKET_CLOSED


def test_resolving_records_cause_solution_and_satisfaction_and_ends_follow_ups(
    db: Database, ctx: WriteContext, ticket: str
) -> None:
    with db.writing() as session:
        contacts.schedule_follow_up(session, ctx, ticket, NOW + timedelta(hours=1), every_days=1)
        resolution.resolve_ticket(
            session, ctx, ticket, Resolution("Worn roller", "Replaced the roller", satisfaction=5)
        )
    done = row(db, ticket)
    assert (done.status, done.resolution_cause, done.satisfaction) == ("resolved", "Worn roller", 5)
    assert done.follow_up_next_at is None and done.closed_at is not None
    with db.writing() as session:
        resolution.reopen_ticket(session, ctx, ticket)
    reopened = row(db, ticket)
    assert reopened.status == "open" and reopened.solution == "Replaced the roller"
    with db.reading() as session:
        statuses = (
            session.execute(
                select(TicketJournal.new_value)
                .where(TicketJournal.ticket_id == ticket, TicketJournal.field == "status")
                .order_by(TicketJournal.at, TicketJournal.updated_at)
            )
            .scalars()
            .all()
        )
    assert statuses[-2:] == ["resolved", "open"]  # the history keeps both


def journal(session: Session, ticket: str) -> list[TicketJournal]:
    query = (
        select(TicketJournal)
        .where(TicketJournal.ticket_id == ticket)
        .order_by(TicketJournal.at, TicketJournal.updated_at)
    )
    return list(session.execute(query).scalars())


def test_how_the_score_was_given_is_kept_on_its_history_entry(
    db: Database, ctx: WriteContext, ticket: str
) -> None:
    """The SOP: a score asked on the phone, or recorded from a letter."""
    form = Resolution("Worn roller", "Replaced it", satisfaction=2, satisfaction_channel="letter")
    with db.writing() as session:
        resolution.resolve_ticket(session, ctx, ticket, form)
    with db.reading() as session:
        entries = journal(session, ticket)
        assert resolution.satisfaction_channel(entries) == "letter"
        status = next(e for e in entries if e.field == "status")
        assert status.channel == ""  # only the score says how it came
    with db.writing() as session:
        resolution.reopen_ticket(session, ctx, ticket)
        resolution.resolve_ticket(session, ctx, ticket, Resolution("Again", "Done"))
    with db.reading() as session:
        entries = journal(session, ticket)
    assert row(db, ticket).satisfaction is None
    assert resolution.satisfaction_channel(entries) == ""  # not asked this time


def test_resolution_mistakes_are_refused_and_change_nothing(
    db: Database, ctx: WriteContext, ticket: str
) -> None:
    for form, field in (
        (Resolution("", "Replaced"), "resolution_cause"),
        (Resolution("Cause", "  "), "solution"),
        (Resolution("Cause", "Fixed", satisfaction=7), "satisfaction"),
        (
            Resolution("Cause", "Fixed", satisfaction=4, satisfaction_channel="pigeon"),
            "satisfaction_channel",
        ),
    ):
        with pytest.raises(ValidationFailed) as raised, db.writing() as session:
            resolution.resolve_ticket(session, ctx, ticket, form)
        assert field in [e.field for e in raised.value.errors]
        assert row(db, ticket).status != "resolved"
    with pytest.raises(ValidationFailed), db.writing() as session:
        resolution.reopen_ticket(session, ctx, ticket)  # it is open
