"""The public knowledge base (tier 0): /kb lists and searches the published
articles, /kb/{id} shows one, in Arabic (right to left) or English. No sign-in,
no script, read-only: a branch links it from its website.

Only published articles, and of them only their titles and bodies (and their
own id in their address) ever reach the page: no author, reviewer, category
code or keywords. Search folds words as the desks' search does (services.text
through services.knowledge_search), so a customer who types "بالطابعة" or
"the printer does not print" finds the printer article. Articles are few and
published rarely, so their folded words are kept in memory until the
published articles change (their count, newest write or sum of versions:
every write the server applies moves the version on).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse
from sqlalchemy import Connection, func, select

from desk_app.server.deps import Db
from desk_app.server.kb_render import LANGUAGES, Listed, article_page, list_page, missing_page
from desk_app.services.knowledge_search import query_terms, snippet_of
from desk_app.services.text import index_form
from desk_app.sync.codec import synced_table

kb_router = APIRouter(tags=["knowledge base"])

QUERY_MAX = 200  # characters of a search looked at; more is not a question
LIST_MAX = 50
_ID = re.compile(r"^[0-9a-f-]{36}$")
_WORD = re.compile(r"\w+")
_HEADERS = {
    "Cache-Control": "public, max-age=60",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
# Weights of a word found in a title, the keywords, a body (titles first, as
# the desks' suggestions rank them).
_WEIGHTS = (10.0, 6.0, 1.0)


@dataclass(frozen=True)
class _Indexed:
    id: str
    title_ar: str
    title_en: str
    body_ar: str
    body_en: str
    words: tuple[frozenset[str], frozenset[str], frozenset[str]]  # titles, keywords, bodies


_cache: dict[str, tuple[tuple[Any, ...], list[_Indexed]]] = {}
_lock = threading.Lock()


def _words(*texts: str) -> frozenset[str]:
    return frozenset(w for t in texts for w in _WORD.findall(index_form(t)))


def _published(conn: Connection) -> list[_Indexed]:
    table = synced_table("kb_article")
    live = (table.c.status == "published") & table.c.deleted_at.is_(None)
    stamp = tuple(
        conn.execute(
            select(func.count(), func.max(table.c.updated_at), func.sum(table.c.version)).where(
                live
            )
        ).one()
    )
    key = str(conn.engine.url)
    with _lock:
        cached = _cache.get(key)
        if cached is not None and cached[0] == stamp:
            return cached[1]
    rows = conn.execute(
        select(
            table.c.id,
            table.c.title_ar,
            table.c.title_en,
            table.c.keywords,
            table.c.body_ar,
            table.c.body_en,
        ).where(live)
    ).all()
    indexed = [
        _Indexed(
            r.id,
            r.title_ar,
            r.title_en,
            r.body_ar,
            r.body_en,
            (_words(r.title_ar, r.title_en), _words(r.keywords), _words(r.body_ar, r.body_en)),
        )
        for r in rows
    ]
    with _lock:
        _cache[key] = (stamp, indexed)
    return indexed


def _score(article: _Indexed, terms: list[str]) -> float:
    total = 0.0
    for position, term in enumerate(terms):
        prefix = position == len(terms) - 1 and len(term) >= 3
        for weight, words in zip(_WEIGHTS, article.words, strict=True):
            if term in words or (prefix and any(w.startswith(term) for w in words)):
                total += weight
    return total


def _in(language: str, article: _Indexed) -> tuple[str, str, str]:
    """Title, body and the language they are in: the page's, else the other."""
    if language == "ar" and article.title_ar:
        return article.title_ar, article.body_ar, "ar"
    if language == "en" and article.title_en:
        return article.title_en, article.body_en, "en"
    if article.title_ar:
        return article.title_ar, article.body_ar, "ar"
    return article.title_en, article.body_en, "en"


def _html(body: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(body, status_code=status, headers=_HEADERS)


Language = Annotated[str, Query(pattern="^(ar|en)$")]


@kb_router.get("/kb", response_class=HTMLResponse)
def kb_list(db: Db, lang: Language = "ar", q: str = "") -> HTMLResponse:
    """The published articles, or those that match ``q``, best first."""
    query = q[:QUERY_MAX]
    with db.reading() as conn:
        articles = _published(conn)
    terms = query_terms(query)
    if terms:
        scored = [(s, a) for a in articles if (s := _score(a, terms)) > 0]
        scored.sort(key=lambda pair: (-pair[0], _in(lang, pair[1])[0]))
        chosen = [a for _, a in scored[:LIST_MAX]]
    else:
        chosen = sorted(articles, key=lambda a: _in(lang, a)[0])[:LIST_MAX]
    listed = []
    for article in chosen:
        title, body, language = _in(lang, article)
        listed.append(Listed(article.id, title, snippet_of(body), language))
    return _html(list_page(lang, query, listed))


@kb_router.get("/kb/{article_id}", response_class=HTMLResponse)
def kb_article(db: Db, article_id: str, lang: Language = "ar") -> HTMLResponse:
    """One published article; 404 for anything else (a draft, a retired one)."""
    if lang not in LANGUAGES or not _ID.match(article_id):
        return _html(missing_page(lang if lang in LANGUAGES else "ar"), 404)
    with db.reading() as conn:
        found = next((a for a in _published(conn) if a.id == article_id), None)
    if found is None:
        return _html(missing_page(lang), 404)
    title, body, language = _in(lang, found)
    return _html(article_page(lang, language, title, body))
