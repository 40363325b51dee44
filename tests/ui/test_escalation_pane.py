"""The reading pane's escalation line and the timeline's words, for what an
automatic rule did, in Arabic and English: never a stored key or an id."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from desk_app.models import DeskGroup, Ticket
from desk_app.services import escalation_rules
from desk_app.services.intake import IntakeForm
from desk_app.ui.describe import SNAKE_CASE, UUID
from desk_app.ui.escalation_words import rule_phrase
from tests.ui.conftest import add_tickets


def test_a_rule_that_fired_reads_in_words(desk, window, qtbot, lang) -> None:  # type: ignore[no-untyped-def]
    with desk.db.reading() as session:
        first_line = session.scalars(
            select(DeskGroup).where(DeskGroup.name == "Service Desk")
        ).one()
    add_tickets(
        desk, [IntakeForm(subject="Mail down", customer_name="Lina", group_id=first_line.id)]
    )
    with desk.db.writing() as session:
        later = desk.ctx.now() + timedelta(days=30)
        fired = escalation_rules.evaluate_due(session, desk.ctx, later)
        tier = session.scalars(select(Ticket.tier)).one()
    assert len(fired) == 2 and tier == 2  # the lead asked at 75 %, then up a tier at breach
    window.show_view("all")
    window.refresh()
    detail = window.detail
    qtbot.waitUntil(lambda: detail.ticket is not None, timeout=5_000)
    qtbot.waitUntil(detail.escalation.isVisible, timeout=5_000)
    assert rule_phrase("100:escalate_up") in detail.escalation.text()
    lines = [detail.timeline.item(r).text() for r in range(detail.timeline.count())]
    automatic = [line for line in lines if rule_phrase("75:notify_lead") in line]
    assert len(automatic) == 1
    for line in lines:
        assert not UUID.search(line), line
        assert not SNAKE_CASE.search(line.replace(desk.settings.display_name, "")), line
    desk.tasks.wait()
