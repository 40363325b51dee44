"""Knowledge base articles as the desk reads them: the values, finding them
(suggestions at intake, the knowledge window's search), and each article's
use count. Writing is services.knowledge_edit; services.knowledge is the
module the rest of the desk imports.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desk_app.models import JournalKind, KbArticle, TicketJournal
from desk_app.services.context import WriteContext
from desk_app.services.derived import hlc_time
from desk_app.services.knowledge_search import (
    bm25_call,
    match_expression,
    snippet_of,
    suggestion_stages,
)
from desk_app.services.messages import NotFound

SEARCH_LIMIT = 200


class ArticleStatus(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    RETIRED = "retired"


@dataclass(frozen=True)
class Article:
    id: str
    title_ar: str
    title_en: str
    body_ar: str
    body_en: str
    category: str
    keywords: str
    status: ArticleStatus
    author_id: str | None
    author_name: str
    reviewer_id: str | None
    review_on: date | None
    used: int  # calls this article answered (its article_used journal entries)
    updated_at: datetime

    def title(self, language: str) -> str:
        """The title in ``language`` ("ar" or "en"), else the other one."""
        return in_language(language, self.title_ar, self.title_en)

    def body(self, language: str) -> str:
        return in_language(language, self.body_ar, self.body_en)


@dataclass(frozen=True)
class ArticleDraft:
    """What the editor holds: a new article (``id`` None) or an edit."""

    id: str | None
    title_ar: str
    title_en: str
    body_ar: str
    body_en: str
    category: str
    keywords: str
    review_on: date | None


@dataclass(frozen=True)
class Suggestion:
    id: str
    title: str
    snippet: str
    score: float  # higher is a better match


def in_language(language: str, arabic: str, english: str) -> str:
    first, second = (arabic, english) if language == "ar" else (english, arabic)
    return first or second


# -- reading ---------------------------------------------------------------------


def suggest(session: Session, text: str, language: str, limit: int = 5) -> list[Suggestion]:
    """Published articles that answer what is being typed, best first: every
    word in a title or the keywords, then every word anywhere, then any word
    (knowledge_search.suggestion_stages), by bm25 within each, titles and
    keywords weighing most."""
    if limit <= 0:
        return []
    limit = min(limit, 50)
    found: dict[str, Suggestion] = {}
    for expression in suggestion_stages(text):
        rows = session.execute(
            _ranked_sql("AND a.status = 'published'", limit=limit), {"q": expression}
        ).all()
        for row in rows:
            found.setdefault(
                row.id,
                Suggestion(
                    id=row.id,
                    title=in_language(language, row.title_ar, row.title_en),
                    snippet=snippet_of(in_language(language, row.body_ar, row.body_en)),
                    score=-float(row.rank),
                ),
            )
        if len(found) >= limit:
            break
    return list(found.values())[:limit]


def _ranked_sql(condition: str, *, limit: int, columns: str = "") -> Any:
    picked = columns or "a.id, a.title_ar, a.title_en, a.body_ar, a.body_en"
    return text(
        f"SELECT {picked}, {bm25_call()} AS rank FROM kb_article_fts"
        " JOIN kb_article AS a ON a.id = kb_article_fts.article_id"
        f" WHERE kb_article_fts MATCH :q AND a.deleted_at IS NULL {condition}"
        f" ORDER BY rank LIMIT {int(limit)}"
    )


def search_articles(
    session: Session,
    text: str,
    category: str | None = None,
    statuses: frozenset[ArticleStatus] = frozenset({ArticleStatus.PUBLISHED}),
) -> list[Article]:
    """Articles with every word typed (stop words aside), best first; with no
    words, every article of the category and statuses by title."""
    wanted = sorted(s.value for s in statuses)
    if not wanted:
        return []
    expression = match_expression(text, any_word=False)
    if expression is None:
        query = select(KbArticle).where(
            KbArticle.deleted_at.is_(None), KbArticle.status.in_(wanted)
        )
        if category is not None:
            query = query.where(KbArticle.category == category)
        order = func.coalesce(func.nullif(KbArticle.title_en, ""), KbArticle.title_ar)
        rows = session.execute(query.order_by(order).limit(SEARCH_LIMIT)).scalars().all()
        return articles_of(session, rows)
    marks = ", ".join(f":s{i}" for i in range(len(wanted)))
    condition = f"AND a.status IN ({marks})"
    params: dict[str, Any] = {"q": expression, **{f"s{i}": s for i, s in enumerate(wanted)}}
    if category is not None:
        condition += " AND a.category = :category"
        params["category"] = category
    ids = [
        row.id
        for row in session.execute(
            _ranked_sql(condition, limit=SEARCH_LIMIT, columns="a.id"), params
        )
    ]
    found = {
        row.id: row
        for row in session.execute(select(KbArticle).where(KbArticle.id.in_(ids))).scalars()
    }
    return articles_of(session, [found[i] for i in ids if i in found])


def get_article(session: Session, article_id: str) -> Article:
    """The article, or NotFound when there is none (or it was deleted)."""
    return articles_of(session, [live_row(session, article_id)])[0]


def reviews_due(session: Session, ctx: WriteContext, today: date) -> list[Article]:
    """The acting person's articles (not retired) whose review day has come."""
    if ctx.actor.user_id is None:
        return []
    rows = session.execute(
        select(KbArticle)
        .where(
            KbArticle.author_id == ctx.actor.user_id,
            KbArticle.review_on != "",
            KbArticle.review_on <= today.isoformat(),
            KbArticle.status != ArticleStatus.RETIRED.value,
            KbArticle.deleted_at.is_(None),
        )
        .order_by(KbArticle.review_on)
    ).scalars()
    return articles_of(session, list(rows))


def use_counts(session: Session, article_ids: Iterable[str]) -> dict[str, int]:
    """How many calls each article answered (journal entries, so counts made
    on two offline desks add up rather than overwrite each other)."""
    ids = sorted(set(article_ids))
    if not ids:
        return {}
    rows = session.execute(
        select(TicketJournal.new_value, func.count())
        .where(
            TicketJournal.kind == JournalKind.ARTICLE_USED.value,
            TicketJournal.new_value.in_(ids),
        )
        .group_by(TicketJournal.new_value)
    ).all()
    return {str(value): int(n) for value, n in rows}


def live_row(session: Session, article_id: str) -> KbArticle:
    row = session.get(KbArticle, article_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(article_id)
    return row


def articles_of(session: Session, rows: Sequence[KbArticle]) -> list[Article]:
    used = use_counts(session, (r.id for r in rows))
    return [_article(row, used.get(row.id, 0)) for row in rows]


def _article(row: KbArticle, used: int) -> Article:
    return Article(
        id=row.id,
        title_ar=row.title_ar,
        title_en=row.title_en,
        body_ar=row.body_ar,
        body_en=row.body_en,
        category=row.category,
        keywords=row.keywords,
        status=ArticleStatus(row.status),
        author_id=row.author_id,
        author_name=row.author_name,
        reviewer_id=row.reviewer_id,
        review_on=date.fromisoformat(row.review_on) if row.review_on else None,
        used=used,
        updated_at=hlc_time(row.updated_at),
    )
