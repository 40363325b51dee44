"""Finding knowledge base articles by what a person typed.

Queries are folded exactly as ticket search folds them (services.text: NFKC,
case, harakat, alef forms, ta marbuta, the article ال and the letters that
fuse with it), and the index holds articles folded the same way
(storage migration 0014), so "الطَّابِعَة", "بالطابعه" and "طابعة" find each other.

A question as a caller puts it carries words every article has ("the", "does",
"not", "لا", "في"): they are left out of the match when other words remain,
so they neither hide an article that lacks them nor make every article match.
"""

from __future__ import annotations

import re

from desk_app.services.text import bare_word, normalise, search_terms

# Weights of the index's columns for bm25 (article_id, title_ar, title_en,
# keywords, body_ar, body_en): a word in a title or the keywords says far more
# about what the article answers than the same word in its body.
BM25_WEIGHTS = (0.0, 10.0, 10.0, 6.0, 1.0, 1.0)
# The last word typed is matched as the start of a word once it has this many
# letters; a shorter one would match a large part of the vocabulary.
PREFIX_MIN = 3

_ENGLISH_STOP = (
    "a an and are as at be but by can cannot cant do does doesn doesnt did didn don dont"
    " for from has have how i if in is isn it its me my no not of on or our please s so t"
    " that the their there this to was wasn we what when where which who why will with won"
    " wont you your"
)
# Written as people type them; folded below as queries are.
_ARABIC_STOP = (
    "لا لم لن ما في من على عن إلى الى مع هذا هذه ذلك تلك هل أو او أن ان إن كان كانت قد ثم"
    " و يا لي عند كيف ماذا لماذا التي الذي عندي عندنا فيه فيها به بها له لها هو هي"
)
STOP_WORDS = frozenset(normalise(w) for w in f"{_ENGLISH_STOP} {_ARABIC_STOP}".split())


def query_terms(text: str) -> list[str]:
    """The words to look for, folded and without their fused prefixes. Stop
    words are left out; a query of stop words alone looks for nothing (the
    start of a question says nothing yet), and neither does a word still
    being typed that is so far only the article ("ال", "بال") or, after other
    words, a letter or two."""
    words = search_terms(text)
    kept = [w for w in words if w not in STOP_WORDS and bare_word(w) not in STOP_WORDS]
    # The word still being typed: the article alone says nothing yet, and a
    # letter or two beside other words would match half of everything.
    typing = bool(kept) and not text[-1].isspace() and kept[-1] == words[-1]
    if typing and (
        _ARTICLE_ONLY.fullmatch(kept[-1]) or (len(kept) > 1 and len(kept[-1]) < PREFIX_MIN)
    ):
        kept.pop()
    return list(dict.fromkeys(bare_word(w) for w in kept))


# What is typed before a word's own letters: the article and the letters that
# fuse with it (services.text.bare_word), alone.
_ARTICLE_ONLY = re.compile(r"[وف]?(?:ا|ال|ب|با|بال|ك|كا|كال|ل|لل)")
# The columns that say what an article answers (matched first; see suggestion_stages).
_HEADLINE = "{title_ar title_en keywords}"


def _quoted(terms: list[str], prefix_last: bool) -> list[str]:
    quoted = ['"' + t.replace('"', '""') + '"' for t in terms]
    if prefix_last and len(terms[-1]) >= PREFIX_MIN:
        quoted[-1] += "*"
    return quoted


def match_expression(text: str, *, any_word: bool, prefix_last: bool = True) -> str | None:
    """A safe FTS5 MATCH expression for ``text`` (every term quoted, so user
    input is never FTS syntax), or None when nothing searchable was typed.

    ``any_word``: articles with any of the words; otherwise every word."""
    terms = query_terms(text)
    if not terms:
        return None
    return (" OR " if any_word else " AND ").join(_quoted(terms, prefix_last))


def suggestion_stages(text: str) -> list[str]:
    """MATCH expressions from the narrowest to the broadest: every word in a
    title or the keywords, every word anywhere, any word anywhere. Suggestions
    fill from each stage in turn (bm25 within a stage), so an article whose
    title holds all of the caller's words comes before one that mentions them
    in passing, and a broad stage is only ranked when the narrow ones left
    room: the few rows of a narrow stage are what keeps typing fast."""
    terms = query_terms(text)
    if not terms:
        return []
    quoted = _quoted(terms, prefix_last=True)
    every = " AND ".join(quoted)
    stages = [f"{_HEADLINE} : ({every})", every]
    if len(terms) > 1:
        stages.append(" OR ".join(quoted))
    return stages


def bm25_call(table: str = "kb_article_fts") -> str:
    weights = ", ".join(f"{w:g}" for w in BM25_WEIGHTS)
    return f"bm25({table}, {weights})"


def snippet_of(body: str, limit: int = 160) -> str:
    """The start of an article's body as one line, cut at a word."""
    lines = (part.strip().removeprefix("- ") for part in body.splitlines())
    line = " ".join(" ".join(lines).split())
    if len(line) <= limit:
        return line
    cut = line[:limit].rsplit(" ", 1)[0] or line[:limit]
    return cut + "…"
