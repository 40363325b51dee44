"""Logging a call, planning the call-back, resolving and reopening, as an
agent does it from the keyboard, in Arabic and English."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from desk_app.models import Ticket, TicketJournal
from desk_app.services.intake import IntakeForm
from desk_app.ui import labels
from desk_app.ui.checks import type_text
from desk_app.ui.contact_dialog import ContactDialog, parse_duration
from desk_app.ui.resolve_dialog import ResolveDialog
from tests.ui.conftest import add_tickets, expected_direction


def closed(dialog) -> bool:  # type: ignore[no-untyped-def]
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def ticket_row(desk) -> Ticket:  # type: ignore[no-untyped-def]
    with desk.db.reading() as session:
        return session.execute(select(Ticket)).scalars().one()


def test_durations_as_agents_type_them() -> None:
    assert parse_duration("4:30") == 270
    assert parse_duration("١٢") == 720  # Arabic-Indic digits
    assert parse_duration("") == 0
    assert parse_duration("4:75") is None and parse_duration("soon") is None


def test_log_a_call_plan_the_call_back_then_resolve_and_reopen(  # type: ignore[no-untyped-def]
    desk, window, qtbot, lang, tmp_path: Path
):
    add_tickets(desk, [IntakeForm(subject="Printer jams", customer_name="Lina")])
    window.refresh()
    qtbot.waitUntil(lambda: window.list_panel.current_ticket_id() is not None, timeout=5_000)

    dialog = window.log_contact()
    assert isinstance(dialog, ContactDialog)
    assert dialog.layoutDirection() == expected_direction(lang)
    # Nothing said and a duration that is not one: both refused, both kept.
    type_text(dialog.duration, "soon")
    QTest.keyClick(dialog.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors["duration"].isVisible(), timeout=5_000)
    assert dialog.duration.text() == "soon"
    dialog.duration.clear()
    type_text(dialog.duration, "4:30")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors["summary"].isVisible() and not dialog.busy, timeout=5_000)
    assert dialog.isVisible()
    # A call-back in the past is refused on its field.
    type_text(dialog.summary, "Called: the tray was empty; asked to refill it")
    dialog.call_back.setChecked(True)
    dialog.next_call.set_moment(datetime.now(UTC) - timedelta(hours=1))
    dialog.save()
    qtbot.waitUntil(
        lambda: dialog.errors["follow_up_next_at"].isVisible() and not dialog.busy, timeout=5_000
    )
    dialog.next_call.set_moment(datetime.now(UTC) + timedelta(days=2))
    dialog.every.setValue(2)
    dialog.grab().save(str(tmp_path / f"contact-{lang}.png"))
    dialog.save()
    qtbot.waitUntil(lambda: closed(dialog), timeout=5_000)
    ticket = ticket_row(desk)
    assert ticket.follow_up_every_days == 2 and ticket.follow_up_next_at is not None
    with desk.db.reading() as session:
        entry = session.execute(
            select(TicketJournal).where(TicketJournal.kind == "contact_logged")
        ).scalar_one()
    assert (entry.duration_s, entry.direction) == (270, "outbound")

    resolve = window.resolve_ticket()
    assert isinstance(resolve, ResolveDialog)
    resolve.save()  # nothing filled in
    qtbot.waitUntil(
        lambda: resolve.errors["resolution_cause"].isVisible() and not resolve.busy, timeout=5_000
    )
    assert resolve.errors["solution"].isVisible()
    type_text(resolve.cause, "Empty tray")
    type_text(resolve.solution, "Customer refilled the tray; printed a test page")
    assert not resolve.given_by.isEnabled()  # no score, nothing to say about it
    resolve.satisfaction.setCurrentIndex(resolve.satisfaction.findData(4))
    assert resolve.given_by.isEnabled()
    resolve.given_by.setCurrentIndex(resolve.given_by.findData("letter"))
    resolve.grab().save(str(tmp_path / f"resolve-{lang}.png"))
    resolve.save()
    qtbot.waitUntil(lambda: closed(resolve), timeout=5_000)
    ticket = ticket_row(desk)
    assert (ticket.status, ticket.satisfaction, ticket.resolution_cause) == (
        "resolved",
        4,
        "Empty tray",
    )
    assert ticket.follow_up_next_at is None  # solved: no more call-backs
    # A resolved ticket leaves the open view, and the reading pane with it
    # (it never shows a ticket the list does not): the agent finds it under
    # all tickets.
    detail = window.detail
    qtbot.waitUntil(lambda: detail.ticket is None, timeout=5_000)
    for row in range(window.navigator.count()):
        if window.navigator.item(row).data(Qt.ItemDataRole.UserRole) == "all":
            window.navigator.setCurrentRow(row)
    qtbot.waitUntil(lambda: window.list_panel.current_ticket_id() is not None, timeout=5_000)
    qtbot.waitUntil(lambda: detail.ticket is not None and detail.ticket.satisfaction == 4)
    assert labels.channel_label("letter") in detail.facts.text()  # how the score was given
    window.reopen_action.trigger()
    qtbot.waitUntil(lambda: ticket_row(desk).status == "open", timeout=5_000)
    assert ticket_row(desk).solution.startswith("Customer refilled")
    assert ticket.closed_at is not None and ticket.closed_at < ticket.closed_at + timedelta(1)
