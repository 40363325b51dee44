"""The ticket list's item model: SQL does the filtering, sorting and searching;
the model holds only the pages loaded so far and asks for the next one when the
view scrolls near the end (canFetchMore / fetchMore). Loading runs off the GUI
thread; a newer query makes results of an older one be ignored."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from functools import lru_cache
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    QPointF,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QIcon, QPainter, QPixmap, QPolygonF

from desk_app.services import ticket_list
from desk_app.services.sla import SlaState
from desk_app.services.sla_clock import StoredState
from desk_app.services.ticket_list import Keyset, Page, SortColumn, TicketQuery, TicketRow
from desk_app.services.views import ALL_COLUMNS
from desk_app.ui import labels
from desk_app.ui.desk import Desk
from desk_app.ui.durations import minutes_until, span_text
from desk_app.ui.escalation_words import tier_cell
from desk_app.ui.formatting import local_time, ltr
from desk_app.ui.priority_style import priority_brush, priority_font
from desk_app.ui.sla_view import COLOURS, state_colour
from desk_app.ui.text_direction import cell_text

Index = QModelIndex | QPersistentModelIndex
TICKET_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_DISPLAY = Qt.ItemDataRole.DisplayRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_FONT = Qt.ItemDataRole.FontRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
# A running clock this close to its due time is shown in amber.
SOON_MINUTES = 60
# Columns whose text depends on the clock on the wall (redrawn every minute).
TIMED: tuple[SortColumn, ...] = (SortColumn.SLA_DUE, SortColumn.FOLLOW_UP)


@lru_cache(maxsize=1)
def _state_brushes() -> dict[SlaState, QBrush]:
    return {state: QBrush(state_colour(state)) for state in COLOURS}


COLUMNS = ALL_COLUMNS


@lru_cache(maxsize=1)
def complaint_icon() -> QIcon:
    """A small red flag: the angry-customer / complaint marker of the list."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    red = QColor("#b3261e")
    painter.setPen(red)
    painter.drawLine(4, 2, 4, 14)
    painter.setBrush(red)
    painter.drawPolygon(QPolygonF([QPointF(5, 2), QPointF(13, 5), QPointF(5, 8)]))
    painter.end()
    return QIcon(pixmap)


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
        SortColumn.SLA_DUE: QCoreApplication.translate("TicketTableModel", "SLA due"),
        SortColumn.FOLLOW_UP: QCoreApplication.translate("TicketTableModel", "Call back"),
        SortColumn.TIER: QCoreApplication.translate("TicketTableModel", "Tier"),
    }[column]


def sla_cell(row: TicketRow, now: datetime) -> tuple[str, SlaState | None]:
    """The SLA column: time left to the nearest running target, or what became
    of the targets; and the state its colour shows."""
    state = row.sla_state
    if state == StoredState.PAUSED:
        return QCoreApplication.translate("TicketTableModel", "Paused"), SlaState.PAUSED
    if state == StoredState.MET:
        return QCoreApplication.translate("TicketTableModel", "Met"), None
    if state == StoredState.MISSED:
        return QCoreApplication.translate("TicketTableModel", "Missed"), SlaState.BREACHED
    if row.sla_due_at is None:
        if state == StoredState.BREACHED:
            # A target already missed, and the clock now waits on the customer:
            # said in words, not only by the red of the plain "Paused".
            paused = QCoreApplication.translate("TicketTableModel", "Paused, missed")
            return paused, SlaState.BREACHED
        return "", None
    # Wall-clock time to the due moment, as the reading pane says it first.
    minutes = minutes_until(row.sla_due_at, now)
    if minutes < 0:
        late = span_text(-minutes)
        text = QCoreApplication.translate("TicketTableModel", "Overdue {late}").format(late=late)
        return text, SlaState.BREACHED
    return span_text(minutes), SlaState.WARNING if minutes < SOON_MINUTES else None


def sla_tooltip(row: TicketRow, zone: str) -> str | None:
    """The SLA cell's due moment, or why it has none."""
    if row.sla_due_at is not None:
        when = local_time(row.sla_due_at, zone)
        return QCoreApplication.translate("TicketTableModel", "Due {when}").format(when=when)
    if row.sla_state == StoredState.PAUSED:
        return QCoreApplication.translate(
            "TicketTableModel", "The clocks are paused while the ticket waits"
        )
    if row.sla_state == StoredState.BREACHED:
        return QCoreApplication.translate(
            "TicketTableModel",
            "A target was missed before the ticket began waiting; the clocks are paused",
        )
    return None


class TicketTableModel(QAbstractTableModel):
    loaded = Signal()  # a first page arrived (the view can select, count, paint)
    loadFailed = Signal(object)

    def __init__(self, desk: Desk, parent: Any = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._query = TicketQuery()
        self._rows: list[TicketRow] = []
        # Each row's cells, made once for all its columns and every role a
        # paint asks: row_no -> role -> one value per column. Painting asks
        # for seven roles of every cell, every time it draws one.
        self._cells: dict[int, dict[int, tuple[Any, ...]]] = {}
        self._reference = desk.reference
        self._titles: dict[int, str] = {}
        self._next: Keyset | None = None
        self._generation = 0
        self._fetching = False
        self._rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self._arabic = self._rtl
        self._now = desk.ctx.now()

    # -- queries -----------------------------------------------------------
    @property
    def query(self) -> TicketQuery:
        return self._query

    def set_query(self, query: TicketQuery, keep: int = 0) -> None:
        calls = query.filter.follow_up_due_by is not None
        if calls != (self._query.filter.follow_up_due_by is not None):
            # A call-back list words the customer cell differently (name and
            # phone): texts kept from another view would be wrong.
            self._cells.clear()
        self._query = query
        self.reload(keep)

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
            self._keep_cells_of(page.rows)
            self._rows = list(page.rows)
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

    def tick(self) -> None:
        """The clock moved on: countdowns and due call-backs are redrawn (the
        rows themselves are not read again)."""
        self._now = self._desk.ctx.now()
        self._cells.clear()
        if self._rows:
            for column in TIMED:
                i = COLUMNS.index(column)
                self.dataChanged.emit(self.index(0, i), self.index(len(self._rows) - 1, i))

    # -- Qt model ----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            # Asked for at every paint; the titles follow the language the
            # model was made in, like its cached texts.
            title = self._titles.get(section)
            if title is None:
                title = self._titles[section] = column_title(COLUMNS[section])
            return title
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
        if role == _TOOLTIP:
            return self._tooltip(row, COLUMNS[index.column()])
        values = self._row_cells(row).get(role)
        return None if values is None else values[index.column()]

    def multiData(self, index: Index, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:
        """Every role a delegate asks for one cell, in one call from Qt (it asks
        for seven or so to paint a cell): one call into Python per painted
        cell, answered from the row's cells, the same table data() reads."""
        asked = (
            [roleDataSpan]
            if isinstance(roleDataSpan, QModelRoleData)
            else cast("Iterable[QModelRoleData]", roleDataSpan)
        )
        if not index.isValid():
            for role_data in asked:
                role_data.clearData()
            return
        row = self._rows[index.row()]
        column = index.column()
        cells = self._cells.get(row.row_no) or self._row_cells(row)
        for role_data in asked:
            role = role_data.role()
            values = cells.get(role)
            if values is not None:
                value = values[column]
            elif role == _TOOLTIP:  # on hover only: made when asked
                value = self._tooltip(row, COLUMNS[column])
            else:
                value = None
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def _row_cells(self, row: TicketRow) -> dict[int, tuple[Any, ...]]:
        cells = self._cells.get(row.row_no)
        if cells is None:
            # All columns of a row at once, once: a view asks for each cell
            # many times while painting and scrolling.
            subject = COLUMNS.index(SortColumn.SUBJECT)
            priority = COLUMNS.index(SortColumn.PRIORITY)
            none: tuple[Any, ...] = (None,) * len(COLUMNS)
            fonts = list(none)
            fonts[priority] = priority_font(row.priority)
            icons = list(none)
            if row.complaint:
                icons[subject] = complaint_icon()
            cells = self._cells[row.row_no] = {
                _DISPLAY: tuple(self._display(row, c) for c in COLUMNS),
                _FOREGROUND: tuple(self._foreground(row, c) for c in COLUMNS),
                _FONT: tuple(fonts),
                _DECORATION: tuple(icons),
                TICKET_ID_ROLE: (row.id,) * len(COLUMNS),
            }
        return cells

    def _keep_cells_of(self, rows: list[TicketRow]) -> None:
        """Before new rows replace the old: keep the cells of rows read again
        unchanged (a refresh after a save, a re-sort, the same view shown
        again), so the first paint formats only what is new. Everything goes
        when the reference data (queue and agent names) was reloaded."""
        if self._desk.reference is not self._reference:
            self._reference = self._desk.reference
            self._cells.clear()
            return
        before = {r.row_no: r for r in self._rows}
        for row_no in [n for n in self._cells if n not in before]:
            del self._cells[row_no]
        for row in rows:
            if before.get(row.row_no, row) != row:
                self._cells.pop(row.row_no, None)

    def _foreground(self, row: TicketRow, column: SortColumn) -> QBrush | None:
        if column == SortColumn.PRIORITY:
            return priority_brush(row.priority)
        if column == SortColumn.SLA_DUE:
            state = sla_cell(row, self._now)[1]
            return None if state is None else _state_brushes()[state]
        due = row.follow_up_next_at
        if column == SortColumn.FOLLOW_UP and due is not None and due <= self._now:
            return _state_brushes()[SlaState.BREACHED]
        return None

    def _tooltip(self, row: TicketRow, column: SortColumn) -> str | None:
        if column == SortColumn.SUBJECT and row.complaint:
            return QCoreApplication.translate("TicketTableModel", "Complaint: {subject}").format(
                subject=row.subject
            )
        if column == SortColumn.SUBJECT:
            return row.subject
        if column == SortColumn.CUSTOMER and row.customer_phone:
            return f"{row.customer_name} · {ltr(row.customer_phone, self._rtl)}"
        if column == SortColumn.SLA_DUE:
            return sla_tooltip(row, self._desk.settings.branch.time_zone)
        return None

    def _display(self, row: TicketRow, column: SortColumn) -> str:
        ref = self._desk.reference
        zone = self._desk.settings.branch.time_zone
        if column == SortColumn.NUMBER:
            return ltr(row.number, self._rtl)
        if column == SortColumn.PRIORITY:
            return labels.priority_label(row.priority)
        if column == SortColumn.SUBJECT:
            return cell_text(row.subject, self._rtl)
        if column == SortColumn.CUSTOMER:
            if self._query.filter.follow_up_due_by is not None and row.customer_phone:
                # A call-back list: the number to dial beside the name.
                phone = ltr(row.customer_phone, self._rtl)
                return f"{cell_text(row.customer_name, self._rtl)} · {phone}"
            return cell_text(row.customer_name, self._rtl)
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
        if column == SortColumn.SLA_DUE:
            return sla_cell(row, self._now)[0]
        if column == SortColumn.FOLLOW_UP:
            return "" if row.follow_up_next_at is None else local_time(row.follow_up_next_at, zone)
        if column == SortColumn.TIER:
            return tier_cell(row.tier, row.escalation_kind)
        return local_time(row.created_at, zone)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self._query, sort=COLUMNS[column], descending=descending))
