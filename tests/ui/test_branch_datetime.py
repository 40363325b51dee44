"""A call-back typed on a workstation set to another time zone than the
branch's is the branch's wall-clock time, and reads back the same in the list
and the reading pane, in Arabic and English."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import shiboken6
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimeZone
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import select

from desk_app.models import Ticket
from desk_app.services.intake import IntakeForm
from desk_app.ui.branch_datetime import BranchDateTimeEdit
from desk_app.ui.checks import type_text
from desk_app.ui.contact_dialog import ContactDialog
from desk_app.ui.formatting import local_time
from desk_app.ui.ticket_model import COLUMNS, SortColumn
from tests.ui.conftest import add_tickets

BRANCH = "Asia/Riyadh"  # UTC+3
WORKSTATION = "America/New_York"  # UTC-5 / -4: eight hours away


@pytest.fixture
def workstation_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", WORKSTATION)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def branch_settings(settings):  # type: ignore[no-untyped-def]
    settings.branch = replace(settings.branch, time_zone=BRANCH)
    return settings


def as_utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def type_into(editor: BranchDateTimeEdit, text: str) -> None:
    """As an agent does it: into the box at its first section, the whole time
    typed with its separators and the space before ص/م (but without the
    locale's invisible direction marks, which nobody types)."""
    editor.setFocus()
    line = editor.findChild(QLineEdit)
    assert line is not None
    line.setCursorPosition(0)
    editor.setSelectedSection(editor.sectionAt(0))
    type_text(editor, text.replace("\u200f", ""))


def test_editor_keeps_the_locales_section_order(lang, workstation_zone, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = BranchDateTimeEdit(BRANCH)
    qtbot.addWidget(editor)
    moment = datetime(2026, 12, 23, 11, 22, tzinfo=UTC)  # 14:22 in Riyadh
    editor.set_moment(moment)
    # Day first, hour before minute, in the very text the list shows for it.
    assert editor.text() == local_time(moment, BRANCH)
    assert editor.moment() == moment
    first = editor.sectionAt(0)
    assert first == BranchDateTimeEdit.Section.DaySection
    assert editor.sectionAt(editor.sectionCount() - 1) != BranchDateTimeEdit.Section.DaySection


def test_call_back_typed_is_the_branchs_wall_time_everywhere(  # type: ignore[no-untyped-def]
    lang, workstation_zone, branch_settings, desk, window, qtbot, tmp_path
):
    assert desk.settings.branch.time_zone == BRANCH
    add_tickets(desk, [IntakeForm(subject="Printer jams", customer_name="Lina")])
    window.refresh()
    qtbot.waitUntil(lambda: window.list_panel.current_ticket_id() is not None, timeout=5_000)
    dialog = window.log_contact()
    assert isinstance(dialog, ContactDialog)
    type_text(dialog.summary, "Called; will call back")
    dialog.call_back.setChecked(True)

    day = (datetime.now(ZoneInfo(BRANCH)) + timedelta(days=3)).date()
    wall = QDateTime(QDate(day.year, day.month, day.day), QTime(14, 22), QTimeZone.utc())
    typed = QLocale().toString(wall, dialog.next_call.displayFormat())
    type_into(dialog.next_call, typed)
    assert dialog.next_call.text() == typed
    dialog.next_call.grab().save(str(tmp_path / f"call-back-{lang}.png"))
    dialog.save()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=5_000)

    with desk.db.reading() as session:
        stored = as_utc(session.execute(select(Ticket)).scalars().one().follow_up_next_at)
    expected = datetime(day.year, day.month, day.day, 14, 22, tzinfo=ZoneInfo(BRANCH))
    assert stored == expected.astimezone(UTC)

    # Read back as typed: the reading pane and the list's call-back column.
    shown = local_time(stored, BRANCH)
    assert shown == typed
    qtbot.waitUntil(lambda: shown in window.detail.facts.text(), timeout=5_000)
    model = window.list_panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5_000)
    cell = model.index(0, COLUMNS.index(SortColumn.FOLLOW_UP))
    qtbot.waitUntil(lambda: model.data(cell, Qt.ItemDataRole.DisplayRole) == typed, timeout=5_000)
    # The dialog opened again shows the same wall time for the same moment.
    again = BranchDateTimeEdit(BRANCH)
    qtbot.addWidget(again)
    again.set_moment(stored)
    assert again.text() == typed and again.moment() == stored
