"""The printed report, read back: its text extracted by QtPdf (Arabic
presentation forms NFKC-normalised) holds the branch, the title, the figures
in the locale's digits and "page N of M", in reading order; a long table
repeats its header on the next page; an empty period says so; a page renders
to a picture with ink on it. Run in Arabic and English."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor
from PySide6.QtPdf import QPdfDocument

from desk_app.services.metrics_types import Dimension
from desk_app.ui.report_content import Directory, Named, ReportContent
from desk_app.ui.report_pdf import ReportPages, write_pdf
from desk_app.ui.report_preview import page_images
from desk_app.ui.report_words import ReportText
from tests.report_sample import empty_dashboard, sample_dashboard

NOW = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)
DIRECTORY = Directory(
    branch=Named("Riyadh branch", "فرع الرياض"),
    people={f"agent-{i}": Named(f"Agent {i}", f"الموظف {i}") for i in range(80)},
)


def normalised(text: str) -> str:
    """Presentation forms back to letters; bidi marks and spacing dropped."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return " ".join(text.split())


def pdf_pages(path: Path) -> list[str]:
    document = QPdfDocument()
    document.load(str(path))
    try:
        return [normalised(document.getAllText(i).text()) for i in range(document.pageCount())]
    finally:
        document.close()


def words_in_order(text: str, *words: str) -> bool:
    position = -1
    for word in words:
        found = text.find(word, position + 1)
        if found < 0:
            return False
        position = found
    return True


def build(lang: str, dashboard=None) -> ReportPages:  # type: ignore[no-untyped-def]
    return ReportContent().pages(dashboard or sample_dashboard(), DIRECTORY, lang, NOW)


def test_the_report_reads_in_order(lang: str, tmp_path: Path) -> None:
    pages = build(lang)
    path = write_pdf(tmp_path / "report.pdf", pages)
    text = pdf_pages(path)
    assert len(text) >= 3, "the agents' table runs over a page"
    first = text[0]
    branch = "فرع الرياض" if lang == "ar" else "Riyadh branch"
    title = normalised(pages.title)
    assert words_in_order(first, branch, title), first
    # The period in the Gregorian calendar (and in Arabic the Hijri one too).
    locale = QLocale()
    assert ("٢٠٢٦" if lang == "ar" else "2026") in first
    if lang == "ar":
        assert "ديسمبر" in first and "هـ" in first
        assert "٤٨٦" in first and "486" not in first  # opened, in Arabic-Indic digits
    else:
        assert "December" in first and "486" in first
    # "Page N of M" on every page, in the locale's digits.
    total = len(text)
    for index, page in enumerate(text, start=1):
        footer = normalised(
            pages.page_words.format(page=locale.toString(index), pages=locale.toString(total))
        )
        for word in footer.split():
            assert word in page, (index, footer, page[-200:])


def test_table_rows_keep_their_order_and_headers_repeat(lang: str, tmp_path: Path) -> None:
    pages = build(lang)
    text = pdf_pages(write_pdf(tmp_path / "report.pdf", pages))
    words = ReportText(DIRECTORY.names(lang == "ar"))
    locale = QLocale()
    phone = words.value(Dimension.CHANNEL, "phone")
    everything = " ".join(text)
    # The phone row: its name, then opened and resolved, as a reader reads them.
    assert words_in_order(everything, phone, locale.toString(250), locale.toString(231))
    agent_header = normalised(words.dimension(Dimension.AGENT))
    agent_pages = [
        p
        for p in text
        if normalised(words.value(Dimension.AGENT, "agent-40")) in p
        or normalised(words.value(Dimension.AGENT, "agent-79")) in p
    ]
    assert agent_pages, "the agents' table is printed"
    assert all(agent_header in p for p in agent_pages), "its header is repeated on each page"
    assert len({text.index(p) for p in agent_pages}) >= 1


def test_an_empty_period_says_so(lang: str, tmp_path: Path) -> None:
    pages = build(lang, empty_dashboard())
    text = pdf_pages(write_pdf(tmp_path / "empty.pdf", pages))
    assert len(text) == 1
    assert pages.empty_note
    for word in normalised(pages.empty_note).split():
        assert word.strip(".") in text[0]
    assert not pages.charts and not pages.tables


def test_a_page_renders_with_ink(lang: str, tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "report.pdf", build(lang))
    image = page_images(path.read_bytes(), 1, 600)[0]
    assert image.height() == 600
    dark = 0
    for y in range(0, image.height(), 6):
        for x in range(0, image.width(), 6):
            if QColor(image.pixel(x, y)).lightness() < 128:
                dark += 1
    assert dark > 50, "the first page has text and a chart on it"


def test_a_report_in_another_language_leaves_the_window_in_its_own(
    lang: str, tmp_path: Path
) -> None:
    other = "en" if lang == "ar" else "ar"
    before = QLocale().name()
    pages = build(other)
    assert QLocale().name() == before
    text = pdf_pages(write_pdf(tmp_path / "other.pdf", pages))
    if other == "ar":
        assert "فرع الرياض" in text[0] and "٤٨٦" in text[0]
    else:
        assert "Riyadh branch" in text[0] and "486" in text[0]


@pytest.mark.parametrize("lang", ["ar"], indirect=True)
def test_right_to_left_report_mirrors_its_tables(lang: str) -> None:
    pages = build(lang)
    assert pages.rtl
    channel = next(
        t for t in pages.tables if t.headers[0] == ReportText().dimension(Dimension.CHANNEL)
    )
    assert channel.numeric[0] is False and all(channel.numeric[1:])
