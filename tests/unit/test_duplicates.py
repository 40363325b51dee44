"""Duplicate warnings: open tickets of the same customer or asset with a
similar subject, in Arabic with or without the article and harakat; logging
the call on one of them instead of opening a new ticket."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select, update

from desk_app.models import (
    Asset,
    Direction,
    JournalKind,
    OutboxOp,
    Status,
    Ticket,
    TicketJournal,
)
from desk_app.services import duplicates
from desk_app.services.context import WriteContext
from desk_app.services.duplicates import find_duplicates, log_contact, similarity, words
from desk_app.services.messages import NotFound, ValidationFailed
from desk_app.storage.db import Database
from tests.unit.helpers import create


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("الطابعة لا تعمل", "الطابعة لا تعمل"),
        ("الطّابِعَة لا تعمل", "طابعة لا تعمل"),  # harakat and the article
        ("الطابعه لا تطبع", "الطابعة لا تطبع"),  # ta marbuta typed as ha
        ("مشكلة بالطابعة في الدور الثاني", "الطابعة - الدور الثاني"),  # bi- + article
        ("الطــابعة معطلة", "طابعة معطّلة"),  # tatweel
        ("أعطال الشبكة", "اعطال الشبكه"),  # hamza on alef
        ("Printer does not print", "printer not printing"),
        ("Cannot connect to the VPN", "VPN connection fails"),
        ("الطابعة", "الطابعة لا تطبع من أجهزة القسم"),  # a subject typed halfway
        ("Print", "Printer jams on tray 2"),  # a word typed halfway
        ("فاتورة شهر ٣", "فاتورة شهر 3"),  # Arabic-Indic digits
    ],
)
def test_alike(a: str, b: str) -> None:
    assert similarity(a, b) >= duplicates.MIN_SCORE, (words(a), words(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("الطابعة لا تعمل", "الشبكة لا تعمل"),  # only filler words in common
        ("Printer does not print", "Invoice shows the wrong amount"),
        ("اعتراض على فاتورة أكتوبر", "إعادة تعيين كلمة المرور"),
        ("VPN", ""),
        ("لا في من", "لا في من"),  # nothing but filler
    ],
)
def test_not_alike(a: str, b: str) -> None:
    assert similarity(a, b) < duplicates.MIN_SCORE, (words(a), words(b))


def test_words_drop_the_article_harakat_and_filler() -> None:
    assert words("وبالطَّابِعَةِ لا تعمل في القسم") == ("طابعه", "قسم")
    assert words("The printer doesn't print") == ("printer", "print")


@given(st.text(max_size=40), st.text(max_size=40))
def test_similarity_is_symmetric_and_bounded(a: str, b: str) -> None:
    score = similarity(a, b)
    assert 0.0 <= score <= 1.0
    assert score == pytest.approx(similarity(b, a))


@given(st.text(min_size=1, max_size=40))
def test_a_subject_is_fully_like_itself_when_it_has_words(a: str) -> None:
    assert similarity(a, a) in (0.0, 1.0)
    assert (similarity(a, a) == 1.0) == bool(words(a))


# -- finding them in the database -------------------------------------------------------


@pytest.fixture
def customer_ticket(db: Database, ctx: WriteContext) -> tuple[str, str]:
    created = create(db, ctx, subject="الطابعة في قسم المحاسبة لا تطبع", customer_name="نورة")
    assert created.customer_id is not None
    return created.customer_id, created.id


def test_open_tickets_of_the_same_customer_are_found(
    db: Database, ctx: WriteContext, customer_ticket: tuple[str, str]
) -> None:
    customer_id, ticket_id = customer_ticket
    create(db, ctx, subject="Invoice is wrong", customer_id=customer_id)
    # Another customer's ticket with the same subject is not this caller's problem.
    create(db, ctx, subject="الطابعة في قسم المحاسبة لا تطبع", customer_name="خالد")
    with db.reading() as session:
        found = find_duplicates(session, "طابعة المحاسبة", customer_id, None)
    assert [c.id for c in found] == [ticket_id]
    assert found[0].same_customer and not found[0].same_asset
    assert found[0].number.startswith("HQ-")


def test_nothing_is_searched_without_a_customer_or_asset_or_words(
    db: Database, ctx: WriteContext, customer_ticket: tuple[str, str]
) -> None:
    customer_id, _ticket = customer_ticket
    with db.reading() as session:
        assert find_duplicates(session, "الطابعة", None, None) == []
        assert find_duplicates(session, "   ", customer_id, None) == []
        assert find_duplicates(session, "في من", customer_id, None) == []


def test_closed_merged_and_deleted_tickets_are_not_offered(
    db: Database, ctx: WriteContext, customer_ticket: tuple[str, str]
) -> None:
    customer_id, ticket_id = customer_ticket
    others = [create(db, ctx, subject="الطابعة لا تطبع", customer_id=customer_id).id for _ in "abc"]
    with db.writing() as session:
        session.execute(
            update(Ticket).where(Ticket.id == others[0]).values(status=Status.CLOSED.value)
        )
        session.execute(
            update(Ticket).where(Ticket.id == others[1]).values(merged_into_id=ticket_id)
        )
        session.execute(update(Ticket).where(Ticket.id == others[2]).values(deleted_at=ctx.now()))
    with db.reading() as session:
        found = find_duplicates(session, "الطابعة لا تطبع", customer_id, None)
    assert [c.id for c in found] == [ticket_id]


def test_tickets_of_the_same_asset_are_found_whoever_called(
    db: Database, ctx: WriteContext
) -> None:
    first = create(
        db, ctx, subject="Printer jams", customer_name="A", new_asset=True, product_ref="HP M404"
    )
    assert first.asset_id is not None
    with db.reading() as session:
        found = find_duplicates(session, "printer jam again", None, first.asset_id)
        both = find_duplicates(session, "printer jam again", first.customer_id, first.asset_id)
    assert [c.id for c in found] == [first.id]
    assert found[0].same_asset and not found[0].same_customer
    assert [c.id for c in both] == [first.id] and both[0].same_asset and both[0].same_customer


def test_most_alike_first_and_at_most_the_limit(db: Database, ctx: WriteContext) -> None:
    first = create(db, ctx, subject="VPN disconnects", customer_name="Ali")
    customer_id = first.customer_id
    best = create(db, ctx, subject="VPN disconnects every hour", customer_id=customer_id)
    for i in range(8):
        create(db, ctx, subject=f"VPN disconnects at branch {i}", customer_id=customer_id)
    with db.reading() as session:
        found = find_duplicates(session, "VPN disconnects every hour", customer_id, None)
    assert found[0].id == best.id
    assert len(found) == duplicates.CANDIDATES_MAX
    assert [c.score for c in found] == sorted((c.score for c in found), reverse=True)


# -- logging the call on the existing ticket ---------------------------------------------


def test_the_call_is_logged_on_the_existing_ticket(
    db: Database, ctx: WriteContext, customer_ticket: tuple[str, str]
) -> None:
    _customer, ticket_id = customer_ticket
    with db.reading() as session:
        before = session.execute(select(Ticket.last_activity_at)).scalar_one()
    with db.writing() as session:
        logged = log_contact(
            session, ctx, ticket_id, "phone", "  يتصل مرة أخرى: الطابعة ما زالت معطلة  "
        )
    with db.reading() as session:
        entry = session.execute(
            select(TicketJournal).where(TicketJournal.id == logged.entry_id)
        ).scalar_one()
        op = session.execute(
            select(OutboxOp).where(OutboxOp.entity_id == logged.entry_id)
        ).scalar_one()
        after = session.execute(select(Ticket.last_activity_at)).scalar_one()
        tickets = session.execute(select(Ticket.id)).scalars().all()
    assert logged.ticket_id == ticket_id and logged.number.startswith("HQ-")
    assert entry.kind == JournalKind.CONTACT_LOGGED.value
    assert (entry.channel, entry.direction) == ("phone", Direction.INBOUND.value)
    assert entry.body == "يتصل مرة أخرى: الطابعة ما زالت معطلة"
    assert entry.author_name == ctx.actor.name
    assert op.entity == "ticket_journal"
    assert after >= before
    assert tickets == [ticket_id], "no new ticket"


def test_logging_needs_what_was_said_and_a_live_ticket(
    db: Database, ctx: WriteContext, customer_ticket: tuple[str, str]
) -> None:
    _customer, ticket_id = customer_ticket
    with db.writing() as session, pytest.raises(ValidationFailed) as failed:
        log_contact(session, ctx, ticket_id, "pigeon", " ")
    assert {e.field for e in failed.value.errors} == {"subject", "channel"}
    with db.writing() as session, pytest.raises(NotFound):
        log_contact(session, ctx, "no-such-ticket", "phone", "hello")
    with db.reading() as session:
        assert (
            session.execute(
                select(TicketJournal).where(TicketJournal.kind == JournalKind.CONTACT_LOGGED.value)
            ).first()
            is None
        )


def test_asset_rows_are_untouched_by_a_search(db: Database, ctx: WriteContext) -> None:
    created = create(
        db, ctx, subject="Scanner", customer_name="B", new_asset=True, product_ref="Canon"
    )
    with db.reading() as session:
        find_duplicates(session, "scanner", None, created.asset_id)
        assert session.execute(select(Asset.product)).scalar_one() == "Canon"
