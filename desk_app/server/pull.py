"""Paged pull of the current state of every row changed after a cursor, within
the caller's branches (docs/sync-protocol.md, "Pull")."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Sequence, Set
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Row, or_, select

from desk_app.server.accounts import Caller
from desk_app.server.database import ServerDatabase
from desk_app.server.errors import ApiError
from desk_app.server.paging import ByteBudget, wire_size
from desk_app.server.schema import change_log
from desk_app.server.state import ServerState, clock_after, read_state
from desk_app.sync.codec import row_to_wire, synced_table
from desk_app.sync.protocol import Change, PullResponse, Scalar

CURSOR_VERSION = 1
# Change-log entries whose rows are read per round: small enough that a page
# stopping at its byte budget has not read much past it.
_WINDOW = 100
WireRow = dict[str, Scalar]


@dataclass(frozen=True)
class Cursor:
    """What the opaque cursor carries: the last seq seen, the retention epoch
    and database it was issued under, and a digest of the branches it covers."""

    seq: int
    epoch: int
    database_id: str
    scope: str

    def encode(self) -> str:
        body = {"v": CURSOR_VERSION, "s": self.seq, "e": self.epoch, "d": self.database_id}
        body["b"] = self.scope
        raw = json.dumps(body, separators=(",", ":")).encode("utf-8")
        return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")

    @classmethod
    def decode(cls, text: str) -> Cursor:
        try:
            raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
            body = json.loads(raw)
            cursor = cls(seq=body["s"], epoch=body["e"], database_id=body["d"], scope=body["b"])
        except (binascii.Error, ValueError, TypeError, KeyError, RecursionError) as error:
            raise _bad_cursor() from error
        # bool is an int to Python, not to the database: `true` is refused.
        if body.get("v") != CURSOR_VERSION or not (
            _is_int(cursor.seq)
            and 0 <= cursor.seq < 2**63
            and _is_int(cursor.epoch)
            and isinstance(cursor.database_id, str)
            and isinstance(cursor.scope, str)
        ):
            raise _bad_cursor()
        return cursor


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _bad_cursor() -> ApiError:
    return ApiError(400, "invalid_cursor", "the cursor was not issued by this server")


def scope_digest(branches: Set[str]) -> str:
    return hashlib.sha256(",".join(sorted(branches)).encode("ascii")).hexdigest()[:16]


def needs_resync(cursor: Cursor, state: ServerState, scope: str) -> bool:
    """Whether the client must download everything again:
    - another database (restored, replaced) issued the cursor;
    - the caller's branches changed (a new branch's past is before the cursor;
      a removed branch's rows must go from the client's copy);
    - a purge since the cursor was issued removed tombstones it never saw."""
    if cursor.database_id != state.database_id or cursor.scope != scope:
        return True
    return cursor.epoch != state.retention_epoch and cursor.seq < state.purged_through_seq


def pull(
    db: ServerDatabase, caller: Caller, cursor_text: str, limit: int, max_bytes: int
) -> PullResponse:
    with db.reading() as conn:
        return _pull(conn, caller, cursor_text, limit, max_bytes)


def _pull(
    conn: Connection, caller: Caller, cursor_text: str, limit: int, max_bytes: int
) -> PullResponse:
    state = read_state(conn)
    scope = scope_digest(caller.branches)
    after = 0
    if cursor_text:
        cursor = Cursor.decode(cursor_text)
        if needs_resync(cursor, state, scope):
            hlc = clock_after(state.database_id, ()).now().encode()
            return PullResponse(
                changes=[], cursor="", has_more=True, resync_required=True, server_hlc=hlc
            )
        after = cursor.seq
    entries = conn.execute(
        select(change_log.c.seq, change_log.c.entity, change_log.c.entity_id)
        .where(
            change_log.c.seq > after,
            or_(
                change_log.c.branch_id.is_(None),
                change_log.c.branch_id.in_(sorted(caller.branches)),
            ),
        )
        .order_by(change_log.c.seq)
        .limit(limit + 1)
    ).all()
    has_more = len(entries) > limit
    entries = entries[:limit]
    changes: list[Change] = []
    budget = ByteBudget(max_bytes)
    last = after
    # Rows are read a window at a time, so a page that reaches its byte budget
    # early has not loaded the rows it leaves for the next page.
    for start in range(0, len(entries), _WINDOW):
        window = entries[start : start + _WINDOW]
        rows = _load_rows(conn, window)
        for entry in window:
            row = rows.get((entry.entity, entry.entity_id))
            if row is None:  # purged while this page was read
                last = entry.seq
                continue
            if not budget.admit(wire_size(row)):
                has_more = True
                break
            changes.append(
                Change(
                    seq=entry.seq,
                    entity=entry.entity,
                    entity_id=entry.entity_id,
                    version=int(str(row["version"])),
                    hlc=str(row["updated_at"]),
                    row=row,
                )
            )
            last = entry.seq
        else:
            continue
        break
    next_cursor = Cursor(last, state.retention_epoch, state.database_id, scope).encode()
    hlc = clock_after(state.database_id, (c.hlc for c in changes)).now().encode()
    return PullResponse(changes=changes, cursor=next_cursor, has_more=has_more, server_hlc=hlc)


def _load_rows(
    conn: Connection, entries: Sequence[Row[Any, Any, Any]]
) -> dict[tuple[str, str], WireRow]:
    wanted: dict[str, list[str]] = {}
    for entry in entries:
        wanted.setdefault(entry.entity, []).append(entry.entity_id)
    rows: dict[tuple[str, str], WireRow] = {}
    for entity, ids in wanted.items():
        table = synced_table(entity)
        for found in conn.execute(select(table).where(table.c.id.in_(ids))):
            rows[(entity, found.id)] = row_to_wire(found, table)
    return rows
