"""Local people of a desk without a server: PINs, lock-out, rights, audit."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from desk_app.models import LocalSecret, Role, User
from desk_app.services import people
from desk_app.services.audit import AuditKind, entries
from desk_app.services.context import WriteContext
from desk_app.services.messages import ValidationFailed
from desk_app.services.permissions import PermissionDenied, Right
from desk_app.storage.db import Database


def _make_admin(db: Database, ctx: WriteContext) -> None:
    with db.writing() as session:
        user = session.get(User, ctx.actor.user_id)
        assert user is not None
        user.role = Role.ADMIN.value


def _create(db: Database, ctx: WriteContext, **values: str) -> str:
    fields = {
        "username": "sara",
        "display_name": "Sara Ali",
        "role": Role.AGENT.value,
        "pin": "1234",
        "pin_again": "1234",
        **values,
    }
    with db.writing() as session:
        return people.create_person(session, ctx, branch_id=ctx.branch_id, **fields)


def _errors(db: Database, ctx: WriteContext, **values: str) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as caught:
        _create(db, ctx, **values)
    return {e.field: e.message for e in caught.value.errors}


def test_only_a_person_with_the_right_may_manage_people(db: Database, ctx: WriteContext) -> None:
    with db.writing() as session:  # the desk's first person administers it: make them an agent
        session.execute(
            update(User).where(User.id == ctx.actor.user_id).values(role=Role.AGENT.value)
        )
    with pytest.raises(PermissionDenied) as caught:
        _create(db, ctx)
    assert caught.value.denial.right == Right.MANAGE_USERS
    with db.reading() as session:
        assert session.scalar(select(User).where(User.username == "sara")) is None
        assert not people.may_manage(session, ctx)


def test_a_pin_is_stored_hashed_and_arabic_digits_are_the_same_pin(
    db: Database, ctx: WriteContext
) -> None:
    _make_admin(db, ctx)
    sara = _create(db, ctx, pin="١٢٣٤٥", pin_again="12345")
    with db.reading() as session:
        secret = session.get(LocalSecret, sara)
        assert secret is not None
        assert secret.pin_hash.startswith("$argon2id$") and "12345" not in secret.pin_hash
        (row,) = [p for p in people.list_people(session) if p.id == sara]
        assert row.has_pin and row.active and row.display_name == "Sara Ali"
    with db.writing() as session:
        assert people.verify_pin(session, ctx, sara, "12345").ok
        assert people.verify_pin(session, ctx, sara, "۱۲۳۴۵").ok  # Persian digits too
        assert not people.verify_pin(session, ctx, sara, "12346").ok


@pytest.mark.parametrize(
    ("pin", "message"),
    [
        ("", "This field is required."),
        ("12a4", people.PIN_DIGITS),
        ("abcd", people.PIN_DIGITS),
        ("123", people.PIN_LENGTH),
        ("1" * 13, people.PIN_LENGTH),
        ("12 34", people.PIN_DIGITS),
    ],
)
def test_bad_pins_are_refused(db: Database, ctx: WriteContext, pin: str, message: str) -> None:
    _make_admin(db, ctx)
    assert _errors(db, ctx, pin=pin, pin_again=pin) == {"pin": message}


def test_every_field_is_checked_at_once(db: Database, ctx: WriteContext) -> None:
    _make_admin(db, ctx)
    _create(db, ctx)
    found = _errors(
        db, ctx, username="  SARA ", display_name="  ", role="boss", pin="1234", pin_again="4321"
    )
    assert found == {
        "username": people.USERNAME_TAKEN,
        "display_name": "This field is required.",
        "role": "Choose one of the offered values.",
        "pin_again": people.PIN_MISMATCH,
    }
    assert _errors(db, ctx, username="sara ali") == {"username": people.USERNAME_SPACES}


def test_five_wrong_pins_pause_the_person_and_are_audited(db: Database, ctx: WriteContext) -> None:
    _make_admin(db, ctx)
    sara = _create(db, ctx)
    for attempt in range(1, people.MAX_FAILURES):
        with db.writing() as session:
            result = people.take_desk(session, ctx, sara, "9999")
        assert not result.ok and result.error is not None
        assert result.error.message == people.WRONG_PIN
        assert result.error.params == {"left": people.MAX_FAILURES - attempt}
    with db.writing() as session:
        result = people.take_desk(session, ctx, sara, "9999")
    assert result.error is not None and result.error.message == people.LOCKED_OUT
    # Paused: even the right PIN is refused, without counting.
    with db.writing() as session:
        result = people.take_desk(session, ctx, sara, "1234")
    assert not result.ok and result.error is not None
    assert result.error.message == people.LOCKED_OUT
    assert ctx.actor.name == "Agent One"
    # After the pause the right PIN works, and the person takes the desk.
    later = ctx.now() + people.LOCK_OUT + timedelta(seconds=1)
    ctx.now = lambda: later
    with db.writing() as session:
        assert people.take_desk(session, ctx, sara, "1234").ok
    assert ctx.actor.user_id == sara and ctx.actor.name == "Sara Ali"
    with db.reading() as session:
        secret = session.get(LocalSecret, sara)
        assert secret is not None and secret.failed_attempts == 0 and secret.locked_until is None
        kinds = [e.kind for e in entries(session)]
        failed = entries(session, kinds=frozenset({AuditKind.SIGN_IN_FAILED.value}))
    assert kinds.count(AuditKind.SIGN_IN_FAILED.value) == people.MAX_FAILURES
    assert kinds.count(AuditKind.LOCKED.value) == 1
    assert kinds[0] == AuditKind.SIGN_IN.value
    # A failed try names who was tried, not who was at the desk.
    assert {e.actor_id for e in failed} == {sara}


def test_role_pin_reset_and_deactivation_are_audited(db: Database, ctx: WriteContext) -> None:
    _make_admin(db, ctx)
    sara = _create(db, ctx)
    with db.writing() as session:
        people.set_role(session, ctx, sara, Role.TEAM_LEAD.value)
        people.reset_pin(session, ctx, sara, "٤٤٤٤", "4444")
        people.deactivate(session, ctx, sara)
    with db.writing() as session:
        assert not people.verify_pin(session, ctx, sara, "4444").ok  # inactive
        assert sara not in {p.id for p in people.offered(session, ctx, server=False)}
    with db.reading() as session:
        user = session.get(User, sara)
        assert user is not None and user.role == Role.TEAM_LEAD.value and not user.active
        assert user.version == 3
        changes = [
            e.detail for e in entries(session, kinds=frozenset({AuditKind.USER_CHANGED.value}))
        ]
    assert len(changes) == 4  # created, role, PIN, deactivated (newest first)
    assert '"change": "deactivated"' in changes[0] and '"change": "created"' in changes[3]
    assert '"before": "agent"' in changes[2] and "4444" not in "".join(changes)


def test_an_administrator_cannot_lock_themselves_out(db: Database, ctx: WriteContext) -> None:
    _make_admin(db, ctx)
    me = ctx.actor.user_id
    assert me is not None
    with pytest.raises(ValidationFailed), db.writing() as session:
        people.deactivate(session, ctx, me)
    with pytest.raises(ValidationFailed), db.writing() as session:
        people.set_role(session, ctx, me, Role.AGENT.value)


def test_with_a_server_only_the_signed_in_person_is_offered(
    db: Database, ctx: WriteContext
) -> None:
    _make_admin(db, ctx)
    sara = _create(db, ctx)
    with db.reading() as session:
        local = {p.id for p in people.offered(session, ctx, server=False)}
        server = [p.id for p in people.offered(session, ctx, server=True)]
    assert local == {sara, ctx.actor.user_id}
    assert server == [ctx.actor.user_id]


def test_the_person_at_the_desk_without_a_pin_comes_back_without_one(
    db: Database, ctx: WriteContext
) -> None:
    me = ctx.actor.user_id
    assert me is not None
    with db.writing() as session:
        assert people.take_desk(session, ctx, me, "").ok
        assert session.get(LocalSecret, me) is None
