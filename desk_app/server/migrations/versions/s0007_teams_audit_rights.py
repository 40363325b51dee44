"""Teams, the audit log and the rights table on the server.

- queue_member: a person's membership of a queue, synced like the other
  directory rows (as the desk's model, desk migration 0011).
- server_audit: append-only (the application only inserts; on PostgreSQL a
  trigger refuses UPDATE and DELETE; TRUNCATE, an operator's act, is left).
- server_rights: the organisation's rights table, one row per version.

Revision ID: s0007
Revises: s0006
"""

import sqlalchemy as sa
from alembic import op

revision = "s0007"
down_revision = "s0006"
branch_labels = None
depends_on = None

ID = sa.String(length=36)
HLC = sa.String(length=60)

_PG_FUNCTION = """
CREATE OR REPLACE FUNCTION server_audit_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'server_audit is append-only';
END;
$$ LANGUAGE plpgsql
"""
_PG_TRIGGER = """
CREATE TRIGGER server_audit_append_only BEFORE UPDATE OR DELETE ON server_audit
FOR EACH ROW EXECUTE FUNCTION server_audit_append_only()
"""


def upgrade() -> None:
    op.create_table(
        "queue_member",
        sa.Column("user_id", ID, nullable=False),
        sa.Column("group_id", ID, nullable=False),
        sa.Column("id", ID, nullable=False),
        sa.Column("updated_at", HLC, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("origin_client_id", ID, nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_queue_member_user_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["group_id"], ["desk_group.id"], name=op.f("fk_queue_member_group_id_desk_group")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_queue_member")),
    )
    op.create_index(op.f("ix_queue_member_user_id"), "queue_member", ["user_id"])
    op.create_index(op.f("ix_queue_member_group_id"), "queue_member", ["group_id"])
    op.create_table(
        "server_audit",
        sa.Column("id", ID, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor_id", ID, nullable=True),
        sa.Column("actor_name", sa.String(length=200), nullable=False),
        sa.Column("branch_id", ID, nullable=True),
        sa.Column("device_id", ID, nullable=True),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_server_audit")),
    )
    op.create_index("ix_server_audit_at", "server_audit", ["at"])
    op.create_index("ix_server_audit_kind_at", "server_audit", ["kind", "at"])
    op.create_table(
        "server_rights",
        sa.Column("version", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("grants", sa.Text(), nullable=False),
        sa.Column("changed_by", ID, nullable=True),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("version", name=op.f("pk_server_rights")),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_PG_FUNCTION)
        op.execute(_PG_TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS server_audit_append_only ON server_audit")
        op.execute("DROP FUNCTION IF EXISTS server_audit_append_only()")
    op.drop_table("server_rights")
    op.drop_table("server_audit")
    op.drop_index(op.f("ix_queue_member_group_id"), table_name="queue_member")
    op.drop_index(op.f("ix_queue_member_user_id"), table_name="queue_member")
    op.drop_table("queue_member")
