"""Pull: applying a page of the server's changes to the local database.

A page and the cursor after it commit in one transaction (the caller's), so a
crash between pages repeats nothing and loses nothing. Within a page rows are
applied in reference order (SYNCED_ENTITIES); a row whose referenced rows have
not arrived yet (pages follow the server's change order, and a customer edited
after its ticket was created comes after it) is parked in the same transaction
and applied as soon as they are here.

Rules (docs/sync-protocol.md):
- rows are upserted by id; a ticket keeps its local ``row_no`` (the search
  triggers re-index it);
- a field that a still-pending local op changed is not overwritten: that op is
  pushed next and the server arbitrates; such a row keeps its local version
  (the base of its next edit) and its derived fields are computed anew from
  the values it ends with (services.derived);
- journal entries are insert-only: an entry already here is left alone;
- every remote HLC is observed, so the local clock moves past what it has seen;
- during a resync (the server purged tombstones this desk never saw) the ids
  each page brings are remembered, and the last page tombstones every local
  row the complete download did not bring, unless this desk's own outbox still
  holds an op for it (pending or refused: the person decides) or it is parked
  (work rows only: see SWEPT_BY_RESYNC).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import CursorResult, Table, and_, bindparam, delete, exists, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from desk_app.models import (
    Base,
    OutboxOp,
    OutboxState,
    ParkedChange,
    ResyncSeen,
    SyncState,
)
from desk_app.services import sla_clock
from desk_app.services.context import LAST_HLC_KEY, WriteContext
from desk_app.services.hlc import Timestamp
from desk_app.sync import codec
from desk_app.sync.identity import rekey_many
from desk_app.sync.pending import derive_mixed_tickets, pending_protection
from desk_app.sync.protocol import SYNCED_ENTITIES, Change, PullResponse

log = logging.getLogger(__name__)

CURSOR_KEY = "sync_pull_cursor"
RESYNC_KEY = "sync_resync_in_progress"
INSERT_ONLY = frozenset({"ticket_journal"})
# Rows a desk creates for itself before it meets the server, matched to the
# server's rows by what people know them by. A match is re-keyed to the
# server's id instead of becoming a duplicate (or breaking a unique column).
NATURAL_KEYS = {"branch": "code", "app_user": "username", "desk_group": "name"}
# Only rows this desk created itself are adopted by a natural key that is not
# unique in the schema (two queues may share a name on the server).
ADOPT_OWN_ONLY = frozenset({"desk_group"})
# What a resync tombstones when the server no longer has it: the work itself.
# Branches, people and queues are left: a desk's own default queues exist only
# here until an administrator creates them on the server, and tickets point
# at all three.
SWEPT_BY_RESYNC = (
    "organisation",
    "customer",
    "asset",
    "ticket",
    "kb_article",
    "register_entry",
    "attachment",
)
ENTITY_ORDER = {name: index for index, name in enumerate(SYNCED_ENTITIES)}
_CHUNK = 500
_SYNC_COLUMNS = frozenset({"version", "updated_at", "origin_client_id"})


@dataclass
class ApplySummary:
    inserted: int = 0
    updated: int = 0
    skipped: int = 0  # journal entries already here
    parked: int = 0
    unparked: int = 0
    swept: int = 0  # local rows a finished resync found gone on the server
    by_entity: dict[str, int] = field(default_factory=lambda: defaultdict(int))


def read_cursor(session: Session) -> str:
    return (
        session.execute(select(SyncState.value).where(SyncState.key == CURSOR_KEY)).scalar() or ""
    )


def store_cursor(session: Session, cursor: str) -> None:
    session.merge(SyncState(key=CURSOR_KEY, value=cursor))


def begin_resync(session: Session) -> None:
    """Start a full re-download: from no cursor, remembering nothing yet."""
    store_cursor(session, "")
    session.execute(delete(ResyncSeen))
    session.merge(SyncState(key=RESYNC_KEY, value="1"))


def resync_in_progress(session: Session) -> bool:
    return session.get(SyncState, RESYNC_KEY) is not None


def apply_page(session: Session, ctx: WriteContext, page: PullResponse) -> ApplySummary:
    """Apply one pull page and store its cursor, in the caller's transaction."""
    summary = ApplySummary()
    observe(session, ctx, [c.hlc for c in page.changes] + [page.server_hlc])
    apply_changes(session, ctx, page.changes, summary)
    retry_parked(session, ctx, summary)
    store_cursor(session, page.cursor)
    if resync_in_progress(session):
        _remember_seen(session, page.changes)
        if not page.has_more:
            summary.swept = _sweep_unseen(session, ctx)
    return summary


def _remember_seen(session: Session, changes: Sequence[Change]) -> None:
    rows = [{"entity": c.entity, "entity_id": c.entity_id} for c in changes]
    if rows:
        insert = sqlite_insert(ResyncSeen).on_conflict_do_nothing()
        session.execute(insert, rows)


def _sweep_unseen(session: Session, ctx: WriteContext) -> int:
    """Tombstone what the finished resync did not bring, then forget it.

    Only a tombstone: no outbox op (the server already has no such row) and the
    version is left alone, so if the row comes back (access to its branch given
    again) the server's copy simply replaces it. Journal entries are history and
    insert-only; they stay with their (now hidden) ticket."""
    now = ctx.now()
    swept = 0
    for entity in SWEPT_BY_RESYNC:
        table = Base.metadata.tables[entity]
        seen = exists().where(ResyncSeen.entity == entity, ResyncSeen.entity_id == table.c.id)
        held = exists().where(
            OutboxOp.entity == entity,
            OutboxOp.entity_id == table.c.id,
            OutboxOp.state.in_([OutboxState.PENDING.value, OutboxState.REJECTED.value]),
        )
        parked = exists().where(ParkedChange.entity == entity, ParkedChange.entity_id == table.c.id)
        condition = and_(table.c.deleted_at.is_(None), ~seen, ~held, ~parked)
        result = session.execute(table.update().where(condition).values(deleted_at=now))
        count = cast(CursorResult[Any], result).rowcount
        if count:
            log.warning("resync: %d %s row(s) no longer on the server", count, entity)
            swept += count
    session.execute(delete(ResyncSeen))
    session.execute(delete(SyncState).where(SyncState.key == RESYNC_KEY))
    return swept


def observe(session: Session, ctx: WriteContext, hlcs: Iterable[str]) -> None:
    """Move the local clock past every remote timestamp (observing the latest
    is the same as observing them all), and persist it with the page."""
    latest: Timestamp | None = None
    for encoded in hlcs:
        if not encoded:
            continue
        try:
            stamp = Timestamp.decode(encoded)
        except ValueError:
            log.warning("ignoring a malformed remote HLC %r", encoded)
            continue
        if latest is None or stamp > latest:
            latest = stamp
    if latest is not None and latest > ctx.clock.last:
        ctx.clock.observe(latest)
        session.merge(SyncState(key=LAST_HLC_KEY, value=ctx.clock.last.encode()))


def apply_changes(
    session: Session, ctx: WriteContext, changes: Sequence[Change], summary: ApplySummary
) -> None:
    by_entity: dict[str, list[Change]] = defaultdict(list)
    for change in changes:
        if change.entity not in ENTITY_ORDER:
            log.warning("ignoring a change of unknown entity %r", change.entity)
            continue
        by_entity[change.entity].append(change)
    for entity in SYNCED_ENTITIES:
        if by_entity.get(entity):
            _apply_entity(session, ctx, entity, _latest_per_row(by_entity[entity]), summary)


def retry_parked(session: Session, ctx: WriteContext, summary: ApplySummary) -> None:
    """Apply parked rows whose references have arrived (one pass in reference
    order is enough: a parent unparked here is present for its children)."""
    parked = session.execute(select(ParkedChange)).scalars().all()
    if not parked:
        return
    by_entity: dict[str, list[Change]] = defaultdict(list)
    for row in parked:
        by_entity[row.entity].append(Change.model_validate_json(row.change))
    for entity in SYNCED_ENTITIES:
        if by_entity.get(entity):
            _apply_entity(session, ctx, entity, by_entity[entity], summary, from_parking=True)


def parked_count(session: Session) -> int:
    return len(session.execute(select(ParkedChange.entity_id)).all())


def _latest_per_row(changes: list[Change]) -> list[Change]:
    latest: dict[str, Change] = {}
    for change in changes:
        seen = latest.get(change.entity_id)
        if seen is None or change.seq > seen.seq:
            latest[change.entity_id] = change
    return list(latest.values())


def _apply_entity(
    session: Session,
    ctx: WriteContext,
    entity: str,
    changes: list[Change],
    summary: ApplySummary,
    *,
    from_parking: bool = False,
) -> None:
    table = Base.metadata.tables[entity]
    if not from_parking:
        _drop_superseded_parking(session, entity, changes)
    rows: dict[str, dict[str, Any]] = {}
    for change in changes:
        values = _decode(table, change)
        if values is None:
            _park(session, change, "invalid", summary, from_parking)
        else:
            rows[change.entity_id] = values
    if not rows:
        return
    if entity in NATURAL_KEYS:
        _adopt_by_natural_key(session, ctx, entity, rows)
    waiting = _missing_references(session, table, rows)
    if entity == "ticket":
        waiting.update(_number_clashes(session, rows))
    by_id = {c.entity_id: c for c in changes}
    for row_id, reason in waiting.items():
        _park(session, by_id[row_id], reason, summary, from_parking)
        del rows[row_id]
    if from_parking and rows:
        session.execute(
            delete(ParkedChange).where(
                ParkedChange.entity == entity, ParkedChange.entity_id.in_(list(rows))
            )
        )
        summary.unparked += len(rows)
    if rows:
        _upsert(session, table, rows, summary)
        summary.by_entity[entity] += len(rows)
        # The ticket's SLA clocks follow from its (now longer) journal.
        if entity == "ticket":
            sla_clock.mark(session, rows)
        elif entity == "ticket_journal":
            sla_clock.mark(session, {v["ticket_id"] for v in rows.values() if v.get("ticket_id")})


def _decode(table: Table, change: Change) -> dict[str, Any] | None:
    names = {c.name for c in codec.wire_columns(table)}
    # A newer server may send columns this version does not have: leave them.
    known = {k: v for k, v in change.row.items() if k in names}
    try:
        values = codec.wire_to_columns(table, known)
    except codec.CodecError as error:
        log.warning("parking %s %s: %s", change.entity, change.entity_id, error)
        return None
    values["id"] = change.entity_id
    return values


def _drop_superseded_parking(session: Session, entity: str, changes: list[Change]) -> None:
    """A newer state of a parked row replaces the parked one."""
    ids = [c.entity_id for c in changes]
    for start in range(0, len(ids), _CHUNK):
        session.execute(
            delete(ParkedChange).where(
                ParkedChange.entity == entity,
                ParkedChange.entity_id.in_(ids[start : start + _CHUNK]),
            )
        )


def _park(
    session: Session, change: Change, reason: str, summary: ApplySummary, from_parking: bool
) -> None:
    if from_parking:
        parked = session.get(ParkedChange, (change.entity, change.entity_id))
        if parked is not None:
            parked.waiting_for = reason
        return
    session.merge(
        ParkedChange(
            entity=change.entity,
            entity_id=change.entity_id,
            seq=change.seq,
            change=change.model_dump_json(),
            waiting_for=reason,
        )
    )
    summary.parked += 1


def _adopt_by_natural_key(
    session: Session, ctx: WriteContext, entity: str, rows: dict[str, dict[str, Any]]
) -> None:
    table = Base.metadata.tables[entity]
    key = table.c[NATURAL_KEYS[entity]]
    wanted = {values[key.name]: row_id for row_id, values in rows.items() if key.name in values}
    if not wanted:
        return
    query = select(table.c.id, key).where(key.in_(list(wanted)))
    if entity in ADOPT_OWN_ONLY:
        query = query.where(table.c.origin_client_id == ctx.client_id)
    pairs = {
        local_id: wanted[natural]
        for local_id, natural in session.execute(query).all()
        if local_id != wanted[natural]
    }
    if not pairs:
        return
    # One pass over the database for the whole page, not one per row.
    for local_id, remote_id in rekey_many(session, {entity: pairs}).get(entity, {}).items():
        log.info("adopted the server's id for %s %s", entity, remote_id)
        if entity == "branch" and ctx.branch_id == local_id:
            ctx.branch_id = remote_id


def _missing_references(
    session: Session, table: Table, rows: dict[str, dict[str, Any]]
) -> dict[str, str]:
    """Rows that refer to a row not (yet) in the database, and what they wait for."""
    waiting: dict[str, str] = {}
    for fk in table.foreign_keys:
        name = fk.parent.name
        wanted = {v[name] for v in rows.values() if v.get(name) is not None}
        if not wanted:
            continue
        target = fk.column
        present: set[str] = set()
        values = list(wanted)
        for start in range(0, len(values), _CHUNK):
            chunk = values[start : start + _CHUNK]
            present.update(session.execute(select(target).where(target.in_(chunk))).scalars())
        missing = wanted - present
        if not missing:
            continue
        for row_id, v in rows.items():
            if v.get(name) in missing and row_id not in waiting:
                waiting[row_id] = f"{target.table.name}:{v[name]}"
    return waiting


def _number_clashes(session: Session, rows: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Tickets whose number another local ticket already has. Stations of one
    branch have their own series, so this means a misconfigured station; the
    row waits (visible in the parking) rather than stopping every pull."""
    ticket = Base.metadata.tables["ticket"]
    numbers = {v["number"]: row_id for row_id, v in rows.items() if "number" in v}
    clashes: dict[str, str] = {}
    items = list(numbers)
    for start in range(0, len(items), _CHUNK):
        found = session.execute(
            select(ticket.c.number, ticket.c.id).where(
                ticket.c.number.in_(items[start : start + _CHUNK])
            )
        ).all()
        for number, local_id in found:
            if local_id != numbers[number]:
                clashes[numbers[number]] = f"number:{number}"
    return clashes


def _upsert(
    session: Session, table: Table, rows: dict[str, dict[str, Any]], summary: ApplySummary
) -> None:
    ids = list(rows)
    if table.name in INSERT_ONLY:
        statement = sqlite_insert(table).on_conflict_do_nothing(index_elements=["id"])
        before = len(ids)
        existing = _existing_ids(session, table, ids)
        new_rows = [rows[i] for i in ids if i not in existing]
        if new_rows:
            for group in _by_keys(new_rows):
                session.execute(statement, group)
            _note_activity(session, new_rows)
        summary.inserted += len(new_rows)
        summary.skipped += before - len(new_rows)
        return
    existing = _existing_ids(session, table, ids)
    inserts = [rows[i] for i in ids if i not in existing]
    if inserts:
        for group in _by_keys(inserts):
            session.execute(table.insert(), group)
        summary.inserted += len(inserts)
    updates = [i for i in ids if i in existing]
    if not updates:
        return
    protection = pending_protection(session, table.name, updates)
    settled: dict[str, dict[str, Any]] = {}
    if table.name == "ticket":
        _keep_latest_activity(session, rows, updates)
        settled = derive_mixed_tickets(session, rows, protection)
    params: list[dict[str, Any]] = []
    for row_id in updates:
        values = dict(rows[row_id])
        guarded = protection.get(row_id)
        if guarded:
            if "*" in guarded:
                continue
            # The row keeps its local version too: that is the version the
            # desk last took from the server whole, and what its next edit is
            # based on (pending fields here are not the server's).
            for name in guarded | _SYNC_COLUMNS:
                values.pop(name, None)
            values.update(settled.get(row_id, {}))
        values.pop("id")
        values["_row_id"] = row_id
        params.append(values)
    # Executemany: the SET clause comes from the keys of the parameter sets.
    update = table.update().where(table.c.id == bindparam("_row_id"))
    for group in _by_keys(params):
        if len(group[0]) > 1:
            session.execute(update, group)
    summary.updated += len(params)


def _keep_latest_activity(
    session: Session, rows: dict[str, dict[str, Any]], ids: list[str]
) -> None:
    """A ticket's last activity only moves forward. It is kept up to date on
    each desk from the journal (a note is not an edit of the ticket, so the
    server's row may lag behind what this desk has seen)."""
    ticket = Base.metadata.tables["ticket"]
    for start in range(0, len(ids), _CHUNK):
        found = session.execute(
            select(ticket.c.id, ticket.c.last_activity_at).where(
                ticket.c.id.in_(ids[start : start + _CHUNK])
            )
        )
        for row_id, local in found:
            remote = rows[row_id].get("last_activity_at")
            if local is not None and (remote is None or local > remote):
                rows[row_id]["last_activity_at"] = local


def _note_activity(session: Session, entries: list[dict[str, Any]]) -> None:
    """New journal entries from elsewhere are activity on their tickets."""
    ticket = Base.metadata.tables["ticket"]
    latest: dict[str, Any] = {}
    for entry in entries:
        at, ticket_id = entry.get("at"), entry.get("ticket_id")
        if at is None or ticket_id is None:
            continue
        if ticket_id not in latest or at > latest[ticket_id]:
            latest[ticket_id] = at
    if not latest:
        return
    statement = (
        ticket.update()
        .where(ticket.c.id == bindparam("_ticket"), ticket.c.last_activity_at < bindparam("_at"))
        .values(last_activity_at=bindparam("_at"))
    )
    session.execute(statement, [{"_ticket": k, "_at": v} for k, v in latest.items()])


def _existing_ids(session: Session, table: Table, ids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(ids), _CHUNK):
        found.update(
            session.execute(
                select(table.c.id).where(table.c.id.in_(ids[start : start + _CHUNK]))
            ).scalars()
        )
    return found


def _by_keys(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """executemany needs the same keys in every row: group rows by their keys."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[tuple(sorted(row))].append(row)
    return list(groups.values())
