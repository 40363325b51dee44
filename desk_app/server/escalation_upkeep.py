"""The server's pass over the automatic escalation rules.

While every desk of a branch is offline, an overdue ticket still escalates
once the server holds its journal. The server evaluates the same rules the
desks do (services.escalation_rules, services.sla_clock: the same clocks,
the same moments, the same queue or lead chosen) and writes exactly the rows
a desk would write: the escalation entry with the firing's deterministic id,
by nobody at the moment the rule fell due, the history entries of the move
(ids derived from it) and the ticket's changed fields, each as a merge of an
op with the server's HLC, logged for the branch's desks to pull. A desk that
fired the rule first makes this a no-op (its entry is there); a desk that
fires it later, offline, pushes the same entry id: one escalation after sync.

A pass reads only the tickets whose next rule is due or whose rules must
be timed again (server.escalation_schedule), never every open ticket.

Only branches with their own service-levels document on the server are
evaluated: a branch without one runs on each desk's machine profile, which
the server does not know, and a firing timed differently would be wrong.
Rules never fire for what fell due before the server first evaluated them
(its own "rules came into force" moment, kept in ``server_state``), as on
an upgraded desk.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, insert, or_, select

from desk_app.models import Branch, DeskGroup, JournalKind, Ticket, TicketJournal
from desk_app.server import escalation_schedule as schedule
from desk_app.server.config_routes import newest_documents
from desk_app.server.database import ServerDatabase
from desk_app.server.push import run_writing
from desk_app.server.rows import (
    Change,
    load_meta,
    load_values,
    record_changes,
    stored_row,
    write_result,
)
from desk_app.server.schema import server_state
from desk_app.server.settings import ServerSettings
from desk_app.server.state import clock_after, read_state, write_state
from desk_app.services import sla_clock
from desk_app.services.branch_levels import branch_of_key, settings_of
from desk_app.services.config_store import ConfigDocument
from desk_app.services.escalation import Reason, derived_entry_id
from desk_app.services.escalation_policy import EscalationRule
from desk_app.services.escalation_rules import Move, due_firings, plan_move
from desk_app.services.escalation_state import EntryValues, firing_id
from desk_app.services.ids import new_id
from desk_app.services.sla import Statuses
from desk_app.services.sla_settings import SlaSettings
from desk_app.services.tickets import EDITABLE
from desk_app.sync.codec import canonical_fields, format_datetime, synced_table
from desk_app.sync.merge import merge, settle_derived
from desk_app.sync.protocol import Op, OpKind, OpStatus, Scalar

log = logging.getLogger(__name__)

RULES_SINCE_KEY = "escalation_rules_since"
# The version of each branch's levels the tickets were last timed on (JSON).
LEVELS_SEEN_KEY = "escalation_levels_seen"
CHUNK = 500  # open tickets read per transaction
FIRST_ROUND_DELAY_S = 30.0


@dataclass(frozen=True)
class PassSummary:
    tickets: int  # open tickets whose rules were timed
    fired: int  # escalation entries written


def escalate_once(db: ServerDatabase, now: datetime | None = None) -> PassSummary:
    """One pass over every open ticket of the branches with their own levels,
    a chunk per transaction; returns what it did."""
    now = now or datetime.now(UTC)

    def start(conn: Connection) -> tuple[datetime, dict[str, SlaSettings]]:
        # Retried when another worker noted the same facts at the same moment.
        _retime_changed_levels(conn)
        return rules_since(conn, now), branch_levels(conn)

    since, levels = run_writing(db, start)
    tickets = fired = 0
    after = ""
    while levels:

        def chunk(conn: Connection, start: str = after) -> tuple[int, int, str | None]:
            return _pass_chunk(conn, levels, since, now, start)

        done, fired_now, last = run_writing(db, chunk)
        tickets += done
        fired += fired_now
        if last is None:
            break
        after = last
    if fired:
        log.info("escalation rules: %d firing(s) over %d open ticket(s)", fired, tickets)
    return PassSummary(tickets, fired)


async def run_escalation_upkeep(
    db: ServerDatabase, settings: ServerSettings, first_delay_s: float | None = None
) -> None:
    """A pass every ``escalation_interval_seconds`` until cancelled; a failed
    one is logged and tried again at the next round. The first waits a
    little (a starting server has more urgent work), at most one interval."""
    interval = settings.escalation_interval_seconds
    await asyncio.sleep(
        min(FIRST_ROUND_DELAY_S, interval) if first_delay_s is None else first_delay_s
    )
    while True:
        try:
            await asyncio.to_thread(escalate_once, db)
        except Exception:  # upkeep must never take the server down
            log.exception("escalation pass failed; trying again at the next round")
        await asyncio.sleep(interval)


def rules_since(conn: Connection, now: datetime) -> datetime:
    """When the server first evaluated the rules (noted now if never)."""
    found = conn.execute(
        select(server_state.c.value).where(server_state.c.key == RULES_SINCE_KEY)
    ).scalar()
    if found is not None:
        try:
            since = datetime.fromisoformat(found)
            return since if since.tzinfo is not None else since.replace(tzinfo=UTC)
        except ValueError:
            log.warning("unreadable %s %r: noted again", RULES_SINCE_KEY, found)
            conn.execute(server_state.delete().where(server_state.c.key == RULES_SINCE_KEY))
    conn.execute(insert(server_state).values(key=RULES_SINCE_KEY, value=now.isoformat()))
    return now


def _retime_changed_levels(conn: Connection) -> None:
    """A branch whose levels changed since the last pass has every ticket
    timed again."""
    versions = {
        branch_id: document.version
        for document in newest_documents(conn)
        if (branch_id := branch_of_key(document.key)) is not None
    }
    seen_text = conn.execute(
        select(server_state.c.value).where(server_state.c.key == LEVELS_SEEN_KEY)
    ).scalar()
    try:
        seen = json.loads(seen_text) if seen_text is not None else {}
    except ValueError:
        seen = {}
    if not isinstance(seen, dict):
        seen = {}
    changed = [b for b, version in versions.items() if seen.get(b) != version]
    if not changed:
        return
    schedule.reschedule_branches(conn, changed)
    value = json.dumps(versions, sort_keys=True)
    if seen_text is None:
        conn.execute(insert(server_state).values(key=LEVELS_SEEN_KEY, value=value))
    else:
        write_state(conn, LEVELS_SEEN_KEY, value)


def branch_levels(conn: Connection) -> dict[str, SlaSettings]:
    """Each branch's service levels, for the branches whose document the
    server holds (the newest version)."""
    found: dict[str, SlaSettings] = {}
    site = SlaSettings()
    for document in newest_documents(conn):
        branch_id = branch_of_key(document.key)
        if branch_id is None:
            continue
        settings = settings_of(ConfigDocument(document.key, document.version, document.body), site)
        if settings is not None:
            found[branch_id] = settings
    return found


def _pass_chunk(
    conn: Connection,
    levels: dict[str, SlaSettings],
    since: datetime,
    now: datetime,
    after: str,
) -> tuple[int, int, str | None]:
    """Up to CHUNK open tickets after id ``after``: (how many, firings, the
    last id, or None when none was left)."""
    ticket = Ticket.__table__
    rows = conn.execute(
        select(
            ticket.c.id,
            ticket.c.branch_id,
            ticket.c.channel,
            ticket.c.created_at,
            ticket.c.priority,
            ticket.c.tier,
            ticket.c.group_id,
            ticket.c.assignee_id,
        )
        .where(
            ticket.c.branch_id.in_(sorted(levels)),
            ticket.c.deleted_at.is_(None),
            ticket.c.status.not_in(sorted(Statuses().done)),
            or_(ticket.c.escalation_due_at.is_(None), ticket.c.escalation_due_at <= now),
            ticket.c.id > after,
        )
        .order_by(ticket.c.id)
        .limit(CHUNK)
    ).all()
    if not rows:
        return 0, 0, None
    calendars = _calendars(conn, levels, {r.branch_id for r in rows})
    journals = sla_clock.journal_rows(conn, [r.id for r in rows])
    points = {
        row.id: sla_clock.rule_points_of(
            row, journals.get(row.id, []), levels[row.branch_id], calendars[row.branch_id], now
        )
        for row in rows
    }
    fired = _written_ids(conn, [firing_id(r.id, rule) for r in rows for rule, _w in points[r.id]])
    # Each ticket's next look: its nearest rule not fired and not yet due;
    # one that fires now is timed again at the next pass (its priority may
    # have changed, and with it its targets).
    next_look: dict[str, datetime | None] = {}
    due: list[tuple[Any, EscalationRule, datetime, str]] = []
    for row in rows:
        waiting = [
            when
            for rule, when in points[row.id]
            if when is not None and when > now and firing_id(row.id, rule) not in fired
        ]
        next_look[row.id] = min(waiting, default=None)
        firings = due_firings(row.id, points[row.id], now, since)
        due += [(row, *f) for f in firings if f[2] not in fired]
    count = 0
    for row, rule, when, entry_id in due:
        # The ticket as the firings before this one left it.
        current = conn.execute(
            select(ticket.c.priority, ticket.c.tier, ticket.c.group_id, ticket.c.assignee_id)
            .where(ticket.c.id == row.id)
            .with_for_update()
        ).one()
        facts = _Facts(row.id, row.branch_id, *current)
        _fire(conn, facts, rule, when, entry_id)
        next_look.pop(row.id, None)
        count += 1
    schedule.store(conn, next_look)
    schedule.reschedule(conn, {row.id for row, *_rest in due})
    return len(rows), count, rows[-1].id


@dataclass(frozen=True)
class _Facts:
    id: str
    branch_id: str
    priority: int
    tier: int
    group_id: str | None
    assignee_id: str | None


def _calendars(
    conn: Connection, levels: dict[str, SlaSettings], wanted: set[str]
) -> dict[str, Any]:
    rows = conn.execute(
        select(Branch.id, Branch.time_zone, Branch.weekend_days).where(Branch.id.in_(wanted))
    ).all()
    return {r.id: sla_clock.calendar_of(levels[r.id], r.time_zone, r.weekend_days) for r in rows}


def _written_ids(conn: Connection, ids: Sequence[str]) -> set[str]:
    if not ids:
        return set()
    journal = TicketJournal.__table__
    return set(conn.execute(select(journal.c.id).where(journal.c.id.in_(list(ids)))).scalars())


def _fire(
    conn: Connection, ticket: _Facts, rule: EscalationRule, when: datetime, entry_id: str
) -> None:
    """The rows a desk writes for this firing (services.escalation.write_escalation)."""
    move = plan_move(rule, ticket, conn)
    node = read_state(conn).database_id
    current = load_values(conn, synced_table("ticket"), ticket.id, lock=True)
    assert current is not None
    hlc = clock_after(node, [str(current["updated_at"])]).now().encode()
    values = EntryValues(
        to_queue=move.to_queue,
        from_tier=ticket.tier,
        to_tier=_queue_tier(conn, move.to_queue) if move.to_queue else ticket.tier,
        reason=Reason.TIME_EXCEEDED.value,
        to_user=move.to_user,
        automatic=True,
        rule=rule.key,
    )
    at = format_datetime(when)
    entry = _entry(ticket.id, JournalKind.ESCALATED, at, move.kind.value)
    entry.update(old_value=ticket.group_id or "", new_value=values.encode())
    changes = [Change("ticket_journal", entry_id, ticket.branch_id)]
    _insert(conn, node, hlc, entry_id, entry)
    for name, new in move.changes.items():
        old = getattr(ticket, name)
        moved = _entry(ticket.id, EDITABLE[name], at, name)
        moved.update(old_value="" if old is None else str(old), new_value=_text(new))
        derived = derived_entry_id(entry_id, name)
        _insert(conn, node, hlc, derived, moved)
        changes.append(Change("ticket_journal", derived, ticket.branch_id))
    if move.changes:
        _update_ticket(conn, node, hlc, ticket.id, current, move)
        changes.append(Change("ticket", ticket.id, ticket.branch_id))
    record_changes(conn, changes, datetime.now(UTC))


def _entry(ticket_id: str, kind: JournalKind, at: str, field: str) -> dict[str, Scalar]:
    """A journal entry written by nobody at the rule's moment."""
    return {
        "ticket_id": ticket_id,
        "kind": kind.value,
        "at": at,
        "author_id": None,
        "author_name": "",
        "field": field,
        "body": "",
        "channel": "",
        "created_at": at,
    }


def _insert(
    conn: Connection, node: str, hlc: str, entry_id: str, fields: dict[str, Scalar]
) -> None:
    table = synced_table("ticket_journal")
    op = _op("ticket_journal", entry_id, OpKind.INSERT, 0, hlc, fields)
    merged = merge("ticket_journal", None, op, canonical_fields(table, fields), node)
    write_result(conn, "ticket_journal", entry_id, merged, exists=False, meta_exists=False)


def _update_ticket(
    conn: Connection,
    node: str,
    hlc: str,
    ticket_id: str,
    current: dict[str, Scalar],
    move: Move,
) -> None:
    table = synced_table("ticket")
    fields = canonical_fields(table, dict(move.changes))
    version = current["version"]
    assert isinstance(version, int)
    op = _op("ticket", ticket_id, OpKind.UPDATE, version, hlc, fields)
    meta = load_meta(conn, "ticket", ticket_id)
    merged = merge("ticket", stored_row(current, meta), op, fields, node)
    if merged.status is OpStatus.REJECTED:
        log.warning("escalation of %s not applied: %s", ticket_id, merged.reason)
        return
    merged = settle_derived(
        "ticket", current, merged, lambda entity, key: load_values(conn, synced_table(entity), key)
    )
    write_result(conn, "ticket", ticket_id, merged, exists=True, meta_exists=meta is not None)


def _op(
    entity: str, entity_id: str, kind: OpKind, base: int, hlc: str, fields: dict[str, Scalar]
) -> Op:
    return Op(
        op_id=new_id(),
        client_seq=1,
        entity=entity,
        entity_id=entity_id,
        kind=kind,
        base_version=base,
        hlc=hlc,
        fields=fields,
    )


def _queue_tier(conn: Connection, queue_id: str) -> int | None:
    tier = conn.execute(select(DeskGroup.tier).where(DeskGroup.id == queue_id)).scalar()
    return None if tier is None else int(tier)


def _text(value: Any) -> str:
    return "" if value is None else str(value)
