"""The search box's condition on the ticket list.

Words go to the word index (Arabic normalised: services.text); anything that
looks like a code goes to the trigram index too; a phone number is looked up
by its search keys (services.phone_search) in both. How the condition is
written depends on how many tickets match (see ``search_clause``).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection

from desk_app.services.phone_search import phone_query_keys
from desk_app.services.text import fts_match_expression, normalise

# Up to this many search matches are sorted directly; beyond it the query walks
# the sort index and tests each row against the match (see search_clause).
RARE_MATCH_LIMIT = 1_000
# How a common search's condition starts: the list walks its sort index and
# probes the match (ticket_list reads the groups of a search by it).
COMMON_MATCH = "+t.row_no IN ("


def search_clause(conn: Connection, text: str, region: str = "") -> tuple[str, list[Any]]:
    """Restrict the list to tickets matching a search.

    Words go to the word index; anything that looks like a code (a ticket number,
    phone, email, account: it has a digit, '@' or '-') also goes to the trigram
    index, which finds any fragment. A query that is a phone number is also
    looked up by its search keys (services.phone_search) in both indexes: the
    customer's phones and numbers written in the text, in whatever form. A
    rare match set is small, so it is listed
    and sorted. A common one (thousands of rows) would be slow to sort, so the
    query instead walks the sort column's index and keeps rows found in the
    match, which stops as soon as a page is full.
    """
    word_expr = fts_match_expression(text)
    code_expr = code_expression(text)
    phones = phone_query_keys(normalise(text), region)
    if phones:
        either = " OR ".join(f'"{key}"' for key in phones)
        word_expr = either if word_expr is None else f"({word_expr}) OR {either}"
        # Any fragment search: a key inside another finds all the longer one
        # does, and every form of the number ("+966…", "0…") holds the
        # shortest key; the typed form's own trigrams ("+96", "966" are in
        # every phone) would only make the match slower.
        inner = [k for k in phones if not any(o != k and o in k for o in phones)]
        code_expr = " OR ".join(f'"{key}"' for key in inner)
    sources = []
    params: list[Any] = []
    if word_expr is not None:
        sources.append("SELECT rowid FROM ticket_fts WHERE ticket_fts MATCH ?")
        params.append(word_expr)
    if code_expr is not None:
        sources.append("SELECT rowid FROM ticket_code_fts WHERE ticket_code_fts MATCH ?")
        params.append(code_expr)
    if not sources:
        return "0", []
    union = " UNION ".join(sources)
    if _common_as_typed(conn, text):
        return f"{COMMON_MATCH}{union})", params
    probe = conn.exec_driver_sql(
        f"SELECT rowid FROM ({union}) LIMIT {RARE_MATCH_LIMIT + 1}", tuple(params)
    ).all()
    if len(probe) <= RARE_MATCH_LIMIT:
        ids = json.dumps([r[0] for r in probe])
        return "t.row_no IN (SELECT value FROM json_each(?))", [ids]
    # "+" keeps the planner from driving the query by the match list (which
    # would sort every match); it walks the sort index and probes the set.
    return f"{COMMON_MATCH}{union})", params


def _common_as_typed(conn: Connection, text: str) -> bool:
    """Whether the words as typed, the last one whole, already match more than
    RARE_MATCH_LIMIT tickets: then the search (the last word a prefix, which
    finds at least those) is common too. A whole word's matches stream from
    the index (0.2 ms for a word in a tenth of a million tickets); a prefix's
    are all gathered before the first comes out (2.3 ms), so a common word
    is told from a rare one without that."""
    exact = fts_match_expression(text, prefix_last=False)
    if exact is None or exact == fts_match_expression(text):
        return False
    found = conn.exec_driver_sql(
        "SELECT count(*) FROM (SELECT rowid FROM ticket_fts WHERE ticket_fts MATCH ?"
        f" LIMIT {RARE_MATCH_LIMIT + 1})",
        (exact,),
    ).scalar_one()
    return int(found) > RARE_MATCH_LIMIT


def code_expression(text: str) -> str | None:
    # FTS5 reads a query string only up to a NUL ("unterminated string"), so a
    # NUL pasted into the search box must not reach it; nor may a quote.
    folded = normalise(text).replace('"', "").replace("\x00", "")
    if " " in folded and set(folded) <= set("0123456789 +()"):
        # A phone typed in groups ("050 123 45") is matched by its digits.
        folded = "".join(ch for ch in folded if ch.isdigit() or ch == "+")
    if len(folded) < 3 or not any(ch.isdigit() or ch in "@-+" for ch in folded):
        return None
    return '"' + folded + '"'
