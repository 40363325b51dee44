"""The desk fires the automatic escalation rules that have fallen due on its
maintenance tick, and says which tickets changed."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from desk_app.models import DeskGroup
from desk_app.services.escalation import EscalationKind, escalations
from desk_app.services.intake import IntakeForm, create_ticket
from desk_app.ui.desk import Desk


def test_the_tick_fires_due_rules_once(desk: Desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    real_now = desk.ctx.now
    long_ago = real_now() - timedelta(days=60)
    desk.ctx.now = lambda: long_ago
    with desk.db.writing() as session:
        queue = session.execute(
            select(DeskGroup.id).where(DeskGroup.name == "Service Desk")
        ).scalar_one()
        form = IntakeForm(subject="Router down", customer_name="Ahmad", group_id=queue)
        ticket = create_ticket(session, desk.ctx, form).id
    desk.ctx.now = real_now
    # The start-up recompute announces its own changes: wait for the tick's.
    with qtbot.waitSignal(
        desk.ticketsChanged, timeout=10_000, check_params_cb=lambda ids: ids == [ticket]
    ):
        desk.tasks.write(desk._escalate_due, desk._escalated)
    with desk.db.reading() as session:
        kinds = [e.kind for e in escalations(session, ticket)]
    assert kinds == [EscalationKind.HIERARCHICAL, EscalationKind.UP]
    assert desk._escalate_due() == []  # nothing fires twice
