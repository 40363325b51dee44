"""The printed letter, read back: its text in reading order (NFKC, words
compared, see PITFALLS), the reference and dates, page N of M in the
letter's digits, and each paragraph on its own side of the page."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF
from PySide6.QtPdf import QPdfDocument

from desk_app.ui.letter_pdf import letter_page, pdf_bytes
from desk_app.ui.letter_sample import two_page_letter
from desk_app.ui.pdf_pages import page_images, pdf_text


def _words(text: str) -> list[str]:
    return unicodedata.normalize("NFKC", text).split()


def _letter(language: str, body: str) -> bytes:
    return pdf_bytes(
        letter_page(
            language=language,
            branch="فرع الرياض" if language == "ar" else "Riyadh branch",
            subtitle="",
            reference="HQ-2026-L000042",
            day=date(2026, 12, 7),
            subject="طلب معلومات" if language == "ar" else "Information needed",
            body=body,
        )
    )


def test_arabic_letter_reads_in_order_with_both_calendars(fonts) -> None:  # type: ignore[no-untyped-def]
    data = _letter("ar", "حضرة الأستاذ محمد المحترم،\nنرجو تزويدنا بالفاتورة.\nمع التحية")
    (text,) = pdf_text(data)
    words = _words(text)
    assert words.index("محمد") < words.index("بالفاتورة.") < words.index("التحية")
    assert "٢٠٢٦م" in text and "١٤٤٨هـ" in text  # Gregorian and Hijri
    assert "L000042" in text


def test_two_pages_numbered_in_the_letters_digits(fonts) -> None:  # type: ignore[no-untyped-def]
    for language, digits in (("ar", "١٢"), ("en", "12")):
        data = pdf_bytes(two_page_letter(language))
        pages = pdf_text(data)
        assert len(pages) == 2
        one, two = digits

        def footer(page: str) -> str:
            return next(line for line in page.splitlines() if "Page" in line or "صفحة" in line)

        assert one in footer(pages[0]) and two in footer(pages[0])
        assert footer(pages[1]).count(two) == 2
        # The page after the first carries the reference at its head.
        assert "000042" in pages[1]  # (the extractor reorders a Latin run in Arabic)


def _x_of(data: bytes, needle: str) -> float:
    """Where ``needle`` starts on page one, as a fraction of the width."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    width = document.pagePointSize(0).width()
    text = document.getAllText(0).text()
    at = text.index(needle)
    selection = document.getSelectionAtIndex(0, at, len(needle))
    box = selection.boundingRectangle()
    document.close()
    return float(box.center().x() if isinstance(box.center(), QPointF) else 0) / width


def test_each_paragraph_on_its_own_side(fonts) -> None:  # type: ignore[no-untyped-def]
    data = _letter("ar", "نرجو تزويدنا بالفاتورة.\nPlease send the invoice.")
    english = _x_of(data, "Please")
    assert english < 0.5  # an English paragraph in an Arabic letter stands on the left
    image = page_images(data, 1, 800)[0]
    assert image.width() > 500


def test_the_reference_given_at_the_save_is_printed(fonts) -> None:  # type: ignore[no-untyped-def]
    page = two_page_letter("en")
    printed = pdf_text(pdf_bytes(replace(page, reference="HQ-2026-L000777")))
    assert "HQ-2026-L000777" in printed[0]
