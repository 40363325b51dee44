"""Logging a contact with the customer, and planning the next call.

Ticket → Log contact (Ctrl+L). Channel, direction, how long (m:ss) and what
was said; optionally when to call back and how often until it is solved.
A mistake is said on its field and nothing typed is lost."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)
from sqlalchemy.orm import Session

from desk_app.models import Channel, Direction
from desk_app.services import contacts
from desk_app.services.contacts import ContactForm
from desk_app.services.context import WriteContext
from desk_app.services.validation import ascii_digits
from desk_app.ui import labels
from desk_app.ui.branch_datetime import BranchDateTimeEdit
from desk_app.ui.count_spin_box import CountSpinBox
from desk_app.ui.desk import Desk
from desk_app.ui.field_errors import FieldErrors
from desk_app.ui.formatting import number
from desk_app.ui.screen_fit import fit_to_screen
from desk_app.ui.shortcuts import save_keys
from desk_app.ui.text_direction import PlainTextBox, identifier_field
from desk_app.ui.ticket_header import TicketHeader

_DURATION = re.compile(r"^\s*(\d{1,3})(?::([0-5]\d))?\s*$")


def parse_duration(text: str) -> int | None:
    """ "4:30" → 270 s, "12" → 12 min, "" → 0; None when it is not a duration."""
    if not text.strip():
        return 0
    match = _DURATION.match(ascii_digits(text))
    if match is None:
        return None
    minutes, seconds = int(match.group(1)), int(match.group(2) or 0)
    return minutes * 60 + seconds


def _duration_example() -> str:
    """4:30 in the locale's digits."""
    return f"{number(4)}:{number(30)}"


class ContactDialog(QDialog):
    logged = Signal(str)  # the ticket id

    def __init__(self, desk: Desk, ticket_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactDialog")
        self.setWindowTitle(self.tr("Log a contact"))
        self.desk, self.ticket_id = desk, ticket_id
        self.busy = False

        self.channel = QComboBox(self)
        self.channel.setObjectName("contactChannel")
        for channel in Channel:
            self.channel.addItem(labels.channel_label(channel.value), channel.value)
        self.direction = QComboBox(self)
        self.direction.setObjectName("contactDirection")
        self.direction.addItem(self.tr("We contacted the customer"), Direction.OUTBOUND.value)
        self.direction.addItem(self.tr("The customer contacted us"), Direction.INBOUND.value)
        self.duration = QLineEdit(self)
        self.duration.setObjectName("contactDuration")
        self.duration.setPlaceholderText(
            self.tr("minutes:seconds, e.g. {example}").format(example=_duration_example())
        )
        identifier_field(self.duration)
        self.summary = PlainTextBox(self)
        self.summary.setObjectName("contactSummary")
        self.summary.setPlaceholderText(self.tr("What was said, what was agreed"))
        self.summary.setTabChangesFocus(True)

        self.call_back = QCheckBox(self.tr("&Call the customer back"), self)
        self.call_back.setObjectName("callBackCheck")
        # Typed and read in the branch's zone, as every time on the desk is shown.
        self.next_call = BranchDateTimeEdit(desk.settings.branch.time_zone, self)
        self.next_call.setObjectName("nextCallEdit")
        self.next_call.set_moment(datetime.now(UTC) + timedelta(days=1))
        self.every = CountSpinBox(lambda n: self.tr("%Ln day(s)", "", n), self)
        self.every.setObjectName("everyDaysSpin")
        self.every.setRange(0, contacts.MAX_EVERY_DAYS)
        self.every.setSpecialValueText(self.tr("only once"))
        for planning in (self.next_call, self.every):
            planning.setEnabled(False)
            self.call_back.toggled.connect(planning.setEnabled)

        self.errors = FieldErrors(self)
        form = QFormLayout()
        self.header = TicketHeader(desk, ticket_id, self)
        form.addRow(self.header)
        rows: list[tuple[str, str, QWidget]] = [
            ("channel", self.tr("C&hannel"), self.channel),
            ("direction", self.tr("&Direction"), self.direction),
            ("duration", self.tr("D&uration"), self.duration),
            ("summary", self.tr("&Summary"), self.summary),
        ]
        for name, text, widget in rows:
            form.addRow(text, widget)
            self.errors.add_row(form, name, widget)
        form.addRow(self.call_back)
        form.addRow(self.tr("&Next call"), self.next_call)
        self.errors.add_row(form, "follow_up_next_at", self.next_call)
        form.addRow(self.tr("&Then every"), self.every)
        self.errors.add_row(form, "follow_up_every_days", self.every)
        form.addRow(self.errors.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setLayout(form)
        self.summary.setFocus()
        fit_to_screen(self, QSize(560, 480))
        save_keys(self, self.save)

    def save(self) -> None:
        if self.busy:
            return
        self.errors.clear()
        seconds = parse_duration(self.duration.text())
        if seconds is None:
            text = self.tr("Type minutes and seconds, e.g. {example}.")
            self.errors.say("duration", text.format(example=_duration_example()))
            self.duration.setFocus()
            return
        form = ContactForm(
            summary=self.summary.toPlainText(),
            channel=self.channel.currentData(),
            direction=self.direction.currentData(),
            duration_s=seconds,
        )
        plan = self._plan()
        ticket_id = self.ticket_id

        def work(session: Session, ctx: WriteContext) -> str:
            contacts.log_contact(session, ctx, ticket_id, form)
            if plan is not None:
                next_at, every = plan
                contacts.schedule_follow_up(session, ctx, ticket_id, next_at, every)
            return ticket_id

        self.busy = True
        self.save_button.setEnabled(False)
        self.desk.write(work, self._saved, self._failed, changed=lambda t: [t], owner=self)

    def _plan(self) -> tuple[datetime, int | None] | None:
        if not self.call_back.isChecked():
            return None
        return self.next_call.moment(), (self.every.value() or None)

    def _saved(self, ticket_id: str) -> None:
        self.busy = False
        self.logged.emit(ticket_id)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.save_button.setEnabled(True)
        self.errors.failed(error)
