"""The dashboard's periods: the branch's days (not the workstation's), the
locale's first day of the week, Hijri months, and their names in the
reader's digits."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QLocale

from desk_app.services.metrics_types import Bucket
from desk_app.ui.dashboard_charts import tick_step
from desk_app.ui.dashboard_period import (
    PeriodChoice,
    bucket_for,
    first_day,
    hijri_month_days,
    last_day,
    period_for,
    period_text,
    week_start,
)

RIYADH = "Asia/Riyadh"


def test_today_is_the_branchs_day() -> None:
    period = period_for(PeriodChoice.TODAY, date(2026, 12, 7), RIYADH)
    assert period.start == datetime(2026, 12, 6, 21, tzinfo=UTC)
    assert period.end == datetime(2026, 12, 7, 21, tzinfo=UTC)
    assert period.zone == RIYADH and period.bucket is Bucket.DAY


def test_week_month_and_range() -> None:
    monday = QLocale(QLocale.Language.Polish)
    assert week_start(date(2026, 12, 9), monday) == date(2026, 12, 7)
    week = period_for(PeriodChoice.WEEK, date(2026, 12, 9), "UTC")
    assert (last_day(week) - first_day(week)).days == 6
    month = period_for(PeriodChoice.MONTH, date(2026, 2, 14), "UTC")
    assert (first_day(month), last_day(month)) == (date(2026, 2, 1), date(2026, 2, 28))
    span = period_for(
        PeriodChoice.RANGE, date(2026, 12, 7), "UTC", days=(date(2026, 12, 7), date(2026, 1, 1))
    )
    assert (first_day(span), last_day(span)) == (date(2026, 1, 1), date(2026, 12, 7))
    assert span.bucket is Bucket.MONTH
    assert bucket_for(date(2026, 1, 1), date(2026, 3, 1)) is Bucket.WEEK


def test_a_hijri_month() -> None:
    first, last = hijri_month_days(1448, 9)  # Ramadan 1448
    assert first == date(2027, 2, 8)
    assert 28 <= (last - first).days <= 29
    period = period_for(PeriodChoice.HIJRI_MONTH, date(2027, 2, 20), RIYADH, hijri=(1448, 9))
    assert (first_day(period), last_day(period)) == (first, last)


def test_period_in_words_and_digits(lang) -> None:  # type: ignore[no-untyped-def]
    week = period_for(
        PeriodChoice.RANGE, date(2026, 12, 7), "UTC", days=(date(2026, 12, 1), date(2026, 12, 7))
    )
    text = period_text(week)
    if lang == "ar":
        assert "٧" in text and "7" not in text
    else:
        assert text == f"1–7 {QLocale().monthName(12, QLocale.FormatType.ShortFormat)} 2026"
    hijri = period_text(week, (1448, 9))
    assert ("١٤٤٨" if lang == "ar" else "1448") in hijri


def test_round_ticks() -> None:
    assert tick_step(0) == 1
    assert tick_step(7) == 2
    assert tick_step(480) == 100
