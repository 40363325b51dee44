"""Tier 0: a call answered by a knowledge base article, and an article written
from a ticket that was solved.

"Solved by this article" files the contact as a ticket of the agent who took
it, resolved at first contact, with an ``article_used`` journal entry naming
the article: the entry is what marks the resolution as tier 0 for reports and
what counts towards the article's use (services.knowledge_articles.use_counts).
When the organisation has a tier-0 queue the ticket is filed there, so its
tier (derived from its queue) is 0 too.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.models import DeskGroup, JournalKind, Status, TicketJournal, Tier
from desk_app.services import journal
from desk_app.services.catalogue import Catalogue
from desk_app.services.context import WriteContext
from desk_app.services.intake import IntakeForm, create_ticket
from desk_app.services.knowledge_articles import ArticleDraft, ArticleStatus, live_row
from desk_app.services.messages import QT_TRANSLATE_NOOP, FieldError, ValidationFailed
from desk_app.services.tickets import change_fields, live_ticket

NOT_PUBLISHED = QT_TRANSLATE_NOOP(
    "Validation", "This article is not published, so it cannot answer a call."
)
_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


def solved_by_article(
    session: Session,
    ctx: WriteContext,
    form: IntakeForm,
    article_id: str,
    catalogue: Catalogue | None = None,
) -> str:
    """Save the contact as a ticket resolved at first contact by a published
    article; returns the ticket's id. The agent who answered owns the ticket.

    ValidationFailed (nothing written) for a bad form or an article that is not
    published; PermissionDenied (audited) when the person may not take calls
    or resolve tickets."""
    row = live_row(session, article_id)
    if row.status != ArticleStatus.PUBLISHED.value:
        raise ValidationFailed([FieldError("article", NOT_PUBLISHED)])
    title = row.title_ar or row.title_en
    queue = self_service_queue(session, ctx.branch_id) or form.group_id
    mine = replace(form, group_id=queue, assignee_id=ctx.actor.user_id or form.assignee_id)
    created = create_ticket(session, ctx, mine, catalogue)
    change_fields(
        session,
        ctx,
        created.id,
        {"status": Status.RESOLVED.value, "solution": _solution(row.title_ar, row.title_en)},
    )
    journal.append(
        session,
        ctx,
        ticket_id=created.id,
        kind=JournalKind.ARTICLE_USED,
        at=ctx.now(),
        hlc=ctx.stamp(session),
        new_value=row.id,
        body=title,
    )
    return created.id


def tier_zero_resolutions(session: Session, start: datetime, end: datetime) -> int:
    """Calls answered by an article from ``start`` up to ``end`` (for reports)."""
    count = session.execute(
        select(func.count()).where(
            TicketJournal.kind == JournalKind.ARTICLE_USED.value,
            TicketJournal.at >= start,
            TicketJournal.at < end,
        )
    ).scalar_one()
    return int(count)


def self_service_queue(session: Session, branch_id: str) -> str | None:
    """The branch's tier-0 queue (or a shared one), if the organisation has
    one: a ticket filed there is tier 0 by its queue, as tiers are derived
    (services.derived). Without one, the article_used entry alone says tier 0."""
    found = session.execute(
        select(DeskGroup.id)
        .where(
            DeskGroup.tier == int(Tier.SELF_SERVICE),
            DeskGroup.deleted_at.is_(None),
            (DeskGroup.branch_id == branch_id) | DeskGroup.branch_id.is_(None),
        )
        .order_by(DeskGroup.branch_id.is_(None), DeskGroup.name)
        .limit(1)
    ).scalar_one_or_none()
    return None if found is None else str(found)


def _solution(title_ar: str, title_en: str) -> str:
    return " / ".join(t for t in (title_ar, title_en) if t)


def draft_from_ticket(session: Session, ticket_id: str) -> ArticleDraft:
    """A new article prefilled from a resolved ticket: the subject as its title,
    the description (the problem) then the solution as its text, the ticket's
    category. Written in the ticket's language (Arabic when its subject has
    Arabic letters)."""
    ticket = live_ticket(session, ticket_id)
    paragraphs = [p.strip() for p in (ticket.description, ticket.solution) if p and p.strip()]
    body = "\n\n".join(paragraphs) or ticket.subject
    arabic = bool(_ARABIC_LETTER.search(ticket.subject + ticket.description))
    return ArticleDraft(
        id=None,
        title_ar=ticket.subject if arabic else "",
        title_en="" if arabic else ticket.subject,
        body_ar=body if arabic else "",
        body_en="" if arabic else body,
        category=ticket.category,
        keywords="",
        review_on=None,
    )
