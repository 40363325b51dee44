"""The knowledge base on the server: kb_article, synced as the desk's model
(desk migration 0014) describes it, shared by every branch. The public page
(/kb) reads its published articles.

Revision ID: s0010
Revises: s0009
"""

import sqlalchemy as sa
from alembic import op

revision = "s0010"
down_revision = "s0009"
branch_labels = None
depends_on = None

ID = sa.String(length=36)
HLC = sa.String(length=60)


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
        sa.Column("updated_at", HLC, nullable=False),
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
    # The public page lists the published articles alone.
    op.create_index("ix_kb_article_status", "kb_article", ["status"])


def downgrade() -> None:
    op.drop_index("ix_kb_article_status", table_name="kb_article")
    op.drop_table("kb_article")
