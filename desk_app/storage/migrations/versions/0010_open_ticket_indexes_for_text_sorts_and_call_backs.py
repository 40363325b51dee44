"""Three more indexes over the open tickets, for the views of one agent.

"Mine" or "Unassigned" sorted by subject or customer read every one of the
agent's open tickets and sorted them (or walked the column's index past every
closed ticket); with the open tickets' own subject and customer indexes a
page is a short walk, as in every other sort. "My follow-ups due" in any sort
but the call-back's read all of the agent's open tickets to find the few with
a call-back due; an index of open tickets by assignee and call-back reads
those alone.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# As this revision made them (the models hold the same text).
_OPEN = (
    "status IN ('new', 'open', 'waiting_customer', 'waiting_third_party') AND deleted_at IS NULL"
)
_INDEXES = {
    "ix_ticket_open_subject": ("subject",),
    "ix_ticket_open_customer": ("customer_name",),
    "ix_ticket_open_callbacks_assignee": (
        "ifnull(assignee_id, '')",
        "ifnull(follow_up_next_at, '9999-12-31')",
        "last_activity_at",
    ),
}


def upgrade() -> None:
    for name, keys in _INDEXES.items():
        op.create_index(
            name,
            "ticket",
            [sa.text(k) if "(" in k else k for k in keys],
            sqlite_where=sa.text(_OPEN),
        )


def downgrade() -> None:
    for name in _INDEXES:
        op.drop_index(name, table_name="ticket")
