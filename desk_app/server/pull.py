"""Paged pull of the current state of every row changed after a cursor, within
the caller's branches (docs/sync-protocol.md, "Pull")."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Set
from dataclasses import dataclass

from sqlalchemy import Connection, or_, select

from desk_app.server.accounts import Caller
from desk_app.server.database import ServerDatabase
from desk_app.server.errors import ApiError
from desk_app.server.schema import change_log
from desk_app.server.state import ServerState, clock_after, read_state
from desk_app.sync.codec import row_to_wire, synced_table
from desk_app.sync.protocol import Change, PullResponse, Scalar

CURSOR_VERSION = 1
_CHUNK = 500


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
        except (binascii.Error, ValueError, TypeError, KeyError) as error:
            raise _bad_cursor() from error
        if body.get("v") != CURSOR_VERSION or not (
            isinstance(cursor.seq, int)
            and 0 <= cursor.seq < 2**63
            and isinstance(cursor.epoch, int)
            and isinstance(cursor.database_id, str)
            and isinstance(cursor.scope, str)
        ):
            raise _bad_cursor()
        return cursor


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


def pull(db: ServerDatabase, caller: Caller, cursor_text: str, limit: int) -> PullResponse:
    with db.reading() as conn:
        return _pull(conn, caller, cursor_text, limit)


def _pull(conn: Connection, caller: Caller, cursor_text: str, limit: int) -> PullResponse:
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
    wanted: dict[str, list[str]] = {}
    for entry in entries:
        wanted.setdefault(entry.entity, []).append(entry.entity_id)
    rows: dict[tuple[str, str], dict[str, Scalar]] = {}
    for entity, ids in wanted.items():
        table = synced_table(entity)
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            for found in conn.execute(select(table).where(table.c.id.in_(chunk))):
                rows[(entity, found.id)] = row_to_wire(found, table)
    changes: list[Change] = []
    for entry in entries:
        row = rows.get((entry.entity, entry.entity_id))
        if row is None:  # purged while this page was read
            continue
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
    last = entries[-1].seq if entries else after
    next_cursor = Cursor(last, state.retention_epoch, state.database_id, scope).encode()
    hlc = clock_after(state.database_id, (c.hlc for c in changes)).now().encode()
    return PullResponse(changes=changes, cursor=next_cursor, has_more=has_more, server_hlc=hlc)
