"""A supervisor's saved reports: a report definition kept by name, re-run
from a menu.

Like a saved view (services.views), a definition says *which* period, not
which dates: "last month" saved in December prints November, run again in
January it prints December. Custom dates stay fixed. Periods are cut in the
branch's time zone (a day starts at the branch's midnight), weeks start on
Monday as ISO weeks do.

Saved reports live in ``reports.json`` beside the person's views, with the
folder the last report went to; a file
edited by hand is read as far as it makes sense, the rest logged and skipped.
"""

from __future__ import annotations

import json
import logging
import os
import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desk_app.services.messages import (
    NAME_TAKEN,
    QT_TRANSLATE_NOOP,
    REQUIRED,
    TOO_LONG,
    FieldError,
    ValidationFailed,
)
from desk_app.services.metrics_types import Bucket, Period, Scope

log = logging.getLogger(__name__)

NAME_MAX = 60
LANGUAGES = ("ar", "en", "pl")
# A custom range longer than this is a typing mistake, not a report.
CUSTOM_DAYS_MAX = 3660
END_BEFORE_START = QT_TRANSLATE_NOOP("Validation", "The last day comes before the first.")
RANGE_TOO_LONG = QT_TRANSLATE_NOOP("Validation", "At most {limit} days in one report.")


class PeriodKind(StrEnum):
    TODAY = "today"
    THIS_WEEK = "this_week"
    LAST_WEEK = "last_week"
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    THIS_YEAR = "this_year"
    CUSTOM = "custom"


@dataclass(frozen=True)
class ReportDefinition:
    key: str
    name: str
    period: PeriodKind = PeriodKind.THIS_MONTH
    first_day: date | None = None  # custom periods only, both days included
    last_day: date | None = None
    branch_ids: tuple[str, ...] = ()  # () is every branch the person may see
    queue_ids: tuple[str, ...] = ()  # the team: its queues; () is everyone
    language: str = "en"

    def scope(self) -> Scope:
        return Scope(branch_ids=frozenset(self.branch_ids), queue_ids=frozenset(self.queue_ids))


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def days_of(kind: PeriodKind, today: date) -> tuple[date, date]:
    """The first day and the day after the last, for a named period."""
    if kind is PeriodKind.TODAY:
        return today, today + timedelta(days=1)
    if kind in (PeriodKind.THIS_WEEK, PeriodKind.LAST_WEEK):
        monday = today - timedelta(days=today.weekday())
        if kind is PeriodKind.LAST_WEEK:
            monday -= timedelta(weeks=1)
        return monday, monday + timedelta(weeks=1)
    if kind is PeriodKind.THIS_MONTH:
        return _month_start(today), _next_month(today)
    if kind is PeriodKind.LAST_MONTH:
        first = _month_start(_month_start(today) - timedelta(days=1))
        return first, _month_start(today)
    if kind is PeriodKind.THIS_YEAR:
        return date(today.year, 1, 1), date(today.year + 1, 1, 1)
    raise ValueError(f"not a named period: {kind}")


def bucket_for(first: date, end: date) -> Bucket:
    """Days for up to a month, weeks up to a quarter, months beyond."""
    days = (end - first).days
    if days <= 31:
        return Bucket.DAY
    if days <= 92:
        return Bucket.WEEK
    return Bucket.MONTH


def period_between(first: date, end: date, zone: str) -> Period:
    """[first, end) in the branch's days, as a UTC period."""
    tz = _zone(zone)
    start = datetime.combine(first, time(), tz).astimezone(UTC)
    stop = datetime.combine(end, time(), tz).astimezone(UTC)
    return Period(start=start, end=stop, bucket=bucket_for(first, end), zone=zone)


def check_custom_days(first: date | None, last: date | None) -> None:
    errors = []
    if first is None:
        errors.append(FieldError("first_day", REQUIRED))
    if last is None:
        errors.append(FieldError("last_day", REQUIRED))
    if first is not None and last is not None:
        if last < first:
            errors.append(FieldError("last_day", END_BEFORE_START))
        elif (last - first).days + 1 > CUSTOM_DAYS_MAX:
            errors.append(FieldError("last_day", RANGE_TOO_LONG, {"limit": CUSTOM_DAYS_MAX}))
    if errors:
        raise ValidationFailed(errors)


def period_for(definition: ReportDefinition, now: datetime, zone: str) -> Period:
    """The period a definition means when it runs at ``now``."""
    if definition.period is PeriodKind.CUSTOM:
        check_custom_days(definition.first_day, definition.last_day)
        assert definition.first_day is not None and definition.last_day is not None
        return period_between(definition.first_day, definition.last_day + timedelta(days=1), zone)
    today = now.astimezone(_zone(zone)).date()
    first, end = days_of(definition.period, today)
    return period_between(first, end, zone)


@dataclass
class SavedReports:
    reports: list[ReportDefinition] = field(default_factory=list)
    # Where the last report or export was written: the next one is offered there.
    folder: str = ""

    def get(self, key: str) -> ReportDefinition | None:
        return next((r for r in self.reports if r.key == key), None)

    def save(self, name: str, like: ReportDefinition) -> ReportDefinition:
        """Keep a definition under a name; the same name replaces nothing:
        it is refused, so a report is never overwritten by mistake."""
        clean = " ".join(name.split())
        self._check(clean, like)
        report = replace(like, key=f"report:{uuid.uuid4().hex[:12]}", name=clean)
        self.reports.append(report)
        return report

    def rename(self, key: str, name: str) -> ReportDefinition:
        clean = " ".join(name.split())
        index = self._index(key)
        self._check(clean, self.reports[index])
        self.reports[index] = replace(self.reports[index], name=clean)
        return self.reports[index]

    def delete(self, key: str) -> None:
        del self.reports[self._index(key)]

    def _index(self, key: str) -> int:
        for i, report in enumerate(self.reports):
            if report.key == key:
                return i
        raise KeyError(key)

    def _check(self, name: str, report: ReportDefinition) -> None:
        if not name:
            raise ValidationFailed([FieldError("name", REQUIRED)])
        if len(name) > NAME_MAX:
            raise ValidationFailed(
                [FieldError("name", TOO_LONG, {"length": len(name), "limit": NAME_MAX})]
            )
        if any(r.name.casefold() == name.casefold() and r.key != report.key for r in self.reports):
            raise ValidationFailed([FieldError("name", NAME_TAKEN)])
        if report.period is PeriodKind.CUSTOM:
            check_custom_days(report.first_day, report.last_day)

    # -- the file -------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        return {"reports": [_report_json(r) for r in self.reports], "folder": self.folder}

    @classmethod
    def from_json(cls, data: Any) -> SavedReports:
        saved = cls()
        if not isinstance(data, dict):
            log.warning("ignoring saved reports: expected an object")
            return saved
        folder = data.get("folder")
        saved.folder = folder if isinstance(folder, str) else ""
        for item in data.get("reports") or []:
            report = _report_from_json(item)
            if report is not None and saved.get(report.key) is None:
                saved.reports.append(report)
        return saved


def load_saved_reports(path: Path) -> SavedReports:
    try:
        data = json.loads(path.read_text("utf-8-sig"))
    except FileNotFoundError:
        return SavedReports()
    except (OSError, ValueError) as error:
        log.warning("ignoring unreadable saved reports %s: %s", path, error)
        return SavedReports()
    return SavedReports.from_json(data)


def save_saved_reports(path: Path, saved: SavedReports) -> None:
    """Write atomically: a crash mid-write keeps the previous file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(saved.to_json(), ensure_ascii=False, indent=2), "utf-8")
    os.replace(tmp, path)


def _report_json(report: ReportDefinition) -> dict[str, Any]:
    return {
        "key": report.key,
        "name": report.name,
        "period": report.period.value,
        "first_day": report.first_day.isoformat() if report.first_day else None,
        "last_day": report.last_day.isoformat() if report.last_day else None,
        "branches": list(report.branch_ids),
        "queues": list(report.queue_ids),
        "language": report.language,
    }


def _day(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()


def _report_from_json(item: Any) -> ReportDefinition | None:
    if not isinstance(item, dict):
        return None
    key, name = item.get("key"), item.get("name")
    if not (isinstance(key, str) and key and isinstance(name, str) and name.strip()):
        log.warning("ignoring a saved report without a key or name: %r", item)
        return None
    try:
        kind = PeriodKind(str(item.get("period")))
    except ValueError:
        log.warning("ignoring a saved report with an unknown period: %r", item)
        return None
    first, last = _day(item.get("first_day")), _day(item.get("last_day"))
    if kind is PeriodKind.CUSTOM and (first is None or last is None or last < first):
        log.warning("ignoring a saved report without its dates: %r", item)
        return None
    language = item.get("language")
    return ReportDefinition(
        key=key,
        name=" ".join(name.split())[:NAME_MAX],
        period=kind,
        first_day=first if kind is PeriodKind.CUSTOM else None,
        last_day=last if kind is PeriodKind.CUSTOM else None,
        branch_ids=_strings(item.get("branches")),
        queue_ids=_strings(item.get("queues")),
        language=language if language in LANGUAGES else "en",
    )
