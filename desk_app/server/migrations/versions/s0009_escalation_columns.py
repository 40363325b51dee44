"""The ticket's escalation columns (client migration 0013) on the server.

They are derived on every desk and never travel; the server has them (always
empty) so that the ticket table is the same shape on both sides.

Revision ID: s0009
Revises: s0008
"""

import sqlalchemy as sa
from alembic import op

revision = "s0009"
down_revision = "s0008"
branch_labels = None
depends_on = None

_COLUMNS = (
    ("escalation_kind", sa.String(length=16)),
    ("escalated_at", sa.DateTime()),
    ("escalated_queue_id", sa.String(length=36)),
    ("escalated_to_user_id", sa.String(length=36)),
    ("escalation_due_at", sa.DateTime()),
)


def upgrade() -> None:
    for name, kind in _COLUMNS:
        op.add_column("ticket", sa.Column(name, kind, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("ticket") as batch:
        for name, _kind in reversed(_COLUMNS):
            batch.drop_column(name)
