"""Service-level clocks of a ticket, computed from its history alone.

Nothing here is stored as a running counter: the clocks are a pure function
of the ticket's events (from its journal), the policy and the branch's
business calendar. Two desks that edited a ticket offline hold the same
journal after sync, so they compute the same clocks, whatever order the
entries arrived in; events are replayed sorted by (time, tie-break), and the
tie-break is the entry's HLC.

Three targets, each in business minutes of the branch calendar:
- first response: from creation to the first agent response. A ticket taken
  by phone, face to face or in a chat was answered at intake; written
  channels (email, fax, letter) wait for a reply, 48 hours round the clock by
  default (SlaPolicy.elapsed);
- next update: while the ticket is open, from each agent response to the next;
- resolution: from creation to resolved/closed.

Waiting for the customer or a third party pauses every clock (the time does
not count); so does the time a ticket spends resolved before it is reopened,
for the resolution clock: a reopened ticket carries on from where it stopped.
A change of priority or category that brings another policy applies that
policy's targets, measured from the same starts (as if it had been right from
the beginning), to every target still running; a target already met keeps
the verdict of the policy it was met under. Events stamped after ``now`` (a
desk whose clock runs ahead) are not in effect yet.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from functools import lru_cache

from desk_app.services.business_calendar import BusinessCalendar

# The SOP's written-correspondence reply target: 48 hours, a promise made
# to the customer in plain hours, so it is counted round the clock (a letter
# that arrives on Thursday afternoon is due on Saturday afternoon, weekend or
# not), unlike targets set in working time.
WRITTEN_REPLY_MINUTES = 48 * 60
WRITTEN_CHANNELS = frozenset({"email", "fax", "letter"})
# Channels where the customer spoke to the desk at intake: answered already.
LIVE_CHANNELS = frozenset({"phone", "face_to_face", "chat"})
# "Warning" when less than this share of a target is left, or less than an hour.
WARNING_SHARE = 0.25
WARNING_MINUTES = 60


class EventKind(StrEnum):
    CREATED = "created"
    STATUS = "status"  # the ticket's status became ``status``
    RESPONDED = "responded"  # an agent answered the customer
    POLICY = "policy"  # priority/category changed: ``policy`` applies


class Target(StrEnum):
    FIRST_RESPONSE = "first_response"
    NEXT_UPDATE = "next_update"
    RESOLUTION = "resolution"


class SlaState(StrEnum):
    NONE = ""  # nothing tracked
    OK = "ok"
    WARNING = "warning"
    BREACHED = "breached"
    PAUSED = "paused"
    MET = "met"  # resolved or closed within its targets (or not: see breached)


@dataclass(frozen=True)
class SlaPolicy:
    name: str
    first_response_minutes: int | None = None
    next_update_minutes: int | None = None
    resolution_minutes: int | None = None
    # Targets promised to the customer in plain hours: counted round the
    # clock in the branch's time zone, not in its working hours.
    elapsed: frozenset[Target] = frozenset()

    def minutes(self, target: Target) -> int | None:
        return {
            Target.FIRST_RESPONSE: self.first_response_minutes,
            Target.NEXT_UPDATE: self.next_update_minutes,
            Target.RESOLUTION: self.resolution_minutes,
        }[target]


@dataclass(frozen=True)
class SlaEvent:
    at: datetime
    kind: EventKind
    status: str = ""
    policy: SlaPolicy | None = None
    order: str = ""  # tie-break between events at the same instant (the HLC)


@dataclass(frozen=True)
class Statuses:
    """Which of the app's statuses pause the clocks and which end the work."""

    paused: frozenset[str] = frozenset({"waiting_customer", "waiting_third_party"})
    done: frozenset[str] = frozenset({"resolved", "closed"})


@dataclass(frozen=True)
class TargetClock:
    target: Target
    minutes: int
    due_at: datetime | None  # None while paused
    met_at: datetime | None
    breached: bool
    # Business minutes left at ``now`` (negative once overdue); for a met
    # target, what was left when it was met.
    remaining_minutes: int
    paused: bool


@dataclass(frozen=True)
class SlaClocks:
    clocks: tuple[TargetClock, ...] = ()
    state: SlaState = SlaState.NONE
    # The nearest due time of a target still running (for sorting the list).
    due_at: datetime | None = None
    paused: bool = False
    policy: str = ""

    def clock(self, target: Target) -> TargetClock | None:
        return next((c for c in self.clocks if c.target is target), None)


def first_response_minutes(
    channel: str, minutes: int | None, written_minutes: int | None = WRITTEN_REPLY_MINUTES
) -> int | None:
    """The first-response target of a ticket that came by ``channel``: none
    for a conversation (answered at intake), the written-reply target for
    correspondence, the policy's own otherwise."""
    if channel in LIVE_CHANNELS:
        return None
    if channel in WRITTEN_CHANNELS:
        return written_minutes
    return minutes


@dataclass
class _Replay:
    """What a walk through the events found."""

    created: datetime
    policy: SlaPolicy
    # (from when, policy): the policy in force at each moment.
    policies: list[tuple[datetime, SlaPolicy]] = field(default_factory=list)
    responses: list[datetime] = field(default_factory=list)
    pauses: list[tuple[datetime, datetime | None]] = field(default_factory=list)
    done_spells: list[tuple[datetime, datetime | None]] = field(default_factory=list)
    done_since: datetime | None = None
    paused_since: datetime | None = None


def compute_clocks(
    events: Iterable[SlaEvent],
    policy: SlaPolicy,
    calendar: BusinessCalendar,
    now: datetime,
    statuses: Statuses = Statuses(),
) -> SlaClocks:
    ordered = sorted(events, key=lambda e: (e.at, e.order))
    ordered = [e for e in ordered if e.at <= now or e.kind is EventKind.CREATED]
    if not ordered:
        return SlaClocks()
    replay = _replay(ordered, policy, statuses)
    clocks = []
    for target in Target:
        clock = _target_clock(target, replay, calendar, now)
        if clock is not None:
            clocks.append(clock)
    return _summary(tuple(clocks), replay)


def _target_clock(
    target: Target, replay: _Replay, calendar: BusinessCalendar, now: datetime
) -> TargetClock | None:
    """The target under the latest policy; if it was met while an earlier
    policy was in force, under that one (a verdict once given stands)."""
    latest = replay.policy.minutes(target)
    if latest is None:
        return None
    clock = _clock_of(target, latest, replay, _calendar_for(replay.policy, target, calendar), now)
    if clock is None or clock.met_at is None:
        return clock
    then = _policy_at(replay, clock.met_at)
    minutes = then.minutes(target)
    if minutes is None or then == replay.policy:
        return clock
    return _clock_of(target, minutes, replay, _calendar_for(then, target, calendar), now)


def _calendar_for(
    policy: SlaPolicy, target: Target, calendar: BusinessCalendar
) -> BusinessCalendar:
    return _round_the_clock(calendar.time_zone) if target in policy.elapsed else calendar


@lru_cache(maxsize=64)
def _round_the_clock(time_zone: str) -> BusinessCalendar:
    return BusinessCalendar.always(time_zone)


def _policy_at(replay: _Replay, moment: datetime) -> SlaPolicy:
    current = replay.policies[0][1]
    for since, policy in replay.policies:
        if since > moment:
            break
        current = policy
    return current


def _replay(ordered: Sequence[SlaEvent], policy: SlaPolicy, statuses: Statuses) -> _Replay:
    created = next((e.at for e in ordered if e.kind is EventKind.CREATED), ordered[0].at)
    replay = _Replay(created=created, policy=policy, policies=[(created, policy)])
    for event in ordered:
        if event.kind is EventKind.POLICY and event.policy is not None:
            replay.policy = event.policy
            replay.policies.append((event.at, event.policy))
        elif event.kind is EventKind.RESPONDED:
            replay.responses.append(event.at)
        elif event.kind is EventKind.STATUS:
            _status(replay, event, statuses)
    return replay


def _status(replay: _Replay, event: SlaEvent, statuses: Statuses) -> None:
    paused, done = event.status in statuses.paused, event.status in statuses.done
    if replay.paused_since is not None and not paused:
        replay.pauses.append((replay.paused_since, event.at))
        replay.paused_since = None
    elif replay.paused_since is None and paused:
        replay.paused_since = event.at
    if replay.done_since is not None and not done:
        replay.done_spells.append((replay.done_since, event.at))
        replay.done_since = None
    elif replay.done_since is None and done:
        replay.done_since = event.at


def _clock_of(
    target: Target, minutes: int, replay: _Replay, calendar: BusinessCalendar, now: datetime
) -> TargetClock | None:
    pauses = list(replay.pauses)
    if replay.paused_since is not None:
        pauses.append((replay.paused_since, None))
    if target is Target.FIRST_RESPONSE:
        start = replay.created
        met = replay.responses[0] if replay.responses else None
    elif target is Target.RESOLUTION:
        start = replay.created
        met = replay.done_since
        # Time spent resolved before a reopen does not count either.
        pauses += replay.done_spells
    else:  # next update: from the latest response, while the work goes on
        if not replay.responses or replay.done_since is not None:
            return None
        start, met = replay.responses[-1], None
    if met is None and replay.done_since is not None:
        # Closed without ever meeting this target (no reply to a letter that
        # was resolved otherwise): it stopped when the work ended.
        met = replay.done_since
    due = _due(calendar, start, minutes * 60, pauses)
    at = met or now
    if due is None:
        used = _used(calendar, start, at, pauses)
        left = minutes * 60 - used
        return TargetClock(target, minutes, None, met, left < 0, left // 60, paused=met is None)
    breached = at > due
    left = -_used(calendar, due, at, pauses) if breached else _used(calendar, at, due, pauses)
    return TargetClock(target, minutes, due, met, breached, _whole_minutes(left), paused=False)


def _due(
    calendar: BusinessCalendar,
    start: datetime,
    seconds: int,
    pauses: list[tuple[datetime, datetime | None]],
) -> datetime | None:
    """When ``seconds`` of unpaused business time after ``start`` are used up.
    Each pause that begins before the (moving) due time pushes it on by the
    business time it lasted; a pause still going on leaves no due time."""
    due = calendar.add_business_seconds(start, seconds)
    for begin, end in sorted(pauses, key=lambda p: p[0]):
        if end is not None and end <= start:
            continue
        begin = max(begin, start)
        if begin >= due:
            break
        if end is None:
            return None
        due = calendar.add_business_seconds(due, calendar.business_seconds_between(begin, end))
    return due


def _used(
    calendar: BusinessCalendar,
    a: datetime,
    b: datetime,
    pauses: list[tuple[datetime, datetime | None]],
) -> int:
    """Unpaused business seconds from ``a`` to ``b``."""
    if b <= a:
        return 0
    used = calendar.business_seconds_between(a, b)
    for begin, end in pauses:
        lo, hi = max(begin, a), min(end or b, b)
        if hi > lo:
            used -= calendar.business_seconds_between(lo, hi)
    return used


def _whole_minutes(seconds: int) -> int:
    return seconds // 60 if seconds >= 0 else -((-seconds) // 60)


def _summary(clocks: tuple[TargetClock, ...], replay: _Replay) -> SlaClocks:
    name = replay.policy.name
    if not clocks:
        return SlaClocks(policy=name)
    paused = replay.paused_since is not None and replay.done_since is None
    running = [c for c in clocks if c.met_at is None]
    due = min((c.due_at for c in running if c.due_at is not None), default=None)
    if replay.done_since is not None or not running:
        state = SlaState.BREACHED if any(c.breached for c in clocks) else SlaState.MET
    elif any(c.breached for c in clocks):
        state = SlaState.BREACHED
    elif paused:
        state = SlaState.PAUSED
    elif any(_warning(c) for c in running):
        state = SlaState.WARNING
    else:
        state = SlaState.OK
    return SlaClocks(clocks, state, None if paused else due, paused, name)


def _warning(clock: TargetClock) -> bool:
    threshold = max(WARNING_MINUTES, int(clock.minutes * WARNING_SHARE))
    return clock.remaining_minutes < min(threshold, clock.minutes)


def share_point(
    events: Iterable[SlaEvent],
    policy: SlaPolicy,
    calendar: BusinessCalendar,
    now: datetime,
    target: Target,
    percent: int,
    statuses: Statuses = Statuses(),
) -> datetime | None:
    """When ``percent`` of ``target``'s time (under the policy in force) is
    used up, counted exactly as its due time is (a rule at 100 % falls on the
    due time). None while the target is met, not tracked, or paused: a paused
    clock never reaches a share of its time."""
    ordered = sorted(events, key=lambda e: (e.at, e.order))
    ordered = [e for e in ordered if e.at <= now or e.kind is EventKind.CREATED]
    if not ordered:
        return None
    replay = _replay(ordered, policy, statuses)
    minutes = replay.policy.minutes(target)
    if minutes is None or replay.done_since is not None or replay.paused_since is not None:
        # Waiting now: nothing falls due until the work goes on.
        return None
    pauses = list(replay.pauses)
    if replay.paused_since is not None:
        pauses.append((replay.paused_since, None))
    if target is Target.RESOLUTION:
        start = replay.created
        pauses += replay.done_spells
    elif target is Target.FIRST_RESPONSE:
        if replay.responses:
            return None
        start = replay.created
    else:
        if not replay.responses:
            return None
        start = replay.responses[-1]
    calendar = _calendar_for(replay.policy, target, calendar)
    return _due(calendar, start, minutes * 60 * percent // 100, pauses)
