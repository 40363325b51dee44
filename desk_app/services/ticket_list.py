"""The ticket list query: filter, sort and search in SQL with keyset pagination.

Nothing here loads more than a page. Every sort column is served by an index
(tests check the query plans), so the first page of a million tickets costs the
same as the first page of a hundred.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection

from desk_app.models.enums import Status
from desk_app.models.tickets import (
    FOLLOW_UP_SORT,
    OPEN_CALL_BACKS_INDEX,
    OPEN_SORT_KEYS,
    OPEN_TICKETS,
    SLA_DUE_SORT,
)
from desk_app.services import metrics_drill, search_reach
from desk_app.services.metrics_types import Drill
from desk_app.services.phone_search import phone_query_keys
from desk_app.services.sla import Statuses
from desk_app.services.text import fts_match_expression, normalise

PAGE_SIZE = 100
# Up to this many search matches are sorted directly; beyond it the query walks
# the sort index and tests each row against the match (see _search_clause).
RARE_MATCH_LIMIT = 1_000
# Up to this many open tickets of the agents a list is filtered by are read
# and sorted rather than found along the sort's index (see _reads_own_tickets):
# about 40 ms at the limit, and never a long walk.
DRIVE_LIMIT = 20_000
UNASSIGNED = "__unassigned__"


class SortColumn(StrEnum):
    NUMBER = "number"
    PRIORITY = "priority"
    SUBJECT = "subject"
    CUSTOMER = "customer"
    STATUS = "status"
    QUEUE = "queue"
    ASSIGNEE = "assignee"
    CREATED = "created"
    LAST_ACTIVITY = "last_activity"
    SLA_DUE = "sla_due"
    FOLLOW_UP = "follow_up"
    TIER = "tier"


# The indexed expressions, on the alias "t" the list queries use.
_SLA_DUE = SLA_DUE_SORT.replace("(", "(t.", 1)
_FOLLOW_UP = FOLLOW_UP_SORT.replace("(", "(t.", 1)

# The statuses still being worked, and the same condition as the open tickets'
# partial indexes state it, on the alias "t".
OPEN_SET = frozenset(s.value for s in Status if s.is_open)
PAUSED = Statuses().paused
_OPEN_TERM = OPEN_TICKETS.replace("status", "t.status").replace("deleted_at", "t.deleted_at")

# The ORDER BY of each sort column, most significant first; the row number is
# always the final tie-breaker. Each tuple is exactly an index in the schema, so
# a page is an index range scan. Ties within a priority, status, queue or
# assignee come most recently active first, which is what a desk wants to see.
_SORT_SQL: dict[SortColumn, tuple[str, ...]] = {
    SortColumn.NUMBER: ("t.number",),
    SortColumn.PRIORITY: ("t.priority", "t.last_activity_at"),
    SortColumn.SUBJECT: ("t.subject",),
    SortColumn.CUSTOMER: ("t.customer_name",),
    SortColumn.STATUS: ("t.status", "t.last_activity_at"),
    SortColumn.QUEUE: ("ifnull(t.group_id, '')", "t.last_activity_at"),
    SortColumn.ASSIGNEE: ("ifnull(t.assignee_id, '')", "t.last_activity_at"),
    SortColumn.CREATED: ("t.created_at",),
    SortColumn.LAST_ACTIVITY: ("t.last_activity_at",),
    SortColumn.SLA_DUE: (_SLA_DUE, "t.last_activity_at"),
    SortColumn.FOLLOW_UP: (_FOLLOW_UP, "t.last_activity_at"),
    SortColumn.TIER: ("t.tier", "t.last_activity_at"),
}
# The latest escalation's kinds that bring a ticket into a queue (ticket
# columns kept by services.escalation_state).
_SENT_KINDS = "('functional', 'up')"


@dataclass(frozen=True)
class TicketFilter:
    statuses: frozenset[str] = frozenset()
    priorities: frozenset[int] = frozenset()
    group_ids: frozenset[str] = frozenset()
    assignee_ids: frozenset[str] = frozenset()  # may hold UNASSIGNED
    search: str = ""
    complaints_only: bool = False
    # A running SLA clock due by then (overdue ones included).
    sla_due_by: datetime | None = None
    # A running SLA clock due after then (not yet overdue, with sla_due_by=now).
    sla_due_after: datetime | None = None
    # A call-back planned for then or earlier.
    follow_up_due_by: datetime | None = None
    # Escalated into one of these queues (functional or up) and still there.
    escalated_to_queues: frozenset[str] = frozenset()
    # Whose attention a hierarchical escalation asks for, not yet answered.
    escalated_to_user: str | None = None
    # Returned (de-escalated) to one of these queues or to this person.
    returned_to_queues: frozenset[str] = frozenset()
    returned_to_user: str | None = None
    # The branch's phone region ("SA"): a number searched for in national
    # form is read with its rules. Not part of what the filter selects.
    phone_region: str = field(default="", compare=False)
    # Exactly the tickets behind one of the supervisor's figures
    # (services.metrics_drill); the caller shows every status with it.
    drill: Drill | None = None


@dataclass(frozen=True)
class TicketQuery:
    filter: TicketFilter = field(default_factory=TicketFilter)
    sort: SortColumn = SortColumn.LAST_ACTIVITY
    descending: bool = True

    def with_filter(self, **changes: Any) -> TicketQuery:
        return replace(self, filter=replace(self.filter, **changes))


@dataclass(frozen=True)
class TicketRow:
    """One line of the list: plain data, safe to hand to the GUI thread."""

    row_no: int
    id: str
    number: str
    subject: str
    customer_name: str
    status: str
    priority: int
    channel: str
    group_id: str | None
    assignee_id: str | None
    created_at: datetime
    last_activity_at: datetime
    complaint: bool = False
    sla_due_at: datetime | None = None
    sla_state: str = ""
    follow_up_next_at: datetime | None = None
    customer_phone: str = ""  # the number to call back
    tier: int = 1
    escalation_kind: str = ""  # the latest escalation's kind ("" none)


# Position of the page's last row in the sort order: its sort values, then row_no.
Keyset = tuple[Any, ...]


@dataclass(frozen=True)
class Page:
    rows: list[TicketRow]
    next_key: Keyset | None  # None when this was the last page


_COLUMNS = (
    "t.row_no, t.id, t.number, t.subject, t.customer_name, t.status, t.priority,"
    " t.channel, t.group_id, t.assignee_id, t.created_at, t.last_activity_at,"
    " t.complaint, t.sla_due_at, t.sla_state, t.follow_up_next_at,"
    # A page's few phones, each one primary-key lookup.
    " (SELECT cu.phone FROM customer AS cu WHERE cu.id = t.customer_id),"
    " t.tier, t.escalation_kind"
)


def _source(conn: Connection, query: TicketQuery, where: list[str]) -> str:
    """Which index a page reads. The open tickets' own index for their sort,
    named outright: the planner, weighing a small filter it cannot see
    through, would sometimes read a status range and sort it instead. Not with
    a search, whose matches are often a short list read directly."""
    if _escalation_filter(query.filter) and not query.filter.search.strip():
        # The escalated tickets are a few in a thousand: read them from their
        # own index and sort them, whatever the sort.
        return "ticket AS t INDEXED BY ix_ticket_escalated"
    if _OPEN_TERM not in where or query.filter.search.strip():
        return "ticket AS t"
    if query.filter.follow_up_due_by is not None and query.filter.assignee_ids:
        # Their call-backs due are a few of the agents' open tickets: read
        # those alone, in call-back order (the view's own sort needs no more).
        return f"ticket AS t INDEXED BY {OPEN_CALL_BACKS_INDEX}"
    if _reads_own_tickets(conn, query):
        return "ticket AS t INDEXED BY ix_ticket_open_assignee"
    if query.filter.sla_due_after is not None and query.filter.sla_due_by is not None:
        # A window of due times ("breaching soon": the next hour) holds a few
        # tickets: read them from the clocks' index and sort them, instead of
        # walking another sort's index past a million that are not due.
        return "ticket AS t INDEXED BY ix_ticket_open_sla_due"
    if query.filter.complaints_only and query.sort in _TEXT_SORT_INDEX:
        # Open complaints are a few in a hundred open tickets, and a text
        # sort's walk crosses the closed ones too: read them and sort.
        return "ticket AS t INDEXED BY ix_ticket_complaint_status"
    # Every sort has an index over the open tickets alone (models.tickets).
    return f"ticket AS t INDEXED BY ix_ticket_open_{query.sort.value}"


def _escalation_filter(f: TicketFilter) -> bool:
    return bool(
        f.escalated_to_queues
        or f.escalated_to_user is not None
        or f.returned_to_queues
        or f.returned_to_user is not None
    )


def _reads_own_tickets(conn: Connection, query: TicketQuery) -> bool:
    """Whether a page of an agent's own tickets is better read from the
    assignee index and sorted than found by walking the sort's index.

    Walking stops after a page, so it wins while the agent's tickets are
    spread along the sort: open tickets by due time, priority or number. It
    loses when most walked rows are then refused by a further condition (call
    backs due, complaints, a priority) or when the walk crosses closed tickets
    too (subject, customer): then it may read a hundred thousand rows for a
    page. Reading the agent's open tickets and sorting them costs their number
    however they lie, so it is chosen below DRIVE_LIMIT of them.
    """
    f = query.filter
    if not f.assignee_ids:
        return False
    further = (
        f.priorities
        or f.group_ids
        or f.complaints_only
        or (f.statuses and f.statuses != OPEN_SET)
        or (f.sla_due_by is not None and query.sort is not SortColumn.SLA_DUE)
        or (f.sla_due_after is not None and query.sort is not SortColumn.SLA_DUE)
        or (f.follow_up_due_by is not None and query.sort is not SortColumn.FOLLOW_UP)
    )
    if not further and query.sort.value in OPEN_SORT_KEYS:
        return False
    assignees = _assignee_keys(f)
    held = conn.exec_driver_sql(
        "SELECT count(*) FROM (SELECT 1 FROM ticket AS t INDEXED BY ix_ticket_open_assignee"
        f" WHERE {_OPEN_TERM} AND ifnull(t.assignee_id, '') IN ({','.join('?' * len(assignees))})"
        f" LIMIT {DRIVE_LIMIT + 1})",
        tuple(assignees),
    ).scalar_one()
    return int(held) <= DRIVE_LIMIT


_TEXT_SORT_INDEX = {
    SortColumn.SUBJECT: "ix_ticket_subject",
    SortColumn.CUSTOMER: "ix_ticket_customer_name",
}


def fetch_page(
    conn: Connection, query: TicketQuery, after: Keyset | None = None, limit: int = PAGE_SIZE
) -> Page:
    query = _as_ordered(query)
    keys = (*_SORT_SQL[query.sort], "t.row_no")
    where, params = _filter_clauses(conn, query.filter)
    groups = _reach_groups(conn, query, where)
    if groups is not None:
        return _fetch_by_groups(conn, query, keys, where, params, groups, after, limit)
    if after is not None:
        op = "<" if query.descending else ">"
        where.append(f"({', '.join(keys)}) {op} ({', '.join('?' * len(keys))})")
        params.extend(after)
    params.append(limit + 1)
    raw = conn.exec_driver_sql(_select(conn, query, keys, where), tuple(params)).all()
    more = len(raw) > limit
    raw = raw[:limit]
    width = len(keys)
    next_key = tuple(raw[-1][-width:]) if more and raw else None
    return Page([_row(r) for r in raw], next_key)


# The sorts whose order follows a search word's groups (services.search_reach):
# the group expression (the first of the sort's keys, or a prefix of it) and
# the index that reads the groups in the sort's order.
_REACH_SORTS: dict[SortColumn, tuple[str, str, str]] = {
    SortColumn.ASSIGNEE: (
        search_reach.ASSIGNEE,
        "ifnull(t.assignee_id, '')",
        "ix_ticket_assignee_sort",
    ),
    SortColumn.SUBJECT: (
        search_reach.SUBJECT,
        search_reach.SUBJECT_GROUP_SQL.replace("subject", "t.subject"),
        "ix_ticket_subject_group",
    ),
}
# A last word typed so far that begins more than this many words' rows of
# search_reach is too short to be worth reading them: the list walks as before.
REACH_SCAN_LIMIT = 5_000
_COMMON_MATCH = "+t.row_no IN ("


def _reach_groups(conn: Connection, query: TicketQuery, where: list[str]) -> list[str] | None:
    """The groups of the sort (assignees, subject groups) holding every word
    of a common search, or None when the page is read as any other.

    A common word sorted by subject or assignee clusters: walking the sort's
    index, a page could cross a few hundred thousand tickets without it. Only
    a search alone (no other filter), of words only (a number or phone keeps
    its own path), found by the walk (a rare one is sorted directly)."""
    reach = _REACH_SORTS.get(query.sort)
    f = query.filter
    if reach is None or replace(f, search="") != TicketFilter():
        return None
    if not where[-1].startswith(_COMMON_MATCH) or _code_expression(f.search) is not None:
        return None
    if phone_query_keys(normalise(f.search), f.phone_region):
        return None
    words = search_reach.query_words(f.search)
    if words is None:
        return None
    kind = reach[0]
    found: set[str] | None = None
    for word, prefix in words:
        if prefix:
            rows = conn.exec_driver_sql(
                "SELECT grp FROM search_reach WHERE kind = ? AND term >= ? AND term < ?"
                f" LIMIT {REACH_SCAN_LIMIT + 1}",
                (kind, word, search_reach.prefix_end(word)),
            ).all()
            if len(rows) > REACH_SCAN_LIMIT:
                return None
        else:
            rows = conn.exec_driver_sql(
                "SELECT grp FROM search_reach WHERE kind = ? AND term = ?", (kind, word)
            ).all()
        held = {str(r[0]) for r in rows}
        found = held if found is None else found & held
    return sorted(found or ())


def _fetch_by_groups(
    conn: Connection,
    query: TicketQuery,
    keys: tuple[str, ...],
    where: list[str],
    params: list[Any],
    groups: list[str],
    after: Keyset | None,
    limit: int,
    plans: list[str] | None = None,
) -> Page:
    """A page of a search sorted by assignee or subject, walking only the
    groups that hold its words, in the sort's order (the same rows and order
    as the plain walk: a skipped group holds no match).

    The walk orders by the group, then the sort's keys: for the assignee the
    group is the first key itself; for the subject it is the subject's first
    characters, which orders as the subject does. A page after a key first
    finishes the key's own group from the key on (an index seek), then reads
    the later groups."""
    _, group_sql, index = _REACH_SORTS[query.sort]
    # The assignee is the sort's first key; the subject group a prefix of it.
    prefixed = keys[0] != group_sql
    order = (group_sql, *keys) if prefixed else keys
    direction = " DESC" if query.descending else " ASC"
    op = "<" if query.descending else ">"
    # The keys after the group's: where to resume inside the key's group.
    within = order[1:]
    raw: list[Any] = []
    later = groups
    if after is not None:
        key_group = search_reach.subject_group(str(after[0])) if prefixed else str(after[0])
        tail = tuple(after) if prefixed else tuple(after[1:])
        if query.descending:
            later = [g for g in groups if g < key_group]
        else:
            later = [g for g in groups if g > key_group]
        if key_group in groups:
            raw = _group_rows(
                conn,
                [
                    *where,
                    f"{group_sql} = ?",
                    f"({', '.join(within)}) {op} ({', '.join('?' * len(within))})",
                ],
                [*params, key_group, *tail],
                index,
                # Not the group, which is fixed: SQLite 3.40 would then sort
                # the group's rest instead of reading it in index order.
                within,
                keys,
                direction,
                limit + 1,
                plans,
            )
    if len(raw) <= limit and later:
        marks = ",".join("?" * len(later))
        raw += _group_rows(
            conn,
            [*where, f"{group_sql} IN ({marks})"],
            [*params, *later],
            index,
            # One group is an equality to SQLite, ordered as the key's group.
            order if len(later) > 1 else within,
            keys,
            direction,
            limit + 1 - len(raw),
            plans,
        )
    more = len(raw) > limit
    raw = raw[:limit]
    width = len(keys)
    next_key = tuple(raw[-1][-width:]) if more and raw else None
    return Page([_row(r) for r in raw], next_key)


def _group_rows(
    conn: Connection,
    where: list[str],
    params: list[Any],
    index: str,
    order: tuple[str, ...],
    keys: tuple[str, ...],
    direction: str,
    limit: int,
    plans: list[str] | None = None,
) -> list[Any]:
    sql = (
        f"SELECT {_COLUMNS}, {', '.join(keys)} FROM ticket AS t INDEXED BY {index}"
        f" WHERE {' AND '.join(where)} ORDER BY {', '.join(k + direction for k in order)} LIMIT ?"
    )
    if plans is not None:
        explained = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, (*params, limit))
        plans.extend(str(r[-1]) for r in explained.all())
    return list(conn.exec_driver_sql(sql, (*params, limit)).all())


def _as_ordered(query: TicketQuery) -> TicketQuery:
    """The same order, said in the sort that reads it fastest. A waiting
    ticket's clocks are paused and have no due time (services.sla), so waiting
    tickets by due time fall back to their last activity, which its own index
    reads directly instead of walking past every running clock."""
    statuses = query.filter.statuses
    if query.sort is SortColumn.SLA_DUE and statuses and statuses <= PAUSED:
        return replace(query, sort=SortColumn.LAST_ACTIVITY)
    return query


def _select(conn: Connection, query: TicketQuery, keys: tuple[str, ...], where: list[str]) -> str:
    direction = " DESC" if query.descending else " ASC"
    order = ", ".join(k + direction for k in keys)
    return (
        f"SELECT {_COLUMNS}, {', '.join(keys)} FROM {_source(conn, query, where)}"
        f" WHERE {' AND '.join(where)} ORDER BY {order} LIMIT ?"
    )


def count(conn: Connection, ticket_filter: TicketFilter) -> int:
    if ticket_filter == TicketFilter():
        # Every live ticket: all rows (read from the smallest index) less the
        # tombstones (a partial index of their own), not a scan of a million.
        sql = (
            "SELECT (SELECT count(*) FROM ticket)"
            " - (SELECT count(*) FROM ticket WHERE deleted_at IS NOT NULL)"
        )
        return int(conn.exec_driver_sql(sql).scalar_one())
    where, params = _filter_clauses(conn, ticket_filter)
    sql = f"SELECT count(*) FROM ticket AS t WHERE {' AND '.join(where)}"
    return int(conn.exec_driver_sql(sql, tuple(params)).scalar_one())


def explain(conn: Connection, query: TicketQuery) -> list[str]:
    """The query plan of the first page (for tests and benchmarks)."""
    query = _as_ordered(query)
    keys = (*_SORT_SQL[query.sort], "t.row_no")
    where, params = _filter_clauses(conn, query.filter)
    groups = _reach_groups(conn, query, where)
    if groups is not None:
        plans: list[str] = []
        _fetch_by_groups(conn, query, keys, where, params, groups, None, PAGE_SIZE, plans)
        return plans
    sql = "EXPLAIN QUERY PLAN " + _select(conn, query, keys, where)
    return [str(r[-1]) for r in conn.exec_driver_sql(sql, (*params, PAGE_SIZE)).all()]


def _assignee_keys(f: TicketFilter) -> list[str]:
    # As the assignee indexes store them: nobody is ''.
    return sorted({"" if a == UNASSIGNED else a for a in f.assignee_ids})


def _filter_clauses(conn: Connection, f: TicketFilter) -> tuple[list[str], list[Any]]:
    where = ["t.deleted_at IS NULL"]
    params: list[Any] = []
    if f.statuses and f.statuses <= OPEN_SET:
        # Word for word as the open tickets' partial indexes say it, so a page
        # walks only those; a narrower choice of statuses is added below.
        where[0] = _OPEN_TERM
    # Queue and assignee are compared as the sort indexes store them (no queue
    # or nobody is ''), so those indexes, the open tickets' included, serve the
    # filter and the navigator's counts without reading the rows.
    assignees = _assignee_keys(f)
    for column, values in (
        ("t.status", f.statuses if f.statuses != OPEN_SET else frozenset()),
        ("t.priority", f.priorities),
        ("ifnull(t.group_id, '')", f.group_ids),
        ("ifnull(t.assignee_id, '')", assignees),
    ):
        if values:
            where.append(f"{column} IN ({','.join('?' * len(values))})")
            params.extend(sorted(values, key=str))
    if f.complaints_only:
        # A literal, so the partial index of complaints can serve it.
        where.append("t.complaint = 1")
    for expression, moment in ((_SLA_DUE, f.sla_due_by), (_FOLLOW_UP, f.follow_up_due_by)):
        if moment is not None:
            # The sort expression itself, so its index serves the range.
            where.append(f"{expression} <= ?")
            params.append(_stored_time(moment))
    if f.sla_due_after is not None:
        # A range on the same expression; a ticket with no running clock
        # sorts last in it and is no clock due "later".
        where.append(f"{_SLA_DUE} > ? AND t.sla_due_at IS NOT NULL")
        params.append(_stored_time(f.sla_due_after))
    _escalation_clauses(f, where, params)
    if f.drill is not None:
        try:
            clause, drill_params = metrics_drill.clause(f.drill)
        except metrics_drill.UnknownDrill:
            # A figure this desk cannot name (from a newer version): no guess.
            clause, drill_params = "0 = 1", []
        where.append(clause)
        params.extend(drill_params)
    if f.search.strip():
        clause, search_params = _search_clause(conn, f.search, f.phone_region)
        where.append(clause)
        params.extend(search_params)
    return where, params


def _escalation_clauses(f: TicketFilter, where: list[str], params: list[Any]) -> None:
    """Each names the latest escalation's kind, so the index of escalated
    tickets (escalation_kind IS NOT NULL) serves it."""
    if f.escalated_to_queues:
        marks = ",".join("?" * len(f.escalated_to_queues))
        where.append(f"t.escalation_kind IN {_SENT_KINDS} AND t.escalated_queue_id IN ({marks})")
        params.extend(sorted(f.escalated_to_queues))
    if f.escalated_to_user is not None:
        where.append("t.escalation_kind = 'hierarchical' AND t.escalated_to_user_id = ?")
        params.append(f.escalated_to_user)
    if f.returned_to_queues or f.returned_to_user is not None:
        queues = sorted(f.returned_to_queues)
        either = []
        if queues:
            either.append(f"t.escalated_queue_id IN ({','.join('?' * len(queues))})")
            params.extend(queues)
        if f.returned_to_user is not None:
            either.append("t.assignee_id = ?")
            params.append(f.returned_to_user)
        where.append(f"t.escalation_kind = 'returned' AND ({' OR '.join(either)})")


def _search_clause(conn: Connection, text: str, region: str = "") -> tuple[str, list[Any]]:
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
    code_expr = _code_expression(text)
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
        return f"+t.row_no IN ({union})", params
    probe = conn.exec_driver_sql(
        f"SELECT rowid FROM ({union}) LIMIT {RARE_MATCH_LIMIT + 1}", tuple(params)
    ).all()
    if len(probe) <= RARE_MATCH_LIMIT:
        ids = json.dumps([r[0] for r in probe])
        return "t.row_no IN (SELECT value FROM json_each(?))", [ids]
    # "+" keeps the planner from driving the query by the match list (which
    # would sort every match); it walks the sort index and probes the set.
    return f"+t.row_no IN ({union})", params


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


def _code_expression(text: str) -> str | None:
    # FTS5 reads a query string only up to a NUL ("unterminated string"), so a
    # NUL pasted into the search box must not reach it; nor may a quote.
    folded = normalise(text).replace('"', "").replace("\x00", "")
    if " " in folded and set(folded) <= set("0123456789 +()"):
        # A phone typed in groups ("050 123 45") is matched by its digits.
        folded = "".join(ch for ch in folded if ch.isdigit() or ch == "+")
    if len(folded) < 3 or not any(ch.isdigit() or ch in "@-+" for ch in folded):
        return None
    return '"' + folded + '"'


def _row(r: Any) -> TicketRow:
    return TicketRow(
        row_no=r[0],
        id=r[1],
        number=r[2],
        subject=r[3],
        customer_name=r[4],
        status=r[5],
        priority=r[6],
        channel=r[7],
        group_id=r[8],
        assignee_id=r[9],
        created_at=_utc(r[10]),
        last_activity_at=_utc(r[11]),
        complaint=bool(r[12]),
        sla_due_at=None if r[13] is None else _utc(r[13]),
        sla_state=r[14] or "",
        follow_up_next_at=None if r[15] is None else _utc(r[15]),
        customer_phone=r[16] or "",
        tier=int(r[17]) if r[17] is not None else 1,
        escalation_kind=r[18] or "",
    )


def _stored_time(moment: datetime) -> str:
    """A moment as the database keeps it (naive UTC text), for comparisons
    written in plain SQL."""
    if moment.tzinfo is None:
        raise ValueError("a list filter needs an aware datetime")
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def _utc(value: str | datetime) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return moment.replace(tzinfo=UTC)
