"""Appending to a ticket's journal and queueing the matching outbox operation.

Both land in the caller's transaction: a change is never saved without its
history, and never without the operation that will carry it to the server.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from desk_app.models import JournalKind, OpKind, OutboxOp, TicketJournal
from desk_app.services import sla_clock
from desk_app.services.context import WriteContext
from desk_app.services.ids import new_id


def append(
    session: Session,
    ctx: WriteContext,
    *,
    ticket_id: str,
    kind: JournalKind,
    at: datetime,
    hlc: str,
    entry_id: str | None = None,
    **values: Any,
) -> TicketJournal:
    """``entry_id``: an id every desk derives alike (an automatic escalation's
    firing), so two desks that write the entry offline write one."""
    entry = TicketJournal(
        id=entry_id or new_id(),
        ticket_id=ticket_id,
        kind=kind.value,
        at=at,
        author_id=ctx.actor.user_id,
        author_name=ctx.actor.name,
        updated_at=hlc,
        version=1,
        origin_client_id=ctx.client_id,
        created_at=at,
        **values,
    )
    session.add(entry)
    queue_op(session, ctx, "ticket_journal", entry.id, OpKind.INSERT, row_values(entry), 0, hlc)
    sla_clock.mark(session, [ticket_id], at)
    return entry


def queue_op(
    session: Session,
    ctx: WriteContext,
    entity: str,
    entity_id: str,
    kind: OpKind,
    payload: dict[str, Any],
    base_version: int,
    hlc: str,
) -> None:
    session.add(
        OutboxOp(
            op_id=new_id(),
            entity=entity,
            entity_id=entity_id,
            kind=kind.value,
            payload=json.dumps(payload, ensure_ascii=False, default=_json_default),
            base_version=base_version,
            hlc=hlc,
            created_at=ctx.now(),
        )
    )


def row_values(row: Any) -> dict[str, Any]:
    """The mapped column values of a new row, for an insert operation."""
    table = row.__table__
    return {
        c.key: getattr(row, c.key)
        for c in table.columns
        if not c.info.get("local") and getattr(row, c.key, None) is not None
    }


def _json_default(value: object) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")
