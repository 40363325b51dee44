"""What one ticket contributes to the supervisor's figures (pure: no reads).

A ticket's facts follow from its row, its journal and the SLA engine's
clocks (services.sla, the same clocks the list shows), and are recomputed
with them (services.sla_clock), so every write path keeps them current.

Each fact is dated by a branch-local day, the day the thing happened:

- opened: the day the ticket was created; escalated: an opened ticket that
  was escalated at least once (dated by its opening);
- first response / written reply: the day its clock stopped (the first
  agent response, or the end of the work without one) and whether that was
  within target; a ticket that came by email, fax or letter counts under
  the written reply (48 h), others under the first response; a clock still
  running or paused has no verdict yet (a pause is never a breach);
- time to first response: seconds from opening to the first agent response,
  dated by that response;
- resolved: the day the ticket's current resolution began (a reopened ticket
  is no longer resolved); the resolution and next-update verdicts, reopen,
  first-contact resolution, tier-0 resolution, satisfaction and the contacts
  of a resolved ticket are dated by that day too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desk_app.models import JournalKind
from desk_app.services.business_calendar import BusinessCalendar
from desk_app.services.escalation_state import EntryValues
from desk_app.services.sla import (
    WRITTEN_CHANNELS,
    EventKind,
    SlaClocks,
    SlaEvent,
    SlaPolicy,
    Target,
    compute_clocks,
)

DONE_STATUSES = frozenset({"resolved", "closed"})
MET, MISSED = "met", "missed"
# The journal entries the facts read.
JOURNAL_KINDS = (
    JournalKind.STATUS_CHANGED.value,
    JournalKind.CONTACT_LOGGED.value,
    JournalKind.ESCALATED.value,
    JournalKind.ARTICLE_USED.value,
)
# Every contribution is summed under each of these (dimension, value of the
# facts' field); "" is the total. The queue and the branch are part of every
# summary row's key.
DIMENSION_FIELDS: tuple[tuple[str, str], ...] = (
    ("", ""),
    ("channel", "channel"),
    ("category", "category"),
    ("priority", "priority"),
    ("tier", "tier"),
    ("agent", "agent"),
)


@dataclass(frozen=True)
class Move:
    """An escalation: from which queue and tier to which (None: not said)."""

    day: str
    from_queue: str
    to_queue: str
    from_tier: int | None
    to_tier: int | None


@dataclass(frozen=True)
class Facts:
    ticket_id: str
    branch_id: str
    queue: str
    agent: str
    channel: str
    category: str
    priority: int
    tier: int
    is_open: int
    created_day: str
    resolved_day: str
    fr_day: str
    fr_outcome: str
    written: int
    frt_day: str
    frt_seconds: int | None
    res_outcome: str
    nu_outcome: str
    reopened: int
    fcr: int
    escalations: int
    tier0: int
    satisfaction: int | None
    contacts: int
    contact_secs: int
    moves: tuple[Move, ...] = ()

    def row(self) -> dict[str, Any]:
        values = {k: v for k, v in self.__dict__.items() if k != "moves"}
        return values

    def dimension(self, field: str) -> str:
        return "" if not field else str(getattr(self, field))


@dataclass(frozen=True)
class Clocked:
    """What the SLA engine made of a ticket's journal (services.sla_clock)."""

    events: Sequence[SlaEvent]
    base: SlaPolicy
    calendar: BusinessCalendar
    clocks: SlaClocks


def derive(
    ticket: Any, journal: Iterable[Any], zone: str, clocked: Clocked, now: datetime
) -> Facts:
    """The facts of one ticket. ``ticket``: its row (id, branch_id, group_id,
    assignee_id, channel, category, priority, tier, status, created_at,
    closed_at, last_activity_at, satisfaction); ``journal``: its entries of
    JOURNAL_KINDS (kind, at, updated_at, new_value, old_value, duration_s)."""
    entries = sorted(journal, key=lambda e: (aware(e.at), e.updated_at))
    created_day = day_of(ticket.created_at, zone)
    done_since, reopened = _done_spell(entries)
    resolved = ticket.status in DONE_STATUSES
    resolved_day = ""
    if resolved:
        ended = done_since or ticket.closed_at or ticket.last_activity_at
        resolved_day = max(day_of(ended, zone), created_day)
    clocks = clocked.clocks
    fr_day = fr_outcome = ""
    first = clocks.clock(Target.FIRST_RESPONSE)
    if first is not None and first.met_at is not None:
        fr_day = max(day_of(first.met_at, zone), created_day)
        fr_outcome = MISSED if first.breached else MET
    created = aware(ticket.created_at)
    responses = sorted(
        e.at for e in clocked.events if e.kind is EventKind.RESPONDED and e.at <= now
    )
    frt_day, frt_seconds = "", None
    if responses:
        frt_day = max(day_of(responses[0], zone), created_day)
        # Whole seconds, exactly (a float's seconds can round up).
        frt_seconds = max(0, (responses[0] - created) // timedelta(seconds=1))
    res_outcome = nu_outcome = ""
    if resolved:
        resolution = clocks.clock(Target.RESOLUTION)
        if resolution is not None and resolution.met_at is not None:
            res_outcome = MISSED if resolution.breached else MET
        nu_outcome = _next_update(clocked, responses, done_since, now)
    escalated = [e for e in entries if e.kind == JournalKind.ESCALATED.value]
    contacts = [e for e in entries if e.kind == JournalKind.CONTACT_LOGGED.value]
    tier0 = int(any(e.kind == JournalKind.ARTICLE_USED.value for e in entries))
    satisfaction = ticket.satisfaction if ticket.satisfaction in (1, 2, 3, 4, 5) else None
    return Facts(
        ticket_id=ticket.id,
        branch_id=ticket.branch_id or "",
        queue=ticket.group_id or "",
        agent=ticket.assignee_id or "",
        channel=ticket.channel,
        category=ticket.category or "",
        priority=int(ticket.priority),
        tier=int(ticket.tier),
        is_open=int(not resolved),
        created_day=created_day,
        resolved_day=resolved_day,
        fr_day=fr_day,
        fr_outcome=fr_outcome,
        written=int(ticket.channel in WRITTEN_CHANNELS),
        frt_day=frt_day,
        frt_seconds=frt_seconds,
        res_outcome=res_outcome,
        nu_outcome=nu_outcome,
        reopened=int(reopened),
        # Resolved while the customer was first in touch: the intake is that
        # contact, so no contact was logged after it.
        fcr=int(resolved and not reopened and not escalated and not contacts),
        escalations=len(escalated),
        tier0=tier0,
        satisfaction=satisfaction,
        contacts=len(contacts),
        contact_secs=sum(int(e.duration_s or 0) for e in contacts),
        moves=tuple(_move(e, zone, created_day) for e in escalated),
    )


def contributions(facts: Facts) -> list[tuple[str, str, int]]:
    """(day, measure, amount): what the ticket adds to the summaries."""
    found = [(facts.created_day, "opened", 1)]
    if facts.escalations:
        found.append((facts.created_day, "escalated", 1))
    if facts.fr_outcome:
        prefix = "wr" if facts.written else "fr"
        found.append((facts.fr_day, f"{prefix}_{facts.fr_outcome}", 1))
    if facts.frt_seconds is not None:
        found += [(facts.frt_day, "frt_n", 1), (facts.frt_day, "frt_sum", facts.frt_seconds)]
    day = facts.resolved_day
    if not day:
        return found
    found.append((day, "resolved", 1))
    if facts.res_outcome:
        found.append((day, f"res_{facts.res_outcome}", 1))
    if facts.nu_outcome:
        found.append((day, f"nu_{facts.nu_outcome}", 1))
    for flag in ("reopened", "fcr", "tier0"):
        if getattr(facts, flag):
            found.append((day, flag, 1))
    score = facts.satisfaction
    found.append((day, "sat_none" if score is None else f"sat_{score}", 1))
    if facts.contacts:
        found += [
            (day, "contacted", 1),
            (day, "contacts", facts.contacts),
            (day, "contact_secs", facts.contact_secs),
        ]
    return found


def _done_spell(entries: Sequence[Any]) -> tuple[datetime | None, bool]:
    """When the ticket's current resolution began (None: not resolved by
    its journal), and whether it was ever reopened after one."""
    done_since: datetime | None = None
    reopened = False
    for entry in entries:
        if entry.kind != JournalKind.STATUS_CHANGED.value:
            continue
        done = entry.new_value in DONE_STATUSES
        if done and done_since is None:
            done_since = aware(entry.at)
        elif not done and done_since is not None:
            done_since, reopened = None, True
    return done_since, reopened


def _next_update(
    clocked: Clocked, responses: list[datetime], done_since: datetime | None, now: datetime
) -> str:
    """The next-update verdict of a resolved ticket: met when every wait for
    an update (from each agent response to the next, or to the resolution)
    stayed within target by the same engine, missed when one did not, none
    when the target does not apply or there was nothing to wait for."""
    if not responses:
        return ""  # the clock starts at the first response: nothing to wait for
    checkpoints = responses[1:] + ([done_since] if done_since is not None else [])
    verdict = ""
    for moment in checkpoints:
        if moment > now:
            continue
        before = [e for e in clocked.events if e.at < moment or e.kind is EventKind.CREATED]
        clock = compute_clocks(before, clocked.base, clocked.calendar, moment).clock(
            Target.NEXT_UPDATE
        )
        if clock is None:
            continue
        if clock.breached:
            return MISSED
        verdict = MET
    return verdict


def _move(entry: Any, zone: str, created_day: str) -> Move:
    values = EntryValues.decode(entry.new_value)
    return Move(
        day=max(day_of(entry.at, zone), created_day),
        from_queue=entry.old_value or "",
        to_queue=values.to_queue or "",
        from_tier=values.from_tier,
        to_tier=values.to_tier,
    )


def day_of(at: datetime, zone: str) -> str:
    """The date of ``at`` in ``zone`` (ISO text)."""
    return aware(at).astimezone(zone_info(zone)).date().isoformat()


@lru_cache(maxsize=64)
def zone_info(zone: str) -> ZoneInfo:
    try:
        return ZoneInfo(zone or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def aware(at: datetime) -> datetime:
    return at if at.utcoffset() is not None else at.replace(tzinfo=UTC)
