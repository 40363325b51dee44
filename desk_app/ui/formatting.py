"""Dates, times and bidi-safe text for display."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

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
    qt = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )
    return QLocale().toString(qt, QLocale.FormatType.ShortFormat)


def ltr(text: str, rtl: bool) -> str:
    """Ticket numbers, phones, emails: isolated inside right-to-left text."""
    return isolate(text) if rtl else text
