"""Removing tombstones older than the retention window.

A purged tombstone can no longer reach a client whose cursor is older, so the
purge records the highest seq it removed and bumps the retention epoch; such a
cursor then gets ``resync_required`` (see pull.needs_resync)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Column, Connection, Table, and_, delete, exists, select

from desk_app.server.database import lock_change_log
from desk_app.server.schema import (
    PURGED_THROUGH_SEQ,
    RETENTION_EPOCH,
    applied_op,
    change_log,
    conflict,
    row_meta,
    server_metadata,
)
from desk_app.server.state import read_state, write_state
from desk_app.sync.codec import synced_table
from desk_app.sync.protocol import SYNCED_ENTITIES

# Journal entries are never deleted on their own; they go with their ticket.
_OWNED = {"ticket": "ticket_journal"}
_CHUNK = 500


@dataclass
class PurgeSummary:
    rows: dict[str, int] = field(default_factory=dict)
    purged_through_seq: int = 0
    # Remembered op results older than the window (a replay that late is judged anew).
    applied_ops: int = 0

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def _references(table: Table) -> list[Column[object]]:
    """Every column, synced or server-only, that refers to ``table``'s rows."""
    owned = _OWNED.get(table.name)
    found: list[Column[object]] = []
    others = [synced_table(e) for e in SYNCED_ENTITIES] + list(server_metadata.tables.values())
    for other in others:
        if other.name == owned:
            continue
        for fk in other.foreign_keys:
            if fk.column.table is table:
                found.append(fk.parent)
    return found


def purge_tombstones(conn: Connection, retention_days: int, now: datetime) -> PurgeSummary:
    horizon = now - timedelta(days=retention_days)
    lock_change_log(conn)
    summary = PurgeSummary()
    purged_seqs: list[int] = []
    # Children first, so a parent whose only referrers were purged goes too.
    for entity in reversed(SYNCED_ENTITIES):
        if entity in _OWNED.values():
            continue
        table = synced_table(entity)
        unreferenced = [~exists().where(column == table.c.id) for column in _references(table)]
        candidates = conn.execute(
            select(change_log.c.seq, change_log.c.entity_id)
            .join(table, table.c.id == change_log.c.entity_id)
            .where(
                change_log.c.entity == entity,
                table.c.deleted_at.is_not(None),
                change_log.c.at < horizon,
                *unreferenced,
            )
        ).all()
        ids = [c.entity_id for c in candidates]
        purged_seqs.extend(c.seq for c in candidates)
        owned = _OWNED.get(entity)
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            if owned is not None:
                child = synced_table(owned)
                child_ids = list(
                    conn.execute(select(child.c.id).where(child.c.ticket_id.in_(chunk))).scalars()
                )
                purged_seqs.extend(_forget(conn, owned, child_ids))
                conn.execute(delete(child).where(child.c.ticket_id.in_(chunk)))
                summary.rows[owned] = summary.rows.get(owned, 0) + len(child_ids)
            _forget(conn, entity, chunk)
            conn.execute(delete(table).where(table.c.id.in_(chunk)))
        if ids:
            summary.rows[entity] = len(ids)
    summary.applied_ops = conn.execute(
        delete(applied_op).where(applied_op.c.applied_at < horizon)
    ).rowcount
    if purged_seqs:
        state = read_state(conn)
        summary.purged_through_seq = max(state.purged_through_seq, *purged_seqs)
        write_state(conn, PURGED_THROUGH_SEQ, str(summary.purged_through_seq))
        write_state(conn, RETENTION_EPOCH, str(state.retention_epoch + 1))
    return summary


def _forget(conn: Connection, entity: str, ids: list[str]) -> list[int]:
    """Remove the bookkeeping of rows about to be deleted; their log seqs."""
    seqs: list[int] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        where_log = and_(change_log.c.entity == entity, change_log.c.entity_id.in_(chunk))
        seqs.extend(conn.execute(select(change_log.c.seq).where(where_log)).scalars())
        conn.execute(delete(change_log).where(where_log))
        conn.execute(
            delete(row_meta).where(row_meta.c.entity == entity, row_meta.c.entity_id.in_(chunk))
        )
        conn.execute(
            delete(conflict).where(conflict.c.entity == entity, conflict.c.entity_id.in_(chunk))
        )
    return seqs
