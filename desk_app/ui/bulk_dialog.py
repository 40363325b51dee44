"""Assign, set the status or set the priority of the selected tickets at
once (Ticket menu, or the list's context menu). What could not be changed is
listed in the dialog with the reason, ticket by ticket."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QWidget,
)
from sqlalchemy.orm import Session

from desk_app.models import Priority
from desk_app.services.bulk import BULK_STATUSES, BulkOutcome, change_many
from desk_app.services.context import WriteContext
from desk_app.services.text import isolate
from desk_app.ui import labels
from desk_app.ui.desk import Desk
from desk_app.ui.errors import describe
from desk_app.ui.rights_gate import refusal_text
from desk_app.ui.shortcuts import save_keys


class BulkChangeDialog(QDialog):
    changed = Signal(int)  # how many tickets were changed

    def __init__(
        self, desk: Desk, field: str, ticket_ids: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bulkChangeDialog")
        self.desk, self.field, self.ticket_ids = desk, field, ticket_ids
        self.busy = False
        self.outcome: BulkOutcome | None = None
        count = len(ticket_ids)
        self.choice = QComboBox(self)
        self.choice.setObjectName("bulkChoice")
        if field == "assignee_id":
            self.setWindowTitle(self.tr("Assign %Ln ticket(s)", "", count))
            label = self.tr("Assign &to")
            me = desk.ctx.actor.user_id
            self.choice.addItem(self.tr("Me"), me)
            self.choice.addItem(self.tr("Nobody (unassigned)"), None)
            for user in desk.reference.users:
                if user.id != me:
                    self.choice.addItem(user.name, user.id)
        elif field == "status":
            self.setWindowTitle(self.tr("Set the status of %Ln ticket(s)", "", count))
            label = self.tr("&Status")
            for status in BULK_STATUSES:
                self.choice.addItem(labels.status_label(status), status)
        else:
            self.setWindowTitle(self.tr("Set the priority of %Ln ticket(s)", "", count))
            label = self.tr("&Priority")
            for level in Priority:
                self.choice.addItem(labels.priority_label(level), int(level))
        self.problems = QListWidget(self)
        self.problems.setObjectName("bulkProblems")
        self.problems.hide()
        self.message = QLabel(self)
        self.message.setObjectName("bulkMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        form = QFormLayout(self)
        form.addRow(label, self.choice)
        form.addRow(self.message)
        form.addRow(self.problems)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(self.tr("&Apply to %Ln ticket(s)", "", count))
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.choice.setFocus()
        self.resize(440, 160)
        save_keys(self, self.apply)

    def apply(self) -> None:
        if self.busy:
            return
        if self.outcome is not None:  # the second press closes the report
            self.accept()
            return
        self.busy = True
        field, value, ids = self.field, self.choice.currentData(), list(self.ticket_ids)
        # The categories' allowed levels, from the catalogue this desk uses.
        catalogue = self.desk.catalogue().catalogue if field == "priority" else None

        def work(session: Session, ctx: WriteContext) -> BulkOutcome:
            return change_many(session, ctx, ids, field, value, catalogue)

        self.desk.write(work, self._done, self._failed, changed=lambda o: o.changed, owner=self)

    def _done(self, outcome: BulkOutcome) -> None:
        self.busy = False
        self.outcome = outcome
        self.changed.emit(len(outcome.changed))
        if not outcome.refused:
            self.accept()
            return
        self.choice.setEnabled(False)
        self.message.setText(
            self.tr("%Ln ticket(s) changed.", "", len(outcome.changed))
            + " "
            + self.tr("%Ln ticket(s) left as they were:", "", len(outcome.refused))
        )
        self.message.show()
        for refusal in outcome.refused:
            reason = refusal_text(refusal)
            number = isolate(refusal.number) if refusal.number else self.tr("(removed)")
            self.problems.addItem(f"{number}: {reason}")
        self.problems.show()
        self.apply_button.setText(self.tr("&Close"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()

    def _failed(self, error: Exception) -> None:
        # Nothing was written (one transaction); the choice stays for a retry.
        self.busy = False
        self.message.setText(describe(error))
        self.message.show()
