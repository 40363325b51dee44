"""Merge rules without a database: each rule once, then hypothesis for the
property that matters most: concurrent edits converge whatever the order."""

from __future__ import annotations

import itertools
from collections.abc import Mapping

from hypothesis import given, settings
from hypothesis import strategies as st

from desk_app.services.ids import new_id
from desk_app.sync.merge import MergeResult, StoredRow, merge
from desk_app.sync.protocol import Op, OpKind, OpStatus, RejectReason, Scalar

ROW_ID = "01900000-0000-7000-8000-000000000001"
CLIENT_A = "01900000-0000-7000-8000-00000000000a"
CLIENT_B = "01900000-0000-7000-8000-00000000000b"


def hlc(ms: int, counter: int = 0, node: str = "a") -> str:
    return f"{ms:015d}-{counter:05d}-{node}"


def op(
    kind: OpKind,
    fields: Mapping[str, Scalar] | None = None,
    *,
    base: int = 1,
    at: str = "",
    entity: str = "ticket",
) -> Op:
    return Op(
        op_id=new_id(),
        client_seq=1,
        entity=entity,
        entity_id=ROW_ID,
        kind=kind,
        base_version=0 if kind is OpKind.INSERT else base,
        hlc=at or hlc(2_000),
        fields=dict(fields or {}),
    )


def stored(values: Mapping[str, Scalar] | None = None, *, version: int = 1) -> StoredRow:
    base: dict[str, Scalar] = {"subject": "printer", "status": "new", "priority": 3}
    base.update(values or {})
    base.setdefault("deleted_at", None)
    return StoredRow(values=base, version=version, updated_at=hlc(1_000))


def apply(row: StoredRow, result: MergeResult) -> StoredRow:
    """What the server does with a result: write the changes and the metadata."""
    if result.status is OpStatus.REJECTED:
        return row
    values = dict(row.values)
    values.update({k: v for k, v in result.changes.items() if k in row.values})
    return StoredRow(
        values=values,
        version=result.version,
        updated_at=result.updated_at or row.updated_at,
        field_hlc=result.field_hlc,
        field_version=result.field_version,
    )


def test_insert_of_a_new_row_is_applied_at_version_one() -> None:
    result = merge("ticket", None, op(OpKind.INSERT, {"subject": "x"}), {"subject": "x"}, CLIENT_A)
    assert result.status is OpStatus.APPLIED
    assert result.version == 1
    assert result.changes["id"] == ROW_ID
    assert result.changes["origin_client_id"] == CLIENT_A
    assert result.changes["created_at"]  # taken from the HLC when not given
    assert result.field_hlc == {"subject": hlc(2_000)}
    assert result.field_version == {"subject": 1}


def test_update_on_the_current_version_is_applied() -> None:
    result = merge("ticket", stored(), op(OpKind.UPDATE, base=1), {"status": "open"}, CLIENT_A)
    assert result.status is OpStatus.APPLIED
    assert result.changes["status"] == "open"
    assert result.version == 2
    assert result.field_version["status"] == 2
    assert result.conflicts == ()


def test_update_beside_another_fields_change_is_merged() -> None:
    row = StoredRow(
        values={"subject": "printer", "status": "open", "deleted_at": None},
        version=2,
        updated_at=hlc(1_500),
        field_hlc={"subject": hlc(1_000), "status": hlc(1_500)},
        field_version={"subject": 1, "status": 2},
    )
    result = merge("ticket", row, op(OpKind.UPDATE, base=1), {"subject": "laser"}, CLIENT_A)
    assert result.status is OpStatus.MERGED
    assert result.changes["subject"] == "laser"
    assert result.version == 3


def _concurrently_changed(status_hlc: str) -> StoredRow:
    return StoredRow(
        values={"subject": "printer", "status": "waiting_customer", "deleted_at": None},
        version=2,
        updated_at=status_hlc,
        field_hlc={"subject": hlc(1_000), "status": status_hlc},
        field_version={"subject": 1, "status": 2},
    )


def test_concurrent_edit_later_incoming_wins_and_keeps_the_loser() -> None:
    row = _concurrently_changed(hlc(1_500, node="b"))
    result = merge(
        "ticket", row, op(OpKind.UPDATE, base=1, at=hlc(1_600)), {"status": "open"}, CLIENT_A
    )
    assert result.status is OpStatus.CONFLICT
    assert result.changes["status"] == "open"
    (conflict,) = result.conflicts
    assert (conflict.field, conflict.kept, conflict.lost) == ("status", "open", "waiting_customer")
    assert (conflict.kept_hlc, conflict.lost_hlc) == (hlc(1_600), hlc(1_500, node="b"))


def test_concurrent_edit_earlier_incoming_loses_but_is_kept() -> None:
    row = _concurrently_changed(hlc(1_700, node="b"))
    result = merge(
        "ticket", row, op(OpKind.UPDATE, base=1, at=hlc(1_600)), {"status": "open"}, CLIENT_A
    )
    assert result.status is OpStatus.CONFLICT
    assert "status" not in result.changes
    assert result.version == 2  # nothing written
    (conflict,) = result.conflicts
    assert (conflict.kept, conflict.lost) == ("waiting_customer", "open")


def test_same_value_on_both_sides_is_no_conflict() -> None:
    row = _concurrently_changed(hlc(1_500, node="b"))
    result = merge(
        "ticket", row, op(OpKind.UPDATE, base=1), {"status": "waiting_customer"}, CLIENT_A
    )
    assert result.status is OpStatus.MERGED
    assert result.conflicts == ()
    assert not result.writes_row
    assert result.meta_changed  # the later HLC is remembered


def test_long_text_edited_on_both_sides_is_a_conflict_with_both_versions() -> None:
    row = StoredRow(
        values={"description": "theirs", "deleted_at": None},
        version=2,
        updated_at=hlc(1_500),
        field_hlc={"description": hlc(1_500)},
        field_version={"description": 2},
    )
    result = merge("ticket", row, op(OpKind.UPDATE, base=1), {"description": "ours"}, CLIENT_A)
    (conflict,) = result.conflicts
    assert {conflict.kept, conflict.lost} == {"theirs", "ours"}


def test_bookkeeping_fields_cannot_be_updated() -> None:
    for name in ("version", "deleted_at", "id", "updated_at"):
        result = merge("ticket", stored(), op(OpKind.UPDATE), {name: None}, CLIENT_A)
        assert result.status is OpStatus.REJECTED
        assert result.reason == RejectReason.NOT_ALLOWED


def test_journal_is_a_union_and_never_rewritten() -> None:
    entry = stored()
    again = merge("ticket_journal", entry, op(OpKind.INSERT, entity="ticket_journal"), {}, CLIENT_B)
    assert again.status is OpStatus.APPLIED
    assert not again.writes_row
    for kind in (OpKind.UPDATE, OpKind.DELETE):
        result = merge("ticket_journal", entry, op(kind, entity="ticket_journal"), {}, CLIENT_B)
        assert result.reason == RejectReason.NOT_ALLOWED


def test_missing_row_is_not_found() -> None:
    for kind in (OpKind.UPDATE, OpKind.DELETE):
        assert merge("ticket", None, op(kind), {}, CLIENT_A).reason == RejectReason.NOT_FOUND


def test_delete_sets_the_tombstone_from_the_hlc() -> None:
    result = merge("ticket", stored(), op(OpKind.DELETE, at=hlc(86_400_000)), {}, CLIENT_A)
    assert result.status is OpStatus.APPLIED
    assert result.changes["deleted_at"] == "1970-01-02T00:00:00.000000Z"
    assert result.version == 2


def test_delete_after_an_unseen_edit_stands_and_reports_it() -> None:
    result = merge("ticket", stored(version=3), op(OpKind.DELETE, base=2), {}, CLIENT_A)
    assert result.status is OpStatus.CONFLICT
    assert result.changes["deleted_at"]
    assert result.conflicts[0].field == "deleted_at"


def test_deleting_a_tombstone_again_changes_nothing() -> None:
    gone = stored({"deleted_at": "2026-01-01T00:00:00.000000Z"}, version=2)
    result = merge("ticket", gone, op(OpKind.DELETE, base=2), {}, CLIENT_A)
    assert result.status is OpStatus.APPLIED
    assert not result.writes_row


def test_edit_of_a_deleted_row_is_rejected_and_its_values_kept_for_review() -> None:
    gone = stored({"deleted_at": "2026-01-01T00:00:00.000000Z"}, version=2)
    result = merge("ticket", gone, op(OpKind.UPDATE, base=1), {"status": "open"}, CLIENT_A)
    assert result.status is OpStatus.REJECTED
    assert result.reason == RejectReason.DELETED
    assert [(c.field, c.lost) for c in result.conflicts] == [("status", "open")]
    # Made knowing the row was deleted: plainly refused.
    late = merge("ticket", gone, op(OpKind.UPDATE, base=2), {"status": "open"}, CLIENT_A)
    assert late.reason == RejectReason.DELETED and late.conflicts == ()


def test_insert_of_an_existing_row_merges_field_by_field() -> None:
    result = merge(
        "ticket",
        stored(),
        op(OpKind.INSERT, at=hlc(3_000)),
        {"subject": "printer", "status": "open", "version": 7},
        CLIENT_A,
    )
    assert result.status is OpStatus.CONFLICT
    assert result.changes["status"] == "open"
    assert "version" not in result.field_hlc
    assert result.version == 2


# --- order independence -------------------------------------------------------

FIELDS = ("subject", "status", "priority")
values = st.one_of(st.sampled_from(["a", "b", "c"]), st.integers(0, 3), st.none())
edits = st.dictionaries(st.sampled_from(FIELDS), values, min_size=1, max_size=3)
# Small clocks and few nodes make equal HLCs and equal values likely.
clocks = st.builds(hlc, st.integers(1_001, 1_004), st.integers(0, 1), st.sampled_from("ab"))


def _run(row: StoredRow, ops: list[Op]) -> StoredRow:
    for update in ops:
        row = apply(row, merge("ticket", row, update, update.fields, CLIENT_A))
    return row


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(edits, clocks), min_size=2, max_size=3))
def test_concurrent_updates_converge_in_any_order(changes: list[tuple[dict, str]]) -> None:
    base = stored()
    ops = [op(OpKind.UPDATE, fields, base=1, at=at) for fields, at in changes]
    outcomes = {
        tuple(sorted(_run(base, list(order)).values.items(), key=str))
        for order in itertools.permutations(ops)
    }
    assert len(outcomes) == 1


@settings(max_examples=200, deadline=None)
@given(edits, clocks, edits, clocks)
def test_two_concurrent_updates_keep_every_losing_value(
    first: dict, first_at: str, second: dict, second_at: str
) -> None:
    base = stored()
    a = op(OpKind.UPDATE, first, base=1, at=first_at)
    b = op(OpKind.UPDATE, second, base=1, at=second_at)
    after_a = apply(base, merge("ticket", base, a, a.fields, CLIENT_A))
    result = merge("ticket", after_a, b, b.fields, CLIENT_B)
    final = apply(after_a, result)
    for name in set(first) & set(second):
        if first[name] != second[name] and first[name] != base.values[name]:
            # Both values survive: one in the row, the other in a conflict record.
            (conflict,) = [c for c in result.conflicts if c.field == name]
            assert {repr(conflict.kept), repr(conflict.lost)} == {
                repr(first[name]),
                repr(second[name]),
            }
            assert final.values[name] == conflict.kept
