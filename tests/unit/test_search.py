"""Search in the ticket list: every spelling of an Arabic word, English in any
case, the start of the last word, and fragments of ticket numbers, phones,
emails and account references; nothing a person types makes it fail."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from sqlalchemy import text

from desk_app.services import search_clause
from desk_app.services.context import WriteContext
from desk_app.services.intake import create_ticket
from desk_app.services.setup import BranchProfile, ensure_local_setup
from desk_app.services.text import isolate
from desk_app.services.ticket_list import SortColumn, TicketFilter, TicketQuery, count, fetch_page
from desk_app.services.tickets import change_fields
from desk_app.storage.db import Database, open_database
from tests.unit.helpers import FTS_NASTY, form

YEAR = 2026


@dataclass(frozen=True)
class Corpus:
    db: Database
    row: dict[str, int]  # name -> row_no
    number: dict[str, str]  # name -> ticket number


TICKETS = {
    "printer_ar": form(
        subject="الطَّابِعَة لا تَعمل",
        customer_name="أحمد علي",
        phone="0501234567",
        email="ahmad@example.com",
    ),
    "printer_ar2": form(subject="الطابعـــة معطلة", customer_name="إبراهيم"),
    "printer_en": form(
        subject="Printer JAMMED",
        description="Paper jam in tray",
        customer_name="Zainab",
        phone="+966 55 111 2222",
    ),
    "network": form(subject="مشكلة في الشبكة", customer_name="آمنة", account_ref="ACC-77812"),
    "digits": form(subject="رقم ٩٨٧٦٥ غير صحيح", customer_name=""),
    "deleted": form(subject="zebra crossing lights", customer_name="Zebra Ltd"),
    "edited": form(subject="old words here", customer_name=""),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Iterator[Corpus]:
    path = tmp_path_factory.mktemp("search") / "desk.sqlite3"
    shutil.copyfile(migrated_template, path)
    db = open_database(path)
    with db.writing() as session:
        ctx: WriteContext = ensure_local_setup(session, BranchProfile(), "agent1", "Agent One")
    ctx.now = lambda: datetime(YEAR, 5, 1, 9, 0, tzinfo=UTC)
    row, number = {}, {}
    with db.writing() as session:
        for name, f in TICKETS.items():
            created = create_ticket(session, ctx, f)
            row[name], number[name] = created.row_no, created.number
    with db.writing() as session:
        change_fields(session, ctx, _id(session, row["edited"]), {"subject": "new wording"})
        session.execute(
            text("UPDATE ticket SET deleted_at = '2026-05-02 00:00:00.000000' WHERE row_no = :r"),
            {"r": row["deleted"]},
        )
    yield Corpus(db, row, number)
    db.close()


def _id(session, row_no: int) -> str:  # type: ignore[no-untyped-def]
    return str(
        session.execute(text("SELECT id FROM ticket WHERE row_no = :r"), {"r": row_no}).scalar()
    )


def search(corpus: Corpus, typed: str, sort: SortColumn = SortColumn.LAST_ACTIVITY) -> set[str]:
    names = {v: k for k, v in corpus.row.items()}
    query = TicketQuery(TicketFilter(search=typed), sort)
    with corpus.db.reading() as session:
        page = fetch_page(session.connection(), query, limit=50)
        assert count(session.connection(), query.filter) == len(page.rows)
    return {names[r.row_no] for r in page.rows}


PRINTER_AR = {"printer_ar", "printer_ar2"}


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        # Arabic: harakat, tatweel, ta marbuta/ha, presentation forms, prefix
        ("الطابعة", PRINTER_AR),
        ("الطابعه", PRINTER_AR),
        ("الطَّابِعَة", PRINTER_AR),
        ("الطابعـــة", PRINTER_AR),
        ("ﺍﻟﻄﺎﺑﻌﺔ", PRINTER_AR),
        ("الطاب", PRINTER_AR),
        ("الطابعة معطلة", {"printer_ar2"}),
        ("تعمل", {"printer_ar"}),
        # alef forms in customer names
        ("احمد", {"printer_ar"}),
        ("أحمد", {"printer_ar"}),
        ("ابراهيم", {"printer_ar2"}),
        ("إبراهيم", {"printer_ar2"}),
        ("امنة", {"network"}),
        ("آمنه", {"network"}),
        # English, any case, prefix of the last word, across columns
        ("printer", {"printer_en"}),
        ("PRINTER", {"printer_en"}),
        ("jammed", {"printer_en"}),
        ("Jam", {"printer_en"}),
        ("paper TRAY", {"printer_en"}),
        ("zainab print", {"printer_en"}),
        ("printer network", set()),
        # digits in either script
        ("98765", {"digits"}),
        ("٩٨٧٦٥", {"digits"}),
        # edits reach the index; old words leave it
        ("wording", {"edited"}),
        ("old words", set()),
        # tombstones never appear
        ("zebra", set()),
        ("", set(TICKETS) - {"deleted"}),
        ("   ", set(TICKETS) - {"deleted"}),
    ],
)
def test_search_finds(corpus: Corpus, typed: str, found: set[str]) -> None:
    assert search(corpus, typed) == found


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("0501234", {"printer_ar"}),  # as typed, with the trunk zero
        ("٠٥٠١٢٣٤", {"printer_ar"}),  # Arabic-Indic digits
        ("+96650123", {"printer_ar"}),  # E.164
        ("1112222", {"printer_en"}),
        ("ahmad@exa", {"printer_ar"}),
        ("AHMAD@EXAMPLE.COM", {"printer_ar"}),
        ("acc-778", {"network"}),
        ("77812", {"network"}),
    ],
)
def test_search_finds_code_fragments(corpus: Corpus, typed: str, found: set[str]) -> None:
    assert search(corpus, typed) == found


def test_search_by_ticket_number(corpus: Corpus) -> None:
    number = corpus.number["printer_en"]
    assert number == f"HQ-{YEAR}-000003"
    for typed in (number, number.lower(), "000003", f"{YEAR}-000003", isolate(number)):
        assert search(corpus, typed) == {"printer_en"}, typed
    # a fragment shared by all numbers finds every live ticket
    assert search(corpus, f"HQ-{YEAR}") == set(TICKETS) - {"deleted"}


def test_nul_in_a_code_search_is_ignored(corpus: Corpus) -> None:
    """Regression: a NUL pasted with a number reached the trigram MATCH, which
    FTS5 rejects as an unterminated string, and the list failed to load."""
    assert search(corpus, "0501234\x00") == {"printer_ar"}
    assert search(corpus, "\x00000003") == {"printer_en"}


QUERIES = ["الطابعه", "printer", "الطاب", "0501234", f"HQ-{YEAR}-00000", "", "a"]


@pytest.mark.parametrize("sort", list(SortColumn))
def test_rare_and_common_strategies_agree(
    corpus: Corpus, monkeypatch: pytest.MonkeyPatch, sort: SortColumn
) -> None:
    """Below RARE_MATCH_LIMIT matches are listed and sorted; above it the sort
    index is walked. Both must give the same rows in the same order."""
    for typed in QUERIES:
        for descending in (False, True):
            query = TicketQuery(TicketFilter(search=typed), sort, descending)
            results = []
            for limit in (search_clause.RARE_MATCH_LIMIT, 1, 0):
                monkeypatch.setattr(search_clause, "RARE_MATCH_LIMIT", limit)
                with corpus.db.reading() as session:
                    conn = session.connection()
                    rows, after = [], None
                    while True:
                        page = fetch_page(conn, query, after=after, limit=2)
                        rows += [r.row_no for r in page.rows]
                        if page.next_key is None:
                            break
                        after = page.next_key
                    results.append((rows, count(conn, query.filter)))
                monkeypatch.undo()
            assert results[0] == results[1] == results[2], (typed, sort, descending)
            assert results[0][1] == len(results[0][0])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(typed=FTS_NASTY)
@example(typed='"')
@example(typed='a"b OR c')
@example(typed="-1")
@example(typed="subject:printer")
@example(typed="NEAR(a b)")
@example(typed="*")
@example(typed="12\x00")
@example(typed="\x00abc1")
@example(typed="@@@")
@example(typed="+966")
@example(typed="((()")
@example(typed="^printer")
def test_search_input_never_raises(corpus: Corpus, typed: str) -> None:
    with corpus.db.reading() as session:
        conn = session.connection()
        n = count(conn, TicketFilter(search=typed))
        page = fetch_page(conn, TicketQuery(TicketFilter(search=typed)), limit=50)
    assert n == len(page.rows)
    assert corpus.row["deleted"] not in {r.row_no for r in page.rows}


def test_arabic_word_without_the_article_finds_it(tmp_path):  # type: ignore[no-untyped-def]
    """Typing "طابعة" must find "الطابعة" and "بالطابعة": Arabic fuses the
    article and one-letter prepositions onto the word."""
    from desk_app.services.text import index_form

    assert "طابعه" in index_form("مشكلة بالطابعة").split()
    assert "طابعه" in index_form("الطّابعة").split()
    assert index_form("لله") == "لله", "a stem shorter than two letters is left alone"


# -- every fused prefix, and Latin letters without a decomposition ------------

PREFIXES = ("", "ال", "بال", "وال", "فال", "كال", "لل")
WORDS = ("طابعة", "شبكة", "حاسوب", "برنامج", "كهرباء")
LATIN = {"ł": "l", "ø": "o", "đ": "d", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th"}


@pytest.fixture(scope="module")
def prefixed(
    tmp_path_factory: pytest.TempPathFactory, migrated_template: Path
) -> Iterator[tuple[Database, dict[str, int]]]:
    """One ticket per prefix × word, and one per Latin letter and its plain form."""
    path = tmp_path_factory.mktemp("prefixed") / "desk.sqlite3"
    shutil.copyfile(migrated_template, path)
    db = open_database(path)
    with db.writing() as session:
        ctx: WriteContext = ensure_local_setup(session, BranchProfile(), "agent1", "Agent One")
    subjects = [f"مشكلة {p}{w} اليوم" for p in PREFIXES for w in WORDS]
    subjects += [f"Drukarka zqa{x}b" for pair in LATIN.items() for x in pair]
    rows = {}
    with db.writing() as session:
        for subject in subjects:
            rows[subject] = create_ticket(session, ctx, form(subject=subject)).row_no
    yield db, rows
    db.close()


def _rows(db: Database, typed: str) -> set[int]:
    with db.reading() as session:
        conn = session.connection()
        page = fetch_page(conn, TicketQuery(TicketFilter(search=typed)), limit=100)
        assert count(conn, TicketFilter(search=typed)) == len(page.rows)
    return {r.row_no for r in page.rows}


@pytest.mark.parametrize("typed_prefix", PREFIXES)
@pytest.mark.parametrize("word", WORDS)
def test_every_prefix_finds_the_word_with_every_prefix(
    prefixed: tuple[Database, dict[str, int]], typed_prefix: str, word: str
) -> None:
    """Query with or without the article (or a prefix fused with it) finds the
    text with or without any of them, and nothing else."""
    db, rows = prefixed
    expected = {rows[f"مشكلة {p}{word} اليوم"] for p in PREFIXES}
    assert _rows(db, typed_prefix + word) == expected
    assert _rows(db, f"مشكلة {typed_prefix}{word}") == expected


@pytest.mark.parametrize(("letter", "plain"), sorted(LATIN.items()))
def test_a_latin_letter_and_its_plain_form_find_each_other(
    prefixed: tuple[Database, dict[str, int]], letter: str, plain: str
) -> None:
    db, rows = prefixed
    both = {rows[f"Drukarka zqa{letter}b"], rows[f"Drukarka zqa{plain}b"]}
    for typed in (f"zqa{letter}b", f"zqa{plain}b", f"ZQA{letter.upper()}B"):
        assert _rows(db, typed) == both, typed
    assert _rows(db, f"zqa{letter}") >= both  # the start of the word, as typed


def test_dziala_finds_dziala_with_its_l_stroke(prefixed: tuple[Database, dict[str, int]]) -> None:
    db, _ = prefixed
    assert _rows(db, "dziala") == set()  # nothing of the kind yet
    with db.writing() as session:
        ctx = ensure_local_setup(session, BranchProfile(), "agent1", "Agent One")
    with db.writing() as session:
        row = create_ticket(session, ctx, form(subject="Drukarka nie DZIAŁA")).row_no
    assert _rows(db, "dziala") == {row}
    assert _rows(db, "Działa") == {row}
