"""The letter register as a table: reference, date, direction, channel,
customer, ticket, subject, who handled it, and the reply's state (due,
overdue, replied). Identifiers are isolated in right-to-left text and
people's words run in their own direction (in ``data()``, not the
database); dates are the branch's."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desk_app.services.register_queries import RegisterItem, ReplyState
from desk_app.ui.formatting import local_time, ltr
from desk_app.ui.register_words import channel_name, direction_name, headers, reply_name
from desk_app.ui.text_direction import own_direction

OVERDUE_COLOUR = QColor("#b00020")
Index = QModelIndex | QPersistentModelIndex


def row_texts(item: RegisterItem, zone: str, rtl: bool) -> tuple[str, ...]:
    """One entry's cells as words (the export writes the same, without isolates)."""
    return (
        ltr(item.reference, rtl),
        local_time(item.at, zone),
        direction_name(item.direction),
        channel_name(item.channel),
        own_direction(item.customer_name) if item.customer_name else "",
        ltr(item.ticket_number, rtl) if item.ticket_number else "",
        own_direction(item.subject),
        own_direction(item.handler_name) if item.handler_name else "",
        reply_name(item.reply_state),
    )


class RegisterModel(QAbstractTableModel):
    def __init__(self, zone: str, rtl: bool, parent: Any = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.rtl = rtl
        self.items: list[RegisterItem] = []
        self._texts: list[tuple[str, ...]] = []
        self._headers = headers()

    def show_items(self, items: list[RegisterItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self._texts = [row_texts(i, self.zone, self.rtl) for i in self.items]
        self.endResetModel()

    def add_items(self, items: list[RegisterItem]) -> None:
        if not items:
            return
        first = len(self.items)
        self.beginInsertRows(QModelIndex(), first, first + len(items) - 1)
        self.items += items
        self._texts += [row_texts(i, self.zone, self.rtl) for i in items]
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and item.reply_state is ReplyState.OVERDUE:
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None

    def item_at(self, row: int) -> RegisterItem | None:
        return self.items[row] if 0 <= row < len(self.items) else None
