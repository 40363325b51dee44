"""Correspondence (issue 15): the letter register, attachments' metadata, and
the customer fields a letter needs (title, language, postal address).

register_fts holds each entry's reference, subject, body, addressee and the
sender's reference folded by maktab_index (the ticket search's normaliser), so
an entry is found by what an agent types exactly as a ticket is. Its rowid is
a local integer key kept in register_fts_key (an INTEGER PRIMARY KEY: it
survives VACUUM and table rebuilds, where an implicit rowid does not), so an
edit finds its old index entry by key, not by scanning, and a search reads the
newest entries first by walking the keys down. Triggers keep both in the
transaction of every write, a synced one too, and keep each entry's
awaiting_reply (local, derived), so the replies due are read from a partial
index of the items that wait, however many were ever received.

Revision ID: 0016
Revises: 0015
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

ID = sa.String(length=36)

_KEY = "(SELECT row_no FROM register_fts_key WHERE entry_id = {row}.id)"
_INDEX_NEW = (
    "INSERT INTO register_fts (rowid, reference, subject, body, addressee, their_reference)"
    f" VALUES ({_KEY.format(row='new')}, maktab_index(new.reference),"
    " maktab_index(new.subject), maktab_index(new.body), maktab_index(new.addressee),"
    " maktab_index(new.their_reference));"
)
_UNINDEX_OLD = f"DELETE FROM register_fts WHERE rowid = {_KEY.format(row='old')};"
_UNINDEX_NEW = f"DELETE FROM register_fts WHERE rowid = {_KEY.format(row='new')};"
# awaiting_reply of the entries a write touches: the entry itself and the
# ones it answers (before and after), so a reply that arrives from another
# desk closes its item in the same transaction as it is applied.
_AWAITING = (
    "UPDATE register_entry SET awaiting_reply = (reply_due_at IS NOT NULL"
    " AND deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM register_entry AS reply"
    " WHERE reply.in_reply_to_id = register_entry.id AND reply.deleted_at IS NULL))"
    " WHERE id IN ({ids});"
)
TRIGGERS = {
    "register_entry_awaiting_ai": (
        "AFTER INSERT ON register_entry BEGIN"
        f" {_AWAITING.format(ids='new.id, new.in_reply_to_id')} END"
    ),
    "register_entry_awaiting_au": (
        "AFTER UPDATE OF id, reply_due_at, deleted_at, in_reply_to_id ON register_entry BEGIN"
        f" {_AWAITING.format(ids='new.id, new.in_reply_to_id, old.in_reply_to_id')} END"
    ),
    "register_entry_ai": (
        "AFTER INSERT ON register_entry BEGIN"
        " INSERT OR IGNORE INTO register_fts_key (entry_id) VALUES (new.id);"
        f" {_INDEX_NEW} END"
    ),
    # An id that changes (re-keyed) keeps its key, and so its place in the index.
    "register_entry_au": (
        "AFTER UPDATE OF id, reference, subject, body, addressee, their_reference"
        " ON register_entry BEGIN"
        " UPDATE register_fts_key SET entry_id = new.id WHERE entry_id = old.id;"
        f" {_UNINDEX_NEW} {_INDEX_NEW} END"
    ),
    "register_entry_ad": (
        f"AFTER DELETE ON register_entry BEGIN {_UNINDEX_OLD}"
        " DELETE FROM register_fts_key WHERE entry_id = old.id; END"
    ),
}


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
    # Plain ADD COLUMN: a batch rebuild of customer would have to drop a
    # table that tickets refer to.
    for name, length in (("title", 100), ("language", 2), ("postal_address", 1000)):
        op.add_column(
            "customer", sa.Column(name, sa.String(length), nullable=False, server_default="")
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
        sa.Column("awaiting_reply", sa.Boolean(), nullable=False, server_default=sa.text("0")),
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
    op.create_index(
        "ix_register_entry_awaiting",
        "register_entry",
        ["reply_due_at"],
        sqlite_where=sa.text("awaiting_reply = 1"),
    )
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
    op.execute(
        "CREATE TABLE register_fts_key (row_no INTEGER PRIMARY KEY AUTOINCREMENT,"
        " entry_id VARCHAR(36) NOT NULL UNIQUE)"
    )
    op.execute(
        "CREATE VIRTUAL TABLE register_fts USING fts5(reference, subject, body, addressee,"
        " their_reference, tokenize='unicode61 remove_diacritics 2')"
    )
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS register_fts")
    op.execute("DROP TABLE IF EXISTS register_fts_key")
    op.drop_table("attachment")
    op.drop_table("register_entry")
    for name in ("postal_address", "language", "title"):
        op.drop_column("customer", name)
