"""Where each search word lies in the subject and assignee sorts.

A common word sorted by subject or by assignee walked the sort's index past
every ticket without it (a few hundred thousand of a million, as topics
cluster by subject and agent). search_reach records, for each word as the
word index stores it, the assignees and the subject groups (first three
characters of the subject) that hold it, with a count of tickets; the list
walks only those groups (services.search_reach, services.ticket_list). An
index of the subject by its group reads the groups in the subject order.

Triggers keep the counts in the same transaction as every ticket write, as
the word index's own triggers do (tombstones included, as there); a count
that reaches zero removes its row. maktab_reach is the app's word splitter,
registered on every connection by storage.db.

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

from desk_app.storage.search_maintenance import fill_search_reach

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# As this revision made them (services.search_reach holds the same text).
_GROUP = "substr({row}.subject, 1, 3)"


def _words(row: str) -> str:
    return f"json_each(maktab_reach({row}.subject, {row}.description, {row}.customer_name))"


def _add(row: str) -> str:
    return (
        "INSERT INTO search_reach (kind, term, grp, n)"
        f" SELECT k.kind, w.value, k.grp, 1 FROM {_words(row)} AS w,"
        f" (SELECT 'a' AS kind, ifnull({row}.assignee_id, '') AS grp"
        f" UNION ALL SELECT 's', {_GROUP.format(row=row)}) AS k WHERE 1"
        " ON CONFLICT (kind, term, grp) DO UPDATE SET n = n + 1;"
    )


def _remove(row: str) -> str:
    return (
        f"UPDATE search_reach SET n = n - 1 WHERE term IN (SELECT value FROM {_words(row)})"
        f" AND ((kind = 'a' AND grp = ifnull({row}.assignee_id, ''))"
        f" OR (kind = 's' AND grp = {_GROUP.format(row=row)}));"
    )


TRIGGERS = {
    "ticket_reach_ai": f"AFTER INSERT ON ticket BEGIN {_add('new')} END",
    "ticket_reach_au": (
        "AFTER UPDATE OF subject, description, customer_name, assignee_id ON ticket"
        " WHEN old.subject IS NOT new.subject OR old.description IS NOT new.description"
        " OR old.customer_name IS NOT new.customer_name"
        " OR old.assignee_id IS NOT new.assignee_id"
        f" BEGIN {_remove('old')} {_add('new')} END"
    ),
    "ticket_reach_ad": f"AFTER DELETE ON ticket BEGIN {_remove('old')} END",
    # A word no ticket of the group holds any more is no longer listed.
    "search_reach_zero": (
        "AFTER UPDATE OF n ON search_reach WHEN new.n <= 0 BEGIN"
        " DELETE FROM search_reach WHERE kind = new.kind AND term = new.term"
        " AND grp = new.grp; END"
    ),
}


def upgrade() -> None:
    op.create_table(
        "search_reach",
        sa.Column("kind", sa.String(length=1), nullable=False),
        sa.Column("term", sa.Text(), nullable=False),
        sa.Column("grp", sa.Text(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "term", "grp", name=op.f("pk_search_reach")),
        sqlite_with_rowid=False,
    )
    op.execute("CREATE INDEX ix_ticket_subject_group ON ticket (substr(subject, 1, 3), subject)")
    fill_search_reach(op.get_bind())
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP INDEX IF EXISTS ix_ticket_subject_group")
    op.drop_table("search_reach")
