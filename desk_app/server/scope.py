"""Which branch a row belongs to, and so who may read and write it.

ticket, register_entry, attachment → their branch_id; ticket_journal → its
ticket's branch; queue_member →
its queue's branch (NULL for a shared queue); customer,
desk_group, app_user → their branch_id (NULL: shared with every branch);
organisation, asset and kb_article → shared; branch → itself.

A row may only refer to rows its writer can see: every reference column (the
foreign keys of the models, and the few ids kept without one, listed in
SOFT_REFERENCES) is found from the metadata, so a column added later is
checked without anyone remembering to.
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from functools import cache
from typing import Any

from sqlalchemy import Connection, Select, bindparam, select

from desk_app.models import Ticket
from desk_app.sync.codec import synced_table, wire_columns

BRANCH_COLUMN = {
    "ticket": "branch_id",
    "customer": "branch_id",
    "desk_group": "branch_id",
    "app_user": "branch_id",
    "branch": "id",
    "register_entry": "branch_id",
    "attachment": "branch_id",
}
SHARED_ENTITIES = frozenset({"organisation", "asset", "kb_article"})
# The column that decides a row's branch (judged by the scope rule itself).
SCOPE_COLUMN = {**BRANCH_COLUMN, "ticket_journal": "ticket_id", "queue_member": "group_id"}
# Ids of other rows kept without a foreign key in the schema, and what they name.
SOFT_REFERENCES: dict[tuple[str, str], str] = {("ticket", "merged_into_id"): "ticket"}


class UnknownScope(Exception):
    """The row's branch cannot be found (a journal entry of an unknown ticket)."""


_TICKET_BRANCH = select(Ticket.__table__.c.branch_id).where(
    Ticket.__table__.c.id == bindparam("ticket_id")
)


def ticket_branch(conn: Connection, ticket_id: Any) -> str:
    branch = conn.execute(_TICKET_BRANCH, {"ticket_id": ticket_id}).scalar_one_or_none()
    if branch is None:
        raise UnknownScope(ticket_id)
    return str(branch)


def row_branch(conn: Connection, entity: str, values: Mapping[str, Any]) -> str | None:
    """The branch of a row with these values; None for a shared row."""
    if entity == "ticket_journal":
        return ticket_branch(conn, values.get("ticket_id"))
    if entity == "queue_member":
        group_id = values.get("group_id")
        if group_id is None:
            raise UnknownScope(group_id)
        return referenced_branch(conn, "desk_group", str(group_id))
    column = BRANCH_COLUMN.get(entity)
    if column is None:
        return None
    value = values.get(column)
    return None if value is None else str(value)


def visible(branch: str | None, allowed: Set[str]) -> bool:
    return branch is None or branch in allowed


@cache
def references(entity: str) -> dict[str, str]:
    """Column → referenced entity, for every column of ``entity`` that holds the
    id of another synced row, its own scope column excepted."""
    table = synced_table(entity)
    found = {
        column.name: fk.column.table.name
        for column in wire_columns(table)
        for fk in column.foreign_keys
        if fk.column.name == "id"
    }
    found.update({c: target for (e, c), target in SOFT_REFERENCES.items() if e == entity})
    found.pop(SCOPE_COLUMN.get(entity, ""), None)
    return found


@cache
def _select_scope(entity: str) -> Select[Any]:
    table = synced_table(entity)
    scope_column = SCOPE_COLUMN.get(entity, "id")
    return select(table.c[scope_column].label("scope")).where(table.c.id == bindparam("row_id"))


def referenced_branch(conn: Connection, entity: str, row_id: str) -> str | None:
    """The branch of the ``entity`` row ``row_id`` (None: shared); UnknownScope
    if there is no such row."""
    found = conn.execute(_select_scope(entity), {"row_id": row_id}).first()
    if found is None:
        raise UnknownScope(row_id)
    if entity == "ticket_journal":
        return ticket_branch(conn, found.scope)
    if entity == "queue_member":
        return referenced_branch(conn, "desk_group", str(found.scope))
    if entity in BRANCH_COLUMN:
        return None if found.scope is None else str(found.scope)
    return None
