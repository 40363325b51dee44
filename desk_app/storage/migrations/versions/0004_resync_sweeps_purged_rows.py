"""A resync remembers what it downloaded.

After a full re-download the desk tombstones the rows the download did not
bring (the server purged them). The ids brought so far are kept in a table so
that a resync interrupted by a crash resumes instead of forgetting them.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_resync_seen",
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("entity", "entity_id", name=op.f("pk_sync_resync_seen")),
    )


def downgrade() -> None:
    op.drop_table("sync_resync_seen")
