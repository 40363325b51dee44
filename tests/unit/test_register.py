"""The letter register: references per station and year, the 48-hour reply,
search in Arabic, journal links, and each bad input."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event, select

from desk_app.models import JournalKind, OutboxOp, RegisterEntry, TicketJournal
from desk_app.services import register_queries as rq
from desk_app.services import sla_clock
from desk_app.services.context import WriteContext
from desk_app.services.messages import ValidationFailed
from desk_app.services.register import (
    INTERNAL_IS_MEMO,
    MEMO_NEEDS_ADDRESSEE,
    REPLY_TO_INCOMING,
    EntryDraft,
    RegisterChannel,
    RegisterDirection,
    register,
)
from desk_app.services.register_edit import EntryChanges, edit_entry
from desk_app.services.register_queries import ReplyState
from desk_app.services.sla import Target
from desk_app.storage.db import Database
from tests.unit.helpers import create

# A Sunday morning in Riyadh (a working day there).
NOW = datetime(2026, 12, 6, 7, 0, tzinfo=UTC)


@pytest.fixture
def fixed(ctx: WriteContext) -> WriteContext:
    return dataclasses.replace(ctx, now=lambda: NOW)


def _incoming(**values: object) -> EntryDraft:
    base: dict[str, object] = {
        "direction": RegisterDirection.INCOMING,
        "channel": RegisterChannel.LETTER,
        "subject": "شكوى بخصوص الفاتورة",
        "body": "نرجو مراجعة الفاتورة رقم ٤٥ لشهر نوفمبر",
    }
    base.update(values)
    return EntryDraft(**base)  # type: ignore[arg-type]


def _save(db: Database, ctx: WriteContext, draft: EntryDraft) -> RegisterEntry:
    with db.writing() as session:
        row = register(session, ctx, draft)
        session.expunge(row)
        return row


def test_references_follow_the_station_and_year(db: Database, fixed: WriteContext) -> None:
    first = _save(db, fixed, _incoming())
    second = _save(db, fixed, _incoming(direction=RegisterDirection.OUTGOING))
    assert first.reference == "HQ-2026-L000001"
    assert second.reference == "HQ-2026-L000002"
    # The ticket numbers keep their own series.
    ticket = create(db, fixed)
    assert ticket.number == "HQ-2026-000001"


def test_two_offline_stations_never_share_a_reference(
    db: Database, tmp_path: object, fixed: WriteContext
) -> None:
    other = dataclasses.replace(fixed, number_prefix="HQ2")
    a = {_save(db, fixed, _incoming()).reference for _ in range(3)}
    b = {_save(db, other, _incoming()).reference for _ in range(3)}
    assert not a & b
    assert all(r.startswith("HQ2-2026-L") for r in b)


def test_an_incoming_letter_waits_48_hours_and_a_reply_closes_it(
    db: Database, fixed: WriteContext
) -> None:
    letter = _save(db, fixed, _incoming())
    assert letter.reply_due_at == NOW + timedelta(hours=48)
    with db.reading() as session:
        assert [i.id for i in rq.replies_due(session, NOW + timedelta(hours=1))] == [letter.id]
        assert rq.reply_counts(session, NOW + timedelta(hours=1)) == rq.ReplyCounts(1, 0)
        # Two days later it is overdue.
        later = NOW + timedelta(days=2, minutes=1)
        assert [i.id for i in rq.overdue_replies(session, later)] == [letter.id]
        assert rq.replies_due(session, later) == []
        item = rq.entry(session, letter.id, later)
        assert item is not None and item.reply_state is ReplyState.OVERDUE
    reply = _save(
        db,
        fixed,
        _incoming(direction=RegisterDirection.OUTGOING, in_reply_to_id=letter.id),
    )
    with db.reading() as session:
        later = NOW + timedelta(days=3)
        assert rq.overdue_replies(session, later) == []
        assert rq.reply_counts(session, later).due == 0
        item = rq.entry(session, letter.id, later)
        assert item is not None and item.reply_state is ReplyState.REPLIED
        assert item.reply_reference == reply.reference


def test_what_needs_no_reply_has_no_clock(db: Database, fixed: WriteContext) -> None:
    copy = _save(db, fixed, _incoming(needs_reply=False))
    out = _save(db, fixed, _incoming(direction=RegisterDirection.OUTGOING))
    memo = _save(
        db,
        fixed,
        _incoming(
            direction=RegisterDirection.INTERNAL,
            channel=RegisterChannel.MEMO,
            addressee="قسم الفوترة",
        ),
    )
    assert copy.reply_due_at is None and out.reply_due_at is None and memo.reply_due_at is None


def test_a_letter_on_a_ticket_is_journalled_and_answers_it(
    db: Database, fixed: WriteContext
) -> None:
    ticket = create(db, fixed, channel="letter", customer_name="سارة")
    received = _save(db, fixed, _incoming(ticket_id=ticket.id))
    sent = _save(
        db,
        fixed,
        _incoming(
            direction=RegisterDirection.OUTGOING, ticket_id=ticket.id, in_reply_to_id=received.id
        ),
    )
    with db.reading() as session:
        entries = session.execute(
            select(TicketJournal.kind, TicketJournal.new_value, TicketJournal.body)
            .where(TicketJournal.ticket_id == ticket.id)
            .order_by(TicketJournal.updated_at)
        ).all()
        assert (JournalKind.LETTER_RECEIVED.value, received.id, received.reference) in entries
        assert (JournalKind.LETTER_SENT.value, sent.id, sent.reference) in entries
        # The customer is the ticket's.
        assert received.customer_id == ticket.customer_id
        ops = session.execute(
            select(OutboxOp.entity).where(OutboxOp.entity_id.in_([received.id, sent.id]))
        ).scalars()
        assert list(ops) == ["register_entry", "register_entry"]


def test_search_finds_arabic_words_however_written(db: Database, fixed: WriteContext) -> None:
    letter = _save(db, fixed, _incoming())
    _save(db, fixed, _incoming(subject="Request for a copy", body="Please send the contract"))
    with db.reading() as session:
        for typed in ("الفاتوره", "فاتورة", "بالفاتورة", "الفَاتُورَة", "نوفمبر"):
            assert [i.id for i in rq.search(session, typed, NOW)] == [letter.id], typed
        assert [i.reference for i in rq.search(session, "HQ-2026-L000001", NOW)] == [
            letter.reference
        ]
        assert rq.search(session, '"OR -:', NOW) == []


def test_an_edit_is_searched_by_its_new_words(db: Database, fixed: WriteContext) -> None:
    letter = _save(db, fixed, _incoming())
    with db.writing() as session:
        row = session.execute(
            select(RegisterEntry).where(RegisterEntry.id == letter.id)
        ).scalar_one()
        row.subject = "طلب نسخة من العقد"
    with db.reading() as session:
        assert [i.id for i in rq.search(session, "العقد", NOW)] == [letter.id]
        assert rq.search(session, "شكوى", NOW) == []


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        (
            {"channel": RegisterChannel.FAX, "direction": RegisterDirection.INTERNAL},
            "channel",
            INTERNAL_IS_MEMO,
        ),
        (
            {"channel": RegisterChannel.MEMO, "direction": RegisterDirection.INTERNAL},
            "addressee",
            MEMO_NEEDS_ADDRESSEE,
        ),
    ],
)
def test_bad_input_is_refused_on_its_field(
    db: Database, fixed: WriteContext, values: dict[str, object], field: str, message: str
) -> None:
    with db.writing() as session, pytest.raises(ValidationFailed) as raised:
        register(session, fixed, _incoming(**values))
    assert (raised.value.errors[0].field, raised.value.errors[0].message) == (field, message)


def test_a_reply_must_answer_something_received(db: Database, fixed: WriteContext) -> None:
    sent = _save(db, fixed, _incoming(direction=RegisterDirection.OUTGOING))
    with db.writing() as session, pytest.raises(ValidationFailed) as raised:
        register(
            session,
            fixed,
            _incoming(direction=RegisterDirection.OUTGOING, in_reply_to_id=sent.id),
        )
    assert raised.value.errors[0].message == REPLY_TO_INCOMING
    with db.writing() as session, pytest.raises(ValidationFailed):
        register(session, fixed, _incoming(subject="  "))


def test_an_item_answered_by_telephone_stops_waiting(db: Database, fixed: WriteContext) -> None:
    letter = _save(db, fixed, _incoming())
    with db.writing() as session:
        edit_entry(session, fixed, letter.id, EntryChanges(needs_reply=False))
    with db.reading() as session:
        assert rq.reply_counts(session, NOW + timedelta(days=3)).due == 0
        ops = session.execute(
            select(OutboxOp.kind).where(OutboxOp.entity_id == letter.id).order_by(OutboxOp.op_id)
        ).scalars()
        assert list(ops) == ["insert", "update"]
    with db.writing() as session:
        edit_entry(session, fixed, letter.id, EntryChanges(needs_reply=True))
    with db.reading() as session:
        assert rq.reply_counts(session, NOW + timedelta(days=3)).overdue == 1


def test_an_entry_put_on_a_ticket_later_is_journalled_there(
    db: Database, fixed: WriteContext
) -> None:
    letter = _save(db, fixed, _incoming())
    ticket = create(db, fixed)
    with db.writing() as session:
        edit_entry(
            session,
            fixed,
            letter.id,
            EntryChanges(ticket_id=ticket.id, their_reference=" م/ ١٢ ", subject="شكوى"),
        )
    with db.reading() as session:
        item = rq.entry(session, letter.id, NOW)
        assert item is not None
        assert (item.ticket_number, item.their_reference, item.subject) == (
            ticket.number,
            "م/ ١٢",
            "شكوى",
        )
        kinds = session.execute(
            select(TicketJournal.kind).where(TicketJournal.ticket_id == ticket.id)
        ).scalars()
        assert JournalKind.LETTER_RECEIVED.value in list(kinds)
    with db.writing() as session, pytest.raises(ValidationFailed) as raised:
        edit_entry(session, fixed, letter.id, EntryChanges(subject=" ", ticket_id="0" * 36))
    assert {e.field for e in raised.value.errors} == {"subject", "ticket"}


def test_replies_due_are_read_from_the_waiting_items_index(
    db: Database, fixed: WriteContext
) -> None:
    """The navigator's counts must not scan every letter ever received."""
    _save(db, fixed, _incoming())
    seen: list[tuple[str, object]] = []

    def capture(conn: object, cursor: object, statement: str, params: object, *_: object) -> None:
        if "awaiting_reply" in statement:
            seen.append((statement, params))

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        with db.reading() as session:
            rq.reply_counts(session, NOW)
            rq.overdue_replies(session, NOW)
            rq.replies_due(session, NOW)
    finally:
        event.remove(db.engine, "before_cursor_execute", capture)
    assert len(seen) == 3
    with db.engine.connect() as conn:
        for statement, params in seen:
            plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params).all()  # type: ignore[arg-type]
            assert any("ix_register_entry_awaiting" in str(step) for step in plan), plan


def test_a_letter_sent_answers_the_ticket_for_its_clocks(db: Database, fixed: WriteContext) -> None:
    ticket = create(db, fixed, channel="letter")
    with db.reading() as session:
        clock = sla_clock.clocks_for(session, ticket.id, NOW).clock(Target.FIRST_RESPONSE)
        assert clock is not None and clock.met_at is None
    later = dataclasses.replace(fixed, now=lambda: NOW + timedelta(hours=3))
    _save(db, later, _incoming(direction=RegisterDirection.OUTGOING, ticket_id=ticket.id))
    with db.reading() as session:
        clocks = sla_clock.clocks_for(session, ticket.id, NOW + timedelta(hours=4))
        clock = clocks.clock(Target.FIRST_RESPONSE)
        assert clock is not None and clock.met_at == NOW + timedelta(hours=3)
        assert not clock.breached


def test_an_entry_whose_id_changes_keeps_its_place_in_the_index(
    db: Database, fixed: WriteContext
) -> None:
    letter = _save(db, fixed, _incoming())
    with db.writing() as session:
        session.execute(
            RegisterEntry.__table__.update()
            .where(RegisterEntry.id == letter.id)
            .values(id="0" * 8 + letter.id[8:])
        )
    with db.reading() as session:
        assert [i.id for i in rq.search(session, "الفاتورة", NOW)] == ["0" * 8 + letter.id[8:]]
