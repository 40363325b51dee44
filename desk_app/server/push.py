"""Applying a pushed batch: one transaction, idempotent by (client, op id),
one OpResult per op. The merge rules are in desk_app.sync.merge and the trust
rules in desk_app.server.trust; this module reads the rows, enforces the
caller's scope and writes what the merge decided. A bad op is refused on its
own: the ops behind it are still applied."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import Connection, bindparam, delete, insert, select, update
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, StatementError

from desk_app.server.accounts import Caller
from desk_app.server.database import ServerDatabase
from desk_app.server.errors import ApiError
from desk_app.server.escalation_schedule import reschedule
from desk_app.server.law import Law, foreign_author, refusal_detail, write_audit
from desk_app.server.rows import (
    Change,
    load_meta,
    load_values,
    record_changes,
    stored_row,
    write_result,
)
from desk_app.server.schema import applied_op, conflict
from desk_app.server.scope import SHARED_ENTITIES, UnknownScope, row_branch, visible
from desk_app.server.state import clock_after, read_state
from desk_app.server.trust import Judge, clock_ahead, directory_change, sharing_changed
from desk_app.services.audit import AuditKind
from desk_app.sync.codec import (
    InvalidValueError,
    UnknownEntityError,
    UnknownFieldError,
    canonical_fields,
    synced_table,
    wire_columns,
)
from desk_app.sync.merge import SYSTEM_FIELDS, MergeResult, hlc_time, merge, settle_derived
from desk_app.sync.protocol import (
    SERVER_SET_FIELDS,
    SYNCED_ENTITIES,
    Op,
    OpKind,
    OpResult,
    OpStatus,
    PushRequest,
    PushResponse,
    RejectReason,
    Scalar,
    permission_refusal,
)

log = logging.getLogger(__name__)

ATTEMPTS = 4
_CONFLICT_IDS = uuid.UUID("6d616b74-6162-4000-8000-636f6e666c74")

T = TypeVar("T")


@dataclass(frozen=True)
class _Outcome:
    result: OpResult
    changes: tuple[Change, ...] = ()
    merge: MergeResult | None = None
    branch_id: str | None = None
    # What the audit log keeps of this op: a refusal (a right lacked, another
    # person's name) or a change of people, queues or branches.
    audited: dict[str, Any] | None = None
    audit_kind: AuditKind = AuditKind.REFUSED
    # The ticket whose automatic rules this op may have moved (written row).
    retimed: str | None = None


MAX_CLIENT_SEQ = 2**63 - 1  # a BIGINT in both databases


def push(db: ServerDatabase, caller: Caller, request: PushRequest) -> PushResponse:
    if request.client_id != caller.client_id:
        raise ApiError(403, "client_mismatch", "client_id is not the signed-in device's")
    if any(op.client_seq > MAX_CLIENT_SEQ for op in request.ops):
        raise ApiError(422, "invalid_request", f"client_seq must be at most {MAX_CLIENT_SEQ}")
    return run_writing(db, lambda conn: _push(conn, caller, request))


def run_writing(db: ServerDatabase, work: Callable[[Connection], T]) -> T:
    """Run ``work`` in a writing transaction, again if a concurrent writer got
    in the way (the same op pushed twice at once, a deadlock, a serialisation
    failure): every retry starts over and sees what the other committed."""
    for attempt in range(1, ATTEMPTS + 1):
        try:
            with db.writing() as conn:
                return work(conn)
        except DBAPIError as error:
            if attempt == ATTEMPTS or not _retryable(error):
                raise
            log.info("push retried after a concurrent write: %s", error.orig)
    raise AssertionError("unreachable")


def _retryable(error: DBAPIError) -> bool:
    if isinstance(error, IntegrityError):
        return True  # a concurrent claim of the same op id
    code = getattr(error.orig, "sqlstate", None)
    if code in ("40001", "40P01"):  # serialization failure, deadlock detected
        return True
    return "database is locked" in str(error.orig)


def _push(conn: Connection, caller: Caller, request: PushRequest) -> PushResponse:
    now = datetime.now(UTC)
    judge = Judge(conn, caller.branches, Law(conn, caller.user_id))
    answered = _stored_results(conn, request.client_id, [op.op_id for op in request.ops])
    _claim(conn, request, answered, now)
    results: list[OpResult] = []
    changes: list[Change] = []
    retimed: set[str] = set()
    remembered: list[dict[str, Any]] = []
    forgotten: list[str] = []
    for op in request.ops:
        known = answered.get(op.op_id)
        if known is not None:
            results.append(known)
            continue
        outcome = _apply_in_savepoint(conn, caller, request.client_id, op, judge, now)
        result = outcome.result
        if outcome.merge is not None and outcome.merge.conflicts:
            _record_conflicts(conn, op, request.client_id, outcome, now)
        if outcome.audited is not None:
            _audit_refusal(conn, caller, outcome, now)
        if result.status is OpStatus.REJECTED:
            # Nothing was applied, so nothing needs remembering: pushed again
            # later (access granted, the missing row arrived) it is judged anew.
            forgotten.append(op.op_id)
        else:
            remembered.append(
                {
                    "claimed": op.op_id,
                    "claimant": request.client_id,
                    "answer": result.model_dump(mode="json"),
                }
            )
        changes.extend(outcome.changes)
        if outcome.retimed is not None:
            retimed.add(outcome.retimed)
        answered[op.op_id] = result
        results.append(result)
    if remembered:
        conn.execute(_REMEMBER, remembered)
    for start in range(0, len(forgotten), 500):
        chunk = forgotten[start : start + 500]
        conn.execute(
            delete(applied_op).where(
                applied_op.c.client_id == request.client_id, applied_op.c.op_id.in_(chunk)
            )
        )
    # In one sorted statement: concurrent pushes lock their tickets in one order.
    reschedule(conn, retimed)
    record_changes(conn, changes, now)
    node = read_state(conn).database_id
    # Past every HLC the server accepted: a refused op's clock (one far ahead,
    # above all) is not taken up.
    accepted = (
        op.hlc for op, r in zip(request.ops, results, strict=True) if r.status != "rejected"
    )
    server_hlc = clock_after(node, accepted).now().encode()
    return PushResponse(results=results, server_hlc=server_hlc)


_REMEMBER = (
    update(applied_op)
    .where(applied_op.c.client_id == bindparam("claimant"))
    .where(applied_op.c.op_id == bindparam("claimed"))
    .values(result=bindparam("answer"))
)


def _claim(
    conn: Connection, request: PushRequest, answered: dict[str, OpResult], now: datetime
) -> None:
    """Claim every new op id before applying any: a concurrent push of the same
    ops waits on these rows and then fails, and its retry returns the results
    this one stores. Op ids are the client's: another client's op with the same
    id is another op (keyed by client and op id)."""
    claims: dict[str, dict[str, Any]] = {}
    for op in request.ops:
        if op.op_id in answered or op.op_id in claims:
            continue
        claims[op.op_id] = {
            "op_id": op.op_id,
            "client_id": request.client_id,
            "client_seq": op.client_seq,
            # Only a known name is kept: a made-up one (NUL, anything) is
            # refused per op and must not reach the database here.
            "entity": op.entity if op.entity in SYNCED_ENTITIES else "",
            "entity_id": op.entity_id,
            "result": {},
            "applied_at": now,
        }
    if claims:
        conn.execute(insert(applied_op), list(claims.values()))


def _stored_results(conn: Connection, client_id: str, op_ids: Sequence[str]) -> dict[str, OpResult]:
    found: dict[str, OpResult] = {}
    unique = list(dict.fromkeys(op_ids))
    for start in range(0, len(unique), 500):
        rows = conn.execute(
            select(applied_op.c.op_id, applied_op.c.result).where(
                applied_op.c.client_id == client_id,
                applied_op.c.op_id.in_(unique[start : start + 500]),
            )
        )
        for op_id, result in rows:
            found[op_id] = OpResult.model_validate(result)
    return found


def _apply_in_savepoint(
    conn: Connection, caller: Caller, client_id: str, op: Op, judge: Judge, now: datetime
) -> _Outcome:
    savepoint = conn.begin_nested()
    try:
        outcome = _apply(conn, caller, client_id, op, judge, now)
    except (IntegrityError, DataError) as error:
        # A value the database refused (a reference to a missing row, a
        # duplicate ticket number …): this op only is refused.
        savepoint.rollback()
        log.info("op %s refused by the database: %s", op.op_id, error.orig)
        return _Outcome(_rejected(op, RejectReason.INVALID_VALUE))
    except DBAPIError:
        savepoint.rollback()
        raise  # the database's own trouble (a lock, a lost connection): retried or a 500
    except (StatementError, ValueError, OverflowError) as error:
        # A value that could not even be bound to the statement: still a value
        # of this op, refused alone, never a 500 that fails the whole batch.
        savepoint.rollback()
        log.warning("op %s refused before the database: %s", op.op_id, error)
        return _Outcome(_rejected(op, RejectReason.INVALID_VALUE))
    except BaseException:
        savepoint.rollback()
        raise
    savepoint.commit()
    return outcome


def _rejected(op: Op, reason: RejectReason | str, merged: MergeResult | None = None) -> OpResult:
    conflicts = list(merged.conflicts) if merged is not None else []
    code = reason.value if isinstance(reason, RejectReason) else reason
    return OpResult(op_id=op.op_id, status=OpStatus.REJECTED, reason=code, conflicts=conflicts)


def _audit_refusal(conn: Connection, caller: Caller, outcome: _Outcome, now: datetime) -> None:
    assert outcome.audited is not None
    write_audit(
        conn,
        now,
        outcome.audit_kind.value,
        actor_id=caller.user_id,
        actor_name=caller.username,
        branch_id=outcome.branch_id,
        device_id=caller.device_id,
        subject=f"{outcome.audited['entity']}:{outcome.audited['entity_id']}",
        detail=outcome.audited,
    )


def _apply(
    conn: Connection, caller: Caller, client_id: str, op: Op, judge: Judge, now: datetime
) -> _Outcome:
    try:
        table = synced_table(op.entity)
    except UnknownEntityError:
        return _Outcome(_rejected(op, RejectReason.UNKNOWN_ENTITY))
    try:
        hlc_time(op.hlc)  # a delete's tombstone time and a default created_at come from it
    except (ValueError, OverflowError, OSError):
        return _Outcome(_rejected(op, RejectReason.INVALID_VALUE))
    if clock_ahead(op, now):
        return _Outcome(_rejected(op, RejectReason.CLOCK_AHEAD))
    if op.kind is OpKind.DELETE and op.fields:
        return _Outcome(_rejected(op, RejectReason.INVALID_VALUE))
    try:
        given = _without_server_set(op.fields) if op.kind is OpKind.INSERT else op.fields
        fields = canonical_fields(table, given)
    except UnknownFieldError:
        return _Outcome(_rejected(op, RejectReason.UNKNOWN_FIELD))
    except InvalidValueError:
        return _Outcome(_rejected(op, RejectReason.INVALID_VALUE))
    if fields.get("id", op.entity_id) != op.entity_id:
        return _Outcome(_rejected(op, RejectReason.INVALID_VALUE))

    current = load_values(conn, table, op.entity_id, lock=True)
    allowed = caller.branches
    try:
        if current is not None and not visible(row_branch(conn, op.entity, current), allowed):
            return _Outcome(_rejected(op, RejectReason.BRANCH_NOT_ALLOWED))
        if current is None and op.kind is not OpKind.INSERT:
            # Not there, or not the caller's to see: the same answer for both,
            # so an id from another branch reveals nothing.
            reason = (
                RejectReason.NOT_FOUND
                if op.entity in SHARED_ENTITIES
                else RejectReason.BRANCH_NOT_ALLOWED
            )
            return _Outcome(_rejected(op, reason))
        # The row as it would be: its branch must be the caller's too (a branch
        # row is its own scope, so its id counts even when fields omit it).
        target = {**(current or {}), **fields, "id": op.entity_id}
        branch = row_branch(conn, op.entity, target)
    except UnknownScope:  # a journal entry of a ticket that is not there
        return _Outcome(_rejected(op, RejectReason.BRANCH_NOT_ALLOWED))
    if not visible(branch, allowed):
        return _Outcome(_rejected(op, RejectReason.BRANCH_NOT_ALLOWED))
    if current is None and _missing_required(table, fields):
        return _Outcome(_rejected(op, RejectReason.INVALID_VALUE))
    refusal = _distrusted(conn, caller, op, current, fields, branch, judge)
    if refusal is not None:
        return _Outcome(_rejected(op, refusal))
    if foreign_author(op, fields, caller.user_id):
        # The author of what a desk pushes is the token's person, never a field.
        detail = {**_op_summary(op), "author_id": fields.get("author_id"), "right": ""}
        return _Outcome(_rejected(op, RejectReason.NOT_ALLOWED), branch_id=branch, audited=detail)
    assert judge.law is not None
    denied = judge.law.refused(op, current, fields)
    if denied is not None:
        lacked = permission_refusal(denied.right.value)
        detail = refusal_detail(op, denied)
        return _Outcome(_rejected(op, lacked), branch_id=branch, audited=detail)

    meta = load_meta(conn, op.entity, op.entity_id) if current is not None else None
    stored = stored_row(current, meta) if current is not None else None
    merged = merge(op.entity, stored, op, fields, client_id)
    if merged.status is OpStatus.REJECTED:
        reason = RejectReason(merged.reason)
        return _Outcome(_rejected(op, reason, merged), merge=merged, branch_id=branch)
    # Derived fields (closed_at, tier) follow the merged values, never a desk's.
    merged = settle_derived(
        op.entity, current, merged, lambda entity, key: load_values(conn, synced_table(entity), key)
    )
    write_result(
        conn,
        op.entity,
        op.entity_id,
        merged,
        exists=current is not None,
        meta_exists=meta is not None,
    )
    result = OpResult(
        op_id=op.op_id,
        status=merged.status,
        version=merged.version,
        conflicts=list(merged.conflicts),
    )
    # A losing op changes no value, but its desk may hold its own value beside a
    # row it pulled meanwhile: logged, the row comes to it again.
    logged = merged.writes_row or bool(merged.conflicts)
    changes = [Change(op.entity, op.entity_id, branch)] if logged else []
    if op.entity == "ticket" and current is not None and branch != current.get("branch_id"):
        changes += _journal_follows(conn, op.entity_id, branch)
    retimed = _retimed(op.entity, op.entity_id, target) if merged.writes_row else None
    kind = _DIRECTORY_AUDIT.get(op.entity)
    if kind is not None and merged.writes_row:
        before = {name: (current or {}).get(name) for name in fields}
        detail = {**_op_summary(op), "before": before, "after": dict(fields)}
        return _Outcome(result, tuple(changes), merged, branch, audited=detail, audit_kind=kind)
    return _Outcome(result, changes=tuple(changes), merge=merged, branch_id=branch, retimed=retimed)


def _retimed(entity: str, entity_id: str, row: dict[str, Scalar]) -> str | None:
    """The ticket a written row belongs to, whose rules the server times again
    (server.escalation_schedule): a status, a priority or a contact moves them."""
    if entity == "ticket":
        return entity_id
    if entity == "ticket_journal":
        ticket_id = row.get("ticket_id")
        return ticket_id if isinstance(ticket_id, str) else None
    return None


# Directory rows a desk changed (within its rights): kept in the audit log.
_DIRECTORY_AUDIT = {
    "app_user": AuditKind.USER_CHANGED,
    "desk_group": AuditKind.QUEUE_CHANGED,
    "queue_member": AuditKind.QUEUE_CHANGED,
    "branch": AuditKind.CONFIG_CHANGED,
}


def _distrusted(
    conn: Connection,
    caller: Caller,
    op: Op,
    current: dict[str, Scalar] | None,
    fields: dict[str, Scalar],
    branch: str | None,
    judge: Judge,
) -> RejectReason | None:
    """The trust rules (server.trust) beyond the row's own branch, in order."""
    refusal = directory_change(op, current, fields, caller.user_id)
    if refusal is not None:
        return refusal
    if current is not None and sharing_changed(row_branch(conn, op.entity, current), branch):
        return RejectReason.NOT_ALLOWED
    if op.entity == "ticket":
        refusal = judge.ticket_number(current, fields, branch)
        if refusal is not None:
            return refusal
    if op.entity == "register_entry":
        refusal = judge.register_entry(current, fields, branch)
        if refusal is not None:
            return refusal
    return judge.references(op.entity, current, fields)


def _op_summary(op: Op) -> dict[str, Any]:
    return {
        "op_id": op.op_id,
        "entity": op.entity,
        "entity_id": op.entity_id,
        "kind": op.kind.value,
        "fields": sorted(op.fields),
    }


def _journal_follows(conn: Connection, ticket_id: str, branch: str | None) -> list[Change]:
    """A ticket moved to another branch takes its history along: its journal
    entries are logged anew under the new branch, so that branch pulls them."""
    journal = synced_table("ticket_journal")
    ids = conn.execute(select(journal.c.id).where(journal.c.ticket_id == ticket_id)).scalars()
    return [Change("ticket_journal", entry_id, branch) for entry_id in ids]


def _without_server_set(fields: dict[str, Scalar]) -> dict[str, Scalar]:
    """The bookkeeping the server sets itself (version, HLC, writer, tombstone)
    is not sent in an insert; a client that sends it anyway is not trusted with
    it: those values are ignored."""
    return {k: v for k, v in fields.items() if k not in SERVER_SET_FIELDS}


def _missing_required(table: Any, fields: dict[str, Scalar]) -> list[str]:
    return [
        c.name
        for c in wire_columns(table)
        if c.name not in fields
        and c.name not in SYSTEM_FIELDS
        and not c.nullable
        and c.default is None
        and c.server_default is None
    ]


def _record_conflicts(
    conn: Connection, op: Op, client_id: str, outcome: _Outcome, now: datetime
) -> None:
    """Keep every losing value for review. Ids derive from the client, the op
    and the field, so an op judged again (a rejected one pushed anew) records
    nothing twice, and another client's op of the same id records its own."""
    assert outcome.merge is not None
    records = [
        {
            "id": str(uuid.uuid5(_CONFLICT_IDS, f"{client_id}/{op.op_id}/{c.field}")),
            "entity": op.entity,
            "entity_id": op.entity_id,
            "branch_id": outcome.branch_id,
            "field": c.field,
            "kept_value": c.kept,
            "lost_value": c.lost,
            "kept_hlc": c.kept_hlc,
            "lost_hlc": c.lost_hlc,
            "op_id": op.op_id,
            "client_id": client_id,
            "created_at": now,
        }
        for c in outcome.merge.conflicts
    ]
    known = set(
        conn.execute(
            select(conflict.c.id).where(conflict.c.id.in_([r["id"] for r in records]))
        ).scalars()
    )
    fresh = [r for r in records if r["id"] not in known]
    if fresh:
        conn.execute(insert(conflict), fresh)
