"""Outbox ops as protocol operations, and the server's answers applied."""

from __future__ import annotations

import json

from sqlalchemy import select

from desk_app.models import OutboxOp, SyncConflict
from desk_app.sync import codec
from desk_app.sync.protocol import (
    SERVER_SET_FIELDS,
    ConflictInfo,
    OpKind,
    OpResult,
    OpStatus,
    PushResponse,
)
from desk_app.sync.push import PushSummary, conflict_record, prepare_batch, record_results, to_wire
from tests.sync.helpers import Desk

SERVER_HLC = "000000000000001-00000-server"


def test_insert_carries_every_travelling_column_the_server_does_not_set(desk: Desk) -> None:
    created = desk.create()
    op = next(o for o in desk.outbox() if o.entity == "ticket")
    wire = to_wire(op)
    table = codec.synced_table("ticket")
    assert wire.kind is OpKind.INSERT and wire.base_version == 0
    # The id is the op's entity_id; version, HLC, writer and tombstone are the
    # server's to set.
    assert set(wire.fields) == (
        {c.name for c in codec.wire_columns(table)} - {"id"} - SERVER_SET_FIELDS
    )
    assert "row_no" not in wire.fields
    assert wire.entity_id == created.id and wire.fields["number"] == created.number
    assert wire.fields["assignee_id"] is None
    ticket = desk.ticket(created.id)
    assert wire.fields["created_at"] == codec.format_datetime(ticket.created_at)
    # The server decodes exactly what the desk has.
    assert codec.wire_to_columns(table, wire.fields)["created_at"] == ticket.created_at


def test_update_carries_only_new_values(desk: Desk) -> None:
    created = desk.create()
    desk.change(created.id, priority=1, status="open")
    op = desk.outbox()[-1]
    wire = to_wire(op)
    assert wire.kind is OpKind.UPDATE
    assert wire.fields == {"priority": 1, "status": "open"}
    assert wire.base_version == 1
    assert wire.hlc == op.hlc and wire.client_seq == op.client_seq


def test_batches_follow_client_seq_and_skip_rejected(desk: Desk) -> None:
    for i in range(5):
        desk.create(f"Ticket {i}")
    with desk.db.writing() as session:
        first = session.execute(select(OutboxOp).order_by(OutboxOp.client_seq)).scalars().first()
        assert first is not None
        first.state = "rejected"
    with desk.db.reading() as session:
        batch = prepare_batch(session, 0, 4)
        rest = prepare_batch(session, batch[-1].client_seq, 100)
    seqs = [p.client_seq for p in batch + rest]
    assert seqs == sorted(seqs) and len(seqs) == len(desk.outbox()) - 1
    assert len(batch) == 4


def test_unsendable_payload_is_rejected_locally_not_dropped(desk: Desk) -> None:
    created = desk.create()
    with desk.db.writing() as session:
        op = session.execute(select(OutboxOp).where(OutboxOp.entity == "ticket")).scalar_one()
        bad = json.loads(op.payload)
        bad["priority"] = "very"
        op.payload = json.dumps(bad)
    with desk.db.reading() as session:
        prepared = prepare_batch(session, 0, 100)
    problem = next(p for p in prepared if p.wire is None)
    assert problem.problem == "invalid_value"
    assert created.id


def test_results_delete_done_ops_keep_rejected_and_record_conflicts(desk: Desk) -> None:
    a = desk.create("A")
    b = desk.create("B")
    desk.change(a.id, priority=1)
    desk.change(b.id, status="open")
    with desk.db.reading() as session:
        sent = [p.wire for p in prepare_batch(session, 0, 100) if p.wire is not None]
    update_a, update_b = [op for op in sent if op.kind is OpKind.UPDATE]
    others = [op for op in sent if op.kind is not OpKind.UPDATE]
    results = [OpResult(op_id=op.op_id, status=OpStatus.APPLIED, version=1) for op in others]
    results.append(
        OpResult(
            op_id=update_a.op_id,
            status=OpStatus.CONFLICT,
            version=3,
            conflicts=[
                ConflictInfo(
                    field="priority",
                    kept=2,
                    lost=1,
                    kept_hlc="999999999999999-00000-other",
                    lost_hlc=update_a.hlc,
                )
            ],
        )
    )
    results.append(OpResult(op_id=update_b.op_id, status=OpStatus.REJECTED, reason="deleted"))
    summary = PushSummary()
    with desk.db.writing() as session:
        record_results(
            session, desk.ctx, sent, PushResponse(results=results, server_hlc=SERVER_HLC), summary
        )
    assert (summary.applied, summary.conflicts, summary.rejected) == (len(sent) - 2, 1, 1)
    remaining = desk.outbox()
    assert [(o.op_id, o.state, o.error) for o in remaining] == [
        (update_b.op_id, "rejected", "deleted")
    ]
    with desk.db.reading() as session:
        record = session.execute(select(SyncConflict)).scalar_one()
    assert (record.entity_id, record.field, record.kept) == (a.id, "priority", "theirs")
    assert (json.loads(record.mine), json.loads(record.theirs)) == (1, 2)


def test_unanswered_ops_stay_pending(desk: Desk) -> None:
    desk.create()
    with desk.db.reading() as session:
        sent = [p.wire for p in prepare_batch(session, 0, 100) if p.wire is not None]
    summary = PushSummary()
    with desk.db.writing() as session:
        record_results(
            session, desk.ctx, sent, PushResponse(results=[], server_hlc=SERVER_HLC), summary
        )
    assert summary.unanswered == len(sent)
    assert all(o.state == "pending" for o in desk.outbox())


def test_conflict_sides_when_mine_was_kept(desk: Desk) -> None:
    created = desk.create()
    desk.change(created.id, subject="Mine")
    with desk.db.reading() as session:
        op = [p.wire for p in prepare_batch(session, 0, 100) if p.wire is not None][-1]
    assert op.kind is OpKind.UPDATE
    info = ConflictInfo(
        field="subject", kept="Mine", lost="Theirs", kept_hlc=op.hlc, lost_hlc="0-0-x" * 5
    )
    record = conflict_record(desk.ctx, op, info)
    assert record.kept == "mine"
    assert (json.loads(record.mine), json.loads(record.theirs)) == ("Mine", "Theirs")


def test_insert_fills_columns_left_to_their_model_default(desk: Desk) -> None:
    """A journal entry's payload is recorded before the row is flushed, so its
    defaulted columns are missing there; on the wire they have their default."""
    created = desk.create()
    desk.note(created.id, "called back")
    op = [o for o in desk.outbox() if o.entity == "ticket_journal"][-1]
    assert "field" not in json.loads(op.payload)
    wire = to_wire(op)
    assert (wire.fields["field"], wire.fields["old_value"], wire.fields["duration_s"]) == (
        "",
        "",
        0,
    )
