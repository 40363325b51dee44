"""Search index merges leave the save path.

FTS5 merges its index segments inside whichever write fills a level
("automerge"), so an unlucky intake save paid for merging thousands of other
tickets' entries: the slow tail of saving. With automerge off, saves only add
segments; the desk merges them when idle (storage.search_maintenance), and
FTS5's crisis merge still bounds the segment count if it never idles.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_TABLES = ("ticket_fts", "ticket_code_fts")


def upgrade() -> None:
    for table in _TABLES:
        op.execute(f"INSERT INTO {table}({table}, rank) VALUES ('automerge', 0)")


def downgrade() -> None:
    for table in _TABLES:
        op.execute(f"INSERT INTO {table}({table}, rank) VALUES ('automerge', 4)")
