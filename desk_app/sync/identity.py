"""Adopting the server's identities for rows this desk created on its own.

A desk starts offline (services.setup): it invents ids for its branch, its
agent and its default queues. The server knows the same branch by code and the
same person by username, under its own ids. Meeting the server, the desk
re-keys its rows to the server's ids, so everything it has written and will
push refers to rows the server knows.

Re-keying changes a primary key and every foreign-key column that refers to it
(found from the models' metadata, so a new table cannot be forgotten), the ids
inside queued outbox operations, and local conflict records, in the caller's
transaction. Foreign keys are checked at commit (``PRAGMA defer_foreign_keys``),
so the parent and its children may change in any order.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Column, Table, and_, literal, or_, select, text
from sqlalchemy.orm import Session

from desk_app.models import Base, Branch, OutboxOp, SyncConflict, User
from desk_app.services.context import Actor, WriteContext
from desk_app.sync.protocol import TokenResponse

# Tables whose rows are history: a trigger refuses updates. Re-keying a row they
# refer to still has to follow into them (the history stays the same history,
# only the id of the person or queue it names changes).
APPEND_ONLY = ("ticket_journal",)


@dataclass(frozen=True)
class Reference:
    table: Table
    column: Column[Any]


def references_to(table_name: str) -> list[Reference]:
    """Every column of every table that holds a foreign key to ``table_name``.id."""
    found: list[Reference] = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == table_name and fk.column.name == "id":
                found.append(Reference(table, fk.parent))
    return found


def rekey(session: Session, table_name: str, old_id: str, new_id: str) -> bool:
    """Give the row ``old_id`` of ``table_name`` the id ``new_id``, everywhere.

    If a row ``new_id`` already exists, the old row's references move to it and
    the old row is removed (two local rows for one server row). Returns whether
    anything changed. Idempotent: re-keying to the id a row already has does
    nothing.
    """
    if old_id == new_id:
        return False
    table = Base.metadata.tables[table_name]
    session.flush()
    if session.execute(select(table.c.id).where(table.c.id == old_id)).first() is None:
        return False
    session.execute(text("PRAGMA defer_foreign_keys = ON"))
    target_exists = (
        session.execute(select(table.c.id).where(table.c.id == new_id)).first() is not None
    )
    refs = references_to(table_name)
    _repoint_references(session, refs, old_id, new_id)
    _rewrite_journal_values(session, table_name, old_id, new_id)
    if target_exists:
        session.execute(table.delete().where(table.c.id == old_id))
    else:
        session.execute(table.update().where(table.c.id == old_id).values(id=new_id))
    _rewrite_outbox(session, table_name, refs, old_id, new_id)
    _rewrite_conflicts(session, table_name, refs, old_id, new_id)
    # The ORM's identity map still has objects under the old key.
    session.expire_all()
    return True


def _repoint_references(session: Session, refs: list[Reference], old_id: str, new_id: str) -> None:
    by_table: dict[str, list[Reference]] = {}
    for ref in refs:
        by_table.setdefault(ref.table.name, []).append(ref)
    for table_name, table_refs in by_table.items():
        table = table_refs[0].table
        hit = or_(*[ref.column == old_id for ref in table_refs])
        if not _any_row(session, table, hit):
            continue
        with _update_guards_lifted(session, table_name):
            for ref in table_refs:
                session.execute(
                    table.update().where(ref.column == old_id).values({ref.column.key: new_id})
                )


def _rewrite_journal_values(session: Session, table_name: str, old_id: str, new_id: str) -> None:
    """Journal entries that recorded an assignment hold the id as text
    (field "group_id", "assignee_id" …): keep them naming the same queue or
    person."""
    ticket = Base.metadata.tables["ticket"]
    names = [
        c.name
        for c in ticket.columns
        if any(fk.column.table.name == table_name for fk in c.foreign_keys)
    ]
    if not names:
        return
    journal = Base.metadata.tables["ticket_journal"]
    mentions = or_(journal.c.old_value == old_id, journal.c.new_value == old_id)
    hit = and_(journal.c.field.in_(names), mentions)
    if not _any_row(session, journal, hit):
        return
    with _update_guards_lifted(session, journal.name):
        for column in (journal.c.old_value, journal.c.new_value):
            session.execute(
                journal.update()
                .where(journal.c.field.in_(names), column == old_id)
                .values({column.key: new_id})
            )


def _any_row(session: Session, table: Table, condition: Any) -> bool:
    found = session.execute(select(literal(1)).select_from(table).where(condition).limit(1))
    return found.first() is not None


@contextmanager
def _update_guards_lifted(session: Session, table_name: str) -> Iterator[None]:
    """For an append-only table, drop the triggers that refuse updates and
    re-create them afterwards, in the same transaction (DDL in SQLite is
    transactional: if anything fails, the triggers were never gone)."""
    if table_name not in APPEND_ONLY:
        yield
        return
    rows = session.execute(
        text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t"
            " AND upper(sql) LIKE '%BEFORE UPDATE%'"
        ),
        {"t": table_name},
    ).all()
    for name, _sql in rows:
        session.execute(text(f'DROP TRIGGER "{name}"'))
    try:
        yield
    finally:
        for _name, sql in rows:
            session.execute(text(str(sql)))


def _ref_columns(table_name: str, refs: list[Reference]) -> dict[str, set[str]]:
    """For each table, which of its columns refer to ``table_name``."""
    columns: dict[str, set[str]] = {}
    for ref in refs:
        columns.setdefault(ref.table.name, set()).add(ref.column.key)
    columns.setdefault(table_name, set()).add("id")
    return columns


def _rewrite_outbox(
    session: Session, table_name: str, refs: list[Reference], old_id: str, new_id: str
) -> None:
    columns = _ref_columns(table_name, refs)
    ops = session.execute(select(OutboxOp).where(OutboxOp.entity.in_(list(columns)))).scalars()
    for op in ops:
        if op.entity == table_name and op.entity_id == old_id:
            op.entity_id = new_id
        payload = json.loads(op.payload)
        if _rewrite_payload(payload, columns[op.entity], old_id, new_id):
            op.payload = json.dumps(payload, ensure_ascii=False)
    session.flush()


def _rewrite_payload(payload: dict[str, Any], names: set[str], old_id: str, new_id: str) -> bool:
    changed = False
    for name in names & set(payload):
        value = payload[name]
        if value == old_id:
            payload[name] = new_id
            changed = True
        elif isinstance(value, dict):
            for side in ("old", "new"):
                if value.get(side) == old_id:
                    value[side] = new_id
                    changed = True
    return changed


def _rewrite_conflicts(
    session: Session, table_name: str, refs: list[Reference], old_id: str, new_id: str
) -> None:
    columns = _ref_columns(table_name, refs)
    encoded_old, encoded_new = json.dumps(old_id), json.dumps(new_id)
    conflicts = session.execute(
        select(SyncConflict).where(SyncConflict.entity.in_(list(columns)))
    ).scalars()
    for conflict in conflicts:
        if conflict.entity == table_name and conflict.entity_id == old_id:
            conflict.entity_id = new_id
        if conflict.field in columns[conflict.entity]:
            if conflict.mine == encoded_old:
                conflict.mine = encoded_new
            if conflict.theirs == encoded_old:
                conflict.theirs = encoded_new
    session.flush()


@dataclass(frozen=True)
class AdoptedIdentity:
    """What signing in changed. ``branch_id`` is the server's id of this desk's
    branch, or None when the server has no branch with this desk's code (its
    writes would be refused: the branch code in the settings must match)."""

    user_id: str
    branch_id: str | None
    rekeyed: dict[str, dict[str, str]] = field(default_factory=dict)


def adopt_server_identity(
    session: Session, ctx: WriteContext, tokens: TokenResponse
) -> AdoptedIdentity:
    """Re-key the local branches (by code) and the signed-in agent (by username)
    to the server's ids, and point the write context at them. Run it in the
    transaction that follows a sign-in; running it again changes nothing.

    The agent: the local user with the server's username; if there is none, the
    desk's own agent row, when this desk created it (it is the same person
    meeting the server for the first time); otherwise a new local row that the
    first pull fills in.
    """
    rekeyed: dict[str, dict[str, str]] = {}
    own_branch_code = session.execute(
        select(Branch.code).where(Branch.id == ctx.branch_id)
    ).scalar_one_or_none()
    own_branch_id: str | None = None
    for info in tokens.branches:
        local = session.execute(select(Branch.id).where(Branch.code == info.code)).scalar()
        if local is not None and rekey(session, "branch", local, info.id):
            rekeyed.setdefault("branch", {})[local] = info.id
        if info.code == own_branch_code:
            own_branch_id = info.id
    if own_branch_id is not None:
        ctx.branch_id = own_branch_id

    user_id = _adopt_user(session, ctx, tokens, own_branch_id, rekeyed)
    display = session.execute(select(User.display_name).where(User.id == user_id)).scalar()
    ctx.actor = Actor(user_id, display or tokens.display_name)
    return AdoptedIdentity(user_id=user_id, branch_id=own_branch_id, rekeyed=rekeyed)


def _adopt_user(
    session: Session,
    ctx: WriteContext,
    tokens: TokenResponse,
    branch_id: str | None,
    rekeyed: dict[str, dict[str, str]],
) -> str:
    local = session.execute(select(User).where(User.username == tokens.username)).scalar()
    if local is None and ctx.actor.user_id is not None:
        actor = session.get(User, ctx.actor.user_id)
        if actor is not None and actor.origin_client_id == ctx.client_id:
            actor.username = tokens.username
            actor.display_name = tokens.display_name
            session.flush()
            local = actor
    if local is not None:
        old_id = local.id
        if rekey(session, "app_user", old_id, tokens.user_id):
            rekeyed.setdefault("app_user", {})[old_id] = tokens.user_id
        return tokens.user_id
    if session.get(User, tokens.user_id) is None:
        hlc = ctx.stamp(session)
        session.add(
            User(
                id=tokens.user_id,
                username=tokens.username,
                display_name=tokens.display_name,
                role=tokens.role,
                branch_id=branch_id,
                active=True,
                updated_at=hlc,
                version=0,  # the server's row, not yet pulled, supersedes it
                origin_client_id=ctx.client_id,
                created_at=ctx.now(),
            )
        )
        session.flush()
    return tokens.user_id
