"""A ticket's service-level clocks in words, for the reading pane.

Each target on one line: what it is, when it is due (in the branch's time
zone) and how much working time is left, or that it was met, missed or is
paused. Colour is only a second cue: the words say it all, for anyone who
cannot tell red from green.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from desk_app.services import sla_clock
from desk_app.services.sla import SlaClocks, SlaState, Target, TargetClock
from desk_app.ui.contrast import readable
from desk_app.ui.desk import Desk
from desk_app.ui.durations import minutes_until, span_text, working_text
from desk_app.ui.formatting import local_time

REFRESH_MS = 60_000
# Each reads at 4.5:1 on the list's rows and the pane (ui.contrast.readable
# keeps it so on other palettes).
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


def clock_text(clock: TargetClock, zone: str, now: datetime, waiting: bool = False) -> str:
    """One target in words. How long to its due time, or since it, is said on
    the wall clock with the list's own formatter (ui.durations), so the list
    and the pane give the same figure for the same due time; the working time
    the target is counted in follows in brackets when it differs ("due Sun
    10:00, in 2 days 19 hours (3 hours of working time)")."""
    name = target_name(clock.target)
    if clock.met_at is not None:
        when = local_time(clock.met_at, zone)
        if clock.breached:
            late = (
                span_text(minutes_until(clock.met_at, clock.due_at))
                if clock.due_at is not None
                else working_text(clock.remaining_minutes)
            )
            return QCoreApplication.translate(
                "SlaView", "{name}: missed, done {when}, {late} late"
            ).format(name=name, when=when, late=late)
        return QCoreApplication.translate("SlaView", "{name}: met {when}").format(
            name=name, when=when
        )
    if clock.paused or clock.due_at is None:
        left = working_text(clock.remaining_minutes)
        if clock.breached:
            return QCoreApplication.translate(
                "SlaView", "{name}: missed, paused while waiting ({late} of working time late)"
            ).format(name=name, late=left)
        return QCoreApplication.translate(
            "SlaView", "{name}: paused while waiting, with {left} of working time to go"
        ).format(name=name, left=left)
    due = local_time(clock.due_at, zone)
    span = span_text(minutes_until(clock.due_at, now))
    if clock.breached and waiting:
        # Missed before the ticket began waiting: still missed, and paused.
        return QCoreApplication.translate(
            "SlaView", "{name}: overdue by {late} (due {due}), paused while waiting"
        ).format(name=name, late=span, due=due)
    if clock.breached:
        return QCoreApplication.translate(
            "SlaView", "{name}: overdue by {late} (due {due})"
        ).format(name=name, late=span, due=due)
    working = working_text(clock.remaining_minutes)
    if working == span:
        return QCoreApplication.translate("SlaView", "{name}: due {due}, in {span}").format(
            name=name, due=due, span=span
        )
    return QCoreApplication.translate(
        "SlaView", "{name}: due {due}, in {span} ({working} of working time)"
    ).format(name=name, due=due, span=span, working=working)


def clock_state(clock: TargetClock) -> SlaState:
    if clock.breached:
        return SlaState.BREACHED
    if clock.met_at is not None:
        return SlaState.MET
    if clock.paused:
        return SlaState.PAUSED
    threshold = min(max(60, clock.minutes // 4), clock.minutes)
    return SlaState.WARNING if clock.remaining_minutes < threshold else SlaState.OK


def state_colour(state: SlaState) -> QColor:
    """The colour of a state as drawn on the palette in use."""
    return readable(COLOURS[state])


class SlaView(QWidget):
    """Shows the clocks of one ticket; refreshes itself every minute."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slaView")
        self.desk = desk
        self.ticket_id: str | None = None
        self.lines: list[QLabel] = []
        self.clocks: SlaClocks | None = None
        self._now = desk.ctx.now()
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

        def loaded(clocks: SlaClocks) -> None:
            self._now = now
            self._show(clocks)

        self.desk.read(read, loaded, lambda _error: self._show(None), owner=self)

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
            label = QLabel(clock_text(clock, zone, self._now, clocks.paused), self)
            label.setObjectName(f"sla_{clock.target.value}")
            label.setStyleSheet(f"color: {state_colour(clock_state(clock)).name()}")
            label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
            label.setWordWrap(True)
            self._layout.addWidget(label)
            self.lines.append(label)
        self.show()
