"""Teams, the audit log and the rights table between desks and the server:
a membership added on one desk reaches the other (and the same membership
added on both is one row), a level-2 desk may not add one, the desk's audit
entries are uploaded once, and the server's rights table becomes the desk's."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from desk_app.models import AuditEntry, DeskGroup, OutboxOp, QueueMember
from desk_app.server import directory
from desk_app.server.schema import audit, rights
from desk_app.services import audit as desk_audit
from desk_app.services.audit import AuditKind
from desk_app.services.permissions import Right, RightsTable
from desk_app.services.rights_store import load_rights
from desk_app.services.teams import (
    add_member,
    member_queues,
    membership_id,
    remove_member,
    write_member,
)
from desk_app.sync.status import SyncState
from tests.sync.harness import Server
from tests.sync.helpers import Desk

MakeDesk = Callable[..., Desk]


def _queue(desk: Desk, name: str) -> str:
    with desk.db.reading() as session:
        return str(session.execute(select(DeskGroup.id).where(DeskGroup.name == name)).scalar())


def _members(desk: Desk) -> set[tuple[str, str, bool]]:
    with desk.db.reading() as session:
        rows = session.scalars(select(QueueMember)).all()
        return {(m.user_id, m.group_id, m.deleted_at is None) for m in rows}


def test_a_membership_syncs_between_desks_and_is_one_row(
    server: Server, make_desk: MakeDesk
) -> None:
    lead = server.add_user("lead", ["HQ"])
    agent = server.add_user("member", ["HQ"], role="agent")
    server.admin(directory.create_queue, "Printers", branch_code="HQ")
    one = make_desk("one", station="1", username="lead")
    two = make_desk("two", station="2", username="lead")
    engines = [server.engine_for(one, "lead"), server.engine_for(two, "lead")]
    for engine in engines:
        assert engine.sync_once().state is SyncState.SYNCED
    queue = _queue(one, "Printers")
    # Both desks add the same membership while offline: one id, one row.
    for desk in (one, two):
        with desk.db.writing() as session:
            assert add_member(session, desk.ctx, agent, queue) == membership_id(agent, queue)
    for engine in (*engines, *engines):
        status = engine.sync_once()
        assert (status.state, status.pending, status.rejected) == (SyncState.SYNCED, 0, 0)
    assert _members(one) == _members(two) == {(agent, queue, True)}
    with server.app.state.db.reading() as conn:
        stored = conn.execute(select(QueueMember.__table__)).all()
    assert [(r.user_id, r.group_id, r.deleted_at) for r in stored] == [(agent, queue, None)]

    # Removed on one desk, gone on the other; added again, a new row of the pair.
    with one.db.writing() as session:
        assert remove_member(session, one.ctx, agent, queue)
    for engine in (*engines, *engines):
        engine.sync_once()
    with two.db.reading() as session:
        assert member_queues(session, agent) == frozenset()
    with two.db.writing() as session:
        again = add_member(session, two.ctx, agent, queue)
    assert again == membership_id(agent, queue, 1)
    for engine in (*engines, *engines):
        engine.sync_once()
    with one.db.reading() as session:
        assert member_queues(session, agent) == {queue}
    assert lead


def test_a_level_2_desk_may_not_add_members(server: Server, make_desk: MakeDesk) -> None:
    server.add_user("agent3", ["HQ"], role="agent")
    other = server.add_user("agent4", ["HQ"], role="agent")
    server.admin(directory.create_queue, "Printers", branch_code="HQ")
    desk = make_desk("a", station="1", username="agent3")
    engine = server.engine_for(desk, "agent3")
    engine.sync_once()
    with desk.db.writing() as session:  # a tampered desk: its own check skipped
        write_member(session, desk.ctx, other, _queue(desk, "Printers"))
    status = engine.sync_once()
    assert status.rejected == 1
    with desk.db.reading() as session:
        (op,) = session.scalars(select(OutboxOp)).all()
    assert op.error == f"not_permitted:{Right.CONFIGURE_QUEUES.value}"
    with server.app.state.db.reading() as conn:
        assert conn.execute(select(QueueMember.__table__)).all() == []
        kinds = conn.execute(select(audit.c.kind, audit.c.actor_id)).all()
    assert (AuditKind.REFUSED.value, engine.identity.user_id if engine.identity else None) in {
        (k, a) for k, a in kinds
    }


def test_the_desks_audit_goes_up_once_and_the_servers_rights_come_down(
    server: Server, make_desk: MakeDesk
) -> None:
    desk = make_desk("a", station="1", username="agent1")
    engine = server.engine_for(desk, "agent1")
    with desk.db.writing() as session:
        first = desk_audit.record(session, desk.ctx, AuditKind.LOCKED, subject="idle")
    # An organisation's table on the server: team leads may not declare P1.
    table = RightsTable.sfia()
    grants = dict(table.grants)
    grants[next(r for r in grants if r.value == "team_lead")] -= {Right.SET_PRIORITY_1}
    changed = RightsTable(grants, 3)
    with server.app.state.db.writing() as conn:
        conn.execute(
            rights.insert().values(version=3, grants=changed.to_json(), changed_at=desk.ctx.now())
        )
    assert engine.sync_once().state is SyncState.SYNCED
    with desk.db.reading() as session:
        uploaded = session.get(AuditEntry, first)
        assert uploaded is not None and uploaded.uploaded_at is not None
        kept = load_rights(session)
    assert kept.version == 3 and not kept.allows("team_lead", Right.SET_PRIORITY_1)
    engine.sync_once()  # nothing new to send: nothing sent twice
    with server.app.state.db.reading() as conn:
        ids = conn.execute(select(audit.c.id).where(audit.c.source == "desk")).scalars().all()
    assert first in ids and len(ids) == len(set(ids))
