"""Record incoming letter… (from the letter register): a letter, fax or
e-mail received, with when it came (the branch's time), the customer and
ticket it is about, the sender's own reference, its subject and text, and
the scan or file. A written item waiting for a reply starts its 48-hour
clock from when it was received. Every mistake is said at its field (a file
too big or of a refused type at the file) and nothing is written then."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QSize, QStringListModel, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desk_app.services.attachments import attach, store_beside
from desk_app.services.context import WriteContext
from desk_app.services.links import find_ticket
from desk_app.services.messages import QT_TRANSLATE_NOOP, FieldError, ValidationFailed
from desk_app.services.register import EntryDraft, RegisterChannel, RegisterDirection, register
from desk_app.services.ticket_detail import CustomerMatch, lookup_customers
from desk_app.ui.branch_datetime import BranchDateTimeEdit
from desk_app.ui.desk import Desk
from desk_app.ui.field_errors import FieldErrors
from desk_app.ui.register_words import channel_name
from desk_app.ui.screen_fit import fit_to_screen
from desk_app.ui.shortcuts import save_keys
from desk_app.ui.tab_chain import tab_moves_focus
from desk_app.ui.text_direction import PlainTextBox, identifier_field

LOOKUP_DELAY_MS = 250
# The services' field names, said at the dialog's fields.
FIELD_OF = {"other_ticket": "ticket", "at": "received"}
UNREADABLE = QT_TRANSLATE_NOOP("Validation", "This file cannot be read: check it is still there.")


@dataclass(frozen=True)
class Recorded:
    entry_id: str
    reference: str
    ticket_id: str | None


def record(
    session: Session,
    ctx: WriteContext,
    draft: EntryDraft,
    ticket_typed: str,
    file: Path | None,
    database_path: Path,
    max_bytes: int,
) -> Recorded:
    """Register the item and attach its file in one transaction: a refused
    file leaves no entry behind."""
    ticket_id = find_ticket(session, ticket_typed).id if ticket_typed.strip() else None
    entry = register(session, ctx, replace(draft, ticket_id=ticket_id))
    if file is not None:
        try:
            data = file.read_bytes()
        except OSError as error:
            raise ValidationFailed([FieldError("file", UNREADABLE)]) from error
        store = store_beside(database_path, max_bytes)  # the desk's limit
        attach(session, ctx, store, data, file.name, entry_id=entry.id)
    return Recorded(entry.id, entry.reference, entry.ticket_id)


class RecordIncomingDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordIncomingDialog")
        self.setWindowTitle(self.tr("Record incoming letter"))
        self.desk = desk
        self.file: Path | None = None
        self.matches: list[CustomerMatch] = []
        self.entry: Recorded | None = None

        self.channel = QComboBox(self)
        self.channel.setObjectName("incomingChannel")
        for code in (RegisterChannel.LETTER, RegisterChannel.FAX, RegisterChannel.EMAIL):
            self.channel.addItem(channel_name(code.value), code.value)
        self.received = BranchDateTimeEdit(desk.settings.branch.time_zone, self)
        self.received.setObjectName("incomingReceived")
        self.received.set_moment(desk.ctx.now())
        self.customer = QLineEdit(self)
        self.customer.setObjectName("incomingCustomer")
        self.customer_names = QStringListModel(self)
        completer = QCompleter(self.customer_names, self)
        self.customer.setCompleter(completer)
        self.ticket = identifier_field(QLineEdit(self))
        self.ticket.setObjectName("incomingTicket")
        self.their_reference = identifier_field(QLineEdit(self))
        self.their_reference.setObjectName("incomingTheirReference")
        self.subject = QLineEdit(self)
        self.subject.setObjectName("incomingSubject")
        self.body = PlainTextBox(self)
        self.body.setObjectName("incomingBody")
        self.body.setMaximumHeight(140)
        self.needs_reply = QCheckBox(self.tr("Waits for a &reply"), self)
        self.needs_reply.setChecked(True)
        self.file_label = QLabel(self.tr("No file"), self)
        self.file_label.setObjectName("incomingFileName")
        self.file_button = QPushButton(self.tr("Choose &file…"), self)
        self.file_button.setObjectName("incomingChooseFile")
        self.file_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.file_button)
        file_box = QWidget(self)
        file_box.setLayout(file_row)
        file_row.setContentsMargins(0, 0, 0, 0)

        self.errors = FieldErrors(self)
        form = QFormLayout()
        for text, name, editor in (
            (self.tr("&Channel:"), "channel", self.channel),
            (self.tr("Recei&ved:"), "received", self.received),
            (self.tr("C&ustomer:"), "customer", self.customer),
            (self.tr("&Ticket number:"), "ticket", self.ticket),
            (self.tr("Their refere&nce:"), "their_reference", self.their_reference),
            (self.tr("&Subject:"), "subject", self.subject),
            (self.tr("Te&xt:"), "body", self.body),
        ):
            label = QLabel(text, self)
            label.setBuddy(editor)
            form.addRow(label, editor)
            self.errors.add_row(form, name, editor)
        form.addRow("", self.needs_reply)
        file_label = QLabel(self.tr("Scan or file:"), self)
        form.addRow(file_label, file_box)
        self.errors.add_row(form, "file", self.file_button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        save_keys(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.message)
        layout.addWidget(buttons)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(LOOKUP_DELAY_MS)
        self.timer.timeout.connect(self.look_up)
        self.customer.textEdited.connect(lambda _t: self.timer.start())
        tab_moves_focus(self.body)
        fit_to_screen(self, QSize(620, 600))

    def look_up(self) -> None:
        typed = self.customer.text()
        if len(typed.strip()) < 2:
            return
        self.desk.read(lambda s: lookup_customers(s, typed), self._found, None, owner=self)

    def _found(self, matches: list[CustomerMatch]) -> None:
        self.matches = matches
        self.customer_names.setStringList([m.name for m in matches])

    def customer_id(self) -> str | None:
        typed = self.customer.text().strip()
        return next((m.id for m in self.matches if m.name == typed), None)

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the scan or file"),
            "",
            self.tr(
                "Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.docx *.odt *.txt)"
                ";;All files (*)"
            ),
        )
        if path:
            self.set_file(Path(path))

    def set_file(self, path: Path | None) -> None:
        self.file = path
        self.errors.clear_field("file")
        self.file_label.setText(path.name if path is not None else self.tr("No file"))

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.errors.clear()
        typed = self.customer.text().strip()
        customer_id = self.customer_id()
        if typed and customer_id is None and not self.ticket.text().strip():
            self.errors.say(
                "customer",
                self.tr("Choose the customer from the list, or give the ticket number instead."),
            )
            self.customer.setFocus()
            return
        draft = EntryDraft(
            direction=RegisterDirection.INCOMING,
            channel=RegisterChannel(str(self.channel.currentData())),
            subject=self.subject.text(),
            body=self.body.toPlainText(),
            at=self.received.moment(),
            customer_id=customer_id,
            their_reference=self.their_reference.text(),
            needs_reply=self.needs_reply.isChecked(),
        )
        ticket, file, folder = self.ticket.text(), self.file, self.desk.db.path
        limit = self.desk.settings.attachment_max_bytes
        self.save_button.setEnabled(False)
        self.desk.write(
            lambda s, c: record(s, c, draft, ticket, file, folder, limit),
            self._saved,
            self._failed,
            changed=lambda entry: [entry.ticket_id] if entry.ticket_id else [],
            owner=self,
        )

    def _saved(self, entry: Recorded) -> None:
        self.entry = entry
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationFailed):
            self.errors.show(
                [
                    FieldError(FIELD_OF.get(e.field, e.field), e.message, e.params)
                    for e in error.errors
                ]
            )
        else:
            self.errors.failed(error)
