"""Writing knowledge base articles: creating and editing them (KB_WRITE, level
3), publishing and retiring them (KB_PUBLISH, a level-4 reviewer).

Articles are synced rows (models.knowledge): every write queues its outbox op
in the same transaction, as tickets and customers do.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desk_app.models import KbArticle, OpKind
from desk_app.models.knowledge import ARTICLE_BODY_MAX, ARTICLE_KEYWORDS_MAX, ARTICLE_TITLE_MAX
from desk_app.services import journal
from desk_app.services import messages as m
from desk_app.services.acting import require_right
from desk_app.services.catalogue import Catalogue, default_catalogue
from desk_app.services.catalogue_store import load_catalogue_document, stored_catalogue
from desk_app.services.context import WriteContext
from desk_app.services.ids import new_id
from desk_app.services.knowledge_articles import (
    Article,
    ArticleDraft,
    ArticleStatus,
    articles_of,
    live_row,
)
from desk_app.services.messages import QT_TRANSLATE_NOOP, FieldError, ValidationFailed
from desk_app.services.permissions import Right
from desk_app.services.validation import check_text, clean_line

NEEDS_A_LANGUAGE = QT_TRANSLATE_NOOP(
    "Validation", "Write the title and the text in Arabic, in English, or in both."
)
TITLE_WITHOUT_BODY = QT_TRANSLATE_NOOP("Validation", "This title has no text: write its text.")
BODY_WITHOUT_TITLE = QT_TRANSLATE_NOOP("Validation", "This text has no title: give it a title.")
REVIEW_IN_PAST = QT_TRANSLATE_NOOP("Validation", "The review date has passed: choose a later day.")


def validate(draft: ArticleDraft, today: date, catalogue: Catalogue | None) -> list[FieldError]:
    """Every problem of a draft, each on its field."""
    errors: list[FieldError] = []
    for title in (draft.title_ar, draft.title_en):
        check_text(errors, "title", title, limit=ARTICLE_TITLE_MAX)
    for body in (draft.body_ar, draft.body_en):
        check_text(errors, "body", body, limit=ARTICLE_BODY_MAX)
    check_text(errors, "keywords", draft.keywords, limit=ARTICLE_KEYWORDS_MAX)
    check_text(errors, "category", draft.category, limit=100)
    pairs = [(t.strip(), b.strip()) for t, b in _pairs(draft)]
    if not any(t and b for t, b in pairs) and not errors:
        if any(t and not b for t, b in pairs):
            errors.append(FieldError("body", TITLE_WITHOUT_BODY))
        elif any(b and not t for t, b in pairs):
            errors.append(FieldError("title", BODY_WITHOUT_TITLE))
        else:
            errors.append(FieldError("title", NEEDS_A_LANGUAGE))
    else:
        # The other language, begun but not finished.
        for title, body in pairs:
            if title and not body:
                errors.append(FieldError("body", TITLE_WITHOUT_BODY))
            elif body and not title:
                errors.append(FieldError("title", BODY_WITHOUT_TITLE))
    code = draft.category.strip()
    if code and catalogue is not None and catalogue.get(code) is None:
        errors.append(FieldError("category", m.BAD_CHOICE))
    if draft.review_on is not None and draft.review_on < today:
        errors.append(FieldError("review_on", REVIEW_IN_PAST))
    return errors


def _pairs(draft: ArticleDraft) -> list[tuple[str, str]]:
    return [(draft.title_ar, draft.body_ar), (draft.title_en, draft.body_en)]


def desk_catalogue(session: Session) -> Catalogue:
    """The catalogue this desk files with: the stored (server's) one when it
    reads, else the one shipped with Maktab."""
    document = load_catalogue_document(session)
    stored = stored_catalogue(document) if document is not None else None
    return stored if stored is not None else default_catalogue()


def save_article(
    session: Session, ctx: WriteContext, draft: ArticleDraft, catalogue: Catalogue | None = None
) -> Article:
    """Create (as a draft) or edit an article. ValidationFailed (nothing
    written) for bad input; PermissionDenied (audited) without KB_WRITE.

    An edit by someone who may not publish takes a published article back to
    draft: what customers read is what a reviewer passed."""
    who = require_right(session, ctx, Right.KB_WRITE, action="save_article")
    row = live_row(session, draft.id) if draft.id is not None else None
    catalogue = catalogue if catalogue is not None else desk_catalogue(session)
    errors = validate(draft, ctx.now().date(), catalogue)
    if errors:
        raise ValidationFailed(errors)
    values: dict[str, Any] = {
        "title_ar": clean_line(draft.title_ar),
        "title_en": clean_line(draft.title_en),
        "body_ar": _clean_body(draft.body_ar),
        "body_en": _clean_body(draft.body_en),
        "category": draft.category.strip(),
        "keywords": clean_line(draft.keywords),
        "review_on": draft.review_on.isoformat() if draft.review_on else "",
    }
    hlc = ctx.stamp(session)
    if row is None:
        row = KbArticle(
            id=new_id(),
            status=ArticleStatus.DRAFT.value,
            author_id=ctx.actor.user_id,
            author_name=ctx.actor.name,
            reviewer_id=None,
            created_at=ctx.now(),
            updated_at=hlc,
            version=1,
            origin_client_id=ctx.client_id,
            **values,
        )
        session.add(row)
        session.flush()
        journal.queue_op(
            session, ctx, "kb_article", row.id, OpKind.INSERT, journal.row_values(row), 0, hlc
        )
        return articles_of(session, [row])[0]
    if row.status == ArticleStatus.PUBLISHED.value and not who.holds(Right.KB_PUBLISH):
        values["status"] = ArticleStatus.DRAFT.value
    return _change(session, ctx, row, values, hlc)


def publish(session: Session, ctx: WriteContext, article_id: str) -> Article:
    """Publish an article (KB_PUBLISH); the publisher is its reviewer."""
    require_right(session, ctx, Right.KB_PUBLISH, action="publish_article")
    row = live_row(session, article_id)
    values = {"status": ArticleStatus.PUBLISHED.value, "reviewer_id": ctx.actor.user_id}
    return _change(session, ctx, row, values, ctx.stamp(session))


def retire(session: Session, ctx: WriteContext, article_id: str) -> Article:
    """Take an article out of suggestions and the public page (KB_PUBLISH)."""
    require_right(session, ctx, Right.KB_PUBLISH, action="retire_article")
    row = live_row(session, article_id)
    return _change(session, ctx, row, {"status": ArticleStatus.RETIRED.value}, ctx.stamp(session))


def _change(
    session: Session, ctx: WriteContext, row: KbArticle, values: dict[str, Any], hlc: str
) -> Article:
    diffs = {n: (getattr(row, n), v) for n, v in values.items() if getattr(row, n) != v}
    if diffs:
        for name, (_old, new) in diffs.items():
            setattr(row, name, new)
        row.updated_at = hlc
        payload = {name: {"old": old, "new": new} for name, (old, new) in diffs.items()}
        # Based on the version this desk last took from the server, as ticket edits are.
        journal.queue_op(
            session, ctx, "kb_article", row.id, OpKind.UPDATE, payload, row.version, hlc
        )
        session.flush()
    return articles_of(session, [row])[0]


def _clean_body(body: str) -> str:
    """Trailing space off each line, at most one blank line between paragraphs."""
    lines = [line.rstrip() for line in body.strip().replace("\r\n", "\n").split("\n")]
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(line)
    return "\n".join(kept)
