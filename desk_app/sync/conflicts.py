"""What the outbox and conflict views show, and what a person can do there.

- ``list_outbox``: every operation still waiting (pending) or refused by the
  server (rejected, with its reason code), oldest first.
- ``list_conflicts``: fields changed here and elsewhere at once, with both
  values; ``resolve_conflict`` keeps one of them (or a new value) through the
  ordinary services, so the choice is journalled and pushed like any edit.
- ``retry_rejected`` puts a refused op back in the queue (after the cause was
  fixed, e.g. the branch was granted); ``discard_rejected`` drops it. Dropping
  is always the person's explicit choice: nothing in the engine ever drops an op.

All functions work in the caller's session/transaction and return plain data.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, Literal

from sqlalchemy import Column, select
from sqlalchemy.orm import Session

from desk_app.models import (
    Base,
    JournalKind,
    OpKind,
    OutboxOp,
    OutboxState,
    SyncConflict,
    Ticket,
)
from desk_app.services import journal, tickets
from desk_app.services.context import WriteContext
from desk_app.services.derived import hlc_time
from desk_app.services.messages import NotFound
from desk_app.services.ticket_detail import TICKET_ID_FIELDS, ticket_numbers
from desk_app.sync import codec
from desk_app.sync.pull import parked_count
from desk_app.sync.status import ConflictEntry, FieldChange, HistoryRecord, OutboxEntry

__all__ = [
    "Choice",
    "discard_rejected",
    "list_conflicts",
    "list_outbox",
    "parked_count",
    "resolve_conflict",
    "retry_rejected",
]

Choice = Literal["mine", "theirs", "edit"]


# -- the outbox ---------------------------------------------------------------


def list_outbox(session: Session, *, limit: int | None = None) -> list[OutboxEntry]:
    """Pending and rejected operations in push order, each with a summary a
    person recognises (the ticket number and what changed)."""
    query = select(OutboxOp).order_by(OutboxOp.client_seq)
    if limit is not None:
        query = query.limit(limit)
    ops = list(session.execute(query).scalars())
    numbers = _ticket_numbers_for(session, ops)
    entries = []
    for op in ops:
        payload = _payload(op)
        changes = _changes(op, payload)
        history = _history(op, payload)
        named = [c.old for c in changes if c.field in TICKET_ID_FIELDS]
        named += [c.new for c in changes if c.field in TICKET_ID_FIELDS]
        if history is not None and (history.field in TICKET_ID_FIELDS or history.kind in _LINKS):
            named += [history.old_value, history.new_value]
        entries.append(
            OutboxEntry(
                client_seq=op.client_seq,
                entity=op.entity,
                entity_id=op.entity_id,
                kind=op.kind,
                state=op.state,
                error=op.error,
                created_at=op.created_at,
                summary=_summary(op, numbers),
                number=numbers.get(op.entity_id, "") if op.entity in _TICKETS else "",
                changes=changes,
                history=history,
                ticket_numbers=ticket_numbers(session, named) if named else {},
            )
        )
    return entries


_TICKETS = frozenset({"ticket", "ticket_journal"})
_LINKS = frozenset({JournalKind.LINKED.value, JournalKind.UNLINKED.value, JournalKind.MERGED.value})


def _changes(op: OutboxOp, payload: dict[str, Any]) -> tuple[FieldChange, ...]:
    """An edit's fields, each before and after, as text (the payload of an
    update is ``{field: {"old": …, "new": …}}``)."""
    if op.kind != OpKind.UPDATE.value:
        return ()
    return tuple(
        FieldChange(name, _text(diff.get("old")), _text(diff.get("new")))
        for name, diff in payload.items()
        if isinstance(diff, dict)
    )


def _history(op: OutboxOp, payload: dict[str, Any]) -> HistoryRecord | None:
    if op.entity != "ticket_journal" or op.kind != OpKind.INSERT.value:
        return None
    duration = payload.get("duration_s")
    return HistoryRecord(
        kind=_text(payload.get("kind")),
        field=_text(payload.get("field")),
        old_value=_text(payload.get("old_value")),
        new_value=_text(payload.get("new_value")),
        body=_text(payload.get("body")),
        channel=_text(payload.get("channel")),
        direction=_text(payload.get("direction")),
        duration_s=duration if isinstance(duration, int) else 0,
    )


def _ticket_numbers_for(session: Session, ops: list[OutboxOp]) -> dict[str, str]:
    """Ticket number by ticket id, and by journal entry id, for these ops."""
    ticket_ids = {op.entity_id for op in ops if op.entity == "ticket"}
    journal_ticket: dict[str, str] = {}
    for op in ops:
        if op.entity == "ticket_journal":
            payload = _payload(op)
            if isinstance(payload.get("ticket_id"), str):
                journal_ticket[op.entity_id] = payload["ticket_id"]
    ticket_ids.update(journal_ticket.values())
    numbers: dict[str, str] = {}
    for chunk in _chunks(sorted(ticket_ids)):
        rows = session.execute(select(Ticket.id, Ticket.number).where(Ticket.id.in_(chunk)))
        numbers.update((ticket_id, number) for ticket_id, number in rows)
    for entry_id, ticket_id in journal_ticket.items():
        if ticket_id in numbers:
            numbers[entry_id] = numbers[ticket_id]
    return numbers


def _summary(op: OutboxOp, numbers: dict[str, str]) -> str:
    payload = _payload(op)
    if op.entity == "ticket":
        number = numbers.get(op.entity_id, str(payload.get("number", "")))
        if op.kind == OpKind.UPDATE.value:
            return f"{number}: {', '.join(payload)}"
        return number
    if op.entity == "ticket_journal":
        number = numbers.get(op.entity_id, "")
        what = str(payload.get("field") or payload.get("kind", ""))
        return f"{number}: {what}" if number else what
    if op.kind == OpKind.UPDATE.value:
        return ", ".join(payload)
    for name in ("name", "username", "code", "product"):
        if isinstance(payload.get(name), str):
            return str(payload[name])
    return op.entity_id


def _payload(op: OutboxOp) -> dict[str, Any]:
    try:
        value = json.loads(op.payload)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def retry_rejected(session: Session, client_seq: int | None = None) -> int:
    """Queue rejected ops again (one, or all when ``client_seq`` is None);
    returns how many. They keep their place in the push order."""
    query = select(OutboxOp).where(OutboxOp.state == OutboxState.REJECTED.value)
    if client_seq is not None:
        query = query.where(OutboxOp.client_seq == client_seq)
    ops = list(session.execute(query).scalars())
    for op in ops:
        op.state = OutboxState.PENDING.value
        op.error = ""
    return len(ops)


def discard_rejected(session: Session, ctx: WriteContext, client_seq: int) -> bool:
    """Drop one rejected op: the person's explicit decision that the change
    shall not reach the server. Only rejected ops can be discarded.

    For a refused edit, fields that still hold the refused value go back to
    the value they had before (what the server has), and for a ticket the
    journal records that change back. A refused insert leaves its row on this
    desk only. Returns False when there is no such rejected op."""
    op = session.execute(
        select(OutboxOp).where(
            OutboxOp.client_seq == client_seq, OutboxOp.state == OutboxState.REJECTED.value
        )
    ).scalar_one_or_none()
    if op is None:
        return False
    if op.kind == OpKind.UPDATE.value:
        _revert_update(session, ctx, op)
    session.delete(op)
    session.flush()
    return True


def _revert_update(session: Session, ctx: WriteContext, op: OutboxOp) -> None:
    mapped = _mapped_class(op.entity)
    if mapped is None:
        return
    row = session.execute(select(mapped).where(mapped.id == op.entity_id)).scalar_one_or_none()
    if row is None:
        return
    table = codec.synced_table(op.entity)
    now, hlc = ctx.now(), ctx.stamp(session)
    previous = {name: getattr(row, name, None) for name in ("status", "closed_at")}
    for name, diff in _payload(op).items():
        if name not in table.c or not isinstance(diff, dict):
            continue
        column = table.c[name]
        try:
            refused = codec.decode_value(column, diff.get("new"))
            before = codec.decode_value(column, diff.get("old"))
        except codec.CodecError:
            continue
        if getattr(row, name) != refused:
            continue  # changed again since: leave the newer value alone
        setattr(row, name, before)
        if op.entity == "ticket":
            journal.append(
                session,
                ctx,
                ticket_id=op.entity_id,
                kind=tickets.EDITABLE.get(name, JournalKind.FIELD_CHANGED),
                at=now,
                hlc=hlc,
                field=name,
                old_value=_text(refused),
                new_value=_text(before),
            )
    if isinstance(row, Ticket):
        # A status or queue put back takes its closing time and tier along.
        tickets.settle_derived(session, row, previous=previous, changed_at=hlc_time(hlc))


# -- conflicts ----------------------------------------------------------------


def list_conflicts(session: Session, *, include_resolved: bool = False) -> list[ConflictEntry]:
    """Conflict records, newest first, each labelled with what a person
    recognises (for a ticket: its number and subject)."""
    query = select(SyncConflict).order_by(SyncConflict.created_at.desc(), SyncConflict.id)
    if not include_resolved:
        query = query.where(SyncConflict.resolved_at.is_(None))
    records = list(session.execute(query).scalars())
    labels = _labels(session, records)
    named = [
        _text(_loads(value))
        for record in records
        if record.field in TICKET_ID_FIELDS
        for value in (record.mine, record.theirs)
    ]
    numbers = ticket_numbers(session, named) if named else {}
    return [_entry(record, labels.get(record.entity_id, ""), numbers) for record in records]


def _entry(
    record: SyncConflict, label: str, numbers: dict[str, str] | None = None
) -> ConflictEntry:
    mine, theirs = _text(_loads(record.mine)), _text(_loads(record.theirs))
    return ConflictEntry(
        id=record.id,
        entity=record.entity,
        entity_id=record.entity_id,
        label=label,
        field=record.field,
        mine=mine,
        theirs=theirs,
        mine_hlc=record.mine_hlc,
        theirs_hlc=record.theirs_hlc,
        kept=record.kept,
        created_at=record.created_at,
        ticket_numbers={k: v for k, v in (numbers or {}).items() if k in (mine, theirs)},
    )


def _labels(session: Session, records: Iterable[SyncConflict]) -> dict[str, str]:
    by_entity: dict[str, set[str]] = {}
    for record in records:
        by_entity.setdefault(record.entity, set()).add(record.entity_id)
    labels: dict[str, str] = {}
    for entity, ids in by_entity.items():
        table = Base.metadata.tables.get(entity)
        if table is None:
            continue
        parts = [
            table.c[name] for name in ("number", "subject", "name", "username") if name in table.c
        ]
        if not parts:
            continue
        for chunk in _chunks(sorted(ids)):
            for row in session.execute(select(table.c.id, *parts).where(table.c.id.in_(chunk))):
                labels[row[0]] = " ".join(str(v) for v in row[1:] if v)
    return labels


def resolve_conflict(
    session: Session,
    ctx: WriteContext,
    conflict_id: str,
    choice: Choice,
    value: str | None = None,
) -> ConflictEntry:
    """Settle a conflict: keep "mine", keep "theirs", or "edit" to ``value``.

    If the row does not hold the chosen value now, it is written through the
    ordinary services (for a ticket: ``tickets.change_fields``), so the choice
    is validated, journalled and pushed like any edit. Older open records of
    the same field are settled with it. Raises NotFound for an unknown or
    already settled record, ValueError for a bad choice or an edit value that
    does not fit the field, and ValidationFailed as the services do."""
    record = session.get(SyncConflict, conflict_id)
    if record is None or record.resolved_at is not None:
        raise NotFound(conflict_id)
    table = codec.synced_table(record.entity)
    if record.field not in table.c:
        raise ValueError(f"unknown field {record.field!r}")
    column = table.c[record.field]
    if choice == "mine":
        target = codec.decode_value(column, _loads(record.mine))
    elif choice == "theirs":
        target = codec.decode_value(column, _loads(record.theirs))
    elif choice == "edit":
        if value is None:
            raise ValueError("an edit needs a value")
        target = _coerce(column, value)
    else:
        raise ValueError(f"unknown choice {choice!r}")

    current = session.execute(
        select(column).where(table.c.id == record.entity_id)
    ).scalar_one_or_none()
    if current != target:
        _write(session, ctx, record.entity, record.entity_id, record.field, target)

    now = ctx.now()
    siblings = session.execute(
        select(SyncConflict).where(
            SyncConflict.entity == record.entity,
            SyncConflict.entity_id == record.entity_id,
            SyncConflict.field == record.field,
            SyncConflict.resolved_at.is_(None),
        )
    ).scalars()
    for open_record in siblings:
        open_record.resolved_at = now
        open_record.resolution = choice
    session.flush()
    return _entry(record, _labels(session, [record]).get(record.entity_id, ""))


def _write(
    session: Session, ctx: WriteContext, entity: str, entity_id: str, name: str, value: Any
) -> None:
    if entity == "ticket":
        tickets.change_fields(session, ctx, entity_id, {name: value})
        return
    # Other entities have no editing service yet: the same rules by hand —
    # the row, its version and HLC, and the outbox op in one transaction.
    mapped = _mapped_class(entity)
    if mapped is None:
        raise ValueError(f"cannot edit {entity!r}")
    row = session.execute(select(mapped).where(mapped.id == entity_id)).scalar_one_or_none()
    if row is None or row.deleted_at is not None:
        raise NotFound(entity_id)
    old = getattr(row, name)
    hlc = ctx.stamp(session)
    setattr(row, name, value)
    row.updated_at = hlc
    # Based on the version last taken from the server, which stays the row's
    # version until the next pull (docs/sync-protocol.md, "Merge rules").
    journal.queue_op(
        session,
        ctx,
        entity,
        entity_id,
        OpKind.UPDATE,
        {name: {"old": old, "new": value}},
        row.version,
        hlc,
    )


def _coerce(column: Column[Any], value: str) -> Any:
    """A value typed by a person → the field's type."""
    kind = codec.column_kind(column)
    if kind == "int":
        try:
            return int(value.strip())
        except ValueError:
            raise ValueError(f"{column.name}: not a whole number") from None
    if kind == "bool":
        return value.strip().lower() in ("1", "true", "yes")
    if kind == "datetime":
        return codec.parse_datetime(value.strip())
    if value == "" and column.nullable and column.foreign_keys:
        return None
    return value


def _mapped_class(entity: str) -> Any:
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == entity:
            return mapper.class_
    return None


def _loads(encoded: str) -> Any:
    try:
        return json.loads(encoded)
    except ValueError:
        return encoded


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _chunks(items: list[str], size: int = 500) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
