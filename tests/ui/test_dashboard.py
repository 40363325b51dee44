"""View → Supervisor's dashboard: for team leads and supervisors; tiles,
charts and tables of the figures in the reader's language and direction;
every tile and cell lists exactly its tickets; read again when tickets
change."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from sqlalchemy import update

from desk_app.models import Role, User
from desk_app.services.intake import IntakeForm
from desk_app.ui import dashboard_drill
from desk_app.ui.dashboard_drill import DrillDownDialog
from desk_app.ui.dashboard_window import ACTION_PROVIDERS, DashboardWindow
from desk_app.ui.dashboard_words import metric_name
from desk_app.ui.desk import Desk
from desk_app.ui.formatting import number
from desk_app.ui.rights_gate import RightsGate
from tests.ui.conftest import add_tickets, expected_direction
from tests.ui.dashboard_fixtures import fake_compute, fake_filter, queue_id


def set_role(desk: Desk, role: Role) -> None:
    with desk.db.writing() as session:
        session.execute(update(User).where(User.id == desk.ctx.actor.user_id).values(role=role))
    RightsGate.of(desk).reload()


def queue_tickets(desk: Desk, n: int) -> None:
    with desk.db.reading() as session:
        queue = queue_id(session)
    add_tickets(
        desk,
        [
            IntakeForm(subject=f"Printer {i}", customer_name="Lina", group_id=queue)
            for i in range(n)
        ],
    )


@pytest.fixture
def fake_drills(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dashboard_drill, "drill_filter", fake_filter)


def open_dashboard(window, qtbot) -> DashboardWindow:  # type: ignore[no-untyped-def]
    dashboard = DashboardWindow(window.desk, window, compute=fake_compute)
    qtbot.addWidget(dashboard)
    dashboard.show()
    qtbot.waitUntil(lambda: dashboard.dashboard is not None, timeout=5_000)
    return dashboard


def drilled_count(dialog: DrillDownDialog, qtbot) -> int:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.count is not None and not dialog.model.is_loading, timeout=5_000)
    assert dialog.count is not None
    return dialog.count


def test_only_for_those_who_see_team_figures(desk, window) -> None:  # type: ignore[no-untyped-def]
    set_role(desk, Role.SENIOR_AGENT)
    assert not window.dashboard_action.isVisible()
    set_role(desk, Role.TEAM_LEAD)
    assert window.dashboard_action.isVisible()
    assert window.dashboard_action.shortcut().toString() == "Ctrl+Shift+H"


def test_tiles_drill_to_exactly_their_tickets(  # type: ignore[no-untyped-def]
    desk, window, qtbot, lang, fake_drills, tmp_path: Path
) -> None:
    queue_tickets(desk, 3)
    add_tickets(desk, [IntakeForm(subject="Elsewhere", customer_name="Omar")])
    set_role(desk, Role.TEAM_LEAD)
    dashboard = open_dashboard(window, qtbot)
    assert dashboard.layoutDirection() == expected_direction(lang)
    tile = dashboard.tiles.tiles[0]
    assert (tile.value_label.text(), tile.name_label.text()) == (number(3), metric_name("opened"))
    # Categories from the right and the value axis on the reading side in Arabic.
    chart = dashboard.breakdown_chart.chart()
    x_axis = chart.axes(Qt.Orientation.Horizontal)[0]
    table = dashboard.dashboard.tables[0]
    channels = [dashboard.namer.value(table.dimension, value) for value, _cells in table.rows]
    assert x_axis.categories() == (channels[::-1] if lang == "ar" else channels)
    y_axis = chart.axes(Qt.Orientation.Vertical)[0]
    start = Qt.AlignmentFlag.AlignRight if lang == "ar" else Qt.AlignmentFlag.AlignLeft
    assert y_axis.alignment() == start
    assert chart.localizeNumbers()
    assert chart.locale().name() == QLocale().name()
    # Enter on a tile lists its tickets: as many as the tile counts.
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    assert dashboard.drills, "Enter on a tile opens its tickets"
    dialog = dashboard.drills[-1]
    assert drilled_count(dialog, qtbot) == tile.figure.count == 3
    assert dialog.model.rowCount() == 3
    assert metric_name("opened") in dialog.windowTitle()
    assert dialog.count_label.text() == dialog.tr("%Ln ticket(s)", "", 3)
    dialog.grab().save(str(tmp_path / f"drill-{lang}.png"))
    dialog.close()
    # The arrow keys move between tiles the way the row reads.
    tile.setFocus()
    forward = Qt.Key.Key_Left if lang == "ar" else Qt.Key.Key_Right
    qtbot.keyClick(tile, forward)
    assert dashboard.focusWidget() is dashboard.tiles.tiles[1]
    dashboard.grab().save(str(tmp_path / f"dashboard-{lang}.png"))
    dashboard.close()
    desk.tasks.wait()


def test_a_cell_and_a_bar_drill_too(desk, window, qtbot, fake_drills) -> None:  # type: ignore[no-untyped-def]
    queue_tickets(desk, 2)
    set_role(desk, Role.TEAM_LEAD)
    dashboard = open_dashboard(window, qtbot)
    dashboard.tabs.setCurrentIndex(1)
    view = dashboard.table_view
    assert view is not None
    view.setFocus()
    index = view.figures.index(0, 1)
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialog = dashboard.drills[-1]
    figure = view.figures.figure(index)
    assert figure is not None
    assert drilled_count(dialog, qtbot) == figure.count == 2
    dashboard.trend.click_bar(0, 0)
    assert len(dashboard.drills) == 2
    assert drilled_count(dashboard.drills[-1], qtbot) == 2
    dashboard.close()
    desk.tasks.wait()


def test_refreshed_when_tickets_change(desk, window, qtbot, fake_drills) -> None:  # type: ignore[no-untyped-def]
    queue_tickets(desk, 1)
    set_role(desk, Role.TEAM_LEAD)
    dashboard = open_dashboard(window, qtbot)
    dashboard._later.setInterval(50)
    assert dashboard.tiles.tiles[0].figure.value == 1
    queue_tickets(desk, 2)
    desk.ticketsChanged.emit(["x"])
    desk.ticketsChanged.emit(["y"])  # a burst makes one refresh
    qtbot.waitUntil(lambda: dashboard.tiles.tiles[0].figure.value == 3, timeout=5_000)
    dashboard.close()
    desk.tasks.wait()


def test_a_provider_adds_its_commands_to_the_actions_row(desk, window, qtbot) -> None:  # type: ignore[no-untyped-def]
    def provide(board: DashboardWindow) -> None:
        action = QAction("Print", board)
        action.setObjectName("printReportAction")
        board.add_action(action)

    ACTION_PROVIDERS.append(provide)
    try:
        dashboard = open_dashboard(window, qtbot)
    finally:
        ACTION_PROVIDERS.remove(provide)
    assert dashboard.findChild(QAction, "printReportAction") is not None
    dashboard.close()
    desk.tasks.wait()


def test_the_desks_own_figures_drill_to_as_many_tickets(desk, window, qtbot, lang) -> None:  # type: ignore[no-untyped-def]
    """With services.metrics: the opened tile, a channel's cell and a bar of
    the trend each list as many tickets as they count."""
    queue_tickets(desk, 3)
    add_tickets(desk, [IntakeForm(subject="by mail", customer_name="Omar", channel="email")])
    set_role(desk, Role.TEAM_LEAD)
    dashboard = DashboardWindow(window.desk, window)
    qtbot.addWidget(dashboard)
    dashboard.show()
    qtbot.waitUntil(lambda: dashboard.dashboard is not None, timeout=10_000)
    board = dashboard.dashboard
    assert board is not None
    opened = next(t for t in dashboard.tiles.tiles if t.figure.key == "opened")
    assert opened.figure.count == 4
    dialog = dashboard.drill(opened.figure)
    assert dialog is not None
    assert drilled_count(dialog, qtbot) == 4
    by_channel = next(t for t in board.tables if t.key == "by_channel")
    for value, cells in by_channel.rows:
        cell = cells[by_channel.columns.index("opened")]
        shown = dashboard.drill(cell)
        assert shown is not None
        assert drilled_count(shown, qtbot) == cell.count, value
        assert dashboard.namer.value("channel", value) in shown.windowTitle()
    bars = [i for i, f in enumerate(dashboard.trend.bar_sets[0][1]) if f.count]
    assert bars
    before = len(dashboard.drills)
    dashboard.trend.click_bar(0, bars[0])
    assert len(dashboard.drills) == before + 1
    figure = dashboard.trend.bar_sets[0][1][bars[0]]
    assert drilled_count(dashboard.drills[-1], qtbot) == figure.count
    dashboard.close()
    desk.tasks.wait()


def test_choices_period_hijri_range_and_branches(desk, window, qtbot, lang) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from desk_app.models import Branch
    from desk_app.ui.dashboard_filters import ALL
    from desk_app.ui.dashboard_period import PeriodChoice, first_day, last_day

    with desk.db.writing() as session:
        session.add(
            Branch(
                id="branch-jeddah",
                code="JED",
                name="Jeddah",
                name_ar="جدة",
                updated_at="0",
                origin_client_id="x",
                created_at=datetime.now(UTC),
            )
        )
    set_role(desk, Role.TEAM_LEAD)
    dashboard = open_dashboard(window, qtbot)
    filters = dashboard.filters
    # A team lead sees their own branch only, and is told why.
    assert filters.branch.count() == 1 and not filters.branch.isEnabled()
    assert filters.branch.toolTip()
    dashboard.close()

    set_role(desk, Role.SUPERVISOR)
    dashboard = open_dashboard(window, qtbot)
    filters = dashboard.filters
    assert filters.branch.isEnabled()
    assert filters.branch.findData(ALL) == 0
    assert filters.branch.findText("جدة" if lang == "ar" else "Jeddah") > 0
    filters.branch.setCurrentIndex(0)
    assert filters.scope().branch_ids == frozenset()

    computed: list[object] = []
    dashboard.shown.connect(computed.append)
    filters.period.setCurrentIndex(filters.period.findData(PeriodChoice.HIJRI_MONTH.value))
    assert filters.hijri.isVisibleTo(dashboard) and not filters.first.isVisibleTo(dashboard)
    hijri = filters.hijri_month()
    assert hijri is not None
    qtbot.waitUntil(lambda: dashboard.shown_hijri == hijri, timeout=5_000)
    assert computed
    assert filters.period_words() in dashboard.status.text()

    filters.period.setCurrentIndex(filters.period.findData(PeriodChoice.RANGE.value))
    assert filters.first.isVisibleTo(dashboard) and not filters.hijri.isVisibleTo(dashboard)
    filters.first.setDate(filters.last.date().addDays(-40))
    period = filters.chosen_period()
    assert (last_day(period) - first_day(period)).days == 40
    dashboard.close()
    desk.tasks.wait()


def test_tab_reaches_the_tiles_and_the_cells(desk, window, qtbot, fake_drills) -> None:  # type: ignore[no-untyped-def]
    queue_tickets(desk, 1)
    set_role(desk, Role.TEAM_LEAD)
    dashboard = open_dashboard(window, qtbot)
    dashboard.activateWindow()
    qtbot.waitUntil(dashboard.isActiveWindow)
    bar = dashboard.tabs.tabBar()
    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dashboard.tiles.tiles[0]
    dashboard.tabs.setCurrentIndex(1)
    dashboard.parts.setFocus()
    qtbot.keyClick(dashboard.parts, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dashboard.table_view
    view = dashboard.table_view
    assert view is not None
    qtbot.keyClick(view, Qt.Key.Key_Return)  # the current cell's tickets
    assert dashboard.drills
    dashboard.close()
    desk.tasks.wait()


def test_an_upgraded_desk_prepares_its_figures_in_the_background(  # type: ignore[no-untyped-def]
    settings, qtbot, lang
) -> None:
    """A desk opened after the upgrade that brings the figures derives them
    step by step behind the window (it opens at once), and the dashboard
    says so until they are whole."""
    from desk_app.models import SyncState, Ticket
    from desk_app.services import metrics_store
    from desk_app.storage.db import open_database

    first = Desk(open_database(settings.database_path), settings)
    add_tickets(first, [IntakeForm(subject=f"printer {i}", customer_name="Huda") for i in range(5)])
    with first.db.writing() as session:
        session.add(SyncState(key=metrics_store.REBUILD_DUE_KEY, value="1"))
    first.close()
    desk = Desk(open_database(settings.database_path, derive_now=False), settings)
    try:
        with desk.db.reading() as session:
            assert session.query(Ticket).count() == 5
        qtbot.waitUntil(lambda: desk.tasks.busy == 0, timeout=20_000)
        with desk.db.reading() as session:
            assert not metrics_store.rebuild_due(session)
        window = DashboardWindow(desk)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.dashboard is not None, timeout=20_000)
        assert window.dashboard is not None and window.dashboard.complete
        opened = next(t for t in window.dashboard.tiles if t.key == "opened")
        assert opened.value == 5
    finally:
        desk.tasks.wait()
        desk.close()
