"""Small editors and formatters of the service-levels page: a time of day, a
day, a target's length, and a day written in both calendars.

Dates and times are typed in the locale's own order. Qt reverses a date or
time editor's sections when the editor itself is right-to-left, so (as the
branch date-time editor does) the editor stays left-to-right and only its
text box runs right-to-left in Arabic.

A Hijri date is converted by the Umm al-Qura tables of the domain
(``branch_levels.hijri_of``); Qt supplies only the month's name, in the
user's language, from its Islamic calendar (the months are the same).
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCalendar, QCoreApplication, QDate, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QHBoxLayout, QLineEdit, QTimeEdit, QWidget

from desk_app.services.branch_levels import hijri_of
from desk_app.ui.count_spin_box import CountSpinBox
from desk_app.ui.durations import words, working_text
from desk_app.ui.formatting import number

HIJRI_CALENDAR = QCalendar(QCalendar.System.IslamicCivil)
NOT_TRACKED = -1  # the hours box's lowest value: the target is not tracked


def hijri_month_name(month: int) -> str:
    return HIJRI_CALENDAR.monthName(QLocale(), month)


def hijri_text(day: date) -> str:
    """``day`` in the Hijri calendar ("٣ شوال ١٤٤٧ هـ"); empty outside the
    tables' range, where no Hijri date is known."""
    try:
        year, month, mday = hijri_of(day)
    except (ValueError, OverflowError):
        return ""
    return QCoreApplication.translate("LevelsEditors", "{day} {month} {year} AH").format(
        day=number(mday), month=hijri_month_name(month), year=year_text(year)
    )


def year_text(year: int) -> str:
    """A year in the locale's digits, written as a year (no thousands separator)."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(year)


def gregorian_text(day: date) -> str:
    """``day`` with its weekday, as the locale writes a long date."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def _locale_order(editor: QDateTimeEdit, display_format: str) -> None:
    locale = QLocale()
    editor.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    editor.setLocale(locale)
    editor.setDisplayFormat(display_format)
    line = editor.findChild(QLineEdit)
    if line is not None and locale.textDirection() == Qt.LayoutDirection.RightToLeft:
        line.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        editor.setAlignment(
            Qt.AlignmentFlag.AlignAbsolute
            | Qt.AlignmentFlag.AlignRight
            | Qt.AlignmentFlag.AlignVCenter
        )


class TimeOfDayEdit(QTimeEdit):
    """A time of day in the locale's short format, minutes padded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        shown = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
        if "mm" not in shown:
            shown = shown.replace("m", "mm")
        _locale_order(self, shown)

    def set_value(self, value: time) -> None:
        self.setTime(QTime(value.hour, value.minute))

    def value(self) -> time:
        shown = self.time()
        return time(shown.hour(), shown.minute())


class DayEdit(QDateEdit):
    """A Gregorian day in the locale's short format, with a calendar pop-up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _locale_order(self, QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.setCalendarPopup(True)

    def set_value(self, value: date) -> None:
        self.setDate(QDate(value.year, value.month, value.day))

    def value(self) -> date:
        shown = self.date()
        return date(shown.year(), shown.month(), shown.day())


class DurationEdit(QWidget):
    """A target's length in working time: hours and minutes, each said in
    words with its plural ("ساعتان"); the hours box's lowest step is "Not
    tracked" (no target)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hours = CountSpinBox(words().hours, self)
        self.hours.setRange(NOT_TRACKED, 999)
        self.hours.setSpecialValueText(self.not_tracked_text())
        self.minutes = CountSpinBox(words().minutes, self)
        self.minutes.setRange(0, 59)
        self.minutes.setSingleStep(5)
        self.hours.setToolTip(self.tr("Lower the hours below zero to stop tracking this target."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.hours, 1)
        layout.addWidget(self.minutes, 1)
        self.setFocusProxy(self.hours)
        self.hours.valueChanged.connect(self._hours_changed)
        self.minutes.valueChanged.connect(lambda _v: self._said())

    def not_tracked_text(self) -> str:
        return self.tr("Not tracked")

    def set_names(self, name: str) -> None:
        """What a screen reader says for each box (the cell's row and column)."""
        self.hours.setAccessibleName(self.tr("{target}: hours").format(target=name))
        self.minutes.setAccessibleName(self.tr("{target}: minutes").format(target=name))

    def set_value(self, minutes: int | None) -> None:
        if minutes is None:
            self.hours.setValue(NOT_TRACKED)
            self.minutes.setValue(0)
        else:
            hours, rest = divmod(minutes, 60)
            self.hours.setValue(min(hours, self.hours.maximum()))
            self.minutes.setValue(rest)
        self._hours_changed()

    def value(self) -> int | None:
        if self.hours.value() == NOT_TRACKED:
            return None
        return self.hours.value() * 60 + self.minutes.value()

    def _hours_changed(self) -> None:
        self.minutes.setEnabled(self.hours.value() != NOT_TRACKED)
        self._said()

    def _said(self) -> None:
        minutes = self.value()
        self.setToolTip(self.not_tracked_text() if minutes is None else working_text(minutes))
        self.changed.emit()
