"""Configuration documents on the server (service levels per branch, the
catalogue): append-only, one row per saved version, the newest in force.

Revision ID: s0008
Revises: s0007
"""

import sqlalchemy as sa
from alembic import op

revision = "s0008"
down_revision = "s0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "server_config",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("version", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("changed_by", sa.String(length=36), nullable=True),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", "version", name=op.f("pk_server_config")),
    )


def downgrade() -> None:
    op.drop_table("server_config")
