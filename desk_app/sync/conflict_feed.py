"""Conflicts recorded by the server while applying *other* desks' pushes.

A desk learns of conflicts on its own pushes from the push results. When
another desk's push collided with a value this desk wrote, this feed is how
this desk hears of it, so both sides see every conflict they took part in.
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import SyncConflict
from desk_app.models import SyncState as StateRow
from desk_app.services.context import WriteContext
from desk_app.services.hlc import Timestamp
from desk_app.services.ids import new_id
from desk_app.sync.protocol import ConflictFeed, ConflictNotice

CURSOR_KEY = "conflict_feed_cursor"


def read_cursor(session: Session) -> str:
    value = session.execute(select(StateRow.value).where(StateRow.key == CURSOR_KEY)).scalar()
    return value or ""


def _node(hlc: str) -> str:
    try:
        return Timestamp.decode(hlc).node
    except ValueError:
        return ""


def record(session: Session, ctx: WriteContext, notice: ConflictNotice) -> bool:
    """Keep a notice this desk took part in (one side's HLC is ours); True if new.
    The notice's id is stored as the op id, so a notice read twice is kept once."""
    if _node(notice.kept_hlc) == ctx.client_id:
        mine, theirs, mine_hlc, theirs_hlc, kept = (
            notice.kept,
            notice.lost,
            notice.kept_hlc,
            notice.lost_hlc,
            "mine",
        )
    elif _node(notice.lost_hlc) == ctx.client_id:
        mine, theirs, mine_hlc, theirs_hlc, kept = (
            notice.lost,
            notice.kept,
            notice.lost_hlc,
            notice.kept_hlc,
            "theirs",
        )
    else:
        return False  # between two other desks: they review it
    seen = session.execute(
        select(SyncConflict.id).where(SyncConflict.op_id == notice.id).limit(1)
    ).first()
    if seen is not None:
        return False
    session.add(
        SyncConflict(
            id=new_id(),
            op_id=notice.id,
            entity=notice.entity,
            entity_id=notice.entity_id,
            field=notice.field,
            mine=json.dumps(mine, ensure_ascii=False),
            theirs=json.dumps(theirs, ensure_ascii=False),
            mine_hlc=mine_hlc,
            theirs_hlc=theirs_hlc,
            kept=kept,
            created_at=ctx.now(),
            resolution="",
        )
    )
    return True


def apply_feed(session: Session, ctx: WriteContext, feed: ConflictFeed) -> int:
    """Record a page of notices and its cursor in the caller's transaction."""
    added = sum(record(session, ctx, notice) for notice in feed.conflicts)
    session.merge(StateRow(key=CURSOR_KEY, value=feed.cursor))
    return added
