"""Every write keeps a ticket's SLA columns current, from its journal."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from desk_app.models import Branch, Channel, Direction, JournalKind, SyncState, Ticket
from desk_app.services import journal, sla_clock
from desk_app.services.context import WriteContext
from desk_app.services.intake import IntakeForm, create_ticket
from desk_app.services.sla import Target
from desk_app.services.sla_clock import SlaSettings, StoredState
from desk_app.services.tickets import change_fields
from desk_app.storage.db import Database

RIYADH = ZoneInfo("Asia/Riyadh")
THURSDAY_9 = datetime(2026, 11, 26, 9, tzinfo=RIYADH).astimezone(UTC)


@pytest.fixture
def riyadh_ctx(db: Database, ctx: WriteContext) -> WriteContext:
    with db.writing() as session:
        branch = session.get(Branch, ctx.branch_id)
        assert branch is not None
        branch.time_zone, branch.weekend_days = "Asia/Riyadh", "5,6"
    ctx.now = lambda: THURSDAY_9
    return ctx


def columns(db: Database, ticket_id: str) -> tuple[datetime | None, str]:
    with db.reading() as session:
        row = session.execute(
            select(Ticket.sla_due_at, Ticket.sla_state).where(Ticket.id == ticket_id)
        ).one()
        return row.sla_due_at, row.sla_state


def create(db: Database, ctx: WriteContext, **values: object) -> str:
    with db.writing() as session:
        form = IntakeForm(subject="Printer", customer_name="Ali", **values)  # type: ignore[arg-type]
        return create_ticket(session, ctx, form).id


def test_a_new_phone_ticket_runs_its_resolution_clock(
    db: Database, riyadh_ctx: WriteContext
) -> None:
    ticket = create(db, riyadh_ctx, channel=Channel.PHONE.value, priority=2)
    due, state = columns(db, ticket)
    # Critical: one business day (8 h): Thursday 9-16 and Sunday 8-9.
    assert state == StoredState.RUNNING
    assert due == datetime(2026, 11, 29, 9, tzinfo=RIYADH).astimezone(UTC)


def test_a_letter_waits_for_its_written_reply_and_an_outbound_call_answers_it(
    db: Database, riyadh_ctx: WriteContext
) -> None:
    ticket = create(db, riyadh_ctx, channel=Channel.LETTER.value, priority=3)
    with db.reading() as session:
        first = sla_clock.clocks_for(session, ticket, THURSDAY_9).clock(Target.FIRST_RESPONSE)
    assert first is not None and first.minutes == 48 * 60
    # 48 hours as the customer counts them: Saturday morning, weekend or not.
    assert first.due_at == datetime(2026, 11, 28, 9, tzinfo=RIYADH).astimezone(UTC)
    riyadh_ctx.now = lambda: THURSDAY_9 + timedelta(hours=1)
    with db.writing() as session:
        journal.append(
            session,
            riyadh_ctx,
            ticket_id=ticket,
            kind=JournalKind.CONTACT_LOGGED,
            at=riyadh_ctx.now(),
            hlc=riyadh_ctx.stamp(session),
            channel=Channel.PHONE.value,
            direction=Direction.OUTBOUND.value,
            body="Called back about the letter",
        )
    with db.reading() as session:
        clocks = sla_clock.clocks_for(session, ticket, THURSDAY_9 + timedelta(hours=2))
    first = clocks.clock(Target.FIRST_RESPONSE)
    assert first is not None and first.met_at is not None and not first.breached
    assert clocks.clock(Target.NEXT_UPDATE) is not None


def test_waiting_pauses_and_resolving_meets(db: Database, riyadh_ctx: WriteContext) -> None:
    ticket = create(db, riyadh_ctx, channel=Channel.PHONE.value)
    with db.writing() as session:
        change_fields(session, riyadh_ctx, ticket, {"status": "waiting_customer"})
    assert columns(db, ticket) == (None, StoredState.PAUSED)
    with db.writing() as session:
        change_fields(session, riyadh_ctx, ticket, {"status": "resolved"})
    assert columns(db, ticket) == (None, StoredState.MET)
    with db.writing() as session:
        change_fields(session, riyadh_ctx, ticket, {"status": "open"})  # reopened
    assert columns(db, ticket)[1] == StoredState.RUNNING


def test_a_clock_missed_before_waiting_stays_missed_while_it_waits(
    db: Database, riyadh_ctx: WriteContext
) -> None:
    ticket = create(db, riyadh_ctx, channel=Channel.PHONE.value, priority=1)  # due 13:00
    riyadh_ctx.now = lambda: THURSDAY_9 + timedelta(hours=6)
    with db.writing() as session:
        change_fields(session, riyadh_ctx, ticket, {"status": "waiting_customer"})
    # No due time while it waits (nothing counts down), but not a mere pause.
    assert columns(db, ticket) == (None, StoredState.BREACHED)
    with db.writing() as session:
        change_fields(session, riyadh_ctx, ticket, {"status": "open"})
    due, state = columns(db, ticket)
    assert state == StoredState.RUNNING and due is not None and due < riyadh_ctx.now()


def test_clocks_an_older_release_stored_are_revised_once_for_open_tickets_only(
    db: Database, riyadh_ctx: WriteContext
) -> None:
    waiting = create(db, riyadh_ctx, channel=Channel.PHONE.value, priority=1)
    working = create(db, riyadh_ctx, channel=Channel.PHONE.value, priority=1)
    done = create(db, riyadh_ctx, channel=Channel.PHONE.value, priority=1)
    with db.writing() as session:
        change_fields(session, riyadh_ctx, done, {"status": "resolved"})
    riyadh_ctx.now = lambda: THURSDAY_9 + timedelta(hours=6)  # both missed 13:00
    with db.writing() as session:
        change_fields(session, riyadh_ctx, waiting, {"status": "waiting_customer"})
        # As the previous release stored them, with no revision recorded.
        session.execute(
            Ticket.__table__.update().where(Ticket.id == waiting).values(sla_state="running")
        )
        session.execute(SyncState.__table__.delete().where(SyncState.key == "sla_stored_revision"))
    with db.writing() as session:
        assert sla_clock.revision_due(session)
        # The open ones (their escalation rules' due times), not the resolved.
        assert sla_clock.revise_stored(session) == 2
    assert columns(db, waiting) == (None, StoredState.BREACHED)
    assert columns(db, working)[1] == StoredState.RUNNING
    with db.writing() as session:
        assert not sla_clock.revision_due(session)
        assert sla_clock.revise_stored(session) == 0


def test_raising_the_priority_brings_the_due_time_forward(
    db: Database, riyadh_ctx: WriteContext
) -> None:
    ticket = create(db, riyadh_ctx, channel=Channel.PHONE.value, priority=4)
    planned, _ = columns(db, ticket)
    with db.writing() as session:
        change_fields(session, riyadh_ctx, ticket, {"priority": 1})
    failure, state = columns(db, ticket)
    assert planned is not None and failure is not None and failure < planned
    # Enterprise failure: four business hours from creation, Thursday 13:00.
    assert failure == datetime(2026, 11, 26, 13, tzinfo=RIYADH).astimezone(UTC)
    assert state == StoredState.RUNNING


def test_a_branch_set_up_without_working_days_still_gets_clocks(
    db: Database, riyadh_ctx: WriteContext
) -> None:
    with db.writing() as session:
        branch = session.get(Branch, riyadh_ctx.branch_id)
        assert branch is not None
        branch.weekend_days = "1,2,3,4,5,6,7"
    ticket = create(db, riyadh_ctx, channel=Channel.PHONE.value, priority=1)
    due, state = columns(db, ticket)
    assert state == StoredState.RUNNING and due == THURSDAY_9 + timedelta(hours=4)


def test_other_service_levels_can_be_configured(db: Database, riyadh_ctx: WriteContext) -> None:
    settings = SlaSettings(periods=((time(0), time(0)),))  # round the clock on workdays
    sla_clock.configure(settings)
    try:
        ticket = create(db, riyadh_ctx, channel=Channel.PHONE.value, priority=1)
        due, _ = columns(db, ticket)
        assert due == THURSDAY_9 + timedelta(hours=4)
    finally:
        sla_clock.configure(SlaSettings())


def test_recompute_all_fills_every_ticket(db: Database, riyadh_ctx: WriteContext) -> None:
    ids = [create(db, riyadh_ctx) for _ in range(3)]
    with db.writing() as session:
        session.execute(Ticket.__table__.update().values(sla_due_at=None, sla_state=""))
    with db.writing() as session:
        assert sla_clock.recompute_all(session, THURSDAY_9) == 3
    assert all(columns(db, i)[1] == StoredState.RUNNING for i in ids)
