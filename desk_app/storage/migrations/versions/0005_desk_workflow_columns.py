"""The desk workflow of the SOP on the ticket: complaint flag, per-category
fields, resolution and satisfaction, follow-up schedule, merges, and the SLA
clocks this desk computes from the journal.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_COLUMNS = (
    ("complaint", sa.Boolean(), False, sa.text("0")),
    ("custom_fields", sa.Text(), False, "{}"),
    ("resolution_cause", sa.String(length=100), False, ""),
    ("solution", sa.Text(), False, ""),
    ("satisfaction", sa.Integer(), True, None),
    ("follow_up_every_days", sa.Integer(), True, None),
    ("follow_up_next_at", sa.DateTime(), True, None),
    ("merged_into_id", sa.String(length=36), True, None),
    ("sla_due_at", sa.DateTime(), True, None),
    ("sla_state", sa.String(length=12), False, ""),
)


def upgrade() -> None:
    # Plain ADD COLUMN (no table rebuild): the search triggers and the large
    # ticket table stay as they are.
    for name, kind, nullable, default in _COLUMNS:
        op.add_column("ticket", sa.Column(name, kind, nullable=nullable, server_default=default))
    op.create_index("ix_ticket_sla_due", "ticket", ["sla_due_at", "last_activity_at"])
    op.create_index("ix_ticket_follow_up", "ticket", ["follow_up_next_at"])


def downgrade() -> None:
    op.drop_index("ix_ticket_follow_up", table_name="ticket")
    op.drop_index("ix_ticket_sla_due", table_name="ticket")
    with op.batch_alter_table("ticket") as batch:
        for name, *_ in reversed(_COLUMNS):
            batch.drop_column(name)
