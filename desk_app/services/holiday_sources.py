"""Where an administrator's list of days off starts from: the Umm al-Qura
Hijri calendar (feasts are known by their Hijri date) and the public
holidays of a country as the ``holidays`` library knows them.

Both are starting points the administrator edits: a government announces
the Eid holidays each year, and no library knows a branch's own days off.
"""

from __future__ import annotations

from datetime import date

import holidays as holiday_tables
from hijridate import Gregorian, Hijri

from desk_app.services.sla_config import Holiday

# The Arab League members, then a few neighbours and places Arabic-speaking
# teams commonly serve.
COUNTRIES: tuple[str, ...] = (
    "AE", "BH", "DJ", "DZ", "EG", "IQ", "JO", "KM", "KW", "LB", "LY",
    "MA", "MR", "OM", "PS", "QA", "SA", "SD", "SO", "SY", "TN", "YE",
    "TR", "PK", "ID", "MY", "GB", "FR", "DE", "PL", "US",
)  # fmt: skip


def hijri_of(day: date) -> tuple[int, int, int]:
    """(year, month, day) in the Umm al-Qura calendar; ValueError outside the
    years it covers (1924 to 2077)."""
    try:
        return Gregorian(day.year, day.month, day.day).to_hijri().datetuple()
    except OverflowError as error:
        raise ValueError(str(error)) from None


def gregorian_of(year: int, month: int, day: int) -> date:
    """The Gregorian day of an Umm al-Qura date; ValueError for a date the
    calendar does not have (a 30th of a 29-day month) or outside its years."""
    try:
        return Hijri(year, month, day).to_gregorian()
    except OverflowError as error:
        raise ValueError(str(error)) from None


def national_holidays(country: str, year: int) -> tuple[Holiday, ...]:
    """The public holidays ``country`` (ISO code) has in ``year``, named in
    Arabic when the library has the names in Arabic, else in English; an
    unknown country or a year the library cannot give has none."""
    if country not in holiday_tables.list_supported_countries():
        return ()
    try:
        table = holiday_tables.country_holidays(country, years=year)
        language = _language(tuple(table.supported_languages))
        if language is not None:
            table = holiday_tables.country_holidays(country, years=year, language=language)
        days = sorted(table.items())
    except (NotImplementedError, ValueError, KeyError):
        return ()
    return tuple(Holiday(day, str(name)) for day, name in days)


def _language(offered: tuple[str, ...]) -> str | None:
    for wanted in ("ar", "en_US", "en"):
        for language in offered:
            if language == wanted or language.startswith(wanted + "_"):
                return language
    return None
