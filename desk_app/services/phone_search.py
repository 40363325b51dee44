"""Phone numbers in search: one key for a number however it is written.

A caller's number reaches the desk in many forms: "050 123 4567", "0501234567",
"050-123-4567", "+966 50 123 4567", "00966501234567". Customers' phones are
stored in E.164 ("+966501234567"); a number written inside a subject or a note
is kept as typed. Search compares them by the national significant number
(NSN, "501234567"): the number without its country code and trunk prefix.

The index side has no region (a ticket synced from another branch is indexed
here too, and the index must not change with a setting): an international
run ("+…" or "00…") is parsed for its NSN; a national run is kept as its
digits and, when it starts with the trunk zero most regions use, without it.
The query side knows the branch's region and asks for the NSN the region's
rules give, and for the same region-free keys, so the two always meet for
numbers written with a "0" trunk prefix or in international form.
"""

from __future__ import annotations

import re

import phonenumbers

# A run of digits that may be a phone: an optional "+", digit groups joined by
# single spaces, dashes, dots or brackets. Text is normalised first (so
# Arabic-Indic digits are ASCII here).
_RUN = re.compile(r"(?<![\w+])\+?[\d(][\d()\- .]*[\d)]")
_PHONE_QUERY = re.compile(r"\+?[\d ()\-.]+")
# E.164 allows 15 digits; fewer than 7 is an extension, a count or a date part.
MIN_DIGITS = 7
MAX_DIGITS = 15


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _nsn(number: str, region: str | None) -> str | None:
    """The national significant number of ``number`` read with ``region``'s
    rules (None: only an international form can be read)."""
    try:
        parsed = phonenumbers.parse(number, region or None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    return phonenumbers.national_significant_number(parsed)


def _run_keys(run: str) -> set[str]:
    """The region-free keys of one phone-like run (see the module's docstring)."""
    digits = _digits(run)
    if not MIN_DIGITS <= len(digits) <= MAX_DIGITS + 2:
        return set()
    stripped = run.lstrip("(")
    if stripped.startswith("+") or digits.startswith("00"):
        nsn = _nsn("+" + digits.removeprefix("00"), None)
        return {nsn} if nsn and len(nsn) >= MIN_DIGITS - 1 else set()
    keys = {digits}
    if digits.startswith("0"):
        keys.add(digits[1:])
    return {key for key in keys if len(key) >= MIN_DIGITS - 1}


def phone_keys_in_text(folded: str) -> list[str]:
    """The keys of every phone-like run in normalised text, in order, without
    repeats. A run glued to a number before it ("ticket 12 050 123 4567") is
    also read from each group that starts like a phone ("0…", "+…")."""
    keys: dict[str, None] = {}
    for match in _RUN.finditer(folded):
        run = match.group(0)
        starts = [0] + [
            i + 1 for i, ch in enumerate(run[:-1]) if ch in " -." and run[i + 1] in "0+("
        ]
        for start in starts:
            for key in sorted(_run_keys(run[start:])):
                keys.setdefault(key, None)
    return list(keys)


def phone_query_keys(folded: str, region: str = "") -> list[str]:
    """The keys a search finds a phone number by, when the whole (normalised)
    query looks like one; [] otherwise. With the branch's ``region`` a number
    typed in national form ("050…") is read as the branch's own."""
    query = folded.strip()
    if not _PHONE_QUERY.fullmatch(query):
        return []
    digits = _digits(query)
    if not MIN_DIGITS <= len(digits) <= MAX_DIGITS + 2:
        return []
    keys = _run_keys(query)
    if region:
        nsn = _nsn(query, region)
        if nsn is not None and len(nsn) >= MIN_DIGITS - 1:
            keys.add(nsn)
    return sorted(keys, key=lambda k: (-len(k), k))
