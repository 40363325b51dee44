"""Row metadata keeps, per field, the last version another client wrote it at.

A field's owner is the client whose write its HLC names. When two desks wrote
the same value concurrently the later HLC took the field without a conflict
(nothing differed), and the owner's next offline edit then overwrote the other
desk's write as if it had seen it. With the other writer's version kept, that
edit is judged against it. Rows written before this revision have none (NULL):
they behave as before until their next write.

Revision ID: s0006
Revises: s0005
"""

import sqlalchemy as sa
from alembic import op

revision = "s0006"
down_revision = "s0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("server_row_meta", sa.Column("field_others", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("server_row_meta") as batch:
        batch.drop_column("field_others")
