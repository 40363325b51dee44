"""The console's snippets list: a name (typed after ``::`` in any note or
letter box) and the text it puts there, one row each; a row at fault is
marked with the message at its cell."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.messages import FieldError
from desk_app.ui import labels
from desk_app.ui.snippets import Snippet, snippet_problems

ERROR_BACKGROUND = QColor("#fde7ea")


class SnippetsTable(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("snippetsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Text")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("A&dd snippet"), self)
        self.add_button.setObjectName("addSnippet")
        self.remove_button = QPushButton(self.tr("Remove sni&ppet"), self)
        self.remove_button.setObjectName("removeSnippet")
        hint = QLabel(
            self.tr("In any note or letter, type :: and a snippet's name to insert its text."),
            self,
        )
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(hint, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._filling = False
        self.table.itemChanged.connect(lambda _item: self._changed())
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)

    def fill(self, rows: list[Any]) -> None:
        self._filling = True
        self.table.setRowCount(0)
        for row in rows:
            if isinstance(row, dict):
                self._append(str(row.get("name", "")), str(row.get("text", "")))
        self._filling = False
        self.mark([])

    def _append(self, name: str, text: str) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        self.table.setItem(row, 1, QTableWidgetItem(text))
        return row

    def add_row(self) -> None:
        row = self._append("", "")
        self.table.setCurrentCell(row, 0)
        first = self.table.item(row, 0)
        if first is not None:
            self.table.editItem(first)
        self._changed()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._changed()

    def rows(self) -> list[dict[str, str]]:
        found = []
        for row in range(self.table.rowCount()):
            name, text = self.table.item(row, 0), self.table.item(row, 1)
            found.append(
                {
                    "name": name.text().strip() if name is not None else "",
                    "text": text.text() if text is not None else "",
                }
            )
        return found

    def problems(self) -> list[FieldError]:
        found = snippet_problems([Snippet(r["name"], r["text"]) for r in self.rows()])
        self.mark(found)
        return found

    def mark(self, problems: list[FieldError]) -> None:
        self._filling = True
        wrong: dict[tuple[int, int], str] = {}
        for problem in problems:
            _snippets, place, part = problem.field.split(".")
            wrong[(int(place), 0 if part == "name" else 1)] = labels.error_text(problem)
        for line in range(self.table.rowCount()):
            for cell in (0, 1):
                item = self.table.item(line, cell)
                if item is None:
                    continue
                message = wrong.get((line, cell), "")
                item.setBackground(QBrush(ERROR_BACKGROUND) if message else QBrush())
                item.setToolTip(message)
        self._filling = False

    def _changed(self) -> None:
        if not self._filling:
            self.edited.emit()
