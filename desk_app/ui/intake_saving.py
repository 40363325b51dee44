"""Saving the intake: the ticket written on a background job, the call
logged on an existing ticket instead, the next problem of the same call
started, the fields at fault marked; and the draft that keeps every
keystroke until the ticket is written."""

from __future__ import annotations

import contextlib
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from desk_app.models.tickets import DESCRIPTION_MAX
from desk_app.services import messages as m
from desk_app.services.catalogue import EXTRA_PREFIX
from desk_app.services.catalogue_model import Catalogue
from desk_app.services.duplicates import LoggedContact
from desk_app.services.duplicates import log_contact as log_contact_on
from desk_app.services.intake import CreatedTicket, IntakeForm, create_ticket
from desk_app.services.messages import FieldError, NotFound, ValidationFailed
from desk_app.services.priority import PRIORITY_NOT_ALLOWED
from desk_app.services.text import isolate
from desk_app.ui import labels
from desk_app.ui.desk import Desk
from desk_app.ui.errors import describe
from desk_app.ui.intake_duplicates import DuplicatePanel
from desk_app.ui.intake_extra import ExtraFieldsPanel
from desk_app.ui.text_direction import PlainTextBox

DRAFT = "intake"
ERROR_COLOUR = "#b3261e"
# Fields kept when "save and add another problem" starts the sibling ticket.
CUSTOMER_FIELDS = (
    "customer_id",
    "customer_name",
    "phone",
    "email",
    "national_id",
    "account_number",
)
# Cleared for the next problem of the same call (the place is often the same).
PROBLEM_FIELDS = (
    "subject",
    "description",
    "location_room",
    "product_ref",
    "licence_ref",
    "account_ref",
    "asset_model",
    "asset_serial",
)
# Dialog state kept in the draft beside the form's fields.
QUEUE_MANUAL = "_queue_manual"
PRIORITY_MANUAL = "_priority_manual"
# Draft keys that hold a choice rather than something typed.
NOT_TYPED = ("channel", "priority", "group_id", "category", QUEUE_MANUAL, PRIORITY_MANUAL)

Editor = QLineEdit | PlainTextBox | QComboBox | QCheckBox


# A plain class at run time, so the dialog's meta-object is built once, from
# IntakeDialog (PySide orders signals and slots badly across two Qt bases);
# a dialog to the type checker.
# Words are translated in the dialog's context (self.tr would name this
# class at extraction and the dialog at run time).
if TYPE_CHECKING:
    _Dialog = QDialog
else:
    _Dialog = object


class IntakeSaving(_Dialog):
    """The intake dialog's saving and drafts (IntakeDialog builds the form and
    declares the signals)."""

    desk: Desk
    catalogue: Catalogue
    editors: dict[str, Editor]
    errors: dict[str, QLabel]
    _saving: bool
    _another: bool
    _call_ticket_ids: list[str]
    _queue_manual: bool
    _priority_manual: bool
    _draft_timer: QTimer
    save_button: QPushButton
    another_button: QPushButton
    duplicates: DuplicatePanel
    draft_banner: QFrame
    extra: ExtraFieldsPanel
    new_asset: QCheckBox
    impact: QComboBox
    urgency: QComboBox
    category: QComboBox
    form_error: QLabel
    subject: QLineEdit
    scroll_area: QScrollArea

    if TYPE_CHECKING:  # IntakeDialog and IntakeLookup give these
        ticketCreated = Signal(str, str)
        callLogged = Signal(str, str)

        def form(self) -> IntakeForm: ...
        def set_form(self, values: dict[str, Any]) -> None: ...
        def _set_asset(self, asset_id: str | None) -> None: ...
        def _priority_refusal(self, error: FieldError) -> str: ...

    def attach_to(self, ticket_id: str) -> None:
        """Log this call on an existing ticket instead of opening a new one."""
        if self._saving:
            return
        form = self.form()
        body = "\n\n".join(x for x in (form.subject.strip(), form.description.strip()) if x)
        self.start_saving()
        self.desk.write(
            lambda s, ctx: log_contact_on(s, ctx, ticket_id, form.channel, body),
            self._attached,
            self.save_failed,
            changed=lambda logged: [logged.ticket_id],
            owner=self,
        )

    def _attached(self, logged: LoggedContact) -> None:
        self.finish_saving()
        self.release_draft()
        self.callLogged.emit(logged.ticket_id, logged.number)
        self.accept()

    # -- saving --------------------------------------------------------------
    def save(self, another: bool = False) -> None:
        if self._saving:
            return
        self._another = another
        self.start_saving()
        form = self.form()
        catalogue = self.catalogue
        link_to = self._call_ticket_ids[0] if self._call_ticket_ids else None
        self.desk.write(
            lambda s, ctx: create_ticket(s, ctx, form, catalogue, link_to=link_to),
            self._saved,
            self.save_failed,
            changed=lambda created: [created.id],
            owner=self,
        )

    @property
    def saving(self) -> bool:
        """A save (or a call logged) is on its way: another waits for it."""
        return self._saving

    def release_draft(self) -> None:
        """What was typed is written: only now is the draft let go."""
        self._draft_timer.stop()
        self.desk.drafts.clear(DRAFT)
        self.draft_banner.hide()

    def start_saving(self) -> None:
        self._saving = True
        self.save_button.setEnabled(False)
        self.another_button.setEnabled(False)
        self.duplicates.attach_button.setEnabled(False)

    def finish_saving(self) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.another_button.setEnabled(True)
        self.duplicates.attach_button.setEnabled(True)

    def _saved(self, created: CreatedTicket) -> None:
        self.finish_saving()
        self.release_draft()
        self._call_ticket_ids.append(created.id)
        self.ticketCreated.emit(created.id, created.number)
        if self._another:
            self._start_sibling(created)
        else:
            self.accept()

    def _start_sibling(self, created: CreatedTicket) -> None:
        """Same customer and contact, a new problem (the SOP: one ticket per problem)."""
        kept: dict[str, Any] = {name: getattr(self.form(), name) for name in CUSTOMER_FIELDS}
        kept["customer_id"] = created.customer_id
        for name in PROBLEM_FIELDS:
            editor = self.editors[name]
            if isinstance(editor, QLineEdit | PlainTextBox):
                editor.clear()
        self.new_asset.setChecked(False)
        self._set_asset(None)
        self.extra.clear()
        self._queue_manual = self._priority_manual = False
        for combo in (self.impact, self.urgency, self.category):
            combo.setCurrentIndex(0)
        self.duplicates.show_candidates([])
        self.set_form(kept)
        self.form_error.setText(
            QCoreApplication.translate(
                "IntakeDialog",
                "Ticket {number} saved. Describe the next problem of the same customer.",
            ).format(number=isolate(created.number))
        )
        self.form_error.setStyleSheet("color: #1e7b34")
        self.form_error.show()
        self.subject.setFocus()

    def save_failed(self, error: Exception) -> None:
        self.finish_saving()
        self.save_draft()
        if isinstance(error, ValidationFailed):
            self.show_errors(error.errors)
            return
        self.form_error.setStyleSheet(f"color: {ERROR_COLOUR}")
        # Said inside the form, not in a modal box: the agent is often still
        # on the phone and can retry with one key press.
        if isinstance(error, NotFound):
            gone = QCoreApplication.translate(
                "IntakeDialog",
                "That ticket no longer exists; nothing was logged. Choose another one.",
            )
            self.form_error.setText(gone)
        else:
            self.form_error.setText(describe(error))
        self.form_error.show()

    def show_errors(self, errors: list[FieldError]) -> None:
        first: QWidget | None = None
        elsewhere: list[str] = []
        for error in errors:
            name = {"customer_id": "customer_name", "equipment_location": "location_room"}.get(
                error.field, error.field
            )
            text = labels.error_text(error)
            if name == "priority" and error.message == PRIORITY_NOT_ALLOWED:
                text = self._priority_refusal(error)
            if name.startswith(EXTRA_PREFIX):
                target = self.extra.show_error(name.removeprefix(EXTRA_PREFIX), text)
            elif name in self.errors:
                target = self._mark(name, text)
            else:
                target = None
            if target is None:
                caption = (
                    QCoreApplication.translate("IntakeDialog", "Category details")
                    if name == "custom_fields" or name.startswith(EXTRA_PREFIX)
                    else labels.field_label(name)
                )
                elsewhere.append(f"{caption}: {text}")
            first = first or target
        self.form_error.setStyleSheet(f"color: {ERROR_COLOUR}")
        self.form_error.setText("\n".join([_tr_correct(), *elsewhere]))
        self.form_error.show()
        if first is not None:
            first.setFocus()
            self.scroll_area.ensureWidgetVisible(first)

    def _mark(self, name: str, text: str) -> QWidget:
        label = self.errors[name]
        label.setText(text)
        label.show()
        editor = self.editors[name]
        if not isinstance(editor, QComboBox):
            # A style sheet on a combo box drops its native look; its message says enough.
            editor.setStyleSheet(f"border: 1px solid {ERROR_COLOUR}")
        return editor

    def _paste_refused(self, length: int) -> None:
        error = FieldError("description", m.TOO_LONG, {"length": length, "limit": DESCRIPTION_MAX})
        self.show_errors([error])

    def _clear_error(self, name: str) -> None:
        label = self.errors.get(name)
        if label is not None and label.text():
            label.clear()
            label.hide()
            self.editors[name].setStyleSheet("")

    # -- drafts --------------------------------------------------------------
    def draft_values(self) -> dict[str, Any]:
        values = asdict(self.form())
        values[QUEUE_MANUAL] = self._queue_manual
        values[PRIORITY_MANUAL] = self._priority_manual
        return values

    def save_draft(self) -> None:
        values = self.draft_values()
        typed = any(
            any(v.values()) if isinstance(v, dict) else v
            for k, v in values.items()
            if k not in NOT_TYPED
        )
        if typed:
            # On a disk error the form itself still holds everything; the next
            # keystroke tries again.
            with contextlib.suppress(OSError):
                self.desk.drafts.save(DRAFT, values)

    def restore_draft(self) -> None:
        draft = self.desk.drafts.load(DRAFT)
        if draft:
            self.set_form(draft)
        self.draft_banner.hide()

    def discard_draft(self) -> None:
        self.desk.drafts.clear(DRAFT)
        self.draft_banner.hide()

    def reject(self) -> None:
        """Closing keeps the draft if anything was typed; it is offered next time."""
        self._draft_timer.stop()
        self.save_draft()
        super().reject()


def _tr_correct() -> str:
    return QCoreApplication.translate(
        "IntakeDialog", "Please correct the marked fields; nothing was saved."
    )
