"""Intake: a ticket, its customer, its first journal entry and the outbox ops
that carry them to the server are saved together or not at all."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import select, update

from desk_app.models import (
    Customer,
    DeskGroup,
    JournalKind,
    OpKind,
    OutboxOp,
    Priority,
    Status,
    SyncState,
    Ticket,
    TicketJournal,
    Tier,
    User,
)
from desk_app.services import journal, messages
from desk_app.services.context import LAST_HLC_KEY, WriteContext
from desk_app.services.hlc import Timestamp
from desk_app.services.intake import create_ticket
from desk_app.services.messages import ValidationFailed
from desk_app.services.setup import DEFAULT_GROUPS, BranchProfile, ensure_local_setup
from desk_app.storage.db import Database
from tests.unit.helpers import AGENT_NAME, counts, create, db_counts, form

YEAR = datetime.now(UTC).year


def test_creates_ticket_customer_journal_and_outbox(db: Database, ctx: WriteContext) -> None:
    created = create(
        db,
        ctx,
        subject="  Printer   does not\tprint ",
        description="  Tray 2 jams  ",
        customer_name=" Ahmad  Ali ",
        phone="0501234567",
        email="Ahmad@Example.COM",
        national_id="1023456789",
        channel="email",
        priority=int(Priority.CRITICAL),
        product_ref="LaserJet 4000",
    )
    assert created.number == f"HQ-{YEAR}-000001"
    with db.reading() as session:
        ticket = session.execute(select(Ticket)).scalar_one()
        customer = session.execute(select(Customer)).scalar_one()
        entries = session.execute(select(TicketJournal)).scalars().all()
        ops = session.execute(select(OutboxOp).order_by(OutboxOp.client_seq)).scalars().all()
        last_hlc = session.get(SyncState, LAST_HLC_KEY)

    assert (ticket.id, ticket.number, ticket.row_no) == (
        created.id,
        created.number,
        created.row_no,
    )
    assert ticket.subject == "Printer does not print"
    assert ticket.description == "Tray 2 jams"
    assert ticket.status == Status.NEW.value
    assert ticket.channel == "email"
    assert ticket.priority == Priority.CRITICAL
    assert ticket.branch_id == ctx.branch_id
    assert ticket.version == 1
    assert ticket.origin_client_id == ctx.client_id
    assert ticket.created_at.tzinfo is not None
    assert ticket.last_activity_at == ticket.created_at
    assert ticket.closed_at is None and ticket.deleted_at is None

    assert ticket.customer_id == customer.id
    assert ticket.customer_name == customer.name == "Ahmad Ali"
    assert customer.name_norm == "ahmad ali"
    assert customer.phone_e164 == "+966501234567"
    assert customer.email == "Ahmad@example.com"
    assert customer.national_id == "1023456789"

    assert len(entries) == 1
    entry = entries[0]
    assert entry.kind == JournalKind.CREATED.value
    assert entry.ticket_id == ticket.id
    assert entry.author_name == AGENT_NAME
    assert entry.author_id == ctx.actor.user_id
    assert entry.channel == "email"
    assert entry.body == ticket.subject

    # Customer first: the server must know it before the ticket refers to it.
    assert [(op.entity, op.kind) for op in ops] == [
        ("customer", OpKind.INSERT.value),
        ("ticket", OpKind.INSERT.value),
        ("ticket_journal", OpKind.INSERT.value),
    ]
    assert [op.entity_id for op in ops] == [customer.id, ticket.id, entry.id]
    assert len({op.op_id for op in ops}) == 3
    assert all(op.state == "pending" and op.base_version == 0 for op in ops)
    # one change, one HLC, stored so the clock survives a restart
    assert {op.hlc for op in ops} == {ticket.updated_at} == {last_hlc.value if last_hlc else ""}
    payload = json.loads(ops[1].payload)
    assert payload["number"] == ticket.number
    assert payload["subject"] == ticket.subject
    assert payload["customer_id"] == customer.id
    assert "row_no" not in payload  # a local key never leaves this database
    assert datetime.fromisoformat(payload["created_at"]) == ticket.created_at


def test_numbers_are_sequential(db: Database, ctx: WriteContext) -> None:
    numbers = [create(db, ctx, subject=f"Problem {i}").number for i in range(1, 13)]
    assert numbers == [f"HQ-{YEAR}-{i:06d}" for i in range(1, 13)]
    with db.reading() as session:
        row_nos = session.execute(select(Ticket.row_no).order_by(Ticket.number)).scalars().all()
    assert row_nos == sorted(row_nos)


def test_a_new_year_starts_a_new_series(db: Database, ctx: WriteContext) -> None:
    ctx.now = lambda: datetime(2026, 12, 31, 23, 59, tzinfo=UTC)
    assert create(db, ctx).number == "HQ-2026-000001"
    assert create(db, ctx).number == "HQ-2026-000002"
    ctx.now = lambda: datetime(2027, 1, 1, 0, 1, tzinfo=UTC)
    assert create(db, ctx).number == "HQ-2027-000001"


def test_a_station_has_its_own_series(db: Database, ctx: WriteContext) -> None:
    with db.writing() as session:
        station = ensure_local_setup(session, BranchProfile(station="2"), "agent2", "Agent Two")
    assert station.branch_id == ctx.branch_id  # same office
    assert station.number_prefix == "HQ2"
    got = [
        create(db, ctx).number,
        create(db, station).number,
        create(db, ctx).number,
        create(db, station).number,
    ]
    assert got == [
        f"HQ-{YEAR}-000001",
        f"HQ2-{YEAR}-000001",
        f"HQ-{YEAR}-000002",
        f"HQ2-{YEAR}-000002",
    ]


def test_local_setup_is_idempotent(db: Database, ctx: WriteContext) -> None:
    with db.writing() as session:
        again = ensure_local_setup(session, BranchProfile(), "agent1", "Agent One")
    assert again.client_id == ctx.client_id
    assert again.branch_id == ctx.branch_id
    assert again.actor == ctx.actor
    with db.reading() as session:
        assert len(session.execute(select(DeskGroup)).scalars().all()) == len(DEFAULT_GROUPS)
        assert len(session.execute(select(User)).scalars().all()) == 1


_HUGE = "x" * 10_000_000

INVALID = [
    pytest.param({"subject": ""}, {"subject"}, id="empty-subject"),
    pytest.param({"subject": " \t\n "}, {"subject"}, id="blank-subject"),
    pytest.param({"subject": "x" * 301}, {"subject"}, id="long-subject"),
    pytest.param({"description": _HUGE}, {"description"}, id="10MB-description"),
    pytest.param({"subject": "bell\x07"}, {"subject"}, id="control-in-subject"),
    pytest.param({"description": "nul\x00here"}, {"description"}, id="nul-in-description"),
    pytest.param({"customer_name": "\x1b[31mred"}, {"customer_name"}, id="escape-in-name"),
    pytest.param({"product_ref": "a\x9fb"}, {"product_ref"}, id="c1-control"),
    pytest.param({"national_id": "1" * 101}, {"national_id"}, id="long-national-id"),
    pytest.param({"phone": "abc"}, {"phone"}, id="phone-letters"),
    pytest.param({"phone": "12"}, {"phone"}, id="phone-too-short"),
    pytest.param({"phone": "+966"}, {"phone"}, id="phone-only-country"),
    pytest.param({"phone": "05-"}, {"phone"}, id="phone-dash"),
    pytest.param({"phone": "0501234567890123456"}, {"phone"}, id="phone-too-long"),
    pytest.param({"email": "ahmad"}, {"email"}, id="email-no-at"),
    pytest.param({"email": "ahmad@"}, {"email"}, id="email-no-domain"),
    pytest.param({"email": "a b@example.com"}, {"email"}, id="email-space"),
    pytest.param({"email": "a@@example.com"}, {"email"}, id="email-double-at"),
    pytest.param({"channel": "pigeon"}, {"channel"}, id="bad-channel"),
    pytest.param({"channel": ""}, {"channel"}, id="empty-channel"),
    pytest.param({"priority": 0}, {"priority"}, id="priority-0"),
    pytest.param({"priority": 9}, {"priority"}, id="priority-9"),
    pytest.param({"group_id": "no-such-group"}, {"group_id"}, id="unknown-group"),
    pytest.param({"assignee_id": "no-such-user"}, {"assignee_id"}, id="unknown-assignee"),
    pytest.param({"customer_id": "no-such-customer"}, {"customer_id"}, id="unknown-customer"),
    pytest.param(
        {"customer_name": "", "phone": "0501234567"}, {"customer_name"}, id="phone-without-name"
    ),
    pytest.param(
        {"subject": "", "email": "nope", "priority": 7, "group_id": "x"},
        {"subject", "email", "priority", "group_id"},
        id="several-at-once",
    ),
]


@pytest.mark.parametrize(("values", "fields"), INVALID)
def test_invalid_form_writes_nothing(
    db: Database, ctx: WriteContext, values: dict[str, object], fields: set[str]
) -> None:
    before = db_counts(db)
    with pytest.raises(ValidationFailed) as raised, db.writing() as session:
        create_ticket(session, ctx, form(**values))
    assert {e.field for e in raised.value.errors} == fields
    assert all(e.english() for e in raised.value.errors)  # parameters fill in
    assert (
        db_counts(db)
        == before
        == {
            "ticket": 0,
            "customer": 0,
            "journal": 0,
            "outbox": 0,
            "series": 0,
        }
    )
    # no number was consumed by the failed attempt
    assert create(db, ctx).number == f"HQ-{YEAR}-000001"


def test_validation_messages_carry_their_parameters(db: Database, ctx: WriteContext) -> None:
    with pytest.raises(ValidationFailed) as raised, db.writing() as session:
        create_ticket(session, ctx, form(subject="s" * 400))
    (error,) = raised.value.errors
    assert error.message == messages.TOO_LONG
    assert error.params == {"length": 400, "limit": 300}
    assert "400" in error.english() and "300" in error.english()


def test_tombstoned_group_is_refused(db: Database, ctx: WriteContext) -> None:
    with db.writing() as session:
        group = session.execute(select(DeskGroup).limit(1)).scalar_one()
        group.deleted_at = datetime.now(UTC)
        group_id = group.id
    with pytest.raises(ValidationFailed) as raised, db.writing() as session:
        create_ticket(session, ctx, form(group_id=group_id))
    assert [e.field for e in raised.value.errors] == ["group_id"]


@pytest.mark.parametrize(
    "phone",
    ["٠٥٠١٢٣٤٥٦٧", "۰۵۰۱۲۳۴۵۶۷", "+٩٦٦ ٥٠ ١٢٣ ٤٥٦٧", "050 123 4567", "+966-50-123-4567"],
)
def test_phone_in_any_digits_is_stored_as_e164(db: Database, ctx: WriteContext, phone: str) -> None:
    create(db, ctx, phone=phone)
    with db.reading() as session:
        customer = session.execute(select(Customer)).scalar_one()
    assert customer.phone_e164 == "+966501234567"
    assert customer.phone == phone.strip()


def test_codes_typed_in_arabic_digits_are_stored_with_ascii_digits(
    db: Database, ctx: WriteContext
) -> None:
    """Regression: they were stored as typed, so a customer lookup by national id
    or account number (which compares normalised, ASCII digits) never found them."""
    create(db, ctx, national_id="١٠٢٣٤٥٦٧٨٩", account_number="ACC-۷۷۸")
    with db.reading() as session:
        customer = session.execute(select(Customer)).scalar_one()
    assert (customer.national_id, customer.account_number) == ("1023456789", "ACC-778")


def test_phone_of_another_country_keeps_its_code(db: Database, ctx: WriteContext) -> None:
    create(db, ctx, phone="+48 22 123 45 67")
    with db.reading() as session:
        assert session.execute(select(Customer.phone_e164)).scalar_one() == "+48221234567"


def test_routing_sets_status_and_tier(db: Database, ctx: WriteContext) -> None:
    with db.reading() as session:
        expert = session.execute(
            select(DeskGroup).where(DeskGroup.tier == int(Tier.EXPERT))
        ).scalar_one()
    assigned = create(db, ctx, group_id=expert.id, assignee_id=ctx.actor.user_id)
    queued = create(db, ctx)
    with db.reading() as session:
        a = session.get(Ticket, assigned.row_no)
        q = session.get(Ticket, queued.row_no)
    assert a is not None and q is not None
    assert (a.status, a.tier, a.group_id, a.assignee_id) == (
        Status.OPEN.value,
        int(Tier.EXPERT),
        expert.id,
        ctx.actor.user_id,
    )
    assert (q.status, q.tier, q.group_id, q.assignee_id) == (Status.NEW.value, 1, None, None)


def test_existing_customer_is_reused(db: Database, ctx: WriteContext) -> None:
    create(db, ctx, customer_name="Fatima", phone="0551112222")
    with db.reading() as session:
        customer_id = session.execute(select(Customer.id)).scalar_one()
    create(db, ctx, customer_id=customer_id, customer_name="", subject="Second problem")
    with db.reading() as session:
        assert counts(session)["customer"] == 1
        names = session.execute(select(Ticket.customer_name)).scalars().all()
        customer_ops = session.execute(
            select(OutboxOp).where(OutboxOp.entity == "customer")
        ).scalars()
        assert len(list(customer_ops)) == 1
    assert names == ["Fatima", "Fatima"]


def test_ticket_without_customer(db: Database, ctx: WriteContext) -> None:
    create(db, ctx, customer_name="")
    with db.reading() as session:
        ticket = session.execute(select(Ticket)).scalar_one()
        assert counts(session)["customer"] == 0
    assert ticket.customer_id is None and ticket.customer_name == ""


def test_failure_after_the_ticket_is_added_leaves_nothing(
    db: Database, ctx: WriteContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Atomicity: the ticket row (and its customer and FTS rows) exist in the
    transaction when the journal write fails; none of it may persist."""
    seen: dict[str, int] = {}

    def broken_append(session, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.update(counts(session))  # what the transaction holds at this point
        raise RuntimeError("disk full")

    monkeypatch.setattr(journal, "append", broken_append)
    with pytest.raises(RuntimeError, match="disk full"), db.writing() as session:
        create_ticket(session, ctx, form(phone="0501234567", subject="Lost ticket"))
    assert seen["ticket"] == 1 and seen["customer"] == 1 and seen["outbox"] == 2
    assert db_counts(db) == {"ticket": 0, "customer": 0, "journal": 0, "outbox": 0, "series": 0}
    with db.reading() as session:
        fts = session.connection().exec_driver_sql("SELECT count(*) FROM ticket_fts").scalar()
        codes = (
            session.connection().exec_driver_sql("SELECT count(*) FROM ticket_code_fts").scalar()
        )
    assert (fts, codes) == (0, 0)

    monkeypatch.undo()
    assert create(db, ctx).number == f"HQ-{YEAR}-000001"


def test_failure_of_the_outbox_write_leaves_nothing(
    db: Database, ctx: WriteContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_queue_op = journal.queue_op

    def queue_then_fail(session, ctx, entity, *args, **kwargs):  # type: ignore[no-untyped-def]
        real_queue_op(session, ctx, entity, *args, **kwargs)
        if entity == "ticket_journal":
            raise OSError("I/O error")

    monkeypatch.setattr(journal, "queue_op", queue_then_fail)
    with pytest.raises(OSError), db.writing() as session:
        create_ticket(session, ctx, form())
    assert db_counts(db) == {"ticket": 0, "customer": 0, "journal": 0, "outbox": 0, "series": 0}


def test_hlc_and_client_seq_increase_with_each_ticket(db: Database, ctx: WriteContext) -> None:
    for i in range(5):
        create(db, ctx, subject=f"t{i}")
    with db.reading() as session:
        stamps = session.execute(select(Ticket.updated_at).order_by(Ticket.row_no)).scalars().all()
        op_stamps = (
            session.execute(select(OutboxOp.hlc).order_by(OutboxOp.client_seq)).scalars().all()
        )
    assert stamps == sorted(stamps) and len(set(stamps)) == 5
    assert op_stamps == sorted(op_stamps)
    for stamp in stamps:
        Timestamp.decode(stamp)


def test_subject_with_tabs_and_newlines_is_one_line(db: Database, ctx: WriteContext) -> None:
    create(db, ctx, subject="first\nsecond\tthird")
    with db.reading() as session:
        assert session.execute(select(Ticket.subject)).scalar_one() == "first second third"


def test_raw_numbering_series_matches_the_tickets(db: Database, ctx: WriteContext) -> None:
    for _ in range(3):
        create(db, ctx)
    with db.writing() as session:
        session.execute(update(Ticket).values(subject="renamed"))  # unrelated edits
    create(db, ctx)
    with db.reading() as session:
        numbers = session.execute(select(Ticket.number).order_by(Ticket.row_no)).scalars().all()
    assert numbers[-1] == f"HQ-{YEAR}-000004"
    assert len(set(numbers)) == 4
