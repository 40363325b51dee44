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
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, bindparam, event, select, update
from sqlalchemy.orm import Session

from desk_app.models import (
    Base,
    Branch,
    Direction,
    JournalKind,
    SyncState,
    Ticket,
    TicketJournal,
)
from desk_app.services import escalation_state, metrics_store
from desk_app.services.business_calendar import BusinessCalendar
from desk_app.services.escalation_policy import EscalationRule
from desk_app.services.metrics_facts import Clocked
from desk_app.services.sla import (
    LIVE_CHANNELS,
    EventKind,
    SlaClocks,
    SlaEvent,
    SlaPolicy,
    SlaState,
    Target,
    compute_clocks,
    share_point,
)

# The settings live in their own module; they are named here too, where the
# rest of the desk has always found them.
from desk_app.services.sla_settings import DAY as DAY
from desk_app.services.sla_settings import DEFAULT_TARGETS as DEFAULT_TARGETS
from desk_app.services.sla_settings import HOUR as HOUR
from desk_app.services.sla_settings import SlaSettings as SlaSettings
from desk_app.services.sla_settings import StoredState as StoredState
from desk_app.services.sla_settings import Targets as Targets

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
        # Deleted tickets leave the supervisor's figures.
        metrics_store.refresh(session, ids, {}, now)
        return 0
    journals = _journals(session, [t.id for t in tickets])
    settings = _branch_settings(session, {t.branch_id for t in tickets})
    calendars = _calendars(session, settings)
    params = []
    points: dict[str, list[tuple[EscalationRule, datetime | None]]] = {}
    clocked: dict[str, Clocked] = {}
    for ticket in tickets:
        branch = ticket.branch_id
        journal = journals.get(ticket.id, [])
        events, base = _events(ticket, journal, settings[branch])
        clocks = compute_clocks(events, base, calendars[branch], now)
        clocked[ticket.id] = Clocked(events, base, calendars[branch], clocks)
        resolution = clocks.clock(Target.RESOLUTION)
        running = resolution is not None and resolution.met_at is None and not clocks.paused
        # A done, waiting or untracked resolution clock has no rule due: most
        # tickets of a mature desk are done, and need no second replay.
        points[ticket.id] = (
            _rule_points(ticket, events, base, settings[branch], calendars[branch], now)
            if running
            else [(rule, None) for rule in settings[branch].rules.get(ticket.priority, ())]
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
    # The supervisor's figures follow from the same clocks, in the same
    # transaction (services.metrics_store).
    metrics_store.refresh(session, ids, clocked, now)
    return len(params)


def journal_rows(executor: Session | Connection, ids: list[str]) -> dict[str, list[Any]]:
    """Each ticket's journal entries the clocks read, from a desk's database
    or the server's (the same tables)."""
    return _journals(executor, ids)


def rule_points_of(
    ticket: Any,
    journal: list[Any],
    settings: SlaSettings,
    calendar: BusinessCalendar,
    now: datetime,
) -> list[tuple[EscalationRule, datetime | None]]:
    """``rule_points`` from plain rows (a ticket with id, branch_id, channel,
    created_at and priority; its ``journal_rows``): how the server times
    the rules of the tickets it holds, with the code the desks use."""
    facts = _TicketFacts.of(ticket)
    events, base = _events(facts, journal, settings)
    return _rule_points(facts, events, base, settings, calendar, now)


def calendar_of(settings: SlaSettings, time_zone: str, weekend_days: str) -> BusinessCalendar:
    """The branch's working calendar, one object per set-up (see ``_calendar``)."""
    return _calendar(settings, time_zone, weekend_days)


def clocked(session: Session, ids: Sequence[str], now: datetime) -> dict[str, Clocked]:
    """The clocks of these live tickets, computed and not stored (what the
    supervisor's figures are derived from when they are rebuilt)."""
    tickets = [
        _TicketFacts.of(row)
        for row in session.execute(
            select(
                Ticket.id, Ticket.branch_id, Ticket.channel, Ticket.created_at, Ticket.priority
            ).where(Ticket.id.in_(list(ids)), Ticket.deleted_at.is_(None))
        )
    ]
    if not tickets:
        return {}
    journals = _journals(session, [t.id for t in tickets])
    settings = _branch_settings(session, {t.branch_id for t in tickets})
    calendars = _calendars(session, settings)
    found = {}
    for ticket in tickets:
        calendar = calendars[ticket.branch_id]
        events, base = _events(ticket, journals.get(ticket.id, []), settings[ticket.branch_id])
        found[ticket.id] = Clocked(
            events, base, calendar, compute_clocks(events, base, calendar, now)
        )
    return found


def _journals(session: Session | Connection, ids: list[str]) -> dict[str, list[Any]]:
    wanted = (
        JournalKind.CREATED.value,
        JournalKind.STATUS_CHANGED.value,
        JournalKind.FIELD_CHANGED.value,
        JournalKind.CONTACT_LOGGED.value,
        # A letter, fax or e-mail sent from the register answers the customer.
        JournalKind.LETTER_SENT.value,
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
        elif entry.kind in _CONTACTS and _is_response(entry):
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


_CONTACTS = frozenset({JournalKind.CONTACT_LOGGED.value, JournalKind.LETTER_SENT.value})


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
