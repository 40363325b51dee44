"""Server schema: the synced tables (as the client has them, without its
SQLite-only search indexes) and the server's own bookkeeping.

Revision ID: s0001
Revises:
Create Date: 2026-11-25 04:00:00
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "s0001"
down_revision = None
branch_labels = None
depends_on = None

ID = sa.String(length=36)
# An encoded HLC whose node is a client id is 58 characters; the protocol allows 60.
HLC = sa.String(length=60)
SEQ = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _synced() -> list[sa.Column[object]]:
    """The bookkeeping columns every synced row carries (models.base.SyncedMixin)."""
    return [
        sa.Column("id", ID, nullable=False),
        sa.Column("updated_at", HLC, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("origin_client_id", ID, nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    ]


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}")
    )


def upgrade() -> None:
    op.create_table(
        "branch",
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_ar", sa.String(length=200), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("weekend_days", sa.String(length=20), nullable=False),
        *_synced(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_branch")),
        sa.UniqueConstraint("code", name=op.f("uq_branch_code")),
    )
    op.create_table(
        "organisation",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("account_number", sa.String(length=64), nullable=False),
        *_synced(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
    )
    op.create_table(
        "app_user",
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("branch_id", ID, nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_synced(),
        _fk("app_user", "branch_id", "branch"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("username", name=op.f("uq_app_user_username")),
    )
    op.create_table(
        "customer",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_norm", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("phone_e164", sa.String(length=20), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("national_id", sa.String(length=40), nullable=False),
        sa.Column("account_number", sa.String(length=64), nullable=False),
        sa.Column("organisation_id", ID, nullable=True),
        sa.Column("branch_id", ID, nullable=True),
        *_synced(),
        _fk("customer", "branch_id", "branch"),
        _fk("customer", "organisation_id", "organisation"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer")),
    )
    op.create_table(
        "desk_group",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_ar", sa.String(length=200), nullable=False),
        sa.Column("tier", sa.Integer(), nullable=False),
        sa.Column("branch_id", ID, nullable=True),
        *_synced(),
        _fk("desk_group", "branch_id", "branch"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_desk_group")),
    )
    op.create_table(
        "asset",
        sa.Column("product", sa.String(length=200), nullable=False),
        sa.Column("model_number", sa.String(length=100), nullable=False),
        sa.Column("serial_number", sa.String(length=100), nullable=False),
        sa.Column("licence", sa.String(length=100), nullable=False),
        sa.Column("location", sa.String(length=300), nullable=False),
        sa.Column("customer_id", ID, nullable=True),
        sa.Column("organisation_id", ID, nullable=True),
        *_synced(),
        _fk("asset", "customer_id", "customer"),
        _fk("asset", "organisation_id", "organisation"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_asset")),
    )
    # row_no is the server's own integer key (as on every replica, it never travels).
    op.create_table(
        "ticket",
        sa.Column("row_no", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", ID, nullable=False),
        sa.Column("branch_id", ID, nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("category", sa.String(length=100), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("tier", sa.Integer(), nullable=False),
        sa.Column("group_id", ID, nullable=True),
        sa.Column("assignee_id", ID, nullable=True),
        sa.Column("customer_id", ID, nullable=True),
        sa.Column("customer_name", sa.String(length=300), nullable=False),
        sa.Column("asset_id", ID, nullable=True),
        sa.Column("equipment_location", sa.String(length=300), nullable=False),
        sa.Column("account_ref", sa.String(length=64), nullable=False),
        sa.Column("licence_ref", sa.String(length=100), nullable=False),
        sa.Column("product_ref", sa.String(length=200), nullable=False),
        sa.Column("last_activity_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", HLC, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("origin_client_id", ID, nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        _fk("ticket", "asset_id", "asset"),
        _fk("ticket", "assignee_id", "app_user"),
        _fk("ticket", "branch_id", "branch"),
        _fk("ticket", "customer_id", "customer"),
        _fk("ticket", "group_id", "desk_group"),
        sa.PrimaryKeyConstraint("row_no", name=op.f("pk_ticket")),
        sa.UniqueConstraint("id", name="uq_ticket_id"),
        sa.UniqueConstraint("number", name=op.f("uq_ticket_number")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_ticket_branch_id", "ticket", ["branch_id"])
    op.create_table(
        "ticket_journal",
        sa.Column("ticket_id", ID, nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("author_id", ID, nullable=True),
        sa.Column("author_name", sa.String(length=200), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=False),
        sa.Column("new_value", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("duration_s", sa.Integer(), nullable=False),
        *_synced(),
        _fk("ticket_journal", "author_id", "app_user"),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["ticket.id"], name=op.f("fk_ticket_journal_ticket_id_ticket")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_journal")),
    )
    op.create_index("ix_ticket_journal_ticket_at", "ticket_journal", ["ticket_id", "at"])

    # --- the server's own tables -------------------------------------------
    op.create_table(
        "server_credential",
        sa.Column("user_id", ID, nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        _fk("server_credential", "user_id", "app_user"),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_server_credential")),
    )
    op.create_table(
        "server_user_branch",
        sa.Column("user_id", ID, nullable=False),
        sa.Column("branch_id", ID, nullable=False),
        sa.Column("granted_at", sa.DateTime(), nullable=False),
        _fk("server_user_branch", "user_id", "app_user"),
        _fk("server_user_branch", "branch_id", "branch"),
        sa.PrimaryKeyConstraint("user_id", "branch_id", name=op.f("pk_server_user_branch")),
    )
    op.create_table(
        "server_device",
        sa.Column("id", ID, nullable=False),
        sa.Column("user_id", ID, nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("client_id", ID, nullable=False),
        sa.Column("refresh_hash", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        _fk("server_device", "user_id", "app_user"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_server_device")),
        sa.UniqueConstraint("user_id", "client_id", name=op.f("uq_server_device_user_id")),
        sa.UniqueConstraint("refresh_hash", name=op.f("uq_server_device_refresh_hash")),
    )
    op.create_table(
        "server_applied_op",
        sa.Column("op_id", ID, nullable=False),
        sa.Column("client_id", ID, nullable=False),
        sa.Column("client_seq", sa.BigInteger(), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", ID, nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("op_id", name=op.f("pk_server_applied_op")),
    )
    op.create_index("ix_server_applied_op_client", "server_applied_op", ["client_id", "client_seq"])
    op.create_table(
        "server_change_log",
        sa.Column("seq", SEQ, autoincrement=True, nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", ID, nullable=False),
        sa.Column("branch_id", ID, nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_server_change_log")),
        sa.UniqueConstraint("entity", "entity_id", name=op.f("uq_server_change_log_entity")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_server_change_log_branch_seq", "server_change_log", ["branch_id", "seq"])
    op.create_table(
        "server_row_meta",
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", ID, nullable=False),
        sa.Column("field_hlc", sa.JSON(), nullable=False),
        sa.Column("field_version", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "entity_id", name=op.f("pk_server_row_meta")),
    )
    op.create_table(
        "server_conflict",
        sa.Column("id", ID, nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", ID, nullable=False),
        sa.Column("branch_id", ID, nullable=True),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("kept_value", sa.JSON(), nullable=True),
        sa.Column("lost_value", sa.JSON(), nullable=True),
        sa.Column("kept_hlc", sa.String(length=60), nullable=False),
        sa.Column("lost_hlc", sa.String(length=60), nullable=False),
        sa.Column("op_id", ID, nullable=False),
        sa.Column("client_id", ID, nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_server_conflict")),
    )
    op.create_index("ix_server_conflict_row", "server_conflict", ["entity", "entity_id"])
    op.create_index(
        "ix_server_conflict_branch_created", "server_conflict", ["branch_id", "created_at"]
    )
    op.create_table(
        "server_login_attempt",
        sa.Column("id", SEQ, autoincrement=True, nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("address", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_server_login_attempt")),
        sqlite_autoincrement=True,
    )
    op.create_index(
        "ix_server_login_attempt_username_at", "server_login_attempt", ["username", "at"]
    )
    op.create_index("ix_server_login_attempt_address_at", "server_login_attempt", ["address", "at"])
    op.create_index("ix_server_login_attempt_at", "server_login_attempt", ["at"])
    state = op.create_table(
        "server_state",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_server_state")),
    )
    op.bulk_insert(
        state,
        [
            # Names this database: the server's HLC node and part of every cursor,
            # so a cursor from another (or a restored) database is recognised.
            {"key": "database_id", "value": str(uuid.uuid4())},
            {"key": "retention_epoch", "value": "0"},
            {"key": "purged_through_seq", "value": "0"},
        ],
    )


def downgrade() -> None:
    for table in (
        "server_state",
        "server_login_attempt",
        "server_conflict",
        "server_row_meta",
        "server_change_log",
        "server_applied_op",
        "server_device",
        "server_user_branch",
        "server_credential",
        "ticket_journal",
        "ticket",
        "asset",
        "desk_group",
        "customer",
        "app_user",
        "organisation",
        "branch",
    ):
        op.drop_table(table)
