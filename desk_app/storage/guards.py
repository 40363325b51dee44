"""Lifting an append-only table's guards for a rewrite that keeps its meaning.

The journal refuses updates (triggers that RAISE before an update) so history
is never edited. Two rewrites keep each entry the same entry and are allowed:
re-keying the ids it names to the server's (first sign-in) and re-stamping
entries the server refused for a clock that ran ahead (no replica has them).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.orm import Session


@contextmanager
def update_guards_lifted(session: Session, table_name: str) -> Iterator[None]:
    """Drop ``table_name``'s update-refusing triggers and re-create them after,
    in the caller's transaction: DDL is transactional in SQLite, so if
    anything fails the guards were never gone."""
    guards = session.execute(
        text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t"
            " AND upper(sql) LIKE '%BEFORE UPDATE%' AND upper(sql) LIKE '%RAISE%'"
        ),
        {"t": table_name},
    ).all()
    for name, _sql in guards:
        session.execute(text(f'DROP TRIGGER "{name}"'))
    try:
        yield
    finally:
        for _name, sql in guards:
            session.execute(text(str(sql)))
