"""Where a search word can be found: which assignees and which subject groups
hold at least one ticket containing it.

The word index answers "which tickets contain this word" but not "in which
part of the list do they lie". A common word sorted by subject or by assignee
clusters (topics come with their subject and their agent): walking the sort's
index from the top, the list could cross a few hundred thousand tickets with
no match before the first one. The search_reach table (migration 0012, kept
by triggers in the same transaction as every ticket write) records for each
word the assignees (nobody is '') and the subject groups (the subject's first
SUBJECT_GROUP_CHARS characters) with a count of the tickets holding it, so
the list walks only the groups where every typed word occurs.

Exactness rests on one rule: a ticket the word index finds for a query must
be counted under the query's words here. Both sides split text into words
with ``reach_words``, which keeps only characters whose treatment by the
index's tokenizer (unicode61, remove_diacritics 2) is known: ASCII letters and
digits, Latin letters with one accent (folded as the index folds them) and
Arabic letters (tests compare every one with the tokenizer itself). Anything
else ends a word here, and a query with such a character in a word is not
answered from this table at all (``query_words`` gives None): the list then
walks the whole index as before.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache

from desk_app.services.text import bare_word, normalise, search_terms

# A subject group: the subject's first characters, as stored. Groups are
# contiguous in the subject sort (a prefix of the sort key), so a page walks
# whole groups; three characters give a few hundred groups of a million
# tickets, the largest a topic's template (about 6 %).
SUBJECT_GROUP_CHARS = 3
SUBJECT_GROUP_SQL = f"substr(subject, 1, {SUBJECT_GROUP_CHARS})"
ASSIGNEE = "a"
SUBJECT = "s"

_RANGES = ((0x30, 0x39), (0x61, 0x7A), (0xC0, 0x24F), (0x621, 0x64A), (0x671, 0x6D3))


@cache
def _fold(ch: str) -> str | None:
    """The character as the word index stores it, or None when this module
    does not vouch for how the index treats it."""
    if ch.isascii():
        return ch if ch.isdigit() or "a" <= ch <= "z" else None
    code = ord(ch)
    if not any(lo <= code <= hi for lo, hi in _RANGES):
        return None
    if unicodedata.category(ch) not in ("Ll", "Lo") or unicodedata.normalize("NFKC", ch) != ch:
        return None
    parts = unicodedata.normalize("NFD", ch)
    if len(parts) == 1:
        return ch
    # A Latin letter with one accent: the index keeps the base letter.
    if len(parts) == 2 and "a" <= parts[0] <= "z" and unicodedata.category(parts[1]) == "Mn":
        return parts[0]
    return None


def known_characters() -> list[str]:
    """Every character this module folds (for the tests against the tokenizer)."""
    return [chr(c) for lo, hi in _RANGES for c in range(lo, hi + 1) if _fold(chr(c)) is not None]


_KNOWN = known_characters()
# A run of known characters, and what the index makes of each (an accent dropped).
_RUN = re.compile("[" + "".join(re.escape(ch) for ch in _KNOWN) + "]+")
_FOLDS = str.maketrans({ch: _fold(ch) for ch in _KNOWN if _fold(ch) != ch})


def _runs(text: str) -> list[str]:
    """The runs of known characters in already normalised text, folded."""
    return _RUN.findall(text if text.isascii() else text.translate(_FOLDS))


_WORD = re.compile(r"\w+")
# The letters text.bare_word's prefixes begin with (و ف ا ب ك ل).
_ARTICLE_STARTS = frozenset("\u0648\u0641\u0627\u0628\u0643\u0644")


def reach_words(*texts: str | None) -> list[str]:
    """The distinct words of a ticket's indexed texts (subject, description,
    customer name), each as the word index stores it: text.index_form's
    normalised text and its words without the article. Not its phone keys,
    which are digits alone: a search with a digit is never answered from
    search_reach (query_words)."""
    seen: dict[str, None] = {}
    for text in texts:
        if text:
            folded = normalise(text)
            for word in _runs(folded):
                seen.setdefault(word, None)
            for word in _WORD.findall(folded):
                if word[0] not in _ARTICLE_STARTS:
                    continue
                stem = bare_word(word)
                if stem != word:
                    for part in _runs(stem):
                        seen.setdefault(part, None)
    return list(seen)


def reach_words_json(*texts: str | None) -> str:
    """reach_words as a JSON array: the triggers' maktab_reach function."""
    return json.dumps(reach_words(*texts), ensure_ascii=False)


def query_words(text: str) -> list[tuple[str, bool]] | None:
    """The words of a search as this table knows them, each with whether it is
    a prefix (the last one, as typed so far); None when a word holds a
    character this module does not vouch for or a digit (the index also holds
    phone keys, which search_reach does not count), or there are no words."""
    terms = list(dict.fromkeys(bare_word(t) for t in search_terms(text)))
    if not terms:
        return None
    words: list[tuple[str, bool]] = []
    for i, term in enumerate(terms):
        runs = _runs(term)
        if len(runs) != 1 or len(runs[0]) != len(term) or any(ch.isdigit() for ch in term):
            return None
        words.append((runs[0], i == len(terms) - 1))
    return words


def prefix_end(prefix: str) -> str:
    """The least string after every string starting with prefix (binary order)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def subject_group(subject: str) -> str:
    return subject[:SUBJECT_GROUP_CHARS]
