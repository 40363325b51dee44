"""How one suggested article is drawn in the intake's list: its title in
bold over a grey snippet, the two wrapped to the list's width, each on the
side its own language starts from (an Arabic title on the right of an
English screen too)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from desk_app.ui.text_direction import first_strong, own_direction

TITLE_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2
PAD = 6
GREY = QColor("#5f6368")

Index = QModelIndex | QPersistentModelIndex


def _flags(text: str) -> int:
    rtl = first_strong(text) == Qt.LayoutDirection.RightToLeft
    side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    return int(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop) | int(
        Qt.TextFlag.TextWordWrap
    )


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


class SuggestionDelegate(QStyledItemDelegate):
    def _parts(self, index: Index) -> tuple[str, str]:
        return str(index.data(TITLE_ROLE) or ""), str(index.data(SNIPPET_ROLE) or "")

    def _heights(self, option: QStyleOptionViewItem, index: Index, width: int) -> tuple[int, int]:
        title, snippet = self._parts(index)
        bold = QFontMetrics(_bold(option.font))
        plain = QFontMetrics(option.font)
        box = QRect(0, 0, max(40, width), 10_000)
        top = bold.boundingRect(box, _flags(title), own_direction(title)).height()
        below = plain.boundingRect(box, _flags(snippet), own_direction(snippet)).height()
        return top, below if snippet else 0

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else 0
        width = width or option.rect.width() or 260
        top, below = self._heights(option, index, width - 2 * PAD)
        return QSize(width, top + below + 3 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        title, snippet = self._parts(index)
        style = option.widget.style() if option.widget else QApplication.style()
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        ink = palette.highlightedText().color() if selected else palette.text().color()
        area = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        top, below = self._heights(option, index, area.width())
        painter.save()
        painter.setFont(_bold(option.font))
        painter.setPen(ink)
        painter.drawText(
            QRect(area.left(), area.top(), area.width(), top), _flags(title), own_direction(title)
        )
        if snippet:
            painter.setFont(option.font)
            painter.setPen(ink if selected else GREY)
            rect = QRect(area.left(), area.top() + top + PAD, area.width(), below)
            painter.drawText(rect, _flags(snippet), own_direction(snippet))
        painter.restore()
