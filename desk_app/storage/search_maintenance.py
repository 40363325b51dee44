"""Merging the search indexes' segments in idle time (see migration 0003)."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

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
