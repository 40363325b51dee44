"""Devices remember the refresh token they last replaced, and when.

Revision ID: s0002
Revises: s0001
"""

import sqlalchemy as sa
from alembic import op

revision = "s0002"
down_revision = "s0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("server_device") as batch:
        batch.add_column(sa.Column("previous_refresh_hash", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("rotated_at", sa.DateTime(), nullable=True))
        batch.create_index(
            batch.f("ix_server_device_previous_refresh_hash"), ["previous_refresh_hash"]
        )


def downgrade() -> None:
    with op.batch_alter_table("server_device") as batch:
        batch.drop_index(batch.f("ix_server_device_previous_refresh_hash"))
        batch.drop_column("rotated_at")
        batch.drop_column("previous_refresh_hash")
