"""The dashboard's choice of period, branch and team: one row of boxes that
says which ``Period`` and ``Scope`` the figures are for.

A range of days is typed in two date boxes; a Hijri month is picked from the
last twelve. The branch box offers every branch only to those who may see
them all (others see their own branch, with the reason); a team is its
queues.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from desk_app.services.metrics_types import Period, Scope
from desk_app.services.permissions import Right, denial
from desk_app.ui import labels
from desk_app.ui.dashboard_period import (
    PeriodChoice,
    branch_today,
    choice_label,
    current_hijri_month,
    period_for,
    period_text,
)
from desk_app.ui.desk import Desk
from desk_app.ui.levels_editors import hijri_month_name, year_text
from desk_app.ui.rights_gate import RightsGate, allow

ALL = "__all__"
HIJRI_MONTHS_OFFERED = 12


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class DashboardFilters(QWidget):
    changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardFilters")
        self.desk = desk
        self.zone = desk.settings.branch.time_zone
        today = branch_today(self.zone, desk.ctx.now())
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft

        self.period = QComboBox(self)
        self.period.setObjectName("dashboardPeriod")
        for choice in PeriodChoice:
            self.period.addItem(choice_label(choice), choice.value)
        self.period.setCurrentIndex(self.period.findData(PeriodChoice.MONTH.value))
        period_label = QLabel(self.tr("P&eriod:"), self)
        period_label.setBuddy(self.period)

        self.first = QDateEdit(_qdate(today - timedelta(days=6)), self)
        self.first.setObjectName("dashboardFrom")
        self.first.setCalendarPopup(True)
        self.first.setAccessibleName(self.tr("First day"))
        self.last = QDateEdit(_qdate(today), self)
        self.last.setObjectName("dashboardTo")
        self.last.setCalendarPopup(True)
        self.last.setAccessibleName(self.tr("Last day"))

        self.hijri = QComboBox(self)
        self.hijri.setObjectName("dashboardHijriMonth")
        self.hijri.setAccessibleName(self.tr("Hijri month"))
        try:
            year, month = current_hijri_month(today)
        except ValueError:  # outside the Umm al-Qura tables
            year, month = 0, 0
        for _ in range(HIJRI_MONTHS_OFFERED if year else 0):
            text = self.tr("{month} {year}").format(
                month=hijri_month_name(month), year=year_text(year)
            )
            self.hijri.addItem(text, (year, month))
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)

        self.branch = QComboBox(self)
        self.branch.setObjectName("dashboardBranch")
        ref = desk.reference
        own = ref.branch.name_ar if rtl and ref.branch.name_ar else ref.branch.name
        self.branch.addItem(own, ref.branch.id)
        branch_label = QLabel(self.tr("&Branch:"), self)
        branch_label.setBuddy(self.branch)
        gate = RightsGate.of(desk)
        self.sees_all = gate.holds(Right.REPORTS_ALL)
        allow(self.branch, None if self.sees_all else denial(Right.REPORTS_ALL))

        self.team = QComboBox(self)
        self.team.setObjectName("dashboardTeam")
        self.team.addItem(self.tr("Every queue"), ALL)
        for group in ref.groups:
            self.team.addItem(
                labels.queue_label(getattr(group, "tier", 1), group.name, group.name_ar, rtl),
                group.id,
            )
        team_label = QLabel(self.tr("&Team:"), self)
        team_label.setBuddy(self.team)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (period_label, self.period, self.first, self.last, self.hijri):
            row.addWidget(widget)
        row.addSpacing(12)
        row.addWidget(branch_label)
        row.addWidget(self.branch, 1)
        row.addWidget(team_label)
        row.addWidget(self.team, 1)
        self._show_boxes()
        self.period.currentIndexChanged.connect(self._period_changed)
        for box in (self.hijri, self.branch, self.team):
            box.currentIndexChanged.connect(lambda _index: self.changed.emit())
        for edit in (self.first, self.last):
            edit.dateChanged.connect(lambda _date: self.changed.emit())

    def _period_changed(self) -> None:
        self._show_boxes()
        self.changed.emit()

    def _show_boxes(self) -> None:
        choice = self.choice()
        for edit in (self.first, self.last):
            edit.setVisible(choice is PeriodChoice.RANGE)
        self.hijri.setVisible(choice is PeriodChoice.HIJRI_MONTH)

    def choice(self) -> PeriodChoice:
        return PeriodChoice(self.period.currentData())

    def hijri_month(self) -> tuple[int, int] | None:
        if self.choice() is not PeriodChoice.HIJRI_MONTH:
            return None
        chosen = self.hijri.currentData()
        return (int(chosen[0]), int(chosen[1])) if chosen else None

    def chosen_period(self) -> Period:
        today = branch_today(self.zone, self.desk.ctx.now())
        return period_for(
            self.choice(),
            today,
            self.zone,
            days=(_pydate(self.first.date()), _pydate(self.last.date())),
            hijri=self.hijri_month(),
        )

    def period_words(self) -> str:
        return period_text(self.chosen_period(), self.hijri_month())

    def scope(self) -> Scope:
        branch = self.branch.currentData()
        team = self.team.currentData()
        return Scope(
            branch_ids=frozenset() if branch in (ALL, None) else frozenset({branch}),
            queue_ids=frozenset() if team in (ALL, None) else frozenset({team}),
        )

    def offer_branches(self, names: dict[str, str]) -> None:
        """Branches a sync brought, for those who may see them all."""
        if not self.sees_all or len(names) < 2 or self.branch.findData(ALL) >= 0:
            return
        self.branch.blockSignals(True)
        self.branch.insertItem(0, self.tr("All branches"), ALL)
        own = self.desk.reference.branch.id
        for branch_id, name in sorted(names.items(), key=lambda item: item[1]):
            if branch_id != own:
                self.branch.addItem(name, branch_id)
        self.branch.blockSignals(False)
