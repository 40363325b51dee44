"""desk-admin init-db and demo: what they write, and how they fail."""

from __future__ import annotations

import re
import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from desk_app.admin import cli, demo, demo_articles
from desk_app.models import OutboxOp, Ticket, TicketNumberSeries
from desk_app.services.hlc import Timestamp
from desk_app.services.intake import IntakeForm, create_ticket
from desk_app.services.numbering import format_number
from desk_app.services.setup import BranchProfile, ensure_local_setup
from desk_app.services.ticket_list import TicketFilter, TicketQuery, count, fetch_page
from desk_app.storage import db as storage
from desk_app.storage.db import open_database

TICKETS = 250
_MARKS = re.compile("[\u064b-\u0652\u0640]")


@pytest.fixture(autouse=True)
def _own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Keep the developer's own settings and database out of the tests.
    monkeypatch.setenv("MAKTAB_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("MAKTAB_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("MAKTAB_SITE_CONFIG", str(tmp_path / "site.json"))
    monkeypatch.setenv("USER", "tester")


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    assert cli.main(["demo", "--tickets", str(TICKETS), "--db", str(path), "--seed", "7"]) == 0
    return path


def _scalar(path: Path, sql: str) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute(sql).fetchone()[0])


def test_init_db_uses_the_settings_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["init-db"]) == 0
    expected = tmp_path / "data" / "maktab.sqlite3"
    assert expected.exists()
    assert str(expected.resolve()) in capsys.readouterr().out
    assert _scalar(expected, "SELECT count(*) FROM desk_group") > 0


def test_demo_writes_complete_synced_rows_and_no_outbox(demo_db: Path) -> None:
    assert _scalar(demo_db, "SELECT count(*) FROM ticket") == TICKETS
    assert _scalar(demo_db, "SELECT count(*) FROM ticket_journal WHERE kind = 'created'") == TICKETS
    assert _scalar(demo_db, "SELECT count(*) FROM ticket_journal") > TICKETS
    assert _scalar(demo_db, "SELECT count(*) FROM ticket_fts") == TICKETS
    assert _scalar(demo_db, "SELECT count(*) FROM ticket_code_fts") == TICKETS
    assert _scalar(demo_db, "SELECT count(*) FROM customer") >= 30
    assert _scalar(demo_db, "SELECT count(*) FROM asset") > 0
    assert _scalar(demo_db, "SELECT count(*) FROM app_user") > 10
    assert _scalar(demo_db, "SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'ticket'") > 0
    # The index trigger was suspended for the load only.
    assert _scalar(demo_db, "SELECT count(*) FROM sqlite_master WHERE name = 'ticket_ai'") == 1

    db = open_database(demo_db)
    try:
        with db.reading() as session:
            assert session.scalars(select(OutboxOp)).first() is None
            client_id = session.execute(select(Ticket.origin_client_id).limit(1)).scalar_one()
            for ticket in session.scalars(select(Ticket)):
                assert uuid.UUID(ticket.id).version == 7
                assert Timestamp.decode(ticket.updated_at).node == client_id
                assert ticket.created_at.tzinfo is UTC
                assert ticket.created_at <= ticket.last_activity_at <= datetime.now(UTC)
                assert (ticket.closed_at is not None) == (ticket.status in ("resolved", "closed"))
                assert re.fullmatch(r"HQ-20\d\d-\d{6}", ticket.number)
    finally:
        db.close()


def test_new_intake_continues_the_demo_numbering(demo_db: Path) -> None:
    db = open_database(demo_db)
    try:
        with db.writing() as session:
            ctx = ensure_local_setup(session, BranchProfile(), "tester", "Tester")
            year = ctx.now().year
            series = session.get(TicketNumberSeries, (ctx.number_prefix, year))
            assert series is not None and series.last_value > 0
            last = series.last_value
            demo_numbers = set(session.scalars(select(Ticket.number)))
            assert format_number(ctx.number_prefix, year, last) in demo_numbers
            created = create_ticket(session, ctx, IntakeForm(subject="الطابعة لا تعمل"))
        assert created.number == format_number(ctx.number_prefix, year, last + 1)
        assert created.number not in demo_numbers
    finally:
        db.close()


def test_arabic_search_finds_demo_tickets_however_they_were_typed(demo_db: Path) -> None:
    db = open_database(demo_db)
    try:
        with db.engine.connect() as conn:
            query = TicketQuery().with_filter(search="الطَّابِعَة")
            page = fetch_page(conn, query)
            assert page.rows
            like = conn.exec_driver_sql(
                "SELECT count(*) FROM ticket WHERE subject LIKE '%الطابعة%'"
                " OR description LIKE '%الطابعة%'"
            ).scalar_one()
            assert count(conn, query.filter) >= like > 0

            # A subject written with harakat or tatweel is found by its plain form.
            typed = conn.exec_driver_sql("SELECT row_no, subject FROM ticket").all()
            decorated = [(row_no, s) for row_no, s in typed if _MARKS.search(s)]
            assert decorated, "the demo data should contain Arabic typed with marks"
            row_no, subject = decorated[0]
            plain = _MARKS.sub("", subject)
            found = fetch_page(conn, TicketQuery(filter=TicketFilter(search=plain)), limit=500)
            assert row_no in {r.row_no for r in found.rows}
    finally:
        db.close()


def test_if_empty_does_nothing_the_second_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "once.sqlite3"
    args = ["demo", "--if-empty", "--tickets", "40", "--db", str(path)]
    assert cli.main(args) == 0
    assert cli.main(args) == 0
    assert _scalar(path, "SELECT count(*) FROM ticket") == 40
    assert "skipped" in capsys.readouterr().out


def test_demo_twice_without_if_empty_adds_and_keeps_numbers_unique(tmp_path: Path) -> None:
    path = tmp_path / "twice.sqlite3"
    for _ in range(2):
        assert cli.main(["demo", "--tickets", "30", "--db", str(path)]) == 0
    assert _scalar(path, "SELECT count(DISTINCT number) FROM ticket") == 60
    assert _scalar(path, "SELECT count(*) FROM app_user WHERE username = 'n.alotaibi'") == 1


@pytest.mark.parametrize("bad", ["-5", "many", "2.5", "5000001"])
def test_bad_ticket_count_is_a_usage_error(bad: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["demo", "--tickets", bad, "--db", "unused.sqlite3"])
    assert exit_info.value.code == 2
    assert "--tickets" in capsys.readouterr().err


def test_damaged_database_is_reported_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "damaged.sqlite3"
    path.write_bytes(b"this is not a database" * 1000)
    assert cli.main(["demo", "--tickets", "10", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert "damaged" in err and "Traceback" not in err


def test_locked_database_is_reported_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "locked.sqlite3"
    assert cli.main(["init-db", "--db", str(path)]) == 0
    monkeypatch.setattr(storage, "BUSY_TIMEOUT_MS", 100)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        assert cli.main(["demo", "--tickets", "10", "--db", str(path)]) == 1
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    err = capsys.readouterr().err
    assert "locked" in err and "Traceback" not in err


def test_bulk_index_statements_follow_the_trigger() -> None:
    sql = (
        "CREATE TRIGGER t AFTER INSERT ON ticket BEGIN"
        " INSERT INTO a(rowid, x)"
        " VALUES (new.row_no, f(new.x, (SELECT y FROM c WHERE id = new.c)));"
        " INSERT INTO b(rowid, z) VALUES (new.row_no, new.z); END"
    )
    statements = demo.bulk_index_statements(sql)
    assert statements == [
        "INSERT INTO a (rowid, x) SELECT new.row_no, f(new.x, (SELECT y FROM c WHERE id = new.c))"
        " FROM ticket AS new WHERE new.row_no > ? ORDER BY new.row_no",
        "INSERT INTO b (rowid, z) SELECT new.row_no, new.z"
        " FROM ticket AS new WHERE new.row_no > ? ORDER BY new.row_no",
    ]
    assert (
        demo.bulk_index_statements(
            "CREATE TRIGGER t AFTER INSERT ON ticket BEGIN DELETE FROM a; END"
        )
        is None
    )


def test_demo_adds_knowledge_base_articles_once(demo_db: Path) -> None:
    assert _scalar(demo_db, "SELECT count(*) FROM kb_article WHERE status = 'published'") >= 5
    assert _scalar(demo_db, "SELECT count(*) FROM kb_article WHERE status = 'draft'") >= 1
    from desk_app.services import knowledge as kb

    db = open_database(demo_db)
    try:
        with db.reading() as session:
            (first, *_) = kb.suggest(session, "the printer does not print", "en")
            assert first.title == "The printer does not print"
    finally:
        db.close()
    assert cli.main(["demo", "--tickets", "0", "--db", str(demo_db)]) == 0
    assert _scalar(demo_db, "SELECT count(*) FROM kb_article") == len(demo_articles.ARTICLES)
