"""The list for a working day, driven as an agent would: Ctrl+1…9 views, the
SLA countdown and complaint flag, saved views, chosen columns, my queues and
bulk changes; in Arabic and in English."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QIcon
from PySide6.QtTest import QTest
from sqlalchemy import select

from desk_app.models import Ticket
from desk_app.services.intake import IntakeForm
from desk_app.services.messages import NAME_TAKEN, REQUIRED, VALIDATION
from desk_app.services.sla import SlaState
from desk_app.services.ticket_list import SortColumn
from desk_app.services.tickets import change_fields
from desk_app.services.views import BUILT_IN, DEFAULT_COLUMNS, load_preferences
from desk_app.ui.bulk_dialog import BulkChangeDialog
from desk_app.ui.checks import type_text
from desk_app.ui.formatting import local_time, ltr
from desk_app.ui.main_window import MainWindow
from desk_app.ui.sla_view import COLOURS
from desk_app.ui.text_direction import cell_text
from desk_app.ui.ticket_model import COLUMNS
from desk_app.ui.view_dialogs import MyQueuesDialog, ViewNameDialog
from tests.ui.conftest import add_tickets, expected_direction

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
DIGITS = [getattr(Qt.Key, f"Key_{d}") for d in range(1, 10)]


def subjects(window: MainWindow) -> list[str]:
    model = window.list_panel.model
    return [model.row_at(r).subject for r in range(model.rowCount())]


def settle(window: MainWindow, qtbot: Any) -> None:
    qtbot.waitUntil(
        lambda: not window.list_panel.model.is_loading and window.desk.tasks.busy == 0,
        timeout=10_000,
    )


def set_columns(window: MainWindow, number: str, **values: Any) -> None:
    """This desk's own figures (clocks, flags) set outright for the test."""
    with window.desk.db.writing() as session:
        ticket = session.execute(select(Ticket).where(Ticket.number == number)).scalar_one()
        for name, value in values.items():
            setattr(ticket, name, value)


def closed(dialog: Any) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def press_view(window: MainWindow, qtbot: Any, position: int) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window.list_panel.table, DIGITS[position - 1], CTRL)
    settle(window, qtbot)


def current_view(window: MainWindow) -> str:
    return window.navigator.currentItem().data(Qt.ItemDataRole.UserRole)


def test_ctrl_digits_walk_the_working_day_views(window, qtbot, lang):  # type: ignore[no-untyped-def]
    desk = window.desk
    me = desk.ctx.actor.user_id
    due, later, angry, call = add_tickets(
        desk,
        [
            IntakeForm(subject="due soon", assignee_id=me),
            IntakeForm(subject="due later", assignee_id=me),
            IntakeForm(subject="angry customer"),
            IntakeForm(subject="call back", assignee_id=me),
        ],
    )
    now = desk.ctx.now()
    for number in (due, later, angry, call):
        set_columns(window, number, sla_due_at=now + timedelta(days=3))
    set_columns(window, due, sla_due_at=now + timedelta(minutes=20))
    set_columns(window, later, sla_due_at=now - timedelta(hours=2))  # overdue counts too
    set_columns(window, angry, complaint=True)
    set_columns(window, call, follow_up_next_at=now - timedelta(minutes=5))
    window.refresh()
    settle(window, qtbot)
    assert window.navigator.count() == len(BUILT_IN)

    press_view(window, qtbot, 5)  # breaching soon: about to breach, not yet missed
    assert current_view(window) == "breaching"
    assert subjects(window) == ["due soon"]
    model = window.list_panel.model
    sla = COLUMNS.index(SortColumn.SLA_DUE)
    soon = model.index(0, sla)
    assert soon.data(Qt.ItemDataRole.ForegroundRole).color().name() == COLOURS[SlaState.WARNING]
    assert soon.data(Qt.ItemDataRole.ToolTipRole)  # the due time in words

    press_view(window, qtbot, 6)  # overdue: the misses, in a place of their own
    assert current_view(window) == "overdue"
    assert subjects(window) == ["due later"]
    overdue = model.index(0, sla)
    overdue_word = QCoreApplication.translate("TicketTableModel", "Overdue {late}").split("{")[0]
    assert overdue.data().startswith(overdue_word.strip()) or overdue_word.strip() in overdue.data()
    brush = overdue.data(Qt.ItemDataRole.ForegroundRole)
    assert brush.color().name() == COLOURS[SlaState.BREACHED]

    press_view(window, qtbot, 7)  # my follow-ups due
    assert subjects(window) == ["call back"]
    press_view(window, qtbot, 9)  # complaints, with the flag on the subject
    assert subjects(window) == ["angry customer"]
    subject = model.index(0, COLUMNS.index(SortColumn.SUBJECT))
    assert isinstance(subject.data(Qt.ItemDataRole.DecorationRole), QIcon)
    complaint = QCoreApplication.translate("TicketTableModel", "Complaint: {subject}")
    assert subject.data(Qt.ItemDataRole.ToolTipRole) == complaint.format(subject="angry customer")
    press_view(window, qtbot, 2)  # my tickets, the nearest due time first
    assert subjects(window) == ["due later", "due soon", "call back"]
    press_view(window, qtbot, 4)  # unassigned
    assert subjects(window) == ["angry customer"]
    window.update_counts()
    settle(window, qtbot)
    texts = [window.navigator.item(r).text() for r in range(window.navigator.count())]
    assert texts[4].endswith(("(1)", "(١)")), texts
    assert texts[5].endswith(("(1)", "(١)")), texts


def test_a_narrowed_view_is_saved_named_renamed_and_deleted(window, qtbot, lang, tmp_path):  # type: ignore[no-untyped-def]
    add_tickets(
        window.desk, [IntakeForm(subject="printer", priority=2), IntakeForm(subject="mail")]
    )
    window.refresh()
    settle(window, qtbot)
    panel = window.list_panel
    panel.priority_filter.setCurrentIndex(panel.priority_filter.findData(2))
    settle(window, qtbot)
    assert subjects(window) == ["printer"]

    dialog = window.save_view_as()
    assert isinstance(dialog, ViewNameDialog)
    assert dialog.layoutDirection() == expected_direction(lang)
    dialog.name.clear()
    dialog.save()  # no name yet: said under the field, the dialog stays
    assert dialog.isVisible()
    assert dialog.errors["name"].text() == QCoreApplication.translate(VALIDATION, REQUIRED)
    name = "حرجة عندي" if lang == "ar" else "My critical"
    type_text(dialog.name, name)
    QTest.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert current_view(window).startswith("own:")
    assert window.navigator.currentItem().text().startswith(name)
    saved = load_preferences(window.desk.list_prefs_path).own_views
    assert [v.name for v in saved] == [name] and saved[0].priorities == (2,)

    # The same name again is refused and what was typed stays.
    again = window.save_view_as()
    type_text(again.name, name.upper())
    again.save()
    assert again.isVisible() and again.name.text() == name.upper()
    assert again.errors["name"].text() == QCoreApplication.translate(VALIDATION, NAME_TAKEN)
    again.reject()

    # Another view, then back to the saved one: its filter comes back.
    window.show_view("all")
    settle(window, qtbot)
    assert sorted(subjects(window)) == ["mail", "printer"]
    window.show_view(saved[0].key)
    settle(window, qtbot)
    assert subjects(window) == ["printer"]

    rename = window.rename_view()
    assert rename is not None
    rename.name.clear()
    type_text(rename.name, "Critical")
    rename.save()
    assert window.navigator.currentItem().text().startswith("Critical")
    window.delete_view()
    assert current_view(window) == "open"
    assert load_preferences(window.desk.list_prefs_path).own_views == []
    assert window.rename_view() is None  # a built-in view keeps its name


def test_columns_are_chosen_kept_and_reset(window, qtbot, lang):  # type: ignore[no-untyped-def]
    panel = window.list_panel
    assert panel.shown_columns() == DEFAULT_COLUMNS
    window._fill_columns_menu()
    actions = {a.text(): a for a in window.columns_menu.actions()}
    follow_up = COLUMNS.index(SortColumn.FOLLOW_UP)
    queue = COLUMNS.index(SortColumn.QUEUE)
    title = window.list_panel.model.headerData
    actions[title(follow_up, Qt.Orientation.Horizontal)].trigger()
    actions[title(queue, Qt.Orientation.Horizontal)].trigger()
    assert not panel.table.isColumnHidden(follow_up)
    assert panel.table.isColumnHidden(queue)
    subject = actions[title(COLUMNS.index(SortColumn.SUBJECT), Qt.Orientation.Horizontal)]
    assert not subject.isEnabled()  # the subject always shows
    stored = json.loads(window.desk.list_prefs_path.read_text("utf-8"))["columns"]
    assert "follow_up" in stored and "queue" not in stored

    # Moving a column is kept too; a new window opens with the same layout.
    header = panel.table.horizontalHeader()
    header.moveSection(header.visualIndex(COLUMNS.index(SortColumn.SLA_DUE)), 0)
    assert panel.shown_columns()[0] == SortColumn.SLA_DUE
    other = MainWindow(window.desk)
    qtbot.addWidget(other)
    assert other.list_panel.shown_columns() == panel.shown_columns()
    panel.reset_columns()
    assert panel.shown_columns() == DEFAULT_COLUMNS


def test_my_queues_are_chosen_by_the_agent(window, qtbot, lang):  # type: ignore[no-untyped-def]
    ref = window.desk.reference
    first_line = [g for g in ref.groups if g.tier == 1]
    specialist = next(g for g in ref.groups if g.tier > 1)
    add_tickets(
        window.desk,
        [
            IntakeForm(subject="front desk", group_id=first_line[0].id),
            IntakeForm(subject="specialists", group_id=specialist.id),
        ],
    )
    press_view(window, qtbot, 3)
    assert subjects(window) == ["front desk"]  # tier 1 until the agent chooses
    dialog = window.choose_my_queues()
    assert isinstance(dialog, MyQueuesDialog)
    for row in range(dialog.list.count()):
        item = dialog.list.item(row)
        wanted = item.data(Qt.ItemDataRole.UserRole) == specialist.id
        item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
    dialog.accept()
    settle(window, qtbot)
    assert subjects(window) == ["specialists"]
    assert window.desk.list_prefs.my_queues == {specialist.id}


def test_bulk_assign_and_status_from_the_keyboard(window, qtbot, lang):  # type: ignore[no-untyped-def]
    desk = window.desk
    numbers = add_tickets(desk, [IntakeForm(subject=f"bulk {i}") for i in range(4)])
    with desk.db.writing() as session:
        done = session.execute(select(Ticket).where(Ticket.number == numbers[0])).scalar_one()
        change_fields(session, desk.ctx, done.id, {"status": "closed"})
    window.show_view("all")
    settle(window, qtbot)
    table = window.list_panel.table
    table.setFocus()
    table.selectAll()
    assert len(window.list_panel.selected_ticket_ids()) == 4

    QTest.keyClick(table, Qt.Key.Key_A, CTRL_SHIFT)
    dialog = window.findChild(BulkChangeDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.layoutDirection() == expected_direction(lang)
    assert dialog.choice.currentData() == desk.ctx.actor.user_id  # "Me" first
    QTest.keyClick(dialog.choice, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(dialog), timeout=10_000)
    with desk.db.reading() as session:
        assignees = set(session.execute(select(Ticket.assignee_id)).scalars())
    assert assignees == {desk.ctx.actor.user_id}

    settle(window, qtbot)
    table.selectAll()
    dialog = window.change_selected("status")
    assert isinstance(dialog, BulkChangeDialog)
    dialog.choice.setCurrentIndex(dialog.choice.findData("waiting_customer"))
    dialog.apply()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=10_000)
    # The closed ticket is left as it was and named; the others changed.
    assert dialog.isVisible() and dialog.problems.count() == 1
    assert numbers[0] in dialog.problems.item(0).text()
    with desk.db.reading() as session:
        statuses = dict(session.execute(select(Ticket.number, Ticket.status)).all())
    assert statuses[numbers[0]] == "closed"
    assert {statuses[n] for n in numbers[1:]} == {"waiting_customer"}
    dialog.apply()  # the second press closes the report
    assert closed(dialog)


def test_reading_pane_shows_the_workflow_and_flags_a_complaint(window, qtbot, lang):  # type: ignore[no-untyped-def]
    desk = window.desk
    extra = {"device_type": "printer", "printer_fault": "paper_jam"}
    (number,) = add_tickets(desk, [IntakeForm(subject="jammed", category="hardware", extra=extra)])
    set_columns(
        window,
        number,
        follow_up_next_at=desk.ctx.now() + timedelta(days=1),
        follow_up_every_days=2,
    )
    window.refresh()
    settle(window, qtbot)
    window.list_panel.select_ticket(window.list_panel.model.row_at(0).id)
    detail = window.detail
    qtbot.waitUntil(lambda: detail.ticket is not None and detail.ticket.number == number)
    facts = detail.facts.text()
    jam = "انحشار الورق" if lang == "ar" else "Paper jam"
    assert jam in facts  # the extra field, by its option's name in the language
    assert QCoreApplication.translate("TicketDetailPanel", "Call back") in facts

    # Flag the complaint from the keyboard: the list shows the flag at once.
    assert not detail.complaint.isChecked()
    detail.complaint.setFocus()
    QTest.keyClick(detail.complaint, Qt.Key.Key_Space)
    settle(window, qtbot)
    with desk.db.reading() as session:
        flagged = session.execute(select(Ticket.complaint).where(Ticket.number == number))
        assert flagged.scalar_one() is True
    model = window.list_panel.model
    qtbot.waitUntil(lambda: model.rowCount() > 0 and model.row_at(0).complaint)
    subject = model.index(0, COLUMNS.index(SortColumn.SUBJECT))
    assert isinstance(subject.data(Qt.ItemDataRole.DecorationRole), QIcon)
    entries = [detail.timeline.item(r).text() for r in range(detail.timeline.count())]
    yes = QCoreApplication.translate("Describe", "Yes")
    assert any(entry.endswith(f"\u2068{yes}\u2069") for entry in entries), entries


def test_sla_cell_says_each_state_in_words(lang):  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from desk_app.services.sla_clock import StoredState
    from desk_app.services.ticket_list import TicketRow
    from desk_app.ui.durations import Durations
    from desk_app.ui.ticket_model import sla_cell

    now = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)

    def row(state: StoredState, due: datetime | None) -> TicketRow:
        return TicketRow(
            1, "id", "HQ-1", "s", "c", "open", 3, "phone", None, None, now, now,
            sla_due_at=due, sla_state=state.value,
        )  # fmt: skip

    tr = QCoreApplication.translate
    assert sla_cell(row(StoredState.PAUSED, None), now) == (
        tr("TicketTableModel", "Paused"),
        SlaState.PAUSED,
    )
    assert sla_cell(row(StoredState.BREACHED, None), now)[1] is SlaState.BREACHED
    assert sla_cell(row(StoredState.MET, None), now) == (tr("TicketTableModel", "Met"), None)
    assert sla_cell(row(StoredState.MISSED, None), now)[1] is SlaState.BREACHED
    assert sla_cell(row(StoredState.NONE, None), now) == ("", None)
    soon = sla_cell(row(StoredState.RUNNING, now + timedelta(minutes=30)), now)
    assert soon[1] is SlaState.WARNING
    words = Durations()
    later = sla_cell(row(StoredState.RUNNING, now + timedelta(days=3, hours=5)), now)
    assert later == (words.days(3), None)
    late = sla_cell(row(StoredState.BREACHED, now - timedelta(hours=30)), now)
    assert late[1] is SlaState.BREACHED and words.pair(words.days(1), words.hours(6)) in late[0]
    # Under a day: whole hours once past ten, so the column needs no eliding.
    hours = sla_cell(row(StoredState.RUNNING, now + timedelta(hours=16, minutes=54)), now)
    assert hours == (words.hours(16), None)
    close = sla_cell(row(StoredState.RUNNING, now + timedelta(hours=9, minutes=5)), now)
    assert QLocale().toString(5) in close[0]


def test_my_follow_ups_show_when_and_whom_to_call(window, qtbot, lang):  # type: ignore[no-untyped-def]
    """The call-back list shows the time to call and the number to dial, even
    when the agent's columns leave the call-back column out; other views keep
    the agent's columns."""
    desk = window.desk
    me = desk.ctx.actor.user_id
    (call,) = add_tickets(
        desk,
        [IntakeForm(subject="call back", customer_name="Huda", phone="+966501234567",
                    assignee_id=me)],
    )  # fmt: skip
    due = desk.ctx.now() - timedelta(minutes=5)
    set_columns(window, call, follow_up_next_at=due)
    window.refresh()
    settle(window, qtbot)
    panel, model = window.list_panel, window.list_panel.model
    follow_up = COLUMNS.index(SortColumn.FOLLOW_UP)
    assert SortColumn.FOLLOW_UP not in desk.list_prefs.columns
    assert panel.table.isColumnHidden(follow_up)

    press_view(window, qtbot, 7)  # my follow-ups due
    assert current_view(window) == "follow_ups"
    assert subjects(window) == ["call back"]
    assert not panel.table.isColumnHidden(follow_up), "the call-back time is shown"
    when = model.index(0, follow_up).data()
    assert when == local_time(due, desk.settings.branch.time_zone)
    customer = model.index(0, COLUMNS.index(SortColumn.CUSTOMER)).data()
    assert customer.startswith(cell_text("Huda", lang == "ar")) and customer.endswith(
        ltr("+966501234567", lang == "ar")
    )
    assert SortColumn.FOLLOW_UP not in desk.list_prefs.columns, "the agent's choice is kept"

    press_view(window, qtbot, 1)  # open tickets: the agent's columns again
    assert panel.table.isColumnHidden(follow_up)
    customer = model.index(0, COLUMNS.index(SortColumn.CUSTOMER)).data()
    assert customer == cell_text("Huda", lang == "ar")
    tip = model.index(0, COLUMNS.index(SortColumn.CUSTOMER)).data(Qt.ItemDataRole.ToolTipRole)
    assert "+966501234567" in tip
