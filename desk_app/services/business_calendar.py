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
        if b < a:
            return -self.business_seconds_between(b, a)
        total = timedelta(0)
        day = self._local_date(a) - timedelta(days=1)  # a period may start the day before
        last = self._local_date(b)
        while day <= last:
            for p, q in self._periods(day):
                overlap = min(q, b) - max(p, a)
                if overlap > timedelta(0):
                    total += overlap
            day += timedelta(days=1)
        return int(total.total_seconds())

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
