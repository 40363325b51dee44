"""The search indexes are rebuilt so phone numbers are found in any common form.

The word index now holds, beside the text, the search key of every phone
number written in a subject or a description ("050 123 4567" and
"+966 50 123 4567" both give "501234567", services.phone_search), and the
code index the same keys of the customer's phones. Tickets indexed before
hold neither, so a number typed in another form than the one written would
not find them.

Revision ID: 0009
Revises: 0008
"""

from alembic import op

from desk_app.storage.search_maintenance import rebuild_search_index

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # maktab_index / maktab_codes are the app's normaliser, registered on every
    # connection by storage.db: the rebuilt index is what saves now write.
    rebuild_search_index(op.get_bind())


def downgrade() -> None:
    # The extra keys do no harm to older code, which never asks for them.
    pass
