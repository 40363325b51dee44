"""The catalogue editor's form for the catalogue as a whole: the queue and
priority a ticket gets without a category, the impact × urgency matrix that
gives a priority from an assessment, and the queue rules (a category, or any
category under it, at some places goes to another queue)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.priority import DEFAULT_MATRIX, LEVELS, Level
from desk_app.ui.catalogue_form_base import CatalogueForm, priority_combo, set_text

_PLACES = re.compile(r"[;؛]")


def level_text(level: Level) -> str:
    return {
        Level.HIGH: QCoreApplication.translate("TopForm", "High"),
        Level.MEDIUM: QCoreApplication.translate("TopForm", "Medium"),
        Level.LOW: QCoreApplication.translate("TopForm", "Low"),
    }[level]


class TopForm(CatalogueForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogueTopForm")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        defaults = QFormLayout()
        self.default_queue = QLineEdit(self)
        self.default_queue.setObjectName("catalogueDefaultQueue")
        self.default_queue.setMaxLength(400)
        self.default_priority = priority_combo(self, "catalogueDefaultPriority")
        self.row(defaults, self.tr("Default &queue:"), self.default_queue, "default_queue")
        self.row(defaults, self.tr("Default &priority:"), self.default_priority, "default_priority")
        layout.addLayout(defaults)

        self.matrix_box = QGroupBox(self.tr("Priority &matrix"), self)
        self.matrix_box.setObjectName("catalogueMatrix")
        grid = QGridLayout(self.matrix_box)
        corner = QLabel(self.tr("Impact / urgency"), self.matrix_box)
        grid.addWidget(corner, 0, 0)
        self.cells: dict[tuple[Level, Level], QComboBox] = {}
        for column, urgency in enumerate(LEVELS, start=1):
            grid.addWidget(QLabel(level_text(urgency), self.matrix_box), 0, column)
        for row, impact in enumerate(LEVELS, start=1):
            grid.addWidget(QLabel(level_text(impact), self.matrix_box), row, 0)
            for column, urgency in enumerate(LEVELS, start=1):
                cell = priority_combo(self.matrix_box, f"matrix_{impact.value}_{urgency.value}")
                cell.setAccessibleName(
                    self.tr("Impact {impact}, urgency {urgency}").format(
                        impact=level_text(impact), urgency=level_text(urgency)
                    )
                )
                cell.activated.connect(lambda _index: self._store())
                grid.addWidget(cell, row, column)
                self.cells[(impact, urgency)] = cell
        layout.addWidget(self.matrix_box)
        matrix_errors = QFormLayout()
        self.errors.add_row(matrix_errors, "priority_matrix", self.matrix_box)
        layout.addLayout(matrix_errors)

        self.rules_box = QGroupBox(self.tr("Queue ru&les"), self)
        self.rules_box.setObjectName("catalogueRules")
        self.rules = QTableWidget(0, 3, self.rules_box)
        self.rules.setObjectName("catalogueRulesTable")
        self.rules.setAccessibleName(self.tr("Queue rules"))
        self.rules.setHorizontalHeaderLabels(
            [self.tr("Category code"), self.tr("Places (separated by ;)"), self.tr("Queue")]
        )
        self.rules.verticalHeader().hide()
        self.rules.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rules.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rules.setTabKeyNavigation(False)
        self.add_rule = QPushButton(self.tr("Add rul&e"), self.rules_box)
        self.add_rule.setObjectName("addRule")
        self.remove_rule = QPushButton(self.tr("Rem&ove rule"), self.rules_box)
        self.remove_rule.setObjectName("removeRule")
        rules = QVBoxLayout(self.rules_box)
        rules.addWidget(self.rules, 1)
        rule_buttons = QHBoxLayout()
        rule_buttons.addWidget(self.add_rule)
        rule_buttons.addWidget(self.remove_rule)
        rule_buttons.addStretch(1)
        rules.addLayout(rule_buttons)
        layout.addWidget(self.rules_box, 1)
        rule_errors = QFormLayout()
        self.errors.add_row(rule_errors, "queue_rules", self.rules)
        rule_errors.addRow(self.errors.message)
        layout.addLayout(rule_errors)

        self.default_queue.textEdited.connect(lambda _text: self._store())
        self.default_priority.activated.connect(lambda _index: self._store())
        self.rules.itemChanged.connect(lambda _item: self._store())
        self.add_rule.clicked.connect(self._add_rule)
        self.remove_rule.clicked.connect(self._remove_rule)

    def fill(self, data: dict[str, Any]) -> None:
        self.filling = True
        self.data = data
        self.default_queue.setText(str(data.get("default_queue", "")))
        level = data.get("default_priority", 3)
        self.default_priority.setCurrentIndex(max(0, self.default_priority.findData(level)))
        matrix = data.get("priority_matrix")
        matrix = matrix if isinstance(matrix, dict) else DEFAULT_MATRIX.as_json()
        for (impact, urgency), cell in self.cells.items():
            row = matrix.get(impact.value)
            value = row.get(urgency.value) if isinstance(row, dict) else None
            cell.setCurrentIndex(cell.findData(value))
        raw_rules = data.get("queue_rules")
        rules = raw_rules if isinstance(raw_rules, list) else []
        self.rules.setRowCount(len(rules))
        for row_index, rule in enumerate(rules):
            rule = rule if isinstance(rule, dict) else {}
            places = rule.get("location", "")
            places = places if isinstance(places, list) else [places]
            cells = (rule.get("category", ""), "; ".join(str(p) for p in places), rule.get("queue"))
            for column, text in enumerate(cells):
                self.rules.setItem(row_index, column, QTableWidgetItem(str(text or "")))
        self.clear_errors()
        self.filling = False

    def _add_rule(self) -> None:
        row = self.rules.rowCount()
        self.filling = True
        self.rules.insertRow(row)
        for column in range(3):
            self.rules.setItem(row, column, QTableWidgetItem(""))
        self.filling = False
        self._store()
        self.rules.setCurrentCell(row, 0)
        self.rules.setFocus()

    def _remove_rule(self) -> None:
        row = self.rules.currentRow()
        if row >= 0:
            self.rules.removeRow(row)
            self._store()

    def _store(self) -> None:
        if self.filling:
            return
        data = self.data
        set_text(data, "default_queue", self.default_queue.text())
        data["default_priority"] = self.default_priority.currentData()
        matrix: dict[str, dict[str, Any]] = {}
        for (impact, urgency), cell in self.cells.items():
            matrix.setdefault(impact.value, {})[urgency.value] = cell.currentData()
        data["priority_matrix"] = matrix
        rules: list[dict[str, Any]] = []
        for row in range(self.rules.rowCount()):
            code, places_text, queue = (self._cell(row, column) for column in range(3))
            places = [p.strip() for p in _PLACES.split(places_text) if p.strip()]
            location: str | list[str] = places[0] if len(places) == 1 else places
            rules.append({"category": code.strip(), "location": location, "queue": queue})
        if rules:
            data["queue_rules"] = rules
        else:
            data.pop("queue_rules", None)
        self.changed()

    def _cell(self, row: int, column: int) -> str:
        item = self.rules.item(row, column)
        return item.text() if item is not None else ""
