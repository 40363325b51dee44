"""Merge rules without a database: each rule once, then hypothesis for the
property that matters most: concurrent edits converge whatever the order."""

from __future__ import annotations

import itertools
from collections.abc import Mapping

from hypothesis import given, settings
from hypothesis import strategies as st

from desk_app.services.ids import new_id
from desk_app.sync.merge import MergeResult, StoredRow, merge, settle_derived
from desk_app.sync.protocol import Op, OpKind, OpStatus, RejectReason, Scalar

ROW_ID = "01900000-0000-7000-8000-000000000001"
CLIENT_A = "01900000-0000-7000-8000-00000000000a"
CLIENT_B = "01900000-0000-7000-8000-00000000000b"
CLIENT_C = "01900000-0000-7000-8000-00000000000c"


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
        field_others=result.field_others,
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
    # No value changes; the equal write only takes a version of its own (so a
    # third desk that saw only the other one is judged against it).
    assert set(result.changes) == {"version", "updated_at", "origin_client_id"}
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


# --- bases from the server, a client's own writes ------------------------------


def node_hlc(ms: int, client_id: str) -> str:
    """An HLC as a desk stamps it: its node is the desk's client id."""
    return hlc(ms, node=client_id)


def written(values: Mapping[str, Scalar], version: int, by: Mapping[str, str]) -> StoredRow:
    """The row at ``version`` whose fields ``by`` names were last written by
    those HLCs at that version; the others at version 1."""
    row = stored(values, version=version)
    return StoredRow(
        values=row.values,
        version=version,
        updated_at=max(by.values()),
        field_hlc={name: by.get(name, hlc(1_000)) for name in row.values if name != "deleted_at"},
        field_version={
            name: version if name in by else 1 for name in row.values if name != "deleted_at"
        },
    )


def update_by(client_id: str, fields: Mapping[str, Scalar], *, base: int, ms: int) -> Op:
    return op(OpKind.UPDATE, fields, base=base, at=node_hlc(ms, client_id))


def test_an_edit_based_on_the_pulled_version_conflicts_with_a_change_it_never_saw() -> None:
    """Desk A pulled version 1, then edited the subject and then the status
    offline (both ops based on 1). Desk B's status change reached the server
    first: A's second op was made without seeing it, so it is a conflict,
    however late A's clock."""
    row = written({"status": "waiting_customer"}, 2, {"status": node_hlc(2_000, CLIENT_B)})
    first = update_by(CLIENT_A, {"subject": "printer on fire"}, base=1, ms=2_500)
    after_first = apply(row, merge("ticket", row, first, first.fields, CLIENT_A))
    assert after_first.version == 3
    second = update_by(CLIENT_A, {"status": "resolved"}, base=1, ms=3_000)
    result = merge("ticket", after_first, second, second.fields, CLIENT_A)
    assert result.status is OpStatus.CONFLICT
    [info] = result.conflicts
    assert (info.field, info.kept, info.lost) == ("status", "resolved", "waiting_customer")


def test_a_later_op_of_the_same_client_is_no_conflict_with_its_earlier_write() -> None:
    """Both of A's ops were based on version 1; the first moved the status on
    at version 2. The second follows it in A's own order: applied, no record."""
    row = stored()
    first = update_by(CLIENT_A, {"status": "open"}, base=1, ms=2_000)
    after_first = apply(row, merge("ticket", row, first, first.fields, CLIENT_A))
    second = update_by(CLIENT_A, {"status": "resolved"}, base=1, ms=3_000)
    result = merge("ticket", after_first, second, second.fields, CLIENT_A)
    assert (result.status, result.conflicts) == (OpStatus.APPLIED, ())
    assert result.changes["status"] == "resolved"


def test_own_writes_do_not_hide_another_clients_change_of_another_field() -> None:
    row = written({"priority": 1}, 2, {"priority": node_hlc(2_000, CLIENT_B)})
    first = update_by(CLIENT_A, {"status": "open"}, base=1, ms=2_500)
    after_first = apply(row, merge("ticket", row, first, first.fields, CLIENT_A))
    second = update_by(CLIENT_A, {"status": "resolved"}, base=1, ms=3_000)
    result = merge("ticket", after_first, second, second.fields, CLIENT_A)
    assert result.status is OpStatus.MERGED  # B's priority meanwhile, kept
    assert result.conflicts == ()
    # A third edit of the priority by A, made before it pulled B's: a conflict.
    third = update_by(CLIENT_A, {"priority": 4}, base=1, ms=3_500)
    after_second = apply(after_first, result)
    clash = merge("ticket", after_second, third, third.fields, CLIENT_A)
    assert [c.field for c in clash.conflicts] == ["priority"]


def test_an_op_stamped_with_another_node_cannot_claim_the_fields_writes() -> None:
    """A client's "own write" is judged by the HLC node; an op whose HLC names
    another node is judged as anybody's (more conflicts, never fewer)."""
    row = written({"status": "open"}, 2, {"status": node_hlc(2_000, CLIENT_A)})
    forged = update_by(CLIENT_A, {"status": "closed"}, base=1, ms=3_000)
    honest = merge("ticket", row, forged, forged.fields, CLIENT_A)
    assert honest.conflicts == ()
    # The same op pushed by B (its token) claims A's write in vain.
    claimed = merge("ticket", row, forged, forged.fields, CLIENT_B)
    assert [c.field for c in claimed.conflicts] == ["status"]


def test_the_same_value_written_on_both_sides_does_not_hand_over_the_other_write() -> None:
    """A and B both set "open" without seeing each other (no conflict: nothing
    differs), B's HLC later. B's next offline edit, still based on version 1,
    overwrites A's write, which B never saw: a conflict, though B owns the field."""
    row = stored()
    by_a = update_by(CLIENT_A, {"status": "open"}, base=1, ms=2_000)
    row = apply(row, merge("ticket", row, by_a, by_a.fields, CLIENT_A))
    by_b = update_by(CLIENT_B, {"status": "open"}, base=1, ms=2_500)
    same = merge("ticket", row, by_b, by_b.fields, CLIENT_B)
    assert same.conflicts == ()
    row = apply(row, same)
    then_b = update_by(CLIENT_B, {"status": "resolved"}, base=1, ms=3_000)
    result = merge("ticket", row, then_b, then_b.fields, CLIENT_B)
    assert [(c.field, c.kept, c.lost) for c in result.conflicts] == [("status", "resolved", "open")]


def test_an_equal_write_with_an_older_clock_is_not_lost_to_the_owners_next_change() -> None:
    """B's "open" reached the server first, A's equal "open" (older HLC)
    after: nothing to write. B never saw A's write, so B's next change still
    based on 1 (or on 2, before A's write) loses it: a conflict A is told of."""
    row = stored()
    by_b = update_by(CLIENT_B, {"status": "open"}, base=1, ms=2_500)
    row = apply(row, merge("ticket", row, by_b, by_b.fields, CLIENT_B))
    by_a = update_by(CLIENT_A, {"status": "open"}, base=1, ms=2_000)
    absorbed = merge("ticket", row, by_a, by_a.fields, CLIENT_A)
    assert absorbed.conflicts == ()
    # Nothing to write but the row's version: the equal write is one of its own.
    assert set(absorbed.changes) == {"version", "updated_at", "origin_client_id"}
    row = apply(row, absorbed)
    for base in (1, 2):
        then_b = update_by(CLIENT_B, {"status": "resolved"}, base=base, ms=3_000)
        result = merge("ticket", row, then_b, then_b.fields, CLIENT_B)
        assert [(c.kept, c.lost, c.lost_hlc) for c in result.conflicts] == [
            ("resolved", "open", by_a.hlc)
        ]
    # Once B has pulled a version after A's write, its change is no conflict.
    other = update_by(CLIENT_B, {"priority": 2}, base=2, ms=3_100)
    row = apply(row, merge("ticket", row, other, other.fields, CLIENT_B))
    seen = update_by(CLIENT_B, {"status": "resolved"}, base=3, ms=3_200)
    assert merge("ticket", row, seen, seen.fields, CLIENT_B).conflicts == ()


def test_a_third_desk_that_saw_only_one_of_two_equal_writes_conflicts_with_the_other() -> None:
    """C and A both set "open" without seeing each other; B pulled C's and
    changes the status: A's write, which B never saw, is lost to it."""
    row = stored()
    by_c = update_by(CLIENT_C, {"status": "open"}, base=1, ms=2_000)
    row = apply(row, merge("ticket", row, by_c, by_c.fields, CLIENT_C))
    for ms in (1_500, 2_500):  # A's clock earlier or later than C's
        by_a = update_by(CLIENT_A, {"status": "open"}, base=1, ms=ms)
        echoed = apply(row, merge("ticket", row, by_a, by_a.fields, CLIENT_A))
        assert echoed.version == 3
        by_b = update_by(CLIENT_B, {"status": "resolved"}, base=2, ms=3_000)
        result = merge("ticket", echoed, by_b, by_b.fields, CLIENT_B)
        assert [(c.kept, c.lost) for c in result.conflicts] == [("resolved", "open")]
        seen = update_by(CLIENT_B, {"status": "resolved"}, base=3, ms=3_000)
        assert merge("ticket", echoed, seen, seen.fields, CLIENT_B).conflicts == ()


def test_several_offline_edits_after_another_desks_change_make_one_conflict() -> None:
    """B changed the status at 2; A's first offline edit (based on 1) clashes
    with it and is recorded; A's second, in A's own order, loses nothing more."""
    row = written({"status": "waiting_customer"}, 2, {"status": node_hlc(2_000, CLIENT_B)})
    first = update_by(CLIENT_A, {"status": "open"}, base=1, ms=2_500)
    result = merge("ticket", row, first, first.fields, CLIENT_A)
    assert [c.lost for c in result.conflicts] == ["waiting_customer"]
    row = apply(row, result)
    second = update_by(CLIENT_A, {"status": "resolved"}, base=1, ms=3_000)
    assert merge("ticket", row, second, second.fields, CLIENT_A).conflicts == ()


def test_a_delete_after_its_own_clients_edit_is_no_conflict() -> None:
    row = stored()
    edit = update_by(CLIENT_A, {"status": "open"}, base=1, ms=2_000)
    after_edit = apply(row, merge("ticket", row, edit, edit.fields, CLIENT_A))
    gone = op(OpKind.DELETE, base=1, at=node_hlc(3_000, CLIENT_A))
    result = merge("ticket", after_edit, gone, {}, CLIENT_A)
    assert (result.status, result.conflicts) == (OpStatus.APPLIED, ())
    other = merge("ticket", after_edit, gone, {}, CLIENT_B)
    assert other.status is OpStatus.CONFLICT


# --- derived fields -------------------------------------------------------------

QUEUES: dict[str, Mapping[str, Scalar]] = {
    "q-tier-1": {"id": "q-tier-1", "tier": 1},
    "q-tier-2": {"id": "q-tier-2", "tier": 2},
}


def load_row(entity: str, row_id: str) -> Mapping[str, Scalar] | None:
    assert entity == "desk_group"
    return QUEUES.get(row_id)


def settled(row: StoredRow, update: Op, client_id: str = CLIENT_A) -> StoredRow:
    result = merge("ticket", row, update, update.fields, client_id)
    result = settle_derived("ticket", row.values, result, load_row)
    return apply(row, result)


def ticket_row() -> StoredRow:
    return stored({"closed_at": None, "tier": 1, "group_id": "q-tier-1"})


def test_closed_at_follows_the_merged_status_whatever_the_desks_sent() -> None:
    row = ticket_row()
    resolve = update_by(
        CLIENT_A,
        {"status": "resolved", "closed_at": "2020-01-01T00:00:00.000000Z"},
        base=1,
        ms=86_400_000,
    )
    after = settled(row, resolve)
    # The time of the status's write, not the value the desk sent.
    assert after.values["closed_at"] == "1970-01-02T00:00:00.000000Z"
    # Another desk's waiting status, made concurrently and later, wins: the
    # ticket is open again, so it has no closing time.
    wait = update_by(CLIENT_B, {"status": "waiting_customer"}, base=1, ms=90_000_000)
    after_wait = settled(after, wait, CLIENT_B)
    assert after_wait.values["status"] == "waiting_customer"
    assert after_wait.values["closed_at"] is None


def test_closed_at_stays_while_the_status_does() -> None:
    row = settled(ticket_row(), update_by(CLIENT_A, {"status": "closed"}, base=1, ms=5_000))
    closed_at = row.values["closed_at"]
    later = settled(row, update_by(CLIENT_A, {"subject": "done"}, base=2, ms=9_000))
    assert later.values["closed_at"] == closed_at


def test_tier_follows_the_merged_queue_and_a_sent_tier_is_ignored() -> None:
    row = ticket_row()
    move = update_by(CLIENT_A, {"group_id": "q-tier-2", "tier": 1}, base=1, ms=3_000)
    after = settled(row, move)
    assert (after.values["group_id"], after.values["tier"]) == ("q-tier-2", 2)
    # A tier alone is no edit at all.
    only_tier = update_by(CLIENT_A, {"tier": 3}, base=2, ms=4_000)
    result = merge("ticket", after, only_tier, only_tier.fields, CLIENT_A)
    assert (result.writes_row, result.conflicts) == (False, ())
    out_of_queue = settled(after, update_by(CLIENT_B, {"group_id": None}, base=2, ms=5_000))
    assert out_of_queue.values["tier"] == 1


def test_resolve_and_move_against_wait_and_move_back_agree_in_either_order() -> None:
    """One desk resolves the ticket and moves it to a tier-2 queue, the other
    sets it waiting and keeps it in tier 1: in either order the merged row
    holds together (a waiting ticket has no closing time, the tier is its
    queue's)."""
    row = ticket_row()
    a = update_by(CLIENT_A, {"status": "resolved", "group_id": "q-tier-2"}, base=1, ms=3_000)
    b = update_by(
        CLIENT_B, {"status": "waiting_customer", "group_id": "q-tier-1"}, base=1, ms=2_000
    )
    b_then_a = settled(settled(row, b, CLIENT_B), a, CLIENT_A)
    a_then_b = settled(settled(row, a, CLIENT_A), b, CLIENT_B)
    for final in (b_then_a, a_then_b):
        assert final.values["status"] == "resolved"
        assert final.values["closed_at"] == "1970-01-01T00:00:03.000000Z"
        assert (final.values["group_id"], final.values["tier"]) == ("q-tier-2", 2)
    # And when the waiting desk's clock is later, it wins the status and the queue.
    late_b = update_by(
        CLIENT_B, {"status": "waiting_customer", "group_id": "q-tier-1"}, base=1, ms=4_000
    )
    final = settled(settled(row, a, CLIENT_A), late_b, CLIENT_B)
    assert (final.values["status"], final.values["closed_at"]) == ("waiting_customer", None)
    assert (final.values["group_id"], final.values["tier"]) == ("q-tier-1", 1)
