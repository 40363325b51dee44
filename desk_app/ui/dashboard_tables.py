"""A breakdown (``Table``) as a table view: a row per channel, queue, agent …
and a cell per figure. Enter or a double click on a cell lists its tickets;
the arrow keys move between cells."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desk_app.services.metrics_types import Figure, Table
from desk_app.ui.dashboard_words import Namer, dimension_name, metric_name, value_text

Index = QModelIndex | QPersistentModelIndex
FIGURE_ROLE = Qt.ItemDataRole.UserRole + 1


class FigureTableModel(QAbstractTableModel):
    """Column 0 names the row's value; the others are its figures."""

    def __init__(self, table: Table, namer: Namer, parent: Any = None) -> None:
        super().__init__(parent)
        self.table = table
        self.namer = namer

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.columns) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return dimension_name(self.table.dimension)
        return metric_name(self.table.columns[section - 1])

    def figure(self, index: Index) -> Figure | None:
        if not index.isValid() or index.column() == 0:
            return None
        cells = self.table.rows[index.row()][1]
        column = index.column() - 1
        return cells[column] if column < len(cells) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.table.rows[index.row()][0]
        if index.column() == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self.namer.value(self.table.dimension, value)
            return None
        found = self.figure(index)
        if found is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return value_text(found)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and found.drill is not None:
            return self.namer.drill_title(found)
        if role == FIGURE_ROLE:
            return found
        return None


class FigureTableView(QTableView):
    drilled = Signal(object)  # the Figure of the cell

    def __init__(self, table: Table, namer: Namer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"table_{table.key}")
        self.figures = FigureTableModel(table, namer, self)
        self.setModel(self.figures)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        # Every column as wide as what it says, the names first: a wide
        # breakdown scrolls sideways rather than cut the names it is about
        # ("Ph…"); a narrow one gives what is left to its last column.
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.setAccessibleName(dimension_name(table.dimension))
        self.activated.connect(self._activated)
        if self.figures.rowCount():
            self.setCurrentIndex(self.figures.index(0, min(1, self.figures.columnCount() - 1)))

    def _activated(self, index: QModelIndex) -> None:
        found = self.figures.figure(index)
        if found is not None and found.drill is not None:
            self.drilled.emit(found)
