"""Automatic escalation rules: one pass over the whole database (the tickets
whose next rule is due, read from that column's index, each evaluated and
fired) beside a full scan of the open tickets, in the same run.

The pass writes (it fires rules): each run is rolled back, so every run does
the same work and the cached file stays as made. Two passes are measured: the
one a desk makes when it starts after a long time off (a backlog of due
rules, PASS_LIMIT tickets of it per pass, each firing an ordinary ticket
write) and the idle one of a normal tick
(nothing due yet: the index says so at once).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from bench.report import Figure
from bench.stats import measure
from desk_app.models import Ticket
from desk_app.models.tickets import OPEN_TICKETS
from desk_app.services import escalation_rules, sla_clock
from desk_app.services.context import WriteContext
from desk_app.services.setup import BranchProfile, ensure_local_setup
from desk_app.storage.db import Database

BASELINE = "full scan of the open tickets (id, priority, status, SLA due)"


def run_rules(db: Database, size: int, repeat: int) -> list[Figure]:
    _fill_due_times(db)
    with db.writing() as session:
        ctx = ensure_local_setup(session, BranchProfile(), "bench", "Bench")
    now = datetime.now(UTC)
    with db.reading() as session:
        due = session.execute(
            select(Ticket.escalation_due_at)
            .where(Ticket.escalation_due_at.is_not(None))
            .order_by(Ticket.escalation_due_at)
            .limit(1)
        ).scalar()
        waiting = len(
            session.execute(
                select(Ticket.id).where(
                    Ticket.escalation_due_at.is_not(None), Ticket.escalation_due_at <= now
                )
            ).all()
        )
    idle_at = (due or now) - timedelta(seconds=1)

    def scan() -> None:
        with db.engine.connect() as conn:
            conn.exec_driver_sql(
                f"SELECT id, priority, status, sla_due_at FROM ticket WHERE {OPEN_TICKETS}"
            ).fetchall()

    def backlog() -> None:
        _rolled_back_pass(db, ctx, now)

    def idle() -> None:
        _rolled_back_pass(db, ctx, idle_at)

    runs = max(3, repeat // 5)
    base = measure(scan, repeat=runs)
    figures = []
    for name, work in (
        (
            f"rules pass, a backlog of {waiting:,} due ({escalation_rules.PASS_LIMIT} fired)",
            backlog,
        ),
        ("rules pass, nothing due yet (a normal tick)", idle),
    ):
        sample = measure(work, repeat=runs)
        figures.append(
            Figure(
                "escalation rules",
                name,
                size,
                sample.median,
                baseline=base.median,
                baseline_name=BASELINE,
                note="one pass reads only the tickets at a threshold",
            )
        )
    return figures


def _rolled_back_pass(db: Database, ctx: WriteContext, now: datetime) -> None:
    with Session(db.engine) as session:
        escalation_rules.evaluate_due(session, ctx, now)
        session.rollback()


def _fill_due_times(db: Database) -> None:
    """A cache made before the rules has no due times: they are computed once
    for the open tickets, as a desk does at its first start (sla_clock)."""
    with db.writing() as session:
        if sla_clock.revision_due(session):
            print("computing the open tickets' escalation due times …", flush=True)
            sla_clock.revise_stored(session)
