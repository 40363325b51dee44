"""A pulled row beside this desk's pending edits of it.

A field that a still-pending local op changed is not overwritten by a pull:
that op is pushed next and the server arbitrates. These are the fields to
leave, and the derived fields of a ticket that ends up holding pending local
values beside pulled ones (computed from the values it will hold, so a local
status never sits beside the server's closing time).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import Base, OutboxOp, OutboxState
from desk_app.services import derived
from desk_app.services.tickets import queue_tier
from desk_app.sync.protocol import OpKind

# Protection of a row by pending local ops: the fields they changed, or ALL for
# a row whose insert has not been acknowledged yet.
ALL = frozenset({"*"})
_CHUNK = 500


def pending_protection(
    session: Session, entity: str, ids: Sequence[str]
) -> dict[str, frozenset[str]]:
    """Fields of these rows that still-pending local ops changed (ALL for a row
    whose insert has not been acknowledged)."""
    protected: dict[str, set[str]] = defaultdict(set)
    for start in range(0, len(ids), _CHUNK):
        ops = session.execute(
            select(OutboxOp.entity_id, OutboxOp.kind, OutboxOp.payload).where(
                OutboxOp.state == OutboxState.PENDING.value,
                OutboxOp.entity == entity,
                OutboxOp.entity_id.in_(ids[start : start + _CHUNK]),
            )
        ).all()
        for entity_id, kind, payload in ops:
            if kind == OpKind.INSERT.value:
                protected[entity_id].update(ALL)
            elif kind == OpKind.DELETE.value:
                protected[entity_id].add("deleted_at")
            else:
                protected[entity_id].update(json.loads(payload))
    return {k: frozenset(v) for k, v in protected.items()}


def derive_mixed_tickets(
    session: Session, rows: dict[str, dict[str, Any]], protection: dict[str, frozenset[str]]
) -> dict[str, dict[str, Any]]:
    """Derived fields of tickets that keep pending local fields beside pulled
    ones (a local status with the server's closing time would contradict
    itself): computed from the values the row will hold (services.derived)."""
    mixed = [row_id for row_id, guarded in protection.items() if guarded and "*" not in guarded]
    if not mixed:
        return {}
    ticket = Base.metadata.tables["ticket"]
    columns = ("status", "closed_at", "group_id", "tier", "updated_at")
    settled: dict[str, dict[str, Any]] = {}
    for start in range(0, len(mixed), _CHUNK):
        found = session.execute(
            select(ticket.c.id, *(ticket.c[name] for name in columns)).where(
                ticket.c.id.in_(mixed[start : start + _CHUNK])
            )
        )
        for row in found:
            local = dict(zip(columns, row[1:], strict=True))
            pulled, guarded = rows[row.id], protection[row.id]
            values = {
                name: local[name] if name in guarded else pulled.get(name, local[name])
                for name in columns
            }
            # closed_at goes with the status it came with: the local pair if the
            # status is pending here, the server's pair if it was pulled.
            status_row = local if "status" in guarded else {**local, **pulled}
            settled[row.id] = derived.ticket_fields(
                values,
                previous=status_row,
                changed_at=derived.hlc_time(str(status_row["updated_at"])),
                tier_of=lambda group_id: queue_tier(session, group_id),
            )
    return settled
