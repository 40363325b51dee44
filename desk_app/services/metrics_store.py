"""Keeping the supervisor's figures current (models.metrics).

``refresh`` runs inside the SLA recompute of every marked ticket
(services.sla_clock), in the same transaction as the change: it reads the
tickets' previous facts, derives the new ones, and moves the summaries by
the difference, so a month or a year is read as a sum over a few thousand
summary rows and never over the tickets. A ticket whose facts did not
change (a note, a field no figure reads) costs one read.

``rebuild`` derives everything again from the journal (after the upgrade
that brings these tables, and on demand: ``desk-admin metrics rebuild``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from desk_app.models import Branch, SyncState, Ticket, TicketJournal
from desk_app.models.metrics import (
    MEASURES,
    metric_day,
    metric_month,
    metric_open,
    ticket_fact_event,
    ticket_facts,
)
from desk_app.services.metrics_facts import (
    DIMENSION_FIELDS,
    JOURNAL_KINDS,
    Clocked,
    Facts,
    Move,
    contributions,
    derive,
)

# Set by a migration (0015 for desks that had tickets): the figures are
# derived again from the journal as soon as the upgrade ends. A release that
# changes what a ticket contributes sets it again with a migration of its own.
REBUILD_DUE_KEY = "metrics_rebuild_due"
_FACT_COLUMNS = tuple(c.name for c in ticket_facts.columns)
_REBUILD_CHUNK = 1000
_SummaryKey = tuple[str, str, str, str, str]  # day or month, branch, queue, dim, value
_OpenKey = tuple[str, str, str, str, int]  # created day, branch, queue, agent, tier


def refresh(
    session: Session, ticket_ids: Sequence[str], clocked: Mapping[str, Clocked], now: datetime
) -> int:
    """Bring these tickets' facts and the summaries up to date; ``clocked``
    holds the clocks of those still present (a deleted or merged ticket
    leaves the figures). Returns how many tickets' facts changed."""
    if not ticket_ids:
        return 0
    old = _stored_facts(session, ticket_ids)
    new = _derived_facts(session, [t for t in ticket_ids if t in clocked], clocked, now)
    changed = [t for t in ticket_ids if old.get(t) != new.get(t)]
    if not changed:
        return 0
    days: dict[_SummaryKey, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    opens: dict[_OpenKey, int] = defaultdict(int)
    for ticket_id in changed:
        for facts, sign in ((old.get(ticket_id), -1), (new.get(ticket_id), 1)):
            if facts is not None:
                _add(days, opens, facts, sign)
    _write_facts(session, changed, old, new)
    _apply(session, days, opens)
    return len(changed)


def rebuild(session: Session, now: datetime | None = None) -> int:
    """Every ticket's facts and every summary again from the journal (the
    tickets' stored clocks are left as they are: only what the figures
    need of them is computed). The summaries are summed in memory and
    written once. Returns how many tickets have facts."""
    from desk_app.services import sla_clock  # builds on this module

    now = now or datetime.now(UTC)
    for table in (ticket_facts, ticket_fact_event, metric_day, metric_month, metric_open):
        session.execute(delete(table))
    session.flush()
    ids = list(session.execute(select(Ticket.id).where(Ticket.deleted_at.is_(None))).scalars())
    days: dict[_SummaryKey, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    opens: dict[_OpenKey, int] = defaultdict(int)
    done = 0
    for start in range(0, len(ids), _REBUILD_CHUNK):
        chunk = ids[start : start + _REBUILD_CHUNK]
        new = _derived_facts(session, chunk, sla_clock.clocked(session, chunk, now), now)
        for facts in new.values():
            _add(days, opens, facts, 1)
        _write_facts(session, list(new), {}, new)
        done += len(new)
    _apply(session, days, opens)
    session.execute(delete(SyncState).where(SyncState.key == REBUILD_DUE_KEY))
    return done


def rebuild_due(session: Session) -> bool:
    return session.get(SyncState, REBUILD_DUE_KEY) is not None


# -- internals ---------------------------------------------------------------------


def _stored_facts(session: Session, ids: Sequence[str]) -> dict[str, Facts]:
    found: dict[str, Facts] = {}
    table = ticket_facts
    rows = session.execute(select(table).where(table.c.ticket_id.in_(list(ids)))).mappings()
    for row in rows:
        found[row["ticket_id"]] = Facts(**{c: row[c] for c in _FACT_COLUMNS})
    if not found:
        return found
    events = ticket_fact_event
    moves: dict[str, list[Move]] = defaultdict(list)
    for row in session.execute(
        select(events).where(events.c.ticket_id.in_(list(found))).order_by(events.c.seq)
    ).mappings():
        moves[row["ticket_id"]].append(
            Move(row["day"], row["from_queue"], row["to_queue"], row["from_tier"], row["to_tier"])
        )
    for ticket_id, listed in moves.items():
        facts = found[ticket_id]
        found[ticket_id] = Facts(**{**facts.row(), "moves": tuple(listed)})
    return found


def _derived_facts(
    session: Session, ids: list[str], clocked: Mapping[str, Clocked], now: datetime
) -> dict[str, Facts]:
    if not ids:
        return {}
    tickets = session.execute(
        select(
            Ticket.id,
            Ticket.branch_id,
            Ticket.group_id,
            Ticket.assignee_id,
            Ticket.channel,
            Ticket.category,
            Ticket.priority,
            Ticket.tier,
            Ticket.status,
            Ticket.created_at,
            Ticket.closed_at,
            Ticket.last_activity_at,
            Ticket.satisfaction,
        ).where(Ticket.id.in_(ids), Ticket.deleted_at.is_(None), Ticket.merged_into_id.is_(None))
    ).all()
    if not tickets:
        return {}
    journals: dict[str, list[Any]] = defaultdict(list)
    for entry in session.execute(
        select(
            TicketJournal.ticket_id,
            TicketJournal.kind,
            TicketJournal.at,
            TicketJournal.updated_at,
            TicketJournal.old_value,
            TicketJournal.new_value,
            TicketJournal.duration_s,
        ).where(TicketJournal.ticket_id.in_(ids), TicketJournal.kind.in_(JOURNAL_KINDS))
    ):
        journals[entry.ticket_id].append(entry)
    zones = branch_zones(session, {t.branch_id for t in tickets})
    return {
        t.id: derive(t, journals.get(t.id, []), zones.get(t.branch_id, "UTC"), clocked[t.id], now)
        for t in tickets
    }


def branch_zones(session: Session, branch_ids: set[str]) -> dict[str, str]:
    rows = session.execute(
        select(Branch.id, Branch.time_zone).where(Branch.id.in_(sorted(branch_ids)))
    )
    return {row.id: row.time_zone or "UTC" for row in rows}


def _add(
    days: dict[_SummaryKey, dict[str, int]],
    opens: dict[_OpenKey, int],
    facts: Facts,
    sign: int,
) -> None:
    values = [(dim, facts.dimension(field)) for dim, field in DIMENSION_FIELDS]
    for day, measure, amount in contributions(facts):
        for dim, value in values:
            days[(day, facts.branch_id, facts.queue, dim, value)][measure] += sign * amount
    if facts.is_open:
        opens[(facts.created_day, facts.branch_id, facts.queue, facts.agent, facts.tier)] += sign


def _write_facts(
    session: Session, ids: list[str], old: Mapping[str, Facts], new: Mapping[str, Facts]
) -> None:
    facts_table, events_table = ticket_facts, ticket_fact_event
    # A new ticket (every intake) has nothing to remove.
    stored = [t for t in ids if t in old]
    if stored:
        session.execute(delete(facts_table).where(facts_table.c.ticket_id.in_(stored)))
    moved = [t for t in stored if old[t].moves]
    if moved:
        session.execute(delete(events_table).where(events_table.c.ticket_id.in_(moved)))
    rows = [new[t].row() for t in ids if t in new]
    if rows:
        session.execute(insert(facts_table), rows)
    moves = [
        {
            "ticket_id": t,
            "seq": seq,
            "day": move.day,
            "branch_id": new[t].branch_id,
            "agent": new[t].agent,
            "from_queue": move.from_queue,
            "to_queue": move.to_queue,
            "from_tier": move.from_tier,
            "to_tier": move.to_tier,
        }
        for t in ids
        if t in new
        for seq, move in enumerate(new[t].moves)
    ]
    if moves:
        session.execute(insert(events_table), moves)


def _upsert_sql(table_name: str, key: str) -> str:
    columns = ", ".join(MEASURES)
    marks = ", ".join("?" for _ in MEASURES)
    sums = ", ".join(f"{m} = {m} + excluded.{m}" for m in MEASURES)
    return (
        f"INSERT INTO {table_name} ({key}, branch_id, queue, dim, value, {columns})"
        f" VALUES (?, ?, ?, ?, ?, {marks})"
        f" ON CONFLICT ({key}, branch_id, queue, dim, value) DO UPDATE SET {sums}"
    )


_DAY_UPSERT = _upsert_sql("metric_day", "day")
_MONTH_UPSERT = _upsert_sql("metric_month", "month")
_OPEN_UPSERT = (
    "INSERT INTO metric_open (created_day, branch_id, queue, agent, tier, n)"
    " VALUES (?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (created_day, branch_id, queue, agent, tier) DO UPDATE SET n = n + excluded.n"
)


def _apply(
    session: Session, days: dict[_SummaryKey, dict[str, int]], opens: dict[_OpenKey, int]
) -> None:
    """Move the summaries by these differences (plain statements run many
    times over: a rebuild sends a few hundred thousand rows)."""
    months: dict[_SummaryKey, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for (day, *rest), deltas in days.items():
        month = months[(day[:7], rest[0], rest[1], rest[2], rest[3])]
        for measure, amount in deltas.items():
            month[measure] += amount
    conn = session.connection()
    for statement, rows in ((_DAY_UPSERT, days), (_MONTH_UPSERT, months)):
        params = [
            (*key, *(deltas.get(m, 0) for m in MEASURES))
            for key, deltas in rows.items()
            if any(deltas.values())
        ]
        if params:
            conn.exec_driver_sql(statement, params)
    changed = [(*k, n) for k, n in opens.items() if n]
    if changed:
        conn.exec_driver_sql(_OPEN_UPSERT, changed)
