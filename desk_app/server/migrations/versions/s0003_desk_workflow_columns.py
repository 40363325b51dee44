"""The ticket's desk-workflow columns (client migration 0005) on the server.

The SLA columns are derived on every desk and never travel; the server has
them (always empty) so that the ticket table is the same shape on both sides.

Revision ID: s0003
Revises: s0002
"""

import sqlalchemy as sa
from alembic import op

revision = "s0003"
down_revision = "s0002"
branch_labels = None
depends_on = None

_COLUMNS = (
    ("complaint", sa.Boolean(), False, sa.false()),
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
    for name, kind, nullable, default in _COLUMNS:
        op.add_column("ticket", sa.Column(name, kind, nullable=nullable, server_default=default))


def downgrade() -> None:
    with op.batch_alter_table("ticket") as batch:
        for name, *_ in reversed(_COLUMNS):
            batch.drop_column(name)
