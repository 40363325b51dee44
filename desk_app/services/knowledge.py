"""The knowledge base (tier 0): the module the rest of the desk imports.

An article has a title and a body in Arabic, in English, or in both (it may
exist in one language first), a catalogue category, keywords, and a status:
a draft (being written), published (suggested at intake, shown on the
server's public page) or retired. A level-3 person writes articles
(KB_WRITE); a level-4 reviewer publishes and retires them (KB_PUBLISH) and is
recorded as the reviewer. A review date reminds the author to check the
article (``reviews_due``).

Bodies are plain text: paragraphs separated by a blank line, "- " list items
and bare links. Nothing is stored as HTML.

- reading and finding: services.knowledge_articles (suggest, search_articles,
  get_article, reviews_due, use_counts);
- writing: services.knowledge_edit (save_article, publish, retire);
- tier 0: services.knowledge_tier0 (solved_by_article, draft_from_ticket,
  tier_zero_resolutions).
"""

from __future__ import annotations

from desk_app.services.knowledge_articles import (
    Article,
    ArticleDraft,
    ArticleStatus,
    Suggestion,
    get_article,
    reviews_due,
    search_articles,
    suggest,
    use_counts,
)
from desk_app.services.knowledge_edit import (
    BODY_WITHOUT_TITLE,
    NEEDS_A_LANGUAGE,
    REVIEW_IN_PAST,
    TITLE_WITHOUT_BODY,
    desk_catalogue,
    publish,
    retire,
    save_article,
    validate,
)
from desk_app.services.knowledge_tier0 import (
    NOT_PUBLISHED,
    draft_from_ticket,
    solved_by_article,
    tier_zero_resolutions,
)

__all__ = [
    "BODY_WITHOUT_TITLE",
    "NEEDS_A_LANGUAGE",
    "NOT_PUBLISHED",
    "REVIEW_IN_PAST",
    "TITLE_WITHOUT_BODY",
    "Article",
    "ArticleDraft",
    "ArticleStatus",
    "Suggestion",
    "desk_catalogue",
    "draft_from_ticket",
    "get_article",
    "publish",
    "retire",
    "reviews_due",
    "save_article",
    "search_articles",
    "solved_by_article",
    "suggest",
    "tier_zero_resolutions",
    "use_counts",
    "validate",
]
