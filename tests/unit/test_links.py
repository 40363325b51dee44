"""Linking, merging and splitting tickets: journal entries on both sides,
folded the same way on every desk; a merge keeps both histories."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desk_app.models import JournalKind, OutboxOp, Ticket, TicketJournal
from desk_app.services import links
from desk_app.services.context import WriteContext
from desk_app.services.intake import IntakeForm, create_ticket
from desk_app.services.messages import NotFound, ValidationFailed
from desk_app.services.tickets import add_note
from desk_app.storage.db import Database


def new(db: Database, ctx: WriteContext, subject: str) -> str:
    with db.writing() as session:
        form = IntakeForm(subject=subject, customer_name="Huda", phone="0501234567")
        return create_ticket(session, ctx, form).id


@pytest.fixture
def three(db: Database, ctx: WriteContext) -> tuple[str, str, str]:
    return new(db, ctx, "Printer"), new(db, ctx, "Scanner"), new(db, ctx, "Email")


def linked(db: Database, ticket_id: str) -> set[str]:
    with db.reading() as session:
        return {t.id for t in links.linked_tickets(session, ticket_id)}


def test_a_link_shows_on_both_tickets_and_an_unlink_removes_it(
    db: Database, ctx: WriteContext, three: tuple[str, str, str]
) -> None:
    a, b, c = three
    with db.writing() as session:
        links.link_tickets(session, ctx, a, b)
        links.link_tickets(session, ctx, a, c)
    assert linked(db, a) == {b, c} and linked(db, b) == {a} and linked(db, c) == {a}
    with db.writing() as session:
        links.unlink_tickets(session, ctx, b, a)
    assert linked(db, a) == {c} and linked(db, b) == set()
    with db.reading() as session:
        kinds = session.execute(
            select(TicketJournal.kind).where(TicketJournal.ticket_id == a)
        ).scalars()
        assert sorted(k for k in kinds if k != "created") == ["linked", "linked", "unlinked"]
        # each entry travels: three on a, three on its partners
        journal_ops = session.execute(
            select(OutboxOp.entity_id).where(OutboxOp.entity == "ticket_journal")
        ).all()
        assert len(journal_ops) == 3 + 6


@pytest.mark.parametrize(
    ("action", "message"),
    [
        ("self", links.SAME_TICKET),
        ("twice", links.ALREADY_LINKED),
        ("unlink", links.NOT_LINKED),
    ],
)
def test_link_mistakes_are_refused_and_change_nothing(
    db: Database, ctx: WriteContext, three: tuple[str, str, str], action: str, message: str
) -> None:
    a, b, _ = three
    if action == "twice":
        with db.writing() as session:
            links.link_tickets(session, ctx, a, b)
    with db.writing() as session:
        before = len(session.execute(select(TicketJournal.id)).all())
    with pytest.raises(ValidationFailed) as raised, db.writing() as session:
        if action == "self":
            links.link_tickets(session, ctx, a, a)
        elif action == "twice":
            links.link_tickets(session, ctx, b, a)
        else:
            links.unlink_tickets(session, ctx, a, b)
    assert [e.message for e in raised.value.errors] == [message]
    with db.reading() as session:
        assert len(session.execute(select(TicketJournal.id)).all()) == before


def test_an_unknown_ticket_is_not_found(
    db: Database, ctx: WriteContext, three: tuple[str, ...]
) -> None:
    with pytest.raises(NotFound), db.writing() as session:
        links.link_tickets(session, ctx, three[0], "01234567-0000-7000-8000-000000000000")


def test_a_merge_closes_the_duplicate_and_keeps_both_histories(
    db: Database, ctx: WriteContext, three: tuple[str, str, str]
) -> None:
    a, b, _ = three
    with db.writing() as session:
        add_note(session, ctx, b, "customer called twice")
        assert links.merge_tickets(session, ctx, b, a) == a
    with db.reading() as session:
        dup = session.execute(select(Ticket).where(Ticket.id == b)).scalar_one()
        assert dup.merged_into_id == a and dup.status == "closed" and dup.closed_at is not None
        assert links.merged_history(session, a) == [b]
        merged = session.execute(
            select(TicketJournal).where(
                TicketJournal.ticket_id == a, TicketJournal.kind == JournalKind.MERGED.value
            )
        ).scalar_one()
        assert merged.new_value == b and merged.body == dup.number
        # b's own journal is untouched (append-only), note included
        notes = (
            session.execute(
                select(TicketJournal.body).where(
                    TicketJournal.ticket_id == b, TicketJournal.kind == "note"
                )
            )
            .scalars()
            .all()
        )
        assert notes == ["customer called twice"]


def test_merging_into_a_merged_ticket_goes_to_its_survivor_and_loops_are_refused(
    db: Database, ctx: WriteContext, three: tuple[str, str, str]
) -> None:
    a, b, c = three
    with db.writing() as session:
        links.merge_tickets(session, ctx, b, a)
        # c into b: b was merged into a, so c goes to a
        assert links.merge_tickets(session, ctx, c, b) == a
    with db.reading() as session:
        assert sorted(links.merged_history(session, a)) == sorted([b, c])
    with pytest.raises(ValidationFailed) as raised, db.writing() as session:
        links.merge_tickets(session, ctx, b, c)
    assert raised.value.errors[0].message == links.ALREADY_MERGED


def test_a_split_makes_a_linked_ticket_for_the_same_customer(
    db: Database, ctx: WriteContext, three: tuple[str, str, str]
) -> None:
    a = three[0]
    with db.writing() as session:
        created = links.split_ticket(session, ctx, a, "Also: the monitor flickers")
    with db.reading() as session:
        source = session.execute(select(Ticket).where(Ticket.id == a)).scalar_one()
        new_ticket = session.execute(select(Ticket).where(Ticket.id == created.id)).scalar_one()
        assert new_ticket.customer_id == source.customer_id
        assert new_ticket.channel == source.channel and new_ticket.group_id == source.group_id
    assert linked(db, a) == {created.id} and linked(db, created.id) == {a}
    with pytest.raises(ValidationFailed), db.writing() as session:
        links.split_ticket(session, ctx, a, "   ")  # a subject is required
