"""View → Supervisor's dashboard (Ctrl+Shift+H), for those with the right to
see the team's figures: tiles and charts for a period, a branch and a team;
the breakdowns as tables; allocation of waiting tickets.

The figures are computed on a reading thread (services.metrics, through
dashboard_source) and read again when tickets change, a moment after the
last change (a burst of saves or a sync page makes one refresh, and a
refresh never runs twice at once). Every tile, bar and cell lists its
tickets (dashboard_drill).

The ``actions`` row under the choices is where commands on the figures shown
go (the printed report, the exports): ``add_action`` puts one there, and
``ACTION_PROVIDERS`` lets a module add its own to every dashboard opened.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from importlib import import_module
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desk_app.services.metrics_types import (
    Dashboard,
    Dimension,
    Figure,
    Period,
    Scope,
    Table,
)
from desk_app.ui import dashboard_source
from desk_app.ui.dashboard_allocation import AllocationPage
from desk_app.ui.dashboard_charts import FigureChart, plot_series, plot_table
from desk_app.ui.dashboard_drill import DrillDownDialog, wire_open
from desk_app.ui.dashboard_filters import DashboardFilters
from desk_app.ui.dashboard_source import Compute, DashboardRead
from desk_app.ui.dashboard_tables import FigureTableView
from desk_app.ui.dashboard_tiles import TileGrid
from desk_app.ui.dashboard_words import Namer, part_name
from desk_app.ui.desk import Desk
from desk_app.ui.errors import describe
from desk_app.ui.formatting import local_time
from desk_app.ui.screen_fit import fit_to_screen

REFRESH_AFTER_CHANGE_MS = 1_500
ACTION_PROVIDERS: list[Callable[[DashboardWindow], None]] = []


class DashboardWindow(QDialog):
    shown = Signal(object)  # the Dashboard now on screen

    def __init__(
        self,
        desk: Desk,
        parent: QWidget | None = None,
        compute: Compute | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardWindow")
        self.setWindowTitle(self.tr("Supervisor's dashboard"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.desk = desk
        self.compute: Compute = compute or dashboard_source.compute
        self.rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.namer = Namer(desk.reference, self.rtl)
        self.dashboard: Dashboard | None = None
        self.drills: list[DrillDownDialog] = []
        self.reports: object | None = None  # ui.report_actions.ReportActions
        self.shown_words = ""  # the period of the figures on screen, in words
        self.shown_hijri: tuple[int, int] | None = None
        self._running = False
        self._again = False

        self.filters = DashboardFilters(desk, self)
        self.filters.changed.connect(self._choice_changed)
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        self.addAction(self.refresh_action)
        refresh_button = QToolButton(self)
        refresh_button.setObjectName("dashboardRefresh")
        refresh_button.setDefaultAction(self.refresh_action)
        self.actions_row = QHBoxLayout()
        self.actions_row.setObjectName("actions")
        self.status = QLabel(self)
        self.status.setObjectName("dashboardStatus")
        self.actions_row.addWidget(self.status, 1)
        self.actions_row.addWidget(refresh_button)

        self.tiles = TileGrid(self)
        self.tiles.drilled.connect(self.drill)
        self.trend = FigureChart("dashboardTrend", self)
        self.breakdown_chart = FigureChart("dashboardBreakdownChart", self)
        for chart in (self.trend, self.breakdown_chart):
            chart.drilled.connect(self.drill)
        charts = QSplitter(Qt.Orientation.Horizontal, self)
        charts.addWidget(self.trend)
        charts.addWidget(self.breakdown_chart)
        charts.setStretchFactor(0, 3)
        charts.setStretchFactor(1, 2)
        overview = QWidget(self)
        overview_layout = QVBoxLayout(overview)
        overview_layout.addWidget(self.tiles)
        overview_layout.addWidget(charts, 1)

        self.parts = QListWidget(self)
        self.parts.setObjectName("dashboardParts")
        self.parts.setMaximumWidth(230)
        self.parts.currentRowChanged.connect(self._show_part)
        self.part_holder = QVBoxLayout()
        self.table_view: FigureTableView | None = None
        self.part_chart = FigureChart("dashboardPartChart", self)
        self.part_chart.drilled.connect(self.drill)
        parts_label = QLabel(self.tr("Breakdo&wn:"), self)
        parts_label.setBuddy(self.parts)
        start = QVBoxLayout()
        start.addWidget(parts_label)
        start.addWidget(self.parts, 1)
        holder = QWidget(self)
        holder.setLayout(self.part_holder)
        self.part_holder.setContentsMargins(0, 0, 0, 0)
        table_and_chart = QSplitter(Qt.Orientation.Vertical, self)
        table_and_chart.addWidget(holder)
        table_and_chart.addWidget(self.part_chart)
        tables = QWidget(self)
        tables_layout = QHBoxLayout(tables)
        tables_layout.addLayout(start)
        tables_layout.addWidget(table_and_chart, 1)

        self.allocation = AllocationPage(desk, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("dashboardTabs")
        self.tabs.addTab(overview, self.tr("&Overview"))
        self.tabs.addTab(tables, self.tr("Brea&kdowns"))
        self.tabs.addTab(self.allocation, self.tr("A&llocation"))
        self.tabs.currentChanged.connect(self._tab_changed)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addLayout(self.actions_row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(REFRESH_AFTER_CHANGE_MS)
        self._later.timeout.connect(self.refresh)
        desk.ticketsChanged.connect(self._tickets_changed)
        desk.referenceChanged.connect(self._reference_changed)
        fit_to_screen(self, QSize(1340, 720))
        self._offer_reports()
        for provider in ACTION_PROVIDERS:
            provider(self)
        self.allocation.team = self.filters.scope().queue_ids
        self.refresh()

    # -- the actions row ----------------------------------------------------
    def add_action(self, action: QAction) -> QToolButton:
        """A command on what the dashboard shows (print, export), placed
        before Refresh; its shortcut works anywhere in the window."""
        button = QToolButton(self)
        button.setDefaultAction(action)
        self.actions_row.insertWidget(self.actions_row.count() - 1, button)
        self.addAction(action)
        return button

    def _offer_reports(self) -> None:
        """Print report…, Export… and Saved reports (ui.report_actions) in the
        actions row, on what the dashboard shows, when the build has them."""
        try:
            reports: Any = import_module("desk_app.ui.report_actions")
        except ImportError:
            return
        self.reports = reports.add_report_actions(
            self, self.add_action, lambda: self.dashboard, self.desk, self.status.setText
        )

    def period(self) -> Period:
        return self.filters.chosen_period()

    def scope(self) -> Scope:
        return self.filters.scope()

    def period_words(self) -> str:
        return self.filters.period_words()

    # -- refreshing ---------------------------------------------------------
    def _choice_changed(self) -> None:
        self.allocation.team = self.filters.scope().queue_ids
        self.refresh()

    def _tab_changed(self) -> None:
        if self.tabs.currentWidget() is self.allocation:
            self.allocation.refresh()

    def _tickets_changed(self, _ids: list[str]) -> None:
        self._later.start()

    def _reference_changed(self) -> None:
        """A sync brought people, queues or branches: named anew."""
        self.namer.reference = self.desk.reference
        self._later.start()

    def refresh(self) -> None:
        """Read the figures again; a refresh asked for while one runs waits
        for it (and the choices made meanwhile are what it reads)."""
        if self._running:
            self._again = True
            return
        self._running = True
        self._again = False
        period, scope, now = self.period(), self.scope(), self.desk.ctx.now()
        compute, arabic = self.compute, self.rtl
        # Named as chosen now: the figures are these, whatever is chosen by
        # the time they arrive.
        words, hijri = self.period_words(), self.filters.hijri_month()
        self.status.setText(self.tr("Counting…"))

        def read(session: Session) -> DashboardRead:
            return DashboardRead(
                compute(session, period, scope, now),
                dashboard_source.branch_names(session, arabic),
            )

        self.desk.read(read, lambda got: self._show(got, words, hijri), self._failed, owner=self)
        if self.tabs.currentWidget() is self.allocation:
            self.allocation.refresh()

    def _finish(self) -> None:
        self._running = False
        if self._again:
            self.refresh()

    def _failed(self, error: Exception) -> None:
        self.status.setText(describe(error))
        self._finish()

    def _show(self, read: DashboardRead, words: str, hijri: tuple[int, int] | None) -> None:
        self.shown_words, self.shown_hijri = words, hijri
        self.namer.branches = read.branches
        self.filters.offer_branches(read.branches)
        dashboard = read.dashboard
        self.dashboard = dashboard
        self.tiles.show_figures(dashboard.tiles)
        # New tiles come last in the Tab order: put them right after the pages' tabs.
        previous: QWidget = self.tabs.tabBar()
        for tile in self.tiles.tiles:
            QWidget.setTabOrder(previous, tile)
            previous = tile
        if dashboard.series:
            plot_series(self.trend, dashboard.series[0])
        self.trend.setVisible(bool(dashboard.series))
        chart_table = next(
            (t for t in dashboard.tables if t.dimension == Dimension.AGE),
            dashboard.tables[0] if dashboard.tables else None,
        )
        if chart_table is not None:
            plot_table(self.breakdown_chart, chart_table, self.namer)
        self.breakdown_chart.setVisible(chart_table is not None)
        self._fill_parts(dashboard)
        moment = dashboard.computed_at or datetime.now().astimezone()
        zone = self.desk.settings.branch.time_zone
        if not dashboard.complete:
            # After an upgrade the desk derives the figures from the journal in
            # the background; until then they count only the tickets done.
            self.status.setText(
                self.tr(
                    "{period} — the figures are still being prepared from the tickets' history;"
                    " they are shown again when ready"
                ).format(period=words)
            )
        elif dashboard.tiles or dashboard.tables:
            self.status.setText(
                self.tr("{period} — counted at {time}").format(
                    period=words, time=local_time(moment, zone)
                )
            )
        else:
            self.status.setText(self.tr("No figures for this choice."))
        self.shown.emit(dashboard)
        self._finish()

    def _fill_parts(self, dashboard: Dashboard) -> None:
        keep = self.parts.currentRow()
        self.parts.blockSignals(True)
        self.parts.clear()
        for table in dashboard.tables:
            item = QListWidgetItem(part_name(table.key))
            item.setData(Qt.ItemDataRole.UserRole, table.key)
            self.parts.addItem(item)
        self.parts.blockSignals(False)
        if dashboard.tables:
            self.parts.setCurrentRow(min(max(keep, 0), len(dashboard.tables) - 1))
            self._show_part(self.parts.currentRow())

    def _show_part(self, row: int) -> None:
        if self.dashboard is None or not 0 <= row < len(self.dashboard.tables):
            return
        table = self.dashboard.tables[row]
        had_focus = self.table_view is not None and self.table_view.hasFocus()
        if self.table_view is not None:
            self.part_holder.removeWidget(self.table_view)
            self.table_view.deleteLater()
        self.table_view = FigureTableView(table, self.namer, self)
        self.table_view.drilled.connect(self.drill)
        # The chart beside shows the column of the current cell.
        self.table_view.selectionModel().currentColumnChanged.connect(
            lambda current, _previous: self._plot_column(table, current.column())
        )
        self.part_holder.addWidget(self.table_view)
        QWidget.setTabOrder(self.parts, self.table_view)
        if had_focus:
            self.table_view.setFocus()
        self._plot_column(table, self.table_view.currentIndex().column())

    def _plot_column(self, table: Table, column: int) -> None:
        plot_table(self.part_chart, table, self.namer, max(column - 1, 0))

    # -- drilling down ------------------------------------------------------
    def drill(self, figure: Figure) -> DrillDownDialog | None:
        if figure.drill is None:
            return None
        title = self.namer.drill_title(figure, self.shown_hijri)
        dialog = DrillDownDialog(self.desk, figure, title, self)
        wire_open(dialog, self.parent())
        dialog.destroyed.connect(lambda *_: self._forget(dialog))
        self.drills.append(dialog)
        dialog.show()
        return dialog

    def _forget(self, dialog: DrillDownDialog) -> None:
        if dialog in self.drills:
            self.drills.remove(dialog)

    def sizeHint(self) -> QSize:
        return QSize(1340, 720)
