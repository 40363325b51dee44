"""The intake form, in the SOP's order: customer → the problem → equipment,
account and product → routing and priority.

Nothing typed is lost: every keystroke is saved to a draft (debounced), a
failed save keeps the form as it is and marks the fields at fault, and a
dialog closed by mistake offers its draft back the next time it opens.
"""

from __future__ import annotations

import contextlib
from dataclasses import asdict, fields
from typing import Any

from PySide6.QtCore import QMimeData, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk_app.models import Channel, Priority
from desk_app.models.tickets import DESCRIPTION_MAX
from desk_app.services import messages as m
from desk_app.services.intake import CreatedTicket, IntakeForm, create_ticket
from desk_app.services.messages import FieldError, ValidationFailed
from desk_app.services.text import isolate
from desk_app.services.ticket_detail import CustomerMatch, lookup_customers
from desk_app.ui import labels
from desk_app.ui.desk import Desk
from desk_app.ui.errors import describe

DRAFT = "intake"
NONE = "__none__"
# Fields kept when "save and add another problem" starts the sibling ticket.
CUSTOMER_FIELDS = (
    "customer_id",
    "customer_name",
    "phone",
    "email",
    "national_id",
    "account_number",
)


class BoundedTextEdit(QPlainTextEdit):
    """A text box that refuses a paste which would take it past its limit.

    A multi-megabyte paste (a whole log file) would freeze the text layout and
    could never be saved anyway; refusing it keeps the form responsive, keeps
    what was typed, and leaves the pasted text on the clipboard.
    """

    pasteRefused = Signal(int)  # the length the text would have had

    def __init__(self, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit

    def insertFromMimeData(self, source: QMimeData) -> None:
        incoming = len(source.text()) if source.hasText() else 0
        selected = len(self.textCursor().selectedText())
        total = len(self.toPlainText()) - selected + incoming
        if total > self.limit:
            self.pasteRefused.emit(total)
            return
        super().insertFromMimeData(source)


class IntakeDialog(QDialog):
    ticketCreated = Signal(str, str)  # id, number

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intakeDialog")
        self.setWindowTitle(self.tr("New ticket"))
        self.desk = desk
        self.customer_id: str | None = None
        self._matches: list[CustomerMatch] = []
        self._saving = False
        self._another = False
        self.editors: dict[str, QLineEdit | QPlainTextEdit | QComboBox] = {}
        self.errors: dict[str, QLabel] = {}
        self._sections: list[QGroupBox] = []
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft

        # Draft banner (shown when an earlier intake was not saved).
        self.draft_banner = QFrame(self)
        self.draft_banner.setObjectName("draftBanner")
        self.draft_banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner = QHBoxLayout(self.draft_banner)
        banner.addWidget(QLabel(self.tr("An intake that was not saved is waiting."), self), 1)
        self.restore_button = QPushButton(self.tr("&Restore it"), self)
        self.restore_button.setObjectName("restoreDraftButton")
        self.discard_button = QPushButton(self.tr("&Discard it"), self)
        self.discard_button.setObjectName("discardDraftButton")
        banner.addWidget(self.restore_button)
        banner.addWidget(self.discard_button)
        self.restore_button.clicked.connect(self.restore_draft)
        self.discard_button.clicked.connect(self.discard_draft)
        self.draft_banner.hide()

        # 1. Customer
        customer = self._section(self.tr("1. Customer"))
        self.customer_name = self._line(customer, "customer_name", self.tr("&Name"))
        self.customer_name.setPlaceholderText(
            self.tr("Type a name, phone, email, national ID or account number to look up")
        )
        self.customer_state = QLabel(self)
        self.customer_state.setObjectName("customerState")
        customer.addRow("", self.customer_state)
        self.phone = self._line(customer, "phone", self.tr("P&hone"))
        self.email = self._line(customer, "email", self.tr("&Email"))
        self.national_id = self._line(customer, "national_id", self.tr("National &ID"))
        self.account_number = self._line(customer, "account_number", self.tr("Acco&unt number"))
        for ltr_field in (self.phone, self.email, self.national_id, self.account_number):
            # Phones, emails and numbers read left to right even in Arabic.
            ltr_field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            ltr_field.setAlignment(
                Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            )

        # 2. The problem
        problem = self._section(self.tr("2. The problem"))
        self.channel = self._combo(problem, "channel", self.tr("&Channel"))
        for channel in Channel:
            self.channel.addItem(labels.channel_label(channel.value), channel.value)
        self.category = self._combo(problem, "category", self.tr("Ca&tegory"))
        for code in labels.CATEGORIES:
            self.category.addItem(labels.category_label(code), code)
        self.subject = self._line(problem, "subject", self.tr("&Subject"))
        self.description = BoundedTextEdit(DESCRIPTION_MAX, self)
        self.description.pasteRefused.connect(self._paste_refused)
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(90)
        self._add(problem, "description", self.tr("&Description"), self.description)

        # 3. Equipment, account and product
        equipment = self._section(self.tr("3. Equipment, account and product"))
        self.equipment_location = self._line(
            equipment, "equipment_location", self.tr("Equipment &location")
        )
        self.product_ref = self._line(
            equipment, "product_ref", self.tr("&Product / model / serial")
        )
        self.licence_ref = self._line(equipment, "licence_ref", self.tr("Li&cence agreement"))
        self.account_ref = self._line(equipment, "account_ref", self.tr("Account &reference"))

        # 4. Routing and priority
        routing = self._section(self.tr("4. Routing and priority"))
        self.priority = self._combo(routing, "priority", self.tr("Pri&ority"))
        for level in Priority:
            self.priority.addItem(labels.priority_label(level), int(level))
        self.priority.setCurrentIndex(self.priority.findData(int(Priority.REGULAR)))
        self.group = self._combo(routing, "group_id", self.tr("&Queue"))
        self.group.addItem(self.tr("No queue yet"), NONE)
        for group in desk.reference.groups:
            name = group.name_ar if rtl and group.name_ar else group.name
            self.group.addItem(
                self.tr("Tier {tier}: {name}").format(tier=group.tier, name=name), group.id
            )
        if desk.reference.groups:
            self.group.setCurrentIndex(1)
        self.assignee = self._combo(routing, "assignee_id", self.tr("&Assignee"))
        self.assignee.addItem(self.tr("Unassigned"), NONE)
        for user in desk.reference.users:
            self.assignee.addItem(user.name, user.id)

        self.form_error = QLabel(self)
        self.form_error.setObjectName("formError")
        self.form_error.setWordWrap(True)
        self.form_error.setStyleSheet("color: #b3261e")
        self.form_error.hide()

        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Save (Ctrl+Enter)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.another_button = buttons.addButton(
            self.tr("Save and add &another problem"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.another_button.setObjectName("saveAnotherButton")
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        self.save_button.clicked.connect(lambda: self.save(another=False))
        self.another_button.clicked.connect(lambda: self.save(another=True))
        cancel.clicked.connect(self.reject)

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        for section in self._sections:
            body_layout.addWidget(section)
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.draft_banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)
        self.resize(720, 760)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)

        # Lookup as you type, off the GUI thread, debounced.
        self._lookup_model = QStringListModel(self)
        self.completer = QCompleter(self._lookup_model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.customer_name.setCompleter(self.completer)
        self.completer.activated.connect(self._customer_chosen)
        self._lookup_timer = QTimer(self, singleShot=True, interval=150)
        self._lookup_timer.timeout.connect(self._lookup)
        self.customer_name.textEdited.connect(self._name_edited)

        self._draft_timer = QTimer(self, singleShot=True, interval=400)
        self._draft_timer.timeout.connect(self.save_draft)
        for name, editor in self.editors.items():
            signal = (
                editor.currentIndexChanged if isinstance(editor, QComboBox) else editor.textChanged
            )
            signal.connect(self._draft_timer.start)
            signal.connect(lambda *_a, n=name: self._clear_error(n))

        if desk.drafts.load(DRAFT):
            self.draft_banner.show()
        self.customer_name.setFocus()

    # -- building ------------------------------------------------------------
    def _section(self, title: str) -> QFormLayout:
        box = QGroupBox(title, self)
        self._sections.append(box)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def _add(self, form: QFormLayout, name: str, label: str, editor: Any) -> None:
        error = QLabel(self)
        error.setObjectName(f"{name}Error")
        error.setWordWrap(True)
        error.setStyleSheet("color: #b3261e")
        error.hide()
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(editor)
        column.addWidget(error)
        caption = QLabel(label, self)
        caption.setBuddy(editor)
        form.addRow(caption, column)
        self.editors[name] = editor
        self.errors[name] = error

    def _line(self, form: QFormLayout, name: str, label: str) -> QLineEdit:
        editor = QLineEdit(self)
        editor.setObjectName(name)
        self._add(form, name, label, editor)
        return editor

    def _combo(self, form: QFormLayout, name: str, label: str) -> QComboBox:
        editor = QComboBox(self)
        editor.setObjectName(name)
        self._add(form, name, label, editor)
        return editor

    # -- the form's data -----------------------------------------------------
    def form(self) -> IntakeForm:
        values: dict[str, Any] = {}
        for f in fields(IntakeForm):
            editor = self.editors.get(f.name)
            if isinstance(editor, QComboBox):
                data = editor.currentData()
                values[f.name] = None if data == NONE else data
            elif isinstance(editor, QPlainTextEdit):
                values[f.name] = editor.toPlainText()
            elif isinstance(editor, QLineEdit):
                values[f.name] = editor.text()
        values["customer_id"] = self.customer_id
        return IntakeForm(**values)

    def set_form(self, values: dict[str, Any]) -> None:
        for name, value in values.items():
            editor = self.editors.get(name)
            if isinstance(editor, QComboBox):
                index = editor.findData(NONE if value is None else value)
                if index >= 0:
                    editor.setCurrentIndex(index)
            elif isinstance(editor, QPlainTextEdit):
                editor.setPlainText(str(value or ""))
            elif isinstance(editor, QLineEdit):
                editor.setText(str(value or ""))
        self._set_customer(values.get("customer_id"))

    # -- customer lookup -----------------------------------------------------
    def _name_edited(self, _text: str) -> None:
        if self.customer_id is not None:
            self._set_customer(None)
        self._lookup_timer.start()

    def _lookup(self) -> None:
        typed = self.customer_name.text()

        def done(matches: list[CustomerMatch]) -> None:
            if typed != self.customer_name.text():
                return  # the agent typed on; a newer lookup follows
            self._matches = matches
            self._lookup_model.setStringList([self._match_text(m) for m in matches])
            if matches and self.customer_name.hasFocus():
                self.completer.complete()

        self.desk.read(lambda s: lookup_customers(s, typed), done, owner=self)

    @staticmethod
    def _match_text(m: CustomerMatch) -> str:
        extra = " · ".join(x for x in (m.phone, m.email, m.account_number) if x)
        return f"{m.name} — {isolate(extra)}" if extra else m.name

    def _customer_chosen(self, text: str) -> None:
        for match in self._matches:
            if self._match_text(match) == text:
                self.choose_customer(match)
                return

    def choose_customer(self, match: CustomerMatch) -> None:
        self.customer_name.setText(match.name)
        self.phone.setText(match.phone)
        self.email.setText(match.email)
        self.national_id.setText(match.national_id)
        self.account_number.setText(match.account_number)
        self._set_customer(match.id)
        self.channel.setFocus()

    def _set_customer(self, customer_id: str | None) -> None:
        self.customer_id = customer_id
        self.customer_state.setText(
            self.tr("Existing customer")
            if customer_id
            else self.tr("New customer")
            if self.customer_name.text().strip()
            else ""
        )

    # -- saving --------------------------------------------------------------
    def save(self, another: bool = False) -> None:
        if self._saving:
            return
        self._saving = True
        self._another = another
        self.save_button.setEnabled(False)
        self.another_button.setEnabled(False)
        form = self.form()
        self.desk.write(
            lambda s, ctx: create_ticket(s, ctx, form),
            self._saved,
            self._save_failed,
            changed=lambda created: [created.id],
            owner=self,
        )

    def _finish_saving(self) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.another_button.setEnabled(True)

    def _saved(self, created: CreatedTicket) -> None:
        self._finish_saving()
        self._draft_timer.stop()
        self.desk.drafts.clear(DRAFT)
        self.draft_banner.hide()
        self.ticketCreated.emit(created.id, created.number)
        if self._another:
            self._start_sibling(created)
        else:
            self.accept()

    def _start_sibling(self, created: CreatedTicket) -> None:
        """Same customer and contact, a new problem (the SOP: one ticket per problem)."""
        kept = {name: self.form().__dict__[name] for name in CUSTOMER_FIELDS}
        kept["customer_id"] = created.customer_id
        for editor_name in (
            "subject",
            "description",
            "equipment_location",
            "product_ref",
            "licence_ref",
            "account_ref",
        ):
            editor = self.editors[editor_name]
            if isinstance(editor, QLineEdit | QPlainTextEdit):
                editor.clear()
        self.set_form(kept)
        self.form_error.setText(
            self.tr(
                "Ticket {number} saved. Describe the next problem of the same customer."
            ).format(number=isolate(created.number))
        )
        self.form_error.setStyleSheet("color: #1e7b34")
        self.form_error.show()
        self.subject.setFocus()

    def _save_failed(self, error: Exception) -> None:
        self._finish_saving()
        self.save_draft()
        if isinstance(error, ValidationFailed):
            self.show_errors(error.errors)
            return
        self.form_error.setStyleSheet("color: #b3261e")
        # Said inside the form, not in a modal box: the agent is often still
        # on the phone and can retry with one key press.
        self.form_error.setText(describe(error))
        self.form_error.show()

    def show_errors(self, errors: list[FieldError]) -> None:
        first: QWidget | None = None
        for error in errors:
            name = "customer_name" if error.field == "customer_id" else error.field
            label = self.errors.get(name)
            if label is None:
                continue
            label.setText(labels.error_text(error))
            label.show()
            editor = self.editors[name]
            editor.setStyleSheet("border: 1px solid #b3261e")
            first = first or editor
        self.form_error.setStyleSheet("color: #b3261e")
        self.form_error.setText(self.tr("Please correct the marked fields; nothing was saved."))
        self.form_error.show()
        if first is not None:
            first.setFocus()

    def _paste_refused(self, length: int) -> None:
        error = FieldError("description", m.TOO_LONG, {"length": length, "limit": DESCRIPTION_MAX})
        self.show_errors([error])

    def _clear_error(self, name: str) -> None:
        label = self.errors.get(name)
        if label is not None and label.isVisible():
            label.hide()
            self.editors[name].setStyleSheet("")

    # -- drafts --------------------------------------------------------------
    def save_draft(self) -> None:
        values = asdict(self.form())
        if any(
            v for k, v in values.items() if k not in ("channel", "priority", "group_id", "category")
        ):
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
