"""Dates, times and bidi-safe text for display."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

from desk_app.services.text import isolate


@lru_cache(maxsize=8)
def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def local_time(moment: datetime, zone: str) -> str:
    """A UTC moment shown in the branch's time zone, in the user's locale."""
    local = moment.astimezone(_zone(zone)).replace(tzinfo=None)
    # The branch's wall time, held as a zone-less (UTC) value: in the
    # workstation's zone Qt would move a time that does not exist there (a
    # daylight-saving gap) and consult the system zone for every call (35 µs,
    # most of a list row's formatting).
    qt = QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute, local.second),
        QTimeZone.utc(),
    )
    return QLocale().toString(qt, QLocale.FormatType.ShortFormat)


def ltr(text: str, rtl: bool) -> str:
    """Ticket numbers, phones, emails: isolated inside right-to-left text."""
    return isolate(text) if rtl else text


def number(value: int | float | Decimal) -> str:
    """A count, a score, a section number, a year or an amount in the user's
    locale (Arabic-Indic digits in Arabic). Identifiers (ticket numbers,
    phones, codes, emails) are not numbers: they stay as typed, through ``ltr``."""
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, Decimal):
        value = int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return QLocale().toString(value)
    return QLocale().toString(value, "g", 15)


def numbered(position: int, title: str) -> str:
    """A numbered heading ("1. Customer"), its number in the locale's digits."""
    return QCoreApplication.translate("Formatting", "{number}. {title}").format(
        number=number(position), title=title
    )
