"""Correspondence on the server (issue 15): the letter register and the
attachments' metadata, synced as the desk's models (desk migration 0016)
describe them; the customer fields a letter needs; and server_blob, the
attachments' bytes, content-addressed, uploaded and fetched on demand
(server.attachment_routes).

Revision ID: s0012
Revises: s0011
"""

import sqlalchemy as sa
from alembic import op

revision = "s0012"
down_revision = "s0011"
branch_labels = None
depends_on = None

ID = sa.String(length=36)


def _synced() -> list[sa.Column[object]]:
    return [
        sa.Column("id", ID, nullable=False),
        sa.Column("updated_at", sa.String(length=60), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("origin_client_id", ID, nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    op.add_column("customer", sa.Column("title", sa.String(100), nullable=False, server_default=""))
    op.add_column(
        "customer", sa.Column("language", sa.String(2), nullable=False, server_default="")
    )
    op.add_column(
        "customer",
        sa.Column("postal_address", sa.String(1000), nullable=False, server_default=""),
    )
    op.create_table(
        "register_entry",
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.Column("branch_id", ID, nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("customer_id", ID, nullable=True),
        sa.Column("ticket_id", ID, nullable=True),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("template_id", sa.String(length=100), nullable=False),
        sa.Column("handler_id", ID, nullable=True),
        sa.Column("handler_name", sa.String(length=200), nullable=False),
        sa.Column("addressee", sa.String(length=300), nullable=False),
        sa.Column("their_reference", sa.String(length=100), nullable=False),
        sa.Column("in_reply_to_id", ID, nullable=True),
        sa.Column("reply_due_at", sa.DateTime(), nullable=True),
        # A desk's derived column (never sent); the server keeps the models' shape.
        sa.Column("awaiting_reply", sa.Boolean(), nullable=False, server_default=sa.false()),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branch.id"], name=op.f("fk_register_entry_branch_id_branch")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_register_entry_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["ticket.id"], name=op.f("fk_register_entry_ticket_id_ticket")
        ),
        sa.ForeignKeyConstraint(
            ["handler_id"], ["app_user.id"], name=op.f("fk_register_entry_handler_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["in_reply_to_id"],
            ["register_entry.id"],
            name=op.f("fk_register_entry_in_reply_to_id_register_entry"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_register_entry")),
    )
    op.create_index("ix_register_entry_branch_at", "register_entry", ["branch_id", "at"])
    op.create_index("ix_register_entry_ticket", "register_entry", ["ticket_id"])
    op.create_index("ix_register_entry_customer", "register_entry", ["customer_id"])
    op.create_index("ix_register_entry_reference", "register_entry", ["reference"])
    op.create_index("ix_register_entry_in_reply_to", "register_entry", ["in_reply_to_id"])
    op.create_index("ix_register_entry_reply_due", "register_entry", ["reply_due_at"])
    op.create_table(
        "attachment",
        sa.Column("branch_id", ID, nullable=False),
        sa.Column("ticket_id", ID, nullable=True),
        sa.Column("entry_id", ID, nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("author_id", ID, nullable=True),
        sa.Column("author_name", sa.String(length=200), nullable=False),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branch.id"], name=op.f("fk_attachment_branch_id_branch")
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["ticket.id"], name=op.f("fk_attachment_ticket_id_ticket")
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["register_entry.id"], name=op.f("fk_attachment_entry_id_register_entry")
        ),
        sa.ForeignKeyConstraint(
            ["author_id"], ["app_user.id"], name=op.f("fk_attachment_author_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    op.create_index("ix_attachment_ticket", "attachment", ["ticket_id"])
    op.create_index("ix_attachment_entry", "attachment", ["entry_id"])
    op.create_index("ix_attachment_sha256", "attachment", ["sha256"])
    op.create_table(
        "server_blob",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("uploaded_by", ID, nullable=True),
        sa.Column("uploaded_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_server_blob")),
    )


def downgrade() -> None:
    op.drop_table("server_blob")
    op.drop_table("attachment")
    op.drop_table("register_entry")
    op.drop_column("customer", "postal_address")
    op.drop_column("customer", "language")
    op.drop_column("customer", "title")
