"""Remembered op results are keyed by client and op id, not by op id alone.

An op id is chosen by the client that made the op. Keyed by the id alone, a
second client pushing an op of an id already used was answered with the first
client's stored result and its own op was silently dropped; now each client's
ops are its own.

Revision ID: s0005
Revises: s0004
"""

import sqlalchemy as sa
from alembic import op

revision = "s0005"
down_revision = "s0004"
branch_labels = None
depends_on = None

_TABLE = "server_applied_op"
_PK = "pk_server_applied_op"


def upgrade() -> None:
    _set_primary_key(["client_id", "op_id"])


def downgrade() -> None:
    # One result per op id again: of ids used by several clients the lowest
    # client's is kept (the others are judged anew if ever pushed again).
    op.execute(
        sa.text(
            f"DELETE FROM {_TABLE} WHERE EXISTS (SELECT 1 FROM {_TABLE} AS other"
            f" WHERE other.op_id = {_TABLE}.op_id AND other.client_id < {_TABLE}.client_id)"
        )
    )
    _set_primary_key(["op_id"])


def _set_primary_key(columns: list[str]) -> None:
    if op.get_bind().dialect.name == "sqlite":
        # SQLite cannot alter a key: the table is rebuilt as described here
        # (spelled out, so the migration keeps its meaning whatever schema.py
        # becomes) and its rows copied.
        with op.batch_alter_table(_TABLE, copy_from=_table(columns), recreate="always"):
            pass
        return
    op.drop_constraint(_PK, _TABLE, type_="primary")
    op.create_primary_key(_PK, _TABLE, columns)


def _table(key: list[str]) -> sa.Table:
    id_type = sa.String(length=36)
    return sa.Table(
        _TABLE,
        sa.MetaData(),
        sa.Column("op_id", id_type, nullable=False),
        sa.Column("client_id", id_type, nullable=False),
        sa.Column("client_seq", sa.BigInteger(), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", id_type, nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint(*key, name=_PK),
        sa.Index("ix_server_applied_op_client", "client_id", "client_seq"),
    )
