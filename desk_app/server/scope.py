"""Which branch a row belongs to, and so who may read and write it.

ticket → its branch_id; ticket_journal → its ticket's branch; customer,
desk_group, app_user → their branch_id (NULL: shared with every branch);
organisation and asset → shared; branch → itself.
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from typing import Any

from sqlalchemy import Connection, bindparam, select

from desk_app.models import Ticket

BRANCH_COLUMN = {
    "ticket": "branch_id",
    "customer": "branch_id",
    "desk_group": "branch_id",
    "app_user": "branch_id",
    "branch": "id",
}
SHARED_ENTITIES = frozenset({"organisation", "asset"})


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
    column = BRANCH_COLUMN.get(entity)
    if column is None:
        return None
    value = values.get(column)
    return None if value is None else str(value)


def visible(branch: str | None, allowed: Set[str]) -> bool:
    return branch is None or branch in allowed
