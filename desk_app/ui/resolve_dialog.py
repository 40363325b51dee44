"""Resolving a ticket: why it happened, what solved it, and how satisfied the
customer said they were. Opened from the Ticket menu, Resolve (Ctrl+Shift+E)."""

from __future__ import annotations

from PySide6.QtCore import QSize
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

from desk_app.models import Channel
from desk_app.services import resolution
from desk_app.services.context import WriteContext
from desk_app.services.resolution import Resolution
from desk_app.ui import labels
from desk_app.ui.desk import Desk
from desk_app.ui.field_errors import FieldErrors
from desk_app.ui.formatting import number
from desk_app.ui.screen_fit import fit_to_screen
from desk_app.ui.shortcuts import save_keys
from desk_app.ui.text_direction import PlainTextBox
from desk_app.ui.ticket_header import TicketHeader


class ResolveDialog(QDialog):
    def __init__(self, desk: Desk, ticket_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resolveDialog")
        self.setWindowTitle(self.tr("Resolve the ticket"))
        self.desk, self.ticket_id = desk, ticket_id
        self.busy = False
        self.cause = QLineEdit(self)
        self.cause.setObjectName("causeEdit")
        self.cause.setPlaceholderText(self.tr("e.g. worn part, wrong setting, user error"))
        self.solution = PlainTextBox(self)
        self.solution.setObjectName("solutionEdit")
        self.solution.setPlaceholderText(self.tr("What was done to solve it"))
        self.solution.setTabChangesFocus(True)
        self.satisfaction = QComboBox(self)
        self.satisfaction.setObjectName("satisfactionCombo")
        self.satisfaction.addItem(self.tr("Not asked"), None)
        for score, text in (
            (5, self.tr("{score} — very satisfied")),
            (4, self.tr("{score} — satisfied")),
            (3, self.tr("{score} — neither")),
            (2, self.tr("{score} — dissatisfied")),
            (1, self.tr("{score} — very dissatisfied")),
        ):
            self.satisfaction.addItem(text.format(score=number(score)), score)
        # The SOP: a score asked on the phone, or recorded from a letter.
        self.given_by = QComboBox(self)
        self.given_by.setObjectName("satisfactionChannelCombo")
        for channel in Channel:
            self.given_by.addItem(labels.channel_label(channel.value), channel.value)
        self.given_by.setEnabled(False)
        self.satisfaction.currentIndexChanged.connect(
            lambda _i: self.given_by.setEnabled(self.satisfaction.currentData() is not None)
        )
        self.close_now = QCheckBox(self.tr("C&lose it now (no confirmation expected)"), self)
        self.close_now.setObjectName("closeNowCheck")

        self.errors = FieldErrors(self)
        form = QFormLayout(self)
        self.header = TicketHeader(desk, ticket_id, self)
        form.addRow(self.header)
        for name, text, widget in (
            ("resolution_cause", self.tr("&Cause"), self.cause),
            ("solution", self.tr("&Solution"), self.solution),
            ("satisfaction", self.tr("Customer's s&atisfaction"), self.satisfaction),
            ("satisfaction_channel", self.tr("&Given by"), self.given_by),
        ):
            form.addRow(text, widget)
            self.errors.add_row(form, name, widget)
        form.addRow(self.close_now)
        form.addRow(self.errors.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Resolve"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.cause.setFocus()
        fit_to_screen(self, QSize(560, 420))
        save_keys(self, self.save)

    def save(self) -> None:
        if self.busy:
            return
        self.errors.clear()
        form = Resolution(
            cause=self.cause.text(),
            solution=self.solution.toPlainText(),
            satisfaction=self.satisfaction.currentData(),
            close=self.close_now.isChecked(),
            satisfaction_channel=self.given_by.currentData(),
        )
        ticket_id = self.ticket_id

        def work(session: Session, ctx: WriteContext) -> str:
            resolution.resolve_ticket(session, ctx, ticket_id, form)
            return ticket_id

        self.busy = True
        self.ok_button.setEnabled(False)
        self.desk.write(work, self._saved, self._failed, changed=lambda t: [t], owner=self)

    def _saved(self, _ticket_id: str) -> None:
        self.busy = False
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.ok_button.setEnabled(True)
        self.errors.failed(error)
