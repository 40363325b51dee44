"""Text normalisation shared by the search index and every search query.

One function for both sides: whatever the index stores, the query is folded the
same way, so "الطَّابِعَة", "الطابعه" and "ﺍﻟﻄﺎﺑﻌﺔ" all find each other.
"""

from __future__ import annotations

import re
import unicodedata

# Harakat, Quranic annotation marks, superscript alef, and tatweel (kashida).
_DROP = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ؤ": "و",
        "ئ": "ي",
        # Persian/Urdu letters typed on some keyboards.
        "ک": "ك",
        "ی": "ي",
        # Arabic-Indic and Eastern Arabic-Indic digits.
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
        # Bidi controls never belong in stored or searched text.
        "\u200e": None,
        "\u200f": None,
        "\u2066": None,
        "\u2067": None,
        "\u2068": None,
        "\u2069": None,
        "\u202a": None,
        "\u202b": None,
        "\u202c": None,
        "\u202d": None,
        "\u202e": None,
    }
)
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w+", re.UNICODE)

FSI = "\u2068"
LRI = "\u2066"
PDI = "\u2069"


def normalise(text: str) -> str:
    """Fold text for matching: NFKC, case, harakat, tatweel, letter variants, digits."""
    if not text:
        return ""
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = _DROP.sub("", folded).translate(_FOLD)
    # Dropping a mark or a bidi control can leave a letter next to a combining
    # mark it composes with ("e", LRM, U+0301): compose again, or the result
    # would change when folded a second time and stored text would not match.
    return unicodedata.normalize("NFC", _SPACES.sub(" ", folded).strip())


# The definite article and the one-letter words that fuse with it (wa-, bi-,
# ka-, fa-, li-). Indexing each word also without them lets "طابعة" find
# "الطابعة" and "بالطابعة" while "الطابعة" still matches exactly.
_ARTICLE = re.compile(r"^(?:[وف]?(?:ال|بال|كال|لل))(?=\w{2,})")


def index_form(text: str) -> str:
    """What the word index stores: the normalised text, plus each word that
    carries the article again without it."""
    folded = normalise(text)
    bare = [stem for word in _WORD.findall(folded) if (stem := _ARTICLE.sub("", word)) != word]
    return f"{folded} {' '.join(bare)}" if bare else folded


def search_terms(query: str) -> list[str]:
    """The words of a user's query, normalised, in order, without repeats."""
    seen: dict[str, None] = {}
    for word in _WORD.findall(normalise(query)):
        seen.setdefault(word, None)
    return list(seen)


def fts_match_expression(query: str, *, prefix_last: bool = True) -> str | None:
    """A safe FTS5 MATCH expression: every term quoted, so hyphens, colons, '@',
    'OR' or stray quotes in user input are data, never FTS syntax. The last word
    matches as a prefix, which is what search-as-you-type needs."""
    terms = search_terms(query)
    if not terms:
        return None
    quoted = ['"' + t.replace('"', '""') + '"' for t in terms]
    if prefix_last:
        quoted[-1] += "*"
    return " AND ".join(quoted)


def isolate(text: str) -> str:
    """Wrap a left-to-right run (ticket number, phone, email, account) in a
    left-to-right isolate so it keeps its own order inside Arabic text.

    LRI rather than first-strong (FSI): these values are left-to-right by
    nature, and a phone like "011 182 0139" has no strong character at all,
    which Qt then lays out in the paragraph's direction ("0139 182 011")."""
    return f"{LRI}{text}{PDI}" if text else text
