"""Field-level merge of one pushed operation into the stored row (pure functions).

The rules (docs/sync-protocol.md, "Merge rules"):
- every row keeps per field the HLC of its last write (``field_hlc``) and the
  row version at which the field last changed (``field_version``);
- an op's ``base_version`` is the version of the row its desk last took from
  the server (a pull), never a number the desk counted up itself; a row the
  desk created and has not synced counts as version 1, its own insert;
- a field whose ``field_version`` is above the op's ``base_version`` was
  changed concurrently (a conflict: the later HLC decides the value) unless
  that change is the pushing client's own: a client's ops are totally ordered
  by its ``client_seq``, so its later op follows its earlier one and is no
  conflict with it. A write's HLC names the client that made it (its node), so
  "own" means the field's HLC node is the pusher's client id, and the op's too;
- otherwise the incoming value is written when its HLC is later. An incoming
  value that loses (older HLC) is never dropped silently: it becomes a
  conflict record too. Long text (a description) follows the same rule:
  edited on both sides, one version stays in the row, the other in the record;
- the journal is append-only: a known id is a union (nothing to do), updates
  and deletes are refused;
- the tombstone wins: an edit of a deleted row is rejected ``deleted`` (and
  recorded as a conflict when it was concurrent with the delete);
- derived fields (a ticket's ``closed_at`` and ``tier``, services.derived) are
  never merged: sent values are ignored, and ``settle_derived`` computes them
  from the merged row before it is written.

The value of every field is decided by the largest (HLC, value) pair ever
seen, so applying concurrent operations in any order gives the same row.
No I/O here: the server reads the row, calls ``merge`` and writes the result.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from desk_app.services import derived
from desk_app.services.derived import hlc_time
from desk_app.services.hlc import Timestamp
from desk_app.sync.codec import format_datetime
from desk_app.sync.protocol import ConflictInfo, Op, OpKind, OpStatus, RejectReason, Scalar

# Bookkeeping columns of every synced row: set by the merge, never by an update.
SYSTEM_FIELDS = frozenset(
    {"id", "updated_at", "version", "origin_client_id", "created_at", "deleted_at"}
)
APPEND_ONLY_ENTITIES = frozenset({"ticket_journal"})


@dataclass(frozen=True, slots=True)
class StoredRow:
    """A row as stored: canonical wire values plus its merge metadata."""

    values: Mapping[str, Scalar]
    version: int
    updated_at: str
    field_hlc: Mapping[str, str] = field(default_factory=dict)
    field_version: Mapping[str, int] = field(default_factory=dict)
    # Per field, another client's write of the value the field's owner (its
    # HLC's node) wrote too, neither having seen the other: (version, HLC).
    # No conflict was due then (nothing differed); the owner's next change of
    # the field, if not based on that version or later, is one.
    field_others: Mapping[str, tuple[int, str]] = field(default_factory=dict)

    @property
    def deleted(self) -> bool:
        return self.values.get("deleted_at") is not None

    def hlc_of(self, name: str) -> str:
        # A field with no metadata was last written when the row was.
        return self.field_hlc.get(name, self.updated_at)

    def version_of(self, name: str) -> int:
        return self.field_version.get(name, 1)


@dataclass(frozen=True, slots=True)
class MergeResult:
    status: OpStatus
    reason: str = ""
    # Columns to write (data fields, and deleted_at/updated_at/version on a write).
    changes: dict[str, Scalar] = field(default_factory=dict)
    version: int = 0
    updated_at: str = ""
    field_hlc: dict[str, str] = field(default_factory=dict)
    field_version: dict[str, int] = field(default_factory=dict)
    field_others: dict[str, tuple[int, str]] = field(default_factory=dict)
    conflicts: tuple[ConflictInfo, ...] = ()
    # The metadata changed even though no value did (a later HLC for an equal value).
    meta_changed: bool = False

    @property
    def writes_row(self) -> bool:
        return bool(self.changes)


def rejected(reason: RejectReason | str, conflicts: tuple[ConflictInfo, ...] = ()) -> MergeResult:
    return MergeResult(OpStatus.REJECTED, reason=str(reason), conflicts=conflicts)


__all__ = ["MergeResult", "StoredRow", "hlc_time", "merge", "rejected", "settle_derived"]


def _node(hlc: str) -> str:
    try:
        return Timestamp.decode(hlc).node
    except ValueError:
        return ""


def _order_key(value: Scalar) -> str:
    # Ties between equal HLCs are broken by the value itself, so the outcome
    # never depends on arrival order.
    return json.dumps(value, sort_keys=True)


def _later(hlc_a: str, value_a: Scalar, hlc_b: str, value_b: Scalar) -> bool:
    """Whether (hlc_a, value_a) beats (hlc_b, value_b)."""
    return (hlc_a, _order_key(value_a)) > (hlc_b, _order_key(value_b))


def merge(
    entity: str,
    current: StoredRow | None,
    op: Op,
    fields: Mapping[str, Scalar],
    client_id: str,
) -> MergeResult:
    """The outcome of ``op``, pushed by ``client_id``, on ``current`` (None: no such row).

    ``fields`` are the op's fields already validated and in canonical wire form.
    Derived fields among them are ignored (see ``settle_derived``).
    """
    fields = derived.without_derived(entity, fields)
    if op.kind is OpKind.INSERT:
        if current is None:
            return _insert_new(op, fields, client_id)
        if entity in APPEND_ONLY_ENTITIES:
            return MergeResult(OpStatus.APPLIED, version=current.version)  # union by id
        if current.deleted:
            return rejected(RejectReason.DELETED)
        data = {k: v for k, v in fields.items() if k not in SYSTEM_FIELDS}
        return _update(current, op, data, client_id, base_version=0, from_insert=True)
    if entity in APPEND_ONLY_ENTITIES:
        return rejected(RejectReason.NOT_ALLOWED)
    if current is None:
        return rejected(RejectReason.NOT_FOUND)
    if op.kind is OpKind.DELETE:
        return _delete(current, op, client_id)
    if any(name in SYSTEM_FIELDS for name in fields):
        return rejected(RejectReason.NOT_ALLOWED)
    if current.deleted:
        return _update_of_deleted(current, op, fields)
    return _update(current, op, fields, client_id, base_version=op.base_version, from_insert=False)


def _own_writer(op: Op, client_id: str) -> Callable[[str], bool]:
    """Whether a stored HLC is a write of the pushing client: then this op,
    later in that client's order, follows it and is not concurrent with it.
    Only an op stamped with its pusher's own node may claim that."""
    if _node(op.hlc) != client_id:
        return lambda _hlc: False
    return lambda hlc: _node(hlc) == client_id


def _changed_by_others(
    current: StoredRow,
    field_hlc: Mapping[str, str],
    field_version: Mapping[str, int],
    base_version: int,
    own: Callable[[str], bool],
) -> bool:
    """Whether the row changed after ``base_version`` by someone else."""
    if current.version <= base_version:
        return False
    since = [name for name, version in field_version.items() if version > base_version]
    if not since:
        return True  # no field says whose write moved the version: assume another's
    return any(not own(field_hlc.get(name, "")) for name in since)


def _full_meta(current: StoredRow) -> tuple[dict[str, str], dict[str, int]]:
    """The row's metadata with every field spelled out. A field without an entry
    falls back to the row's HLC; once the row's HLC moves on, that fallback would
    change meaning, so the first write pins it down for every field."""
    names = [name for name in current.values if name not in SYSTEM_FIELDS]
    field_hlc = {name: current.hlc_of(name) for name in names}
    field_version = {name: current.version_of(name) for name in names}
    field_hlc.update(current.field_hlc)
    field_version.update(current.field_version)
    return field_hlc, field_version


def _conflict(name: str, kept: Scalar, kept_hlc: str, lost: Scalar, lost_hlc: str) -> ConflictInfo:
    return ConflictInfo(field=name, kept=kept, lost=lost, kept_hlc=kept_hlc, lost_hlc=lost_hlc)


def _insert_new(op: Op, fields: Mapping[str, Scalar], client_id: str) -> MergeResult:
    changes = dict(fields)
    data = [name for name in changes if name not in SYSTEM_FIELDS]
    changes.setdefault("created_at", format_datetime(hlc_time(op.hlc)))
    changes.update(
        id=op.entity_id,
        version=1,
        updated_at=op.hlc,
        origin_client_id=client_id,
        deleted_at=None,
    )
    return MergeResult(
        OpStatus.APPLIED,
        changes=changes,
        version=1,
        updated_at=op.hlc,
        field_hlc=dict.fromkeys(data, op.hlc),
        field_version=dict.fromkeys(data, 1),
    )


def _update(
    current: StoredRow,
    op: Op,
    fields: Mapping[str, Scalar],
    client_id: str,
    *,
    base_version: int,
    from_insert: bool,
) -> MergeResult:
    new_version = current.version + 1
    field_hlc, field_version = _full_meta(current)
    own = _own_writer(op, client_id)
    others_meanwhile = _changed_by_others(current, field_hlc, field_version, base_version, own)
    field_others = dict(current.field_others)
    changes: dict[str, Scalar] = {}
    conflicts: list[ConflictInfo] = []
    meta_changed = False
    echoed = False  # an equal write neither side had seen: a version of its own
    for name, incoming in fields.items():
        stored = current.values.get(name)
        stored_hlc = current.hlc_of(name)
        concurrent = current.version_of(name) > base_version and not own(stored_hlc)
        incoming_wins = _later(op.hlc, incoming, stored_hlc, stored)
        if incoming == stored:
            # Same value: nothing to write, but remember the later HLC so a
            # third writer is judged the same way whatever the arrival order.
            if incoming_wins and op.hlc != stored_hlc:
                field_hlc[name] = op.hlc
                meta_changed = True
                if concurrent:
                    # The field is this client's now, but the other client's
                    # equal write stays unseen by it (see field_others).
                    field_others[name] = (current.version_of(name), stored_hlc)
            elif concurrent and _node(op.hlc) != _node(stored_hlc):
                # An equal write with an older HLC: the field's owner has not
                # seen it, and its next change based before it loses it.
                field_others[name] = max(field_others.get(name, (0, "")), (new_version, op.hlc))
            if concurrent:
                # Either way the write counts as one at a version of its own,
                # so a third desk that saw only the other write and changes
                # the field is judged concurrent with it too.
                field_version[name] = new_version
                echoed = True
            continue
        unseen = field_others.get(name)
        if incoming_wins and unseen is not None:
            del field_others[name]  # told now, or overwritten by a third client
        lost_hlc = stored_hlc
        if not concurrent and unseen is not None and own(stored_hlc) and unseen[0] > base_version:
            # This client's own equal write took over another's it had not
            # seen; changing the value now loses that write: a conflict with it.
            concurrent, lost_hlc = True, unseen[1]
        if incoming_wins:
            changes[name] = incoming
            field_hlc[name] = op.hlc
            field_version[name] = new_version
            if concurrent:
                conflicts.append(_conflict(name, incoming, op.hlc, stored, lost_hlc))
        else:
            # Concurrent and older, or an out-of-date clock: the stored value
            # stays and the incoming one is kept for review.
            conflicts.append(_conflict(name, stored, stored_hlc, incoming, op.hlc))
    if conflicts:
        status = OpStatus.CONFLICT
    elif others_meanwhile and not from_insert:
        status = OpStatus.MERGED
    else:
        status = OpStatus.APPLIED
    if not changes and not echoed:
        return MergeResult(
            status,
            version=current.version,
            updated_at=current.updated_at,
            field_hlc=field_hlc,
            field_version=field_version,
            field_others=field_others,
            conflicts=tuple(conflicts),
            meta_changed=meta_changed,
        )
    updated_at = max(current.updated_at, op.hlc)
    changes.update(version=new_version, updated_at=updated_at, origin_client_id=client_id)
    return MergeResult(
        status,
        changes=changes,
        version=new_version,
        updated_at=updated_at,
        field_hlc=field_hlc,
        field_version=field_version,
        field_others=field_others,
        conflicts=tuple(conflicts),
        meta_changed=True,
    )


def _update_of_deleted(current: StoredRow, op: Op, fields: Mapping[str, Scalar]) -> MergeResult:
    """The tombstone wins. An edit made before its author knew of the delete is
    concurrent with it: its values are kept as conflict records for review."""
    if op.base_version >= current.version:
        return rejected(RejectReason.DELETED)
    deleted_hlc = current.hlc_of("deleted_at")
    conflicts = tuple(
        ConflictInfo(
            field=name,
            kept=current.values.get(name),
            lost=value,
            kept_hlc=deleted_hlc,
            lost_hlc=op.hlc,
        )
        for name, value in fields.items()
        if value != current.values.get(name)
    )
    return rejected(RejectReason.DELETED, conflicts)


def _delete(current: StoredRow, op: Op, client_id: str) -> MergeResult:
    if current.deleted:
        return MergeResult(OpStatus.APPLIED, version=current.version, updated_at=current.updated_at)
    new_version = current.version + 1
    deleted_at = format_datetime(hlc_time(op.hlc))
    updated_at = max(current.updated_at, op.hlc)
    field_hlc, field_version = _full_meta(current)
    unseen_edit = _changed_by_others(
        current, field_hlc, field_version, op.base_version, _own_writer(op, client_id)
    )
    field_hlc["deleted_at"] = op.hlc
    field_version["deleted_at"] = new_version
    conflicts: tuple[ConflictInfo, ...] = ()
    status = OpStatus.APPLIED
    if unseen_edit:
        # Someone edited the row after the deleter last saw it: the delete
        # stands, and the edit is reported so nobody loses it unawares.
        status = OpStatus.CONFLICT
        conflicts = (
            ConflictInfo(
                field="deleted_at",
                kept=deleted_at,
                lost=None,
                kept_hlc=op.hlc,
                lost_hlc=current.updated_at,
            ),
        )
    return MergeResult(
        status,
        changes={
            "deleted_at": deleted_at,
            "version": new_version,
            "updated_at": updated_at,
            "origin_client_id": client_id,
        },
        version=new_version,
        updated_at=updated_at,
        field_hlc=field_hlc,
        field_version=field_version,
        field_others=dict(current.field_others),
        conflicts=conflicts,
        meta_changed=True,
    )


def settle_derived(
    entity: str,
    current: Mapping[str, Scalar] | None,
    result: MergeResult,
    load_row: Callable[[str, str], Mapping[str, Scalar] | None],
) -> MergeResult:
    """``result`` with the row's derived fields computed from its merged values.

    The server calls this between ``merge`` and writing: ``current`` is the row
    before the op (None: a new row), ``load_row(entity, id)`` reads another
    row (a queue, for its tier). A row
    is derived whenever it is written; a result that writes nothing is left
    as it is. Derived fields take the HLC and version of the field they
    follow, so whose write they are is judged as for that field."""
    names = derived.DERIVED.get(entity)
    if not names or not result.writes_row or result.status is OpStatus.REJECTED:
        return result
    after = {**(current or {}), **result.changes}
    if after.get("deleted_at") is not None:
        return result  # a tombstone keeps the values it had
    status_hlc = result.field_hlc.get("status") or result.updated_at
    wanted = derived.derive(
        entity,
        after,
        previous=current,
        changed_at=format_datetime(hlc_time(status_hlc)),
        tier_of=lambda queue_id: _queue_tier(load_row, queue_id),
    )
    changed = {name: value for name, value in wanted.items() if after.get(name) != value}
    if not changed:
        return result
    field_hlc, field_version = dict(result.field_hlc), dict(result.field_version)
    for name in changed:
        source = names[name]
        field_hlc[name] = field_hlc.get(source, result.updated_at)
        field_version[name] = result.version
    return replace(
        result,
        changes={**result.changes, **changed},
        field_hlc=field_hlc,
        field_version=field_version,
        meta_changed=True,
    )


def _queue_tier(
    load_row: Callable[[str, str], Mapping[str, Scalar] | None], queue_id: str
) -> int | None:
    queue = load_row("desk_group", queue_id)
    tier = None if queue is None else queue.get("tier")
    return tier if isinstance(tier, int) and not isinstance(tier, bool) else None
