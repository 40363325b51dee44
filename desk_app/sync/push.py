"""Push: the outbox as protocol operations, and the server's answers applied.

An outbox payload is what the local write recorded (services.journal): an
insert holds the new row's column values, an update ``{field: {"old", "new"}}``.
On the wire an insert carries every travelling column but the row's id (the
op's entity_id) and the bookkeeping the server sets itself, an update only the
new values (docs/sync-protocol.md), both spelled by the shared codec.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Column, delete, select
from sqlalchemy.orm import Session

from desk_app.models import OutboxOp, OutboxState, SyncConflict
from desk_app.services.context import WriteContext
from desk_app.services.hlc import Timestamp
from desk_app.services.ids import new_id
from desk_app.sync import codec
from desk_app.sync.protocol import (
    SERVER_SET_FIELDS,
    ConflictInfo,
    Op,
    OpKind,
    OpResult,
    OpStatus,
    PushResponse,
    RejectReason,
    Scalar,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PreparedOp:
    """One outbox op read for pushing: either its wire form or why it has none."""

    client_seq: int
    op_id: str
    wire: Op | None
    problem: str = ""  # a RejectReason code when the op cannot be sent at all


@dataclass
class PushSummary:
    applied: int = 0
    merged: int = 0
    conflicts: int = 0
    rejected: int = 0
    unanswered: int = 0
    rejected_reasons: dict[int, str] = field(default_factory=dict)  # client_seq → reason


def to_wire(op: OutboxOp) -> Op:
    """The protocol form of an outbox op; codec.CodecError if a value cannot travel."""
    table = codec.synced_table(op.entity)
    payload: dict[str, Any] = json.loads(op.payload)
    kind = OpKind(op.kind)
    if kind is OpKind.INSERT:
        values = codec.wire_to_columns(table, payload)
        complete = {
            c.name: values[c.name] if c.name in values else _default(c)
            for c in codec.wire_columns(table)
        }
        fields = {
            name: value
            for name, value in codec.row_to_wire(complete, table).items()
            if name != "id" and name not in SERVER_SET_FIELDS
        }
    elif kind is OpKind.UPDATE:
        fields = codec.canonical_fields(table, {name: d["new"] for name, d in payload.items()})
    else:
        fields = {}
    return Op(
        op_id=op.op_id,
        client_seq=op.client_seq,
        entity=op.entity,
        entity_id=op.entity_id,
        kind=kind,
        base_version=op.base_version,
        hlc=op.hlc,
        fields=fields,
    )


def _default(column: Column[Any]) -> Any:
    """The value a column gets when an insert does not name it. An insert's
    payload is recorded before the row is flushed, so columns left to their
    model default (a journal entry's empty ``field`` …) are not in it."""
    default = column.default
    if default is not None and default.is_scalar:
        return default.arg  # type: ignore[attr-defined]
    return None


def _problem_code(error: Exception) -> str:
    if isinstance(error, codec.UnknownEntityError):
        return RejectReason.UNKNOWN_ENTITY.value
    if isinstance(error, codec.UnknownFieldError):
        return RejectReason.UNKNOWN_FIELD.value
    return RejectReason.INVALID_VALUE.value


def prepare_batch(session: Session, after_seq: int, limit: int) -> list[PreparedOp]:
    """The next pending ops after ``after_seq``, in push order, ready to send."""
    ops = session.execute(
        select(OutboxOp)
        .where(OutboxOp.state == OutboxState.PENDING.value, OutboxOp.client_seq > after_seq)
        .order_by(OutboxOp.client_seq)
        .limit(limit)
    ).scalars()
    prepared: list[PreparedOp] = []
    for op in ops:
        try:
            prepared.append(PreparedOp(op.client_seq, op.op_id, to_wire(op)))
        except (ValueError, KeyError, TypeError) as error:
            # A payload the protocol cannot carry would be refused by the server
            # too: keep it visible as rejected instead of blocking the queue.
            log.warning("outbox op %s cannot be sent: %s", op.client_seq, error)
            prepared.append(PreparedOp(op.client_seq, op.op_id, None, _problem_code(error)))
    return prepared


def reject_unsendable(session: Session, prepared: list[PreparedOp], summary: PushSummary) -> None:
    for item in prepared:
        if item.wire is None:
            _mark_rejected(session, item.op_id, item.problem)
            summary.rejected += 1
            summary.rejected_reasons[item.client_seq] = item.problem


def record_results(
    session: Session,
    ctx: WriteContext,
    sent: list[Op],
    response: PushResponse,
    summary: PushSummary,
) -> None:
    """Apply the server's answers: done ops leave the outbox, conflicts are kept
    for review, refused ops stay visible with their reason. An op the server did
    not answer stays pending and goes again next time (pushes are idempotent)."""
    results: dict[str, OpResult] = {r.op_id: r for r in response.results}
    done: list[str] = []
    for op in sent:
        result = results.get(op.op_id)
        if result is None:
            summary.unanswered += 1
            continue
        if result.status is OpStatus.REJECTED:
            reason = result.reason or "rejected"
            _mark_rejected(session, op.op_id, reason)
            summary.rejected += 1
            summary.rejected_reasons[op.client_seq] = reason
            continue
        if result.status is OpStatus.CONFLICT:
            own = [info for info in result.conflicts if not _between_own_writes(ctx, info)]
            if own:
                summary.conflicts += 1
            else:
                summary.merged += 1
            for info in own:
                session.add(conflict_record(ctx, op, info))
        elif result.status is OpStatus.MERGED:
            summary.merged += 1
        else:
            summary.applied += 1
        done.append(op.op_id)
    for start in range(0, len(done), 500):
        session.execute(delete(OutboxOp).where(OutboxOp.op_id.in_(done[start : start + 500])))


def _between_own_writes(ctx: WriteContext, info: ConflictInfo) -> bool:
    """Whether both sides of a conflict were written on this desk (the same
    field edited twice before a push, while another desk changed something
    else): the later edit is ours and wins; there is nothing for a person to
    choose. An HLC's node is the client id of the replica that made it."""
    nodes = set()
    for hlc in (info.kept_hlc, info.lost_hlc):
        try:
            nodes.add(Timestamp.decode(hlc).node)
        except ValueError:
            return False
    return nodes == {ctx.client_id}


def _mark_rejected(session: Session, op_id: str, reason: str) -> None:
    op = session.execute(select(OutboxOp).where(OutboxOp.op_id == op_id)).scalar_one_or_none()
    if op is not None:
        op.state = OutboxState.REJECTED.value
        op.error = reason


def conflict_record(ctx: WriteContext, op: Op, info: ConflictInfo) -> SyncConflict:
    """This desk's side of a conflict the server reported for one of our ops."""
    mine: Scalar = op.fields.get(info.field, info.lost)
    if info.kept_hlc == op.hlc:
        kept_mine = True
    elif info.lost_hlc == op.hlc:
        kept_mine = False
    else:
        kept_mine = info.kept == mine and info.lost != mine
    theirs, theirs_hlc = (info.lost, info.lost_hlc) if kept_mine else (info.kept, info.kept_hlc)
    return SyncConflict(
        id=new_id(),
        op_id=op.op_id,
        entity=op.entity,
        entity_id=op.entity_id,
        field=info.field,
        mine=json.dumps(mine, ensure_ascii=False),
        theirs=json.dumps(theirs, ensure_ascii=False),
        mine_hlc=op.hlc,
        theirs_hlc=theirs_hlc,
        kept="mine" if kept_mine else "theirs",
        created_at=ctx.now(),
        resolution="",
    )
