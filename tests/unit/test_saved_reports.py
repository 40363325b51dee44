"""Saved reports: a definition means the same period whenever it runs, is
kept in a file and read back, and bad names and dates are refused."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desk_app.services.messages import NAME_TAKEN, REQUIRED, ValidationFailed
from desk_app.services.metrics_types import Bucket
from desk_app.services.saved_reports import (
    END_BEFORE_START,
    PeriodKind,
    ReportDefinition,
    SavedReports,
    load_saved_reports,
    period_for,
    save_saved_reports,
)

# 7 December 2026, 01:30 in Riyadh (UTC+3) is still 6 December in UTC.
NOW = datetime(2026, 12, 6, 22, 30, tzinfo=UTC)
RIYADH = "Asia/Riyadh"


def definition(kind: PeriodKind, **kw: object) -> ReportDefinition:
    return ReportDefinition(key="", name="", period=kind, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kind", "first", "end", "bucket"),
    [
        (PeriodKind.TODAY, date(2026, 12, 7), date(2026, 12, 8), Bucket.DAY),
        (PeriodKind.THIS_WEEK, date(2026, 12, 7), date(2026, 12, 14), Bucket.DAY),
        (PeriodKind.LAST_WEEK, date(2026, 11, 30), date(2026, 12, 7), Bucket.DAY),
        (PeriodKind.THIS_MONTH, date(2026, 12, 1), date(2027, 1, 1), Bucket.DAY),
        (PeriodKind.LAST_MONTH, date(2026, 11, 1), date(2026, 12, 1), Bucket.DAY),
        (PeriodKind.THIS_YEAR, date(2026, 1, 1), date(2027, 1, 1), Bucket.MONTH),
    ],
)
def test_named_periods_are_cut_in_the_branch_zone(
    kind: PeriodKind, first: date, end: date, bucket: Bucket
) -> None:
    period = period_for(definition(kind), NOW, RIYADH)
    zone = ZoneInfo(RIYADH)
    assert period.start == datetime.combine(first, time(), zone)
    assert period.end == datetime.combine(end, time(), zone)
    assert period.start.tzinfo is UTC
    assert period.bucket is bucket
    assert period.zone == RIYADH


def test_last_month_in_january_is_december() -> None:
    period = period_for(definition(PeriodKind.LAST_MONTH), datetime(2027, 1, 15, tzinfo=UTC), "UTC")
    assert period.start == datetime(2026, 12, 1, tzinfo=UTC)
    assert period.end == datetime(2027, 1, 1, tzinfo=UTC)


def test_custom_days_include_the_last_day() -> None:
    custom = definition(PeriodKind.CUSTOM, first_day=date(2026, 10, 1), last_day=date(2026, 12, 6))
    period = period_for(custom, NOW, "UTC")
    assert period.start == datetime(2026, 10, 1, tzinfo=UTC)
    assert period.end == datetime(2026, 12, 7, tzinfo=UTC)
    assert period.bucket is Bucket.WEEK


def test_saved_reports_round_trip_through_the_file(tmp_path: Path) -> None:
    saved = SavedReports()
    monthly = saved.save(
        " تقرير  الشهر ",
        ReportDefinition(
            key="",
            name="",
            period=PeriodKind.LAST_MONTH,
            branch_ids=("b1",),
            queue_ids=("q1", "q2"),
            language="ar",
        ),
    )
    saved.save(
        "Autumn",
        definition(PeriodKind.CUSTOM, first_day=date(2026, 9, 1), last_day=date(2026, 11, 30)),
    )
    assert monthly.name == "تقرير الشهر"
    path = tmp_path / "cfg" / "reports.json"
    save_saved_reports(path, saved)
    again = load_saved_reports(path)
    assert again.reports == saved.reports
    assert again.reports[1].first_day == date(2026, 9, 1)


def test_names_and_dates_are_checked() -> None:
    saved = SavedReports()
    saved.save("Monthly", definition(PeriodKind.THIS_MONTH))
    with pytest.raises(ValidationFailed) as taken:
        saved.save("monthly", definition(PeriodKind.THIS_MONTH))
    assert taken.value.errors[0].message == NAME_TAKEN
    with pytest.raises(ValidationFailed) as empty:
        saved.save("   ", definition(PeriodKind.THIS_MONTH))
    assert empty.value.errors[0].message == REQUIRED
    with pytest.raises(ValidationFailed) as backwards:
        saved.save(
            "Backwards",
            definition(PeriodKind.CUSTOM, first_day=date(2026, 12, 2), last_day=date(2026, 12, 1)),
        )
    assert backwards.value.errors[0].field == "last_day"
    assert backwards.value.errors[0].message == END_BEFORE_START
    assert [r.name for r in saved.reports] == ["Monthly"]


def test_a_hand_edited_file_is_read_as_far_as_it_makes_sense(tmp_path: Path) -> None:
    path = tmp_path / "reports.json"
    path.write_text(
        '{"reports": [{"key": "report:1", "name": "Ok", "period": "today", "language": "xx"},'
        ' {"key": "report:2", "name": "Bad period", "period": "fortnight"},'
        ' {"key": "report:3", "name": "No dates", "period": "custom"}, 7]}',
        "utf-8",
    )
    saved = load_saved_reports(path)
    assert [(r.key, r.language) for r in saved.reports] == [("report:1", "en")]
    path.write_text("not json", "utf-8")
    assert load_saved_reports(path).reports == []
