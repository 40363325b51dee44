"""Business hours of a branch: which moments count towards service levels.

A calendar is a time zone, the working intervals of each weekday (minutes
after local midnight, so "08:00-12:00 and 13:00-16:00" or round the clock),
and public holidays (local dates). Everything in and out is an aware UTC
datetime; the local wall clock is only used to find each day's intervals, so
a day with a daylight-saving change has exactly the hours its wall clock says
(an 08:00-16:00 day is 8 hours on either side of the change; a change inside
the working hours makes the day an hour shorter or longer, as it is for the
people working it).

Arithmetic walks day by day and interval by interval, never minute by
minute: adding 30 business days is about 40 steps. It works in whole seconds,
so measuring what was added gives back exactly what was added.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DAY_MINUTES = 24 * 60
# A search for working time gives up after this many days: a calendar whose
# every day for two years is a holiday is a mistake, not a reason to loop.
MAX_SEARCH_DAYS = 2 * 366

Interval = tuple[int, int]  # minutes after local midnight, start < end <= 1440


class CalendarError(ValueError):
    """The calendar cannot be used as configured; the message says why."""


@dataclass(frozen=True)
class BusinessCalendar:
    time_zone: str
    # Index 0 is Monday … 6 is Sunday (date.weekday()).
    week: tuple[tuple[Interval, ...], ...]
    holidays: frozenset[date] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        try:
            ZoneInfo(self.time_zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise CalendarError(f"unknown time zone {self.time_zone!r}") from None
        if len(self.week) != 7:
            raise CalendarError("a week has seven days of working hours")
        for day, intervals in enumerate(self.week):
            end_before = 0
            for start, end in intervals:
                if not 0 <= start < end <= DAY_MINUTES:
                    raise CalendarError(
                        f"day {day + 1}: {_clock(start)}-{_clock(end)} is not a period of a day"
                    )
                if start < end_before:
                    raise CalendarError(f"day {day + 1}: working periods overlap or are unsorted")
                end_before = end
        if not any(self.week):
            raise CalendarError("the calendar has no working hours on any day")

    # -- construction ----------------------------------------------------------

    @classmethod
    def weekly(
        cls,
        time_zone: str,
        workdays: Iterable[int],
        periods: Iterable[tuple[time, time]],
        holidays: Iterable[date] = (),
    ) -> BusinessCalendar:
        """The same working periods on each of ``workdays`` (ISO numbers:
        1 Monday … 7 Sunday). An end of 00:00 means midnight at the end of the day."""
        days = set(workdays)
        if not days or not days <= set(range(1, 8)):
            raise CalendarError("working days are ISO weekday numbers 1 (Monday) to 7 (Sunday)")
        day = tuple(sorted((_minutes(a), _minutes(b) or DAY_MINUTES) for a, b in periods))
        week = tuple(day if iso in days else () for iso in range(1, 8))
        return cls(time_zone, week, frozenset(holidays))

    @classmethod
    def always(cls, time_zone: str = "UTC") -> BusinessCalendar:
        """Round the clock, every day (calendar hours)."""
        return cls(time_zone, tuple(((0, DAY_MINUTES),) for _ in range(7)))

    # -- questions ---------------------------------------------------------------

    def is_open(self, at: datetime) -> bool:
        at = _utc(at)
        return any(a <= at < b for a, b in self._periods(self._local_date(at)))

    def next_opening(self, at: datetime) -> datetime:
        """``at`` itself if the desk is working then, else when it next opens."""
        return self.add_business_seconds(at, 0)

    def add_business_minutes(self, start: datetime, minutes: int) -> datetime:
        return self.add_business_seconds(start, minutes * 60)

    def add_business_seconds(self, start: datetime, seconds: int) -> datetime:
        """The moment ``seconds`` of working time after ``start``. Time before
        the desk opens does not count; the result may be exactly a closing time."""
        if seconds < 0:
            raise ValueError("cannot add negative business time")
        start = _utc(start)
        if seconds > 0:
            # The first moment the running total reaches the target: find its
            # day among the kept totals, then its period within the day.
            target = self._running_total(start) + seconds
            day = _prefix(self).day_reaching(target, self._local_date(start))
            total = _prefix(self).seconds_before(day)
            for a, b in self._periods(day):
                length = int((b - a).total_seconds())
                if total + length >= target:
                    return (
                        max(a, start) if target == total else a + timedelta(seconds=target - total)
                    )
                total += length
        remaining = timedelta(seconds=seconds)
        for a, b in self._periods_from(start):
            begin = max(a, start)
            available = b - begin
            if remaining <= available:
                return begin + remaining
            remaining -= available
        raise CalendarError(f"no working time within {MAX_SEARCH_DAYS} days of {start:%Y-%m-%d}")

    def business_seconds_between(self, a: datetime, b: datetime) -> int:
        """Working time from ``a`` to ``b`` (negative when ``b`` is earlier)."""
        a, b = _utc(a), _utc(b)
        return self._running_total(b) - self._running_total(a)

    def _running_total(self, at: datetime) -> int:
        """Working seconds from the reference day to ``at``: differences of
        these answer any "how long between" in constant time, which matters
        when a list of old tickets is measured up to now."""
        day = self._local_date(at)
        before = _prefix(self).seconds_before(day)
        within = sum((min(q, at) - p).total_seconds() for p, q in self._periods(day) if p < at)
        return before + int(within)

    def business_minutes_between(self, a: datetime, b: datetime) -> int:
        """Whole minutes of working time from ``a`` to ``b`` (rounded towards zero)."""
        seconds = self.business_seconds_between(a, b)
        return seconds // 60 if seconds >= 0 else -((-seconds) // 60)

    # -- the walk ----------------------------------------------------------------

    def _local_date(self, at: datetime) -> date:
        return at.astimezone(ZoneInfo(self.time_zone)).date()

    def _periods_from(self, start: datetime) -> Iterator[tuple[datetime, datetime]]:
        """Working periods (UTC) that end after ``start``, in order."""
        day = self._local_date(start) - timedelta(days=1)
        for _ in range(MAX_SEARCH_DAYS + 2):
            for a, b in self._periods(day):
                if b > start:
                    yield a, b
            day += timedelta(days=1)

    def _periods(self, day: date) -> tuple[tuple[datetime, datetime], ...]:
        return _day_periods(self, day)


@lru_cache(maxsize=4096)
def _day_periods(calendar: BusinessCalendar, day: date) -> tuple[tuple[datetime, datetime], ...]:
    """One local day's working periods as UTC instants (cached: the same days
    are asked about again and again when a list of tickets is recomputed)."""
    if day in calendar.holidays:
        return ()
    zone = ZoneInfo(calendar.time_zone)
    periods = []
    for start, end in calendar.week[day.weekday()]:
        a, b = _instant(day, start, zone), _instant(day, end, zone)
        if b > a:  # a period swallowed by a daylight-saving gap is no period
            periods.append((a, b))
    return tuple(periods)


class _Prefix:
    """Working seconds before each day, counted from a reference day and
    extended as later (or earlier) days are asked about."""

    def __init__(self, calendar: BusinessCalendar) -> None:
        self.calendar = calendar
        self.first = REFERENCE_DAY
        self.starts = [0]  # starts[i]: seconds before day first + i

    def seconds_before(self, day: date) -> int:
        index = (day - self.first).days
        while index < 0:  # a day before the reference: prepend a year
            self._prepend(366)
            index = (day - self.first).days
        while index >= len(self.starts):
            last = self.first + timedelta(days=len(self.starts) - 1)
            self.starts.append(self.starts[-1] + _day_seconds(self.calendar, last))
        return self.starts[index]

    def day_reaching(self, target: int, from_day: date) -> date:
        """The day during which the running total reaches ``target`` (which is
        above the total at the start of ``from_day``)."""
        self.seconds_before(from_day)
        limit = (from_day - self.first).days + MAX_SEARCH_DAYS
        while self.starts[-1] < target:
            if len(self.starts) > limit:
                raise CalendarError(
                    f"no working time within {MAX_SEARCH_DAYS} days of {from_day:%Y-%m-%d}"
                )
            last = self.first + timedelta(days=len(self.starts) - 1)
            self.starts.append(self.starts[-1] + _day_seconds(self.calendar, last))
        index = bisect_left(self.starts, target)  # starts[index - 1] < target <= starts[index]
        return self.first + timedelta(days=index - 1)

    def _prepend(self, days: int) -> None:
        """Count a year of days before the first one, below its total (the
        totals already handed out stay valid: nothing is shifted)."""
        earlier = [0] * days
        following = self.starts[0]
        for i in range(days - 1, -1, -1):
            day = self.first - timedelta(days=days - i)
            earlier[i] = following - _day_seconds(self.calendar, day)
            following = earlier[i]
        self.starts = earlier + self.starts
        self.first -= timedelta(days=days)


REFERENCE_DAY = date(2024, 1, 1)


@lru_cache(maxsize=64)
def _prefix(calendar: BusinessCalendar) -> _Prefix:
    return _Prefix(calendar)


def _day_seconds(calendar: BusinessCalendar, day: date) -> int:
    return int(sum((b - a).total_seconds() for a, b in _day_periods(calendar, day)))


def _instant(day: date, minutes: int, zone: ZoneInfo) -> datetime:
    """Local wall-clock ``minutes`` after midnight of ``day`` as UTC. A wall
    time skipped by a spring-forward change is read with the offset in force
    before it (zoneinfo's fold=0), which lands it after the change."""
    days, minute = divmod(minutes, DAY_MINUTES)
    local = datetime.combine(day + timedelta(days=days), time(minute // 60, minute % 60))
    return local.replace(tzinfo=zone).astimezone(UTC)


def _utc(at: datetime) -> datetime:
    if at.utcoffset() is None:
        raise ValueError("business time needs aware datetimes")
    return at.astimezone(UTC)


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
