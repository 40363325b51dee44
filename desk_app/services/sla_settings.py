"""Service-level settings: targets per priority, the working day, holidays,
weekend and the automatic escalation rules (the values services.sla_clock
computes clocks with; no I/O)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from desk_app.models import Priority
from desk_app.services.business_calendar import BusinessCalendar, CalendarError
from desk_app.services.escalation_policy import EscalationRule, default_rules
from desk_app.services.sla import (
    WRITTEN_CHANNELS,
    WRITTEN_REPLY_MINUTES,
    SlaPolicy,
    Target,
    first_response_minutes,
)

HOUR = 60
DAY = 8 * HOUR  # a business day of the default calendar


@dataclass(frozen=True)
class Targets:
    """One priority's targets, in business minutes."""

    first_response: int | None  # web and other non-conversation channels
    written_reply: int | None  # email, fax, letter
    next_update: int | None
    resolution: int | None


# The SOP's company criteria, most urgent first. Regular and planned work
# answers correspondence in the SOP's 48 hours; a failure reported by email
# is answered as fast as one reported any other way.
DEFAULT_TARGETS: dict[int, Targets] = {
    Priority.ENTERPRISE_FAILURE: Targets(15, 15, HOUR, 4 * HOUR),
    Priority.CRITICAL: Targets(30, 4 * HOUR, 2 * HOUR, DAY),
    Priority.REGULAR: Targets(2 * HOUR, WRITTEN_REPLY_MINUTES, DAY, 3 * DAY),
    Priority.PLANNED: Targets(DAY, WRITTEN_REPLY_MINUTES, 2 * DAY, 10 * DAY),
}


@dataclass(frozen=True, eq=False)
class SlaSettings:
    """Service levels: targets per priority, the working day and the public
    holidays. The site's (machine profile) leave the weekend to the branch
    row; a branch's own document names its weekend. The time zone always
    comes from the branch."""

    targets: dict[int, Targets] = field(default_factory=lambda: dict(DEFAULT_TARGETS))
    periods: tuple[tuple[time, time], ...] = ((time(8), time(16)),)
    holidays: frozenset[date] = frozenset()
    weekend: frozenset[int] | None = None  # ISO weekdays; None: the branch row's
    # Automatic escalation rules per priority (services.escalation_policy).
    rules: dict[int, tuple[EscalationRule, ...]] = field(default_factory=default_rules)

    def policy(self, priority: int, channel: str) -> SlaPolicy:
        targets = self.targets.get(priority) or DEFAULT_TARGETS[Priority.REGULAR]
        name = Priority(priority).name.lower() if priority in DEFAULT_TARGETS else str(priority)
        written = channel in WRITTEN_CHANNELS
        return SlaPolicy(
            name,
            first_response_minutes=first_response_minutes(
                channel, targets.first_response, targets.written_reply
            ),
            next_update_minutes=targets.next_update,
            resolution_minutes=targets.resolution,
            # A reply to correspondence is promised in plain hours.
            elapsed=frozenset({Target.FIRST_RESPONSE}) if written else frozenset(),
        )

    def calendar(self, time_zone: str, weekend_days: str) -> BusinessCalendar:
        weekend = (
            set(self.weekend)
            if self.weekend is not None
            else {int(d) for d in weekend_days.split(",") if d.strip().isdigit()}
        )
        workdays = set(range(1, 8)) - weekend
        try:
            return BusinessCalendar.weekly(time_zone, workdays, self.periods, self.holidays)
        except CalendarError:
            # A branch misconfigured on the server (no working day, an unknown
            # zone) still gets clocks: round the clock in UTC, never a crash.
            return BusinessCalendar.always()
