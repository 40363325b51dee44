"""The centre pane: search box, filters and the ticket table.

What the table shows is a saved view (chosen in the navigator) narrowed by
the search box and the four filter boxes; each box left at "any" keeps what
the view says. The columns are the agent's choice (right-click the header),
kept with their saved views.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.models import Priority, Status
from desk_app.services import teams
from desk_app.services.ticket_list import UNASSIGNED, SortColumn, TicketFilter
from desk_app.services.views import BUILT_IN, DEFAULT_COLUMNS, ME, MY_QUEUES, View, Viewer
from desk_app.ui import labels
from desk_app.ui.desk import Desk
from desk_app.ui.ticket_model import COLUMNS, TICKET_ID_ROLE, TicketTableModel, column_title

ANY = "__any__"
TICK_MS = 60_000  # countdowns are redrawn every minute
_WIDTHS = {
    SortColumn.NUMBER: 125,
    SortColumn.PRIORITY: 110,
    SortColumn.CUSTOMER: 135,
    SortColumn.STATUS: 100,
    SortColumn.QUEUE: 115,
    SortColumn.ASSIGNEE: 105,
    SortColumn.SLA_DUE: 120,
    SortColumn.FOLLOW_UP: 120,
    SortColumn.LAST_ACTIVITY: 120,
    SortColumn.CREATED: 120,
}


class TicketListPanel(QWidget):
    ticketActivated = Signal(str)
    currentTicketChanged = Signal(str)
    currentTicketCleared = Signal()  # no row is current (e.g. a search found none)
    selectionChanged = Signal(int)  # how many tickets are selected

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.view: View = BUILT_IN[0]
        self.model = TicketTableModel(desk, self)

        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search subject, description, customer, number, phone, email… (Ctrl+F)")
        )
        self.status_filter = self._combo("statusFilter")
        self.status_filter.addItem(self.tr("Any status"), ANY)
        for status in Status:
            self.status_filter.addItem(labels.status_label(status.value), status.value)
        self.priority_filter = self._combo("priorityFilter")
        self.priority_filter.addItem(self.tr("Any priority"), ANY)
        for level in Priority:
            self.priority_filter.addItem(labels.priority_label(level), int(level))
        self.queue_filter = self._combo("queueFilter")
        self.assignee_filter = self._combo("assigneeFilter")
        self.fill_reference_filters()

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for combo in self._combos:
            combo.setToolTip(self.tr("Narrows the chosen view"))
            filters.addWidget(combo, 1)

        self.table = QTableView(self)
        self.table.setObjectName("ticketTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.setTabKeyNavigation(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # Dense rows: more of the list in sight on a laptop (1366×768).
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 5)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        header.setSectionResizeMode(
            COLUMNS.index(SortColumn.SUBJECT), QHeaderView.ResizeMode.Stretch
        )
        for column, width in _WIDTHS.items():
            self.table.setColumnWidth(COLUMNS.index(column), width)
        header.setMinimumSectionSize(60)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.apply_columns()
        header.sectionMoved.connect(self._columns_moved)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._search_now)
        for combo in self._combos:
            combo.currentIndexChanged.connect(self.apply_filters)
        self.table.activated.connect(self._activated)
        self.model.loaded.connect(self._after_load)
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._current_changed)
        selection.selectionChanged.connect(
            lambda *_: self.selectionChanged.emit(len(self.selected_ticket_ids()))
        )
        self._pending_select: str | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.model.tick)
        self._tick.start()
        self.set_view(self.view)

    @property
    def _combos(self) -> tuple[QComboBox, ...]:
        return (self.status_filter, self.priority_filter, self.queue_filter, self.assignee_filter)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def fill_reference_filters(self) -> None:
        ref = self.desk.reference
        arabic = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for combo in (self.queue_filter, self.assignee_filter):
            combo.blockSignals(True)
            combo.clear()
        self.queue_filter.addItem(self.tr("Any queue"), ANY)
        self.queue_filter.addItem(self.tr("My queues"), MY_QUEUES)
        for group in ref.groups:
            label = labels.queue_label(group.tier, group.name, group.name_ar, arabic)
            self.queue_filter.addItem(label, group.id)
        self.assignee_filter.addItem(self.tr("Anyone"), ANY)
        self.assignee_filter.addItem(self.tr("Me"), ME)
        self.assignee_filter.addItem(self.tr("Unassigned"), UNASSIGNED)
        for user in ref.users:
            self.assignee_filter.addItem(user.name, user.id)
        for combo in (self.queue_filter, self.assignee_filter):
            combo.blockSignals(False)

    # -- views and filters ---------------------------------------------------
    def viewer(self) -> Viewer:
        """Who "me" and "my queues" are. Until the agent chooses their queues,
        they are the queues the agent is a member of, else the first-line
        (tier 1) queues: the desk's own (services.teams.default_my_queues)."""
        chosen = self.desk.list_prefs.my_queues
        me = self.desk.ctx.actor.user_id
        if chosen is None:
            first_line = (g.id for g in self.desk.reference.groups if g.tier == 1)
            with self.desk.db.reading() as session:
                chosen = teams.default_my_queues(session, me, first_line)
        return Viewer(me or "", chosen)

    def effective_view(self) -> View:
        """The chosen view with the boxes' narrowing applied, and the table's
        sort: what "Save view as…" keeps."""
        view = self.view
        status = self.status_filter.currentData()
        priority = self.priority_filter.currentData()
        queue = self.queue_filter.currentData()
        assignee = self.assignee_filter.currentData()
        query = self.model.query
        return replace(
            view,
            statuses=view.statuses if status in (ANY, None) else (status,),
            priorities=view.priorities if priority in (ANY, None) else (int(priority),),
            queues=view.queues if queue in (ANY, None) else (queue,),
            assignees=view.assignees if assignee in (ANY, None) else (assignee,),
            search=self.search.text(),
            sort=query.sort,
            descending=query.descending,
        )

    def current_filter(self) -> TicketFilter:
        chosen = self.effective_view().ticket_filter(self.viewer(), self.desk.ctx.now())
        # A phone typed in national form is read as the branch's own.
        return replace(chosen, phone_region=self.desk.ctx.phone_region)

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self.model.set_query(replace(self.model.query, filter=self.current_filter()))

    def _search_now(self) -> None:
        self.apply_filters()
        self.table.setFocus()

    def set_view(self, view: View) -> None:
        """Show a saved view: its filter and sort, the boxes back at "any"."""
        self.view = view
        for combo in self._combos:
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(view.search)  # an own view may keep a search
        self.search.blockSignals(False)
        self._search_timer.stop()
        query = view.query(self.viewer(), self.desk.ctx.now())
        order = Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(COLUMNS.index(query.sort), order)
        header.blockSignals(False)
        self.apply_columns()
        self.model.set_query(query)

    def view_filters(self, views: tuple[View, ...]) -> dict[str, TicketFilter]:
        """Each view's filter as of now (for the navigator's counts)."""
        viewer, now = self.viewer(), self.desk.ctx.now()
        return {v.key: v.ticket_filter(viewer, now) for v in views}

    # -- columns -------------------------------------------------------------
    def apply_columns(self) -> None:
        """Show the agent's columns in the agent's order (with the columns the
        view is about); hide the others."""
        header = self.table.horizontalHeader()
        chosen = self.desk.list_prefs.columns
        for column in self._view_columns():
            if column not in chosen:
                # Beside the customer: who to call, and when.
                at = chosen.index(SortColumn.CUSTOMER) + 1 if SortColumn.CUSTOMER in chosen else 1
                chosen = (*chosen[:at], column, *chosen[at:])
        header.blockSignals(True)
        for position, column in enumerate(chosen):
            logical = COLUMNS.index(column)
            header.moveSection(header.visualIndex(logical), position)
        for column in COLUMNS:
            self.table.setColumnHidden(COLUMNS.index(column), column not in chosen)
        header.blockSignals(False)

    def _view_columns(self) -> tuple[SortColumn, ...]:
        """Columns a view shows whatever the agent chose: a call-back list
        shows the call-back time, an escalation view the tier."""
        if self.view.escalated:
            return (SortColumn.TIER,)
        return (SortColumn.FOLLOW_UP,) if self.view.follow_up_due else ()

    def shown_columns(self) -> tuple[SortColumn, ...]:
        header = self.table.horizontalHeader()
        ordered = sorted(
            (header.visualIndex(i), column)
            for i, column in enumerate(COLUMNS)
            if not header.isSectionHidden(i)
        )
        return tuple(column for _, column in ordered)

    def set_column_shown(self, column: SortColumn, shown: bool) -> None:
        columns = [c for c in self.shown_columns() if c != column]
        if shown:
            columns.append(column)
        self._keep_columns(columns)

    def reset_columns(self) -> None:
        self._keep_columns(DEFAULT_COLUMNS)

    def _keep_columns(self, columns: Any) -> None:
        self.desk.list_prefs.set_columns(columns)
        self.desk.save_list_prefs()
        self.apply_columns()

    def _columns_moved(self, *_args: Any) -> None:
        kept = self.desk.list_prefs.columns
        shown = self.shown_columns()
        forced = set(self._view_columns()) - set(kept)
        self.desk.list_prefs.set_columns(c for c in shown if c not in forced)
        self.desk.save_list_prefs()

    def column_actions(self, parent: QWidget) -> list[QAction]:
        """One checkable action per column, and "Reset columns"."""
        shown = set(self.shown_columns())
        actions = []
        for column in COLUMNS:
            action = QAction(column_title(column), parent)
            action.setCheckable(True)
            action.setChecked(column in shown)
            action.setEnabled(column != SortColumn.SUBJECT)
            action.toggled.connect(lambda on, c=column: self.set_column_shown(c, on))
            actions.append(action)
        reset = QAction(self.tr("Reset columns"), parent)
        reset.triggered.connect(self.reset_columns)
        actions.append(reset)
        return actions

    def _header_menu(self, point: QPoint) -> None:
        menu = QMenu(self)
        menu.setObjectName("columnMenu")
        actions = self.column_actions(menu)
        menu.addActions(actions[:-1])
        menu.addSeparator()
        menu.addAction(actions[-1])
        menu.popup(self.table.horizontalHeader().mapToGlobal(point))

    # -- selection ---------------------------------------------------------
    def current_ticket_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(TICKET_ID_ROLE) if index.isValid() else None

    def selected_ticket_ids(self) -> list[str]:
        """The selected rows in list order; the current row when none is."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = [self.model.row_at(r).id for r in rows if r < self.model.rowCount()]
        if not ids and (current := self.current_ticket_id()):
            ids = [current]
        return ids

    def select_ticket(self, ticket_id: str) -> None:
        """Select a ticket once it is in the list (after the next load if needed)."""
        row = self.model.row_of(ticket_id)
        if row < 0:
            self._pending_select = ticket_id
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _after_load(self) -> None:
        if self._pending_select:
            pending, self._pending_select = self._pending_select, None
            self.select_ticket(pending)
        elif self.model.rowCount() and not self.table.currentIndex().isValid():
            # Set the current index itself: selectRow() may select without
            # making the row current (seen in right-to-left layouts), and the
            # detail pane follows the current row.
            self.select_ticket(self.model.row_at(0).id)
        if not self.table.currentIndex().isValid():
            self.currentTicketCleared.emit()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.currentTicketChanged.emit(current.data(TICKET_ID_ROLE))
        else:
            self.currentTicketCleared.emit()

    def _activated(self, index: QModelIndex) -> None:
        self.ticketActivated.emit(index.data(TICKET_ID_ROLE))

    def refresh(self, *_args: Any) -> None:
        current = self.current_ticket_id()
        if current:
            self._pending_select = current
        # The filter is worked out again: "due by now" moves with the clock.
        query = replace(self.model.query, filter=self.current_filter())
        self.model.set_query(query, keep=self.model.rowCount())
