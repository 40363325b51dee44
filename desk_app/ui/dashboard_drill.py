"""The tickets behind one figure of the dashboard, in every status, with a
title saying what they are ("Opened, Phone, 1–7 Dec 2026") and their count,
which is the figure's count. Enter on a ticket shows it in the main window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.services import ticket_list
from desk_app.services.metrics_types import Figure
from desk_app.services.ticket_list import SortColumn, TicketFilter, TicketQuery
from desk_app.ui.dashboard_source import drill_filter
from desk_app.ui.desk import Desk
from desk_app.ui.errors import describe
from desk_app.ui.screen_fit import fit_to_screen
from desk_app.ui.text_direction import ui_aligned
from desk_app.ui.ticket_model import COLUMNS, TICKET_ID_ROLE, TicketTableModel

HIDDEN = (SortColumn.FOLLOW_UP, SortColumn.LAST_ACTIVITY, SortColumn.TIER)
# Room for a whole ticket number, a queue's name and a due time.
WIDTHS = {
    SortColumn.NUMBER: 130,
    SortColumn.PRIORITY: 105,
    SortColumn.CUSTOMER: 125,
    SortColumn.STATUS: 90,
    SortColumn.QUEUE: 130,
    SortColumn.TIER: 70,
    SortColumn.ASSIGNEE: 110,
    SortColumn.SLA_DUE: 130,
    SortColumn.CREATED: 125,
}


def ticket_table(table: QTableView) -> None:
    """A compact list of tickets laid out as the main list is."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 5)
    for column, width in WIDTHS.items():
        table.setColumnWidth(COLUMNS.index(column), width)
    table.horizontalHeader().setSectionResizeMode(
        COLUMNS.index(SortColumn.SUBJECT), QHeaderView.ResizeMode.Stretch
    )


class DrillDownDialog(QDialog):
    ticketOpened = Signal(str)

    def __init__(
        self,
        desk: Desk,
        figure: Figure,
        title: str,
        parent: QWidget | None = None,
        ticket_filter: TicketFilter | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("drillDownDialog")
        self.setWindowTitle(title)
        self.desk = desk
        self.figure = figure
        self.count: int | None = None
        assert figure.drill is not None
        self.filter = ticket_filter or drill_filter(figure.drill)
        self.heading = QLabel(title, self)
        self.heading.setObjectName("drillHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        ui_aligned(self.heading)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("drillCount")
        self.model = TicketTableModel(desk, self)
        self.table = QTableView(self)
        self.table.setObjectName("drillTable")
        self.table.setModel(self.model)
        ticket_table(self.table)
        for column in HIDDEN:
            self.table.setColumnHidden(COLUMNS.index(column), True)
        self.table.activated.connect(self._activated)
        self.message = QLabel(self)
        self.message.setObjectName("drillMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.model.loaded.connect(self._loaded)
        self.model.loadFailed.connect(self._failed)
        fit_to_screen(self, QSize(1320, 600))
        self.model.set_query(TicketQuery(filter=self.filter, sort=SortColumn.CREATED))
        self._count()

    def _count(self) -> None:
        chosen = self.filter

        def count(session: Any) -> int:
            return ticket_list.count(session.connection(), chosen)

        self.desk.read(count, self._counted, self._failed, owner=self)

    def _counted(self, count: int) -> None:
        self.count = count
        self.count_label.setText(self.tr("%Ln ticket(s)", "", count))

    def _loaded(self) -> None:
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.table.setFocus()

    def _failed(self, error: Exception) -> None:
        self.message.setText(describe(error))
        self.message.show()

    def _activated(self, index: QModelIndex) -> None:
        ticket_id = self.model.data(index, TICKET_ID_ROLE)
        if ticket_id:
            self.ticketOpened.emit(str(ticket_id))

    def sizeHint(self) -> QSize:
        return QSize(1320, 600)


def wire_open(dialog: DrillDownDialog, window: Any) -> None:
    """Enter on a listed ticket shows it in the main window's detail pane
    (whatever view its list shows)."""
    if window is not None and hasattr(window, "open_ticket"):
        dialog.ticketOpened.connect(window.open_ticket)
        dialog.ticketOpened.connect(lambda _id: window.activateWindow())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
