"""The conflict feed: conflict records of the caller's branches that other
desks' pushes produced, in the order they were recorded (keyset paged)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, select, tuple_

from desk_app.server.accounts import Caller
from desk_app.server.database import ServerDatabase
from desk_app.server.errors import ApiError
from desk_app.server.schema import conflict
from desk_app.sync.protocol import ConflictFeed, ConflictNotice


def conflicts_since(db: ServerDatabase, caller: Caller, cursor: str, limit: int) -> ConflictFeed:
    after = _decode(cursor)
    in_scope = or_(
        conflict.c.branch_id.is_(None), conflict.c.branch_id.in_(sorted(caller.branches))
    )
    query = select(conflict).where(in_scope, conflict.c.client_id != caller.client_id)
    if after is not None:
        query = query.where(tuple_(conflict.c.created_at, conflict.c.id) > tuple_(*after))
    query = query.order_by(conflict.c.created_at, conflict.c.id).limit(limit + 1)
    with db.reading() as conn:
        rows = conn.execute(query).mappings().all()
    page = rows[:limit]
    notices = [
        ConflictNotice(
            id=r["id"],
            entity=r["entity"],
            entity_id=r["entity_id"],
            field=r["field"],
            kept=r["kept_value"],
            lost=r["lost_value"],
            kept_hlc=r["kept_hlc"],
            lost_hlc=r["lost_hlc"],
            created_at=_iso(r["created_at"]),
        )
        for r in page
    ]
    next_cursor = f"{notices[-1].created_at}|{notices[-1].id}" if notices else cursor
    return ConflictFeed(conflicts=notices, cursor=next_cursor, has_more=len(rows) > limit)


def _iso(moment: datetime) -> str:
    return moment.isoformat()


def _decode(cursor: str) -> tuple[datetime, str] | None:
    if not cursor:
        return None
    try:
        stamp, key = cursor.split("|", 1)
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        raise _bad_cursor() from None
    if len(key) != 36 or moment.tzinfo is None:
        raise _bad_cursor()
    return moment, key


def _bad_cursor() -> ApiError:
    return ApiError(400, "bad_cursor", "the conflict cursor is not one this server gave")
