"""What a person can read on a screen, for tests that check words, not
widgets: every visible text of a widget tree (labels, buttons, titles,
editors, list items, table cells and headers, tooltips), and a scan that
fails on internal names (a snake_case key or code, a UUID).

    texts = visible_texts(dialog)
    assert internal_names(texts) == []
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

SNAKE_CASE = re.compile(r"(?<![\w.@/])[a-z]+_[a-z_]+(?![\w@])")
UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
# Bidi marks and isolates a screen puts around numbers: not part of a word.
_BIDI = dict.fromkeys(
    map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)

_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


def model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    """Every cell's text and tooltip (a tree walked to the end) and the headers."""
    texts: list[str] = []
    parent = parent if parent is not None else QModelIndex()
    rows = model.rowCount(parent)
    try:
        columns = model.columnCount(parent)
        tree = model.hasChildren(model.index(0, 0, parent)) or parent.isValid()
    except TypeError:  # a list model keeps both private: one column, no children
        columns, tree = 1, False
    if not parent.isValid():
        for orientation, count in ((Qt.Orientation.Horizontal, columns),):
            for section in range(count):
                for role in _ROLES:
                    texts.append(_str(model.headerData(section, orientation, role)))
    for row in range(rows):
        for column in range(columns):
            index = model.index(row, column, parent)
            texts.extend(_str(model.data(index, role)) for role in _ROLES)
        first = model.index(row, 0, parent)
        if tree and model.hasChildren(first):
            texts.extend(model_texts(model, first))
    return [t for t in texts if t]


def visible_texts(root: QWidget) -> list[str]:
    """The texts of ``root`` and every child widget a person can see now."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        texts.append(widget.toolTip())
        if widget.isWindow():
            texts.append(widget.windowTitle())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            texts += [widget.toPlainText(), widget.placeholderText()]
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += model_texts(widget.model())
    return [t for t in texts if t]


def internal_names(texts: Iterable[str]) -> list[str]:
    """The snake_case tokens and UUIDs found in ``texts`` (empty when none)."""
    found: list[str] = []
    for text in texts:
        plain = text.translate(_BIDI)
        found += SNAKE_CASE.findall(plain)
        found += UUID.findall(plain)
    return found


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""
