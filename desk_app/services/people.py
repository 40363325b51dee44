"""Who is at the desk: the local people of a desk that works without a server,
their PINs, and the switch from one person to another.

A PIN is kept only as an argon2id hash (``LocalSecret``), never leaves the
desk, and is tried at most ``MAX_FAILURES`` times before a short pause. A
desk signed in to a server knows its person from the sign-in (sync.identity):
then the people offered at the desk are that person only, and people are
managed on the server.

Every change to a person, every sign-in and every refused PIN is audited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import Branch, LocalSecret, User
from desk_app.services import messages as m
from desk_app.services.acting import acting_person, require_right
from desk_app.services.audit import AuditKind, record
from desk_app.services.context import Actor, WriteContext
from desk_app.services.ids import new_id
from desk_app.services.messages import QT_TRANSLATE_NOOP, FieldError, NotFound, ValidationFailed
from desk_app.services.permissions import LEVELS, Right
from desk_app.services.rights_store import load_rights
from desk_app.services.validation import ascii_digits, check_text, clean_line

PIN_MIN = 4
PIN_MAX = 12
MAX_FAILURES = 5
LOCK_OUT = timedelta(minutes=2)
USERNAME_LIMIT = 64
NAME_LIMIT = 200

# Tuned for a PIN tried at a desk, not a password stored on a server: the
# defaults of argon2-cffi are RFC 9106's low-memory profile.
_hasher = PasswordHasher()

PIN_DIGITS = QT_TRANSLATE_NOOP("Validation", "A PIN is made of digits only.")
PIN_LENGTH = QT_TRANSLATE_NOOP("Validation", "A PIN has {low} to {high} digits.")
PIN_MISMATCH = QT_TRANSLATE_NOOP("Validation", "The two PINs are not the same.")
USERNAME_SPACES = QT_TRANSLATE_NOOP("Validation", "A user name has no spaces.")
USERNAME_TAKEN = QT_TRANSLATE_NOOP("Validation", "Someone already has this user name.")
NOT_YOURSELF = QT_TRANSLATE_NOOP(
    "Validation", "You cannot do this to yourself: ask another administrator."
)
WRONG_PIN = QT_TRANSLATE_NOOP("Validation", "Wrong PIN. Tries left before a pause: {left}.")
LOCKED_OUT = QT_TRANSLATE_NOOP(
    "Validation", "Too many wrong PINs. Minutes to wait before trying again: {minutes}."
)
NO_PIN = QT_TRANSLATE_NOOP(
    "Validation", "This person has no PIN yet: an administrator sets one under People."
)
INACTIVE = QT_TRANSLATE_NOOP("Validation", "This person may no longer use the desk.")

_SPACE = re.compile(r"\s")


@dataclass(frozen=True)
class PersonRow:
    """A person as the people page and the switch dialog show them."""

    id: str
    username: str
    display_name: str
    role: str
    branch_id: str | None
    active: bool
    has_pin: bool


@dataclass(frozen=True)
class SignInResult:
    """What a PIN try gave: the person now at the desk, or why not."""

    ok: bool
    error: FieldError | None = None


def _as_utc(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


# -- reading -----------------------------------------------------------------


def list_people(session: Session, *, include_inactive: bool = True) -> list[PersonRow]:
    query = select(User).where(User.deleted_at.is_(None))
    if not include_inactive:
        query = query.where(User.active.is_(True))
    users = list(session.scalars(query))
    with_pin = set(session.scalars(select(LocalSecret.user_id)))
    rows = [
        PersonRow(u.id, u.username, u.display_name, u.role, u.branch_id, u.active, u.id in with_pin)
        for u in users
    ]
    return sorted(rows, key=lambda r: (not r.active, r.display_name.casefold(), r.username))


def offered(session: Session, ctx: WriteContext, *, server: bool) -> list[PersonRow]:
    """Who may take the desk: with a server, only the person signed in (the
    server decides who that is); without one, every active person with a PIN,
    and the person at the desk now."""
    people = list_people(session, include_inactive=False)
    if server:
        return [p for p in people if p.id == ctx.actor.user_id]
    return [p for p in people if p.has_pin or p.id == ctx.actor.user_id]


def may_manage(session: Session, ctx: WriteContext) -> bool:
    return load_rights(session).allows(acting_person(session, ctx).role, Right.MANAGE_USERS)


def _require_manager(session: Session, ctx: WriteContext) -> None:
    require_right(session, ctx, Right.MANAGE_USERS, action="manage_people")


# -- PINs --------------------------------------------------------------------


def check_pin(errors: list[FieldError], field: str, raw: str) -> str:
    """The PIN as ASCII digits (Arabic-Indic digits folded), or an error."""
    pin = ascii_digits(raw.strip())
    if not pin:
        errors.append(FieldError(field, m.REQUIRED))
    elif not (pin.isascii() and pin.isdigit()):
        errors.append(FieldError(field, PIN_DIGITS))
    elif not PIN_MIN <= len(pin) <= PIN_MAX:
        errors.append(FieldError(field, PIN_LENGTH, {"low": PIN_MIN, "high": PIN_MAX}))
    return pin


def _check_new_pin(errors: list[FieldError], pin: str, pin_again: str) -> str:
    folded = check_pin(errors, "pin", pin)
    if not any(e.field == "pin" for e in errors) and folded != ascii_digits(pin_again.strip()):
        errors.append(FieldError("pin_again", PIN_MISMATCH))
    return folded


def _store_pin(session: Session, ctx: WriteContext, user_id: str, pin: str) -> None:
    secret = session.get(LocalSecret, user_id)
    hashed = _hasher.hash(pin)
    if secret is None:
        session.add(
            LocalSecret(
                user_id=user_id,
                pin_hash=hashed,
                changed_at=ctx.now(),
                failed_attempts=0,
                locked_until=None,
            )
        )
    else:
        secret.pin_hash = hashed
        secret.changed_at = ctx.now()
        secret.failed_attempts = 0
        secret.locked_until = None


# -- changing people ---------------------------------------------------------


def _touch(session: Session, ctx: WriteContext, user: User) -> None:
    user.updated_at = ctx.stamp(session)
    user.version += 1


def _get(session: Session, user_id: str) -> User:
    user = session.get(User, user_id)
    if user is None or user.deleted_at is not None:
        raise NotFound(user_id)
    return user


def _check_role(errors: list[FieldError], role: str) -> None:
    if role not in {r.value for r in LEVELS}:
        errors.append(FieldError("role", m.BAD_CHOICE))


def create_person(
    session: Session,
    ctx: WriteContext,
    *,
    username: str,
    display_name: str,
    role: str,
    branch_id: str | None,
    pin: str,
    pin_again: str,
) -> str:
    """A new local person with a PIN. Raises PermissionDenied without the
    right to manage people, ValidationFailed with every field's problem."""
    _require_manager(session, ctx)
    errors: list[FieldError] = []
    username = username.strip()
    display_name = clean_line(display_name)
    check_text(errors, "username", username, limit=USERNAME_LIMIT, required=True)
    if username and not any(e.field == "username" for e in errors):
        if _SPACE.search(username):
            errors.append(FieldError("username", USERNAME_SPACES))
        else:
            clash = any(
                u.casefold() == username.casefold() for u in session.scalars(select(User.username))
            )
            if clash:
                errors.append(FieldError("username", USERNAME_TAKEN))
    check_text(errors, "display_name", display_name, limit=NAME_LIMIT, required=True)
    _check_role(errors, role)
    if branch_id is not None:
        branch = session.get(Branch, branch_id)
        if branch is None or branch.deleted_at is not None:
            errors.append(FieldError("branch", m.UNKNOWN_REFERENCE))
    folded = _check_new_pin(errors, pin, pin_again)
    if errors:
        raise ValidationFailed(errors)
    hlc = ctx.stamp(session)
    user = User(
        id=new_id(),
        username=username,
        display_name=display_name,
        role=role,
        branch_id=branch_id,
        active=True,
        updated_at=hlc,
        version=1,
        origin_client_id=ctx.client_id,
        created_at=ctx.now(),
    )
    session.add(user)
    session.flush()
    _store_pin(session, ctx, user.id, folded)
    record(
        session,
        ctx,
        AuditKind.USER_CHANGED,
        subject=username,
        detail={
            "change": "created",
            "after": {"display_name": display_name, "role": role, "branch_id": branch_id},
        },
    )
    return user.id


def set_role(session: Session, ctx: WriteContext, user_id: str, role: str) -> None:
    _require_manager(session, ctx)
    user = _get(session, user_id)
    errors: list[FieldError] = []
    _check_role(errors, role)
    if user_id == ctx.actor.user_id and role != user.role:
        errors.append(FieldError("role", NOT_YOURSELF))
    if errors:
        raise ValidationFailed(errors)
    if role == user.role:
        return
    before = user.role
    user.role = role
    _touch(session, ctx, user)
    record(
        session,
        ctx,
        AuditKind.USER_CHANGED,
        subject=user.username,
        detail={"change": "role", "before": before, "after": role},
    )


def reset_pin(session: Session, ctx: WriteContext, user_id: str, pin: str, pin_again: str) -> None:
    _require_manager(session, ctx)
    user = _get(session, user_id)
    errors: list[FieldError] = []
    folded = _check_new_pin(errors, pin, pin_again)
    if errors:
        raise ValidationFailed(errors)
    _store_pin(session, ctx, user.id, folded)
    record(session, ctx, AuditKind.USER_CHANGED, subject=user.username, detail={"change": "pin"})


def deactivate(session: Session, ctx: WriteContext, user_id: str) -> None:
    """The person may no longer take the desk; their past work keeps their name."""
    _require_manager(session, ctx)
    user = _get(session, user_id)
    if user_id == ctx.actor.user_id:
        raise ValidationFailed([FieldError("", NOT_YOURSELF)])
    if not user.active:
        return
    user.active = False
    _touch(session, ctx, user)
    record(
        session,
        ctx,
        AuditKind.USER_CHANGED,
        subject=user.username,
        detail={"change": "deactivated", "before": True, "after": False},
    )


# -- taking the desk ---------------------------------------------------------


def verify_pin(session: Session, ctx: WriteContext, user_id: str, pin: str) -> SignInResult:
    """Try ``pin`` for ``user_id``: counts a failure, pauses the person after
    ``MAX_FAILURES``, audits the outcome. Never raises for a wrong PIN (the
    failure must be written, so the caller commits)."""
    user = _get(session, user_id)
    who = (user.id, user.display_name)
    if not user.active:
        return SignInResult(False, FieldError("pin", INACTIVE))
    secret = session.get(LocalSecret, user_id)
    if secret is None:
        return SignInResult(False, FieldError("pin", NO_PIN))
    now = ctx.now()
    if secret.locked_until is not None and _as_utc(secret.locked_until) > now:
        wait = _as_utc(secret.locked_until) - now
        minutes = max(1, -(-int(wait.total_seconds()) // 60))
        return SignInResult(False, FieldError("pin", LOCKED_OUT, {"minutes": minutes}))
    errors: list[FieldError] = []
    folded = check_pin(errors, "pin", pin)
    matched = False
    if not errors:
        try:
            matched = _hasher.verify(secret.pin_hash, folded)
        except (VerificationError, InvalidHashError):
            matched = False
    if matched:
        if _hasher.check_needs_rehash(secret.pin_hash):
            secret.pin_hash = _hasher.hash(folded)
        secret.failed_attempts = 0
        secret.locked_until = None
        return SignInResult(True)
    secret.failed_attempts += 1
    record(
        session,
        ctx,
        AuditKind.SIGN_IN_FAILED,
        subject=user.username,
        detail={"how": "pin", "failed_attempts": secret.failed_attempts},
        actor=who,
    )
    if secret.failed_attempts >= MAX_FAILURES:
        secret.failed_attempts = 0
        secret.locked_until = now + LOCK_OUT
        record(
            session,
            ctx,
            AuditKind.LOCKED,
            subject=user.username,
            detail={"until": secret.locked_until.isoformat()},
            actor=who,
        )
        minutes = int(LOCK_OUT.total_seconds() // 60)
        return SignInResult(False, FieldError("pin", LOCKED_OUT, {"minutes": minutes}))
    left = MAX_FAILURES - secret.failed_attempts
    return SignInResult(False, FieldError("pin", WRONG_PIN, {"left": left}))


def take_desk(session: Session, ctx: WriteContext, user_id: str, pin: str) -> SignInResult:
    """``user_id`` takes the desk with ``pin``: on success every later write
    names them (the context's actor changes). The person already at the desk
    who has no PIN yet comes back without one."""
    user = _get(session, user_id)
    has_pin = session.get(LocalSecret, user_id) is not None
    if user_id == ctx.actor.user_id and user.active and not has_pin:
        return SignInResult(True)
    result = verify_pin(session, ctx, user_id, pin)
    if not result.ok:
        return result
    previous = ctx.actor
    ctx.actor = Actor(user.id, user.display_name)
    record(
        session,
        ctx,
        AuditKind.SIGN_IN,
        subject=user.username,
        detail={"how": "pin", "previous": previous.name, "previous_id": previous.user_id},
    )
    return SignInResult(True)
