"""Adopting the server's identities for rows this desk created on its own.

A desk starts offline (services.setup): it invents ids for its branch, its
agent and its default queues. The server knows the same branch by code, the
same person by username and the same queue by name, under its own ids. Meeting
the server, the desk re-keys its rows to the server's ids, so everything it has
written and will push refers to rows the server knows.

An id lives in more places than foreign keys: history ("assigned to queue X",
"linked to ticket Y" in a journal entry's values), columns that name a row
without a constraint, and JSON (custom fields, the queued outbox payloads,
conflict records, parked changes). A list of those places would miss the next
one, so re-keying walks every text column of every table, in one pass, and
maps old → new by exact match:

- a value that *is* an old id becomes the new id;
- inside a longer value, an old id that is a whole JSON string (``"<id>"``, or
  ``\"<id>\"`` in JSON kept inside JSON, at any depth) becomes the new id; the
  rest of the text is left byte for byte, so a payload keeps its exact form;
- ids are random UUIDs, so such a match is that row and nothing else. Words a
  person typed that merely mention an id are left as typed.

It runs in the caller's transaction: a crash rolls it all back and a retry
starts from the same state. It is idempotent: afterwards no old id is left
anywhere, and re-keying a row that is already gone changes nothing. Foreign
keys are checked at commit (``PRAGMA defer_foreign_keys``), so parents and
children may change in any order. The mapping is kept too (ID_ALIASES_KEY),
for what lives outside the database (drafts, saved views: files a person's
desk reads), which follows it when read (``follow_aliases``).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import (
    Column,
    String,
    Table,
    and_,
    case,
    func,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session

from desk_app.models import Base, Branch, QueueMember, SyncState, User
from desk_app.models.base import ID_LENGTH
from desk_app.services.context import Actor, WriteContext
from desk_app.services.teams import membership_id
from desk_app.storage.guards import update_guards_lifted
from desk_app.sync.protocol import TokenResponse

# Where the old → new mapping of every re-keying is kept (sync_state).
ID_ALIASES_KEY = "identity_aliases"
# Shorter than this, a value cannot be one of the ids re-keyed here (UUIDs);
# refusing it keeps exact matching from ever touching an ordinary word.
MIN_ID_LENGTH = 32
# Column values of at most this length are compared whole only; a longer one
# can also hold an id inside JSON ("<id>" needs two more characters).
_QUOTED_ID_LENGTH = ID_LENGTH + 2
# How a JSON document begins (as this app writes them: no leading space). Only
# such values are looked into; other text is a person's words.
JSON_STARTS = ("{", "[", '"')
T = TypeVar("T")


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


def text_columns(table: Table) -> list[Column[Any]]:
    """The columns of ``table`` that could hold an id, whole or inside text:
    every string column long enough for one. Foreign keys, journal values,
    JSON and anything added later are all among them."""
    return [c for c in table.columns if _room(c) >= ID_LENGTH]


def _room(column: Column[Any]) -> float:
    """How many characters a column can hold (0: not text)."""
    if not isinstance(column.type, String):
        return 0
    return float("inf") if column.type.length is None else column.type.length


def rekey(session: Session, table_name: str, old_id: str, new_id: str) -> bool:
    """Give the row ``old_id`` of ``table_name`` the id ``new_id``, everywhere.

    If a row ``new_id`` already exists, the old row's references move to it and
    the old row is removed (two local rows for one server row). Returns whether
    anything changed. Idempotent: re-keying to the id a row already has, or a
    row that is gone, does nothing.
    """
    return bool(rekey_many(session, {table_name: {old_id: new_id}}))


def rekey_many(
    session: Session, renames: Mapping[str, Mapping[str, str]]
) -> dict[str, dict[str, str]]:
    """Re-key several rows ({table: {old id: new id}}) in one pass over the
    database. Returns the renames that applied (rows that existed)."""
    session.flush()
    done: dict[str, dict[str, str]] = {}
    for table_name, pairs in renames.items():
        table = Base.metadata.tables[table_name]
        for old_id, new_id in pairs.items():
            if len(old_id) < MIN_ID_LENGTH or len(new_id) < MIN_ID_LENGTH:
                raise ValueError(f"not an id: {old_id!r} → {new_id!r}")
            if old_id != new_id and _row_exists(session, table, old_id):
                done.setdefault(table_name, {})[old_id] = new_id
    if not done:
        return {}
    session.execute(text("PRAGMA defer_foreign_keys = ON"))
    for table_name, pairs in done.items():
        table = Base.metadata.tables[table_name]
        for old_id, new_id in pairs.items():
            if _row_exists(session, table, new_id):
                # Two local rows for one server row: the old one goes, and
                # everything that named it names the other (below).
                session.execute(table.delete().where(table.c.id == old_id))
    mapping = _resolve_chains({old: new for pairs in done.values() for old, new in pairs.items()})
    rewrite_ids(session, mapping)
    _remember_aliases(session, mapping)
    # The ORM's identity map still has objects under the old keys.
    session.expire_all()
    return done


def _row_exists(session: Session, table: Table, row_id: str) -> bool:
    return session.execute(select(table.c.id).where(table.c.id == row_id)).first() is not None


def _resolve_chains(mapping: dict[str, str]) -> dict[str, str]:
    """a → b and b → c in one batch: a goes straight to c (one pass rewrites
    each value once)."""
    resolved: dict[str, str] = {}
    for old in mapping:
        new, seen = mapping[old], {old}
        while new in mapping and new not in seen:
            seen.add(new)
            new = mapping[new]
        resolved[old] = new
    return resolved


def rewrite_ids(session: Session, mapping: Mapping[str, str]) -> int:
    """Replace every old id of ``mapping`` by its new id wherever it is, in
    every table. Returns how many rows changed."""
    if not mapping:
        return 0
    olds = list(mapping)
    translate = _translator(mapping)
    changed = 0
    for table in Base.metadata.sorted_tables:
        whole, inner = _columns_mentioning(session, table, olds)
        if not whole and not inner:
            continue
        with update_guards_lifted(session, table.name):
            for column in whole:
                changed += _rewrite_whole_values(session, table, column, mapping)
            changed += _rewrite_inner_values(session, table, inner, olds, translate)
    return changed


def _columns_mentioning(
    session: Session, table: Table, olds: list[str]
) -> tuple[list[Column[Any]], list[Column[Any]]]:
    """Which columns of ``table`` may hold an old id: as their whole value
    (first list), or inside a longer value as well (second list). One scan of
    the table, so a table that names none costs a single read and no write."""
    columns = text_columns(table)
    if not columns:
        return [], []
    # A column with room only for an id is compared whole; a longer one is
    # searched (which finds whole values too: one test per column, not two).
    tests = [
        func.max(
            or_(*[func.instr(c, old) > 0 for old in olds])
            if _room(c) >= _QUOTED_ID_LENGTH
            else c.in_(olds)
        )
        for c in columns
    ]
    found = session.execute(select(*tests)).one()
    hit = [c for c, mentioned in zip(columns, found, strict=True) if mentioned]
    return hit, [c for c in hit if _room(c) >= _QUOTED_ID_LENGTH]


def _rewrite_whole_values(
    session: Session, table: Table, column: Column[Any], mapping: Mapping[str, str]
) -> int:
    """Values that are an old id: one UPDATE, however many rows (a desk's
    every ticket names its branch)."""
    olds = list(mapping)
    result = session.execute(
        table.update()
        .where(column.in_(olds))
        .values({column.key: case(mapping, value=column, else_=column)})
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def _rewrite_inner_values(
    session: Session,
    table: Table,
    columns: list[Column[Any]],
    olds: list[str],
    translate: Callable[[str], str],
) -> int:
    """Values that hold an old id inside them (JSON): read, rewrite, write
    back only the columns that changed (an update of a ticket's text columns
    re-indexes it for search)."""
    if not columns:
        return 0
    keys = list(table.primary_key.columns)
    wanted = [c for c in columns if c not in keys]
    hit = or_(*[func.instr(c, old) > 0 for c in columns for old in olds])
    rows = session.execute(select(*keys, *wanted).where(hit)).all()
    changed = 0
    for row in rows:
        key_values = dict(zip(keys, row[: len(keys)], strict=True))
        current = dict(zip(wanted, row[len(keys) :], strict=True))
        current.update({k: v for k, v in key_values.items() if k in columns})
        new_values = {
            c.key: translate(v) for c, v in current.items() if v is not None and translate(v) != v
        }
        if not new_values:
            continue  # an id in a person's words, not a reference
        session.execute(
            table.update().where(and_(*(k == v for k, v in key_values.items()))).values(new_values)
        )
        changed += 1
    return changed


def _translator(mapping: Mapping[str, str]) -> Callable[[str], str]:
    alternatives = "|".join(re.escape(old) for old in sorted(mapping, key=len, reverse=True))
    quoted = re.compile(r'(\\*")(' + alternatives + r')(\\*")')

    def translate(value: str) -> str:
        if value in mapping:
            return mapping[value]
        if not value.startswith(JSON_STARTS):
            return value
        return quoted.sub(lambda m: m.group(1) + mapping[m.group(2)] + m.group(3), value)

    return translate


def follow_aliases(value: T, aliases: Mapping[str, str]) -> T:
    """``value`` (JSON-like: dicts, lists, strings) with every re-keyed id
    replaced by the id it has now, by the same rule as in the database.
    For what lives outside it: drafts, saved views."""
    if not aliases:
        return value
    translate = _translator(aliases)

    def walk(item: Any) -> Any:
        if isinstance(item, str):
            return translate(item)
        if isinstance(item, dict):
            return {walk(k): walk(v) for k, v in item.items()}
        if isinstance(item, list | tuple):
            return type(item)(walk(v) for v in item)
        if isinstance(item, frozenset | set):
            return type(item)(walk(v) for v in item)
        return item

    result: T = walk(value)
    return result


def follow_aliases_in_files(paths: Iterable[Path], aliases: Mapping[str, str]) -> list[Path]:
    """Rewrite JSON files (saved views, drafts) to name re-keyed rows by their
    ids now; each atomically (a crash keeps the old file, which a later call
    rewrites: it is idempotent). A file that is missing or not JSON is left.
    Returns the files rewritten."""
    rewritten: list[Path] = []
    if not aliases:
        return rewritten
    for path in paths:
        try:
            data = json.loads(path.read_text("utf-8-sig"))
        except (OSError, ValueError):
            continue
        moved = follow_aliases(data, aliases)
        if moved == data:
            continue
        tmp = path.with_name(path.name + ".rekeyed")
        tmp.write_text(json.dumps(moved, ensure_ascii=False, indent=2), "utf-8")
        os.replace(tmp, path)
        rewritten.append(path)
    return rewritten


def read_aliases(session: Session) -> dict[str, str]:
    """Every id this desk has re-keyed, and the id it has now."""
    stored = session.get(SyncState, ID_ALIASES_KEY)
    if stored is None:
        return {}
    try:
        data = json.loads(stored.value)
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _remember_aliases(session: Session, mapping: Mapping[str, str]) -> None:
    """Keep old → new, after the pass (which has already moved any earlier
    alias that pointed at an id re-keyed now: a → b, b → c gives a → c)."""
    aliases = read_aliases(session)
    aliases.update(mapping)
    session.merge(
        SyncState(key=ID_ALIASES_KEY, value=json.dumps(aliases, ensure_ascii=False, sort_keys=True))
    )
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
    to the server's ids, in one pass (``rekey_many``), and point the write
    context at them. Run it in the transaction that follows a sign-in; running
    it again changes nothing.

    The agent: the local user with the server's username; if there is none, the
    desk's own agent row, when this desk created it (it is the same person
    meeting the server for the first time); otherwise a new local row that the
    first pull fills in.
    """
    renames: dict[str, dict[str, str]] = {}
    own_branch_code = session.execute(
        select(Branch.code).where(Branch.id == ctx.branch_id)
    ).scalar_one_or_none()
    own_branch_id: str | None = None
    for info in tokens.branches:
        local = session.execute(select(Branch.id).where(Branch.code == info.code)).scalar()
        if local is not None and local != info.id:
            renames.setdefault("branch", {})[local] = info.id
        if info.code == own_branch_code:
            own_branch_id = info.id

    local_user = _local_agent(session, ctx, tokens)
    if local_user is not None and local_user != tokens.user_id:
        renames["app_user"] = {local_user: tokens.user_id}
    rekeyed = rekey_many(session, renames)
    if "app_user" in rekeyed:
        memberships = _memberships_rederived(session, set(rekeyed["app_user"].values()))
        rekeyed.update(rekey_many(session, {"queue_member": memberships}) if memberships else {})
    if local_user is None:
        _add_server_user(session, ctx, tokens, own_branch_id)
    if own_branch_id is not None:
        ctx.branch_id = own_branch_id
    display = session.execute(select(User.display_name).where(User.id == tokens.user_id)).scalar()
    ctx.actor = Actor(tokens.user_id, display or tokens.display_name)
    return AdoptedIdentity(user_id=tokens.user_id, branch_id=own_branch_id, rekeyed=rekeyed)


def _memberships_rederived(session: Session, user_ids: set[str]) -> dict[str, str]:
    """A membership's id derives from its person and queue (services.teams):
    once the person has the server's id, their memberships take the ids every
    other desk derives for the pair, or the same membership added on another
    desk would become a second row. The n-th row of a pair (by creation) is
    the one made after n removals."""
    rows = session.execute(
        select(QueueMember.id, QueueMember.user_id, QueueMember.group_id)
        .where(QueueMember.user_id.in_(sorted(user_ids)))
        .order_by(QueueMember.user_id, QueueMember.group_id, QueueMember.created_at)
    ).all()
    renames: dict[str, str] = {}
    seen: dict[tuple[str, str], int] = {}
    for row in rows:
        pair = (row.user_id, row.group_id)
        removed_before = seen.get(pair, 0)
        seen[pair] = removed_before + 1
        derived = membership_id(row.user_id, row.group_id, removed_before)
        if derived != row.id:
            renames[row.id] = derived
    return renames


def _local_agent(session: Session, ctx: WriteContext, tokens: TokenResponse) -> str | None:
    """The local row of the person signing in: by username, or the desk's own
    agent row (renamed to the server's username) when this desk created it."""
    local = session.execute(select(User).where(User.username == tokens.username)).scalar()
    if local is None and ctx.actor.user_id is not None:
        actor = session.get(User, ctx.actor.user_id)
        if actor is not None and actor.origin_client_id == ctx.client_id:
            actor.username = tokens.username
            actor.display_name = tokens.display_name
            session.flush()
            local = actor
    return None if local is None else local.id


def _add_server_user(
    session: Session, ctx: WriteContext, tokens: TokenResponse, branch_id: str | None
) -> None:
    if session.get(User, tokens.user_id) is not None:
        return
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
