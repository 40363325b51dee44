"""Search normalisation: one function folds both the index and the query, so
every spelling of an Arabic word a desk agent might type finds the others."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desk_app.services.text import (
    LRI,
    PDI,
    fts_match_expression,
    isolate,
    normalise,
    search_terms,
)
from tests.unit.helpers import FTS_NASTY


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        # harakat (fatha, damma, kasra, shadda, sukun, tanwin) and superscript alef
        ("الطَّابِعَةُ", "الطابعه"),
        ("كِتَابٌ", "كتاب"),
        ("مُحَمَّدٍ", "محمد"),
        ("هٰذا", "هذا"),
        # tatweel (kashida) used to stretch words
        ("الطابعـــة", "الطابعه"),
        ("مـحـمـد", "محمد"),
        # alef forms: hamza above/below, madda, wasla
        ("أحمد", "احمد"),
        ("إبراهيم", "ابراهيم"),
        ("آمنة", "امنه"),
        ("ٱلله", "الله"),
        # ta marbuta and alef maqsura
        ("مدرسة", "مدرسه"),
        ("مستشفى", "مستشفي"),
        # hamza on carriers
        ("مسؤول", "مسوول"),
        ("رئيس", "رييس"),
        # Persian keyboard letters
        ("کتاب", "كتاب"),
        ("علی", "علي"),
        # Arabic-Indic and Eastern Arabic-Indic (Persian) digits
        ("٠١٢٣٤٥٦٧٨٩", "0123456789"),
        ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),
        ("تذكرة رقم ١٢٣", "تذكره رقم 123"),
        # presentation forms, as PDFs and old systems produce them (NFKC)
        ("ﺍﻟﻄﺎﺑﻌﺔ", "الطابعه"),
        ("ﻻ", "لا"),
        ("ﬁle", "file"),
        ("１２３ＡＢＣ", "123abc"),
        # bidi controls never reach the index
        ("\u2068HQ-2026-000001\u2069", "hq-2026-000001"),
        ("\u200fعربي\u200e", "عربي"),
        ("\u202bx\u202c\u202d\u202e\u2066\u2067", "x"),
        # case folding, including the German sharp s and Turkish capital I
        ("PRINTER", "printer"),
        ("Straße", "strasse"),
        ("ΣΊΣΥΦΟΣ", "σίσυφοσ"),
        # whitespace runs collapse, ends are trimmed
        ("  a \t\n b\u00a0 c  ", "a b c"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_normalise_folds(typed: str, folded: str) -> None:
    assert normalise(typed) == folded


def test_all_spellings_of_a_word_meet() -> None:
    spellings = ["الطَّابِعَة", "الطابعة", "الطابعه", "الطابعـــة", "ﺍﻟﻄﺎﺑﻌﺔ", "\u200fالطابعة"]
    assert len({normalise(s) for s in spellings}) == 1


def test_composition_after_dropping_a_control() -> None:
    """Regression: 'e', LRM, combining acute folded to 'e\u0301' the first time
    and to 'é' the second, so a stored name never matched the typed one."""
    assert normalise("e\u200e\u0301") == normalise("é") == "é"
    assert normalise("e\u0640\u0301") == "é"


@settings(max_examples=400, deadline=None)
@given(st.text())
@example("e\u200e\u0301")
@example("ǰ")
@example("\u0130stanbul")
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once


_ARABIC = st.text(
    alphabet=st.sampled_from(
        "ابتثجحخدذرزسشصضطظعغفقكلمنهويأإآٱةىؤئ"
        "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640"
        "٠١٢٣٤٥٦٧٨٩ \u200e\u200f"
    )
)


@settings(max_examples=300, deadline=None)
@given(_ARABIC)
def test_normalised_arabic_has_no_marks_variants_or_controls(text: str) -> None:
    folded = normalise(text)
    assert normalise(folded) == folded
    for ch in "أإآٱةىؤئ\u0640\u200e\u200f":
        assert ch not in folded
    assert not any("\u064b" <= ch <= "\u065f" or ch == "\u0670" for ch in folded)
    assert not any("\u0660" <= ch <= "\u0669" for ch in folded)


def test_search_terms_are_words_in_order_without_repeats() -> None:
    assert search_terms("Printer, printer PRINTER! الطابعة-الطابعه") == ["printer", "الطابعه"]
    assert search_terms("--- :: @@") == []


def test_match_expression_quotes_every_term() -> None:
    assert fts_match_expression("hello world") == '"hello" AND "world"*'
    assert fts_match_expression("hello world", prefix_last=False) == '"hello" AND "world"'
    assert fts_match_expression('  "  ') is None
    assert fts_match_expression("") is None


def test_isolate_wraps_only_text() -> None:
    assert isolate("HQ-2026-000001") == f"{LRI}HQ-2026-000001{PDI}"
    assert isolate("") == ""
    assert normalise(isolate("abc")) == "abc"


@pytest.fixture(scope="module")
def fts() -> Iterator[sqlite3.Connection]:
    """The word index exactly as the migration creates it."""
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE VIRTUAL TABLE words USING fts5("
        "subject, description, customer, tokenize='unicode61 remove_diacritics 2')"
    )
    rows = [
        ("printer jammed", "paper jam near tray 2", "ahmad"),
        (normalise("الطَّابِعَة لا تعمل"), normalise("الورق عالق"), normalise("أحمد")),
        ("or near and not", '"quoted" text', "x"),
    ]
    conn.executemany("INSERT INTO words VALUES (?, ?, ?)", rows)
    yield conn
    conn.close()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(query=FTS_NASTY, prefix_last=st.booleans())
@example(query='a"b', prefix_last=True)
@example(query="-printer", prefix_last=True)
@example(query="subject:printer", prefix_last=True)
@example(query="a OR b NEAR(c d)", prefix_last=True)
@example(query="ahmad@example.com", prefix_last=True)
@example(query="*", prefix_last=True)
@example(query="_", prefix_last=True)
@example(query="(printer", prefix_last=False)
@example(query="x\x00y", prefix_last=True)
def test_match_expression_never_breaks_fts5(
    fts: sqlite3.Connection, query: str, prefix_last: bool
) -> None:
    expression = fts_match_expression(query, prefix_last=prefix_last)
    if expression is None:
        assert search_terms(query) == []
        return
    fts.execute("SELECT rowid FROM words WHERE words MATCH ?", (expression,)).fetchall()


@pytest.mark.parametrize(
    ("query", "row"),
    [
        ("printer", 1),
        ("PRINT", 1),  # prefix of the last word
        ("jam tray", 1),  # across columns
        ("الطابعه", 2),
        ("الطَّابِعَة", 2),
        ("الطاب", 2),
        ("احمد", 2),
        ("أحمد", 2),
        ("OR NEAR", 3),  # operators typed by the user are plain words
        ('"quoted', 3),
    ],
)
def test_match_expression_finds(fts: sqlite3.Connection, query: str, row: int) -> None:
    expression = fts_match_expression(query)
    assert expression is not None
    found = [
        r[0] for r in fts.execute("SELECT rowid FROM words WHERE words MATCH ?", (expression,))
    ]
    assert found == [row]
