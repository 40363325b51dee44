"""Dates as a letter writes them, in both calendars (no Qt: a letter is
rendered the same by the desk, a report and a test).

Arabic correspondence dates a letter in the Umm al-Qura calendar beside the
Gregorian one, with Arabic-Indic digits and the era marks هـ and م; English
writes "7 December 2026" and "27 Jumada al-Akhirah 1448 AH".
"""

from __future__ import annotations

from datetime import date

from hijridate import Gregorian

_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def arabic_digits(text: str) -> str:
    return text.translate(_ARABIC_INDIC)


def gregorian_text(day: date, language: str) -> str:
    month = Gregorian(day.year, day.month, day.day).month_name("ar" if language == "ar" else "en")
    if language == "ar":
        return arabic_digits(f"{day.day} {month} {day.year}") + "م"
    return f"{day.day} {month} {day.year}"


def hijri_text(day: date, language: str) -> str:
    """The Umm al-Qura date; "" outside the years the calendar covers (1924
    to 2077), where a letter is dated in the Gregorian calendar alone."""
    try:
        hijri = Gregorian(day.year, day.month, day.day).to_hijri()
    except (OverflowError, ValueError):
        return ""
    if language == "ar":
        return arabic_digits(f"{hijri.day} {hijri.month_name('ar')} {hijri.year}") + "هـ"
    return f"{hijri.day} {hijri.month_name('en')} {hijri.year} AH"
