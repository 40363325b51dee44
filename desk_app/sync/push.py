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
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Column, delete, select
from sqlalchemy.orm import Session

from desk_app.models import Base, OutboxOp, OutboxState, SyncConflict
from desk_app.services import sla_clock
from desk_app.services.context import WriteContext
from desk_app.services.derived import derived_fields, hlc_time
from desk_app.services.hlc import Timestamp
from desk_app.services.ids import new_id
from desk_app.storage.guards import update_guards_lifted
from desk_app.sync import codec
from desk_app.sync.protocol import (
    MAX_CLOCK_AHEAD_MS,
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


# -- a clock that was ahead ---------------------------------------------------

CLOCK_AHEAD = RejectReason.CLOCK_AHEAD.value
# Columns that hold the wall time of the write itself (not a date a person
# chose, like a follow-up): written by a clock that was ahead, they are brought
# back (``_honest_floor``) when the desk re-stamps its refused changes.
WRITE_TIME_COLUMNS = ("at", "created_at", "deleted_at", "last_activity_at")


@dataclass(frozen=True)
class ClockCheck:
    """What the desk learnt about its clock from the server's time."""

    refused: int = 0  # ops waiting in the outbox, refused as clock_ahead
    restamped: int = 0  # of those, put back to pending with fresh HLCs
    ahead_ms: int = 0  # how far the wall clock is ahead of the server's, when refused


def refused_for_clock(session: Session) -> list[OutboxOp]:
    return list(
        session.execute(
            select(OutboxOp)
            .where(OutboxOp.state == OutboxState.REJECTED.value, OutboxOp.error == CLOCK_AHEAD)
            .order_by(OutboxOp.client_seq)
        ).scalars()
    )


def check_clock(
    session: Session, ctx: WriteContext, server_hlc: str, *, restamp: bool
) -> ClockCheck:
    """After the server answered with its time: if ops wait refused as
    ``clock_ahead`` and this desk's wall clock is now within the bound of the
    server's, rewind the HLC and re-stamp them for pushing again; otherwise say
    how far ahead the desk still is.

    Going back is safe here, and only here: the ops refused were never
    accepted by the server, so no other replica has seen their HLCs, and every
    op the server did accept was within the bound of its clock, hence behind
    ``server_hlc`` plus the bound, which the rewound clock is past (it restarts
    at the later of the wall clock and ``server_hlc``). What this desk stamps
    afterwards is after the server's time and its own wall time, and the
    refused ops keep their order among themselves (fresh stamps in
    ``client_seq`` order). While the wall clock is still ahead nothing changes:
    going back then would only be undone by the next stamp."""
    ops = refused_for_clock(session)
    if not ops:
        return ClockCheck()
    try:
        server = Timestamp.decode(server_hlc)
    except ValueError:
        return ClockCheck(refused=len(ops))
    ahead_ms = ctx.wall_ms() - server.wall_ms
    if ahead_ms > MAX_CLOCK_AHEAD_MS or not restamp:
        return ClockCheck(refused=len(ops), ahead_ms=max(ahead_ms, 0))
    if ctx.clock.last > server:
        ctx.rewind_clock(session, server)
    now = ctx.now()
    floor = _honest_floor(ops, now)
    fresh: dict[str, str] = {}  # old HLC → new: one write's ops keep one stamp
    # The journal is append-only; a refused entry is re-stamped all the same:
    # no other replica has it, and it stays the same entry, only its times move.
    with update_guards_lifted(session, "ticket_journal"):
        for op in ops:
            old = op.hlc
            if old not in fresh:
                fresh[old] = ctx.stamp(session)
            _restamp(session, op, fresh[old], now, floor)
        session.flush()
    log.info("clock corrected: %d refused ops re-stamped", len(ops))
    return ClockCheck(refused=len(ops), restamped=len(ops))


def _restamp(session: Session, op: OutboxOp, hlc: str, now: datetime, floor: datetime) -> None:
    """One refused op, and the local row it wrote, on a fresh HLC: every value
    that is the old HLC (``updated_at``), every derived time that is its wall
    time (a ticket's ``closed_at``), and the write's own times that lie in the
    future (a journal entry's ``at`` …), brought back to ``floor``
    (``_honest_floor``)."""
    old = op.hlc
    old_time, new_time = hlc_time(old), hlc_time(hlc)
    derived = derived_fields(op.entity)
    payload: Any = json.loads(op.payload)
    if isinstance(payload, dict):
        for name, value in payload.items():
            if value == old:
                payload[name] = hlc
            elif name in derived and isinstance(value, str) and _same_time(value, old_time):
                payload[name] = new_time.isoformat()
            elif name in WRITE_TIME_COLUMNS and isinstance(value, str) and _after(value, now):
                payload[name] = floor.isoformat()
            elif isinstance(value, dict) and value.get("new") == old:
                value["new"] = hlc
        op.payload = json.dumps(payload, ensure_ascii=False)
    op.hlc = hlc
    op.state = OutboxState.PENDING.value
    op.error = ""
    mapped = _mapped_class(op.entity)
    row = None if mapped is None else session.get(mapped, op.entity_id)
    if row is None:
        return
    for column in row.__table__.columns:
        value = getattr(row, column.key, None)
        if value == old:
            setattr(row, column.key, hlc)
        elif column.key in derived and value == old_time:
            setattr(row, column.key, new_time)
        elif (
            column.key in WRITE_TIME_COLUMNS and isinstance(value, datetime) and _aware(value) > now
        ):
            setattr(row, column.key, floor)
    if op.entity == "ticket_journal":
        sla_clock.mark(session, [row.ticket_id], floor)
    elif op.entity == "ticket":
        sla_clock.mark(session, [row.id], floor)


def _honest_floor(ops: list[OutboxOp], now: datetime) -> datetime:
    """The time the future times of refused ops are brought back to: now, or
    the earliest write time among them that was not in the future (written
    after the clock was corrected), so what was written while the clock was
    ahead still reads before it (ties fall to the HLC, in write order)."""
    floor = now
    for op in ops:
        try:
            payload = json.loads(op.payload)
        except ValueError:
            continue
        if not isinstance(payload, dict):
            continue
        for name in WRITE_TIME_COLUMNS:
            value = payload.get(name)
            if isinstance(value, str) and not _after(value, now):
                try:
                    floor = min(floor, _aware(datetime.fromisoformat(value)))
                except ValueError:
                    continue
    return floor


def _same_time(text: str, moment: datetime) -> bool:
    try:
        return datetime.fromisoformat(text) == moment
    except ValueError:
        return False


def _after(text: str, moment: datetime) -> bool:
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return False
    return _aware(parsed) > moment


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _mapped_class(entity: str) -> Any:
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == entity:
            return mapper.class_
    return None
