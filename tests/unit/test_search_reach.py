"""A common search sorted by subject or assignee walks only the groups that
hold its words (services.search_reach, migration 0012): the same pages as the
plain walk, whatever was written, and the counts always what the tickets say."""

from __future__ import annotations

import shutil
import sqlite3
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, event

from desk_app.models import User
from desk_app.services import search_clause, search_reach, ticket_list
from desk_app.services.context import WriteContext
from desk_app.services.intake import create_ticket
from desk_app.services.search_reach import known_characters, query_words, reach_words
from desk_app.services.setup import BranchProfile, ensure_local_setup
from desk_app.services.text import index_form
from desk_app.services.ticket_list import (
    Keyset,
    SortColumn,
    TicketFilter,
    TicketQuery,
)
from desk_app.storage import migrate
from desk_app.storage.db import SCHEMA_HEAD, Database, make_engine, open_database
from tests.unit.helpers import form, later_ticket_columns

WORDS = ["الطابعة", "طابعات", "بالطابعة", "شبكة", "printer", "print", "network", "café", "x_y"]
# Subjects whose first characters differ and agree: short ones, empty, one
# group's prefix inside another's, harakat.
SUBJECTS = [
    "",
    "ab",
    "abc printer",
    "abd network",
    "a",
    "الطابعة لا تطبع",
    "الطَّابِعَة معطلة",
    "الشبكة بطيئة",
    "Zz café",
    "zz print",
    "network down",
    "شكوى الطابعة",
]
SEARCHES = ["الطابعة", "طابع", "print", "prin", "network print", "café", "cafe", "p", "شبكه"]
USERS = ["u1", "u2", "u3"]


def _expected_reach(conn: Connection) -> Counter[tuple[str, str, str]]:
    counts: Counter[tuple[str, str, str]] = Counter()
    rows = conn.exec_driver_sql(
        "SELECT subject, description, customer_name, ifnull(assignee_id, '') FROM ticket"
    ).all()
    for subject, description, customer, assignee in rows:
        for word in reach_words(subject, description, customer):
            counts["a", word, assignee] += 1
            counts["s", word, subject[:3]] += 1
    return counts


def _stored_reach(conn: Connection) -> Counter[tuple[str, str, str]]:
    rows = conn.exec_driver_sql("SELECT kind, term, grp, n FROM search_reach").all()
    assert all(n > 0 for *_, n in rows), "no count at zero or below is kept"
    return Counter({(k, t, g): n for k, t, g, n in rows})


def _walk(conn: Connection, query: TicketQuery, size: int) -> list[int]:
    rows: list[int] = []
    after: Keyset | None = None
    while True:
        page = ticket_list.fetch_page(conn, query, after, limit=size)
        rows.extend(r.row_no for r in page.rows)
        if page.next_key is None:
            return rows
        after = page.next_key
        assert len(rows) < 500


@pytest.fixture
def desk(tmp_path: Path, migrated_template: Path) -> Iterator[tuple[Database, WriteContext]]:
    path = tmp_path / "desk.sqlite3"
    shutil.copyfile(migrated_template, path)
    db = open_database(path)
    with db.writing() as s:
        ctx = ensure_local_setup(s, BranchProfile(), "agent1", "Agent One")
        for user in USERS:
            s.add(
                User(
                    id=user,
                    username=user,
                    display_name=user,
                    role="agent",
                    updated_at="0",
                    origin_client_id=ctx.client_id,
                    created_at=ctx.now(),
                )
            )
    try:
        yield db, ctx
    finally:
        db.close()


_OPS = st.lists(
    st.one_of(
        st.tuples(
            st.just("add"),
            st.sampled_from(SUBJECTS),
            st.sampled_from(WORDS),
            st.sampled_from([None, *USERS]),
        ),
        st.tuples(st.just("subject"), st.integers(0, 40), st.sampled_from(SUBJECTS)),
        st.tuples(st.just("description"), st.integers(0, 40), st.sampled_from(WORDS)),
        st.tuples(st.just("assignee"), st.integers(0, 40), st.sampled_from([None, *USERS])),
        st.tuples(st.just("tombstone"), st.integers(0, 40)),
        st.tuples(st.just("delete"), st.integers(0, 40)),
    ),
    min_size=5,
    max_size=40,
)


def _apply(db: Database, ctx: WriteContext, ops: list[tuple[Any, ...]]) -> None:
    for op in ops:
        with db.writing() as s:
            conn = s.connection()
            row_nos = [r[0] for r in conn.exec_driver_sql("SELECT row_no FROM ticket").all()]
            if op[0] == "add":
                created = create_ticket(
                    s,
                    ctx,
                    form(subject=op[1] or "-", description=op[2], assignee_id=op[3]),
                )
                if op[1] == "":
                    # Intake refuses an empty subject; sync may still bring one.
                    conn.exec_driver_sql(
                        "UPDATE ticket SET subject = '' WHERE row_no = ?", (created.row_no,)
                    )
                continue
            if not row_nos:
                continue
            row_no = row_nos[op[1] % len(row_nos)]
            if op[0] == "subject":
                sql, value = "UPDATE ticket SET subject = ? WHERE row_no = ?", op[2]
            elif op[0] == "description":
                sql, value = "UPDATE ticket SET description = ? WHERE row_no = ?", op[2]
            elif op[0] == "assignee":
                sql, value = "UPDATE ticket SET assignee_id = ? WHERE row_no = ?", op[2]
            elif op[0] == "tombstone":
                sql, value = "UPDATE ticket SET deleted_at = ? WHERE row_no = ?", "2026-01-01"
            else:
                # A purge (sync): the ticket and its journal go.
                conn.exec_driver_sql("DROP TRIGGER journal_no_delete")
                conn.exec_driver_sql(
                    "DELETE FROM ticket_journal WHERE ticket_id ="
                    " (SELECT id FROM ticket WHERE row_no = ?)",
                    (row_no,),
                )
                conn.exec_driver_sql("DELETE FROM outbox_op")
                conn.exec_driver_sql("DELETE FROM ticket WHERE row_no = ?", (row_no,))
                conn.exec_driver_sql(
                    "CREATE TRIGGER journal_no_delete BEFORE DELETE ON ticket_journal"
                    " BEGIN SELECT RAISE(ABORT, 'ticket_journal is append-only'); END"
                )
                continue
            conn.exec_driver_sql(sql, (value, row_no))


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(ops=_OPS, size=st.sampled_from([1, 2, 3, 7]))
def test_pages_by_group_are_the_plain_walks_pages(
    desk: tuple[Database, WriteContext],
    monkeypatch: pytest.MonkeyPatch,
    ops: list[tuple[Any, ...]],
    size: int,
) -> None:
    db, ctx = desk
    with db.writing() as s:
        conn = s.connection()
        conn.exec_driver_sql("DELETE FROM search_reach")
        conn.exec_driver_sql("DROP TRIGGER journal_no_delete")
        conn.exec_driver_sql("DELETE FROM ticket_journal")
        conn.exec_driver_sql("DELETE FROM outbox_op")
        conn.exec_driver_sql("DELETE FROM ticket")
        conn.exec_driver_sql(
            "CREATE TRIGGER journal_no_delete BEFORE DELETE ON ticket_journal"
            " BEGIN SELECT RAISE(ABORT, 'ticket_journal is append-only'); END"
        )
        assert _stored_reach(conn) == Counter()
    _apply(db, ctx, ops)
    # Every search walks (none is sorted as a short list).
    monkeypatch.setattr(search_clause, "RARE_MATCH_LIMIT", 0)
    grouped = ticket_list._reach_groups
    used: list[bool] = []

    def spy(*args: Any) -> list[str] | None:
        answer = grouped(*args)
        used.append(answer is not None)
        return answer

    with db.reading() as s:
        conn = s.connection()
        assert _stored_reach(conn) == +_expected_reach(conn)
        for typed in SEARCHES:
            for sort in (SortColumn.SUBJECT, SortColumn.ASSIGNEE):
                for descending in (True, False):
                    query = TicketQuery(TicketFilter(search=typed), sort, descending)
                    monkeypatch.setattr(ticket_list, "_reach_groups", lambda *_: None)
                    plain = _walk(conn, query, 1000)
                    monkeypatch.setattr(ticket_list, "_reach_groups", spy)
                    used.clear()
                    assert _walk(conn, query, size) == plain, (typed, sort, descending)
                    if plain:
                        assert any(used), "the walk by groups was taken"


def test_every_write_keeps_the_counts(db: Database, ctx: WriteContext) -> None:
    with db.writing() as s:
        for user in USERS:
            s.add(
                User(
                    id=user,
                    username=user,
                    display_name=user,
                    role="agent",
                    updated_at="0",
                    origin_client_id=ctx.client_id,
                    created_at=ctx.now(),
                )
            )
    ops: list[tuple[Any, ...]] = [
        ("add", "الطابعة لا تطبع", "printer", "u1"),
        ("add", "abc printer", "network", None),
        ("add", "abc printer", "network", "u1"),
    ]
    _apply(db, ctx, ops)

    def reach() -> Counter[tuple[str, str, str]]:
        with db.reading() as s:
            stored = _stored_reach(s.connection())
            assert stored == +_expected_reach(s.connection())
            return stored

    first = reach()
    assert first["a", "printer", "u1"] == 2
    assert first["a", "network", ""] == 1
    assert first["s", "طابعه", "الط"] == 1
    assert first["s", "network", "abc"] == 2
    for op in (
        ("assignee", 1, "u2"),  # reassigned: out of nobody's, into u2's
        ("subject", 2, "zz print"),  # another subject group
        ("description", 0, "café"),
        ("tombstone", 0),  # still indexed, as the word index keeps it
        ("delete", 1),
        ("delete", 0),
    ):
        _apply(db, ctx, [op])
        reach()
    last = reach()
    assert ("a", "network", "") not in last, "a count at zero is removed"
    assert all(term != "طابعه" for _, term, _ in last)


def test_known_characters_are_what_the_word_index_makes_of_them() -> None:
    """Every character search_reach keeps in a word is a word character of the
    index's tokenizer (over what the index is given, text.index_form), folded
    the same way; two others are not."""
    chars = known_characters()
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE f USING fts5(x, tokenize='unicode61 remove_diacritics 2')")
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(f, 'instance')")
    conn.executemany(
        "INSERT INTO f(rowid, x) VALUES (?, ?)",
        [(i, index_form(f"ab{ch}cd")) for i, ch in enumerate(chars)],
    )
    terms: dict[int, list[str]] = {}
    for doc, term in conn.execute("SELECT doc, term FROM v"):
        terms.setdefault(doc, []).append(term)
    for i, ch in enumerate(chars):
        assert sorted(terms[i]) == sorted(reach_words(f"ab{ch}cd")), hex(ord(ch))
    assert "ا" in chars and "é" in chars and "1" in chars
    assert "_" not in chars and "×" not in chars


def test_a_query_with_an_unknown_character_is_not_answered_from_it() -> None:
    assert query_words("الطَّابِعَة print") == [("طابعه", False), ("print", True)]
    assert query_words("x_y") is None
    assert query_words("abc1") is None, "the index also holds phone keys"
    assert query_words("naïve") == [("naive", True)]
    assert query_words("😀") is None
    assert search_reach.prefix_end("ab") == "ac"


def _plain_and_grouped(db: Database, query: TicketQuery, size: int) -> tuple[list[int], list[int]]:
    with db.reading() as s:
        conn = s.connection()
        grouped = _walk(conn, query, size)
        original = ticket_list._reach_groups
        try:
            ticket_list._reach_groups = lambda *_: None  # type: ignore[assignment]
            plain = _walk(conn, query, 1000)
        finally:
            ticket_list._reach_groups = original  # type: ignore[assignment]
    return plain, grouped


def test_upgrade_to_0012_counts_every_ticket_already_there(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    engine = make_engine(path)
    config = migrate.alembic_config()
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0011")
        conn.commit()
    engine.dispose()
    old = Database(path)  # opened without upgrading
    with later_ticket_columns(old), old.writing() as s:
        ctx = ensure_local_setup(s, BranchProfile(), "agent1", "Agent One")
        for i in range(30):
            create_ticket(
                s,
                ctx,
                form(subject=SUBJECTS[1 + i % (len(SUBJECTS) - 1)], description=WORDS[i % 8]),
            )
    old.close()
    db = open_database(path)
    try:
        with db.reading() as s:
            conn = s.connection()
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            assert revision == SCHEMA_HEAD
            assert _stored_reach(conn) == +_expected_reach(conn)
            triggers = {
                r[0]
                for r in conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger'"
                ).all()
            }
            assert {"ticket_reach_ai", "ticket_reach_au", "ticket_reach_ad"} <= triggers
        with db.writing() as s:
            create_ticket(s, ctx, form(subject="network down", description="printer"))
        search_clause.RARE_MATCH_LIMIT, limit = 0, search_clause.RARE_MATCH_LIMIT
        try:
            for sort in (SortColumn.SUBJECT, SortColumn.ASSIGNEE):
                plain, grouped = _plain_and_grouped(
                    db, TicketQuery(TicketFilter(search="printer"), sort), 2
                )
                assert grouped == plain and len(plain) > 3
        finally:
            search_clause.RARE_MATCH_LIMIT = limit
    finally:
        db.close()


def test_every_page_by_groups_reads_the_index_in_order(
    db: Database, ctx: WriteContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """First pages, pages resumed inside a group and pages crossing into the
    next groups all walk the groups' index: none sorts its rows."""
    with db.writing() as s:
        for i in range(9):
            subject = ("الطابعة رقم", "abc printer", "zz print")[i % 3]
            create_ticket(s, ctx, form(subject=f"{subject} {i}", description="printer"))
    monkeypatch.setattr(search_clause, "RARE_MATCH_LIMIT", 0)
    seen: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if "INDEXED BY ix_ticket_subject_group" in statement or (
            "INDEXED BY ix_ticket_assignee_sort" in statement
        ):
            seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        with db.reading() as s:
            conn = s.connection()
            for sort in (SortColumn.SUBJECT, SortColumn.ASSIGNEE):
                for descending in (True, False):
                    query = TicketQuery(TicketFilter(search="printer"), sort, descending)
                    assert len(_walk(conn, query, 2)) == 9
    finally:
        event.remove(db.engine, "before_cursor_execute", capture)
    assert len(seen) >= 20
    with db.reading() as s:
        for sort, index in (
            (SortColumn.SUBJECT, "ix_ticket_subject_group"),
            (SortColumn.ASSIGNEE, "ix_ticket_assignee_sort"),
        ):
            query = TicketQuery(TicketFilter(search="printer"), sort)
            plan = ticket_list.explain(s.connection(), query)
            assert plan[0].startswith(f"SEARCH t USING INDEX {index}"), plan
    assert any("IN (" in sql.split("ORDER BY")[0].split("MATCH")[-1] for sql, _ in seen)
    with db.reading() as s:
        conn = s.connection()
        for sql, parameters in seen:
            plan = [
                str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, parameters)
            ]
            assert plan[0].startswith("SEARCH t USING INDEX ix_ticket_"), plan
            assert not any("TEMP B-TREE" in step for step in plan), (sql, plan)


def test_the_demo_load_counts_every_ticket(tmp_path: Path) -> None:
    """The demo loads tickets without the per-row trigger and counts them once
    after; the result is what the triggers would have written."""
    from desk_app.admin import cli

    path = tmp_path / "demo.sqlite3"
    assert cli.main(["demo", "--tickets", "300", "--db", str(path), "--seed", "3"]) == 0
    db = open_database(path)
    try:
        with db.reading() as s:
            conn = s.connection()
            assert _stored_reach(conn) == +_expected_reach(conn)
            assert len(_stored_reach(conn)) > 100
            names = conn.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE name = 'ticket_reach_ai'"
            ).scalar()
            assert names == 1, "the trigger was suspended for the load only"
    finally:
        db.close()
