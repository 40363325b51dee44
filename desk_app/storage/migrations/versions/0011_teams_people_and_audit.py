"""Teams, local people's PINs and the audit log.

queue_member is a synced row (a person in a queue's team); local_secret holds
the argon2id hash of a local person's PIN and never leaves the desk; audit_log
is append-only: triggers refuse to delete an entry or to change anything but
the time it was uploaded.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "queue_member",
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("group_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("updated_at", sa.String(length=60), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("origin_client_id", sa.String(length=36), nullable=False),
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
        "local_secret",
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_local_secret_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_local_secret")),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor_id", sa.String(length=36), nullable=True),
        sa.Column("actor_name", sa.String(length=200), nullable=False),
        sa.Column("branch_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("uploaded_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index(op.f("ix_audit_log_at"), "audit_log", ["at"])
    op.create_index(op.f("ix_audit_log_kind"), "audit_log", ["kind"])
    op.execute(
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
        " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER audit_log_no_rewrite BEFORE UPDATE ON audit_log"
        " WHEN NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at"
        " OR NEW.actor_id IS NOT OLD.actor_id OR NEW.actor_name IS NOT OLD.actor_name"
        " OR NEW.branch_id IS NOT OLD.branch_id OR NEW.kind IS NOT OLD.kind"
        " OR NEW.subject IS NOT OLD.subject OR NEW.detail IS NOT OLD.detail"
        " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_rewrite")
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    op.drop_table("audit_log")
    op.drop_table("local_secret")
    op.drop_index(op.f("ix_queue_member_group_id"), table_name="queue_member")
    op.drop_index(op.f("ix_queue_member_user_id"), table_name="queue_member")
    op.drop_table("queue_member")
