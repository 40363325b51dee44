"""Keeping each ticket's SLA columns current.

The clocks themselves are services.sla (pure). This module turns a ticket's
journal into SLA events, picks the policy (priority, channel) and the branch
calendar, and stores the result in the ticket's local columns ``sla_due_at``
(the nearest running target) and ``sla_state``. Those columns never travel:
every desk derives them from the same journal.

Every write that appends to a ticket's journal marks the ticket (``mark``);
just before the transaction commits, the marked tickets are recomputed in one
batch (a session hook), so no write path can forget it, pulled changes
included.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from enum import StrEnum
from functools import lru_cache
from typing import Any

from sqlalchemy import bindparam, event, select, update
from sqlalchemy.orm import Session

from desk_app.models import (
    Base,
    Branch,
    Direction,
    JournalKind,
    Priority,
    SyncState,
    Ticket,
    TicketJournal,
)
from desk_app.services import escalation_state
from desk_app.services.business_calendar import BusinessCalendar, CalendarError
from desk_app.services.escalation_policy import EscalationRule, default_rules
from desk_app.services.sla import (
    LIVE_CHANNELS,
    WRITTEN_CHANNELS,
    WRITTEN_REPLY_MINUTES,
    EventKind,
    SlaClocks,
    SlaEvent,
    SlaPolicy,
    SlaState,
    Target,
    compute_clocks,
    first_response_minutes,
    share_point,
)

_DIRTY = "maktab_sla_dirty"
_OPEN_STATUSES = frozenset({"new", "open", "waiting_customer", "waiting_third_party"})
_NOW = "maktab_sla_now"
_CHUNK = 500
# How the stored columns are derived. Clocks an older revision stored are
# brought up to date once, only for the tickets the change concerns.
# 2: a target missed before the ticket began waiting is stored as breached
#    (it was stored as running with no due time, and the list showed nothing).
# 3: the open tickets' next automatic escalation (migration 0013).
STORED_REVISION = 3
_REVISION_KEY = "sla_stored_revision"
HOUR = 60
DAY = 8 * HOUR  # a business day of the default calendar


class StoredState(StrEnum):
    """What ``ticket.sla_state`` holds. Whether a running clock is close to
    its due time depends on the moment you look, so the list works that out
    from ``sla_due_at`` and the clock on the wall."""

    NONE = ""
    RUNNING = "running"
    PAUSED = "paused"
    BREACHED = "breached"  # a target was missed; the work goes on
    MET = "met"  # done within every target
    MISSED = "missed"  # done, but a target was missed


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


_settings = SlaSettings()


def configure(settings: SlaSettings) -> None:
    """Use these service levels from now on (set once at start-up)."""
    global _settings
    _settings = settings


def current_settings() -> SlaSettings:
    return _settings


def mark(session: Session, ticket_ids: Iterable[str], at: datetime | None = None) -> None:
    """These tickets' clocks are to be recomputed before the commit. ``at``:
    the writing desk's time of the change, which is "now" for the recompute
    when it is ahead of the wall clock (a desk's own change is never in its
    future)."""
    dirty: set[str] = session.info.setdefault(_DIRTY, set())
    dirty.update(ticket_ids)
    if at is not None:
        latest = session.info.get(_NOW)
        session.info[_NOW] = at if latest is None else max(latest, at)


@event.listens_for(Session, "before_commit")
def _recompute_marked(session: Session) -> None:
    dirty: set[str] | None = session.info.pop(_DIRTY, None)
    written_at: datetime | None = session.info.pop(_NOW, None)
    if dirty:
        now = datetime.now(UTC)
        recompute(session, sorted(dirty), now if written_at is None else max(now, written_at))


def recompute(session: Session, ticket_ids: Sequence[str], now: datetime | None = None) -> int:
    """Recompute and store the clocks of these tickets; returns how many."""
    session.flush()
    now = now or datetime.now(UTC)
    done = 0
    for start in range(0, len(ticket_ids), _CHUNK):
        done += _recompute_chunk(session, list(ticket_ids[start : start + _CHUNK]), now)
    return done


def recompute_all(session: Session, now: datetime | None = None) -> int:
    """Every ticket (after an upgrade, a demo load or new service levels)."""
    ids = list(session.execute(select(Ticket.id).where(Ticket.deleted_at.is_(None))).scalars())
    done = recompute(session, ids, now)
    _mark_revision(session)
    return done


def revision_due(session: Session) -> bool:
    """Whether an older revision stored this desk's clocks (one row read)."""
    stored = session.get(SyncState, _REVISION_KEY)
    return stored is None or int(stored.value) < STORED_REVISION


def revise_stored(session: Session) -> int:
    """Recompute the clocks an older revision stored differently, once: those
    of open tickets (a tenth of a mature desk's), not every ticket."""
    if not revision_due(session):
        return 0
    # Revision 3 concerns every open ticket (their rules' due times), which
    # includes the waiting ones revision 2 did.
    wanted = select(Ticket.id).where(
        Ticket.status.in_(sorted(_OPEN_STATUSES)), Ticket.deleted_at.is_(None)
    )
    done = recompute(session, list(session.execute(wanted).scalars()))
    _mark_revision(session)
    return done


def _mark_revision(session: Session) -> None:
    session.merge(SyncState(key=_REVISION_KEY, value=str(STORED_REVISION)))


def clocks_for(session: Session, ticket_id: str, now: datetime | None = None) -> SlaClocks:
    """The full clocks of one ticket (the reading pane shows each target)."""
    now = now or datetime.now(UTC)
    ticket = session.execute(select(Ticket).where(Ticket.id == ticket_id)).scalar_one()
    journal = _journals(session, [ticket_id]).get(ticket_id, [])
    settings = _branch_settings(session, {ticket.branch_id})
    calendars = _calendars(session, settings)
    facts = _TicketFacts.of(ticket)
    return _clocks(facts, journal, settings[facts.branch_id], calendars[facts.branch_id], now)


# -- internals ---------------------------------------------------------------------


@dataclass(frozen=True)
class _TicketFacts:
    id: str
    branch_id: str
    channel: str
    created_at: datetime
    priority: int

    @classmethod
    def of(cls, row: Any) -> _TicketFacts:
        return cls(row.id, row.branch_id, row.channel, row.created_at, row.priority)


def _recompute_chunk(session: Session, ids: list[str], now: datetime) -> int:
    tickets = [
        _TicketFacts.of(row)
        for row in session.execute(
            select(
                Ticket.id, Ticket.branch_id, Ticket.channel, Ticket.created_at, Ticket.priority
            ).where(Ticket.id.in_(ids), Ticket.deleted_at.is_(None))
        )
    ]
    if not tickets:
        return 0
    journals = _journals(session, [t.id for t in tickets])
    settings = _branch_settings(session, {t.branch_id for t in tickets})
    calendars = _calendars(session, settings)
    params = []
    points: dict[str, list[tuple[EscalationRule, datetime | None]]] = {}
    for ticket in tickets:
        branch = ticket.branch_id
        journal = journals.get(ticket.id, [])
        events, base = _events(ticket, journal, settings[branch])
        clocks = compute_clocks(events, base, calendars[branch], now)
        points[ticket.id] = _rule_points(
            ticket, events, base, settings[branch], calendars[branch], now
        )
        params.append(
            {"_id": ticket.id, "sla_due_at": clocks.due_at, "sla_state": _stored(clocks).value}
        )
    # The latest escalation and the next rule due follow from the same journal.
    columns = escalation_state.ticket_columns(session, points)
    for values in params:
        values.update(columns[str(values["_id"])])
    table = Base.metadata.tables["ticket"]
    session.execute(update(table).where(table.c.id == bindparam("_id")), params)
    return len(params)


def _journals(session: Session, ids: list[str]) -> dict[str, list[Any]]:
    wanted = (
        JournalKind.CREATED.value,
        JournalKind.STATUS_CHANGED.value,
        JournalKind.FIELD_CHANGED.value,
        JournalKind.CONTACT_LOGGED.value,
    )
    found: dict[str, list[Any]] = defaultdict(list)
    rows = session.execute(
        select(
            TicketJournal.ticket_id,
            TicketJournal.kind,
            TicketJournal.at,
            TicketJournal.updated_at,
            TicketJournal.field,
            TicketJournal.old_value,
            TicketJournal.new_value,
            TicketJournal.channel,
            TicketJournal.direction,
        ).where(TicketJournal.ticket_id.in_(ids), TicketJournal.kind.in_(wanted))
    )
    for row in rows:
        found[row.ticket_id].append(row)
    return found


def _branch_settings(session: Session, branch_ids: set[str]) -> dict[str, SlaSettings]:
    # Imported here: branch_clocks builds on this module.
    from desk_app.services.branch_clocks import branch_settings

    return branch_settings(session, branch_ids, _settings)


def _calendars(session: Session, settings: dict[str, SlaSettings]) -> dict[str, BusinessCalendar]:
    rows = session.execute(
        select(Branch.id, Branch.time_zone, Branch.weekend_days).where(
            Branch.id.in_(sorted(settings))
        )
    ).all()
    known = {row.id: _calendar(settings[row.id], row.time_zone, row.weekend_days) for row in rows}
    return {b: known.get(b) or BusinessCalendar.always() for b in settings}


@lru_cache(maxsize=256)
def _calendar(settings: SlaSettings, time_zone: str, weekend_days: str) -> BusinessCalendar:
    """One calendar object per branch set-up: its working-time totals are
    cached on it, and rebuilding it for every batch would throw them away."""
    return settings.calendar(time_zone, weekend_days)


def _clocks(
    ticket: _TicketFacts,
    journal: list[Any],
    settings: SlaSettings,
    calendar: BusinessCalendar,
    now: datetime,
) -> SlaClocks:
    events, base = _events(ticket, journal, settings)
    return compute_clocks(events, base, calendar, now)


def _rule_points(
    ticket: _TicketFacts,
    events: list[SlaEvent],
    base: SlaPolicy,
    settings: SlaSettings,
    calendar: BusinessCalendar,
    now: datetime,
) -> list[tuple[EscalationRule, datetime | None]]:
    """Each escalation rule of the ticket's priority now, with when it falls
    due on the resolution clock (None: not while paused, done or untracked)."""
    rules = settings.rules.get(ticket.priority, ())
    return [
        (rule, share_point(events, base, calendar, now, Target.RESOLUTION, rule.at))
        for rule in rules
    ]


def rule_points(
    session: Session, ticket_id: str, now: datetime
) -> list[tuple[EscalationRule, datetime | None]]:
    """The ticket's escalation rules with when each falls due (as stored in
    ``escalation_due_at`` for the nearest one not yet fired)."""
    ticket = session.execute(select(Ticket).where(Ticket.id == ticket_id)).scalar_one()
    journal = _journals(session, [ticket_id]).get(ticket_id, [])
    settings = _branch_settings(session, {ticket.branch_id})
    calendars = _calendars(session, settings)
    facts = _TicketFacts.of(ticket)
    events, base = _events(facts, journal, settings[facts.branch_id])
    return _rule_points(
        facts, events, base, settings[facts.branch_id], calendars[facts.branch_id], now
    )


def clocks_with(session: Session, ticket_id: str, extra: Sequence[Any], now: datetime) -> SlaClocks:
    """The clocks the ticket would have with ``extra`` journal rows added
    (rows shaped as the journal's: kind, at, updated_at, field, old_value,
    new_value, channel, direction): what a change would do, before it is made."""
    ticket = session.execute(select(Ticket).where(Ticket.id == ticket_id)).scalar_one()
    journal = _journals(session, [ticket_id]).get(ticket_id, []) + list(extra)
    settings = _branch_settings(session, {ticket.branch_id})
    calendars = _calendars(session, settings)
    facts = _TicketFacts.of(ticket)
    return _clocks(facts, journal, settings[facts.branch_id], calendars[facts.branch_id], now)


def _events(
    ticket: _TicketFacts, journal: list[Any], settings: SlaSettings
) -> tuple[list[SlaEvent], SlaPolicy]:
    events = [SlaEvent(_aware(ticket.created_at), EventKind.CREATED, order="")]
    for entry in journal:
        at = _aware(entry.at)
        if entry.kind == JournalKind.STATUS_CHANGED.value:
            events.append(
                SlaEvent(at, EventKind.STATUS, status=entry.new_value, order=entry.updated_at)
            )
        elif entry.kind == JournalKind.FIELD_CHANGED.value and entry.field == "priority":
            new = _int(entry.new_value)
            if new is not None:
                policy = settings.policy(new, ticket.channel)
                events.append(SlaEvent(at, EventKind.POLICY, policy=policy, order=entry.updated_at))
        elif entry.kind == JournalKind.CONTACT_LOGGED.value and _is_response(entry):
            events.append(SlaEvent(at, EventKind.RESPONDED, order=entry.updated_at))
    base = settings.policy(_initial_priority(ticket, journal), ticket.channel)
    return events, base


def _initial_priority(ticket: _TicketFacts, journal: list[Any]) -> int:
    """The priority the ticket was created with: the old value of its first
    priority change, else its priority now."""
    changes = sorted(
        (e for e in journal if e.kind == JournalKind.FIELD_CHANGED.value and e.field == "priority"),
        key=lambda e: (e.at, e.updated_at),
    )
    first = _int(changes[0].old_value) if changes else None
    return first if first is not None else ticket.priority


def _is_response(entry: Any) -> bool:
    """An agent's contact with the customer: anything outbound, or a
    conversation the customer started on a live channel. A letter or an
    email that arrives is the customer writing, not the desk answering."""
    if entry.direction == Direction.OUTBOUND.value:
        return True
    return entry.channel in LIVE_CHANNELS


def _stored(clocks: SlaClocks) -> StoredState:
    state = clocks.state
    if state is SlaState.NONE:
        return StoredState.NONE
    if clocks.paused:
        # Waiting: no due time to count down, but a target it has already
        # missed must not vanish from the list while it waits.
        missed_already = any(c.breached for c in clocks.clocks)
        return StoredState.BREACHED if missed_already else StoredState.PAUSED
    if state is SlaState.MET:
        return StoredState.MET
    missed = any(c.breached and c.met_at is not None for c in clocks.clocks)
    running = any(c.met_at is None for c in clocks.clocks)
    if not running:
        return StoredState.MISSED if state is SlaState.BREACHED else StoredState.MET
    return StoredState.BREACHED if missed else StoredState.RUNNING


def _int(value: str) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _aware(at: datetime) -> datetime:
    return at if at.utcoffset() is not None else at.replace(tzinfo=UTC)
