"""The one editor for a date and time a person types: in the branch's zone.

Everything the desk shows is in the branch's time zone (ui.formatting), so a
time typed here must be read in that zone too, whatever zone the workstation
is set to. The editor holds the branch's wall-clock time as a zone-less value
(Qt's UTC spec, so the workstation's zone and its daylight-saving gaps never
shift it) and converts to and from aware UTC moments with zoneinfo.

Qt reverses the order of a date/time editor's sections when the editor is
right-to-left ("٢٢:٢ م", the year first). The editor is therefore kept
left-to-right so the sections stay in the locale's order, and only its text
box is right-to-left, so the text is laid out exactly as the list and the
reading pane lay out the same moment (the locale's own format, bidi marks
included)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimeZone
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit, QLineEdit, QWidget


def branch_zone(name: str) -> ZoneInfo:
    """The branch's zone; UTC when the profile names none that exists, as the
    formatters do, so the editor and the list never disagree."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def editor_format(locale: QLocale) -> str:
    """The locale's short date and time, with the hour and minute padded so
    every section keeps its width while typing."""
    date = locale.dateFormat(QLocale.FormatType.ShortFormat)
    time = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if "mm" not in time:
        time = time.replace("m", "mm")
    return f"{date} {time}"


class BranchDateTimeEdit(QDateTimeEdit):
    """A date and time in the branch's zone; ``moment()`` is an aware UTC datetime."""

    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = branch_zone(zone)
        # Sections in the locale's order (see the module's note), text laid out
        # in the language's direction. The direction is set before the format:
        # Qt reads the format in the direction the editor has at that moment.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setTimeZone(QTimeZone.utc())
        locale = QLocale()
        self.setLocale(locale)
        self.setDisplayFormat(editor_format(locale))
        self.setCalendarPopup(True)
        line = self.findChild(QLineEdit)
        if line is not None and locale.textDirection() == Qt.LayoutDirection.RightToLeft:
            line.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            # Absolute: the editor itself is left-to-right (see above), and the
            # spin box hands its alignment down to the text box.
            self.setAlignment(
                Qt.AlignmentFlag.AlignAbsolute
                | Qt.AlignmentFlag.AlignRight
                | Qt.AlignmentFlag.AlignVCenter
            )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # After the minutes Qt has already moved on to the ص/م section; the
        # space a person types before "م" would blank that section, and the
        # time would be taken as morning. Nothing follows that section, so a
        # separator typed in it means nothing.
        if self.currentSection() == QDateTimeEdit.Section.AmPmSection and event.text().isspace():
            event.accept()
            return
        super().keyPressEvent(event)

    def set_moment(self, moment: datetime) -> None:
        """Show ``moment`` (aware) as the branch's wall-clock time."""
        local = moment.astimezone(self.zone)
        self.setDateTime(
            QDateTime(
                QDate(local.year, local.month, local.day),
                QTime(local.hour, local.minute),
                QTimeZone.utc(),
            )
        )

    def moment(self) -> datetime:
        """The typed wall-clock time in the branch's zone, as an aware UTC datetime."""
        shown = self.dateTime()
        day, time = shown.date(), shown.time()
        local = datetime(
            day.year(), day.month(), day.day(), time.hour(), time.minute(), tzinfo=self.zone
        )
        return local.astimezone(UTC)
