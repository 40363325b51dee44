"""The dashboard's periods: today, this week, this month, a Hijri month or a
range of days, each turned into a ``Period`` (UTC bounds of the branch's
days) and named in the reader's language ("1–7 Dec 2026").

Days begin at midnight in the branch's zone, not the workstation's: a
supervisor in another zone sees the branch's day. A week begins on the
locale's first day (Saturday in Arabic, Monday in Polish).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desk_app.services.holiday_sources import gregorian_of, hijri_of
from desk_app.services.metrics_types import Bucket, Period
from desk_app.ui.branch_datetime import branch_zone
from desk_app.ui.levels_editors import hijri_month_name, year_text

# Up to this many days a trend is drawn by day; up to the second, by week.
DAYS_BY_DAY = 31
DAYS_BY_WEEK = 120


class PeriodChoice(StrEnum):
    TODAY = "today"
    WEEK = "week"
    MONTH = "month"
    HIJRI_MONTH = "hijri_month"
    RANGE = "range"


def choice_label(choice: PeriodChoice) -> str:
    return {
        PeriodChoice.TODAY: QCoreApplication.translate("DashboardPeriod", "Today"),
        PeriodChoice.WEEK: QCoreApplication.translate("DashboardPeriod", "This week"),
        PeriodChoice.MONTH: QCoreApplication.translate("DashboardPeriod", "This month"),
        PeriodChoice.HIJRI_MONTH: QCoreApplication.translate("DashboardPeriod", "A Hijri month"),
        PeriodChoice.RANGE: QCoreApplication.translate("DashboardPeriod", "From … to …"),
    }[choice]


def bucket_for(first: date, last: date) -> Bucket:
    """Days for a month, weeks for a quarter, months beyond."""
    days = (last - first).days + 1
    if days <= DAYS_BY_DAY:
        return Bucket.DAY
    if days <= DAYS_BY_WEEK:
        return Bucket.WEEK
    return Bucket.MONTH


def days_period(first: date, last: date, zone: str) -> Period:
    """The branch's days ``first`` to ``last``, both included."""
    if last < first:
        first, last = last, first
    tz = branch_zone(zone)
    start = datetime.combine(first, time(), tz).astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), time(), tz).astimezone(UTC)
    return Period(start, end, bucket_for(first, last), zone)


def week_start(day: date, locale: QLocale | None = None) -> date:
    first = (locale or QLocale()).firstDayOfWeek().value  # Monday 1 … Sunday 7
    back = (day.isoweekday() - first) % 7
    return day - timedelta(days=back)


def hijri_month_days(year: int, month: int) -> tuple[date, date]:
    """First and last Gregorian day of an Umm al-Qura month."""
    first = gregorian_of(year, month, 1)
    following = gregorian_of(year + (month == 12), month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def current_hijri_month(today: date) -> tuple[int, int]:
    year, month, _day = hijri_of(today)
    return year, month


def period_for(
    choice: PeriodChoice,
    today: date,
    zone: str,
    *,
    days: tuple[date, date] | None = None,
    hijri: tuple[int, int] | None = None,
) -> Period:
    """The period a choice means on ``today`` (the branch's date)."""
    if choice is PeriodChoice.TODAY:
        return days_period(today, today, zone)
    if choice is PeriodChoice.WEEK:
        first = week_start(today)
        return days_period(first, first + timedelta(days=6), zone)
    if choice is PeriodChoice.MONTH:
        first = today.replace(day=1)
        following = (first + timedelta(days=32)).replace(day=1)
        return days_period(first, following - timedelta(days=1), zone)
    if choice is PeriodChoice.HIJRI_MONTH:
        year, month = hijri or current_hijri_month(today)
        return days_period(*hijri_month_days(year, month), zone)
    first, last = days or (today, today)
    return days_period(first, last, zone)


def branch_today(zone: str, now: datetime | None = None) -> date:
    return (now or datetime.now(UTC)).astimezone(branch_zone(zone)).date()


def last_day(period: Period) -> date:
    """The period's last day in the branch's zone (its end is exclusive)."""
    tz = branch_zone(period.zone)
    return (period.end.astimezone(tz) - timedelta(microseconds=1)).date()


def first_day(period: Period) -> date:
    return period.start.astimezone(branch_zone(period.zone)).date()


def _day_month(day: date, locale: QLocale) -> str:
    return locale.toString(QDate(day.year, day.month, day.day), "d MMM")


def period_text(period: Period, hijri: tuple[int, int] | None = None) -> str:
    """The period in words: "7 Dec 2026", "1–7 Dec 2026", "Jumada II 1448"."""
    if hijri is not None:
        return QCoreApplication.translate("DashboardPeriod", "{month} {year} AH").format(
            month=hijri_month_name(hijri[1]), year=year_text(hijri[0])
        )
    locale = QLocale()
    first, last = first_day(period), last_day(period)
    if first == last:
        return QCoreApplication.translate("DashboardPeriod", "{day} {year}").format(
            day=_day_month(first, locale), year=year_text(first.year)
        )
    if first.year == last.year and first.month == last.month:
        start = locale.toString(first.day)
    elif first.year == last.year:
        start = _day_month(first, locale)
    else:
        start = QCoreApplication.translate("DashboardPeriod", "{day} {year}").format(
            day=_day_month(first, locale), year=year_text(first.year)
        )
    return QCoreApplication.translate("DashboardPeriod", "{start}–{end} {year}").format(
        start=start, end=_day_month(last, locale), year=year_text(last.year)
    )


def bucket_text(label: str, bucket: Bucket) -> str:
    """A trend's bucket (an ISO date of its first day) as its axis reads it."""
    try:
        day = date.fromisoformat(label)
    except ValueError:
        return label
    locale = QLocale()
    if bucket is Bucket.MONTH:
        return locale.toString(QDate(day.year, day.month, 1), "MMM yyyy")
    return _day_month(day, locale)
