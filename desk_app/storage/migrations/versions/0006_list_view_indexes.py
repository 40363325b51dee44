"""Indexes for the working-day views of the ticket list.

The SLA column sorts and the "breaching soon" view filter on one expression,
``ifnull(sla_due_at, '9999-12-31')``: tickets without a running clock sort
after every due time, and a keyset page can compare the value (a NULL in a
row value would make every comparison unknown). The call-back column and the
"follow-ups due" view do the same with ``follow_up_next_at``. Complaints are a few percent
of the tickets: a partial index of theirs counts them without reading rows,
and one of tombstones lets "all tickets" be counted as rows minus those.

Most views show only the tickets still being worked: each sort the list
offers gets a partial index over those alone, so "most urgent first" or
"oldest first" does not walk past every closed ticket of a mature desk.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


# The open tickets' condition and sort keys as this revision made them (the
# models hold the same text; a migration keeps its own copy).
_OPEN = (
    "status IN ('new', 'open', 'waiting_customer', 'waiting_third_party') AND deleted_at IS NULL"
)
_OPEN_SORT_KEYS = {
    "number": ("number",),
    "priority": ("priority", "last_activity_at"),
    "status": ("status", "last_activity_at"),
    "queue": ("ifnull(group_id, '')", "last_activity_at"),
    "assignee": ("ifnull(assignee_id, '')", "last_activity_at"),
    "created": ("created_at",),
    "last_activity": ("last_activity_at",),
    "sla_due": ("ifnull(sla_due_at, '9999-12-31')", "last_activity_at"),
    "follow_up": ("ifnull(follow_up_next_at, '9999-12-31')", "last_activity_at"),
}


def upgrade() -> None:
    op.drop_index("ix_ticket_sla_due", table_name="ticket")
    op.create_index(
        "ix_ticket_sla_sort",
        "ticket",
        [sa.text("ifnull(sla_due_at, '9999-12-31')"), "last_activity_at"],
    )
    op.drop_index("ix_ticket_follow_up", table_name="ticket")
    op.create_index(
        "ix_ticket_follow_up_sort",
        "ticket",
        [sa.text("ifnull(follow_up_next_at, '9999-12-31')"), "last_activity_at"],
    )
    op.create_index(
        "ix_ticket_complaint_status",
        "ticket",
        ["status"],
        sqlite_where=sa.text("complaint = 1 AND deleted_at IS NULL"),
    )
    op.create_index(
        "ix_ticket_tombstones",
        "ticket",
        ["deleted_at"],
        sqlite_where=sa.text("deleted_at IS NOT NULL"),
    )
    for name, keys in _OPEN_SORT_KEYS.items():
        op.create_index(
            f"ix_ticket_open_{name}",
            "ticket",
            [sa.text(k) if "(" in k else k for k in keys],
            sqlite_where=sa.text(_OPEN),
        )


def downgrade() -> None:
    for name in _OPEN_SORT_KEYS:
        op.drop_index(f"ix_ticket_open_{name}", table_name="ticket")
    op.drop_index("ix_ticket_tombstones", table_name="ticket")
    op.drop_index("ix_ticket_complaint_status", table_name="ticket")
    op.drop_index("ix_ticket_follow_up_sort", table_name="ticket")
    op.create_index("ix_ticket_follow_up", "ticket", ["follow_up_next_at"])
    op.drop_index("ix_ticket_sla_sort", table_name="ticket")
    op.create_index("ix_ticket_sla_due", "ticket", ["sla_due_at", "last_activity_at"])
