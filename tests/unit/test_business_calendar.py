"""Business-hours arithmetic: branches with Fri/Sat and Sat/Sun weekends,
split days, holidays, daylight-saving changes, round the clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk_app.services.business_calendar import BusinessCalendar, CalendarError

RIYADH = ZoneInfo("Asia/Riyadh")
WARSAW = ZoneInfo("Europe/Warsaw")
SUN_THU = (7, 1, 2, 3, 4)
MON_FRI = (1, 2, 3, 4, 5)


def riyadh(*, holidays: tuple[date, ...] = ()) -> BusinessCalendar:
    return BusinessCalendar.weekly("Asia/Riyadh", SUN_THU, [(time(8), time(16))], holidays=holidays)


def local(zone: ZoneInfo, *args: int) -> datetime:
    return datetime(*args, tzinfo=zone)  # type: ignore[misc]


def test_a_thursday_afternoon_ticket_is_due_on_sunday_in_riyadh() -> None:
    cal = riyadh()
    start = local(RIYADH, 2026, 11, 26, 15, 30)  # Thursday
    due = cal.add_business_minutes(start, 4 * 60)
    assert due.astimezone(RIYADH) == local(RIYADH, 2026, 11, 29, 11, 30)  # Sunday
    assert cal.business_minutes_between(start, due) == 240
    assert due.tzinfo == UTC


def test_time_outside_hours_starts_at_the_next_opening() -> None:
    cal = riyadh()
    friday_night = local(RIYADH, 2026, 11, 27, 22, 0)
    assert not cal.is_open(friday_night)
    assert cal.next_opening(friday_night).astimezone(RIYADH) == local(RIYADH, 2026, 11, 29, 8)
    due = cal.add_business_minutes(friday_night, 30)
    assert due.astimezone(RIYADH) == local(RIYADH, 2026, 11, 29, 8, 30)
    assert cal.business_minutes_between(friday_night, local(RIYADH, 2026, 11, 29, 7)) == 0


def test_a_public_holiday_is_skipped() -> None:
    national_day = date(2026, 9, 23)  # a Wednesday
    cal = riyadh(holidays=(national_day,))
    due = cal.add_business_minutes(local(RIYADH, 2026, 9, 22, 15), 2 * 60)
    assert due.astimezone(RIYADH) == local(RIYADH, 2026, 9, 24, 9)


def test_a_split_day_with_a_lunch_break() -> None:
    cal = BusinessCalendar.weekly(
        "Europe/Warsaw", MON_FRI, [(time(8), time(12)), (time(13), time(16))]
    )
    due = cal.add_business_minutes(local(WARSAW, 2026, 11, 23, 11), 90)
    assert due.astimezone(WARSAW) == local(WARSAW, 2026, 11, 23, 13, 30)
    assert not cal.is_open(local(WARSAW, 2026, 11, 23, 12, 30))


def test_a_weekend_with_a_daylight_saving_change_keeps_the_wall_clock() -> None:
    cal = BusinessCalendar.weekly("Europe/Warsaw", MON_FRI, [(time(9), time(17))])
    friday = local(WARSAW, 2026, 3, 27, 16)  # clocks go forward on Sunday the 29th
    due = cal.add_business_minutes(friday, 120)
    assert due.astimezone(WARSAW) == local(WARSAW, 2026, 3, 30, 10)
    assert due.utcoffset() == timedelta(0) and due.hour == 8  # UTC+2 now


def test_round_the_clock_days_have_23_and_25_hours_at_the_changes() -> None:
    cal = BusinessCalendar.always("Europe/Warsaw")
    spring = cal.business_minutes_between(
        local(WARSAW, 2026, 3, 29, 0), local(WARSAW, 2026, 3, 30, 0)
    )
    autumn = cal.business_minutes_between(
        local(WARSAW, 2026, 10, 25, 0), local(WARSAW, 2026, 10, 26, 0)
    )
    assert (spring, autumn) == (23 * 60, 25 * 60)


def test_working_hours_across_the_spring_gap_are_the_hours_that_exist() -> None:
    # A night shift 01:00-04:00 on the night the clocks skip 02:00-03:00.
    cal = BusinessCalendar.weekly("Europe/Warsaw", (7,), [(time(1), time(4))])
    night = local(WARSAW, 2026, 3, 29, 0, 30)
    assert cal.business_minutes_between(night, local(WARSAW, 2026, 3, 29, 5)) == 120


def test_new_york_fall_back_inside_working_hours() -> None:
    zone = ZoneInfo("America/New_York")
    cal = BusinessCalendar.weekly("America/New_York", (7,), [(time(0), time(6))])
    day = local(zone, 2026, 11, 1)  # clocks go back at 02:00: 7 real hours
    assert cal.business_minutes_between(day, day + timedelta(days=1)) == 7 * 60


@pytest.mark.parametrize(
    ("build", "words"),
    [
        (lambda: BusinessCalendar.weekly("Mars/Olympus", MON_FRI, [(time(8), time(16))]), "zone"),
        (lambda: BusinessCalendar.weekly("UTC", MON_FRI, [(time(16), time(8))]), "period"),
        (
            lambda: BusinessCalendar.weekly(
                "UTC", MON_FRI, [(time(8), time(12)), (time(11), time(14))]
            ),
            "overlap",
        ),
        (lambda: BusinessCalendar.weekly("UTC", (), [(time(8), time(16))]), "weekday"),
        (lambda: BusinessCalendar.weekly("UTC", (0, 8), [(time(8), time(16))]), "weekday"),
        (lambda: BusinessCalendar.weekly("UTC", MON_FRI, []), "no working hours"),
        (lambda: BusinessCalendar("UTC", ((),) * 6), "seven"),
    ],
)
def test_configuration_mistakes_are_explained(build: object, words: str) -> None:
    with pytest.raises(CalendarError, match=words):
        build()  # type: ignore[operator]


def test_a_calendar_with_no_working_day_for_years_gives_up_clearly() -> None:
    days = {date(2026, 1, 1) + timedelta(days=n) for n in range(800)}
    cal = BusinessCalendar.weekly("UTC", MON_FRI, [(time(8), time(16))], holidays=days)
    with pytest.raises(CalendarError, match="no working time"):
        cal.add_business_minutes(datetime(2026, 1, 1, tzinfo=UTC), 60)


def test_naive_times_and_negative_durations_are_programming_errors() -> None:
    with pytest.raises(ValueError):
        riyadh().add_business_minutes(datetime(2026, 1, 1), 5)
    with pytest.raises(ValueError):
        riyadh().add_business_minutes(datetime(2026, 1, 1, tzinfo=UTC), -5)


# -- properties ------------------------------------------------------------------

ZONES = ("Asia/Riyadh", "Europe/Warsaw", "America/New_York", "Africa/Cairo", "UTC",
         "Australia/Lord_Howe", "Asia/Kolkata")  # fmt: skip


@st.composite
def calendars(draw: st.DrawFn) -> BusinessCalendar:
    zone = draw(st.sampled_from(ZONES))
    days = draw(st.sets(st.integers(1, 7), min_size=1, max_size=7))
    # One to three periods on quarter hours; a first period of at least an hour
    # so that a few weeks of targets fit well inside the two-year search.
    first = draw(st.integers(0, 20 * 4))
    cuts = [first, draw(st.integers(first + 4, 24 * 4))]
    for _ in range(draw(st.integers(0, 2))):
        if cuts[-1] + 2 <= 24 * 4:
            start = draw(st.integers(cuts[-1] + 1, 24 * 4 - 1))
            cuts += [start, draw(st.integers(start + 1, 24 * 4))]
    periods = [
        (time(a // 4, a % 4 * 15), time(b // 4 % 24, b % 4 * 15))
        for a, b in zip(cuts[::2], cuts[1::2], strict=True)
    ]
    holidays = draw(st.sets(st.dates(date(2026, 1, 1), date(2027, 12, 31)), max_size=20))
    return BusinessCalendar.weekly(zone, days, periods, holidays)


instants = st.datetimes(datetime(2026, 1, 1), datetime(2027, 6, 30), timezones=st.just(UTC))
minutes = st.integers(0, 60 * 8 * 20)


def within_weeks(cal: BusinessCalendar, m: int, weeks: int = 30) -> int:
    """``m`` cut down to what the calendar works in ``weeks`` weeks (a shop
    open one hour a week takes years for a target of days; holidays aside,
    thirty weeks stays well inside the search limit)."""
    weekly = sum(end - start for day in cal.week for start, end in day)
    return m % (weekly * weeks + 1)


@settings(max_examples=150, deadline=None)
@given(calendars(), instants, minutes)
def test_measuring_what_was_added_gives_it_back(
    cal: BusinessCalendar, start: datetime, m: int
) -> None:
    m = within_weeks(cal, m)
    due = cal.add_business_minutes(start, m)
    assert due >= start
    assert cal.business_minutes_between(start, due) == m
    assert cal.business_minutes_between(due, start) == -m


@settings(max_examples=150, deadline=None)
@given(calendars(), instants, minutes, st.integers(1, 60 * 8 * 10))
def test_adding_in_two_steps_is_adding_once(
    cal: BusinessCalendar, start: datetime, a: int, b: int
) -> None:
    a, b = within_weeks(cal, a, 15), max(1, within_weeks(cal, b, 15))
    assert cal.add_business_minutes(cal.add_business_minutes(start, a), b) == (
        cal.add_business_minutes(start, a + b)
    )


@settings(max_examples=150, deadline=None)
@given(calendars(), instants, minutes, minutes)
def test_more_time_is_never_earlier_and_lands_in_working_hours(
    cal: BusinessCalendar, start: datetime, a: int, b: int
) -> None:
    a, b = sorted((within_weeks(cal, a), within_weeks(cal, b)))
    first, second = cal.add_business_minutes(start, a), cal.add_business_minutes(start, b)
    assert first <= second
    # open at the result, or exactly at a closing time
    assert cal.is_open(second) or cal.is_open(second - timedelta(seconds=1))


@settings(max_examples=60, deadline=None)
@given(
    calendars(),
    st.datetimes(datetime(2019, 1, 1), datetime(2031, 1, 1), timezones=st.just(UTC)),
    st.integers(0, 60 * 24 * 900),
)
def test_long_spans_match_counting_day_by_day(
    cal: BusinessCalendar, start: datetime, span: int
) -> None:
    """The running totals (kept from a reference day, extended both ways)
    agree with adding up every day's working periods one by one."""
    end = start + timedelta(minutes=span)
    zone = ZoneInfo(cal.time_zone)
    day = start.astimezone(zone).date() - timedelta(days=1)
    counted = 0.0
    while day <= end.astimezone(zone).date():
        for a, b in cal._periods(day):
            overlap = (min(b, end) - max(a, start)).total_seconds()
            counted += max(0.0, overlap)
        day += timedelta(days=1)
    # Whole seconds: each end is cut to its second, so they may differ by one.
    assert abs(cal.business_seconds_between(start, end) - counted) <= 1
