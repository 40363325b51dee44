"""A branch's holidays on the service-levels page: each day in the Gregorian
and the Hijri calendar with its name; a holiday added by either date (the
two editors follow each other, so a person entering Eid al-Fitr types 1
Shawwal and sees the Gregorian day it falls on), removed, or taken from the
country's list of national holidays for a year (days already listed are
skipped, so adding a list twice changes nothing)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QDate,
    QItemSelectionModel,
    QLocale,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.services import messages as m
from desk_app.services.branch_levels import (
    COUNTRIES,
    Holiday,
    gregorian_of,
    hijri_of,
    national_holidays,
)
from desk_app.services.messages import FieldError
from desk_app.ui import labels
from desk_app.ui.country_names import country_name
from desk_app.ui.field_errors import ERROR_COLOUR, FieldErrors, mark, unmark
from desk_app.ui.levels_editors import DayEdit, gregorian_text, hijri_month_name, hijri_text
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.text_direction import cell_text

# The Umm al-Qura tables' years; the Gregorian editor keeps to the same span.
FIRST_HIJRI_YEAR, LAST_HIJRI_YEAR = 1343, 1500
FIRST_DAY, LAST_DAY = date(1924, 8, 1), date(2077, 11, 16)
NAME_LIMIT = 200


def no_such_hijri_day() -> str:
    return QCoreApplication.translate(
        "LevelsHolidays",
        "There is no such day in the Hijri calendar: that month has 29 days in that year.",
    )


class HolidaysBox(QGroupBox):
    """The holidays (``holidays()`` sorted by day); ``changed`` on every
    addition or removal."""

    changed = Signal()

    def __init__(
        self, errors: FieldErrors, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Holidays"))
        self.setObjectName("levelsHolidays")
        self.errors = errors
        self.tasks = tasks
        self.rtl = QLocale().textDirection() == Qt.LayoutDirection.RightToLeft
        self.items: list[Holiday] = []

        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("holidaysTable")
        self.table.setAccessibleName(self.tr("Holidays"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Gregorian date"), self.tr("Hijri date"), self.tr("Name")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        # As tall as the page leaves room for (a few rows at least): its own
        # preferred height would push the targets under the fold on a laptop.
        self.table.setMinimumHeight(6 * self.table.fontMetrics().height())
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.table_error = errors.place("holidays")

        self.gregorian = DayEdit(self)
        self.gregorian.setObjectName("holidayGregorian")
        self.gregorian.setDateRange(
            QDate(FIRST_DAY.year, FIRST_DAY.month, FIRST_DAY.day),
            QDate(LAST_DAY.year, LAST_DAY.month, LAST_DAY.day),
        )
        self.hijri_day = QSpinBox(self)
        self.hijri_day.setObjectName("hijriDay")
        self.hijri_day.setRange(1, 30)
        self.hijri_day.setAccessibleName(self.tr("Hijri day"))
        self.hijri_month = QComboBox(self)
        self.hijri_month.setObjectName("hijriMonth")
        self.hijri_month.setAccessibleName(self.tr("Hijri month"))
        for month in range(1, 13):
            self.hijri_month.addItem(hijri_month_name(month), month)
        self.hijri_year = QSpinBox(self)
        self.hijri_year.setObjectName("hijriYear")
        self.hijri_year.setRange(FIRST_HIJRI_YEAR, LAST_HIJRI_YEAR)
        self.hijri_year.setAccessibleName(self.tr("Hijri year"))
        self.name = QLineEdit(self)
        self.name.setObjectName("holidayName")
        self.name.setMaxLength(NAME_LIMIT)
        self.add_button = QPushButton(self.tr("Add &holiday"), self)
        self.add_button.setObjectName("addHoliday")
        self.add_button.clicked.connect(self.add_typed)
        self.name.returnPressed.connect(self.add_typed)
        self.remove_button = QPushButton(self.tr("&Remove holiday"), self)
        self.remove_button.setObjectName("removeHoliday")
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_chosen)
        self.date_error = errors.place("holiday_date")
        self.name_error = errors.place("holiday_name", self.name)

        self.country = QComboBox(self)
        self.country.setObjectName("holidayCountry")
        # By name as the user's language sorts them; the locale's own country first chosen.
        collator = QCollator(QLocale())
        named = sorted(
            ((country_name(c), c) for c in COUNTRIES), key=lambda n: collator.sortKey(n[0])
        )
        for name, code in named:
            self.country.addItem(name, code)
        own = QLocale.territoryToCode(QLocale().territory())
        self.country.setCurrentIndex(max(0, self.country.findData(own)))
        self.year = QSpinBox(self)
        self.year.setObjectName("holidayYear")
        self.year.setRange(FIRST_DAY.year + 1, LAST_DAY.year - 1)
        self.year.setValue(date.today().year)
        self.national_button = QPushButton(self.tr("Add national holi&days"), self)
        self.national_button.setObjectName("addNationalHolidays")
        self.national_button.clicked.connect(self.add_national)
        self.national_said = QLabel(self)
        self.national_said.setObjectName("nationalHolidaysSaid")
        self.national_said.setWordWrap(True)

        self.gregorian.dateChanged.connect(lambda _d: self._gregorian_changed())
        self.hijri_day.valueChanged.connect(lambda _v: self._hijri_changed())
        self.hijri_month.currentIndexChanged.connect(lambda _i: self._hijri_changed())
        self.hijri_year.valueChanged.connect(lambda _v: self._hijri_changed())
        self.hijri_valid = True
        self.gregorian.set_value(date.today())
        self._gregorian_changed()
        self._lay_out()

    def _caption(self, text: str, buddy: QWidget) -> QLabel:
        caption = QLabel(text, self)
        caption.setBuddy(buddy)
        return caption

    def _lay_out(self) -> None:
        hijri = QHBoxLayout()
        hijri.addWidget(self.hijri_day)
        hijri.addWidget(self.hijri_month, 1)
        hijri.addWidget(self.hijri_year)
        grid = QGridLayout()
        grid.addWidget(self._caption(self.tr("&Gregorian date:"), self.gregorian), 0, 0)
        grid.addWidget(self.gregorian, 0, 1)
        grid.addWidget(self._caption(self.tr("Hi&jri date:"), self.hijri_day), 0, 2)
        grid.addLayout(hijri, 0, 3)
        grid.addWidget(self.date_error, 1, 0, 1, 4)
        naming = QHBoxLayout()
        naming.addWidget(self.name, 1)
        naming.addWidget(self.add_button)
        naming.addWidget(self.remove_button)
        grid.addWidget(self._caption(self.tr("&Name:"), self.name), 2, 0)
        grid.addLayout(naming, 2, 1, 1, 3)
        grid.addWidget(self.name_error, 3, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 2)
        national = QHBoxLayout()
        national.addWidget(self._caption(self.tr("C&ountry:"), self.country))
        national.addWidget(self.country, 1)
        national.addWidget(self._caption(self.tr("&Year:"), self.year))
        national.addWidget(self.year)
        national.addWidget(self.national_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.table_error)
        layout.addLayout(grid)
        layout.addLayout(national)
        layout.addWidget(self.national_said)

    # -- the list -------------------------------------------------------------
    def set_holidays(self, holidays: tuple[Holiday, ...]) -> None:
        self.items = sorted(holidays, key=lambda h: h.day)
        self._fill()
        self.national_said.clear()

    def holidays(self) -> tuple[Holiday, ...]:
        return tuple(self.items)

    def _fill(self, chosen: date | None = None) -> None:
        self.table.setRowCount(len(self.items))
        for row, holiday in enumerate(self.items):
            cells = (
                gregorian_text(holiday.day),
                hijri_text(holiday.day),
                cell_text(holiday.name, self.rtl),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if holiday.day == chosen:
                self.choose_row(row)

    def choose_row(self, row: int) -> None:
        """Select holiday ``row``. (QTableView.selectRow finds the row's cell
        at the viewport's far edge in a right-to-left table, which is past
        the last column when the columns fill the view: nothing is chosen.)"""
        index = self.table.model().index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def mark_row(self, index: int, text: str) -> None:
        """Show a check's message about holiday ``index`` (by day order)."""
        if not 0 <= index < len(self.items):
            return
        for column in range(self.table.columnCount()):
            item = self.table.item(index, column)
            if item is not None:
                item.setForeground(QBrush(QColor(ERROR_COLOUR)))
                item.setToolTip(text)
        self.table.scrollTo(self.table.model().index(index, 0))

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def remove_chosen(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows:
            return
        self.items = [h for i, h in enumerate(self.items) if i not in rows]
        self._fill()
        if self.items:
            self.choose_row(min(rows[0], len(self.items) - 1))
        self.changed.emit()

    # -- one holiday ------------------------------------------------------------
    def _gregorian_changed(self) -> None:
        try:
            year, month, day = hijri_of(self.gregorian.value())
        except (ValueError, OverflowError):
            return
        for box in (self.hijri_day, self.hijri_month, self.hijri_year):
            box.blockSignals(True)
        self.hijri_day.setValue(day)
        self.hijri_month.setCurrentIndex(month - 1)
        self.hijri_year.setValue(year)
        for box in (self.hijri_day, self.hijri_month, self.hijri_year):
            box.blockSignals(False)
        self._hijri_is(valid=True)

    def _hijri_changed(self) -> None:
        try:
            day = gregorian_of(
                self.hijri_year.value(), self.hijri_month.currentIndex() + 1, self.hijri_day.value()
            )
        except ValueError:
            self._hijri_is(valid=False)
            return
        self.gregorian.blockSignals(True)
        self.gregorian.set_value(day)
        self.gregorian.blockSignals(False)
        self._hijri_is(valid=True)

    def _hijri_is(self, valid: bool) -> None:
        self.hijri_valid = valid
        if valid:
            self.errors.clear_field("holiday_date")
            unmark(self.hijri_day)
        else:
            self._date_problem(no_such_hijri_day(), self.hijri_day)

    def _date_problem(self, text: str, editor: QWidget) -> None:
        self.errors.say("holiday_date", text)
        mark(editor, text)

    def add_typed(self) -> None:
        """Add the holiday typed in the form (its date by either calendar)."""
        if not self.hijri_valid:
            self._date_problem(no_such_hijri_day(), self.hijri_day)
            self.hijri_day.setFocus()
            return
        day = self.gregorian.value()
        name = " ".join(self.name.text().split())
        taken = next((h for h in self.items if h.day == day), None)
        if taken is not None:
            text = self.tr("{date} is already a holiday: {name}.").format(
                date=gregorian_text(day), name=cell_text(taken.name, self.rtl)
            )
            self._date_problem(text, self.gregorian)
            self.gregorian.setFocus()
            return
        if not name:
            self.errors.say("holiday_name", labels.error_text(FieldError("", m.REQUIRED)))
            self.name.setFocus()
            return
        self.items = sorted([*self.items, Holiday(day, name)], key=lambda h: h.day)
        self._fill(chosen=day)
        self.name.clear()
        self.errors.clear_field("holiday_date")
        unmark(self.gregorian)
        self.changed.emit()

    # -- a country's list ---------------------------------------------------------
    def add_national(self) -> None:
        code, year = self.country.currentData(), self.year.value()
        if code is None:
            return
        self.national_button.setEnabled(False)
        self.tasks.read(
            lambda: national_holidays(code, year), self._national_found, self._national_failed, self
        )

    def _national_found(self, found: tuple[Holiday, ...]) -> None:
        self.national_button.setEnabled(True)
        listed = {h.day for h in self.items}
        fresh: list[Holiday] = []
        for holiday in found:
            if holiday.day not in listed:
                fresh.append(holiday)
                listed.add(holiday.day)
        skipped = len(found) - len(fresh)
        said = self.tr("%Ln holiday(s) added.", "", len(fresh))
        if skipped:
            said = self.tr("{added} {skipped}").format(
                added=said, skipped=self.tr("%Ln day(s) already listed, skipped.", "", skipped)
            )
        self.national_said.setStyleSheet("")
        self.national_said.setText(said)
        if fresh:
            self.items = sorted([*self.items, *fresh], key=lambda h: h.day)
            self._fill()
            self.changed.emit()

    def _national_failed(self, _error: Exception) -> None:
        self.national_button.setEnabled(True)
        self.national_said.setStyleSheet(f"color: {ERROR_COLOUR}")
        self.national_said.setText(
            self.tr("The national holidays of that country and year could not be listed.")
        )
