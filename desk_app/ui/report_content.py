"""What a printed report says around its figures: the branch's letterhead,
the title, the period in the Gregorian calendar (and, for an Arabic reader,
the Hijri one), when it was printed, and the sheets for the exports — all in
the reader's language, from the desk's directory."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QLocale, QObject

from desk_app.services.metrics_types import Dashboard, Dimension, Period
from desk_app.services.report_tables import Sheet, dashboard_sheets
from desk_app.ui.formatting import local_time
from desk_app.ui.levels_editors import hijri_text
from desk_app.ui.report_language import speaking
from desk_app.ui.report_pdf import ReportPages, report_pages
from desk_app.ui.report_words import ReportText


@dataclass(frozen=True)
class Named:
    name: str
    name_ar: str = ""

    def shown(self, arabic: bool) -> str:
        return self.name_ar if arabic and self.name_ar else self.name


@dataclass(frozen=True)
class Directory:
    """The names a report may print, taken from the desk on the GUI thread."""

    branch: Named
    branches: dict[str, Named] = field(default_factory=dict)
    queues: dict[str, Named] = field(default_factory=dict)
    people: dict[str, Named] = field(default_factory=dict)

    def names(self, arabic: bool) -> dict[Dimension, dict[str, str]]:
        return {
            Dimension.BRANCH: {k: v.shown(arabic) for k, v in self.branches.items()},
            Dimension.QUEUE: {k: v.shown(arabic) for k, v in self.queues.items()},
            Dimension.AGENT: {k: v.shown(arabic) for k, v in self.people.items()},
        }


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def period_days(period: Period) -> tuple[date, date]:
    """The first and the last day of a period, in the branch's calendar."""
    zone = _zone(period.zone)
    first = period.start.astimezone(zone).date()
    last = (period.end.astimezone(zone) - timedelta(microseconds=1)).date()
    return first, max(first, last)


class ReportContent(QObject):
    """The words around the figures (a QObject for ``self.tr``)."""

    def day(self, day: date) -> str:
        return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")

    def period_lines(self, period: Period, arabic: bool) -> tuple[str, ...]:
        first, last = period_days(period)
        if first == last:
            lines = [self.tr("On {day}").format(day=self.day(first))]
        else:
            lines = [
                self.tr("From {first} to {last}").format(first=self.day(first), last=self.day(last))
            ]
        if arabic:
            start, end = hijri_text(first), hijri_text(last)
            if start and end:
                lines.append(
                    self.tr("On {day}").format(day=start)
                    if first == last
                    else self.tr("From {first} to {last}").format(first=start, last=end)
                )
        return tuple(lines)

    def pages(
        self, dashboard: Dashboard, directory: Directory, language: str, now: datetime
    ) -> ReportPages:
        with speaking(language):
            arabic = language == "ar"
            words = ReportText(directory.names(arabic))
            zone = dashboard.period.zone
            return report_pages(
                dashboard,
                words,
                rtl=arabic,
                branch=directory.branch.shown(arabic),
                subtitle=self.tr("Customer service"),
                title=self.tr("Customer service report"),
                period_lines=self.period_lines(dashboard.period, arabic),
                printed_at=self.tr("Printed on {moment}").format(
                    moment=local_time(now.astimezone(UTC), zone)
                ),
                empty_note=self.tr("No tickets in this period."),
                page_words=self.tr("Page {page} of {pages}"),
            )

    def sheets(
        self, dashboard: Dashboard, directory: Directory, language: str
    ) -> tuple[Sheet, ...]:
        with speaking(language):
            words = ReportText(directory.names(language == "ar"))
            return dashboard_sheets(dashboard, words, units_in_headers=True)
