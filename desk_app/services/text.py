"""Text normalisation shared by the search index and every search query.

One function for both sides: whatever the index stores, the query is folded the
same way, so "الطَّابِعَة", "الطابعه" and "ﺍﻟﻄﺎﺑﻌﺔ" all find each other.
"""

from __future__ import annotations

import re
import unicodedata

from desk_app.services.phone_search import phone_keys_in_text

# Latin letters that are not a base letter plus a mark (or, like "ǿ", rest on
# one that is not), so neither NFKC nor FTS5's remove_diacritics takes them
# apart. Each folds to what a person types without the special key. Upper-case
# forms need no entry (casefold first); "ß"/"ẞ" casefold to "ss" on their own.
LATIN_FOLDS: dict[str, str] = {
    "ł": "l",  # Polish, Sorbian
    "ƚ": "l",
    "ø": "o",  # Danish, Norwegian
    "ǿ": "o",
    "đ": "d",  # Croatian, Vietnamese
    "ð": "d",  # Icelandic, Faroese
    "ɖ": "d",
    "ı": "i",  # Turkish dotless i
    "ħ": "h",  # Maltese
    "ŧ": "t",  # Sami
    "ŋ": "n",
    "ĸ": "k",
    "ƀ": "b",
    "ɨ": "i",
    "ʉ": "u",
    "ƶ": "z",
    "æ": "ae",
    "œ": "oe",
    "þ": "th",
    "ß": "ss",
}

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
        # Latin letters Unicode gives no decomposition, so neither NFKC nor the
        # index's remove_diacritics strips them: "dziala" must find "działa".
        # Lower case only: casefold has already run (it also makes ß "ss").
        **LATIN_FOLDS,
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
# ka-, fa-, li-). The index holds each such word also without them, and every
# query word is looked up without them (the same function on both sides), so
# "طابعة", "الطابعة" and "بالطابعة" typed or stored all find one another.
_ARTICLE = re.compile(r"^(?:[وف]?(?:ال|بال|كال|لل))(?=\w{2,})")


def bare_word(word: str) -> str:
    """A normalised word without a fused article/preposition prefix (a stem
    shorter than two letters is left alone: "لله" stays)."""
    return _ARTICLE.sub("", word)


def index_form(text: str) -> str:
    """What the word index stores: the normalised text, plus each word that
    carries the article again without it, plus the search keys of each phone
    number written in it (services.phone_search: "050 123 4567" and
    "+966 50 123 4567" both give "501234567"). The word as written stays too,
    so the start of a word typed with its article ("الط") still finds it."""
    folded = normalise(text)
    extra = [stem for word in _WORD.findall(folded) if (stem := bare_word(word)) != word]
    extra.extend(phone_keys_in_text(folded))
    return f"{folded} {' '.join(extra)}" if extra else folded


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
    # Each word is looked up as bare_word makes it, the form index_form always
    # stores: a query written with a prefix the text lacks (or another one)
    # still finds it. Repeats are dropped again, as two words may meet there.
    terms = list(dict.fromkeys(bare_word(t) for t in search_terms(query)))
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
