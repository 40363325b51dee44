"""Reminders: a due call-back, a service level about to be missed, a ticket
assigned by someone else; each said once, in Arabic and English."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta

import pytest
from sqlalchemy import select, update

from desk_app.models import Branch, Ticket, User
from desk_app.services import contacts, sla_clock
from desk_app.services.intake import IntakeForm, create_ticket
from desk_app.services.sla_clock import SlaSettings
from desk_app.services.tickets import change_fields
from desk_app.ui.notifications import Notifier


@pytest.fixture
def round_the_clock(desk) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Service levels counted round the clock, so the test does not depend on
    the hour it runs at."""
    with desk.db.writing() as session:
        branch = session.get(Branch, desk.ctx.branch_id)
        branch.weekend_days = ""
    sla_clock.configure(SlaSettings(periods=((time(0), time(0)),)))
    yield
    sla_clock.configure(SlaSettings())


def test_reminders_are_said_once_each(desk, window, qtbot, lang, round_the_clock) -> None:  # type: ignore[no-untyped-def]
    notifier: Notifier = window.notifier
    heard: list[tuple[str, str]] = []
    notifier.notified.connect(lambda text, ticket: heard.append((text, ticket)))
    me = desk.ctx.actor.user_id
    with desk.db.writing() as session:
        call = create_ticket(
            session, desk.ctx, IntakeForm(subject="Call me back", customer_name="Huda")
        ).id
        urgent = create_ticket(
            session, desk.ctx, IntakeForm(subject="Server down", customer_name="Omar",
                                          channel="phone", priority=1)
        ).id  # fmt: skip
        for ticket in (call, urgent):
            change_fields(session, desk.ctx, ticket, {"assignee_id": me})
        contacts.schedule_follow_up(
            session, desk.ctx, call, datetime.now(UTC) + timedelta(minutes=5), every_days=2
        )
    notifier.check()
    qtbot.waitUntil(lambda: notifier.known_mine is not None, timeout=5_000)
    assert heard == []  # nothing due yet; the four-hour target is far

    # Time passes: the call-back is due and the target is twenty minutes away.
    later = datetime.now(UTC) + timedelta(hours=3, minutes=45)
    desk.ctx.now = lambda: later
    notifier.check()
    qtbot.waitUntil(lambda: len(heard) == 2, timeout=5_000)
    assert {ticket for _text, ticket in heard} == {call, urgent}
    assert window.statusBar().currentMessage() in {text for text, _ in heard}

    # A colleague's desk assigns a third ticket to me (arrives by sync).
    with desk.db.writing() as session:
        other = create_ticket(
            session, desk.ctx, IntakeForm(subject="Scanner", customer_name="Lina")
        ).id
    with desk.db.writing() as session:
        session.execute(update(Ticket).where(Ticket.id == other).values(assignee_id=me))
    notifier.check()
    qtbot.waitUntil(lambda: len(heard) == 3, timeout=5_000)
    assert heard[-1][1] == other

    notifier.check()  # nothing new: nothing said again
    qtbot.wait(300)
    assert len(heard) == 3
    with desk.db.reading() as session:
        assert session.execute(select(User.id).where(User.id == me)).scalar() == me


def test_a_reminder_leaves_branch_agent_and_connection_in_view(window, qtbot, lang) -> None:  # type: ignore[no-untyped-def]
    """The status bar's message area takes the reminder; the branch, the agent
    and the connection stay where they are."""
    bar = window.statusBar()
    permanent = (window.branch_label, window.agent_label, window.sync.indicator)
    assert all(w.isVisible() for w in permanent)
    before = [w.geometry() for w in permanent]
    window.notifier._say_once(("test", "1"), "Call back Huda about HQ-1: printer", "t1")
    assert bar.currentMessage() == "Call back Huda about HQ-1: printer"
    assert all(w.isVisible() for w in permanent), "a reminder hid the status widgets"
    assert [w.geometry() for w in permanent] == before
    bar.showMessage("Ticket HQ-2 saved", 6000)
    assert all(w.isVisible() for w in permanent), "a message hid the status widgets"
