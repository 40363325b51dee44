"""Reading and writing synced rows with their merge metadata and change log.
Used by push and by the administrator's commands, so every write is recorded
the same way."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import (
    Connection,
    Select,
    Table,
    Update,
    bindparam,
    delete,
    insert,
    select,
    text,
    update,
)

from desk_app.server.database import CHANGE_LOG_LOCK, lock_change_log
from desk_app.server.schema import change_log, row_meta
from desk_app.sync.codec import row_to_wire, synced_table, wire_to_columns
from desk_app.sync.merge import MergeResult, StoredRow
from desk_app.sync.protocol import Scalar


@dataclass(frozen=True)
class Change:
    """A row that changed in this transaction and the branch it now belongs to."""

    entity: str
    entity_id: str
    branch_id: str | None


# Statements are built once and executed with parameters: a push runs several
# per op, and building each anew costs more than the database round trip.


@cache
def _select_row(table: Table, lock: bool) -> Select[Any]:
    query = select(table).where(table.c.id == bindparam("row_id"))
    return query.with_for_update() if lock else query


@cache
def _update_row(table: Table) -> Update:
    return update(table).where(table.c.id == bindparam("row_id"))


_SELECT_META = select(
    row_meta.c.field_hlc, row_meta.c.field_version, row_meta.c.field_others
).where(row_meta.c.entity == bindparam("meta_entity"), row_meta.c.entity_id == bindparam("meta_id"))
_UPDATE_META = update(row_meta).where(
    row_meta.c.entity == bindparam("meta_entity"), row_meta.c.entity_id == bindparam("meta_id")
)


def load_values(
    conn: Connection, table: Table, entity_id: str, *, lock: bool = False
) -> dict[str, Scalar] | None:
    row = conn.execute(_select_row(table, lock), {"row_id": entity_id}).first()
    return None if row is None else row_to_wire(row, table)


Meta = tuple[dict[str, str], dict[str, int], dict[str, tuple[int, str]]]


def load_meta(conn: Connection, entity: str, entity_id: str) -> Meta | None:
    row = conn.execute(_SELECT_META, {"meta_entity": entity, "meta_id": entity_id}).first()
    if row is None:
        return None
    return (
        dict(row.field_hlc),
        {k: int(v) for k, v in dict(row.field_version).items()},
        {k: (int(v[0]), str(v[1])) for k, v in dict(row.field_others or {}).items()},
    )


def stored_row(values: Mapping[str, Scalar], meta: Meta | None) -> StoredRow:
    field_hlc, field_version, field_others = meta if meta is not None else ({}, {}, {})
    version = values["version"]
    updated_at = values["updated_at"]
    assert isinstance(version, int) and isinstance(updated_at, str)
    return StoredRow(
        values=values,
        version=version,
        updated_at=updated_at,
        field_hlc=field_hlc,
        field_version=field_version,
        field_others=field_others,
    )


def write_result(
    conn: Connection,
    entity: str,
    entity_id: str,
    result: MergeResult,
    *,
    exists: bool,
    meta_exists: bool,
) -> None:
    """Write the row changes and the metadata a merge decided on."""
    table = synced_table(entity)
    if result.changes:
        columns = wire_to_columns(table, result.changes)
        if exists:
            conn.execute(_update_row(table), {**columns, "row_id": entity_id})
        else:
            conn.execute(insert(table), columns)
    if result.changes or result.meta_changed:
        meta = {
            "field_hlc": result.field_hlc,
            "field_version": result.field_version,
            "field_others": result.field_others,
        }
        if meta_exists:
            conn.execute(_UPDATE_META, {**meta, "meta_entity": entity, "meta_id": entity_id})
        else:
            conn.execute(insert(row_meta), {**meta, "entity": entity, "entity_id": entity_id})


def record_changes(conn: Connection, changes: Iterable[Change], at: datetime) -> None:
    """Move each changed row to the end of the change log.

    Called last in a writing transaction: the lock it takes is held until
    commit, so sequence numbers are assigned in commit order."""
    latest: dict[tuple[str, str], Change] = {}
    for change in changes:
        key = (change.entity, change.entity_id)
        latest.pop(key, None)  # keep the order of each row's last change
        latest[key] = change
    if not latest:
        return
    if conn.dialect.name == "postgresql":
        _record_on_postgresql(conn, list(latest.values()), at)
        return
    lock_change_log(conn)
    by_entity: dict[str, list[str]] = {}
    for entity, entity_id in latest:
        by_entity.setdefault(entity, []).append(entity_id)
    for entity, ids in by_entity.items():
        for start in range(0, len(ids), 500):
            conn.execute(
                delete(change_log).where(
                    change_log.c.entity == entity,
                    change_log.c.entity_id.in_(ids[start : start + 500]),
                )
            )
    rows: list[dict[str, Any]] = [
        {"entity": c.entity, "entity_id": c.entity_id, "branch_id": c.branch_id, "at": at}
        for c in latest.values()
    ]
    conn.execute(insert(change_log), rows)


_CHUNK = 500


def _record_on_postgresql(conn: Connection, changes: list[Change], at: datetime) -> None:
    """One statement per 500 rows: take the change-log lock, then insert each
    row or move it to the end (a new seq). The lock is held to commit, so
    numbers are handed out in commit order; doing it in one round trip keeps
    that serialised stretch, which every concurrent push waits on, short."""
    for start in range(0, len(changes), _CHUNK):
        chunk = changes[start : start + _CHUNK]
        # Stored as naive UTC, as the column's type would (a text statement
        # bypasses it, and the session's time zone must not matter).
        naive_at = at.astimezone(UTC).replace(tzinfo=None)
        params: dict[str, Any] = {"lock_key": CHANGE_LOG_LOCK, "at": naive_at}
        values = []
        for i, change in enumerate(chunk):
            params.update(
                {f"e{i}": change.entity, f"i{i}": change.entity_id, f"b{i}": change.branch_id}
            )
            values.append(f"({i}, :e{i}, :i{i}, CAST(:b{i} AS VARCHAR))")
        conn.execute(
            text(
                "INSERT INTO server_change_log (entity, entity_id, branch_id, at)"
                " SELECT v.entity, v.entity_id, v.branch_id, CAST(:at AS TIMESTAMP)"
                " FROM (SELECT pg_advisory_xact_lock(:lock_key)) AS lock,"
                f" (VALUES {', '.join(values)}) AS v(n, entity, entity_id, branch_id)"
                " ORDER BY v.n"
                " ON CONFLICT (entity, entity_id) DO UPDATE"
                " SET seq = nextval(pg_get_serial_sequence('server_change_log', 'seq')),"
                " branch_id = EXCLUDED.branch_id, at = EXCLUDED.at"
            ),
            params,
        )
