"""The ticket list's item model: SQL does the filtering, sorting and searching;
the model holds only the pages loaded so far and asks for the next one when the
view scrolls near the end (canFetchMore / fetchMore). Loading runs off the GUI
thread; a newer query makes results of an older one be ignored."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QGuiApplication

from desk_app.services import ticket_list
from desk_app.services.ticket_list import Keyset, Page, SortColumn, TicketQuery, TicketRow
from desk_app.ui import labels
from desk_app.ui.desk import Desk
from desk_app.ui.formatting import local_time, ltr

Index = QModelIndex | QPersistentModelIndex
TICKET_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_DISPLAY = Qt.ItemDataRole.DisplayRole
_OTHER_ROLES = frozenset(
    {TICKET_ID_ROLE, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole}
)


@lru_cache(maxsize=1)
def _priority_brushes() -> dict[int, QBrush]:
    return {level: QBrush(colour) for level, colour in labels.PRIORITY_COLOURS.items()}


COLUMNS: tuple[SortColumn, ...] = (
    SortColumn.NUMBER,
    SortColumn.PRIORITY,
    SortColumn.SUBJECT,
    SortColumn.CUSTOMER,
    SortColumn.STATUS,
    SortColumn.QUEUE,
    SortColumn.ASSIGNEE,
    SortColumn.LAST_ACTIVITY,
    SortColumn.CREATED,
)


def column_title(column: SortColumn) -> str:
    return {
        SortColumn.NUMBER: QCoreApplication.translate("TicketTableModel", "Number"),
        SortColumn.PRIORITY: QCoreApplication.translate("TicketTableModel", "Priority"),
        SortColumn.SUBJECT: QCoreApplication.translate("TicketTableModel", "Subject"),
        SortColumn.CUSTOMER: QCoreApplication.translate("TicketTableModel", "Customer"),
        SortColumn.STATUS: QCoreApplication.translate("TicketTableModel", "Status"),
        SortColumn.QUEUE: QCoreApplication.translate("TicketTableModel", "Queue"),
        SortColumn.ASSIGNEE: QCoreApplication.translate("TicketTableModel", "Assignee"),
        SortColumn.LAST_ACTIVITY: QCoreApplication.translate("TicketTableModel", "Last activity"),
        SortColumn.CREATED: QCoreApplication.translate("TicketTableModel", "Created"),
    }[column]


class TicketTableModel(QAbstractTableModel):
    loaded = Signal()  # a first page arrived (the view can select, count, paint)
    loadFailed = Signal(object)

    def __init__(self, desk: Desk, parent: Any = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._query = TicketQuery()
        self._rows: list[TicketRow] = []
        self._texts: dict[int, tuple[str, ...]] = {}
        self._next: Keyset | None = None
        self._generation = 0
        self._fetching = False
        self._rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self._arabic = self._rtl

    # -- queries -----------------------------------------------------------
    @property
    def query(self) -> TicketQuery:
        return self._query

    def set_query(self, query: TicketQuery) -> None:
        self._query = query
        self.reload()

    def reload(self, keep: int = 0) -> None:
        """Load the first page again (at least ``keep`` rows, to keep the scroll)."""
        self._generation += 1
        generation = self._generation
        query = self._query
        limit = max(ticket_list.PAGE_SIZE, keep)
        self._fetching = True

        def load(session: Any) -> Page:
            return ticket_list.fetch_page(session.connection(), query, None, limit)

        def done(page: Page) -> None:
            if generation != self._generation:
                return
            self.beginResetModel()
            self._rows = list(page.rows)
            self._texts.clear()
            self._next = page.next_key
            self._fetching = False
            self.endResetModel()
            self.loaded.emit()

        self._desk.read(load, done, self._failed(generation), owner=self)

    def _failed(self, generation: int) -> Any:
        def failed(error: Exception) -> None:
            if generation == self._generation:
                self._fetching = False
                self.loadFailed.emit(error)

        return failed

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._next is not None and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        generation = self._generation
        query, after = self._query, self._next
        self._fetching = True

        def load(session: Any) -> Page:
            return ticket_list.fetch_page(session.connection(), query, after)

        def done(page: Page) -> None:
            if generation != self._generation:
                return
            self._fetching = False
            if page.rows:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
                self._rows.extend(page.rows)
                self._next = page.next_key
                self.endInsertRows()
            else:
                self._next = None

        self._desk.read(load, done, self._failed(generation), owner=self)

    @property
    def is_loading(self) -> bool:
        return self._fetching

    # -- Qt model ----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(COLUMNS[section])
        return None

    def row_at(self, row: int) -> TicketRow:
        return self._rows[row]

    def row_of(self, ticket_id: str) -> int:
        for i, r in enumerate(self._rows):
            if r.id == ticket_id:
                return i
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == _DISPLAY:
            texts = self._texts.get(row.row_no)
            if texts is None:
                # All columns of a row at once, once: a view asks for each cell
                # many times while painting and scrolling.
                texts = tuple(self._display(row, c) for c in COLUMNS)
                self._texts[row.row_no] = texts
            return texts[index.column()]
        if role not in _OTHER_ROLES:
            return None
        if role == TICKET_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and column == SortColumn.PRIORITY:
            return _priority_brushes().get(row.priority)
        if role == Qt.ItemDataRole.ToolTipRole and column == SortColumn.SUBJECT:
            return row.subject
        return None

    def _display(self, row: TicketRow, column: SortColumn) -> str:
        ref = self._desk.reference
        zone = self._desk.settings.branch.time_zone
        if column == SortColumn.NUMBER:
            return ltr(row.number, self._rtl)
        if column == SortColumn.PRIORITY:
            return labels.priority_label(row.priority)
        if column == SortColumn.SUBJECT:
            return row.subject
        if column == SortColumn.CUSTOMER:
            return row.customer_name
        if column == SortColumn.STATUS:
            return labels.status_label(row.status)
        if column == SortColumn.QUEUE:
            return ref.group_name(row.group_id, self._arabic)
        if column == SortColumn.ASSIGNEE:
            return ref.user_name(row.assignee_id, self._arabic) or QCoreApplication.translate(
                "TicketTableModel", "Unassigned"
            )
        if column == SortColumn.LAST_ACTIVITY:
            return local_time(row.last_activity_at, zone)
        return local_time(row.created_at, zone)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self._query, sort=COLUMNS[column], descending=descending))
