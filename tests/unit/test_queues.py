"""Queues changed from the console: validated, refused without the right,
written with their outbox op and audited with before and after."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, update

from desk_app.models import AuditEntry, Branch, DeskGroup, OutboxOp, Role, User
from desk_app.services import messages as m
from desk_app.services.context import WriteContext
from desk_app.services.messages import ValidationFailed
from desk_app.services.permissions import PermissionDenied, Right
from desk_app.services.queues import (
    QUEUE_NAME_TAKEN,
    QueueForm,
    create_queue,
    list_queues,
    rename_queue,
    set_tier,
)
from desk_app.storage.db import Database


def _role(db: Database, ctx: WriteContext, role: Role) -> None:
    with db.writing() as session:
        session.execute(update(User).where(User.id == ctx.actor.user_id).values(role=role.value))


@pytest.fixture
def admin(db: Database, ctx: WriteContext) -> WriteContext:
    _role(db, ctx, Role.ADMIN)
    return ctx


def _errors(db: Database, ctx: WriteContext, form: QueueForm) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as failed, db.writing() as session:
        create_queue(session, ctx, form)
    return {e.field: e.message for e in failed.value.errors}


def test_a_new_queue_is_written_with_its_op_and_audited(db: Database, admin: WriteContext) -> None:
    with db.reading() as session:
        ops_before = len(session.scalars(select(OutboxOp)).all())
    form = QueueForm("  Network   Support ", " دعم  الشبكات ", 2)
    with db.writing() as session:
        queue_id = create_queue(session, admin, form)
    with db.reading() as session:
        group = session.get(DeskGroup, queue_id)
        assert group is not None
        assert (group.name, group.name_ar, group.tier) == ("Network Support", "دعم الشبكات", 2)
        ops = session.scalars(select(OutboxOp).where(OutboxOp.entity_id == queue_id)).all()
        assert len(session.scalars(select(OutboxOp)).all()) == ops_before + 1
        assert [(o.entity, o.kind) for o in ops] == [("desk_group", "insert")]
        assert json.loads(ops[0].payload)["name_ar"] == "دعم الشبكات"
        (entry,) = session.scalars(select(AuditEntry).where(AuditEntry.kind == "queue_changed"))
        detail = json.loads(entry.detail)
        assert detail["before"] == {} and detail["after"]["name"] == "Network Support"
        assert any(q.id == queue_id for q in list_queues(session))


def test_rename_and_tier_are_updates_with_old_and_new(db: Database, admin: WriteContext) -> None:
    with db.writing() as session:
        queue_id = create_queue(session, admin, QueueForm("Desk A", "مكتب أ", 1))
    with db.writing() as session:
        rename_queue(session, admin, queue_id, "Desk B", "مكتب ب")
    with db.writing() as session:
        set_tier(session, admin, queue_id, 3)
    with db.reading() as session:
        ops = session.scalars(
            select(OutboxOp).where(OutboxOp.entity_id == queue_id).order_by(OutboxOp.client_seq)
        ).all()
        assert [o.kind for o in ops] == ["insert", "update", "update"]
        assert json.loads(ops[1].payload)["name"] == {"old": "Desk A", "new": "Desk B"}
        assert json.loads(ops[2].payload) == {"tier": {"old": 1, "new": 3}}
        audited = session.scalars(
            select(AuditEntry).where(AuditEntry.kind == "queue_changed").order_by(AuditEntry.at)
        ).all()
        assert len(audited) == 3
        last = json.loads(audited[-1].detail)
        assert (last["before"]["tier"], last["after"]["tier"]) == (1, 3)


def test_bad_input_on_every_field(db: Database, admin: WriteContext) -> None:
    assert _errors(db, admin, QueueForm(" ", "", None, "no-such-branch")) == {
        "name": m.REQUIRED,
        "name_ar": m.REQUIRED,
        "tier": m.BAD_CHOICE,
        "branch_id": m.UNKNOWN_REFERENCE,
    }
    assert _errors(db, admin, QueueForm("x" * 201, "ok", 4))["name"] == m.TOO_LONG
    assert _errors(db, admin, QueueForm("ok", "ok", 4))["tier"] == m.OUT_OF_RANGE
    assert _errors(db, admin, QueueForm("ok", "ok", -1))["tier"] == m.OUT_OF_RANGE


def test_duplicate_names_after_trimming_any_case_in_the_same_branch(
    db: Database, admin: WriteContext
) -> None:
    # The default queues are every branch's: "Service Desk" / "مكتب الخدمة".
    found = _errors(db, admin, QueueForm("  service   DESK ", " مكتب  الخدمة", 1))
    assert found == {"name": QUEUE_NAME_TAKEN, "name_ar": QUEUE_NAME_TAKEN}
    with db.reading() as session:
        branch_id = session.scalars(select(Branch.id)).first()
    with db.writing() as session:  # another branch's scope: a name of its own
        create_queue(session, admin, QueueForm("Service Desk", "مكتب الخدمة", 1, branch_id))
    # A queue keeps its own name when only its tier changes.
    with db.reading() as session:
        own = session.scalars(select(DeskGroup.id).where(DeskGroup.name == "Service Desk")).first()
    assert own is not None
    with db.writing() as session:
        set_tier(session, admin, own, 0)


@pytest.mark.parametrize("role", [Role.INTAKE, Role.AGENT, Role.TEAM_LEAD])
def test_refused_without_the_right_and_nothing_written(
    db: Database, ctx: WriteContext, role: Role
) -> None:
    _role(db, ctx, role)
    with pytest.raises(PermissionDenied) as refused, db.writing() as session:
        create_queue(session, ctx, QueueForm("Mine", "لي", 1))
    assert refused.value.denial.right is Right.CONFIGURE_QUEUES
    with db.reading() as session:
        assert session.scalars(select(DeskGroup).where(DeskGroup.name == "Mine")).first() is None


def test_a_supervisor_may_change_queues(db: Database, ctx: WriteContext) -> None:
    _role(db, ctx, Role.SUPERVISOR)
    with db.writing() as session:
        assert create_queue(session, ctx, QueueForm("Mine", "لي", 1))
