"""The reading pane's service-level lines, in Arabic and English."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from desk_app.models import Branch
from desk_app.services.intake import IntakeForm, create_ticket
from desk_app.services.sla import SlaState
from desk_app.services.tickets import change_fields
from desk_app.ui.sla_view import COLOURS, SlaView

RIYADH = ZoneInfo("Asia/Riyadh")
THURSDAY_9 = datetime(2026, 11, 26, 9, tzinfo=RIYADH).astimezone(UTC)


def riyadh_desk(desk) -> None:  # type: ignore[no-untyped-def]
    with desk.db.writing() as session:
        branch = session.get(Branch, desk.ctx.branch_id)
        branch.time_zone, branch.weekend_days = "Asia/Riyadh", "5,6"
    desk.settings.branch = replace(desk.settings.branch, time_zone="Asia/Riyadh")


def test_clocks_are_said_in_words_and_follow_the_ticket(desk, qtbot, lang, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    riyadh_desk(desk)
    desk.ctx.now = lambda: THURSDAY_9
    with desk.db.writing() as session:
        letter = create_ticket(
            session, desk.ctx, IntakeForm(subject="Billing letter", customer_name="Ali",
                                          channel="letter", priority=3)
        ).id  # fmt: skip
    view = SlaView(desk)
    qtbot.addWidget(view)
    view.resize(520, 120)
    view.show()
    view.show_ticket(letter)
    qtbot.waitUntil(lambda: len(view.lines) == 2, timeout=5_000)  # first response, resolution
    first = view.findChild(type(view.lines[0]), "sla_first_response")
    assert first is not None
    assert ("٤٨" in first.text() or "48" in first.text()) or "h" in first.text()
    assert COLOURS[SlaState.OK] in first.styleSheet()
    qtbot.wait(50)
    view.grab().save(str(tmp_path / f"sla-{lang}.png"))
    assert all(label.geometry().right() <= view.width() for label in view.lines)

    # Waiting for the customer: the lines say paused.
    desk.ctx.now = lambda: THURSDAY_9 + timedelta(hours=1)
    with desk.db.writing() as session:
        change_fields(session, desk.ctx, letter, {"status": "waiting_customer"})
    view.reload()
    qtbot.waitUntil(
        lambda: bool(view.lines) and COLOURS[SlaState.PAUSED] in view.lines[0].styleSheet(),
        timeout=5_000,
    )
    # The customer answered an hour later; a month on, nobody has: overdue, in red.
    desk.ctx.now = lambda: THURSDAY_9 + timedelta(hours=2)
    with desk.db.writing() as session:
        change_fields(session, desk.ctx, letter, {"status": "open"})
    desk.ctx.now = lambda: THURSDAY_9 + timedelta(days=30)
    view.reload()
    qtbot.waitUntil(
        lambda: bool(view.lines) and COLOURS[SlaState.BREACHED] in view.lines[-1].styleSheet(),
        timeout=5_000,
    )
    # Missed, then waiting on the customer: still red, and the line says it waits.
    with desk.db.writing() as session:
        change_fields(session, desk.ctx, letter, {"status": "waiting_customer"})
    template = QCoreApplication.translate(
        "SlaView", "{name}: overdue by {late} (due {due}), paused while waiting"
    )
    view.reload()
    qtbot.waitUntil(
        lambda: bool(view.lines) and view.lines[-1].text().endswith(template.split("{due}")[-1]),
        timeout=5_000,
    )
    assert COLOURS[SlaState.BREACHED] in view.lines[-1].styleSheet()
    view.show_ticket(None)
    qtbot.waitUntil(lambda: not view.lines and view.isHidden(), timeout=5_000)
