"""The targets per priority on the service-levels page: a grid of priority
(rows) by target (columns), each cell a length of working time or "Not
tracked". Mistakes found by the domain's check are said under the grid,
each naming its cell, and the cell is marked."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from desk_app.models import Priority
from desk_app.services.sla_clock import Targets
from desk_app.ui import labels
from desk_app.ui.field_errors import ERROR_STYLE, mark, unmark
from desk_app.ui.levels_editors import DurationEdit

PRIORITIES = tuple(int(p) for p in sorted(Priority))
# The fields of Targets, in the order of the grid's columns.
TARGET_NAMES = ("first_response", "written_reply", "next_update", "resolution")


class TargetsBox(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Targets per priority (working time)"))
        self.setObjectName("levelsTargets")
        self.cells: dict[tuple[int, str], DurationEdit] = {}
        grid = QGridLayout()
        for column, name in enumerate(TARGET_NAMES, start=1):
            heading = QLabel(self.target_label(name), self)
            heading.setWordWrap(True)
            grid.addWidget(heading, 0, column)
            grid.setColumnStretch(column, 1)
        for row, priority in enumerate(PRIORITIES, start=1):
            grid.addWidget(QLabel(labels.priority_label(priority), self), row, 0)
            for column, name in enumerate(TARGET_NAMES, start=1):
                cell = DurationEdit(self)
                cell.setObjectName(f"target_{priority}_{name}")
                cell.set_names(self.cell_label(priority, name))
                cell.changed.connect(lambda key=(priority, name): self._cell_changed(key))
                self.cells[(priority, name)] = cell
                grid.addWidget(cell, row, column)
        self.message = QLabel(self)
        self.message.setObjectName("error_targets")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.problems: dict[tuple[int, str], str] = {}
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.message)

    def target_label(self, name: str) -> str:
        return {
            "first_response": self.tr("First response"),
            "written_reply": self.tr("Written reply"),
            "next_update": self.tr("Next update"),
            "resolution": self.tr("Resolution"),
        }[name]

    def cell_label(self, priority: int, name: str) -> str:
        return self.tr("{priority}, {target}").format(
            priority=labels.priority_label(priority), target=self.target_label(name)
        )

    def set_targets(self, targets: dict[int, Targets]) -> None:
        for (priority, name), cell in self.cells.items():
            chosen = targets.get(priority)
            cell.blockSignals(True)
            cell.set_value(getattr(chosen, name) if chosen is not None else None)
            cell.blockSignals(False)
        self.clear_problems()

    def targets(self) -> dict[int, Targets]:
        return {
            priority: Targets(*(self.cells[(priority, name)].value() for name in TARGET_NAMES))
            for priority in PRIORITIES
        }

    # -- mistakes -----------------------------------------------------------------
    def say(self, priority: int, name: str, text: str) -> DurationEdit | None:
        """``text`` about one cell; returns the cell (None if there is none)."""
        cell = self.cells.get((priority, name))
        if cell is None:
            return None
        self.problems[(priority, name)] = text
        mark(cell.hours, text)
        mark(cell.minutes, text)
        self._show_problems()
        return cell

    def clear_problems(self) -> None:
        for priority, name in list(self.problems):
            self._unmark(priority, name)
        self.problems.clear()
        self._show_problems()

    def _cell_changed(self, key: tuple[int, str]) -> None:
        if self.problems.pop(key, None) is not None:
            self._unmark(*key)
            self._show_problems()
        self.changed.emit()

    def _unmark(self, priority: int, name: str) -> None:
        cell = self.cells[(priority, name)]
        unmark(cell.hours)
        unmark(cell.minutes)

    def _show_problems(self) -> None:
        lines = [
            self.tr("{cell}: {problem}").format(cell=self.cell_label(*key), problem=text)
            for key, text in self.problems.items()
        ]
        self.message.setText("\n".join(lines))
        self.message.setVisible(bool(lines))
