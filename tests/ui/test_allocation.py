"""The dashboard's allocation page: waiting tickets beside each agent's load;
tickets go to an agent by drag-and-drop or with the keys, through the bulk
service and its rights (a refusal is said in words)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from sqlalchemy import select, update

from desk_app.models import Role, Ticket, User
from desk_app.services.intake import IntakeForm
from desk_app.ui.dashboard_allocation import MIME, AllocationPage
from desk_app.ui.dashboard_window import DashboardWindow
from desk_app.ui.desk import Desk
from desk_app.ui.formatting import number
from desk_app.ui.rights_gate import RightsGate
from tests.ui.conftest import add_tickets, expected_direction
from tests.ui.dashboard_fixtures import fake_compute


def set_role(desk: Desk, role: Role) -> None:
    with desk.db.writing() as session:
        session.execute(update(User).where(User.id == desk.ctx.actor.user_id).values(role=role))
    RightsGate.of(desk).reload()


def open_allocation(window, qtbot) -> tuple[DashboardWindow, AllocationPage]:  # type: ignore[no-untyped-def]
    dashboard = DashboardWindow(window.desk, window, compute=fake_compute)
    qtbot.addWidget(dashboard)
    dashboard.resize(1300, 700)
    dashboard.show()
    dashboard.tabs.setCurrentWidget(dashboard.allocation)
    page = dashboard.allocation
    qtbot.waitUntil(lambda: page.workload is not None and not page.model.is_loading, timeout=5_000)
    return dashboard, page


def assignees(desk: Desk) -> dict[str, str | None]:
    with desk.db.reading() as session:
        return {t.subject: t.assignee_id for t in session.scalars(select(Ticket))}


def agent_row(page: AllocationPage, user_id: str) -> int:
    for row in range(page.agents.rowCount()):
        if page.current_agent_at(row) == user_id:
            return row
    raise AssertionError("agent not listed")


def test_assign_with_the_keys(desk, window, qtbot, lang, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_tickets(desk, [IntakeForm(subject="one"), IntakeForm(subject="two")])
    set_role(desk, Role.SUPERVISOR)  # may change tickets outside their queues
    dashboard, page = open_allocation(window, qtbot)
    assert page.layoutDirection() == expected_direction(lang)
    assert page.model.rowCount() == 2
    me = desk.ctx.actor.user_id
    row = agent_row(page, me)
    assert page.agents.item(row, 1).text() == number(0)
    page.tickets.selectAll()
    page.agents.setFocus()
    page.agents.setCurrentCell(row, 0)
    qtbot.keyClick(page.agents, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0 and not page.busy, timeout=5_000)
    assert set(assignees(desk).values()) == {me}
    qtbot.waitUntil(lambda: page.agents.item(agent_row(page, me), 1).text() == number(2))
    assert page.message.text() == page.tr("%Ln ticket(s) assigned to {name}.", "", 2).format(
        name=desk.ctx.actor.name
    )
    # Ctrl+Shift+A from the ticket list does the same, to the chosen agent.
    add_tickets(desk, [IntakeForm(subject="three")])
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5_000)
    dashboard.activateWindow()
    qtbot.waitUntil(dashboard.isActiveWindow)
    page.tickets.setFocus()
    page.tickets.selectAll()
    qtbot.keyClick(
        page.tickets,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: assignees(desk)["three"] == me, timeout=5_000)
    dashboard.grab().save(str(tmp_path / f"allocation-{lang}.png"))
    dashboard.close()
    desk.tasks.wait()


def test_drop_on_an_agent_and_a_refusal_in_words(desk, window, qtbot, lang) -> None:  # type: ignore[no-untyped-def]
    add_tickets(desk, [IntakeForm(subject="one")])
    set_role(desk, Role.SUPERVISOR)
    dashboard, page = open_allocation(window, qtbot)
    me = desk.ctx.actor.user_id
    page.tickets.selectAll()
    ids = page.tickets.selected_ids()
    assert len(ids) == 1
    data = QMimeData()
    data.setData(MIME, "\n".join(ids).encode())
    row = agent_row(page, me)
    point = QPointF(page.agents.visualRect(page.agents.model().index(row, 0)).center())
    drop = QDropEvent(
        point,
        Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.agents.dropEvent(drop)
    qtbot.waitUntil(lambda: not page.busy and page.model.rowCount() == 0, timeout=5_000)
    assert assignees(desk) == {"one": me}

    # Without the right to change tickets in bulk, the service refuses: in words.
    add_tickets(desk, [IntakeForm(subject="two")])
    set_role(desk, Role.AGENT)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5_000)
    page.tickets.selectAll()
    page.agents.setCurrentCell(row, 0)
    page.assign_to_current()
    qtbot.waitUntil(lambda: not page.busy, timeout=5_000)
    assert assignees(desk)["two"] is None
    text = page.message.text()
    assert text and "assignee_id" not in text and "bulk_change" not in text

    # A team lead may not take a ticket outside their queues: listed with the reason.
    set_role(desk, Role.TEAM_LEAD)
    page.tickets.selectAll()
    page.assign_to_current()
    qtbot.waitUntil(lambda: not page.busy, timeout=5_000)
    assert page.problems.isVisible() and page.problems.count() == 1
    assert page.problems.item(0).text().split(": ", 1)[1].strip()
    dashboard.close()
    desk.tasks.wait()
