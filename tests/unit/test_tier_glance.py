"""Per tier at a glance: open, oldest, breaching and today's escalations in
and out, per tier and queue; only for those who may see the team's figures."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update

from desk_app.models import DeskGroup, Role, Ticket, User
from desk_app.services import escalation
from desk_app.services.context import WriteContext
from desk_app.services.escalation import EscalationKind, EscalationRequest, Reason
from desk_app.services.intake import IntakeForm, create_ticket
from desk_app.services.permissions import PermissionDenied
from desk_app.services.tier_glance import start_of_day, tier_glance
from desk_app.storage.db import Database


def _ticket(db: Database, ctx: WriteContext, group: DeskGroup, subject: str) -> str:
    with db.writing() as session:
        form = IntakeForm(subject=subject, customer_name="Lina", group_id=group.id)
        return create_ticket(session, ctx, form).id


def test_counts_per_tier_and_queue(
    db: Database, ctx: WriteContext, groups: dict[str, DeskGroup]
) -> None:
    desk, tech = groups["Service Desk"], groups["Technical Support"]
    first = _ticket(db, ctx, desk, "Printer jams")
    _ticket(db, ctx, desk, "No network")
    late = _ticket(db, ctx, tech, "Server down")
    with db.writing() as session:
        session.execute(
            update(Ticket)
            .where(Ticket.id == late)
            .values(sla_state="breached", created_at=datetime.now(UTC) - timedelta(days=3))
        )
        escalation.escalate(
            session,
            ctx,
            EscalationRequest(
                ticket_id=first,
                kind=EscalationKind.UP,
                reason=Reason.SPECIALIST,
                note="Needs the network team",
                to_queue_id=tech.id,
            ),
        )
    with db.reading() as session:
        tiers = tier_glance(session, ctx, "Asia/Riyadh")
    by_tier = {t.tier: t for t in tiers}
    assert sorted(by_tier) == [1, 2, 3]
    queues = {q.name: q for t in tiers for q in t.queues}
    assert (queues["Service Desk"].open, queues["Service Desk"].escalated_out) == (1, 1)
    tech_row = queues["Technical Support"]
    assert (tech_row.open, tech_row.breaching, tech_row.escalated_in) == (2, 1, 1)
    assert tech_row.oldest_at is not None
    assert tech_row.oldest_at < datetime.now(UTC) - timedelta(days=2)
    assert (by_tier[2].open, by_tier[2].escalated_in, by_tier[3].open) == (2, 1, 0)


def test_only_for_those_who_see_the_teams_figures(db: Database, ctx: WriteContext) -> None:
    with db.writing() as session:
        session.execute(
            update(User).where(User.id == ctx.actor.user_id).values(role=Role.SENIOR_AGENT)
        )
    with db.reading() as session, pytest.raises(PermissionDenied):
        tier_glance(session, ctx, "UTC")


def test_the_day_starts_at_the_branchs_midnight() -> None:
    now = datetime(2026, 3, 1, 22, 30, tzinfo=UTC)  # 01:30 on 2 March in Riyadh
    assert start_of_day(now, "Asia/Riyadh") == datetime(2026, 3, 1, 21, 0, tzinfo=UTC)
    assert start_of_day(now, "Not/AZone") == datetime(2026, 3, 1, 0, 0, tzinfo=UTC)
