"""Upkeep of the search indexes: merging their segments in idle time (see
migration 0003) and rebuilding them when the normaliser changes (0008)."""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from desk_app.services.search_reach import ASSIGNEE, SUBJECT, reach_words, subject_group

# Pages of merge work per table and call: a few milliseconds, small enough to
# run between an agent's actions without being noticed.
MERGE_PAGES = 200


def merge_some(session: Session, pages: int = MERGE_PAGES) -> bool:
    """Do a bounded amount of merging; False when there was nothing to merge.
    (FTS5 tells by the change count: a delta under two means no work done.)"""
    worked = False
    for table in ("ticket_fts", "ticket_code_fts"):
        before = session.connection().exec_driver_sql("SELECT total_changes()").scalar_one()
        session.execute(
            text(f"INSERT INTO {table}({table}, rank) VALUES ('merge', :n)"), {"n": pages}
        )
        after = session.connection().exec_driver_sql("SELECT total_changes()").scalar_one()
        worked = worked or int(after) - int(before) >= 2
    return worked


_INDEX_TRIGGER = "ticket_ai"
_TRIGGER_BODY = re.compile(r"\bBEGIN\b(.*)\bEND\s*$", re.S | re.I)
_VALUES_INSERT = re.compile(r"INSERT\s+INTO\s+(\w+)\s*\(([^)]*)\)\s*VALUES\s*\((.*)\)", re.S | re.I)


def trigger_inserts(trigger_sql: str) -> list[tuple[str, str, str]] | None:
    """(table, columns, value expressions) of each ``INSERT … VALUES`` in the
    search index trigger's body; None when the trigger has a shape this does
    not read. Both whole-table indexing paths (the rebuild below and the demo
    loader) replay these, so they index exactly as saves do."""
    body = _TRIGGER_BODY.search(trigger_sql)
    if body is None:
        return None
    inserts = []
    for part in body.group(1).split(";"):
        if not part.strip():
            continue
        match = _VALUES_INSERT.fullmatch(part.strip())
        if match is None:
            return None
        table, columns, values = match.groups()
        inserts.append((table, columns, values))
    return inserts


def _whole_table_statements(trigger_sql: str) -> list[tuple[str, str]]:
    """(table, statement) for each insert of the index trigger, turned from the
    one new row into every ticket: the same expressions and the same registered
    normalising functions, so the rebuilt index is exactly what saves write."""
    inserts = trigger_inserts(trigger_sql)
    if inserts is None:
        raise RuntimeError(f"cannot read the search index trigger: {trigger_sql!r}")
    return [
        (
            table,
            f"INSERT INTO {table} ({columns}) SELECT {values} FROM ticket AS new"
            " ORDER BY new.row_no",
        )
        for table, columns, values in inserts
    ]


def rebuild_search_index(conn: Connection) -> None:
    """Index every ticket afresh, after the normaliser's output changed: entries
    written by the old one would no longer match what queries now look for.

    Needs the connection's maktab_* functions (storage.db registers them on every
    connection). Runs in the caller's transaction; a failure leaves the old index."""
    trigger_sql = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_INDEX_TRIGGER,)
    ).scalar_one()
    statements = _whole_table_statements(str(trigger_sql))
    for table, _ in statements:
        conn.exec_driver_sql(f"DELETE FROM {table}")
    for table, statement in statements:
        conn.exec_driver_sql(statement)
        # One-off bulk load: merge it into one segment now rather than leaving
        # thousands of segments for idle merging.
        conn.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('optimize')")


# Tickets read and counted at a time when search_reach is filled: a few
# megabytes of counts, however large the desk.
REACH_FILL_CHUNK = 20_000
_REACH_ADD = (
    "INSERT INTO search_reach (kind, term, grp, n) VALUES (?, ?, ?, ?)"
    " ON CONFLICT (kind, term, grp) DO UPDATE SET n = n + excluded.n"
)


def fill_search_reach(conn: Connection | sqlite3.Connection, after_row_no: int = 0) -> None:
    """Count the words of every ticket after after_row_no into search_reach,
    as its triggers count them one by one (migration 0012; the demo loader
    runs its bulk load without them): for each word of reach_words, the
    ticket's assignee ('' for nobody) and its subject group."""
    raw = conn if isinstance(conn, sqlite3.Connection) else None

    def run(sql: str, params: tuple[Any, ...]) -> list[Any]:
        if raw is not None:
            return raw.execute(sql, params).fetchall()
        return list(conn.exec_driver_sql(sql, params).all())  # type: ignore[union-attr]

    last = after_row_no
    while True:
        rows = run(
            "SELECT row_no, subject, description, customer_name, ifnull(assignee_id, '')"
            " FROM ticket WHERE row_no > ? ORDER BY row_no LIMIT ?",
            (last, REACH_FILL_CHUNK),
        )
        if not rows:
            return
        counts: Counter[tuple[str, str, str]] = Counter()
        for _, subject, description, customer, assignee in rows:
            group = subject_group(subject)
            for word in reach_words(subject, description, customer):
                counts[ASSIGNEE, word, assignee] += 1
                counts[SUBJECT, word, group] += 1
        values = [(*key, n) for key, n in counts.items()]
        if raw is not None:
            raw.executemany(_REACH_ADD, values)
        else:
            conn.exec_driver_sql(_REACH_ADD, values)  # type: ignore[union-attr]
        last = rows[-1][0]
