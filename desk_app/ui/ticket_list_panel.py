"""The centre pane: search box, filters and the ticket table."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.models import Priority, Status
from desk_app.services.ticket_list import UNASSIGNED, SortColumn, TicketFilter
from desk_app.ui import labels
from desk_app.ui.desk import Desk
from desk_app.ui.ticket_model import COLUMNS, TICKET_ID_ROLE, TicketTableModel

OPEN_STATUSES = frozenset(s.value for s in Status if s.is_open)
ALL = "__all__"
OPEN = "__open__"
ME = "__me__"


class TicketListPanel(QWidget):
    ticketActivated = Signal(str)
    currentTicketChanged = Signal(str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.model = TicketTableModel(desk, self)

        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search subject, description, customer, number, phone, email… (Ctrl+F)")
        )
        self.status_filter = self._combo("statusFilter")
        self.status_filter.addItem(self.tr("Open tickets"), OPEN)
        self.status_filter.addItem(self.tr("All statuses"), ALL)
        for status in Status:
            self.status_filter.addItem(labels.status_label(status.value), status.value)
        self.priority_filter = self._combo("priorityFilter")
        self.priority_filter.addItem(self.tr("All priorities"), ALL)
        for level in Priority:
            self.priority_filter.addItem(labels.priority_label(level), int(level))
        self.queue_filter = self._combo("queueFilter")
        self.assignee_filter = self._combo("assigneeFilter")
        self.fill_reference_filters()

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for combo in (
            self.status_filter,
            self.priority_filter,
            self.queue_filter,
            self.assignee_filter,
        ):
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
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(
            COLUMNS.index(SortColumn.SUBJECT), QHeaderView.ResizeMode.Stretch
        )
        header.setSortIndicator(
            COLUMNS.index(SortColumn.LAST_ACTIVITY), Qt.SortOrder.DescendingOrder
        )
        widths = {
            SortColumn.NUMBER: 125,
            SortColumn.PRIORITY: 110,
            SortColumn.CUSTOMER: 135,
            SortColumn.STATUS: 100,
            SortColumn.QUEUE: 115,
            SortColumn.ASSIGNEE: 105,
            SortColumn.LAST_ACTIVITY: 120,
        }
        for column, width in widths.items():
            self.table.setColumnWidth(COLUMNS.index(column), width)
        header.setMinimumSectionSize(60)
        # Creation time is in the detail; the list keeps room for the subject.
        self.table.setColumnHidden(COLUMNS.index(SortColumn.CREATED), True)

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
        for combo in (
            self.status_filter,
            self.priority_filter,
            self.queue_filter,
            self.assignee_filter,
        ):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.table.activated.connect(self._activated)
        self.model.loaded.connect(self._after_load)
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._current_changed)
        self._pending_select: str | None = None
        self.apply_filters()

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
        self.queue_filter.addItem(self.tr("All queues"), ALL)
        for group in ref.groups:
            name = group.name_ar if arabic and group.name_ar else group.name
            label = self.tr("Tier {tier}: {name}").format(tier=group.tier, name=name)
            self.queue_filter.addItem(label, group.id)
        self.assignee_filter.addItem(self.tr("Anyone"), ALL)
        self.assignee_filter.addItem(self.tr("Me"), ME)
        self.assignee_filter.addItem(self.tr("Unassigned"), UNASSIGNED)
        for user in ref.users:
            self.assignee_filter.addItem(user.name, user.id)
        for combo in (self.queue_filter, self.assignee_filter):
            combo.blockSignals(False)

    # -- filters -----------------------------------------------------------
    def current_filter(self) -> TicketFilter:
        status = self.status_filter.currentData()
        statuses = OPEN_STATUSES if status == OPEN else frozenset() if status == ALL else {status}
        priority = self.priority_filter.currentData()
        group = self.queue_filter.currentData()
        assignee = self.assignee_filter.currentData()
        if assignee == ME:
            assignee = self.desk.ctx.actor.user_id
        return TicketFilter(
            statuses=frozenset(statuses),
            priorities=frozenset() if priority in (ALL, None) else frozenset({int(priority)}),
            group_ids=frozenset() if group in (ALL, None) else frozenset({group}),
            assignee_ids=frozenset() if assignee in (ALL, None) else frozenset({assignee}),
            search=self.search.text(),
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self.model.set_query(replace(self.model.query, filter=self.current_filter()))

    def _search_now(self) -> None:
        self.apply_filters()
        self.table.setFocus()

    def set_view(self, status: str, assignee: str) -> None:
        """Apply a saved view from the navigator (one query, not one per combo)."""
        for combo, value in ((self.status_filter, status), (self.assignee_filter, assignee)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        for combo in (self.priority_filter, self.queue_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.apply_filters()

    # -- selection ---------------------------------------------------------
    def current_ticket_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(TICKET_ID_ROLE) if index.isValid() else None

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

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.currentTicketChanged.emit(current.data(TICKET_ID_ROLE))

    def _activated(self, index: QModelIndex) -> None:
        self.ticketActivated.emit(index.data(TICKET_ID_ROLE))

    def refresh(self, *_args: Any) -> None:
        current = self.current_ticket_id()
        if current:
            self._pending_select = current
        self.model.reload(keep=self.model.rowCount())
