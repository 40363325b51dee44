"""Local sync bookkeeping: conflict records to review, and pulled rows parked
until the rows they refer to arrive; HLC columns wide enough for an HLC.

An encoded HLC (15-digit ms, 5-digit counter, a 36-character client id) is 58
characters; 0001 declared 40. SQLite never enforced it, but the codec and
PostgreSQL do, so the synced tables and the outbox are rebuilt with 60.
Rebuilding a table drops its triggers and Alembic cannot reflect expression
indexes: both are saved from sqlite_master first and re-created as they were.
Migrations run with foreign keys off, so no copy cascades into children.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 03:52:57.797165
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


HLC_TABLES = (
    "branch",
    "organisation",
    "app_user",
    "desk_group",
    "customer",
    "asset",
    "ticket",
    "ticket_journal",
)


def _widen_hlc_columns(old: int, new: int) -> None:
    conn = op.get_bind()
    tables = ", ".join(f"'{t}'" for t in (*HLC_TABLES, "outbox_op"))
    saved = conn.exec_driver_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL"
        f" AND tbl_name IN ({tables}) AND (type = 'trigger'"
        " OR (type = 'index' AND sql LIKE '%(%(%'))"  # expression indexes
    ).all()
    for kind, name, _sql in saved:
        op.execute(f'DROP {kind.upper()} IF EXISTS "{name}"')
    # Databases made before outbox_op used AUTOINCREMENT have no
    # sqlite_sequence: then the highest client_seq queued so far stands in.
    has_sequence = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'"
    ).scalar()
    if has_sequence:
        sequence = conn.exec_driver_sql(
            "SELECT seq FROM sqlite_sequence WHERE name = 'outbox_op'"
        ).scalar()
    else:
        sequence = conn.exec_driver_sql("SELECT max(client_seq) FROM outbox_op").scalar()
    for table in HLC_TABLES:
        with op.batch_alter_table(table, recreate="always") as batch_op:
            batch_op.alter_column(
                "updated_at",
                existing_type=sa.String(length=old),
                type_=sa.String(length=new),
                existing_nullable=False,
            )
    with op.batch_alter_table(
        "outbox_op", recreate="always", table_kwargs={"sqlite_autoincrement": True}
    ) as batch_op:
        batch_op.alter_column(
            "hlc",
            existing_type=sa.String(length=old),
            type_=sa.String(length=new),
            existing_nullable=False,
        )
    if sequence is not None:
        # client_seq is never reused: keep the counter past every op ever queued.
        conn.exec_driver_sql("DELETE FROM sqlite_sequence WHERE name = 'outbox_op'")
        conn.exec_driver_sql(
            "INSERT INTO sqlite_sequence (name, seq) VALUES ('outbox_op', ?)", (sequence,)
        )
    for _kind, _name, sql in saved:
        op.execute(sql)


def upgrade() -> None:
    _widen_hlc_columns(40, 60)
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("mine", sa.Text(), nullable=False),
        sa.Column("theirs", sa.Text(), nullable=False),
        sa.Column("mine_hlc", sa.String(length=60), nullable=False),
        sa.Column("theirs_hlc", sa.String(length=60), nullable=False),
        sa.Column("kept", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(length=10), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index("ix_sync_conflict_entity_id", ["entity_id"], unique=False)
        batch_op.create_index(
            "ix_sync_conflict_resolved_created", ["resolved_at", "created_at"], unique=False
        )

    op.create_table(
        "sync_parked_change",
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("change", sa.Text(), nullable=False),
        sa.Column("waiting_for", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "entity_id", name=op.f("pk_sync_parked_change")),
    )


def downgrade() -> None:
    _widen_hlc_columns(60, 40)
    op.drop_table("sync_parked_change")
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_conflict_resolved_created")
        batch_op.drop_index("ix_sync_conflict_entity_id")
    op.drop_table("sync_conflict")
