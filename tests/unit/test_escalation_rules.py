"""Automatic escalation: a rule fires once at its threshold of the
resolution time, never while the clock is paused, and a pass reads only the
tickets whose next rule is due."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desk_app.models import Role, SyncState, Ticket
from desk_app.services import escalation_rules as rules
from desk_app.services import sla_clock
from desk_app.services.context import WriteContext
from desk_app.services.escalation import EscalationKind, escalations
from desk_app.services.escalation_policy import RuleAction
from desk_app.services.escalation_state import RULES_SINCE_KEY
from desk_app.services.intake import IntakeForm, create_ticket
from desk_app.services.setup import BranchProfile, ensure_local_setup
from desk_app.services.tickets import change_fields
from desk_app.storage import migrate
from desk_app.storage.db import Database, make_engine, open_database
from tests.unit.helpers import AGENT, AGENT_NAME, create
from tests.unit.test_escalation import person, queues

MONDAY_9 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _at(ctx: WriteContext, moment: datetime) -> WriteContext:
    return dataclasses.replace(ctx, now=lambda: moment)


def _points(db: Database, ticket_id: str, now: datetime) -> dict[RuleAction, datetime | None]:
    with db.reading() as session:
        return {r.action: when for r, when in sla_clock.rule_points(session, ticket_id, now)}


def _stored_due(db: Database, ticket_id: str) -> datetime | None:
    with db.reading() as session:
        value = session.execute(
            select(Ticket.escalation_due_at).where(Ticket.id == ticket_id)
        ).scalar()
    return None if value is None else value.replace(tzinfo=UTC)


def _evaluate(db: Database, ctx: WriteContext, now: datetime) -> list[rules.Firing]:
    with db.writing() as session:
        return rules.evaluate_due(session, _at(ctx, now), now)


@pytest.fixture
def ticket(db: Database, ctx: WriteContext) -> str:
    start = _at(ctx, MONDAY_9)
    desk = queues(db)["Service Desk"]
    return create(db, start, channel="phone", priority=3, group_id=desk).id


def test_the_lead_is_asked_at_75_and_the_ticket_goes_up_at_breach_once_each(
    db: Database, ctx: WriteContext, ticket: str
) -> None:
    lead = person(db, ctx, "lead", Role.TEAM_LEAD)
    points = _points(db, ticket, MONDAY_9)
    notify, breach = points[RuleAction.NOTIFY_LEAD], points[RuleAction.ESCALATE_UP]
    assert notify is not None and breach is not None and MONDAY_9 < notify < breach
    assert _stored_due(db, ticket) == notify

    assert _evaluate(db, ctx, notify - timedelta(minutes=1)) == []
    (first,) = _evaluate(db, ctx, notify)
    assert first.kind is EscalationKind.HIERARCHICAL
    assert _evaluate(db, ctx, notify + timedelta(minutes=5)) == []  # once
    assert _stored_due(db, ticket) == breach

    (second,) = _evaluate(db, ctx, breach)
    assert second.kind is EscalationKind.UP
    assert _evaluate(db, ctx, breach + timedelta(days=30)) == []
    assert _stored_due(db, ticket) is None
    with db.reading() as session:
        row = session.execute(select(Ticket).where(Ticket.id == ticket)).scalar_one()
        history = escalations(session, ticket)
    assert (row.tier, row.priority) == (2, 2)  # raised, but never to 1 by a timer
    assert [(h.kind, h.automatic, h.to_user_id) for h in history] == [
        (EscalationKind.HIERARCHICAL, True, lead),
        (EscalationKind.UP, True, None),
    ]
    assert [h.entry_id for h in history] == [first.entry_id, second.entry_id]


def test_a_waiting_ticket_never_fires(db: Database, ctx: WriteContext, ticket: str) -> None:
    with db.writing() as session:
        change_fields(
            session, _at(ctx, MONDAY_9 + timedelta(hours=1)), ticket, {"status": "waiting_customer"}
        )
    assert _stored_due(db, ticket) is None
    assert _evaluate(db, ctx, MONDAY_9 + timedelta(days=60)) == []


def test_a_pass_reads_only_the_tickets_due(db: Database, ctx: WriteContext) -> None:
    """The query of a pass is a range of the due times' own index."""
    with db.reading() as session:
        plan = " | ".join(
            str(r[-1])
            for r in session.connection().exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT id FROM ticket WHERE escalation_due_at IS NOT NULL"
                " AND escalation_due_at <= ? ORDER BY escalation_due_at LIMIT 200",
                ("2026-03-02 09:00:00",),
            )
        )
    assert "ix_ticket_escalation_due" in plan and "TEMP B-TREE" not in plan, plan


# -- property: whatever the pauses and the passes ----------------------------------

_STEPS = st.lists(
    st.tuples(
        st.integers(1, 16 * 60),  # minutes later
        st.sampled_from(["pause", "resume", "evaluate", "evaluate"]),
    ),
    min_size=1,
    max_size=12,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=_STEPS)
def test_each_rule_fires_at_most_once_and_never_while_paused(
    tmp_path: Path, migrated_template: Path, steps: list[tuple[int, str]]
) -> None:
    path = tmp_path / f"p{abs(hash(tuple(steps)))}.sqlite3"
    shutil.copyfile(migrated_template, path)
    db = open_database(path)
    try:
        with db.writing() as session:
            ctx = ensure_local_setup(session, BranchProfile(), AGENT, AGENT_NAME)
        ticket = create(db, _at(ctx, MONDAY_9), channel="phone", priority=2).id
        now, waiting = MONDAY_9, False
        for minutes, action in steps:
            now += timedelta(minutes=minutes)
            if action == "evaluate":
                points = _points(db, ticket, now)
                fired = _evaluate(db, ctx, now)
                assert not (waiting and fired)
                for firing in fired:
                    action_of = RuleAction(firing.rule.split(":")[1])
                    when = points[action_of]
                    assert when is not None and when <= now
            elif (action == "pause") != waiting:
                status = "waiting_customer" if action == "pause" else "open"
                with db.writing() as session:
                    change_fields(session, _at(ctx, now), ticket, {"status": status})
                waiting = action == "pause"
        with db.reading() as session:
            history = escalations(session, ticket)
        ids = [h.entry_id for h in history]
        assert len(ids) == len(set(ids)) <= 2
    finally:
        db.close()


def test_an_upgraded_desk_never_fires_a_rule_due_before_the_rules_came(
    db: Database, ctx: WriteContext, ticket: str
) -> None:
    """A desk upgraded with a backlog does not escalate its whole past at
    once: a rule that fell due before the rules came into force is passed
    over; a later one of the same ticket still fires."""
    points = _points(db, ticket, MONDAY_9)
    notify, breach = points[RuleAction.NOTIFY_LEAD], points[RuleAction.ESCALATE_UP]
    assert notify is not None and breach is not None
    upgraded = notify + (breach - notify) / 2
    with db.writing() as session:
        session.add(SyncState(key=RULES_SINCE_KEY, value=upgraded.isoformat()))
        sla_clock.mark(session, [ticket])
    assert _stored_due(db, ticket) == breach  # the notice before it is not waited for
    assert _evaluate(db, ctx, upgraded) == []
    (fired,) = _evaluate(db, ctx, breach)
    assert fired.kind is EscalationKind.UP
    with db.reading() as session:
        assert [e.kind for e in escalations(session, ticket)] == [EscalationKind.UP]


def test_the_upgrade_notes_when_the_rules_came_only_on_a_desk_with_tickets(
    tmp_path: Path, ctx: WriteContext
) -> None:
    def noted(path: Path) -> bool:
        with closing(sqlite3.connect(path)) as conn:
            rows = conn.execute("SELECT 1 FROM sync_state WHERE key = ?", (RULES_SINCE_KEY,))
            return rows.fetchone() is not None

    def migrate_to(path: Path, revision: str, down: bool = False) -> None:
        engine = make_engine(path)
        config = migrate.alembic_config()
        with engine.connect() as conn:
            config.attributes["connection"] = conn
            (command.downgrade if down else command.upgrade)(config, revision)
            conn.commit()
        engine.dispose()

    empty = tmp_path / "new.sqlite3"
    open_database(empty).close()
    assert not noted(empty)  # a new desk has no past to pass over

    busy = tmp_path / "busy.sqlite3"
    db = open_database(busy)
    with db.writing() as session:
        setup = ensure_local_setup(session, BranchProfile(), "agent1", "Agent One")
        create_ticket(session, setup, IntakeForm(subject="s", customer_name="c"))
    db.close()
    migrate_to(busy, "0012", down=True)
    assert not noted(busy)
    migrate_to(busy, "0013")
    assert noted(busy)
