"""Knowledge base articles: tier-0 answers, written in Arabic and/or English.

An article is a synced row like a customer: written on any desk, carried by the
outbox to the server and from there to every other desk. Its body is plain
text (paragraphs, "- " list items, bare links); nothing is stored as HTML, so
no desk or page ever has to trust markup another desk wrote.

How often an article solved a call is not a column: it is the number of
``article_used`` journal entries naming it, which two offline desks can both
add to without either count being lost.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.models.base import ID_LENGTH, Base, SyncedMixin

ARTICLE_TITLE_MAX = 300
ARTICLE_BODY_MAX = 64_000
ARTICLE_KEYWORDS_MAX = 500


class KbArticle(SyncedMixin, Base):
    __tablename__ = "kb_article"
    __table_args__ = (
        Index("ix_kb_article_status", "status"),
        Index("ix_kb_article_author_review", "author_id", "review_on"),
    )

    title_ar: Mapped[str] = mapped_column(String(ARTICLE_TITLE_MAX), nullable=False, default="")
    title_en: Mapped[str] = mapped_column(String(ARTICLE_TITLE_MAX), nullable=False, default="")
    body_ar: Mapped[str] = mapped_column(Text, nullable=False, default="")
    body_en: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # A catalogue category code ('' for none).
    category: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    keywords: Mapped[str] = mapped_column(String(ARTICLE_KEYWORDS_MAX), nullable=False, default="")
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="draft")
    author_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("app_user.id"), nullable=True
    )
    author_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    reviewer_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("app_user.id"), nullable=True
    )
    # The day the owner is reminded to check the article, as YYYY-MM-DD ('' for
    # none): a calendar day, not an instant, so no time zone can move it.
    review_on: Mapped[str] = mapped_column(String(10), nullable=False, default="")
