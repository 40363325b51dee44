"""Allocation: the tickets waiting for someone (unassigned, or past or near a
due time) beside each agent's load and each queue's unassigned tickets.

Drag tickets onto an agent, or with the keys: select tickets, Tab to the
agents, pick one with the arrows, Enter (or Ctrl+Shift+A from anywhere in the
page). The assignment goes through the bulk service, with its rights: what
it refuses is listed ticket by ticket, in words.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desk_app.services.bulk import BulkOutcome, change_many
from desk_app.services.context import WriteContext
from desk_app.services.text import isolate
from desk_app.services.ticket_list import SortColumn, TicketQuery
from desk_app.services.workload import (
    Workload,
    breaching_filter,
    read_workload,
    unassigned_filter,
)
from desk_app.ui.dashboard_drill import ticket_table
from desk_app.ui.desk import Desk
from desk_app.ui.errors import describe
from desk_app.ui.formatting import number
from desk_app.ui.rights_gate import refusal_text
from desk_app.ui.ticket_model import COLUMNS, TICKET_ID_ROLE, TicketTableModel

MIME = "application/x-maktab-ticket-ids"
AGENT_ROLE = Qt.ItemDataRole.UserRole
SHOWN = (SortColumn.NUMBER, SortColumn.PRIORITY, SortColumn.SUBJECT, SortColumn.QUEUE)
SHOWN_MORE = (SortColumn.ASSIGNEE, SortColumn.SLA_DUE)
UNASSIGNED_LIST, BREACHING_LIST = "unassigned", "breaching"


class TicketDragTable(QTableView):
    """The waiting tickets; dragging the selection carries their ids."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pressed: QPoint | None = None

    def selected_ids(self) -> list[str]:
        model = self.model()
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        ids = [str(model.data(model.index(r, 0), TICKET_ID_ROLE)) for r in rows]
        return [i for i in ids if i and i != "None"]

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pressed = self._pressed
        if (
            pressed is not None
            and event.buttons() & Qt.MouseButton.LeftButton
            and (event.position().toPoint() - pressed).manhattanLength()
            >= QApplication.startDragDistance()
            and self.selected_ids()
        ):
            self._pressed = None
            self.drag_selection()
            return
        super().mouseMoveEvent(event)

    def drag_selection(self) -> None:
        data = QMimeData()
        data.setData(MIME, QByteArray("\n".join(self.selected_ids()).encode()))
        drag = QDrag(self)
        drag.setMimeData(data)
        drag.exec(Qt.DropAction.MoveAction)


class AgentTable(QTableWidget):
    """One row per agent: their load. Tickets dropped on a row go to them;
    Enter asks for the selected tickets to go to the current row's agent."""

    dropped = Signal(list, str)  # ticket ids, agent id
    chosen = Signal(str)  # agent id (Enter)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def agent_at(self, point: QPoint) -> str | None:
        row = self.rowAt(point.y())
        if row < 0:
            return None
        item = self.item(row, 0)
        return str(item.data(AGENT_ROLE)) if item is not None else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        point = event.position().toPoint()
        if event.mimeData().hasFormat(MIME) and self.agent_at(point) is not None:
            self.selectRow(self.rowAt(point.y()))
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        agent = self.agent_at(event.position().toPoint())
        data = event.mimeData()
        if agent is None or not data.hasFormat(MIME):
            event.ignore()
            return
        ids = [i for i in bytes(data.data(MIME).data()).decode().split("\n") if i]
        event.acceptProposedAction()
        self.dropped.emit(ids, agent)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            item = self.item(self.currentRow(), 0)
            if item is not None:
                self.chosen.emit(str(item.data(AGENT_ROLE)))
                return
        super().keyPressEvent(event)


def _number_item(value: int) -> QTableWidgetItem:
    item = QTableWidgetItem(number(value))
    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


class AllocationPage(QWidget):
    assigned = Signal(int)  # how many tickets changed hands

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("allocationPage")
        self.desk = desk
        self.team: frozenset[str] = frozenset()
        self.workload: Workload | None = None
        self.busy = False
        self.rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft

        self.which = QComboBox(self)
        self.which.setObjectName("allocationWhich")
        self.which.addItem(self.tr("Unassigned tickets"), UNASSIGNED_LIST)
        self.which.addItem(self.tr("Past or near a due time"), BREACHING_LIST)
        which_label = QLabel(self.tr("Wa&iting:"), self)
        which_label.setBuddy(self.which)
        self.model = TicketTableModel(desk, self)
        self.tickets = TicketDragTable(self)
        self.tickets.setObjectName("allocationTickets")
        self.tickets.setModel(self.model)
        ticket_table(self.tickets)
        self.tickets.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._show_columns()

        self.agents = AgentTable(self)
        self.agents.setObjectName("allocationAgents")
        self.agents.setColumnCount(3)
        self.agents.setHorizontalHeaderLabels(
            [self.tr("Agent"), self.tr("Open assigned"), self.tr("Breaching")]
        )
        self.agents.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agents.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agents.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agents.setTabKeyNavigation(False)
        self.agents.verticalHeader().setVisible(False)
        self.agents.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.agents.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            self.agents.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        agents_label = QLabel(self.tr("&Agents (drop tickets on one, or Enter):"), self)
        agents_label.setBuddy(self.agents)

        self.queues = QTableWidget(self)
        self.queues.setObjectName("allocationQueues")
        self.queues.setColumnCount(3)
        self.queues.setHorizontalHeaderLabels(
            [self.tr("Queue"), self.tr("Unassigned"), self.tr("Breaching")]
        )
        self.queues.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queues.setTabKeyNavigation(False)
        self.queues.verticalHeader().setVisible(False)
        self.queues.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.queues.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            self.queues.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        queues_label = QLabel(self.tr("&Queues:"), self)
        queues_label.setBuddy(self.queues)

        self.message = QLabel(self)
        self.message.setObjectName("allocationMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.problems = QListWidget(self)
        self.problems.setObjectName("allocationProblems")
        self.problems.setMaximumHeight(self.fontMetrics().height() * 5)
        self.problems.hide()

        start = QWidget(self)
        start_layout = QVBoxLayout(start)
        start_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(which_label)
        top.addWidget(self.which, 1)
        start_layout.addLayout(top)
        start_layout.addWidget(self.tickets, 1)
        end = QWidget(self)
        end_layout = QVBoxLayout(end)
        end_layout.setContentsMargins(0, 0, 0, 0)
        end_layout.addWidget(agents_label)
        end_layout.addWidget(self.agents, 3)
        end_layout.addWidget(queues_label)
        end_layout.addWidget(self.queues, 2)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(start)
        split.addWidget(end)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.problems)

        self.which.currentIndexChanged.connect(self._list_changed)
        self.agents.dropped.connect(self.assign)
        self.agents.chosen.connect(lambda agent: self.assign(self.tickets.selected_ids(), agent))
        keys = QShortcut(QKeySequence("Ctrl+Shift+A"), self)
        keys.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        keys.activated.connect(self.assign_to_current)
        self.assign_keys = keys

    # -- what is shown ------------------------------------------------------
    def _show_columns(self) -> None:
        breaching = self.which.currentData() == BREACHING_LIST
        shown = SHOWN + (SHOWN_MORE if breaching else (SortColumn.SLA_DUE,))
        for column in COLUMNS:
            self.tickets.setColumnHidden(COLUMNS.index(column), column not in shown)

    def _list_changed(self) -> None:
        self._show_columns()
        self.refresh()

    def refresh(self) -> None:
        now = self.desk.ctx.now()
        if self.which.currentData() == BREACHING_LIST:
            chosen = breaching_filter(self.team, now)
        else:
            chosen = unassigned_filter(self.team)
        self.model.set_query(TicketQuery(filter=chosen, sort=SortColumn.SLA_DUE, descending=False))
        reference = self.desk.reference
        agents = [u.id for u in reference.users]
        queues = [g.id for g in reference.groups if not self.team or g.id in self.team]
        team = self.team

        def read(session: Session) -> Workload:
            return read_workload(session, agents, queues, team, now)

        self.desk.read(read, self._show_workload, self._failed, owner=self)

    def _show_workload(self, workload: Workload) -> None:
        self.workload = workload
        reference = self.desk.reference
        current = self.current_agent()
        self.agents.setRowCount(len(workload.agents))
        for row, load in enumerate(workload.agents):
            name = QTableWidgetItem(reference.user_name(load.key, self.rtl))
            name.setData(AGENT_ROLE, load.key)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.agents.setItem(row, 0, name)
            self.agents.setItem(row, 1, _number_item(load.open))
            self.agents.setItem(row, 2, _number_item(load.breaching))
            if load.key == current:
                self.agents.setCurrentCell(row, 0)
        self.queues.setRowCount(len(workload.queues))
        for row, load in enumerate(workload.queues):
            name = QTableWidgetItem(reference.group_name(load.key, self.rtl))
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.queues.setItem(row, 0, name)
            self.queues.setItem(row, 1, _number_item(load.open))
            self.queues.setItem(row, 2, _number_item(load.breaching))
        if self.agents.currentRow() < 0 and self.agents.rowCount():
            self.agents.setCurrentCell(0, 0)

    def current_agent(self) -> str | None:
        return self.current_agent_at(self.agents.currentRow())

    def current_agent_at(self, row: int) -> str | None:
        item = self.agents.item(row, 0) if row >= 0 else None
        return str(item.data(AGENT_ROLE)) if item is not None else None

    # -- assigning ----------------------------------------------------------
    def assign_to_current(self) -> None:
        agent = self.current_agent()
        if agent is not None:
            self.assign(self.tickets.selected_ids(), agent)

    def assign(self, ticket_ids: list[str], agent_id: str) -> None:
        if self.busy:
            return
        if not ticket_ids:
            self._say(self.tr("Select the tickets to assign first."))
            return
        self.busy = True
        ids = list(ticket_ids)
        name = self.desk.reference.user_name(agent_id, self.rtl)

        def work(session: Session, ctx: WriteContext) -> BulkOutcome:
            return change_many(session, ctx, ids, "assignee_id", agent_id)

        self.desk.write(
            work,
            lambda outcome: self._assigned(outcome, name),
            self._failed,
            changed=lambda o: o.changed,
            owner=self,
        )

    def _assigned(self, outcome: BulkOutcome, name: str) -> None:
        self.busy = False
        self.assigned.emit(len(outcome.changed))
        text = self.tr("%Ln ticket(s) assigned to {name}.", "", len(outcome.changed)).format(
            name=name
        )
        self.problems.clear()
        if outcome.refused:
            text += " " + self.tr("%Ln ticket(s) left as they were:", "", len(outcome.refused))
            for refusal in outcome.refused:
                number_text = isolate(refusal.number) if refusal.number else self.tr("(removed)")
                self.problems.addItem(f"{number_text}: {refusal_text(refusal)}")
        self.problems.setVisible(bool(outcome.refused))
        self._say(text)
        self.refresh()

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.problems.hide()
        self._say(describe(error))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
