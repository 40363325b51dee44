"""Lengths of time in words, for the service-level figures of every screen.

One formatter for the list's SLA column, the reading pane and the tooltips,
so the same target reads the same everywhere:

- ``span_text``: time on the wall clock (to a due time, since a miss), as
  precise as anyone acts on: minutes, hours and minutes under ten hours, whole
  hours under a day, a day and hours under two, then days, weeks, months and
  years ("1 day 22 hours", "3 weeks", "14 months");
- ``working_text``: working time (what a target is counted in), in hours and
  minutes only: a working day is not 24 hours, so it is never said in days.

Each unit is its own ``%Ln`` plural (Arabic has six forms, the dual among
them: "يومين", not "٢ يوم"), digits as the locale writes them; two units are
joined by a translatable pattern ("{larger} {smaller}", "يوم و٢٢ ساعة").
No abbreviations: "h" and "d" (or "س" and "ي") are not words an agent reads.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject

HOUR = 60
DAY = 24 * HOUR
WEEK = 7 * DAY
MONTH = 30 * DAY
YEAR = 365 * DAY


def minutes_until(due: datetime, now: datetime) -> int:
    """Whole minutes from ``now`` to ``due`` on the wall clock (negative once
    past): the list and the pane count with this one rule, so they agree."""
    return int((due - now).total_seconds() // 60)


class Durations(QObject):
    """The words (a QObject so pyside6-lupdate records each ``%Ln`` as a plural)."""

    def minutes(self, n: int) -> str:
        return self.tr("%Ln minute(s)", "", n)

    def hours(self, n: int) -> str:
        return self.tr("%Ln hour(s)", "", n)

    def days(self, n: int) -> str:
        return self.tr("%Ln day(s)", "", n)

    def weeks(self, n: int) -> str:
        return self.tr("%Ln week(s)", "", n)

    def months(self, n: int) -> str:
        return self.tr("%Ln month(s)", "", n)

    def years(self, n: int) -> str:
        return self.tr("%Ln year(s)", "", n)

    def pair(self, larger: str, smaller: str) -> str:
        """Two units together: "1 day 22 hours" ("يوم و٢٢ ساعة")."""
        return self.tr("{larger} {smaller}").format(larger=larger, smaller=smaller)


_words: Durations | None = None


def words() -> Durations:
    global _words
    if _words is None:
        _words = Durations()
    return _words


def _hours_and_minutes(minutes: int) -> str:
    w = words()
    hours, rest = divmod(minutes, HOUR)
    if not hours:
        return w.minutes(rest)
    if not rest:
        return w.hours(hours)
    return w.pair(w.hours(hours), w.minutes(rest))


def span_text(minutes: int) -> str:
    """Wall-clock time, sign dropped (the sentence around it says early or late)."""
    m = abs(minutes)
    w = words()
    if m < 10 * HOUR:
        return _hours_and_minutes(m)
    if m < DAY:
        return w.hours(m // HOUR)
    if m < 2 * DAY:
        hours = (m - DAY) // HOUR
        return w.pair(w.days(1), w.hours(hours)) if hours else w.days(1)
    if m < 2 * WEEK:
        return w.days(m // DAY)
    if m < 8 * WEEK:
        return w.weeks(m // WEEK)
    if m < 2 * YEAR:
        return w.months(m // MONTH)
    return w.years(m // YEAR)


def working_text(minutes: int) -> str:
    """Working time, sign dropped: hours and minutes under ten hours, whole
    hours beyond (a target is at most a few working days long)."""
    m = abs(minutes)
    if m < 10 * HOUR:
        return _hours_and_minutes(m)
    return words().hours(m // HOUR)
