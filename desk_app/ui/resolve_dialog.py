"""Resolving a ticket: why it happened, what solved it, and how satisfied the
customer said they were. Ticket → Resolve (Ctrl+Shift+E)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from sqlalchemy.orm import Session

from desk_app.services import resolution
from desk_app.services.context import WriteContext
from desk_app.services.messages import FieldError, ValidationFailed
from desk_app.services.resolution import Resolution
from desk_app.ui import labels
from desk_app.ui.desk import Desk
from desk_app.ui.errors import describe

ERROR_STYLE = "color: #b3261e"


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
        self.solution = QPlainTextEdit(self)
        self.solution.setObjectName("solutionEdit")
        self.solution.setPlaceholderText(self.tr("What was done to solve it"))
        self.solution.setTabChangesFocus(True)
        self.satisfaction = QComboBox(self)
        self.satisfaction.setObjectName("satisfactionCombo")
        self.satisfaction.addItem(self.tr("Not asked"), None)
        for score, text in (
            (5, self.tr("5 — very satisfied")),
            (4, self.tr("4 — satisfied")),
            (3, self.tr("3 — neither")),
            (2, self.tr("2 — dissatisfied")),
            (1, self.tr("1 — very dissatisfied")),
        ):
            self.satisfaction.addItem(text, score)
        self.close_now = QCheckBox(self.tr("&Close it now (no confirmation expected)"), self)
        self.close_now.setObjectName("closeNowCheck")

        self.errors: dict[str, QLabel] = {}
        form = QFormLayout(self)
        for name, text, widget in (
            ("resolution_cause", self.tr("&Cause"), self.cause),
            ("solution", self.tr("&Solution"), self.solution),
            ("satisfaction", self.tr("Customer's s&atisfaction"), self.satisfaction),
        ):
            form.addRow(text, widget)
            label = QLabel(self)
            label.setObjectName(f"error_{name}")
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            label.hide()
            form.addRow("", label)
            self.errors[name] = label
        form.addRow(self.close_now)
        self.message = QLabel(self)
        self.message.setObjectName("resolveMessage")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        form.addRow(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Resolve"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.cause.setFocus()
        self.resize(520, 360)

    def save(self) -> None:
        if self.busy:
            return
        for label in self.errors.values():
            label.hide()
        self.message.hide()
        form = Resolution(
            cause=self.cause.text(),
            solution=self.solution.toPlainText(),
            satisfaction=self.satisfaction.currentData(),
            close=self.close_now.isChecked(),
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
        if isinstance(error, ValidationFailed):
            self.show_errors(error.errors)
        else:
            self.message.setText(describe(error))
            self.message.show()

    def show_errors(self, errors: list[FieldError]) -> None:
        for error in errors:
            label = self.errors.get(error.field, self.message)
            label.setText(labels.error_text(error))
            label.show()
