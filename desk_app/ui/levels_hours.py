"""A branch's working week on the service-levels page: the periods of a
working day (start and end, one or more, added and removed) and the weekend
(a box per day, named and ordered as the user's locale names and orders
the week)."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.ui.formatting import number
from desk_app.ui.levels_editors import TimeOfDayEdit
from desk_app.ui.tab_chain import chain

MAX_PERIODS = 6
LATEST_START = 21 * 60  # a new period starts by 21:00 and ends by 23:59
LAST_MINUTE = 24 * 60 - 1


class PeriodRow(QWidget):
    """One period: its start, a dash, its end, and a button that removes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start = TimeOfDayEdit(self)
        self.end = TimeOfDayEdit(self)
        dash = QLabel("–", self)
        dash.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.remove_button = QToolButton(self)
        self.remove_button.setText(self.tr("Remove"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.start, 1)
        layout.addWidget(dash)
        layout.addWidget(self.end, 1)
        layout.addWidget(self.remove_button)

    def set_position(self, position: int) -> None:
        self.start.setAccessibleName(
            self.tr("Period {number}: start").format(number=number(position))
        )
        self.end.setAccessibleName(self.tr("Period {number}: end").format(number=number(position)))
        self.remove_button.setToolTip(
            self.tr("Remove period {number}").format(number=number(position))
        )
        self.remove_button.setAccessibleName(self.remove_button.toolTip())

    def value(self) -> tuple[time, time]:
        return self.start.value(), self.end.value()


class HoursBox(QGroupBox):
    """The periods of a working day; ``changed`` whenever one is edited,
    added or removed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Working hours"))
        self.setObjectName("levelsHours")
        self.rows: list[PeriodRow] = []
        # What Tab comes from before the first period (rows are made later
        # than the rest of the page, and Qt's Tab order is the order of making).
        self.tab_after: QWidget | None = None
        self.rows_layout = QVBoxLayout()
        self.add_button = QPushButton(self.tr("&Add a period"), self)
        self.add_button.setObjectName("addPeriod")
        self.add_button.clicked.connect(self.add_period)
        self.error_slot = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.rows_layout)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addLayout(self.error_slot)
        layout.addStretch(1)

    def set_periods(self, periods: tuple[tuple[time, time], ...]) -> None:
        while self.rows:
            self._drop(self.rows[-1])
        for start, end in periods:
            self._append(start, end)
        self._renumber()

    def periods(self) -> tuple[tuple[time, time], ...]:
        return tuple(row.value() for row in self.rows)

    def add_period(self) -> None:
        """A new period after the last one (the afternoon of a split day)."""
        if self.rows:
            last_end = self.rows[-1].end.value()
            begins = min(last_end.hour * 60 + last_end.minute + 60, LATEST_START)
            ends = min(begins + 120, LAST_MINUTE)
            start, end = time(*divmod(begins, 60)), time(*divmod(ends, 60))
        else:
            start, end = time(8), time(16)
        row = self._append(start, end)
        self._renumber()
        row.start.setFocus()
        self.changed.emit()

    def remove_period(self, row: PeriodRow) -> None:
        position = self.rows.index(row)
        self._drop(row)
        self._renumber()
        if self.rows:
            self.rows[min(position, len(self.rows) - 1)].start.setFocus()
        else:
            self.add_button.setFocus()
        self.changed.emit()

    def _append(self, start: time, end: time) -> PeriodRow:
        row = PeriodRow(self)
        row.start.set_value(start)
        row.end.set_value(end)
        row.start.timeChanged.connect(lambda _t: self.changed.emit())
        row.end.timeChanged.connect(lambda _t: self.changed.emit())
        row.remove_button.clicked.connect(lambda: self.remove_period(row))
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        return row

    def _drop(self, row: PeriodRow) -> None:
        self.rows.remove(row)
        self.rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _renumber(self) -> None:
        for position, row in enumerate(self.rows, start=1):
            row.set_position(position)
            row.setObjectName(f"period{position}")
        self.add_button.setEnabled(len(self.rows) < MAX_PERIODS)
        editors = [e for row in self.rows for e in (row.start, row.end, row.remove_button)]
        chain([self.tab_after, *editors, self.add_button])


class WeekendBox(QGroupBox):
    """The days off: a box per day, from the locale's first day of the week."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Weekend"))
        self.setObjectName("levelsWeekend")
        locale = QLocale()
        first = locale.firstDayOfWeek().value  # ISO: Monday is 1
        self.order = [(first - 1 + step) % 7 + 1 for step in range(7)]
        self.boxes: dict[int, QCheckBox] = {}
        days = QVBoxLayout()
        days.setSpacing(2)
        for day in self.order:
            box = QCheckBox(locale.dayName(day, QLocale.FormatType.LongFormat), self)
            box.setObjectName(f"weekendDay{day}")
            box.toggled.connect(lambda _on: self.changed.emit())
            self.boxes[day] = box
            days.addWidget(box)
        self.error_slot = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(days)
        layout.addLayout(self.error_slot)
        layout.addStretch(1)

    def set_days(self, days: frozenset[int]) -> None:
        for day, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(day in days)
            box.blockSignals(False)

    def days(self) -> frozenset[int]:
        return frozenset(day for day, box in self.boxes.items() if box.isChecked())
