"""The knowledge base: kb_article (synced like customers) and its word index.

kb_article_fts holds each article's titles, keywords and bodies as the ticket
index holds a ticket's words (maktab_index: the app's normaliser, with every
word that carries the article ال also stored without it), with the same
tokenizer, so an article is found by what an agent types exactly as a ticket
is. Triggers keep it in the transaction of every write, a synced one too. The
index refers to an article by its id (an unindexed column): articles are few
and rarely edited, so finding the old entry by id costs nothing that matters.

A partial index on the journal serves each article's use count.

Revision ID: 0014
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

ID = sa.String(length=36)

_COLUMNS = "article_id, title_ar, title_en, keywords, body_ar, body_en"
_INDEX_NEW = (
    f"INSERT INTO kb_article_fts ({_COLUMNS}) VALUES (new.id, maktab_index(new.title_ar),"
    " maktab_index(new.title_en), maktab_index(new.keywords), maktab_index(new.body_ar),"
    " maktab_index(new.body_en));"
)
_UNINDEX_OLD = "DELETE FROM kb_article_fts WHERE article_id = old.id;"
TRIGGERS = {
    "kb_article_ai": f"AFTER INSERT ON kb_article BEGIN {_INDEX_NEW} END",
    "kb_article_au": (
        "AFTER UPDATE OF id, title_ar, title_en, keywords, body_ar, body_en ON kb_article"
        f" BEGIN {_UNINDEX_OLD} {_INDEX_NEW} END"
    ),
    "kb_article_ad": f"AFTER DELETE ON kb_article BEGIN {_UNINDEX_OLD} END",
}


def upgrade() -> None:
    op.create_table(
        "kb_article",
        sa.Column("title_ar", sa.String(length=300), nullable=False),
        sa.Column("title_en", sa.String(length=300), nullable=False),
        sa.Column("body_ar", sa.Text(), nullable=False),
        sa.Column("body_en", sa.Text(), nullable=False),
        sa.Column("category", sa.String(length=100), nullable=False),
        sa.Column("keywords", sa.String(length=500), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("author_id", ID, nullable=True),
        sa.Column("author_name", sa.String(length=200), nullable=False),
        sa.Column("reviewer_id", ID, nullable=True),
        sa.Column("review_on", sa.String(length=10), nullable=False),
        sa.Column("id", ID, nullable=False),
        sa.Column("updated_at", sa.String(length=60), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("origin_client_id", ID, nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"], ["app_user.id"], name=op.f("fk_kb_article_author_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["reviewer_id"], ["app_user.id"], name=op.f("fk_kb_article_reviewer_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kb_article")),
    )
    op.create_index("ix_kb_article_status", "kb_article", ["status"])
    op.create_index("ix_kb_article_author_review", "kb_article", ["author_id", "review_on"])
    op.execute(
        "CREATE INDEX ix_ticket_journal_article_used ON ticket_journal (new_value)"
        " WHERE kind = 'article_used'"
    )
    op.execute(
        "CREATE VIRTUAL TABLE kb_article_fts USING fts5(article_id UNINDEXED, title_ar,"
        " title_en, keywords, body_ar, body_en, tokenize='unicode61 remove_diacritics 2')"
    )
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS kb_article_fts")
    op.execute("DROP INDEX IF EXISTS ix_ticket_journal_article_used")
    op.drop_index("ix_kb_article_author_review", table_name="kb_article")
    op.drop_index("ix_kb_article_status", table_name="kb_article")
    op.drop_table("kb_article")
