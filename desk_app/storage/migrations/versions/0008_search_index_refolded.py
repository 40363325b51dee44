"""The search indexes are rebuilt with the normaliser that now folds Latin
letters Unicode does not decompose (ł, ø, đ, ı, æ, œ, þ …).

Tickets indexed before kept "działa" as "działa"; queries now look for
"dziala", so the old entries would never be found again. The stored search
form of customer names (customer.name_norm) is refreshed for the same reason.

Revision ID: 0008
Revises: 0007
"""

from alembic import op

from desk_app.storage.search_maintenance import rebuild_search_index

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    # maktab_index / maktab_codes / maktab_norm are the app's normaliser,
    # registered on every connection by storage.db: the index is rebuilt by the
    # same function that indexes new saves and folds every query.
    rebuild_search_index(bind)
    bind.exec_driver_sql(
        "UPDATE customer SET name_norm = maktab_norm(name) WHERE name_norm IS NOT maktab_norm(name)"
    )


def downgrade() -> None:
    # The old folding lives only in older code: this code cannot write the old
    # index back. Nothing else changed, so there is nothing else to undo.
    pass
