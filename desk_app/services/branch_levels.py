"""A branch's service levels: its working hours, weekend, days off and the
targets per priority, kept as the configuration document
``service_levels/<branch id>`` (services.config_store).

    {"hours": ["08:00-12:00", "13:00-16:00"],
     "weekend": [5, 6],
     "holidays": [{"day": "2026-03-20", "name": "..."}],
     "targets": {"1": {"first_response": 15, "written_reply": 15,
                       "next_update": 60, "resolution": 240}, ...}}

Targets are business minutes (null: not tracked); the reader also takes the
machine profile's "4h"/"3d" forms (services.sla_config reads both). A branch
with no document runs on the site's levels and its own weekend.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from dataclasses import field as dataclass_field
from datetime import date, time
from itertools import pairwise
from typing import Any

from sqlalchemy.orm import Session

from desk_app.models import Branch
from desk_app.services import config_store
from desk_app.services.acting import require_right
from desk_app.services.branch_clocks import mark_branch_due
from desk_app.services.config_store import ConfigDocument
from desk_app.services.context import WriteContext
from desk_app.services.escalation_policy import (
    EscalationRule,
    check_rules,
    default_rules,
    rules_body,
)
from desk_app.services.holiday_sources import (
    COUNTRIES,
    gregorian_of,
    hijri_of,
    national_holidays,
)
from desk_app.services.messages import (
    QT_TRANSLATE_NOOP,
    FieldError,
    NotFound,
    ValidationFailed,
)
from desk_app.services.permissions import Right
from desk_app.services.sla_clock import DEFAULT_TARGETS, SlaSettings, Targets, current_settings
from desk_app.services.sla_config import Holiday, read_levels
from desk_app.services.validation import check_text

__all__ = [
    "COUNTRIES",
    "BranchLevels",
    "Holiday",
    "check_levels",
    "from_body",
    "gregorian_of",
    "hijri_of",
    "levels_key",
    "load_branch_levels",
    "national_holidays",
    "save_branch_levels",
    "to_body",
]

KEY_PREFIX = "service_levels/"
FIRST_YEAR, LAST_YEAR = 1900, 2200
MAX_HOLIDAYS = 1000
MAX_NAME = 200
MAX_TARGET = 366 * 24 * 60  # a year of round-the-clock minutes
TARGET_NAMES = tuple(f.name for f in fields(Targets))
DEFAULT_WEEKEND = frozenset({5, 6})

NO_HOURS = QT_TRANSLATE_NOOP("Validation", "Give at least one period of working hours.")
# The periods are not named in the messages: they stand next to the hours,
# and a time range inside an Arabic sentence would read the wrong way round.
REVERSED_PERIOD = QT_TRANSLATE_NOOP(
    "Validation", "A period of working hours ends before it starts."
)
OVERLAPPING_PERIODS = QT_TRANSLATE_NOOP("Validation", "Two periods of working hours overlap.")
NO_WORKING_DAY = QT_TRANSLATE_NOOP("Validation", "Leave at least one working day in the week.")
BAD_WEEKDAY = QT_TRANSLATE_NOOP("Validation", "A weekday is numbered 1 (Monday) to 7 (Sunday).")
# Years are written out: a number parameter would be shown grouped (1,900).
HOLIDAY_YEAR = QT_TRANSLATE_NOOP("Validation", "A holiday falls in a year from 1900 to 2200.")
HOLIDAY_TWICE = QT_TRANSLATE_NOOP("Validation", "This day is already in the list.")
TOO_MANY_HOLIDAYS = QT_TRANSLATE_NOOP("Validation", "Keep at most {limit} holidays.")
TARGET_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "Validation", "A target is a whole number of minutes from 1 to {limit}."
)
UNKNOWN_PRIORITY = QT_TRANSLATE_NOOP("Validation", "Priorities are numbered 1 to 4.")


@dataclass(frozen=True)
class BranchLevels:
    branch_id: str
    periods: tuple[tuple[time, time], ...]  # working hours each working day
    weekend: frozenset[int]  # ISO weekdays off, 1=Mon … 7=Sun
    holidays: tuple[Holiday, ...]  # sorted by day
    targets: dict[int, Targets]  # priority 1..4 -> business minutes (None: not tracked)
    version: int = 0  # 0 = never saved: the site defaults are in force
    # Automatic escalation rules per priority (services.escalation_policy).
    escalation: dict[int, tuple[EscalationRule, ...]] = dataclass_field(
        default_factory=default_rules
    )


def levels_key(branch_id: str) -> str:
    return KEY_PREFIX + branch_id


def branch_of_key(key: str) -> str | None:
    """The branch id of a service-levels key, else None."""
    branch_id = key.removeprefix(KEY_PREFIX)
    return branch_id if key.startswith(KEY_PREFIX) and branch_id else None


def load_branch_levels(session: Session, branch_id: str) -> BranchLevels:
    """The branch's document, else the site's levels with the branch's weekend."""
    branch = session.get(Branch, branch_id)
    weekend = _weekend_of(branch.weekend_days) if branch is not None else DEFAULT_WEEKEND
    document = config_store.load_document(session, levels_key(branch_id))
    if document is not None:
        return from_body(branch_id, document.version, document.body, default_weekend=weekend)
    site = current_settings()
    return BranchLevels(
        branch_id,
        site.periods,
        weekend,
        tuple(Holiday(day, "") for day in sorted(site.holidays)),
        dict(site.targets),
        escalation=dict(site.rules),
    )


def check_levels(levels: BranchLevels) -> list[FieldError]:
    errors: list[FieldError] = []
    _check_hours(levels.periods, errors)
    if not levels.weekend <= frozenset(range(1, 8)):
        errors.append(FieldError("weekend", BAD_WEEKDAY))
    elif len(levels.weekend) == 7:
        errors.append(FieldError("weekend", NO_WORKING_DAY))
    _check_holidays(levels.holidays, errors)
    for priority, targets in sorted(levels.targets.items()):
        if priority not in DEFAULT_TARGETS:
            errors.append(FieldError(f"targets.{priority}", UNKNOWN_PRIORITY))
            continue
        for name in TARGET_NAMES:
            minutes = getattr(targets, name)
            if minutes is not None and not 0 < minutes <= MAX_TARGET:
                field = f"targets.{priority}.{name}"
                errors.append(FieldError(field, TARGET_OUT_OF_RANGE, {"limit": MAX_TARGET}))
    errors += check_rules(levels.escalation)
    return errors


def save_branch_levels(session: Session, ctx: WriteContext, levels: BranchLevels) -> BranchLevels:
    """Keep the branch's levels on this desk (a desk without a server). The
    branch's open tickets are recomputed afterwards, in the background."""
    require_right(session, ctx, Right.CONFIGURE_SLA, action="change service levels")
    if session.get(Branch, levels.branch_id) is None:
        raise NotFound(levels.branch_id)
    errors = check_levels(levels)
    if errors:
        raise ValidationFailed(errors)
    saved = config_store.save_local(
        session,
        ctx,
        levels_key(levels.branch_id),
        to_body(levels),
        base_version=levels.version,
    )
    mark_branch_due(session, levels.branch_id)
    return from_body(levels.branch_id, saved.version, saved.body, default_weekend=levels.weekend)


def to_body(levels: BranchLevels) -> dict[str, Any]:
    return {
        "hours": [f"{_clock(a)}-{_clock(b, end=True)}" for a, b in levels.periods],
        "weekend": sorted(levels.weekend),
        "holidays": [{"day": h.day.isoformat(), "name": h.name} for h in levels.holidays],
        "targets": {
            str(priority): {name: getattr(targets, name) for name in TARGET_NAMES}
            for priority, targets in sorted(levels.targets.items())
        },
        "escalation": rules_body(levels.escalation),
    }


def from_body(
    branch_id: str,
    version: int,
    body: Any,
    *,
    default_weekend: frozenset[int] = DEFAULT_WEEKEND,
) -> BranchLevels:
    """The levels a document gives; an entry it lacks or cannot be read is
    the site's (``body_problems`` tells whether a document is clean)."""
    site = current_settings()
    read = read_levels(body, site)
    holidays = read.holidays if read.holidays is not None else ()
    return BranchLevels(
        branch_id,
        read.periods or site.periods,
        read.weekend if read.weekend is not None else default_weekend,
        tuple(sorted(holidays, key=lambda h: h.day)),
        read.targets,
        version,
        escalation=read.rules if read.rules is not None else dict(site.rules),
    )


def body_problems(body: Any) -> list[str]:
    """Everything wrong with a document, in English (the server refuses a
    document with any; a desk does not keep one)."""
    if not isinstance(body, dict):
        return ["the document must be an object"]
    problems = list(read_levels(body, SlaSettings()).problems)
    if problems:
        return problems
    levels = from_body("", 0, body)
    return problems + [f"{e.field}: {e.english()}" for e in check_levels(levels)]


def settings_of(document: ConfigDocument, site: SlaSettings) -> SlaSettings | None:
    """The clock settings a stored document gives (None: a document that is
    not an object, and the site's apply)."""
    if not isinstance(document.body, dict):
        return None
    levels = from_body("", document.version, document.body)
    weekend = levels.weekend if "weekend" in document.body else None
    return replace(
        site,
        targets=levels.targets,
        periods=levels.periods,
        holidays=frozenset(h.day for h in levels.holidays),
        weekend=weekend,
        rules=levels.escalation,
    )


def _check_hours(periods: tuple[tuple[time, time], ...], errors: list[FieldError]) -> None:
    if not periods:
        errors.append(FieldError("hours", NO_HOURS))
        return
    if any(end != time(0) and end <= start for start, end in periods):
        errors.append(FieldError("hours", REVERSED_PERIOD))
        return
    for (_, end), (start, _) in pairwise(sorted(periods)):
        if end == time(0) or start < end:
            errors.append(FieldError("hours", OVERLAPPING_PERIODS))
            return


def _check_holidays(holidays: tuple[Holiday, ...], errors: list[FieldError]) -> None:
    if len(holidays) > MAX_HOLIDAYS:
        errors.append(FieldError("holidays", TOO_MANY_HOLIDAYS, {"limit": MAX_HOLIDAYS}))
        return
    seen: set[date] = set()
    for i, holiday in enumerate(holidays):
        field = f"holidays.{i}"
        if not FIRST_YEAR <= holiday.day.year <= LAST_YEAR:
            errors.append(FieldError(field, HOLIDAY_YEAR))
        elif holiday.day in seen:
            errors.append(FieldError(field, HOLIDAY_TWICE))
        else:
            check_text(errors, field, holiday.name, limit=MAX_NAME)
        seen.add(holiday.day)


def _weekend_of(weekend_days: str) -> frozenset[int]:
    days = {int(d) for d in weekend_days.split(",") if d.strip().isdigit()}
    return frozenset(d for d in days if 1 <= d <= 7)


def _clock(t: time, *, end: bool = False) -> str:
    return "24:00" if end and t == time(0) else t.strftime("%H:%M")
