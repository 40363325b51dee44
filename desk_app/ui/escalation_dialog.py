"""Escalating a ticket (Ticket → Escalate…, Ctrl+E): pass it to another queue
of its tier, up to a higher tier, ask a lead for attention, or return it to a
lower tier; only what the person's rights allow is offered.

Before anything is written the dialog shows what the escalation would do to
the service level (due times before → after, clocks that start again),
computed by the same engine that will apply it, again each time a choice
changes. What is typed is kept as a draft per ticket, so a refusal, a closed
dialog or a crash loses nothing."""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desk_app.models import Priority
from desk_app.services import escalation
from desk_app.services.context import WriteContext
from desk_app.services.escalation import (
    EscalationKind,
    EscalationRequest,
    EscalationTargets,
    Reason,
    SlaEffect,
)
from desk_app.services.letter_templates import LetterKind
from desk_app.ui import labels
from desk_app.ui.desk import Desk
from desk_app.ui.errors import describe
from desk_app.ui.escalation_words import action_label, effect_lines, reason_label
from desk_app.ui.field_errors import FieldErrors
from desk_app.ui.letter_dialog import LetterDialog
from desk_app.ui.screen_fit import fit_to_screen
from desk_app.ui.shortcuts import save_keys
from desk_app.ui.text_direction import PlainTextBox
from desk_app.ui.ticket_header import TicketHeader

ORDER = (
    EscalationKind.UP,
    EscalationKind.FUNCTIONAL,
    EscalationKind.HIERARCHICAL,
    EscalationKind.RETURNED,
)
PREVIEW_DELAY_MS = 250


def draft_name(ticket_id: str) -> str:
    return f"escalate-{ticket_id}"


def offered_kinds(targets: EscalationTargets) -> list[EscalationKind]:
    """The actions with at least one target the person may use."""
    found = {
        EscalationKind.FUNCTIONAL: targets.functional,
        EscalationKind.UP: targets.up,
        EscalationKind.HIERARCHICAL: targets.leads,
        EscalationKind.RETURNED: targets.returned,
    }
    return [kind for kind in ORDER if found[kind]]


class EscalationDialog(QDialog):
    def __init__(self, desk: Desk, ticket_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("escalationDialog")
        self.setWindowTitle(self.tr("Escalate the ticket"))
        self.desk, self.ticket_id = desk, ticket_id
        self.busy = False
        self.targets: EscalationTargets | None = None
        self.effect: SlaEffect | None = None
        self._rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self._draft = desk.drafts.load(draft_name(ticket_id)) or {}

        self.action = self._combo("escalationAction")
        self.target = self._combo("escalationTarget")
        self.reason = self._combo("escalationReason")
        self.reason.addItem(self.tr("Choose a reason…"), None)
        for reason in Reason:
            self.reason.addItem(reason_label(reason.value), reason.value)
        self.note = PlainTextBox(self)
        self.note.setObjectName("escalationNote")
        self.note.setPlaceholderText(
            self.tr("What was tried, and what the next person should know")
        )
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(70)
        self.note.setMaximumHeight(160)  # the effect below stays in sight
        self.priority = self._combo("escalationPriority")
        self.priority.addItem(self.tr("Keep as it is"), None)
        for level in Priority:
            self.priority.addItem(labels.priority_label(level), int(level))
        self.inform = QCheckBox(self.tr("&Inform the customer (logs the contact)"), self)
        self.inform.setObjectName("escalationInform")
        # A written word to the customer: the letter opens, from the
        # follow-up template, once the escalation is saved.
        self.letter = QCheckBox(self.tr("and &write them a letter"), self)
        self.letter.setObjectName("escalationLetter")
        self.letter.setEnabled(False)
        self.letter_dialog: LetterDialog | None = None
        self.inform.toggled.connect(self._inform_toggled)

        self.effect_box = QGroupBox(self.tr("Effect on the service level"), self)
        self.effect_label = QLabel(self.tr("Working it out…"), self.effect_box)
        self.effect_label.setObjectName("escalationEffect")
        self.effect_label.setWordWrap(True)
        self.effect_label.setTextFormat(Qt.TextFormat.PlainText)
        QVBoxLayout(self.effect_box).addWidget(self.effect_label)
        self.effect_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.errors = FieldErrors(self)
        form = QFormLayout(self)
        self.header = TicketHeader(desk, ticket_id, self)
        self.header.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        form.addRow(self.header)
        self.target_label = QLabel(self.tr("&To:"), self)
        self.target_label.setBuddy(self.target)
        rows: list[tuple[str, QLabel | str, QWidget]] = [
            ("kind", self.tr("&Action:"), self.action),
            ("to_queue", self.target_label, self.target),
            ("reason", self.tr("&Reason:"), self.reason),
            ("note", self.tr("&Note:"), self.note),
            ("priority", self.tr("New &priority:"), self.priority),
        ]
        for name, text, widget in rows:
            form.addRow(text, widget)
            self.errors.add_row(form, name, widget)
        # A person chosen for attention is refused on its own name.
        form.addRow("", self.errors.place("to_user", None))
        inform_row = QHBoxLayout()
        inform_row.addWidget(self.inform)
        inform_row.addWidget(self.letter)
        inform_row.addStretch(1)
        form.addRow(inform_row)
        form.addRow(self.effect_box)
        form.addRow(self.errors.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Escalate"))
        self.ok_button.setEnabled(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        fit_to_screen(self, QSize(640, 520))
        save_keys(self, self.save)

        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_effect)
        self._draft_timer = QTimer(self, singleShot=True, interval=400)
        self._draft_timer.timeout.connect(self.save_draft)
        self.action.currentIndexChanged.connect(self._fill_targets)
        for combo in (self.action, self.target, self.priority):
            combo.currentIndexChanged.connect(self._preview_timer.start)
        for combo in (self.action, self.target, self.reason, self.priority):
            combo.currentIndexChanged.connect(self._draft_timer.start)
        self.note.textChanged.connect(self._draft_timer.start)
        self.inform.toggled.connect(self._draft_timer.start)
        self.action.setFocus()
        desk.read(
            lambda s: escalation.escalation_targets(s, desk.ctx, ticket_id),
            self._targets_read,
            self._read_failed,
            owner=self,
        )

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        return combo

    # -- choices ----------------------------------------------------------------
    def _targets_read(self, targets: EscalationTargets) -> None:
        self.targets = targets
        self.action.blockSignals(True)
        for kind in offered_kinds(targets):
            self.action.addItem(action_label(kind.value), kind.value)
        self.action.blockSignals(False)
        if self.action.count() == 0:
            self.errors.message.setText(self.tr("There is nowhere this ticket can go from here."))
            self.errors.message.show()
            return
        self._fill_targets()
        self._restore(self._draft)
        self.ok_button.setEnabled(True)
        self.refresh_effect()

    def _read_failed(self, error: Exception) -> None:
        self.errors.message.setText(describe(error))
        self.errors.message.show()

    def kind(self) -> EscalationKind | None:
        value = self.action.currentData()
        return EscalationKind(value) if value else None

    def _fill_targets(self) -> None:
        targets, kind = self.targets, self.kind()
        self.target.blockSignals(True)
        self.target.clear()
        if targets is not None and kind is not None:
            if kind is EscalationKind.HIERARCHICAL:
                for person in targets.leads:
                    text = self.tr("{name} ({role})").format(
                        name=person.name, role=labels.role_label(str(person.role))
                    )
                    self.target.addItem(text, person.id)
            else:
                choices = {
                    EscalationKind.FUNCTIONAL: targets.functional,
                    EscalationKind.UP: targets.up,
                    EscalationKind.RETURNED: targets.returned,
                }[kind]
                for queue in choices:
                    text = labels.queue_label(queue.tier, queue.name, queue.name_ar, self._rtl)
                    self.target.addItem(text, queue.id)
        self.target.blockSignals(False)
        self.target.setCurrentIndex(0 if self.target.count() else -1)

    def request(self) -> EscalationRequest:
        kind = self.kind() or EscalationKind.UP
        chosen = self.target.currentData()
        person = kind is EscalationKind.HIERARCHICAL
        # No reason chosen goes as none: the service says so beside the field.
        reason: Any = self.reason.currentData() or ""
        return EscalationRequest(
            ticket_id=self.ticket_id,
            kind=kind,
            reason=reason,
            note=self.note.toPlainText(),
            to_queue_id=None if person else chosen,
            to_user_id=chosen if person else None,
            new_priority=self.priority.currentData(),
            inform_customer=self.inform.isChecked(),
        )

    # -- the effect on the service level ----------------------------------------
    def refresh_effect(self) -> None:
        """Ask the engine again, in the background; an answer for an older
        choice is dropped."""
        if self.kind() is None:
            return
        request = self.request()
        self.effect_label.setText(self.tr("Working it out…"))

        def shown(effect: SlaEffect) -> None:
            if self.request() != request:
                return
            self.effect = effect
            zone = self.desk.settings.branch.time_zone
            self.effect_label.setText("\n".join(effect_lines(effect, zone, self._rtl)))

        def failed(error: Exception) -> None:
            self.effect = None
            self.effect_label.setText(describe(error))

        self.desk.read(
            lambda s: escalation.preview(s, self.desk.ctx, request), shown, failed, owner=self
        )

    # -- saving --------------------------------------------------------------------
    def save(self) -> None:
        if self.busy or self.kind() is None:
            return
        self.errors.clear()
        request = self.request()
        self.save_draft()

        def work(session: Session, ctx: WriteContext) -> str:
            return escalation.escalate(session, ctx, request)

        self.busy = True
        self.ok_button.setEnabled(False)
        self.desk.write(
            work, self._saved, self._failed, changed=lambda _e: [request.ticket_id], owner=self
        )

    def _inform_toggled(self, on: bool) -> None:
        self.letter.setEnabled(on)
        if not on:
            self.letter.setChecked(False)

    def _saved(self, _entry_id: str) -> None:
        self.busy = False
        self._draft_timer.stop()
        self.desk.drafts.clear(draft_name(self.ticket_id))
        if self.letter.isChecked():
            self.letter_dialog = LetterDialog(
                self.desk, self.ticket_id, self.parentWidget(), kind=LetterKind.FOLLOW_UP
            )
            self.letter_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.letter_dialog.open()
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.ok_button.setEnabled(True)
        # The service names the target "to_queue" or "to_user"; both sit by the target.
        self.errors.failed(error)
        if self.errors.labels["to_user"].isVisible():
            self.target.setFocus()

    # -- drafts -----------------------------------------------------------------
    def draft_values(self) -> dict[str, Any]:
        return {
            "kind": self.action.currentData(),
            "target": self.target.currentData(),
            "reason": self.reason.currentData(),
            "note": self.note.toPlainText(),
            "new_priority": self.priority.currentData(),
            "inform_customer": self.inform.isChecked(),
        }

    def save_draft(self) -> None:
        values = self.draft_values()
        if not (values["note"] or values["reason"]):
            return  # nothing typed yet: nothing to keep
        with contextlib.suppress(OSError):  # the form still holds it; the next change tries again
            self.desk.drafts.save(draft_name(self.ticket_id), values)

    def _restore(self, draft: dict[str, Any]) -> None:
        if not draft:
            return
        for combo, key in ((self.action, "kind"), (self.target, "target")):
            row = combo.findData(draft.get(key))
            if row >= 0:
                combo.setCurrentIndex(row)
        for combo, key in ((self.reason, "reason"), (self.priority, "new_priority")):
            row = combo.findData(draft.get(key))
            combo.setCurrentIndex(max(0, row))
        self.note.setPlainText(str(draft.get("note") or ""))
        self.inform.setChecked(bool(draft.get("inform_customer")))

    def reject(self) -> None:
        """Closing keeps what was typed; it is back the next time."""
        self._draft_timer.stop()
        self.save_draft()
        super().reject()
