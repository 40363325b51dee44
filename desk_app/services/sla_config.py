"""Service levels as an administrator writes them in the machine profile.

    "service_levels": {
      "hours": ["08:00-12:00", "13:00-16:00"],
      "holidays": ["2026-09-23", "2027-02-22"],
      "targets": {"3": {"first_response": "2h", "written_reply": "48h",
                        "next_update": "1d", "resolution": "3d"}}
    }

A branch's own document (services.branch_levels) has the same shape, plus
"weekend": [5, 6] (ISO weekdays off) and holidays that may carry a name:
{"day": "2026-03-20", "name": "..."}.

Durations are business time: "90" or "90m" minutes, "4h" hours, "3d" business
days of the configured hours. A mistake in one entry is reported and that
entry left at its default; the rest still applies (a typo in a holiday must
not take the whole desk's service levels away).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, replace
from datetime import date, time
from itertools import pairwise
from typing import Any

from desk_app.services.escalation_policy import EscalationRule, read_rules, rules_body
from desk_app.services.sla_clock import DEFAULT_TARGETS, SlaSettings, Targets

_PERIOD = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")
_DURATION = re.compile(r"^\s*(\d+)\s*([mhd]?)\s*$")
_TARGET_NAMES = ("first_response", "written_reply", "next_update", "resolution")


@dataclass(frozen=True)
class Holiday:
    day: date  # Gregorian day off
    name: str  # as the administrator typed it (may be "")


@dataclass(frozen=True)
class LoadedServiceLevels:
    settings: SlaSettings
    problems: tuple[str, ...]  # one English line per ignored entry (for the log)
    fingerprint: str  # changes when the configuration does


@dataclass(frozen=True)
class ReadLevels:
    """What one service-levels object says; None where it says nothing (or
    nothing usable), so the caller keeps its own default there."""

    periods: tuple[tuple[time, time], ...] | None
    weekend: frozenset[int] | None
    holidays: tuple[Holiday, ...] | None  # as written: order and repeats kept
    targets: dict[int, Targets]  # every priority, the base where not given
    problems: tuple[str, ...]
    # Automatic escalation rules per priority (services.escalation_policy).
    rules: dict[int, tuple[EscalationRule, ...]] | None = None


def read_levels(data: Any, base: SlaSettings) -> ReadLevels:
    """The one reader of service levels, for the machine profile and for a
    branch's document alike. A bad entry is reported and left at ``base``."""
    problems: list[str] = []
    if not isinstance(data, dict):
        if data is not None:
            problems.append("service_levels must be an object")
        return ReadLevels(None, None, None, dict(base.targets), tuple(problems))
    periods = _periods(data.get("hours"), problems) or None
    weekend = _weekend(data.get("weekend"), problems)
    holidays = _holidays(data.get("holidays"), problems)
    in_force = periods or base.periods
    day_minutes = sum(_end(b) - _start(a) for a, b in in_force) or 8 * 60
    targets = dict(base.targets)
    raw_targets = data.get("targets", {})
    if not isinstance(raw_targets, dict):
        problems.append("targets must be an object of priorities")
        raw_targets = {}
    for key, values in raw_targets.items():
        priority = _priority(key, problems)
        if priority is None:
            continue
        current = targets.get(priority, DEFAULT_TARGETS[priority])
        targets[priority] = _targets(priority, values, day_minutes, current, problems)
    rules = read_rules(data, problems)
    return ReadLevels(periods, weekend, holidays, targets, tuple(problems), rules)


def load_service_levels(data: Any) -> LoadedServiceLevels:
    settings = SlaSettings()
    if data in (None, {}):
        return LoadedServiceLevels(settings, (), fingerprint(settings))
    read = read_levels(data, settings)
    if read.periods:
        settings = replace(settings, periods=read.periods)
    if read.holidays:
        settings = replace(settings, holidays=frozenset(h.day for h in read.holidays))
    settings = replace(settings, targets=read.targets)
    if read.rules is not None:
        settings = replace(settings, rules=read.rules)
    return LoadedServiceLevels(settings, read.problems, fingerprint(settings))


def _periods(value: Any, problems: list[str]) -> tuple[tuple[time, time], ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not value:
        problems.append('hours must be a list like ["08:00-16:00"]')
        return ()
    periods = []
    for text in value:
        match = _PERIOD.match(text) if isinstance(text, str) else None
        if match is None:
            problems.append(f"hours: {text!r} is not like 08:00-16:00")
            return ()
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        if h1 > 23 or m1 > 59 or h2 > 24 or m2 > 59 or (h2 == 24 and m2):
            problems.append(f"hours: {text!r} is not a time of day")
            return ()
        end = time(0) if h2 == 24 else time(h2, m2)
        start = time(h1, m1)
        if end != time(0) and end <= start:
            problems.append(f"hours: {text!r} ends before it starts")
            return ()
        periods.append((start, end))
    periods.sort()
    for (_, end), (start, _) in pairwise(periods):
        if end == time(0) or start < end:
            problems.append("hours: the periods overlap")
            return ()
    return tuple(periods)


def _weekend(value: Any, problems: list[str]) -> frozenset[int] | None:
    if value is None:
        return None
    days = value if isinstance(value, list) else None
    if days is None or not all(_is_int(d) and 1 <= d <= 7 for d in days):
        problems.append("weekend must be a list of ISO weekdays like [5, 6] (1 Monday, 7 Sunday)")
        return None
    return frozenset(days)


def _holidays(value: Any, problems: list[str]) -> tuple[Holiday, ...] | None:
    """Each holiday is "2026-09-23" or {"day": "2026-09-23", "name": "..."}."""
    if value is None:
        return None
    if not isinstance(value, list):
        problems.append('holidays must be a list like ["2026-09-23"]')
        return None
    days = []
    for entry in value:
        text, name = entry, ""
        if isinstance(entry, dict):
            text, name = entry.get("day"), entry.get("name", "")
            if not isinstance(name, str):
                problems.append(f"holidays: the name of {text!r} is not text")
                continue
        try:
            days.append(Holiday(date.fromisoformat(text), name))
        except (TypeError, ValueError):
            problems.append(f"holidays: {text!r} is not a date like 2026-09-23")
    return tuple(days)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _priority(key: Any, problems: list[str]) -> int | None:
    try:
        priority = int(key)
    except (TypeError, ValueError):
        priority = None
    if priority not in DEFAULT_TARGETS:
        problems.append(f"targets: {key!r} is not a priority (1 to 4)")
        return None
    return priority


def _targets(
    priority: int, values: Any, day_minutes: int, current: Targets, problems: list[str]
) -> Targets:
    if not isinstance(values, dict):
        problems.append(f"targets {priority}: expected an object")
        return current
    chosen: dict[str, int | None] = {name: getattr(current, name) for name in _TARGET_NAMES}
    for name, raw in values.items():
        if name not in _TARGET_NAMES:
            problems.append(f"targets {priority}: unknown target {name!r}")
            continue
        if raw is None:
            chosen[name] = None  # not tracked
            continue
        minutes = _duration(raw, day_minutes)
        if minutes is None:
            problems.append(f"targets {priority}.{name}: {raw!r} is not like 90m, 4h or 3d")
            continue
        chosen[name] = minutes
    return Targets(**chosen)


def _duration(raw: Any, day_minutes: int) -> int | None:
    if _is_int(raw):
        return raw if raw > 0 else None
    match = _DURATION.match(raw) if isinstance(raw, str) else None
    if match is None:
        return None
    amount, unit = int(match.group(1)), match.group(2) or "m"
    minutes = amount * {"m": 1, "h": 60, "d": day_minutes}[unit]
    return minutes if minutes > 0 else None


def _start(t: time) -> int:
    return t.hour * 60 + t.minute


def _end(t: time) -> int:
    """An end of 00:00 is midnight at the end of the day."""
    return _start(t) or 24 * 60


def fingerprint(settings: SlaSettings) -> str:
    text = json.dumps(
        {
            "periods": [[a.isoformat(), b.isoformat()] for a, b in settings.periods],
            "holidays": sorted(d.isoformat() for d in settings.holidays),
            "targets": {str(k): vars(v) for k, v in sorted(settings.targets.items())},
            "escalation": rules_body(settings.rules),
        },
        sort_keys=True,
    )
    return hashlib.sha256(text.encode()).hexdigest()[:16]
