"""Initial schema: directory, customers, tickets, journal, outbox, full-text search.

Revision ID: 0001
Revises:
Create Date: 2026-11-25 02:59:10.856451
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


# Full-text search. Both indexes hold *normalised* text (maktab_index and
# maktab_codes use the Python normaliser the queries use, registered on every
# connection), keyed by ticket.row_no. ticket_fts finds words; ticket_code_fts
# finds any 3+ character
# fragment of ticket numbers, phones, emails, account and licence references.
# Triggers keep them current whoever writes the ticket (intake, edits, sync).
_CODES = (
    "maktab_codes(new.number, new.account_ref, new.licence_ref, new.product_ref,"
    " (SELECT phone || ' ' || phone_e164 || ' ' || email || ' ' || national_id"
    " || ' ' || account_number FROM customer WHERE id = new.customer_id))"
)
_INDEX_NEW = (
    "INSERT INTO ticket_fts(rowid, subject, description, customer) VALUES"
    " (new.row_no, maktab_index(new.subject), maktab_index(new.description),"
    " maktab_index(new.customer_name));"
    f" INSERT INTO ticket_code_fts(rowid, codes) VALUES (new.row_no, {_CODES});"
)
_UNINDEX_OLD = (
    "DELETE FROM ticket_fts WHERE rowid = old.row_no;"
    " DELETE FROM ticket_code_fts WHERE rowid = old.row_no;"
)
SEARCH_AND_GUARDS = [
    "CREATE INDEX ix_ticket_queue_sort ON ticket (ifnull(group_id, ''), last_activity_at)",
    "CREATE INDEX ix_ticket_assignee_sort ON ticket (ifnull(assignee_id, ''), last_activity_at)",
    "CREATE VIRTUAL TABLE ticket_fts USING fts5("
    "subject, description, customer, tokenize='unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE ticket_code_fts USING fts5(codes, tokenize='trigram')",
    f"CREATE TRIGGER ticket_ai AFTER INSERT ON ticket BEGIN {_INDEX_NEW} END",
    "CREATE TRIGGER ticket_au AFTER UPDATE OF subject, description, customer_name, number,"
    " account_ref, licence_ref, product_ref, customer_id ON ticket"
    f" BEGIN {_UNINDEX_OLD} {_INDEX_NEW} END",
    f"CREATE TRIGGER ticket_ad AFTER DELETE ON ticket BEGIN {_UNINDEX_OLD} END",
    # The journal is append-only: history is merged by union, never rewritten.
    "CREATE TRIGGER journal_no_update BEFORE UPDATE ON ticket_journal"
    " BEGIN SELECT RAISE(ABORT, 'ticket_journal is append-only'); END",
    "CREATE TRIGGER journal_no_delete BEFORE DELETE ON ticket_journal"
    " BEGIN SELECT RAISE(ABORT, 'ticket_journal is append-only'); END",
]


def upgrade() -> None:
    op.create_table(
        "branch",
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_ar", sa.String(length=200), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("weekend_days", sa.String(length=20), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("origin_client_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_branch")),
        sa.UniqueConstraint("code", name=op.f("uq_branch_code")),
    )
    op.create_table(
        "organisation",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("account_number", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("origin_client_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
    )
    op.create_table(
        "outbox_op",
        sa.Column("client_seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("client_seq", name=op.f("pk_outbox_op")),
        sa.UniqueConstraint("op_id", name=op.f("uq_outbox_op_op_id")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("outbox_op", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_op_state_seq", ["state", "client_seq"], unique=False)

    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "ticket_number_series",
        sa.Column("prefix", sa.String(length=16), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("prefix", "year", name=op.f("pk_ticket_number_series")),
    )
    op.create_table(
        "app_user",
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("branch_id", sa.String(length=36), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("origin_client_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branch.id"], name=op.f("fk_app_user_branch_id_branch")
        ),
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
        sa.Column("organisation_id", sa.String(length=36), nullable=True),
        sa.Column("branch_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("origin_client_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branch.id"], name=op.f("fk_customer_branch_id_branch")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_customer_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer")),
    )
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.create_index("ix_customer_account_number", ["account_number"], unique=False)
        batch_op.create_index("ix_customer_email", ["email"], unique=False)
        batch_op.create_index("ix_customer_name_norm", ["name_norm"], unique=False)
        batch_op.create_index("ix_customer_national_id", ["national_id"], unique=False)
        batch_op.create_index("ix_customer_phone_e164", ["phone_e164"], unique=False)

    op.create_table(
        "desk_group",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_ar", sa.String(length=200), nullable=False),
        sa.Column("tier", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("origin_client_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branch.id"], name=op.f("fk_desk_group_branch_id_branch")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_desk_group")),
    )
    op.create_table(
        "asset",
        sa.Column("product", sa.String(length=200), nullable=False),
        sa.Column("model_number", sa.String(length=100), nullable=False),
        sa.Column("serial_number", sa.String(length=100), nullable=False),
        sa.Column("licence", sa.String(length=100), nullable=False),
        sa.Column("location", sa.String(length=300), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=True),
        sa.Column("organisation_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("origin_client_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_asset_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_asset_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_asset")),
    )
    with op.batch_alter_table("asset", schema=None) as batch_op:
        batch_op.create_index("ix_asset_serial_number", ["serial_number"], unique=False)

    op.create_table(
        "ticket",
        sa.Column("row_no", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("category", sa.String(length=100), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("tier", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.String(length=36), nullable=True),
        sa.Column("assignee_id", sa.String(length=36), nullable=True),
        sa.Column("customer_id", sa.String(length=36), nullable=True),
        sa.Column("customer_name", sa.String(length=300), nullable=False),
        sa.Column("asset_id", sa.String(length=36), nullable=True),
        sa.Column("equipment_location", sa.String(length=300), nullable=False),
        sa.Column("account_ref", sa.String(length=64), nullable=False),
        sa.Column("licence_ref", sa.String(length=100), nullable=False),
        sa.Column("product_ref", sa.String(length=200), nullable=False),
        sa.Column("last_activity_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("origin_client_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["asset_id"], ["asset.id"], name=op.f("fk_ticket_asset_id_asset")),
        sa.ForeignKeyConstraint(
            ["assignee_id"], ["app_user.id"], name=op.f("fk_ticket_assignee_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branch.id"], name=op.f("fk_ticket_branch_id_branch")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_ticket_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["group_id"], ["desk_group.id"], name=op.f("fk_ticket_group_id_desk_group")
        ),
        sa.PrimaryKeyConstraint("row_no", name=op.f("pk_ticket")),
        sa.UniqueConstraint("id", name="uq_ticket_id"),
        sa.UniqueConstraint("number", name=op.f("uq_ticket_number")),
    )
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.create_index(
            "ix_ticket_assignee_last", ["assignee_id", "last_activity_at"], unique=False
        )
        batch_op.create_index("ix_ticket_created_at", ["created_at"], unique=False)
        batch_op.create_index("ix_ticket_customer_id", ["customer_id"], unique=False)
        batch_op.create_index("ix_ticket_customer_name", ["customer_name"], unique=False)
        batch_op.create_index(
            "ix_ticket_group_last", ["group_id", "last_activity_at"], unique=False
        )
        batch_op.create_index("ix_ticket_last_activity_at", ["last_activity_at"], unique=False)
        batch_op.create_index("ix_ticket_number", ["number"], unique=False)
        batch_op.create_index(
            "ix_ticket_priority_last", ["priority", "last_activity_at"], unique=False
        )
        batch_op.create_index("ix_ticket_status_last", ["status", "last_activity_at"], unique=False)
        batch_op.create_index("ix_ticket_subject", ["subject"], unique=False)

    op.create_table(
        "ticket_journal",
        sa.Column("ticket_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("author_id", sa.String(length=36), nullable=True),
        sa.Column("author_name", sa.String(length=200), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=False),
        sa.Column("new_value", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("duration_s", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("origin_client_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"], ["app_user.id"], name=op.f("fk_ticket_journal_author_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["ticket.id"], name=op.f("fk_ticket_journal_ticket_id_ticket")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_journal")),
    )
    with op.batch_alter_table("ticket_journal", schema=None) as batch_op:
        batch_op.create_index("ix_ticket_journal_ticket_at", ["ticket_id", "at"], unique=False)

    for statement in SEARCH_AND_GUARDS:
        op.execute(statement)


def downgrade() -> None:
    for name in ("ticket_ai", "ticket_au", "ticket_ad", "journal_no_update", "journal_no_delete"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS ticket_fts")
    op.execute("DROP TABLE IF EXISTS ticket_code_fts")
    with op.batch_alter_table("ticket_journal", schema=None) as batch_op:
        batch_op.drop_index("ix_ticket_journal_ticket_at")

    op.drop_table("ticket_journal")
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.drop_index("ix_ticket_subject")
        batch_op.drop_index("ix_ticket_status_last")
        batch_op.drop_index("ix_ticket_priority_last")
        batch_op.drop_index("ix_ticket_number")
        batch_op.drop_index("ix_ticket_last_activity_at")
        batch_op.drop_index("ix_ticket_group_last")
        batch_op.drop_index("ix_ticket_customer_name")
        batch_op.drop_index("ix_ticket_customer_id")
        batch_op.drop_index("ix_ticket_created_at")
        batch_op.drop_index("ix_ticket_assignee_last")

    op.drop_table("ticket")
    with op.batch_alter_table("asset", schema=None) as batch_op:
        batch_op.drop_index("ix_asset_serial_number")

    op.drop_table("asset")
    op.drop_table("desk_group")
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_index("ix_customer_phone_e164")
        batch_op.drop_index("ix_customer_national_id")
        batch_op.drop_index("ix_customer_name_norm")
        batch_op.drop_index("ix_customer_email")
        batch_op.drop_index("ix_customer_account_number")

    op.drop_table("customer")
    op.drop_table("app_user")
    op.drop_table("ticket_number_series")
    op.drop_table("sync_state")
    with op.batch_alter_table("outbox_op", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_op_state_seq")

    op.drop_table("outbox_op")
    op.drop_table("organisation")
    op.drop_table("branch")
