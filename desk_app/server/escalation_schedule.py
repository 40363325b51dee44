"""When the server next looks at a ticket's automatic escalation rules.

The server keeps, in the ticket's ``escalation_due_at`` (a column that never
travels, empty on the server until now), the moment before which nothing of
the ticket's rules can fall due: the next rule's due time, ``NOTHING_DUE``
when none can (done, waiting, every rule fired) or NULL when it must be
worked out again. A pass (server.escalation_upkeep) reads only the tickets
that are NULL or due, from an index (migration s0011), never every open
ticket.

Anything that can move a rule's moment makes the ticket NULL again: a desk's
push that writes the ticket or one of its journal entries (a status, a
priority, a contact), and a change of the branch's service levels.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime

from sqlalchemy import Connection, bindparam, update

from desk_app.sync.codec import synced_table

# Nothing falls due before a change to the ticket or its levels.
NOTHING_DUE = datetime(9999, 12, 31, tzinfo=UTC)

_ticket = synced_table("ticket")
_STORE = (
    update(_ticket)
    .where(_ticket.c.id == bindparam("_id"))
    .values(escalation_due_at=bindparam("_due"))
)


def reschedule(conn: Connection, ticket_ids: Iterable[str]) -> None:
    """These tickets' rules are to be timed again at the next pass."""
    ids = sorted(set(ticket_ids))
    for start in range(0, len(ids), 500):
        conn.execute(
            update(_ticket)
            .where(_ticket.c.id.in_(ids[start : start + 500]))
            .where(_ticket.c.escalation_due_at.is_not(None))
            .values(escalation_due_at=None)
        )


def reschedule_branches(conn: Connection, branch_ids: Iterable[str]) -> None:
    """Every ticket of these branches is timed again (their levels changed)."""
    wanted = sorted(set(branch_ids))
    if wanted:
        conn.execute(
            update(_ticket)
            .where(_ticket.c.branch_id.in_(wanted))
            .where(_ticket.c.escalation_due_at.is_not(None))
            .values(escalation_due_at=None)
        )


def store(conn: Connection, due: Mapping[str, datetime | None]) -> None:
    """Each ticket's next look (None: ``NOTHING_DUE``)."""
    if due:
        rows = [{"_id": key, "_due": when or NOTHING_DUE} for key, when in due.items()]
        conn.execute(_STORE, rows)
