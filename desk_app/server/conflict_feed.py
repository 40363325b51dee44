"""The conflict feed: conflict records of the caller's branches that other
desks' pushes produced, in commit order (docs/sync-protocol.md, "Conflict feed").

Records are paged by their ``seq``, which the database hands out as each push
commits (migration s0004), never by their creation time: a push that began
earlier but committed later would otherwise land behind a reader that had
already moved past it, and a desk would miss a conflict it took part in.
"""

from __future__ import annotations

import base64
import binascii
import json
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, or_, select

from desk_app.server.accounts import Caller
from desk_app.server.database import ServerDatabase
from desk_app.server.errors import ApiError
from desk_app.server.paging import ByteBudget, wire_size
from desk_app.server.schema import conflict
from desk_app.server.state import read_state
from desk_app.sync.protocol import ConflictFeed, ConflictNotice

CURSOR_VERSION = 2
# Records read per statement: a page stops at its byte budget without having
# loaded the rest of its rows.
_WINDOW = 100
_MAX_SEQ = 2**63


def conflicts_since(
    db: ServerDatabase, caller: Caller, cursor: str, limit: int, max_bytes: int
) -> ConflictFeed:
    with db.reading() as conn:
        database_id = read_state(conn).database_id
        after = _decode(cursor, database_id)
        return _page(conn, caller, after, database_id, limit, max_bytes)


def _page(
    conn: Connection, caller: Caller, after: int, database_id: str, limit: int, max_bytes: int
) -> ConflictFeed:
    in_scope = or_(
        conflict.c.branch_id.is_(None), conflict.c.branch_id.in_(sorted(caller.branches))
    )
    query = select(conflict).where(in_scope, conflict.c.client_id != caller.client_id)
    budget = ByteBudget(max_bytes)
    notices: list[ConflictNotice] = []
    last = after
    while True:
        window = min(_WINDOW, limit - len(notices) + 1)
        rows = conn.execute(
            query.where(conflict.c.seq > last).order_by(conflict.c.seq).limit(window)
        ).mappings()
        read = 0
        for row in rows:
            read += 1
            if len(notices) == limit or not budget.admit(_size(row)):
                return _feed(notices, last, database_id, has_more=True)
            notices.append(_notice(row))
            last = row["seq"]
        if read < window:
            return _feed(notices, last, database_id, has_more=False)


def _size(row: Any) -> int:
    return wire_size(row["kept_value"]) + wire_size(row["lost_value"]) + 400


def _notice(row: Any) -> ConflictNotice:
    created: datetime = row["created_at"]
    return ConflictNotice(
        id=row["id"],
        entity=row["entity"],
        entity_id=row["entity_id"],
        field=row["field"],
        kept=row["kept_value"],
        lost=row["lost_value"],
        kept_hlc=row["kept_hlc"],
        lost_hlc=row["lost_hlc"],
        created_at=created.isoformat(),
    )


def _feed(
    notices: list[ConflictNotice], last: int, database_id: str, *, has_more: bool
) -> ConflictFeed:
    cursor = encode_cursor(last, database_id)
    return ConflictFeed(conflicts=notices, cursor=cursor, has_more=has_more)


def encode_cursor(seq: int, database_id: str) -> str:
    body = {"v": CURSOR_VERSION, "s": seq, "d": database_id}
    raw = json.dumps(body, separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _decode(cursor: str, database_id: str) -> int:
    """The seq to continue after. A desk starts over (its notices are kept once
    by id, so nothing doubles) when its cursor is of the earlier kind, paged by
    time, or was issued by another database (restored, replaced)."""
    if not cursor:
        return 0
    if _is_time_cursor(cursor):
        return 0
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        body = json.loads(raw)
    except (binascii.Error, ValueError, RecursionError) as error:
        raise _bad_cursor() from error
    if not isinstance(body, dict) or body.get("v") != CURSOR_VERSION:
        raise _bad_cursor()
    seq, issuer = body.get("s"), body.get("d")
    # bool is an int to Python, not to the database.
    if not isinstance(seq, int) or isinstance(seq, bool) or not 0 <= seq < _MAX_SEQ:
        raise _bad_cursor()
    if not isinstance(issuer, str):
        raise _bad_cursor()
    return seq if issuer == database_id else 0


def _is_time_cursor(cursor: str) -> bool:
    """A cursor of the feed's first kind: ``<ISO time with zone>|<record id>``."""
    stamp, bar, key = cursor.partition("|")
    if not bar or len(key) != 36:
        return False
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return False
    return moment.tzinfo is not None


def _bad_cursor() -> ApiError:
    return ApiError(400, "bad_cursor", "the conflict cursor is not one this server gave")
