"""A ticket's service-level clocks in words, for the reading pane.

Each target on one line: what it is, when it is due (in the branch's time
zone) and how much working time is left, or that it was met, missed or is
paused. Colour is only a second cue: the words say it all, for anyone who
cannot tell red from green.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from desk_app.services import sla_clock
from desk_app.services.sla import SlaClocks, SlaState, Target, TargetClock
from desk_app.ui.desk import Desk
from desk_app.ui.formatting import local_time

REFRESH_MS = 60_000
COLOURS = {
    SlaState.OK: "#1b6e20",
    SlaState.WARNING: "#8a5300",
    SlaState.BREACHED: "#b3261e",
    SlaState.PAUSED: "#5f6368",
    SlaState.MET: "#1b6e20",
}


def target_name(target: Target) -> str:
    return {
        Target.FIRST_RESPONSE: QCoreApplication.translate("SlaView", "First response"),
        Target.NEXT_UPDATE: QCoreApplication.translate("SlaView", "Next update"),
        Target.RESOLUTION: QCoreApplication.translate("SlaView", "Resolution"),
    }[target]


def duration_text(minutes: int) -> str:
    """Working time as "2 h 15 m" (hours and minutes, locale digits)."""
    hours_n, rest_n = divmod(abs(minutes), 60)
    # Digits as the user's locale writes them (Arabic-Indic in Arabic).
    hours, rest = QLocale().toString(hours_n), QLocale().toString(rest_n)
    if hours_n and rest_n:
        return QCoreApplication.translate("SlaView", "{hours} h {minutes} min").format(
            hours=hours, minutes=rest
        )
    if hours_n:
        return QCoreApplication.translate("SlaView", "{hours} h").format(hours=hours)
    return QCoreApplication.translate("SlaView", "{minutes} min").format(minutes=rest)


def span_text(minutes: int) -> str:
    """Time on the wall clock for a list column, which has no room for
    precision nobody acts on: minutes while under ten hours ("9 h 5 min"),
    whole hours up to a day ("16 h"), then days and hours ("1 d 3 h"), and
    whole days from two days on ("12 d")."""
    if abs(minutes) < 10 * 60:
        return duration_text(minutes)
    if abs(minutes) < 24 * 60:
        return duration_text(abs(minutes) // 60 * 60)
    days_n, hours_n = divmod(abs(minutes) // 60, 24)
    days, hours = QLocale().toString(days_n), QLocale().toString(hours_n)
    if hours_n and days_n < 2:
        return QCoreApplication.translate("SlaView", "{days} d {hours} h").format(
            days=days, hours=hours
        )
    return QCoreApplication.translate("SlaView", "{days} d").format(days=days)


def clock_text(clock: TargetClock, zone: str, waiting: bool = False) -> str:
    """One target in words. Time left or late is counted in the calendar's
    working time, as the target is, and says so: the list's countdown counts
    the wall clock to the same due time, and the two must not seem to differ."""
    name = target_name(clock.target)
    left = duration_text(clock.remaining_minutes)
    if clock.met_at is not None:
        when = local_time(clock.met_at, zone)
        if clock.breached:
            return QCoreApplication.translate(
                "SlaView", "{name}: missed, done {when} ({late} of working time late)"
            ).format(name=name, when=when, late=left)
        return QCoreApplication.translate("SlaView", "{name}: met {when}").format(
            name=name, when=when
        )
    if clock.paused or clock.due_at is None:
        return QCoreApplication.translate(
            "SlaView", "{name}: paused while waiting, {left} of working time left"
        ).format(name=name, left=left)
    due = local_time(clock.due_at, zone)
    if clock.breached and waiting:
        # Missed before the ticket began waiting: the lateness stands still.
        return QCoreApplication.translate(
            "SlaView", "{name}: overdue by {late} of working time (due {due}), paused while waiting"
        ).format(name=name, late=left, due=due)
    if clock.breached:
        return QCoreApplication.translate(
            "SlaView", "{name}: overdue by {late} of working time (due {due})"
        ).format(name=name, late=left, due=due)
    return QCoreApplication.translate(
        "SlaView", "{name}: due {due}, {left} of working time left"
    ).format(name=name, due=due, left=left)


def clock_state(clock: TargetClock) -> SlaState:
    if clock.breached:
        return SlaState.BREACHED
    if clock.met_at is not None:
        return SlaState.MET
    if clock.paused:
        return SlaState.PAUSED
    threshold = min(max(60, clock.minutes // 4), clock.minutes)
    return SlaState.WARNING if clock.remaining_minutes < threshold else SlaState.OK


class SlaView(QWidget):
    """Shows the clocks of one ticket; refreshes itself every minute."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slaView")
        self.desk = desk
        self.ticket_id: str | None = None
        self.lines: list[QLabel] = []
        self.clocks: SlaClocks | None = None
        self._layout = QVBoxLayout(self)
        # A little room at the sides: an Arabic line begins at the right edge and
        # its first letter must not be cut.
        self._layout.setContentsMargins(8, 0, 8, 0)
        self._layout.setSpacing(2)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.reload)
        self._timer.start()

    def show_ticket(self, ticket_id: str | None) -> None:
        self.ticket_id = ticket_id
        self.reload()

    def reload(self) -> None:
        ticket_id = self.ticket_id
        if ticket_id is None:
            self._show(None)
            return
        now = self.desk.ctx.now()

        def read(session: Session) -> SlaClocks:
            return sla_clock.clocks_for(session, ticket_id, now)

        self.desk.read(read, self._loaded, lambda _error: self._show(None), owner=self)

    def _loaded(self, clocks: SlaClocks) -> None:
        self._show(clocks)

    def _show(self, clocks: SlaClocks | None) -> None:
        self.clocks = clocks
        for label in self.lines:
            label.deleteLater()
        self.lines = []
        if clocks is None or not clocks.clocks:
            self.hide()
            return
        zone = self.desk.settings.branch.time_zone
        for clock in clocks.clocks:
            label = QLabel(clock_text(clock, zone, clocks.paused), self)
            label.setObjectName(f"sla_{clock.target.value}")
            label.setStyleSheet(f"color: {COLOURS[clock_state(clock)]}")
            label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
            label.setWordWrap(True)
            self._layout.addWidget(label)
            self.lines.append(label)
        self.show()
